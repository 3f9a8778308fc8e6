"""A mountain's name (a name and the suffix 山 さん) read as JMnedict's place, not as a family."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_mountain_read_as_the_place_not_the_family() -> None:
    # UniDic reads 高野 + 山 (the suffix さん); JMnedict lists 高野山 as the family
    # たかのやま and as the place こうやさん, which the sect and the museum are named after
    draw = reading_gold("jawiki_draw.tsv")
    houses = reading_gold("jawiki_houses.tsv")
    assert kana_of("高野山真言宗") == draw["高野山真言宗"] == "こうやさんしんごんしゅう"
    assert kana_of("高野山霊宝館") == houses["高野山霊宝館"]


def test_mountain_of_a_listed_place_reading_stays() -> None:
    # a name read as a place JMnedict lists stays (槙尾山 まきおさん, 仏生山 ぶっしょうざん)
    houses = reading_gold("jawiki_houses.tsv")
    stations = reading_gold("stations_all.tsv")
    assert kana_of("槙尾山明神社") == houses["槙尾山明神社"]
    assert kana_of("仏生山") == stations["仏生山"]
