"""Rebuild ``src/jpterms/data/name_endings.tsv``: words that voice at the end of a name.

Usage::

    python tests/data/rendaku/make_name_endings.py > src/jpterms/data/name_endings.tsv

Counted on JMnedict as jamdict-data ships it (jamdict-data 1.5, JMnedict CC BY-SA 4.0,
EDRDG). JMdict lists some words under a plain and a voiced reading that differ in one kana
after the first (研究所 けんきゅうしょ and けんきゅうじょ). For every such word W, every
JMnedict name of a thing (an organisation, a company, a place, a station...; not a person's
or a family's name) written as something more followed by W is counted as voiced where its
reading ends in W's voiced reading (国立国語研究所 ...けんきゅうじょ), or as plain where it ends
in the plain one (核融合科学研究所 ...けんきゅうしょ).

A word is kept where at least 10 names voice it and they are at least four fifths of
those counted: 研究所 (304 of 347 names), 製鉄所, 造船所, 信号所, 療養所, 山川. A name
of an institute is written in a bibliography as its users read it, and scholarly and
catalogue practice follows the names (Kokuritsu Kokugo Kenkyūjo, Shiryō Hensanjo).
The table gives the word, its plain and voiced readings and the two counts.
"""

from __future__ import annotations

import collections
import os
import sqlite3
import sys

VOICE = dict(zip("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ",
                 strict=True))
#: JMnedict's kinds of a person's or a family's name: not counted.
PEOPLE = frozenset({"surname", "given", "fem", "masc", "person", "unclass"})
AT_LEAST = 10
SHARE = 4 / 5


def _voiced_pair(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one kana after the first voiced."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return len(diff) == 1 and diff[0] > 0 and VOICE.get(a[diff[0]]) == b[diff[0]]


def main() -> int:
    import jamdict_data

    db = sqlite3.connect(os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db"))
    readings: dict[str, list[str]] = collections.defaultdict(list)
    for written, kana in db.execute(
            "SELECT k.text, n.text FROM Kanji k JOIN Kana n ON n.idseq = k.idseq"):
        if kana not in readings[written]:
            readings[written].append(kana)
    pairs = {w: (a, b) for w, rs in readings.items() if len(w) >= 2
             for a in rs for b in rs if _voiced_pair(a, b)}
    kinds: dict[int, set[str]] = collections.defaultdict(set)
    for idseq, kind in db.execute(
            "SELECT t.idseq, k.text FROM NETranslation t JOIN NETransType k ON k.tid = t.ID"):
        kinds[idseq].add(kind)
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for idseq, written, kana in db.execute(
            "SELECT k.idseq, k.text, n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq"):
        if not kinds[idseq] or kinds[idseq] <= PEOPLE:
            continue
        for cut in range(1, len(written) - 1):
            pair = pairs.get(written[cut:])
            if pair is None:
                continue
            plain, voiced = pair
            if kana.endswith(voiced) and len(kana) > len(voiced):
                counts[written[cut:]][1] += 1
            elif kana.endswith(plain) and len(kana) > len(plain):
                counts[written[cut:]][0] += 1
    out = sys.stdout
    out.write("# word\tplain\tvoiced\tnames voicing it\tnames not (see "
              "tests/data/rendaku/make_name_endings.py; counted on JMnedict, CC BY-SA 4.0, "
              "EDRDG)\n")
    for word, (plain_n, voiced_n) in sorted(counts.items()):
        if voiced_n < AT_LEAST or voiced_n < SHARE * (plain_n + voiced_n):
            continue
        plain, voiced = pairs[word]
        out.write(f"{word}\t{plain}\t{voiced}\t{voiced_n}\t{plain_n}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
