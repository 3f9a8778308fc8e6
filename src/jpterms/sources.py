"""Former home of the input readers, kept so that existing imports keep working.

Reading files is :mod:`jpterms.files`; turning text into a document is
:mod:`jpterms.readers` (one module per format). New code imports from there.
"""

from __future__ import annotations

from jpterms.files import DEFAULT_MAX_BYTES, read_bytes_text, read_path
from jpterms.readers import FORMATS, detect_format, load_document
from jpterms.readers.bibtex import bibtex_segments
from jpterms.readers.csl_json import csl_json_segments
from jpterms.readers.latex import decode_latex
from jpterms.readers.markdown import blank_markdown

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "bibtex_segments",
    "blank_markdown",
    "csl_json_segments",
    "decode_latex",
    "detect_format",
    "load_document",
    "read_bytes_text",
    "read_path",
]
