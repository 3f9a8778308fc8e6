"""A kanji UniDic reads alone as a whole given name (哲 あきら, 究 きわむ, 碩 ひろし) inside
a run of nouns with no name beside it is part of a word, read the Chinese way."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_given_names_kanji_inside_a_word_is_read_on() -> None:
    # Wikipedia's readings (tests/data/readings): were さんあきらじんじゃ, うきはきわむしんかん
    houses = reading_gold("jawiki_houses.tsv")
    schools = reading_gold("jawiki_schools.tsv")
    assert kana_of("三哲神社") == houses["三哲神社"]
    assert kana_of("福岡県立浮羽究真館高等学校") == schools["福岡県立浮羽究真館高等学校"]
    assert kana_of("翼細胞") == "よくさいぼう"  # not Tsubasa saibō
    # beside a name the kanji stays a name: 古川 + 敬 + 祐 (JMnedict's given name けいすけ),
    # 加藤 + 泰 + 貫, read by the names' own passes
    assert kana_of("古川敬祐") == reading_gold("jawiki_draw.tsv")["古川敬祐"]
    assert Romanizer().romanize("加藤泰貫") == "Katō Yasutsura"


def test_a_pair_mozc_lists_is_one_word() -> None:
    # 碩 + 台: Mozc's せきだい, one word, as the school's name is read where Mozc lists
    # the whole school (熊本市立碩台小学校: Sekidai, not "Seki dai")
    r = Romanizer()
    schools = reading_gold("jawiki_schools.tsv")
    assert kana_of("熊本市立碩台小学校") == schools["熊本市立碩台小学校"]
    assert r.romanize("熊本市立碩台小学校") == "Kumamoto shiritsu Sekidai shōgakkō"
    assert r.romanize("熊本市立碩台幼稚園").split()[2] == "Sekidai"  # was "Hiroshi dai"

