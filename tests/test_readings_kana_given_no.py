"""A given name written in kana that begins with の is one word: the の is the name's
own, not the genitive of a clan name, which kanji names leave unwritten."""

from __future__ import annotations

from jpterms.romanize import Romanizer, explain


def test_a_kana_given_name_keeps_its_first_no() -> None:
    # the manga artist 川崎のぼる (JMnedict's person かわさきのぼる, Wikipedia
    # かわさきのぼる) was "Kawasaki no Boru"
    assert Romanizer().romanize("川崎のぼる") == "Kawasaki Noboru"
    assert explain("川崎のぼる")[1].romaji == "Noboru"


def test_the_genitive_of_a_clan_name_stays() -> None:
    assert Romanizer().romanize("菅原道真") == "Sugawara no Michizane"
    assert Romanizer().romanize("紀貫之") == "Ki no Tsurayuki"
