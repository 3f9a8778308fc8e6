"""Look-up of one-word queries: common words of JMdict, each looked up by its romaji.

Usage::

    python benchmarks/lookup_one_word.py [-v] [--every N] [--out TSV]

Provenance: the probe is built here, from JMdict alone (jamdict-data's database, opened
through :func:`jpterms.dictionaries.jamdict_rows` as the library opens it), not from the
dev or held-out data. A word is taken where one entry marks both its kanji spelling and its
reading news1, ichi1 or spec1 and its first sense is a noun or a verb. Its query is the
Hepburn of its kana (:func:`jpterms.kana.kana_to_romaji`) with the macrons stripped,
capitalised, as a citation writes a one-word title (つうち -> *Tsuchi*); queries of more
than one word (a space, a hyphen, an apostrophe) are left out. Every word or query that
is a whole cell of any ``*.tsv`` under ``tests/data`` (dev or held-out, found by the
program, not read by eye) is left out too, so the probe shares no item with them. With
``--every N`` (default 4) one query in N, in sorted order, is looked up.

For each query the group is the probe's common words spelled that way once macrons are
stripped (つち: 土, 槌, and 通知 *tsūchi*). A result counts as a word where it is any
spelling of the word's JMdict entry (空家 for 空き家), or its kana where JMdict says the word
is usually written in kana (あえて for 敢えて). The rates:

- (a) nouns: the five results hold every common noun of the group (or five of them,
  where there are more);
- (b) commonest: the group's word that wordfreq counts most often (Zipf of the written
  form, :mod:`jpterms.word_frequencies`) is first / within five;
- (c) as (b), among the group's words spelled exactly as the query (no long vowel the
  query did not write): 土, not 通知, for *Tsuchi*.

wordfreq counts a written form whatever it is read as (上 for *kami* counts うえ too), so
(b) and (c) are rough where a single kanji has several readings.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from _common import ROOT, jpterms

from jpterms.dictionaries import jamdict_rows
from jpterms.kana import kana_to_romaji, strip_macrons, to_hiragana, to_katakana
from jpterms.word_frequencies import FrequencyTable, zipf

#: Common words of JMdict: a kanji spelling and a reading of one entry, both marked
#: news1/ichi1/spec1 (the reading not restricted to another spelling), with the parts of
#: speech of the entry's first sense.
_COMMON = """
SELECT k.text, n.text, (SELECT group_concat(p.text, '|') FROM pos p
    WHERE p.sid = (SELECT min(s.ID) FROM Sense s WHERE s.idseq = k.idseq)),
    (SELECT group_concat(o.text, '|') FROM Kanji o WHERE o.idseq = k.idseq),
    EXISTS (SELECT 1 FROM misc m WHERE m.sid = (SELECT min(s.ID) FROM Sense s
        WHERE s.idseq = k.idseq) AND m.text = 'word usually written using kana alone')
FROM Kanji k JOIN Kana n ON n.idseq = k.idseq
WHERE EXISTS (SELECT 1 FROM KJP WHERE kid = k.ID AND text IN ('news1', 'ichi1', 'spec1'))
  AND EXISTS (SELECT 1 FROM KNP WHERE kid = n.ID AND text IN ('news1', 'ichi1', 'spec1'))
  AND (NOT EXISTS (SELECT 1 FROM KNR WHERE kid = n.ID)
       OR EXISTS (SELECT 1 FROM KNR WHERE kid = n.ID AND text = k.text))
"""


@dataclass(frozen=True)
class Word:
    """A common word of the probe: how it is written, read, what it is, how often."""
    written: str
    kana: str
    kind: str  #: "noun" or "verb"
    zipf: float  #: wordfreq's Zipf frequency of the written form
    exact: bool  #: its Hepburn is the query as written (no long vowel left out)
    spellings: frozenset[str]  #: results that count as this word (its entry's spellings)


def _kind(pos: str) -> str:
    if "noun (common)" in pos:
        return "noun"
    if "verb" in pos and "suru" not in pos:
        return "verb"
    return ""


def _data_cells() -> set[str]:
    """Every cell of every ``*.tsv`` under tests/data, folded (no macrons, lower case)."""
    cells: set[str] = set()
    for path in (ROOT / "tests" / "data").rglob("*.tsv"):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                cells.update(strip_macrons(c.strip()).lower() for c in row if c.strip())
    return cells


def probe() -> dict[str, list[Word]]:
    """Each query (capitalised) and its group: the common words it spells."""
    freq = FrequencyTable.open("ja", "best")
    cells = _data_cells()
    groups: dict[str, list[Word]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for written, kana, pos, spellings, usually_kana in jamdict_rows(_COMMON):
        kind = _kind(pos or "")
        kana = to_hiragana(kana)
        if not kind or (written, kana) in seen:
            continue
        seen.add((written, kana))
        hepburn = kana_to_romaji(kana)
        query = strip_macrons(hepburn)
        if not query.isalpha() or not query.isascii():
            continue
        # a word written in kana alone is found as its kana too (あえて for 敢えて)
        kana_too = {kana, to_katakana(kana)} if usually_kana == "1" else set()
        groups[query.capitalize()].append(Word(
            written, kana, kind, zipf(freq.get(written)), hepburn == query,
            frozenset({written, *spellings.split("|"), *kana_too})))
    # a query that is in the data, or any of whose words is, is left out whole
    return {q: g for q, g in groups.items() if q.lower() not in cells and
            not any(w.written in cells or w.kana in cells for w in g)}


def _rank(word: Word, got: list[str]) -> int:
    """Where ``word`` stands among the results (1 to 5), 0 where it is not among them."""
    return next((i for i, kanji in enumerate(got, 1) if kanji in word.spellings), 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", action="store_true", help="print the misses")
    parser.add_argument("--every", type=int, default=4, help="look up one query in N")
    parser.add_argument("--out", type=Path, help="write one row per query to this TSV")
    args = parser.parse_args(argv)
    groups = probe()
    queries = sorted(groups)[::args.every]
    a = a_n = b1 = b5 = c1 = c5 = c_n = 0
    rows = []
    for q in queries:
        group = groups[q]
        got = [m.kanji for m in jpterms.lookup(q, limit=5)]
        nouns = [w for w in group if w.kind == "noun"]
        ok_a = None
        if nouns:
            a_n += 1
            ok_a = sum(_rank(w, got) > 0 for w in nouns) >= min(5, len(nouns))
            a += ok_a
        best = max(group, key=lambda w: w.zipf)
        rank_b = _rank(best, got)
        b1 += rank_b == 1
        b5 += rank_b > 0
        exact = [w for w in group if w.exact]
        best_c, rank_c = "", ""
        if exact:
            c_n += 1
            word = max(exact, key=lambda w: w.zipf)
            best_c, found = word.written, _rank(word, got)
            rank_c = str(found)
            c1 += found == 1
            c5 += found > 0
        rows.append((q, "" if ok_a is None else str(int(ok_a)), best.written, str(rank_b),
                     best_c, rank_c, " ".join(got),
                     " ".join(f"{w.written}:{w.kind[0]}:{w.zipf}"
                              for w in sorted(group, key=lambda w: -w.zipf))))
        if args.v and (ok_a is False or rank_b != 1 or rank_c not in ("", "1")):
            print("\t".join(rows[-1]))
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            fh.write("query\tnouns_ok\tcommonest\trank\tcommonest_exact\trank_exact\tgot\tgroup\n")
            fh.writelines("\t".join(r) + "\n" for r in rows)
    n = len(queries)
    print(f"{n} queries of {len(groups)} (one in {args.every})")
    print(f"(a) every common noun in five: {a}/{a_n} = {a / max(a_n, 1):.1%}")
    print(f"(b) commonest word first {b1}/{n} = {b1 / n:.1%}, in five {b5}/{n} = {b5 / n:.1%}")
    print(f"(c) commonest exact word first {c1}/{c_n} = {c1 / max(c_n, 1):.1%}, "
          f"in five {c5}/{c_n} = {c5 / max(c_n, 1):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
