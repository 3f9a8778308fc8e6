"""Rebuild the film-title sets (development + held out) from the Studio Ghibli API's data.

Usage::

    python tests/data/readings/make_film_titles.py data.json

``data.json`` is github:janaipakos/ghibliapi@476ded5 (MIT): each film's Japanese title
(``original_title``) with the romanisation the API gives (``original_title_romanised``,
Hepburn with macrons: *Tenkū no shiro Rapyuta*, *Majo no takkyūbin*). The romanisations are
kept as written, quirks included (*Mimi wo sumaseba* writes を as wo; *Omoide no Marnie* and
*Kaguya-Hime* are the English release's spellings), so a few rows cannot be matched letter
for letter. Rows are shuffled with a fixed seed; every other row is held out.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = "github:janaipakos/ghibliapi@476ded5:data.json (MIT)"


def main(argv: list[str]) -> int:
    films = json.loads(Path(argv[1]).read_text(encoding="utf-8"))["films"]
    rows = [{"source": SOURCE, "japanese": f["original_title"],
             "gold_romaji": f["original_title_romanised"], "kind": "film"} for f in films]
    random.Random(20261129).shuffle(rows)
    for name, part in (("film_titles_ghibli.tsv", rows[0::2]),
                       ("heldout/film_titles_ghibli_heldout.tsv", rows[1::2])):
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, ["source", "japanese", "gold_romaji", "kind"],
                                 delimiter="\t", lineterminator="\n")
            out.writeheader()
            out.writerows(part)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
