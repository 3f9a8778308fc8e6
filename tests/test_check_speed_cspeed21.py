"""Work a cold ``jpterms check`` no longer does (session 17, cspeed21): each test counts
the work, or shows that a quicker test answers as the one it replaced, on real data.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from tests.counting import CountingPattern

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


#: citations._INNER_MARKS as it was written before: each alternative a look-behind first.
_INNER_MARKS_BEFORE = re.compile(r"(?<![\w*_])[*_]+(?=\w)|(?<=[\w.,!?])[*_]+(?![\w*_])"
                                 r"|(?<!\w)[‘'](?=\w)|(?<=[\w.,!?])[’'](?!\w)")


def test_inner_marks_are_found_mark_first_with_the_same_matches() -> None:
    """Each alternative of ``_INNER_MARKS`` begins with its mark (so the regex engine skips
    ahead to marks), and it finds what the look-behind-first pattern found: on every line
    of the test documents and on 100,000 random strings of marks, letters and stops."""
    assert all(alt.startswith(("[*_]", "[‘'", "[’'"))
               for alt in citations._INNER_MARKS.pattern.split("|"))
    rng = random.Random(17)
    texts = [line for text in _texts() for line in text.split("\n")]
    texts += ["".join(rng.choice("ab1ō *_‘’'.,!?-") for _ in range(rng.randrange(12)))
              for _ in range(100_000)]
    for text in texts:
        assert [m.span() for m in citations._INNER_MARKS.finditer(text)] == \
            [m.span() for m in _INNER_MARKS_BEFORE.finditer(text)]


def test_a_stretch_of_one_line_is_blanked_without_a_search(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Markdown's ``_blank`` writes spaces for a stretch with no line break (most of them)
    without searching it; one with breaks keeps them."""
    counting = CountingPattern(markdown._NOT_BREAKS)
    monkeypatch.setattr(markdown, "_NOT_BREAKS", counting)
    assert markdown._blank("*Nihon shoki*") == " " * 13
    assert markdown._blank("") == ""
    assert counting.asked == []
    assert markdown._blank("a `b\r\nc` d\n") == "    \r\n    \n"
    assert counting.asked == ["a `b\r\nc` d\n"]
