"""A person of the glossary whose name is one kanji (林 Hayashi, a family name) is no
suffix inside a word that UniDic reads otherwise (issue 9).

Rows: jawiki_temples and jawiki_houses (tests/data/readings, the SKK dictionary's kana of
Wikipedia titles).
"""

from __future__ import annotations

from jpterms.romanize import explain, romanize
from reading_rows import gold_kana


def test_a_one_kanji_family_name_is_no_suffix() -> None:
    # 秀 + 林 (UniDic's suffix りん) + 寺: Shūrinji, not "Shū Hayashiji"
    assert gold_kana("jawiki_temples.tsv", "秀林寺") == "しゅうりんじ"
    assert romanize("秀林寺") == "Shūrinji"
    assert gold_kana("jawiki_houses.tsv", "白林少年館") == "はくりんしょうねんかん"
    assert explain("白林少年館")[0].kana == "はくりん"
    assert "Hayashi" not in romanize("原生林")


def test_the_family_name_stays_where_it_is_one() -> None:
    assert romanize("林") == "Hayashi"
    assert romanize("林修").startswith("Hayashi")
    # after a municipality's suffix a place's name begins: 林際 はやしぎわ
    assert "Hayashigiwa" in romanize("熱塩加納町林際")
