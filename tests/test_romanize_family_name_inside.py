"""A person of the glossary whose name is one kanji (林 Hayashi, a family name) is no
suffix inside a word that UniDic reads otherwise; a family name cut from a glossary
person's row (平野 of 平野博文) is no name where UniDic reads the common noun (issue 9).

Rows: jawiki_temples, jawiki_houses, jawiki_draw and jawiki_titles (tests/data/readings, the SKK
dictionary's kana of Wikipedia titles). Titles of web pages on geography, as a writer
would cite them: 平野の地形 (geographist.net, https://geographist.net/平野の地形) and
「平野」とはどのような地形か? (uub.jp, https://uub.jp/arc/arc224.html).
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


def test_a_glossary_family_name_gives_way_to_the_common_noun() -> None:
    # 平野 Hirano is cut from the glossary's 平野博文; UniDic reads 平野 "plain" (へいや)
    # where it stands as a noun after a particle or first: before, "Hirano no chikei"
    assert romanize("平野の地形") == "Heiya no chikei"
    assert romanize("「平野」とはどのような地形か?") == "“Heiya” to wa dono yō na chikei ka?"
    assert romanize("日本の平野") == "Nihon no heiya"


def test_the_glossary_family_name_stays_a_name_and_a_place() -> None:
    assert romanize("平野博文") == "Hirano Hirofumi"  # the glossary's person
    assert romanize("平野官房長官") == "Hirano kanbō chōkan"  # UniDic: a name before a title
    assert romanize("平野氏") == "Hirano-shi"
    # after a noun the place passes read it (a district of a town; a plain named so)
    assert gold_kana("jawiki_draw.tsv", "飯坂町平野") == "いいざかまちひらの"
    assert romanize("飯坂町平野") == "Iizaka-machi Hirano"
    assert gold_kana("jawiki_titles.tsv", "徳島平野") == "とくしまへいや"
    assert romanize("徳島平野") == "Tokushima Heiya"
