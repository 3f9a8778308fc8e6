"""Rebuild the phrase-title reading sets (development + held out) from the Wikipedia dictionary.

Usage::

    python tests/data/readings/make_phrase_titles.py SKK-JISYO.jawiki

``SKK-JISYO.jawiki`` is github:tokuhirom/jawiki-kana-kanji-dict@0579823 (titles of Japanese
Wikipedia articles with the reading each article's first sentence gives; MIT-licensed
dictionary, content from Wikipedia, CC BY-SA). This set keeps only titles written as a
*phrase*: kanji together with hiragana (particles, verb and adjective endings) and optionally
katakana, 4 to 20 characters, such as the titles of films, books, songs, television series
and events (天国と地獄, 狂った果実, 風と共に去りぬ). That is the shape of the judges' film and
book titles, which the random draw of ``make_second_sets.py`` (mostly people) rarely holds.
Rows already in ``jawiki_titles.tsv`` or its held-out half are left out. Rows are drawn with
a fixed seed; every other drawn row is held out. Nothing here is tuned: the filters only drop
rows whose gold cannot be a Japanese reading of the written form (Latin letters, digits,
Korean or Chinese readings).
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

from make_second_sets import FOREIGN, skk_entries  # (run from this folder's script path)

HERE = Path(__file__).resolve().parent
SOURCE = "github:tokuhirom/jawiki-kana-kanji-dict@0579823:SKK-JISYO.jawiki"
WRITTEN = re.compile(r"[\u4e00-\u9fff々〆ヶ\u3041-\u309f\u30a1-\u30faー・]+")
KANJI = re.compile(r"[\u4e00-\u9fff]")
HIRAGANA_IN = re.compile(r"[\u3041-\u3096]")
READING = re.compile(r"[\u3041-\u3096ー]+")


def phrase_rows(path: Path, known: set[str]) -> list[dict[str, str]]:
    rows = []
    for reading, written in skk_entries(path):
        if not (4 <= len(written) <= 20 and WRITTEN.fullmatch(written)
                and KANJI.search(written) and HIRAGANA_IN.search(written)
                and READING.fullmatch(reading) and not FOREIGN.search(reading)
                and written not in known):
            continue
        rows.append({"source": SOURCE, "japanese": written, "kana": reading,
                     "notes": "Wikipedia article title written as a phrase (work, event, term)"})
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    known = set()
    for name in ("jawiki_titles.tsv", "heldout/jawiki_titles_heldout.tsv"):
        with (HERE / name).open(encoding="utf-8") as fh:
            known |= {r["japanese"] for r in csv.DictReader(fh, delimiter="\t")}
    rows = phrase_rows(Path(argv[1]), known)
    print(f"{len(rows)} phrase titles", file=sys.stderr)
    drawn = random.Random(4).sample(rows, min(800, len(rows)))
    for name, part in (("jawiki_phrase_titles.tsv", drawn[0::2]),
                       ("heldout/jawiki_phrase_titles_heldout.tsv", drawn[1::2])):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, ["source", "japanese", "kana", "notes"], delimiter="\t",
                                 lineterminator="\n")
            out.writeheader()
            out.writerows(part)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
