"""Rebuild the film-title sets (development + held out).

Usage::

    python tests/data/readings/make_film_titles.py data.json

Two outside sources, each split on its own (rows shuffled with a fixed seed; every other
row held out):

* ``film_titles_ghibli``: ``data.json`` is github:janaipakos/ghibliapi@476ded5 (MIT): each
  film's Japanese title (``original_title``) with the romanisation the API gives
  (``original_title_romanised``, Hepburn with macrons: *Tenkū no shiro Rapyuta*, *Majo no
  takkyūbin*). Kept as written, quirks included (*Mimi wo sumaseba* writes を as wo;
  *Omoide no Marnie* and *Kaguya-Hime* are the English release's spellings).
* ``film_titles_kurosawa``: ``sources/kurosawa_films_wikipedia.tsv``, the films Kurosawa
  directed from 1943 to 1961 with the Japanese title and the "Romanized title" (Hepburn with
  macrons) of English Wikipedia's table "List of works by Akira Kurosawa" (as mirrored at
  wikimili.com/en/List_of_works_by_Akira_Kurosawa; Wikipedia text CC BY-SA 4.0), copied by
  hand from the page's first rows. 醜聞 is left out: the table romanises it two ways
  (*Sukyandaru (Shūbun)*).
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GHIBLI = "github:janaipakos/ghibliapi@476ded5:data.json (MIT)"
KUROSAWA = ("en.wikipedia.org List of works by Akira Kurosawa, via "
            "wikimili.com/en/List_of_works_by_Akira_Kurosawa (CC BY-SA 4.0)")
FIELDS = ["source", "japanese", "gold_romaji", "kind"]


def write(name: str, rows: list[dict[str, str]]) -> None:
    random.Random(20261129).shuffle(rows)
    for path, part in ((HERE / f"{name}.tsv", rows[0::2]),
                       (HERE / "heldout" / f"{name}_heldout.tsv", rows[1::2])):
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
            out.writeheader()
            out.writerows(part)


def main(argv: list[str]) -> int:
    films = json.loads(Path(argv[1]).read_text(encoding="utf-8"))["films"]
    write("film_titles_ghibli", [
        {"source": GHIBLI, "japanese": f["original_title"],
         "gold_romaji": f["original_title_romanised"], "kind": "film"} for f in films])
    with (HERE / "sources" / "kurosawa_films_wikipedia.tsv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh, delimiter="\t"))
    write("film_titles_kurosawa", [
        {"source": KUROSAWA, "japanese": r["japanese"], "gold_romaji": r["romanized"],
         "kind": "film"} for r in table if "(" not in r["romanized"]])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
