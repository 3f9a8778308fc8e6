"""The copula is a word of its own after an inflecting word, as modified Hepburn and
ALA-LC write it (高いです *takai desu*, 行くでしょう *iku deshō*, 行くなら *iku nara*), while
the auxiliaries that inflect a verb or an adjective join it (食べました *tabemashita*,
読んだ *yonda*)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import jpterms

#: Real sentences (300 lines of the shared corpus, bundled for the benchmarks).
SAMPLE = Path(__file__).parent.parent / "benchmarks" / "data" / "sample_ja.txt"
COPULA = r"(?:desu|deshō|deshita|darō|datta|nara|naraba)\b"


def test_no_copula_glued_in_real_sentences() -> None:
    """Of the sample's 300 lines, 32 use the copula as a word of its own; before this rule
    25 did, and 9 glued it to a verb or an adjective (*takaidesu*, *arudarō*,
    *kangaerunara*)."""
    lines = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    out = [jpterms.romanize(line) for line in lines]
    free = [o for o in out if re.search(rf"\b{COPULA}", o)]
    glued = [o for o in out if re.search(rf"[a-zāīūēō]{COPULA}", o)]
    assert len(free) >= 30
    assert glued == []


@pytest.mark.parametrize(("text", "romaji"), [
    ("赤いです", "Akai desu"),
    ("美しいでしょう", "Utsukushii deshō"),
    ("食べたいです", "Tabetai desu"),
    ("読んだでしょう", "Yonda deshō"),     # the past た voiced: no copula
    ("行くなら", "Iku nara"),
    ("食べました", "Tabemashita"),
    ("学生です", "Gakusei desu"),
])
def test_copula_after_inflecting_words(text: str, romaji: str) -> None:
    assert jpterms.romanize(text) == romaji
