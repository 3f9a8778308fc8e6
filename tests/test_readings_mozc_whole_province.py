"""A whole input Mozc lists as one word is read as Mozc reads it even where a unit is an old
province's title or an era, as long as Mozc reads that unit as the table does."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import explain


def test_a_province_title_inside_a_name_mozc_lists_keeps_its_reading() -> None:
    # Wikipedia title (jawiki_draw.tsv): Mozc lists 毛利甲斐守邸跡 もうりかいのかみていあと;
    # the province's title 甲斐守 had kept the whole from Mozc (邸 was やしき)
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("毛利甲斐守邸跡") == draw["毛利甲斐守邸跡"]
    words = explain("毛利甲斐守邸跡")
    assert [w.source for w in words if w.text == "甲斐守"] == ["province"]
