"""Shortcuts for text written without macrons give the answers of the paths they replace.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from jpterms import title_analysis
from jpterms.romaji import parse_word
from jpterms.rules.title_styles import LONG_MARKS, marks_long_vowels

_DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("text", [
    "", "Tokyo", "Tōkyō", "Kyoto and Tôkyô", "TŌKYŌ", "To\u0304kyo", "Osaka " * 5000 + "ō",
    "ā", "Ê", "no marks at all, only ascii and 東京 and ー",
])
def test_marks_long_vowels_is_any_mark(text: str) -> None:
    assert marks_long_vowels(text) == any(c in LONG_MARKS for c in text)


def test_marks_long_vowels_on_real_text_with_marks_stripped() -> None:
    files = sorted((_DATA / "unseen").glob("**/*.md"))[:6] or sorted(_DATA.glob("**/*.md"))[:6]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        stripped = text.translate(str.maketrans({c: "o" for c in LONG_MARKS}))
        assert marks_long_vowels(text) == any(c in LONG_MARKS for c in text), path
        assert not marks_long_vowels(stripped), path


_WORDS = ["kyogi", "kaisaikai", "zushoryobon", "shiryohen", "kokohyo", "jinkohyo",
          "Kenkyukai", "dandokuron", "negaiageshosho", "chohoki", "hakusyo", "Sinbun",
          "kosekihyo", "ninbetsucho", "tokotokotokotoko", "Ōsaka", "shūmon"]


@pytest.mark.parametrize("word", _WORDS)
def test_first_spellings_are_the_first_of_all_spellings(word: str) -> None:
    syllables = parse_word(word)
    assert syllables is not None
    for kunrei in (False, True):
        every = title_analysis._spellings(syllables, kunrei)
        for limit in (1, 5, 128, 10_000):
            assert title_analysis._spellings(syllables, kunrei, limit) == every[:limit]


def test_a_compound_makes_at_most_128_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long word has thousands of spellings; a compound's conversion reads the first
    128, and only those are made."""
    made = 0
    product = itertools.product

    def counted(*options: object) -> object:
        nonlocal made
        for combo in product(*options):  # type: ignore[call-overload]
            made += 1
            yield combo

    syllables = parse_word("tokotokotokotoko")
    assert syllables is not None
    assert len(title_analysis._spellings(syllables, False)) > 1000
    monkeypatch.setattr(title_analysis.itertools, "product", counted)
    first = title_analysis._spellings(syllables, False, 128)
    assert len(first) == 128
    assert made <= 129  # islice may draw one more, never the thousands


def test_surname_answers_kept_are_the_answers_made_afresh() -> None:
    from jpterms.lexicon import Lexicon
    from jpterms.spelling import SpellingJudge

    text = "\n".join(p.read_text(encoding="utf-8")
                     for p in sorted((_DATA / "unseen").glob("*.md")))
    words = sorted({w.translate(_STRIP) for w in re.findall(r"[A-ZĀĪŪĒŌ][a-zāīūēō]+", text)})
    words = [*words[:300], "Sato", "Ota", "Ono", "Kato", "Ito-Kato", "sato", "O"]
    kept = SpellingJudge(Lexicon.default())
    first = [(w, kept.surname(w)) for w in words]
    assert len(kept.names._surnames) > 100  # answers kept ...
    for w, answer in first:
        assert kept.surname(w) == answer, w  # ... and given again
    fresh = SpellingJudge(Lexicon.default())
    fresh.names._surnames = _Forgetful()  # the uncached path: nothing kept
    for w, answer in first:
        assert fresh.surname(w) == answer, w
    assert not fresh.names._surnames
    assert sum(answer is not None for _, answer in first) >= 3
    assert dict(first)["Sato"] == "Satō" and dict(first)["Ono"] is None


class _Forgetful(dict):  # type: ignore[type-arg]
    def __setitem__(self, key: object, value: object) -> None:
        pass


_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
