"""A span of three characters JMnedict lists as one place under one reading only, and
JMdict as no word, is read so where UniDic's units are no name (JMnedict was not asked)."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_a_place_jmnedict_reads_one_way_is_read_so_inside_a_title() -> None:
    # Wikipedia titles (jawiki_schools.tsv): were よんかんとう, ばねしつだい
    schools = reading_gold("jawiki_schools.tsv")
    for text in ("大阪市立四貫島小学校", "大分県立別府羽室台高等学校"):
        assert kana_of(text) == schools[text], text


def test_running_text_keeps_its_common_words() -> None:
    assert kana_of("島の小学校") == "しまのしょうがっこう"
