"""Rebuild the second film-title set (development + held out).

Usage::

    python tests/data/readings/make_film_titles_more.py

Real Japanese film titles with the Hepburn romanisation (with macrons) an outside source gives,
read from three copies under ``sources/`` (each file's first lines say where its rows come from):

* ``sources/cineaste_films.tsv``: the 250 films of the Godzilla Cineaste site (J. Tortorelli;
  tokusatsu, jidaigeki, Zatōichi, Gamera, anime and live-action features from 1954 to 2016),
  github:jtortorelli/godzilla-cineaste-phoenix-flyio@42cfda2a
  ``priv/scripts/film_original_title_insert.exs``: Japanese title and ``transliteration``,
  every word capitalised (*Gojira No Gyakushū*). No licence stated; titles and romanisations
  are facts.
* ``sources/film_titles_wikipedia.tsv``: 16 films with the romanisation of the first sentence
  of their English Wikipedia article (*Banshun*, *Ninjō kami fūsen*), CC BY-SA 4.0.
* ``sources/cne_fixture_films.tsv``: the one film of the Japanese citation fixtures of
  github:boan-anbo/cite-non-english (*Tōkyō Monogatari*).

Left out: a title with Latin letters (ALWAYS 三丁目の夕日, ゴジラvsビオランテ: half of it is
English or a symbol, not a reading), a film with no romanisation, a film already in
``film_titles_ghibli``/``film_titles_kurosawa`` or in any file under ``heldout/``, a second
film of the same title (ゴジラ, モスラ, 日本沈没, 椿三十郎: the first is kept), and the rows
listed in ``MISREAD``, whose romanisation is not a reading of the title (a word dropped or
misspelt). Otherwise the source's spelling is kept, quirks included (*Chiwosuu Bara* writes
を as wo; numerals read or kept as the source has them: *Ido Zero Daisakusen*, *Gamera 2
Region Shūrai*).

Each source's rows are shuffled on their own with the seed of ``make_film_titles.py`` and every
other row is held out (``heldout/film_titles_more_heldout.tsv``), so that each source is split
in half.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
FIELDS = ["source", "japanese", "gold_romaji", "kind"]
CINEASTE = ("github:jtortorelli/godzilla-cineaste-phoenix-flyio@42cfda2a:"
            "priv/scripts/film_original_title_insert.exs (no licence stated)")
CNE = ("github:boan-anbo/cite-non-english@27be61d2:"
       "test/csl-tests/fixtures/unified-fixtures.ts (no licence found)")
# Cineaste rows whose romanisation is not a reading of the title: slug -> why.
MISREAD = {
    "gamera-vs-guiron-1969": "ガメラ対大悪獣ギロン as Daiwarujū, 対 dropped",
    "kaiji-2009": "カイジ as Kaiju",
    "rebirth-of-mothra-ii-1997": "大決戦 as Daisakusen",
    "son-of-godzilla-1967": "怪獣島 as Kaijū-to (島 tō without its macron)",
    "princess-blade-2001": "修羅 as Shūra (shura)",
    "lake-of-dracula-1971": "血を吸う as Chiwosu (a letter lost)",
}
LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def table(path: Path) -> list[dict[str, str]]:
    """The rows of a source copy, its leading ``#`` provenance lines skipped."""
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def taken() -> set[str]:
    """Titles already in the first film sets or anywhere under heldout/."""
    paths = [HERE / "film_titles_ghibli.tsv", HERE / "film_titles_kurosawa.tsv"]
    paths += sorted((HERE / "heldout").glob("*.tsv"))
    seen: set[str] = set()
    for path in paths:
        if path.name == "film_titles_more_heldout.tsv":
            continue
        with path.open(encoding="utf-8") as fh:
            seen.update(r["japanese"] for r in csv.DictReader(fh, delimiter="\t"))
    return seen


def candidates() -> Iterator[dict[str, str]]:
    """Every row of the three sources, in order: Cineaste, Wikipedia, the CNE fixtures."""
    for r in table(SOURCES / "cineaste_films.tsv"):
        if r["slug"] not in MISREAD:
            yield {"source": CINEASTE, "japanese": r["japanese"],
                   "gold_romaji": r["transliteration"], "kind": "film"}
    for r in table(SOURCES / "film_titles_wikipedia.tsv"):
        yield {"source": f"en.wikipedia.org {r['article']}, via {r['via']} (CC BY-SA 4.0)",
               "japanese": r["japanese"], "gold_romaji": r["romanized"], "kind": "film"}
    for r in table(SOURCES / "cne_fixture_films.tsv"):
        yield {"source": CNE, "japanese": r["japanese"], "gold_romaji": r["romanized"],
               "kind": "film"}


def rows() -> list[dict[str, str]]:
    seen = taken()
    out = []
    for row in candidates():
        title, gold = row["japanese"], row["gold_romaji"]
        if not gold or LATIN.search(title) or title in seen:
            continue
        seen.add(title)
        out.append(row)
    return out


def origin(row: dict[str, str]) -> str:
    return row["source"].split("@")[0] if row["source"].startswith("github:") else "wikipedia"


def main(argv: list[str]) -> int:
    data = rows()
    dev: list[dict[str, str]] = []
    held: list[dict[str, str]] = []
    for name in dict.fromkeys(origin(r) for r in data):
        part = [r for r in data if origin(r) == name]
        random.Random(20261129).shuffle(part)
        dev += part[0::2]
        held += part[1::2]
    for path, part in ((HERE / "film_titles_more.tsv", dev),
                       (HERE / "heldout" / "film_titles_more_heldout.tsv", held)):
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
            out.writeheader()
            out.writerows(part)
        print(f"{path.name}: {len(part)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
