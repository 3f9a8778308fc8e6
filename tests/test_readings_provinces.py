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


def test_every_province_with_kuni_reads_no_kuni_where_a_dictionary_joins_them() -> None:
    # Mozc writes some provinces and 国 as one word read -koku (大和国 やまとこく) or reads
    # the whole after the province rule (紀伊国 きいのくに): each is still X no kuni.
    r = Romanizer()
    assert r.romanize("大和国") == "Yamato no kuni"
    assert r.romanize("紀伊国") == "Kii no kuni"
    assert r.romanize("紀伊国屋") == "Kinokuniya"  # a shop's name stays one word
    read = {name: r.romanize(name + "国") for name in province_readings(hokkaido=True)}
    wrong = {name: out for name, out in read.items() if not out.endswith(" no kuni")}
    # left: 対馬国 (a glossary word), 大倭国 (read Daiwa), 陸中国 (UniDic's 陸 + 中国)
    assert len(wrong) <= 3, wrong
