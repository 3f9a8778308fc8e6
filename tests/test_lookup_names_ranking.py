"""Which spelling of a person's name lookup puts first, and what reaches its top five.

The queries are real rows of tests/data/lookup (Wikidata's scholars, writers and people of
history, Aozora Bunko's authors, Drixler's index; provenance in that folder's README), with
their macrons stripped as lookup_accuracy.py queries them. Each test failed before the
mechanism it names.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons
from jpterms.lattice import Edge, query_slots
from jpterms.reverse import ReverseEngine

DATA = Path(__file__).parent / "data" / "lookup"


def _query(file: str, japanese: str) -> str:
    """The macron-less romaji of the row of ``file`` whose Japanese is ``japanese``."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    return strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))


def _kanji(query: str, limit: int = 5) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query, limit=limit)]


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_authors.tsv", "辰野九紫"),  # Kyushi: 九紫, not 休止 "pause"
    ("wikidata_scholars.tsv", "中西洋"),  # Yo: 洋, not 用 "use"
])
def test_a_given_name_mozc_lists_beyond_the_cheapest_words_is_found(file: str,
                                                                    japanese: str) -> None:
    """The lattice keeps a few words per span, the cheapest of every kind; the given names
    Mozc lists for the last written word of a name are searched as well."""
    assert _kanji(_query(file, japanese))[0] == japanese


def test_the_given_names_mozc_lists_are_words_of_the_lattice() -> None:
    """The given names Mozc lists for *Kyushi* are words of the lattice of *Tatsuno
    Kyushi*, 九紫 among them (it was not: 休止 "pause", 給し, きゅうし filled the span),
    and the surnames it lists for *Tatsuno* (辰野, 龍野)."""
    engine = ReverseEngine()
    slots = query_slots("Tatsuno Kyushi")
    edges: list[list[Edge]] = [[] for _ in slots]
    engine._add_name_words(edges, slots)
    start = next(i for i, s in enumerate(slots) if s.word == 1)
    assert "九紫" in {e.written for e in edges[start]}
    assert {"辰野", "龍野"} <= {e.written for e in edges[0]}
    assert all(e.end == len(slots) for e in edges[start])


def test_an_untyped_jmnedict_name_is_a_given_name_after_a_surname() -> None:
    """JMnedict lists 茂時 without a type; after a surname it is priced as a given name,
    not as a noun, so 北条茂時 reaches the top five (補助茂時 "assistance" did before)."""
    results = _kanji(_query("wikidata_historical.tsv", "北条茂時"))
    assert "北条茂時" in results
    assert not any(k.startswith("補助") for k in results)


@pytest.mark.parametrize(("file", "japanese", "before"), [
    ("wikidata_writers.tsv", "林由香里", "林縁"),
    ("wikidata_writers.tsv", "柴田聡子", "柴田聖子"),
    ("aozora_authors.tsv", "森川義信", "森川由伸"),
])
def test_a_given_name_many_people_bear_comes_first(file: str, japanese: str,
                                                   before: str) -> None:
    """Among a reading's given names, the spelling more people bear (JMnedict's full names)
    comes first: Mozc ranks 縁 as a word before 由香里 as a name."""
    results = _kanji(_query(file, japanese))
    assert results[0] == japanese
    assert before in results  # still an answer, after it


@pytest.mark.parametrize(("query", "person"), [
    ("Date Masamune", "伊達政宗"),  # not 伊達正宗, a given name more people bear
    ("Fujikawa Yu", "富士川游"),  # Mozc's whole name, not 藤川優
])
def test_a_known_person_stays_first_whoever_else_bears_the_given_name(query: str,
                                                                     person: str) -> None:
    assert _kanji(query)[0] == person
