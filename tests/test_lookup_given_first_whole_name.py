"""A name English writes given name first whose given name reads, as written, as a whole
name of its own (*Morisaburoh Tauchi*: 森 + 三郎 + 田内) is no person's name surname first:
the other order (田内森三郎) is not charged for a reading as written that only looks like
a name."""

from __future__ import annotations

import jpterms
from jpterms.lattice import query_slots
from jpterms.reverse import ReverseEngine


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_given_name_read_as_a_whole_name_does_not_keep_the_order_as_written() -> None:
    # names_english_forms.tsv: 田内森三郎, written as English writes it
    assert _kanji("Morisaburoh Tauchi")[0] == "田内森三郎"
    assert _kanji("Tauchi Morisaburo")[0] == "田内森三郎"  # surname first, as ever


def test_only_a_given_name_inside_the_first_word_counts() -> None:
    engine = ReverseEngine()
    query = "Morisaburoh Tauchi"
    path = engine.paths(query, limit=5)[0]
    assert path.written == "森三郎田内"
    assert engine._name_lookup.given_in_first_word(path, query_slots(query))
    query = "Asano Nagatomo"  # a surname, then a surname read as a given name: as written
    path = engine.paths(query, limit=5)[0]
    assert not engine._name_lookup.given_in_first_word(path, query_slots(query))
    assert _kanji(query)[0] == "浅野長友"


def test_names_written_given_name_first_still_come_surname_first() -> None:
    assert _kanji("Ryuzoh Kikushima")[0] == "菊島隆三"
    assert _kanji("Miyoshi Unzen")[0] == "三好雲仙"  # a name either way: as written


def test_a_reading_as_written_no_one_bears_does_not_keep_the_order() -> None:
    # names_english_forms.tsv: *Tohsuke Takeno* (武野藤介). Mozc lists 藤助 as a surname
    # and 竹野 as a given name, but none of JMnedict's people is a 藤助 by family name
    # or a 竹野 by given name, while 竹野 is a family name people bear: the name is
    # written the English way, and the reading backwards (藤助竹野) is left out.
    engine = ReverseEngine()
    query = "Tohsuke Takeno"
    best = engine.paths(query, limit=5)[0]
    assert best.written == "藤助竹野"
    assert not engine._name_lookup.borne_as_written(best, query_slots(query))
    found = _kanji(query)
    assert found[0] == "竹野藤助"
    assert "藤助竹野" not in found
    assert "武野藤助" in found  # the source's family name, spelled as people bear it


def test_a_reading_as_written_people_bear_keeps_the_order() -> None:
    engine = ReverseEngine()
    query = "Asano Nagatomo"  # 浅野: 39 of JMnedict's people bear it as a family name
    best = engine.paths(query, limit=5)[0]
    assert engine._name_lookup.borne_as_written(best, query_slots(query))
    assert _kanji("Okuni Tomimaru")[0] == "小国富丸"  # the other order is borne no better


def test_a_first_word_jmnedict_lists_without_a_type_is_read_the_other_way_round() -> None:
    # wikidata_historical.tsv, its English label: JMnedict lists 康景 やすかげ as a name
    # of no type (and as a surname), not as a given name
    assert _kanji("Yasukage Yokota")[0] == "横田康景"
    assert _kanji("Yokota Yasukage")[0] == "横田康景"
