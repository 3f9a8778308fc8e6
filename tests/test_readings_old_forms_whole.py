"""A whole input in old kanji forms (萬年寺) is read as Mozc lists it as written, where Mozc
lists the modern spelling (万年寺) under no reading: the text is read in modern forms, which
the dictionaries know, but a name's old spelling is what Mozc's word list holds."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_name_in_old_forms_is_read_as_mozc_lists_it() -> None:
    # Wikipedia's readings (tests/data/readings): were まんねんじ, ふつやまでら,
    # おおがたじんしゃ, たけんじんじゃ
    temples = reading_gold("jawiki_temples.tsv")
    houses = reading_gold("jawiki_houses.tsv")
    for text, gold in (("萬年寺", temples), ("佛山寺", temples), ("大縣神社", houses),
                       ("田縣神社", houses)):
        assert kana_of(text) == gold[text], text
    r = Romanizer()
    assert r.romanize("萬年寺") == "Bannenji"
    assert r.romanize("佛山寺") == "Bussanji"
    # the modern spelling is read as before, also after the old one
    assert r.romanize("万年寺") == "Mannenji"


def test_a_person_in_old_forms_is_read_as_mozc_lists_him() -> None:
    # the game designer 岩崎啓眞 (Mozc: いわさきひろまさ, as written; was Keishin): the
    # modern spelling, which Mozc does not list, is read as before
    r = Romanizer()
    assert r.romanize("岩崎啓眞") == "Iwasaki Hiromasa"
    assert r.romanize("岩崎啓真") == "Iwasaki Keishin"
