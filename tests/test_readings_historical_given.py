"""Given names of people of history no dictionary lists whole (issue 9): the Wikidata
development rows of ``tests/data/lookup/wikidata_historical.tsv`` (and Wikipedia's
readings of ``tests/data/readings/jawiki_draw.tsv``) that came out as no plausible name."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.kana import strip_macrons
from jpterms.romanize import Romanizer
from lookup_rows import query_for

HISTORICAL = "wikidata_historical.tsv"


def _plain(text: str) -> str:
    return strip_macrons(text).casefold()


def test_a_court_given_name_read_the_chinese_way_is_read_the_japanese_way() -> None:
    # were Takatsukasa Kyōhei, Nijō Kōhei, Ichijō Uchiki: JMnedict's given names 教平
    # きょうへい, 光平 こうへい (and みつひら); 内基 composed うち + き
    r = Romanizer()
    for name in ("鷹司教平", "二条光平", "一条内基"):
        assert _plain(r.romanize(name)) == _plain(query_for(HISTORICAL, name)), name
    # composed, not listed: a guess, with the listed reading as the alternative
    given = r.explain("鷹司教平")[-1]
    assert (given.confidence, given.alternatives[:1]) == ("guess", ("Kyōhei",))
    # a family that is no court house keeps the reading most people of the name have
    assert r.romanize("山田光平") == "Yamada Kōhei"
    # the court's own readings of a first kanji stand (公 きん)
    assert r.romanize("徳大寺公信") == "Tokudaiji Kinnobu"


def test_a_given_name_unidic_lists_keeps_unidic_reading() -> None:
    # UniDic's one unit 宗発 むねあきら, 忠栄 ただひで: were Sōhatsu (composed from name
    # parts) and Chūei (JMnedict's only reading; Mozc writes ただひで)
    r = Romanizer()
    for name in ("松平宗発", "松平忠栄"):
        assert _plain(r.romanize(name)) == _plain(query_for(HISTORICAL, name)), name
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("稲川裕紘") == draw["稲川裕紘"]  # was いながわひろひろ


def test_a_rare_last_kanji_takes_its_kun_stem() -> None:
    # 晙 (あき.らか) ends no counted given name and has no nanori: was "Itakura Masarushun"
    r = Romanizer()
    assert _plain(r.romanize("板倉勝晙")) == _plain(query_for(HISTORICAL, "板倉勝晙"))


def test_no_kanji_is_left_alone_after_a_shorter_given_name() -> None:
    # 大炊御門 + 信経 (a rare JMdict word too): was おおいのみかどまこときょう, the given name
    # 信 まこと with 経 left over as a word
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("大炊御門信経") == draw["大炊御門信経"]
    r = Romanizer()
    # UniDic's 日出 + 喜: one given name, not "Terui Hide ki"
    assert r.romanize("照井日出喜") == query_for("wikidata_scholars.tsv", "照井日出喜")
    # 谷 + 衛 + 衝: no reading of 衝 is counted, but no word is left alone (was "Tani Mamoru
    # shō")
    assert len(r.romanize("谷衛衝").split()) == 2


def test_a_listed_person_stands_where_mozc_reads_the_given_name_unlike_itself() -> None:
    # Mozc's whole 滝川一益 たきがわいちます, but 一益 alone かずます, as JMnedict reads the
    # person: was "Takigawa Ichimasu"
    r = Romanizer()
    assert _plain(r.romanize("滝川一益")) == _plain(query_for(HISTORICAL, "滝川一益"))


def test_a_sino_reading_mozc_does_not_write_gives_way_to_a_listed_one() -> None:
    # UniDic's 泰俊 たいしゅん, 秀哉 しゅうさい (each kanji read the Chinese way), which Mozc
    # does not write, where it writes JMnedict's やすとし, ひでや: were Togashi Taishun,
    # Hamada Shūsai
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("富樫泰俊") == draw["富樫泰俊"]
    r = Romanizer()
    assert r.romanize("浜田秀哉") == query_for("wikidata_writers.tsv", "浜田秀哉")
    # or where Mozc writes another clearly more cheaply (正順 まさより, was せいじゅん)
    assert kana_of("井上正順") == draw["井上正順"]
    # a Japanese reading Mozc does not write stays (忠礼 ただのり; Mozc: ちゅうれい)
    assert kana_of("大久保忠礼") == draw["大久保忠礼"]
