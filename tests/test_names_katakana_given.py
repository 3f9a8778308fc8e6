"""A family name in kanji and a given name in katakana, as JMnedict (jamdict-data) lists
notable people so written: the katakana are one given name, even where UniDic cuts them
into a particle, a symbol or a suffix (安野 + モ + ヨコ, 桜井 + セ + ン + リ)."""

from __future__ import annotations

import re

import pytest

from jpterms.dictionaries import jamdict_rows
from jpterms.kana import kana_to_romaji, to_hiragana
from jpterms.romanize import romanize

_KANJI_KATAKANA = re.compile("([\u4e00-\u9fff]{1,4})([\u30a1-\u30fa\u30fc]{2,6})")


def _jmnedict_person(written: str) -> str:
    """JMnedict's reading of ``written``, listed as a person (the test's gold)."""
    rows = jamdict_rows(
        "SELECT n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq "
        "JOIN NETranslation t ON t.idseq = k.idseq JOIN NETransType tt ON tt.tid = t.ID "
        "WHERE k.text = ? AND tt.text = 'person'", (written,))
    assert rows, written
    return rows[0][0]


@pytest.mark.parametrize(("written", "expected"), [
    ("安野モヨコ", "Anno Moyoko"),      # UniDic: 安野 + モ (a particle) + ヨコ
    ("桜井センリ", "Sakurai Senri"),    # セ + ン + リ, three symbols
    ("中田カウス", "Nakata Kausu"),
    ("川手ミトヨ", "Kawade Mitoyo"),    # ミ, a symbol, + トヨ
    ("及川ヒロオ", "Oikawa Hiroo"),     # オ after o is a vowel of its own
    ("金沢イボンヌ", "Kanazawa Ibonnu"),  # 金沢 is a glossary word
])
def test_katakana_given_name_is_one_word(written: str, expected: str) -> None:
    given = re.search("[\u30a1-\u30fa\u30fc]+$", written)
    assert given is not None and _jmnedict_person(written).endswith(given.group())
    assert romanize(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("高橋ルミコ", "Takahashi Rumiko"),  # UniDic's own given name
    ("尼野ゆたか", "Amano Yutaka"),      # hiragana, as before
    ("東京タワー", "Tōkyō tawā"),        # no family name: a place and a word
])
def test_other_names_and_words_unchanged(written: str, expected: str) -> None:
    assert romanize(written) == expected


def _letters(romaji: str) -> str:
    """Letters only, long vowels folded (Hiroo, Hirō and Hirou alike)."""
    plain = romaji.lower().translate(str.maketrans("āīūēō", "aiueo"))
    return re.sub("[^a-z]", "", plain).replace("ou", "o").replace("oo", "o").replace("uu", "u")


def test_jmnedict_katakana_given_names_are_one_word() -> None:
    """Of the 473 people JMnedict writes as kanji + katakana, the katakana are the
    romanisation's last word for all but 13 (22 before: *Anno mo yoko*, *Sakurai se n ri*,
    *Nakata ka u su*, *Kawade mi Toyo*)."""
    rows = jamdict_rows(
        "SELECT DISTINCT k.text FROM NEKanji k JOIN NETranslation t ON t.idseq = k.idseq "
        "JOIN NETransType tt ON tt.tid = t.ID WHERE tt.text = 'person' "
        "AND k.text GLOB '*[ァ-ヺ]'")
    names = [m for m in (_KANJI_KATAKANA.fullmatch(r[0]) for r in rows) if m]
    assert len(names) > 400
    split = [m.group(0) for m in names
             if _letters(romanize(m.group(0)).split()[-1]) !=
             _letters(kana_to_romaji(to_hiragana(m.group(2))))]
    assert len(split) <= 13, split
