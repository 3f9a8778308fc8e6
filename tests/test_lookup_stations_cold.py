"""A look-up asks JMnedict for the stations of the readings it meets, one indexed query
each, instead of reading all 8,000 of them on its first query (about a fifth of a cold
``jpterms lookup``'s time); and the glossary's reading beginnings are searched, not listed."""

from __future__ import annotations

from jpterms.dictionaries import jamdict_rows
from jpterms.glossary import Glossary
from jpterms.lattice import Prefixes
from jpterms.names import station_names
from jpterms.reverse import ReverseEngine
from jpterms.stations import Stations

#: Every station JMnedict lists, walked as the look-up once read them all.
_EVERY_STATION = (
    "SELECT a.text, k.text FROM NETransType t JOIN NETranslation tr ON t.tid = tr.ID "
    "JOIN NEKana a ON a.idseq = tr.idseq JOIN NEKanji k ON k.idseq = tr.idseq "
    "WHERE t.text = 'station'"
)


def _every_station() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for reading, written in jamdict_rows(_EVERY_STATION):
        if reading.endswith("えき") and written.endswith("駅") and len(written) > 1:
            names = found.setdefault(reading[:-2], [])
            name = written[:-1].replace("ヶ", "ケ")
            if name not in names:
                names.append(name)
    return {reading: tuple(names) for reading, names in found.items()}


def test_each_reading_gives_the_stations_and_order_of_the_whole_list() -> None:
    every = _every_station()
    assert len(every) > 8000
    assert sum(len(names) > 1 for names in every.values()) > 100  # orders are compared too
    assert {r: station_names(r) for r in every} == every
    assert station_names("げんば") == ()


def test_the_engine_asks_only_for_the_readings_it_meets() -> None:
    asked: list[str] = []

    def more(reading: str) -> tuple[str, ...]:
        asked.append(reading)
        return station_names(reading)

    engine = ReverseEngine(Glossary.bundled())
    from jpterms.package_data import read_rows

    engine.__dict__["_stations"] = Stations(read_rows("stations.tsv"), more)
    found = engine.search("Shinagawa", limit=5)
    assert found and found[0].kanji == "品川"
    assert 0 < len(asked) < 20
    assert len(asked) == len(set(asked))  # each reading asked once
    before = len(asked)
    engine.search("Shinagawa", limit=3)
    engine._station_words("しながわ")
    assert len(asked) == before  # remembered


def test_glossary_beginnings_answer_as_the_set_of_every_beginning() -> None:
    engine = ReverseEngine(Glossary.bundled())
    readings = [*engine._glossary_readings, *engine._numbers, *engine._citations.readings]
    every = {r[:i] for r in readings for i in range(1, len(r) + 1)}
    prefixes = engine._glossary_prefixes
    assert isinstance(prefixes, Prefixes)
    assert all(p in prefixes for p in every)
    # and nothing else: every beginning one letter longer that no reading has
    others = {p + ch for p in every for ch in "あんう"} - every
    assert others and not any(p in prefixes for p in others)
