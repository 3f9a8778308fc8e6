"""A work named after its place (物語, 日記, 紀行 after a place name): the place and the
work's word are one title, so a place whose long vowel the query leaves out still wins
over a common word spelled exactly (*Tono monogatari*, issue 10's example: 遠野物語, not
殿 "lord" + 物語, which it gave; との物語 before that)."""

from __future__ import annotations

from jpterms import lookup


def test_a_place_before_a_work_word_is_the_works_place() -> None:
    # issue 10's table of confident nonsense: Tono monogatari, 遠野物語
    assert lookup("Tono monogatari")[0].kanji == "遠野物語"
    assert "殿物語" not in [m.kanji for m in lookup("Tono monogatari")]


def test_a_word_that_is_also_a_place_is_not_joined_as_one() -> None:
    # 殿 (との) is a place of Mozc's too, but JMdict's word first: it gets no place's bonus
    # (else 殿物語 led, as before); titles that already read right stay
    assert lookup("Tosa nikki")[0].kanji == "土佐日記"
    assert lookup("Yarigatake kiko")[0].kanji == "槍ヶ岳紀行"
    assert lookup("Tokyo monogatari")[0].kanji == "東京物語"


def test_a_place_in_katakana_is_not_joined() -> None:
    # film_titles_more (readings dev): Mozc's katakana トウキョウ took second place from
    # 東京ものがたり when any place joined
    assert [m.kanji for m in lookup("Tokyo monogatari")][:2] == ["東京物語", "東京ものがたり"]
