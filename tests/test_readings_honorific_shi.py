"""氏 after a one-kanji family name is the honorific (森氏 Mori-shi, "Mr Mori"), not the
end of a given name JMnedict lists whole (もりうじ); in a given name after a family name
it stays うじ (足利義氏 Ashikaga Yoshiuji)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons

LOOKUP = Path(__file__).parent / "data" / "lookup"


def _one_kanji_family_names() -> dict[str, str]:
    """Kanji → romaji of the one-kanji family names of the dev people's files (Wikidata
    scholars, writers and people of history, Aozora's authors) with names of at most three
    kanji, that jpterms reads in the person's name as the source does."""
    found: dict[str, str] = {}
    for name in ("wikidata_scholars", "wikidata_writers", "wikidata_historical",
                 "aozora_authors"):
        with (LOOKUP / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                gold = row["gold_romaji"].split()
                if len(gold) != 2 or len(row["japanese"]) > 3:
                    continue  # (a one-kanji family name and a given name of one or two)
                words = jpterms.explain(row["japanese"])
                if len(words) == 2 and len(words[0].text) == 1 and \
                        strip_macrons(words[0].romaji).lower() == strip_macrons(gold[0]).lower():
                    found.setdefault(words[0].text, words[0].romaji)
    return found


def test_real_family_names_with_the_honorific() -> None:
    """Of the 27 such names, 17 were "Seki-shi" before (the rest Sekiuji, Moriuji,
    Kitauji...); now 22 are; the rest UniDic reads as no family name before 氏 (千氏
    Senshi)."""
    names = _one_kanji_family_names()
    assert len(names) >= 25
    right = [k for k, romaji in names.items() if jpterms.romanize(k + "氏") == f"{romaji}-shi"]
    assert len(right) >= 21, sorted(set(names) - set(right))


@pytest.mark.parametrize(("text", "romaji"), [
    ("森氏の研究", "Mori-shi no kenkyū"),
    ("足利義氏", "Ashikaga Yoshiuji"),  # a given name after a family name
    ("北条氏政", "Hōjō Ujimasa"),
    ("源氏", "Genji"),
    ("藤原氏", "Fujiwara-shi"),
])
def test_shi_in_context(text: str, romaji: str) -> None:
    assert jpterms.romanize(text) == romaji
