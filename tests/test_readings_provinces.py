"""Hokkaidō's eleven provinces of 1869 (``data/provinces.tsv``, marked ``hokkaido``): 天塩国
is Teshio no kuni, as 武蔵国 is Musashi no kuni; the checker does not take their names as
written, and after them 守 is no court office."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.gazetteer import province_readings
from jpterms.romanize import Romanizer
from jpterms.spelling import SpellingJudge


def test_hokkaido_provinces_read_no_kuni() -> None:
    # Wikipedia's article titles (tests/data/readings/jawiki_draw.tsv): were きたみこく...
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("北見国", "石狩国", "日高国", "釧路国"):
        assert kana_of(name) == draw[name]
    assert Romanizer().romanize("天塩国") == "Teshio no kuni"
    assert Romanizer().romanize("渡島国") == "Oshima no kuni"  # not UniDic's ととう


def test_hokkaido_provinces_had_no_offices() -> None:
    r = Romanizer()
    assert r.romanize("日高守") == "Hidaka Mamoru"  # a family name and a given name
    assert r.romanize("武蔵守") == "Musashi no Kami"  # the court office of a 令制国


def test_the_checker_keeps_its_own_province_list() -> None:
    assert "天塩" not in province_readings() and "天塩" in province_readings(hokkaido=True)
    # 渡島 Oshima, taken as written, would hide the commoner Ōshima 大島
    verdict = SpellingJudge.for_glossary(None).missing_macron("Oshima")
    assert verdict is not None and verdict.suggestion == "Ōshima"
