"""Count the figures of ``art_name_ends`` in ``src/jpterms/data/word_division.json``: how
JMnedict's two-kanji names ending in the kanji of a studio, a hermitage or a hall read them.

Usage::

    python tests/data/rendaku/make_art_name_ends.py

Counted on JMnedict as jamdict-data ships it (jamdict-data 1.5, JMnedict CC BY-SA 4.0,
EDRDG). Every distinct (spelling, reading) of two kanji that JMnedict lists as a given name,
a person or a name of no known kind, whose reading splits over its two kanji (by KANJIDIC2's
readings, :func:`jpterms.reading_parts.split_over_kanji`), counts once for its last kanji: the
reading of that kanji, and whether the first is read only the Chinese way
(:meth:`jpterms.readings.ReadingResolver.reading_kinds`). Prints, per kanji: the commonest
reading of the last kanji, the names that end so, the names that end with the kanji, and the
names that end so with the first kanji read only the Chinese way.
"""

from __future__ import annotations

import collections
import os
import sqlite3
import sys

from jpterms.kana import to_hiragana
from jpterms.reading_parts import split_over_kanji
from jpterms.readings import ReadingResolver

ENDS = "斎庵軒堂亭園"
KINDS = frozenset({"given", "masc", "fem", "person", "unclass"})


def main() -> int:
    import jamdict_data

    resolver = ReadingResolver()
    db = sqlite3.connect(os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db"))
    kinds: dict[int, set[str]] = collections.defaultdict(set)
    for idseq, kind in db.execute(
            "SELECT t.idseq, k.text FROM NETranslation t JOIN NETransType k ON k.tid = t.ID"):
        kinds[idseq].add(kind)
    tails: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    sino: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen: set[tuple[str, str]] = set()
    for idseq, written, kana in db.execute(
            "SELECT k.idseq, k.text, n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq"):
        if (len(written) != 2 or written[1] not in ENDS or not "\u4e00" <= written[0] <= "\u9fff"
                or not kinds[idseq] & KINDS):
            continue
        reading = to_hiragana(kana)
        if (written, reading) in seen:
            continue
        seen.add((written, reading))
        pieces = split_over_kanji(written, reading, resolver.index)
        if not pieces or len(pieces) != 2:
            continue
        tails[written[1]][pieces[1][0]] += 1
        if resolver.reading_kinds(written[0], pieces[0][0]) == {"on"}:
            sino[written[1]][pieces[1][0]] += 1
    print("kanji\treading\tend so\tend with it\tend so, first kanji Chinese only")
    for end in ENDS:
        reading, top = tails[end].most_common(1)[0]
        print(f"{end}\t{reading}\t{top}\t{sum(tails[end].values())}\t{sino[end][reading]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
