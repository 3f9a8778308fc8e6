"""Rebuild ``src/jpterms/data/eras.tsv`` from deadcheat/gengou's era list.

Usage::

    python tests/data/eras/make_eras.py tests/data/eras/gengou_list.txt \
        tests/data/eras/supplement.tsv > src/jpterms/data/eras.tsv

The input is ``docs/list.txt`` of github:deadcheat/gengou@131d2fe2d16bbbf8e474db194bc506bf8404324c
(MIT licence, copied unchanged beside this script): one era per line, romaji, kanji (with
（南朝）/（北朝） for the two courts of 1331–1392), hiragana readings separated by ``/``
(the first is the one the list gives first), first and last day. The list ends with Heisei;
Reiwa is added from the same repository's ``const.go`` at e0763523. ``supplement.tsv``, in
the same layout, adds the eras the list lacks (the Northern Court's 正慶, from Japanese
Wikipedia), each before the first era that began after it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HEADER = """\
# Japanese era names (年号), 大化 (645) to 令和 (2019), and their readings in hiragana: the
# first is the standard reading, the others are readings also in use (承徳 じょうとく/しょうとく).
# From github:deadcheat/gengou@131d2fe docs/list.txt (MIT; Reiwa from const.go@e076352);
# 正慶, which it lacks, from ja.wikipedia.org/wiki/正慶 (CC BY-SA 4.0; tests/data/eras/
# supplement.tsv). Rebuilt by tests/data/eras/make_eras.py. Read by jpterms.eras.
# kanji	readings	first year	last year	court
"""
COURT = re.compile(r"（(南朝|北朝|大覚寺統|持明院統)）$")


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    out = []
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        kanji, readings, start, end = cols[1], cols[2], cols[3], cols[4]
        court = ""
        found = COURT.search(kanji)
        if found:
            court, kanji = found.group(1), kanji[: found.start()]
        out.append((kanji, readings, start.split("/")[0], end.split("/")[0], court))
    out.append(("令和", "れいわ", "2019", "", ""))
    return out


def _day(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("/"))


def main(argv: list[str]) -> int:
    table = rows(Path(argv[1]).read_text(encoding="utf-8"))
    for extra in argv[2:]:
        for line in Path(extra).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 5:
                continue
            (row,) = rows(line)[:1]
            start = _day(cols[3])
            at = next((i for i, other in enumerate(table)
                       if int(other[2]) > start[0]), len(table))
            table.insert(at, row)
    sys.stdout.write(HEADER)
    for row in table:
        sys.stdout.write("\t".join(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
