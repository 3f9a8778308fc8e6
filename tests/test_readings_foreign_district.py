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
