"""Lookup answers are well formed (issue 10): no result among the five holds a sokuon
(small tsu) as a word of its own, cut off from the kana whose consonant it doubles
(見|っ|つの指輪, 波|っ|ちゃん, 莉|っ|しゃ). Real rows of tests/data/lookup."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms

DATA = Path(__file__).parent / "data" / "lookup"


def _queries(name: str, written: set[str]) -> list[str]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return [r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")
                if r.get("japanese") in written]


# Aozora titles whose romaji doubles a consonant: 三つの指環, 坊っちやん (*Bo tchan*), 列車
_DOUBLED = _queries("aozora_titles_more.tsv", {"三つの指環", "坊っちやん", "列車"})


def test_the_rows_are_there() -> None:
    assert sorted(_DOUBLED) == ["Bo tchan", "Mittsu no yubiwa", "Ressha"]


@pytest.mark.parametrize("query", _DOUBLED)
def test_no_sokuon_is_a_word_alone(query: str) -> None:
    found = jpterms.lookup(query)
    assert found
    for m in found:
        assert all(w.kanji not in ("っ", "ッ") for w in m.words), (m.kanji, m.words)
