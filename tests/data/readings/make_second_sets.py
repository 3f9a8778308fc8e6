"""Rebuild the Wikipedia-title and Japan Post town-name reading sets (development + held out).

Usage::

    python tests/data/readings/make_second_sets.py SKK-JISYO.jawiki 13TOKYO.CSV

``SKK-JISYO.jawiki`` is github:tokuhirom/jawiki-kana-kanji-dict@0579823 (article titles of the
Japanese Wikipedia with the reading each article's first sentence gives); ``13TOKYO.CSV`` is
Japan Post's postcode file for Tokyo (github:Yusuke-has/hanzo@a302774). Rows are drawn with
a fixed seed; every other drawn row is held out. Nothing here is tuned: the filters only drop
rows whose gold cannot be a Japanese reading of the written form (Korean station names,
Latin letters, floors of a building).
"""

from __future__ import annotations

import csv
import random
import re
import sys
import unicodedata
from collections.abc import Collection, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
JAWIKI_SOURCE = "github:tokuhirom/jawiki-kana-kanji-dict@0579823:SKK-JISYO.jawiki"
POST_SOURCE = "github:Yusuke-has/hanzo@a302774:13TOKYO.CSV"
WRITTEN = re.compile(r"[\u4e00-\u9fff々〆ヶケ\u3041-\u309f]+")
KANJI = re.compile(r"[\u4e00-\u9fff]")
HIRAGANA = re.compile(r"[\u3041-\u309fー]+")
# Korean and Chinese readings of foreign names and stations, and readings the extractor cut
FOREIGN = re.compile(r"ょん|ゅん(?!じ)|ぴょ|ゃん$|ぇ|ぃ|ぉ|ぁ|ゔ")


def kind(written: str) -> str:
    """A rough kind from the written form's last character, for per-kind figures only."""
    for suffixes, name in (("市町村区郡", "municipality or district"), ("法令則", "law"),
                           ("駅", "station"), ("省庁局課部会院所", "body or office"),
                           ("山川湖島岳峠浦崎", "natural place")):
        if written[-1] in suffixes:
            return name
    return "other (people, titles, terms)"


def skk_entries(path: Path) -> Iterator[tuple[str, str]]:
    """(reading, written form) of every entry of an SKK dictionary file that lists one
    written form only (an entry with several cannot say which one the reading is for)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(";") or " /" not in line:
            continue
        reading, _, rest = line.partition(" /")
        candidates = [c for c in rest.split("/") if c]
        if len(candidates) == 1:
            yield reading, candidates[0]


def jawiki_rows(path: Path) -> list[dict[str, str]]:
    rows = []
    for reading, written in skk_entries(path):
        if not (2 <= len(written) <= 14 and WRITTEN.fullmatch(written) and KANJI.search(written)
                and HIRAGANA.fullmatch(reading) and not FOREIGN.search(reading)
                and not written.endswith("駅")):
            continue
        rows.append({"source": JAWIKI_SOURCE, "japanese": written, "kana": reading,
                     "notes": f"Wikipedia article title; {kind(written)}"})
    return rows


def post_rows(path: Path) -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    with path.open(encoding="cp932") as fh:  # Japan Post ships Shift_JIS
        for rec in csv.reader(fh):
            kana = unicodedata.normalize("NFKC", rec[5])
            town, ward = rec[8], rec[7]
            if not WRITTEN.fullmatch(town) or not KANJI.search(town) or "（" in town:
                continue
            reading = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)
            if not HIRAGANA.fullmatch(reading):
                continue
            seen.setdefault(town, {"source": POST_SOURCE, "japanese": town, "kana": reading,
                                   "notes": f"town (町域) in 東京都{ward}; Japan Post kana"})
    return list(seen.values())


def split(rows: list[dict[str, str]], take: int, seed: int) -> tuple[list[dict[str, str]],
                                                                     list[dict[str, str]]]:
    drawn = random.Random(seed).sample(rows, take)
    return drawn[0::2], drawn[1::2]


def known_rows(skip: Collection[str]) -> set[str]:
    """The Japanese cells of every set in this folder and below but the files named in
    ``skip``: the rows a new draw must leave out (dev or held out)."""
    seen: set[str] = set()
    for path in sorted(HERE.parent.rglob("*.tsv")):
        if path.name in skip:
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            seen |= {r["japanese"] for r in csv.DictReader(fh, delimiter="\t")
                     if r.get("japanese")}
    return seen


def write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, ["source", "japanese", "kana", "notes"], delimiter="\t",
                             lineterminator="\n")
        out.writeheader()
        out.writerows(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    dev, held = split(jawiki_rows(Path(argv[1])), 800, seed=9)
    write(HERE / "jawiki_titles.tsv", dev)
    write(HERE / "heldout" / "jawiki_titles_heldout.tsv", held)
    dev, held = split(post_rows(Path(argv[2])), 400, seed=9)
    write(HERE / "towns_japanpost_tokyo.tsv", dev)
    write(HERE / "heldout" / "towns_japanpost_tokyo_heldout.tsv", held)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
