"""Station names in reverse lookup: the nationwide list shipped in ``data/stations.tsv``.

The rows come from tests/data/lookup/stations_miehorts.tsv (station signage of JR East, JR
Central and private railways; provenance in that folder's README), queried with their
macrons stripped and without a ``kind`` hint, as a user types a station's name.
"""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms.kana import strip_macrons
from jpterms.package_data import read_rows

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _stations() -> dict[str, str]:
    with (LOOKUP_DATA / "stations_miehorts.tsv").open(encoding="utf-8", newline="") as fh:
        return {strip_macrons(r["gold_romaji"]): r["japanese"]
                for r in csv.DictReader(fh, delimiter="\t")}


def test_a_station_jmnedict_lacks_is_that_station() -> None:
    """JMnedict lists no station 原, 長谷, 大河原 or 大和田, so a word (腹 "belly", 馳) or a
    rarer spelling of the name (小河原, 大輪田) came first; the nationwide list has them."""
    stations = _stations()
    for query in ("Hara", "Hase", "Ogawara", "Owada"):
        assert jpterms.lookup(query)[0].kanji == stations[query], query


def test_a_station_is_written_as_its_railway_writes_it() -> None:
    """Private railways write ヶ (Keiō's 幡ヶ谷, Ryūtetsu's 鰭ヶ崎), JR writes ケ (JR East's
    鰺ケ沢): the list keeps each railway's form, where JMnedict's names were all made ケ."""
    stations = _stations()
    assert jpterms.lookup("Hatagaya")[0].kanji == stations["Hatagaya"] == "幡ヶ谷"
    assert jpterms.lookup("Hiregasaki")[0].kanji == stations["Hiregasaki"] == "鰭ヶ崎"
    assert jpterms.lookup("Ajigasawa")[0].kanji == "鰺ケ沢"


def test_the_station_table_is_well_formed() -> None:
    """Every row is a hiragana reading and a name, without the 駅 or 停留場 the list appends
    (a tram stop named after the station it serves keeps its own: 高岡駅 たかおかえき)."""
    rows = read_rows("stations.tsv")
    assert len(rows) > 8000
    seen = set()
    for row in rows:
        assert len(row) == 2, row
        reading, name = row
        assert reading and all("ぁ" <= ch <= "ゖ" or ch == "ー" for ch in reading), row
        assert name and not name.endswith("停留場"), row
        assert not name.endswith("駅") or reading.endswith("えき"), row
        assert (reading, name) not in seen, row
        seen.add((reading, name))


def test_a_station_says_it_is_one() -> None:
    """A station's English names the station before the word's own senses (原 is the station
    *Hara*, not only "original; primitive"), and its source is the station list."""
    top = jpterms.lookup("Hara")[0]
    assert top.kanji == _stations()["Hara"]
    assert top.source == "station"
    assert top.english.startswith("Hara Station; ")
    assert top.english != jpterms.lookup("Hara", kind="title")[0].english
