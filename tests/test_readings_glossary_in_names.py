"""A common word of the glossary does not read a name: inside a name Mozc lists whole
(井田両国堂), or as the given name UniDic reads after a family name (佐野 + 量子)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_glossary_term_gives_way_to_a_name_mozc_lists() -> None:
    # Wikipedia's reading (tests/data/readings): was いだりょうこくどう, the glossary's
    # 両国 りょうこく "both countries"
    houses = reading_gold("jawiki_houses.tsv")
    assert kana_of("井田両国堂") == houses["井田両国堂"] == "いだりょうごくどう"
    # the term still reads a run Mozc does not list whole
    assert Romanizer().romanize("両国関係") == "Ryōkoku kankei"


def test_a_glossary_term_is_no_given_name() -> None:
    # UniDic reads 量子 and 等 as given names after a family name; the glossary's terms
    # (りょうし "quantum", とう "etc.") made them Sano ryōshi and Hanai tō
    r = Romanizer()
    assert r.romanize("佐野量子") == "Sano Ryōko"  # JMnedict's person さのりょうこ
    assert kana_of("花井等") == reading_gold("jawiki_draw.tsv")["花井等"] == "はないひとし"
    # after anything else the term stands
    assert r.romanize("量子力学") == "Ryōshi rikigaku"
    assert kana_of("三原則等") == "さんげんそくとう"


def test_a_family_name_from_a_glossary_person_gives_way_to_mozcs_whole_name() -> None:
    # the glossary's 中谷元 is Nakatani; Mozc lists 中谷文彦 なかやふみひこ (Wikipedia's
    # reading, tests/data/readings; was なかたにふみひこ)
    assert kana_of("中谷文彦") == reading_gold("jawiki_draw.tsv")["中谷文彦"] == "なかやふみひこ"
    assert Romanizer().romanize("中谷元") == "Nakatani Gen"  # the glossary's own person


def test_a_one_kanji_glossary_term_gives_way_to_a_word_mozc_lists() -> None:
    # the glossary's suffix 後 ご ("as in 緩和後"): Mozc lists 後舌母音 あとじたぼいん
    r = Romanizer()
    assert r.romanize("後舌母音") == "Atojita boin"  # was Gozetsu boin
    assert r.romanize("緩和後") == "Kanwago"  # the suffix where Mozc lists no whole
