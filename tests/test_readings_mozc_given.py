"""A whole input of a family name and a common word that Mozc lists whole, read as a
given name JMnedict lists for the word, is a person's name: both parts capitalised
(倉石平 Kuraishi Osamu, was Kuraishi osamu)."""

from __future__ import annotations

from conftest import reading_gold
from jpterms.romanize import Romanizer, spells_kana


def test_a_given_name_read_from_a_common_word_takes_a_capital() -> None:
    # Wikipedia's article titles (people) and their kana: all words capitalised, as read
    draw = reading_gold("jawiki_draw.tsv")
    r = Romanizer()
    for name in ("倉石平", "松浦大悟", "小田政治"):
        got = r.romanize(name)
        assert spells_kana(got, draw[name]) and all(w[:1].isupper() for w in got.split()), got
    # Mozc files shrines, offices and a kind of glasses under a name's context too; no
    # given name there, and an administrative suffix stays one (福智町 Fukuchi-machi)
    assert r.romanize("中村神社") == "Nakamura jinja"  # jawiki_houses.tsv
    assert r.romanize("石狩支庁") == "Ishikari shichō"  # jawiki_admin_terms.tsv
    assert r.romanize("伊達眼鏡") == "Date megane"  # jawiki_draw.tsv
    assert r.romanize("福智町") == "Fukuchi-machi"
