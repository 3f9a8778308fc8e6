"""ALA-LC capitalises each separately written word of a geographic name (the table's
Capitalization, place names: Nihon Rettō, Bōsō Hantō), on the natural places of the
development Wikipedia titles (tests/data/readings, jawiki_draw.tsv and jawiki_titles.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms.division import rules

DATA = Path(__file__).parent / "data" / "readings"


def _natural_places_ending_in_a_generic_word() -> list[str]:
    generic = tuple(rules()["ala_lc"]["geographic_words"]["words"])
    found = []
    for name in ("jawiki_draw.tsv", "jawiki_titles.tsv"):
        with (DATA / name).open(encoding="utf-8") as fh:
            found += [row["japanese"] for row in csv.DictReader(fh, delimiter="\t")
                      if row["notes"].endswith("natural place")
                      and row["japanese"].endswith(generic)]
    return found


def test_the_generic_word_after_a_place_is_capitalised_and_nothing_else_changes() -> None:
    places = _natural_places_ending_in_a_generic_word()
    assert len(places) >= 5
    capitalised = 0
    for text in places:
        hepburn, ala_lc = jpterms.romanize(text), jpterms.romanize(text, "ala-lc")
        *head, last = ala_lc.split(" ")
        # the letters are Hepburn's: only a capital may differ
        assert ala_lc.casefold() == hepburn.casefold(), text
        assert " ".join(head) == " ".join(hepburn.split(" ")[:-1]), text
        capitalised += len(head) > 0 and last[:1].isupper()
    assert capitalised >= len(places) - 1  # 弧状列島 is an arc of islands, no place's


def test_a_generic_word_not_after_a_place_stays_lower_case() -> None:
    assert jpterms.romanize("近世の半島と列島", "ala-lc") == "Kinsei no hantō to rettō"
    assert jpterms.romanize("日本の列島", "ala-lc") == "Nihon no rettō"
