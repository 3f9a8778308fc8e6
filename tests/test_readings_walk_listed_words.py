"""The walk of Mozc's trie over an input's characters may read two to four of them as one
word the dictionaries list, read as its kanji do not read it (祝詞 のりと, 忌部 いんべ), not only kanji by
kanji: Mozc's reading of a whole input it lists is found where a part is read as no
single kanji is."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.readings import ReadingResolver
from jpterms.romanize import Romanizer


def test_a_listed_word_is_one_piece_of_the_walk() -> None:
    r = ReadingResolver()
    assert r.mozc_readings("祝詞神社") == {"のりとじんじゃ": 9315}
    # Wikipedia's readings: were しゅくしじんじゃ, いみべじんじゃ, だいじんじんじゃ,
    # まつうら…, やしろさゆり…
    houses = reading_gold("jawiki_houses.tsv")
    for name in ("祝詞神社", "忌部神社", "大神神社", "松浦史料博物館"):
        assert kana_of(name) == houses[name], name
    name = "八代白百合学園高等学校"
    assert kana_of(name) == reading_gold("jawiki_schools.tsv")[name]
    # the word read whole keeps its unit: 大神 + 神社, not 大 + 神神社 (JMnedict: みわじんじゃ)
    assert Romanizer().romanize("大神神社") == "Ōmiwa jinja"
    # a part that splits over its kanji (八代 はちだい) or the whole input is no such word
    assert r._irregular_readings("大神") == ("おおみわ",)
