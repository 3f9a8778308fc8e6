"""Readings a title's first word, or its last, cannot take (jpterms.lookup)."""
from __future__ import annotations

from jpterms import lookup


def _kana(query: str) -> list[str]:
    return [m.kana for m in lookup(query)]


def test_compound_voiced_reading_does_not_begin_a_query() -> None:
    # 時計 read どけい is the second part of 砂時計: nothing before it voices it here
    assert [m.kanji for m in lookup("Doke no hana")][:1] == ["道化の花"]
    assert "どけい" not in _kana("Doke")[0]
    assert lookup("Doke")[0].kanji == "道化"


def test_compound_voiced_reading_inside_a_compound_stays() -> None:
    assert lookup("Suna dokei")[0].kanji == "砂時計"
    assert lookup("Sunadokei")[0].kanji == "砂時計"
    assert lookup("Tokei")[0].kana in ("とけい", "とうけい")


def test_final_ha_after_no_is_a_noun() -> None:
    # の + は asks for a predicate: the title ends on the noun 葉
    assert lookup("Ichijikuno ha")[0].kanji == "無花果の葉"
    assert "無花果のは" not in [m.kanji for m in lookup("Ichijikuno ha")]
    assert lookup("Sakura no ha")[0].kanji == "桜の葉"


def test_final_particle_wa_stays() -> None:
    assert lookup("Boku wa")[0].kanji == "僕は"
    assert lookup("Boku ha")[0].kanji == "僕は"
