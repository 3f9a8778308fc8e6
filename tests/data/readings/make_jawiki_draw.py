"""Rebuild ``jawiki_draw.tsv``: 5,000 Wikipedia titles with their readings, a seeded draw
for counting which kinds of reading the romaniser gets wrong (development only).

Usage::

    python tests/data/readings/make_jawiki_draw.py SKK-JISYO.jawiki

``SKK-JISYO.jawiki`` is github:tokuhirom/jawiki-kana-kanji-dict@0579823 (titles of Japanese
Wikipedia articles with the reading each article's first sentence gives; MIT-licensed
dictionary, content from Wikipedia, CC BY-SA). Every title with one written form and one
reading that passes the filters of ``make_second_sets.py`` (2-14 kanji and kana, no
station, no Korean or Chinese reading) and is in no other set of ``tests/data``
(development or held out) is shuffled with seed 17; the first 5,000 are kept. The random
draw of ``jawiki_titles.tsv`` has 400 rows, too few to count a kind of error that costs
one row in a hundred (the toll gates' 料金所 じょ: 6 of these 5,000).
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from make_second_sets import jawiki_rows, known_rows  # (this folder)

HERE = Path(__file__).resolve().parent
NAME = "jawiki_draw.tsv"




def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    seen = known_rows({NAME})
    rows = jawiki_rows(Path(argv[1]))
    count: dict[str, int] = {}
    for r in rows:
        count[r["japanese"]] = count.get(r["japanese"], 0) + 1
    rows = [r for r in rows if count[r["japanese"]] == 1 and r["japanese"] not in seen]
    random.Random(17).shuffle(rows)
    with (HERE / NAME).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["source", "japanese", "kana", "notes"])
        for r in rows[:5000]:
            out.writerow([r["source"], r["japanese"], r["kana"], r["notes"]])
    print(f"{NAME} 5000 of {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
