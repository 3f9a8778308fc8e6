"""A span JMnedict names (and JMdict lists as no word), inside a run no unit of which is a
name to UniDic, is read as Mozc's word where Mozc's cheapest reading is one JMnedict
gives: the two lists agree."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import explain


def test_a_span_jmnedict_and_mozc_read_alike_is_read_so() -> None:
    # Wikipedia titles (tests/data/readings): were じゅらくえん…, せんこうさん… (浅香 a
    # common noun to UniDic), にゅうせんてい…, …ゆうひきゅう…, …さんぞうし…
    draw = reading_gold("jawiki_draw.tsv")
    for text in ("聚楽園大仏", "浅香山浄水場"):
        assert kana_of(text) == draw[text], text
    phrases = reading_gold("jawiki_phrase_titles.tsv")
    assert kana_of("入船亭扇ぱい") == phrases["入船亭扇ぱい"]
    houses = reading_gold("jawiki_houses.tsv")
    assert kana_of("大阪府立夕陽丘図書館") == houses["大阪府立夕陽丘図書館"]
    schools = reading_gold("jawiki_schools.tsv")
    assert kana_of("豊川市立三蔵子小学校") == schools["豊川市立三蔵子小学校"]
    assert next(w.kana for w in explain("浅香山浄水場")) == "あさかやま"


def test_a_span_mozc_reads_as_no_name_of_jmnedict_stays() -> None:
    # Mozc's cheapest 鴨緑江 is おうりょくこう; JMnedict's only reading おうりょっこう
    # stands where a unit is a name (the span was looked up among names)
    assert kana_of("鴨緑江渡河作戦").startswith("おうりょっこう")


def test_such_a_span_inside_a_run_may_reread_its_first_unit() -> None:
    # Wikipedia titles (jawiki_schools.tsv): were …しんせんこうさん…, …はままつだいひらだい…
    # (浅香 + 山 and 大平 + 台 after another unit: Mozc alone may not change 浅香's reading)
    schools = reading_gold("jawiki_schools.tsv")
    for text in ("堺市立新浅香山小学校", "静岡県立浜松大平台高等学校"):
        assert kana_of(text) == schools[text], text
