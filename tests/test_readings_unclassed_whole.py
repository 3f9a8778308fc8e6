"""A whole input JMnedict gives one reading only, as a name of no stated kind, and JMdict
none, is read as JMnedict reads it."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_a_name_jmnedict_does_not_class_is_read_as_listed() -> None:
    # Wikipedia titles (jawiki_draw.tsv): UniDic read そんひん, ひう, たん + ゆき (如 a
    # given name to JMnedict)
    draw = reading_gold("jawiki_draw.tsv")
    for text in ("孫臏", "非有", "澹如"):
        assert kana_of(text) == draw[text], text


def test_a_name_jmnedict_reads_two_ways_stays() -> None:
    # 金峰山 is unclassed four ways (きんぷさん, きんぼうさん...): UniDic's reading stands
    assert kana_of("金峰山") == "きんぽうざん"
