"""Shrines, temples and other sites: a name JMnedict lists only as a place is read as Mozc
reads the whole; a kami's shrine is read as the kami (八幡神社 Hachiman jinja)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_shrines_and_temples_read_as_mozc_lists_them_whole() -> None:
    # Wikipedia's readings (tests/data/readings): JMnedict lists each whole name as a
    # place with another reading (ごれいじんじゃ, へいずじんじゃ, いわきさんじんじゃ,
    # ちょうほじ); Mozc lists it written so, as Wikipedia reads it
    houses = reading_gold("jawiki_houses.tsv")
    temples = reading_gold("jawiki_temples.tsv")
    for name in ("御霊神社", "兵主神社", "岩木山神社", "鵜戸神社"):
        assert kana_of(name) == houses[name], name
    assert kana_of("長保寺") == temples["長保寺"]
    assert kana_of("勧行寺") == temples["勧行寺"]


def test_settlements_keep_jmnedicts_reading() -> None:
    # a town's or a station's name is no site: JMnedict's reading stays where Mozc
    # reads the whole otherwise (Japan Post's and the station list's readings)
    towns = reading_gold("towns_japanpost_tokyo.tsv")
    stations = reading_gold("stations_all.tsv")
    assert kana_of("高田馬場") == towns["高田馬場"]
    assert kana_of("湯尾") == stations["湯尾"]


def test_temples_jmnedict_reads_half_one_way_half_the_other_are_read_on() -> None:
    # JMnedict lists these with no kind, half kun and half on (ぶっこくでら, かなはすじ,
    # たからがんじ); Mozc also lists each all on, as Wikipedia reads it
    temples = reading_gold("jawiki_temples.tsv")
    for name in ("仏国寺", "金蓮寺", "宝厳寺", "寂光寺", "楞厳寺"):
        assert kana_of(name) == temples[name], name
    # a place JMnedict lists with our reading stays (not Mozc's じんだいじ, かんおんじ);
    # so does a name read one way throughout (Mozc lists 清水寺 せいすいじ too)
    for name in ("神大寺", "観音寺"):
        assert kana_of(name) == temples[name], name
    assert kana_of("清水寺") == "きよみずでら"


def test_a_sites_name_beginning_with_a_word_jmnedict_lists_as_a_place_is_read_as_the_place() -> None:
    # Wikipedia's readings (jawiki_houses.tsv): UniDic reads the common words 一色 いっしょく
    # and 上方 じょうほう; JMnedict lists いっしき and かみがた as places, and Mozc writes
    # them more cheaply; the name 象山 (しょうざん, a given name's) is JMnedict's place ぞうざん.
    # 内宮神社 keeps うちのみや (Mozc writes no such word to compare), 松浦史料博物館 the
    # family's まつら, 愛宕念仏寺 おたぎ (a family's reading too)
    houses = reading_gold("jawiki_houses.tsv")
    for name in ("一色稲荷神社", "上方落語資料展示館", "象山記念館", "内宮神社", "松浦史料博物館"):
        assert kana_of(name) == houses[name], name
    temples = reading_gold("jawiki_temples.tsv")
    assert kana_of("愛宕念仏寺") == temples["愛宕念仏寺"]


def test_a_shrine_of_hachiman_is_hachiman_not_the_city() -> None:
    # Wikipedia's 八幡神社 (はちまんじんじゃ, a dev row of jawiki_houses.tsv): UniDic reads
    # 八幡 as the city, ヤワタ, before 神社; the kami's shrine is Hachiman, as JMdict's
    # 八幡 and UniDic's own 八幡宮 read it
    houses = reading_gold("jawiki_houses.tsv")
    assert kana_of("八幡神社") == houses["八幡神社"]
    romanizer = Romanizer()
    assert romanizer.romanize("津田八幡神社") == "Tsuda Hachiman jinja"
    assert romanizer.romanize("八幡社") == "Hachimansha"
    # the city and its ward keep the place's reading
    assert romanizer.romanize("八幡市") == "Yawata-shi"


def test_a_mountain_jmnedict_does_not_classify_is_no_person() -> None:
    # JMnedict lists 大峰山 (おおみねさん, the sacred mountain of Shugendō) as a name of no
    # known kind; UniDic cuts 大峰, a family name, + 山, and the whole was read as a
    # person "Ōmine San". A given name that would be a site's one-kanji ending makes it
    # the site, as 永福 + 寺 is the temple Eifukuji
    romanizer = Romanizer()
    assert romanizer.romanize("大峰山") == "Ōminesan"
    assert romanizer.romanize("永福寺") == "Eifukuji"
    assert romanizer.romanize("和倉温泉") == "Wakura Onsen"  # a two-kanji site word stays apart
