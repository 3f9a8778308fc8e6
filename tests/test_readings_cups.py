"""Cups: 杯 after a giver's name is the prize, hai, not the counter's bai."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_cup_named_after_its_giver_reads_hai() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_cups.tsv): UniDic reads the counter's
    # バイ after 中日 and 東京新聞, the wine cup サカズキ after 若竹
    gold = reading_gold("jawiki_cups.tsv")
    for title in ("中日杯", "東京新聞杯", "若竹杯"):
        assert kana_of(title) == gold[title]
    assert romanize("中日杯") == "Chūnichi hai"
    # a numeral still counts cups, before 目 too
    assert romanize("三杯目") == "Sanbaime"
    assert romanize("コーヒー一杯") == "Kōhī ippai"


def test_a_cup_after_a_giver_written_in_kana() -> None:
    # jawiki_phrase_titles: UniDic cuts さなる into さ + なる (an auxiliary) and reads the
    # counter's バイ, which only a number takes
    gold = reading_gold("jawiki_phrase_titles.tsv")
    title = "さなる杯小学生将棋名人戦"
    assert kana_of(title) == gold[title]
    # a cup that is full is still the wine cup
    assert kana_of("満ちたる杯") == "みちたるさかずき"
