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
    assert engine._given_in_first_word(path, query_slots(query))
    query = "Asano Nagatomo"  # a surname, then a surname read as a given name: as written
    path = engine.paths(query, limit=5)[0]
    assert not engine._given_in_first_word(path, query_slots(query))
    assert _kanji(query)[0] == "浅野長友"


def test_names_written_given_name_first_still_come_surname_first() -> None:
    assert _kanji("Ryuzoh Kikushima")[0] == "菊島隆三"
    assert _kanji("Miyoshi Unzen")[0] == "三好雲仙"  # a name either way: as written
