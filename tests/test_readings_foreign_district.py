"""A district or county abroad (two kanji and 区 or 県, no municipality of Japan) is read
the Chinese way."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_district_no_japanese_list_has_is_read_the_chinese_way() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): were もみなみく, しょうばしく,
    # みずうみさとく, たけえく (UniDic's kun readings of the kanji)
    gold = reading_gold("jawiki_draw.tsv")
    for name in ("茂南区", "湘橋区", "湖里区", "武江区"):
        assert kana_of(name) == gold[name], name
    assert romanize("茂南区") == "Monan-ku"


def test_a_ward_of_japan_keeps_its_reading() -> None:
    gold = reading_gold("jawiki_draw.tsv")
    for name in ("中川区", "深川区", "西蒲区"):
        assert kana_of(name) == gold[name], name


def test_a_district_mozc_lists_is_read_as_its_chinese_reading() -> None:
    # Wikipedia titles (jawiki_draw.tsv): were しんじょうく (an on reading, but not the
    # name's), ひょうえんけん (the character dictionary's), ひやまがた (陽 + the surname
    # 山県) and きょうねいし; Mozc lists 清城 せいじょう, 平遠 へいえん, 陽山 ようざん and
    # 興寧 こうねい
    gold = reading_gold("jawiki_draw.tsv")
    for name in ("清城区", "平遠県", "陽山県", "興寧市"):
        assert kana_of(name) == gold[name], name
    assert romanize("陽山県") == "Yōzan-ken"
    assert romanize("興寧市") == "Kōnei-shi"
