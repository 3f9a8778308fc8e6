"""Whether a document shows no Japanese is decided without reading more words of it than
the decision needs: its length is counted only as far as :data:`TELLING_WORDS` words (a
long document holds many thousands), with the same answers on real documents.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpterms import language
from jpterms.language import TELLING_WORDS, LanguageGuesser

_DATA = Path(__file__).parent / "data"


class _CountingPattern:
    """``language._WORD`` that counts the words it hands out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(text):
            self.words += 1
            yield m

    def findall(self, text: str) -> list[str]:
        found = self.pattern.findall(text)
        self.words += len(found)
        return found


@pytest.mark.parametrize("name", ["english_prose/rfc1721.txt", "english/nodejs_changelog_v17_excerpt.md",
                                  "000_4783c9767dffaf4f.txt"])
def test_shows_no_japanese_counts_only_the_words_it_needs(
        name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (_DATA / name).read_text(encoding="utf-8")
    assert len(language._WORD.findall(text)) > 5 * TELLING_WORDS
    expected = LanguageGuesser().shows_no_japanese([text])
    counting = _CountingPattern(language._WORD)
    monkeypatch.setattr(language, "_WORD", counting)
    assert LanguageGuesser().shows_no_japanese([text]) == expected
    assert LanguageGuesser().shows_no_japanese([text[:300], text[300:]]) == expected
    assert counting.words <= 2 * TELLING_WORDS  # not the thousands the text holds


def test_short_texts_are_still_too_short_to_show_anything() -> None:
    prose = "His father Kojo Elliot was a lawyer, and his mother a teacher. " * 10
    words = len(language._WORD.findall(prose))
    assert words >= TELLING_WORDS
    parts = [prose[:200], prose[200:400]]
    assert len(language._WORD.findall("".join(parts))) < TELLING_WORDS
    assert LanguageGuesser().shows_no_japanese(parts) is False
    assert LanguageGuesser().shows_no_japanese([prose]) is True
