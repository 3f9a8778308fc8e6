"""A given name after a family name, composed of two entries (issue 9): UniDic's reading
of the given name gives way where Mozc does not write it so but writes another reading
JMnedict lists (a row of Wikipedia's readings, ``tests/data/readings/jawiki_draw.tsv``)."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_unidic_reading_mozc_does_not_write_gives_way() -> None:
    # 弭間 + 花菜: UniDic's units read はなな; JMnedict lists はなな, かな and three more
    # readings for 花菜, and Mozc writes only かな (was はずまはなな)
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("弭間花菜") == draw["弭間花菜"]
