"""Rebuild ``jawiki_schools.tsv``, ``jawiki_cups.tsv``, ``jawiki_temples.tsv`` and
``jawiki_villages.tsv`` (and ``jawiki_houses.tsv``): school names, cups (prizes), temples,
villages and names ending in a house's word of the Wikipedia dictionary, for development.

Usage::

    python tests/data/readings/make_title_kinds.py SKK-JISYO.jawiki

``SKK-JISYO.jawiki`` is github:tokuhirom/jawiki-kana-kanji-dict@0579823 (titles of Japanese
Wikipedia articles with the reading each article's first sentence gives; MIT-licensed
dictionary, content from Wikipedia, CC BY-SA). Every title with one written form and one
reading that ends in 小学校, 中学校, 高等学校 or 高校 (名古屋市立富田中学校 なごやしりつとみだ
ちゅうがっこう) and is in no other set of ``tests/data`` (development or held out). The
random draws rarely hold more than a few; school names are a kind of their own, a founder
(市立, 県立), a place's name and the school. ``jawiki_cups.tsv`` likewise holds every title
with 杯 or 盃 in it (天皇杯, 中日杯 ちゅうにちはい, 羽田盃): cups and the tournaments named
after them, and ``jawiki_temples.tsv`` every title of one to four kanji and 寺 (円久寺
えんきゅうじ, 三井寺 みいでら), ``jawiki_villages.tsv`` every title of two to five kanji and 村
(most of them villages merged away since the Meiji era: 下高瀬村 しもたかせむら), and
``jawiki_houses.tsv`` every title of 3 to 14 characters ending in 社, 書店, 書院, 書房, 出版,
堂 or 館 (shrines, companies, museums, shops, and people's art names: 中根環堂). Development
only: nothing here is held out.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from make_second_sets import FOREIGN, HIRAGANA, WRITTEN, known_rows, skk_entries  # (this folder)

HERE = Path(__file__).resolve().parent
SOURCE = "github:tokuhirom/jawiki-kana-kanji-dict@0579823:SKK-JISYO.jawiki"
KINDS = {"jawiki_schools.tsv": (re.compile("(小学校|中学校|高等学校|高校)$"), "school"),
         "jawiki_cups.tsv": (re.compile("[杯盃]"), "cup or a tournament named after one"),
         "jawiki_temples.tsv": (re.compile("^[\u4e00-\u9fff]{1,4}寺$"), "temple"),
         "jawiki_villages.tsv": (re.compile("^[\u4e00-\u9fff]{2,5}村$"), "village"),
         "jawiki_houses.tsv": (re.compile("^.{3,14}(社|書店|書院|書房|出版|堂|館)$"),
                               "name ending in a house's word (社, 堂, 館 …)")}




def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    seen = known_rows(KINDS)
    entries = list(skk_entries(Path(argv[1])))
    readings: dict[str, set[str]] = {}
    for reading, written in entries:
        readings.setdefault(written, set()).add(reading)
    for name, (kind, note) in KINDS.items():
        rows = sorted({(written, reading) for reading, written in entries
                       if len(readings[written]) == 1 and written not in seen
                       and kind.search(written) and WRITTEN.fullmatch(written)
                       and HIRAGANA.fullmatch(reading) and not FOREIGN.search(reading)})
        with (HERE / name).open("w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh, delimiter="\t", lineterminator="\n")
            out.writerow(["source", "japanese", "kana", "notes"])
            for written, reading in rows:
                out.writerow([SOURCE, written, reading, f"Wikipedia article title; {note}"])
        print(f"{name} {len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
