"""UniDic's units inside a name that read a way no dictionary lists: JMnedict's one place."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_units_read_as_the_one_place_jmnedict_lists() -> None:
    # 上沼 + 垂 かみぬますい, 尺 + 別 さしべつ, 藤 + 並 ふじならびに: no dictionary lists
    # these readings; JMnedict lists each span as a place read one way only
    draw = reading_gold("jawiki_draw.tsv")
    houses = reading_gold("jawiki_houses.tsv")
    towns = reading_gold("towns_japanpost_other.tsv")
    for name in ("上沼垂運転区", "太海湯元温泉", "尺別信号場", "東古渡町"):
        assert kana_of(name) == draw[name], name
    for name in ("尾曳稲荷神社", "藤竝神社"):
        assert kana_of(name) == houses[name], name
    for name in ("一迫女子町", "小郡平砂町", "萩原町四美"):
        assert kana_of(name) == towns[name], name


def test_prefixes_and_words_inside_a_name_stay() -> None:
    # UniDic's prefix 本, 高 (本和 もとかず, 高州 たかす are JMnedict's places), and a span
    # inside a name of words (律 + 見江 + 奈衣) are read as UniDic reads them
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("本和菓衆") == draw["本和菓衆"]
    assert kana_of("高州市") == draw["高州市"]
    assert not kana_of("律見江奈衣").startswith("りつみえ")


def test_whole_input_read_as_the_one_place_jmnedict_lists() -> None:
    # UniDic's 金峰 + 山寺 and 伺 + 去 read ways no dictionary lists; JMnedict lists the
    # whole (金峯山寺 in its old form) as a place read one way only
    assert kana_of("金峯山寺") == reading_gold("jawiki_temples.tsv")["金峯山寺"]
    assert kana_of("伺去") == reading_gold("jawiki_draw.tsv")["伺去"]
    # a kanji-by-kanji guess is no reading of UniDic's: 石峯寺 stays せきほうじ
    assert kana_of("石峯寺") == reading_gold("jawiki_temples.tsv")["石峯寺"]
