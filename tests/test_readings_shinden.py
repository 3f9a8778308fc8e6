"""新田 after another part of a place's name: the new fields, しんでん, not the family name
にった (JMnedict's places X + 新田 end in しんでん 1,247 times, otherwise 13)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import romanize


def test_shinden_after_a_place_part() -> None:
    # Wikipedia's readings: were あだちにった and てんしんじにったむら
    schools = reading_gold("jawiki_schools.tsv")
    villages = reading_gold("jawiki_villages.tsv")
    for gold, name in ((schools, "東京都立足立新田高等学校"), (villages, "天真寺新田村")):
        assert kana_of(name) == gold[name], name
    assert romanize("天真寺新田村") == "Tenshinjishinden-mura"  # (a village: one word)


def test_nitta_stands_alone_and_as_a_family_name() -> None:
    assert kana_of("新田義貞") == "にったよしさだ"
    assert kana_of("新田村") == "しんでんむら"  # as before: Mozc's whole
