"""Work a cold ``jpterms check`` no longer does (session 17, cspeed21): each test counts
the work, or shows that a quicker test answers as the one it replaced, on real data.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

from pathlib import Path

from jpterms import citations
from jpterms.readers import markdown

_DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    """Every Markdown and plain-text document of tests/data (no held-out set)."""
    paths = sorted(p for p in _DATA.rglob("*") if p.suffix in (".md", ".txt")
                   and "heldout" not in str(p))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    assert len(texts) > 20
    return texts


def test_words_of_two_letters_are_found_as_is_romanised_filtered_them() -> None:
    """``is_romanised`` and ``romaji_share`` take the words of two letters or more from one
    pattern that finds only those: the same words, in order, as every word filtered."""
    for text in _texts():
        for line in text.split("\n"):
            assert citations._WORD_OF_TWO.findall(line) == \
                [w for w in citations._WORD.findall(line) if len(w) > 1]


def test_inline_markup_is_looked_for_as_before() -> None:
    """``_may_hold_inline`` (six substring tests) answers as the generator over
    ``_INLINE_NEEDS`` did, on every line and paragraph of the test documents."""
    tried = 0
    for text in _texts():
        for region in (*text.split("\n"), *text.split("\n\n")):
            tried += 1
            assert markdown._may_hold_inline(region) == \
                any(needed in region for needed in markdown._INLINE_NEEDS)
    for needed in markdown._INLINE_NEEDS:
        assert markdown._may_hold_inline(f"a {needed} b")
    assert tried > 1000
