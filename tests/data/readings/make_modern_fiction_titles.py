"""Rebuild the modern fiction title sets (development + held out).

Usage::

    python tests/data/readings/make_modern_fiction_titles.py

Source: ``sources/long_ch3_corpus.tsv``, the metadata table of the Japanese fiction corpus
of Hoyt Long, *The Values in Numbers: Reading Japanese Literature in a Global Information
Age* (2021), chapter 3: 210 novels and stories of 1898–1946 (naturalist, I-novel, popular
and detective fiction) with the Japanese title and the romanised title the author gives
(Hepburn without macrons: *Koya hijiri*, *Inaka kyoshi*; a few write a long vowel *ou* or
*uu*: *Ougon wo abiru onna*, *Tokai no yuutsu*). Copied unchanged, less spreadsheet
formatting, from github:hoytlong/Values_In_Numbers@d6e3376 ``Chapter3/Data/Ch3CorpusMetadata.xlsx``
(no licence stated; titles and their romanisations are facts).

A row's Japanese is the title; where the romanisation also reads the part's name
(*Naruto hicho: kamigata no maki* for 鳴門秘帖 with part 01 上方の巻) the part's name is
added after a space, its number dropped; where the romanisation only numbers the part
(*Daibosatsu toge (no 2)*, *Tange sazen: Part 1*) the number is dropped from the gold.
Left out: titles already in another file of ``tests/data`` (Aozora sets, films) and
*Vita sexualis* (ヰタ・セクスアリス: a Latin title, not a reading of the kana). Golds are kept as
written otherwise, quirks included (野菊の墓 *Nogiku no hana*, 少年の悲哀 *Kodomo no
kanashimi* after the title's ruby, カインの末裔 *Cain no matsuei*, を and へ written *wo*, *he*),
so a few rows cannot match. No gold has a macron, so the measure compares letters only.
Rows shuffled with a fixed seed; every other row held out.
"""

from __future__ import annotations

import csv
import glob
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
SOURCE = ("github:hoytlong/Values_In_Numbers@d6e3376:Chapter3/Data/Ch3CorpusMetadata.xlsx "
          "(no licence stated)")
FIELDS = ["source", "japanese", "gold_romaji", "kind"]
NAME = "modern_fiction_titles"
NOT_READINGS = {"ヰタ・セクスアリス"}


def known_japanese() -> set[str]:
    """Every Japanese form in the other data files (this set's own files excepted)."""
    seen: set[str] = set()
    paths = glob.glob(str(ROOT / "tests" / "data" / "**" / "*.tsv"), recursive=True)
    for path in paths:
        if NAME in path or "/sources/" in path:
            continue
        with open(path, encoding="utf-8") as fh:
            seen |= {r["japanese"] for r in csv.DictReader(fh, delimiter="\t")
                     if r.get("japanese")}
    return seen


def pair(row: dict[str, str]) -> tuple[str, str]:
    japanese, gold = row["japanese_title"], row["romanized_title"]
    numbered = re.search(r"\s*(\(no ?\d+\)|: Part \d+)$", gold)
    if numbered:
        return japanese, gold[:numbered.start()]
    if ":" in gold and row["sub_title"]:
        part = re.sub(r"^\d+\s*", "", row["sub_title"]).strip()
        return f"{japanese} {part}", gold
    return japanese, gold


def main(argv: list[str]) -> int:
    with (HERE / "sources" / "long_ch3_corpus.tsv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh, delimiter="\t"))
    seen = known_japanese()
    rows, taken = [], set()
    for row in table:
        japanese, gold = pair(row)
        if row["japanese_title"] in seen or japanese in seen or japanese in taken:
            continue
        if row["japanese_title"] in NOT_READINGS:
            continue
        taken.add(japanese)
        rows.append({"source": SOURCE, "japanese": japanese, "gold_romaji": gold,
                     "kind": "title"})
    random.Random(20261205).shuffle(rows)
    for path, part in ((HERE / f"{NAME}.tsv", rows[0::2]),
                       (HERE / "heldout" / f"{NAME}_heldout.tsv", rows[1::2])):
        with path.open("w", encoding="utf-8", newline="") as fh:
            out = csv.DictWriter(fh, FIELDS, delimiter="\t", lineterminator="\n")
            out.writeheader()
            out.writerows(part)
    print(f"{len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
