"""Two kanji UniDic takes for a family name and a given name of one kanji each, before a
Sino-Japanese word, are one word where a list reads them the Chinese way (issue 9).

Rows: jawiki_draw (tests/data/readings, the SKK dictionary's kana of Wikipedia titles).
"""

from __future__ import annotations

from jpterms.romanize import explain, romanize
from reading_rows import gold_kana


def test_a_listed_pair_before_a_sino_japanese_word_is_one_word() -> None:
    # UniDic: 明 (a family name) + 浄 きよし (a given name) + 学院; Mozc lists 明浄
    # みょうじょう: one word, 明 keeping UniDic's on reading めい (was "Mei Kiyoshi gakuin")
    assert gold_kana("jawiki_draw.tsv", "明浄学院") == "めいじょうがくいん"
    words = explain("明浄学院")
    assert [(w.text, w.kana) for w in words] == [("明浄", "めいじょう"), ("学院", "がくいん")]
    assert "mozc" in words[0].source
    assert romanize("明浄学院") == "Meijō gakuin"


def test_a_jmdict_word_before_a_one_kanji_noun_is_one_word() -> None:
    # 天 + 賜 たまう (UniDic's person) + 礼: JMdict's 天賜 てんし
    assert gold_kana("jawiki_draw.tsv", "天賜礼盛国慶") == "てんしれいせいこっけい"
    assert explain("天賜礼盛国慶")[0].kana == "てんし"


def test_no_list_or_no_sino_japanese_word_after_leaves_the_person() -> None:
    # 林 + 忠 + 旭 あさひ (a word read the Japanese way; no list reads 林忠): a person
    assert romanize("林忠旭").startswith("Hayashi ")
