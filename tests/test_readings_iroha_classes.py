"""A letter of the iroha order that numbers a class of ships (``iroha_classes`` in
word_division.json): 呂十六型潜水艦 ro jūroku-gata, as the Imperial Navy named its
submarines (伊号, 呂号, 波号), where UniDic reads 呂 ryo and 波 nami."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_ship_class_letter_before_its_number_reads_as_the_letter() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): were りょじゅうろくがた...
    gold = reading_gold("jawiki_draw.tsv")
    for title in ("呂十六型潜水艦", "呂十一型潜水艦"):
        assert kana_of(title) == gold[title]
    assert romanize("呂十六型潜水艦") == "Ro jūrokugata sensuikan"
    assert kana_of("波号潜水艦") == "はごうせんすいかん"
    assert kana_of("伊号潜水艦") == "いごうせんすいかん"


def test_the_kanji_elsewhere_keep_their_words() -> None:
    # no 号 nor a numeral that 型 or 号 ends: 律呂 (the pitches), waves
    assert kana_of("律呂") == "りつりょ"
    assert kana_of("大波三つ") == "おおなみみっつ"
