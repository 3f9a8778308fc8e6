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


def test_adnominal_begins_a_title() -> None:
    # Mozc charges an adnominal (連体詞) far more than a noun for beginning a sentence; a
    # title begins with one as readily: 我が生活, not the noun 我 read わが + 生活
    from lookup_rows import query_for

    query = query_for("aozora_filenames.tsv", "我が生活")
    assert query == "Waga seikatsu"
    assert lookup(query)[0].kanji == "我が生活"
    assert lookup("Waga hansei o kataru")[0].kanji == "我が半生を語る"
    # only an adnominal spelled as written: 当の (とうの) is no *Tono* of *Tono monogatari*
    assert "当の物語" not in [m.kanji for m in lookup("Tono monogatari")]


def test_adnominal_refund_is_no_name() -> None:
    # a name's first word stays a name (翁, not 大きな), and Mozc's phrase 大きな輪 for the
    # whole written word Okinawa is no adnominal of its own
    assert lookup("Okina Kyuin")[0].kanji == "翁久允"
    assert "大きな吸引" not in [m.kanji for m in lookup("Okina Kyuin")]
    assert "大きな輪社会保険事務局" not in [
        m.kanji for m in lookup("Okinawa shakai hoken jimukyoku")]
