"""Rebuild ``src/jpterms/data/court_name_heads.tsv``: how the court nobility read the first
kanji of their given names.

Usage::

    python tests/data/rendaku/make_court_name_heads.py > src/jpterms/data/court_name_heads.tsv

Counted on JMnedict as jamdict-data ships it (jamdict-data 1.5, JMnedict CC BY-SA 4.0,
EDRDG). Every JMnedict person whose name is one of the houses of
``src/jpterms/data/court_houses.tsv`` (the longest that begins it) and a given name of two
kanji, read as one of JMnedict's readings of the house and a reading of the given name
that splits over its two kanji (by KANJIDIC2's readings), counts once for its first
kanji's reading. A kanji is kept where at least 5 such people begin their given name
with it and at least three quarters of them read it one way: 公 きん (西園寺公望
Kinmochi), 実 さね (三条実美 Sanetomi), where JMnedict's given names at large most often
read 公 きみ and 実 み. The table gives the kanji, its reading, and the two counts.
"""

from __future__ import annotations

import collections
import os
import sqlite3
import sys

from jpterms.kana import to_hiragana
from jpterms.reading_index import ReadingIndex
from jpterms.reading_parts import split_over_kanji

AT_LEAST = 5
SHARE = 3 / 4
HOUSES = os.path.join(os.path.dirname(__file__), "..", "..", "..", "src", "jpterms", "data",
                      "court_houses.tsv")


def main() -> int:
    import jamdict_data

    with open(HOUSES, encoding="utf-8") as handle:
        houses = sorted((line.split("\t")[0].strip() for line in handle
                         if line.strip() and not line.startswith("#")), key=len, reverse=True)
    index = ReadingIndex.default()
    db = sqlite3.connect(os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db"))
    kinds: dict[int, set[str]] = collections.defaultdict(set)
    for idseq, kind in db.execute(
            "SELECT t.idseq, k.text FROM NETranslation t JOIN NETransType k ON k.tid = t.ID"):
        kinds[idseq].add(kind)
    heads: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen = set()
    for idseq, written, kana in db.execute(
            "SELECT k.idseq, k.text, n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq"):
        if "person" not in kinds[idseq]:
            continue
        house = next((h for h in houses if written.startswith(h)), None)
        given = written[len(house):] if house else ""
        if len(given) != 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in given):
            continue
        reading = to_hiragana(kana)
        family = next((r.reading for r in sorted(index.readings(house or ""),
                                                  key=lambda r: -len(r.reading))
                       if r.source == "jmnedict" and reading.startswith(r.reading)), None)
        if family is None:
            continue
        rest = reading[len(family):]
        pieces = split_over_kanji(given, rest, index)
        if not pieces or len(pieces) != 2 or (written, rest) in seen:
            continue
        seen.add((written, rest))
        heads[given[0]][pieces[0][0]] += 1
    print("# kanji\treading\tpeople of the court houses who begin their given name with it "
          "so\twho begin it with the kanji (see tests/data/rendaku/make_court_name_heads.py; "
          "counted on JMnedict, CC BY-SA 4.0, EDRDG)")
    for kanji, counts in sorted(heads.items()):
        total = sum(counts.values())
        reading, top = counts.most_common(1)[0]
        if total >= AT_LEAST and top >= SHARE * total:
            print(f"{kanji}\t{reading}\t{top}\t{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
