"""A place's name written without the ヶ that JMnedict's place has before its last kanji."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_name_without_its_ke_reads_as_the_listed_place() -> None:
    # 東三国丘, 羊丘: no dictionary lists them as written; JMnedict lists 東三国ケ丘 and
    # 羊ヶ丘 as places read one way only (was みくに + おか, UniDic's 羊 + 丘 ようきゅう)
    schools = reading_gold("jawiki_schools.tsv")
    for name in ("堺市立東三国丘小学校", "札幌市立羊丘小学校", "札幌市立羊丘中学校"):
        assert kana_of(name) == schools[name], name


def test_names_listed_as_written_stay() -> None:
    # 月丘 (JMnedict's family name つきおか) and 竹丘 are listed as written: no ヶ is
    # read into them, though JMnedict lists 月ヶ丘 つきがおか
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("月丘") == draw["月丘"]
    assert kana_of("竹丘") == reading_gold("towns_japanpost_tokyo.tsv")["竹丘"]
