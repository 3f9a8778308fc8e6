"""benchmarks/make_unseen.py builds a development source of session 18 (``--hagakure``): Bennett's
translation of *Hagakure*, whose copy turned the decimals of its notes into note markers
(``0.[^13] oz.``): markers with no note, which the footnote rule rightly reports on the copy.
``decimals_again`` writes them as the book prints them, so that the measure of correct text
counts the checker's findings on the book, not on the copy's conversion."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from jpterms.check import check_document
from jpterms.sources import load_document

# note 188 of Book 1 as the copy (vishvAsa/notes@0507cf60f, bennet-translation/Book_1.md) gives
# it, after the paragraph that cites it
COPY = (
    "**8.** He paid 1-*monme* of silver for it.[^188]\n"
    "\n"
    "[^188]: 1 *monme* = 0.[^13] oz. \\(3.[^75] grams\\). The inference is that it was quite a "
    "significant sum.\n"
)


def _footnote_codes(text: str) -> list[str]:
    return [f.code for f in check_document(load_document(text, "book1.md", "markdown"))
            if f.kind == "footnote"]


def test_the_copy_s_decimals_are_markers_with_no_note() -> None:
    assert _footnote_codes(COPY) == ["JP803", "JP803"]


def test_decimals_again_leaves_the_real_marker(load: Callable[[str], ModuleType]) -> None:
    fixed = load("make_unseen").decimals_again(COPY)
    assert "= 0.13 oz. \\(3.75 grams\\)" in fixed
    assert "for it.[^188]" in fixed
    assert _footnote_codes(fixed) == []
