"""Name lists drawn from JMnedict for lookup: railway stations by reading.

JMnedict (shipped in jamdict-data) marks some 8,000 entries as stations, written
with 駅 (品川駅 しながわえき). Without the 駅 they are the names people cite
(``Shinagawa``); a one-name query that reads as a station is most likely that
place. Station names are written with a full-size ケ, as the railways write
them (鰺ケ沢), where JMnedict writes ヶ.

>>> stations = load_station_names()
>>> stations["しながわ"], stations["あじがさわ"]
(('品川',), ('鰺ケ沢',))
"""

from __future__ import annotations

from jpterms.dictionaries import jamdict_rows

__all__ = ["load_station_names"]

_STATIONS = (
    "SELECT a.text, k.text FROM NETransType t JOIN NETranslation tr ON t.tid = tr.ID "
    "JOIN NEKana a ON a.idseq = tr.idseq JOIN NEKanji k ON k.idseq = tr.idseq "
    "WHERE t.text = 'station'"
)


def load_station_names() -> dict[str, tuple[str, ...]]:
    """Station names by hiragana reading, read from JMnedict (about 0.1 s; keep the result)."""
    found: dict[str, list[str]] = {}
    for reading, written in jamdict_rows(_STATIONS):
        if reading.endswith("えき") and written.endswith("駅") and len(written) > 1:
            name = written[:-1].replace("ヶ", "ケ")
            names = found.setdefault(reading[:-2], [])
            if name not in names:
                names.append(name)
    return {reading: tuple(names) for reading, names in found.items()}
