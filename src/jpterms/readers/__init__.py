"""Turn source text into a :class:`~jpterms.document.Document`, one reader per format.

Six input formats are understood: plain ``text`` (one prose segment),
``markdown`` (:mod:`~jpterms.readers.markdown`: code, comments and link targets
blanked, emphasis marked), ``latex`` (:mod:`~jpterms.readers.latex_document`:
preamble, comments, math, code, command names and keys blanked, accents
decoded, italics marked), ``bibtex`` (:mod:`~jpterms.readers.bibtex`: one
segment per checked field, LaTeX decoded by :mod:`~jpterms.readers.latex`) and
``csl-json`` (:mod:`~jpterms.readers.csl_json`: the JSON that Zotero and
citeproc export). Every segment has a role (title, container, publisher,
place, name, prose) and maps its characters back to offsets in the source, so
findings always point at the right line and column. Reading files (bytes to
text) is :mod:`jpterms.files`.

RIS (``ris``, :mod:`~jpterms.readers.ris`) is read as BibTeX is, a segment per field.

>>> detect_format("refs.bib"), detect_format("notes.md"), detect_format("x.tex"), detect_format("-")
('bibtex', 'markdown', 'latex', 'text')
>>> doc = load_document('@book{k, title = {Ky{\\\\=o}iku}}\\n', "refs.bib")
>>> seg = doc.segments[0]
>>> seg.text, seg.role
('Kyōiku', 'title')
>>> doc.source[seg.source_offset(2):seg.source_offset(3)]
'{\\\\=o}'
"""

from __future__ import annotations

from jpterms.document import Document
from jpterms.errors import JptermsError

#: The input formats :func:`load_document` understands.
FORMATS: tuple[str, ...] = ("text", "markdown", "latex", "bibtex", "csl-json", "ris")

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".tex": "latex",
    ".ltx": "latex",
    ".bib": "bibtex",
    ".json": "csl-json",
    ".ris": "ris",
}


def detect_format(path: str) -> str:
    """The input format implied by a file name's extension.

    >>> [detect_format(p) for p in ("a.MD", "b.markdown", "c.json", "d.txt", "e")]
    ['markdown', 'markdown', 'csl-json', 'text', 'text']
    """
    if path == "-":
        return "text"
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:], "text") if dot > 0 else "text"


def load_document(text: str, path: str = "-", input_format: str | None = None) -> Document:
    """Turn source text into a :class:`Document` of the given (or detected) format.

    >>> load_document("Tokyo", "a.txt").segments[0].text
    'Tokyo'
    >>> load_document("x", "a.txt", "rtf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: unknown input format 'rtf' (choose from text, ...)
    """
    fmt = input_format or detect_format(path)
    if fmt == "text":
        return Document.from_text(text, path=path)
    if fmt == "markdown":
        from jpterms.readers.markdown import markdown_segment

        return Document(source=text, segments=(markdown_segment(text),), path=path)
    if fmt == "latex":
        from jpterms.readers.latex_document import latex_segment

        segment = latex_segment(text)
        return Document(source=text, segments=(segment,), path=path, decoded=segment.text)
    if fmt == "bibtex":
        from jpterms.readers.bibtex import bibtex_segments

        return Document(source=text, segments=tuple(bibtex_segments(text, path)), path=path)
    if fmt == "csl-json":
        from jpterms.readers.csl_json import csl_json_segments

        return Document(source=text, segments=tuple(csl_json_segments(text, path)), path=path)
    if fmt == "ris":
        from jpterms.readers.ris import ris_segments

        return Document(source=text, segments=tuple(ris_segments(text, path)), path=path)
    raise JptermsError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")


__all__ = ["FORMATS", "detect_format", "load_document"]
