"""A glossary entry a letter away from a query stands for a typo (*Hammondo*: ハモンド).
Where the engine reads the query as one listed word after another, each reading it whole,
the query is no typo: those words come before the entry a letter away (dev rows of
tests/data/lookup)."""

from __future__ import annotations

import pytest

import jpterms


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


@pytest.mark.parametrize(("query", "second", "typo"), [
    ("Shishin", "私信", "市史"),  # aozora_titles_more: 私信, was third after 市史 (shishi)
    ("hanrei", "凡例", "繁栄"),  # hdic_terms: 凡例, was third after 繁栄 (han'ei)
    ("shotai", "書体", "訪台"),  # hdic_terms
    ("Kaisei", "開成", "規制"),  # stations_miehorts: the station, was after 規制 (kisei)
])
def test_words_reading_the_query_come_before_a_typo(query: str, second: str,
                                                     typo: str) -> None:
    found = _kanji(query)
    assert found[1] == second
    assert typo not in found[:2]


def test_a_query_read_only_in_pieces_still_finds_the_typo() -> None:
    assert "ハモンド" in _kanji("Hammondo")[:2]
    assert _kanji("Ookayama")[:2] == ["大岡山", "岡山"]  # the glossary's entry, one o less


def test_the_first_pieced_reading_is_found() -> None:
    from importlib import import_module

    lookup_module = import_module("jpterms.lookup")
    from jpterms.glossary import Glossary
    engine = Glossary.bundled().reverse_engine
    found = engine.search("Hammondo", limit=5)
    assert lookup_module._first_pieced(found) == 1
    found = engine.search("Shishin", limit=5)
    assert lookup_module._first_pieced(found) == len(found)
