"""The missing-macron findings (JP101) of ``check`` on a Markdown text, as the prose and
emphasis tests compare them: one helper instead of a copy in every test file."""

from __future__ import annotations

from jpterms.check import check_document
from jpterms.sources import load_document


def macron_findings(text: str, name: str = "book.md") -> list[tuple[str, str, str]]:
    """(word as written, first suggestion, confidence) of each JP101 finding on ``text``
    read as the Markdown document ``name``, in the order check gives them."""
    return [(f.text, f.suggestions[0], f.confidence)
            for f in check_document(load_document(text, name, "markdown"))
            if f.code == "JP101"]
