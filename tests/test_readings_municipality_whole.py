"""A municipality the official list reads one way, given as a whole input, is read as
listed even where UniDic reads its name as no noun (no run of nouns reads it then)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_municipality_unidic_reads_as_no_noun_is_read_as_listed() -> None:
    # 朝来市: UniDic's 朝来 is an adverb (ちょうらい); the official list, and the MIC
    # set's gold (tests/data/readings), read the city あさごし
    gold = reading_gold("municipalities_mic.tsv")
    assert kana_of("朝来市") == gold["朝来市"] == "あさごし"
    assert Romanizer().romanize("朝来市") == "Asago-shi"  # was "Chōrai shi"
