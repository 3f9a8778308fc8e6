"""Work a cold ``jpterms check`` no longer does (session 17, cspeed21): each test counts
the work, or shows that a quicker test answers as the one it replaced, on real data.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jpterms import citations, spelling
from jpterms.lexicon import Lexicon
from jpterms.readers import markdown
from jpterms.spelling import SpellingJudge

_DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    """Every Markdown and plain-text document of tests/data (no held-out set)."""
    paths = sorted(p for p in _DATA.rglob("*") if p.suffix in (".md", ".txt")
                   and "heldout" not in str(p))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    assert len(texts) > 20
    return texts


def test_a_word_a_marking_writer_wrote_with_a_macron_is_normalised_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer who marks long vowels is trusted with a word written with a macron: the
    judge tells that from the word once, not at each of its occurrences (a 1 MB document
    asked it 2,600 times of words it had seen)."""
    asked: list[str] = []
    normalize = spelling.normalize_romaji

    def counting(text: str) -> str:
        asked.append(text)
        return normalize(text)

    monkeypatch.setattr(spelling, "normalize_romaji", counting)
    judge = SpellingJudge(Lexicon.default())
    words = ("Tōkyō", "shinbun", "Kyôto", "kenkyū")
    first = [judge.missing_macron(w, trusts_as_written=True) for w in words]
    assert first[0] is None and first[2] is None and first[3] is None
    assert {"Tōkyō", "Kyôto", "kenkyū"} <= set(asked)
    asked.clear()
    for _ in range(5):
        assert [judge.missing_macron(w, trusts_as_written=True) for w in words] == first
    assert not {"Tōkyō", "Kyôto", "kenkyū"} & set(asked)  # each told once, above


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
