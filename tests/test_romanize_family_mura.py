"""A family name ending in 村 or 町 before a given name is one name, not a village or a
town with its administrative suffix hyphenated (喜多村緑郎 Kitamura Rokurō, not
"Kita-mura Rokurō"); a village or town named alone keeps its hyphen."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jpterms.romanize import Romanizer

DATA = Path(__file__).parent / "data"


def _gold(path: str, written: str) -> str:
    with open(DATA / path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["japanese"] == written:
                return row.get("gold_romaji") or row["kana"]
    raise LookupError(written)


@pytest.mark.parametrize(("path", "written"), [
    ("lookup/aozora_authors.tsv", "喜多村緑郎"),  # Aozora Bunko's author, Kitamura Rokurō
    ("lookup/marc_pairs.tsv", "三田村鳶魚"),
    ("readings/jawiki_draw.tsv", "喜多村牧"),  # Wikipedia titles (きたむらまき)
    ("readings/jawiki_draw.tsv", "野々村耕造"),
    ("readings/jawiki_draw.tsv", "野々村一男"),
])
def test_a_family_name_ending_in_mura_is_not_divided_before_a_given_name(
        path: str, written: str) -> None:
    _gold(path, written)  # (the row is real dev data)
    family = Romanizer().romanize(written).split()[0]
    assert "-" not in family
    assert family.lower().endswith("mura")


def test_a_village_or_town_alone_keeps_its_hyphen() -> None:
    assert Romanizer().romanize("大和村") == "Yamato-son"
    assert Romanizer().romanize("田村町") == "Tamura-machi"
    assert Romanizer().romanize("中村区") == "Nakamura-ku"
