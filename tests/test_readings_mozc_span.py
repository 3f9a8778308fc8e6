"""A run of UniDic's units that Mozc lists as one word, and neither JMdict nor JMnedict
does, is read as Mozc reads that word."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_word_only_mozc_lists_is_read_as_mozc_reads_it() -> None:
    # Wikipedia's readings (tests/data/readings); were ごくらくてらさか… (寺坂 a family name
    # to UniDic), ようゆうしお…, ひろめのきょうぼいん, きたなげおんせん…, …ごかそう…
    draw = reading_gold("jawiki_draw.tsv")
    for text in ("極楽寺坂切通", "溶融塩電解"):
        assert kana_of(text) == draw[text], text
    phrases = reading_gold("jawiki_phrase_titles.tsv")
    assert kana_of("広めの狭母音") == phrases["広めの狭母音"] == "ひろめのせまぼいん"
    houses = reading_gold("jawiki_houses.tsv")
    for text in ("北投温泉博物館", "東海道石部宿歴史民俗資料館"):
        assert kana_of(text) == houses[text], text
    school = "堺市立五箇荘小学校"
    assert kana_of(school) == reading_gold("jawiki_schools.tsv")[school]
    assert Romanizer().romanize("溶融塩電解の研究") == "Yōyūen denkai no kenkyū"


def test_mozc_does_not_reread_a_word_begun_before() -> None:
    # a span inside the run keeps its first unit's reading (Mozc's 東道路 is とうどうろ),
    # and two kanji, or a municipality, are not read so (Mozc's 崩拳 くずれけん, 留夜別村)
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("阿武隈東道路") == draw["阿武隈東道路"] == "あぶくまひがしどうろ"
    phrases = reading_gold("jawiki_phrase_titles.tsv")
    assert kana_of("炎竜王の崩拳") == phrases["炎竜王の崩拳"]
    assert kana_of("留夜別村") == reading_gold("municipalities_mic.tsv")["留夜別村"]


def test_units_mozc_writes_more_cheaply_stay() -> None:
    # 最終 + 行 (さいしゅう 3553 + ぎょう 3723) in a manual page: the last line, not Mozc's
    # one word 最終行 さいしゅうこう (7689)
    r = Romanizer()
    assert r.romanize("入力ファイルの最終行の行番号で置き換えられる。") == \
        "Nyūryoku fairu no saishūgyō no gyōbangō de okikaerareru."
