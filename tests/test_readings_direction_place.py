"""A direction before a place, where UniDic's first unit runs from the one into the other."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_direction_then_place_read_apart() -> None:
    # UniDic reads 南信 (なんしん) + 州, 東拓 + 海; JMnedict lists 信州 and 拓海 as places
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("南信州") == draw["南信州"] == "みなみしんしゅう"
    assert kana_of("東拓海") == draw["東拓海"]


def test_first_unit_that_is_a_word_or_a_place_stays() -> None:
    # 東北 is a word, 西宮 and 中野 places: 北森, 宮市 and 野市 are no places here
    houses = reading_gold("jawiki_houses.tsv")
    assert kana_of("東北大学百周年記念会館") == houses["東北大学百周年記念会館"]
    assert kana_of("中野市立博物館") == houses["中野市立博物館"]
    assert kana_of("西宮市立中央病院") == "にしのみやしりつちゅうおうびょういん"
