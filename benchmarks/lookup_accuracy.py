"""Lookup accuracy on real romanised material: right kanji first, and in the top five.

Usage::

    python benchmarks/lookup_accuracy.py [-v] [--kinds] [--by-kind] [--heldout] [--depth N]
                                         [TSV_OR_FOLDER ...]

Reads every development ``*.tsv`` in ``tests/data/lookup/`` (or in the files and folders
given). A folder's ``*_heldout.tsv`` files are read only with ``--heldout``: they are
measured once, at the end of a piece of work, never tuned on. Files named explicitly are
always read. Each file has columns ``japanese`` (the kanji as the source writes them) and ``gold_romaji`` (the
romanisation the same source wrote). The query is the romanisation with its macrons
stripped, as most citations write it; a hit is a result whose kanji equal the
source's once spaces and punctuation are ignored (as ``../shared/tools/measure.py``
compares them). Prints top-1 and top-5 per file, and the misses with ``-v``. With
``--kinds`` each query is looked up with the ``kind=`` hint its row's ``kind`` column
gives (title, author as name, publisher; every row of a ``stations*`` file as place), as
a caller who knows what it looks up would. With ``--depth N`` each query asks for N results
and each file also prints where the source's kanji stand among them (first, 2-5, 6-10,
11-20, beyond, absent): a miss the ranking might mend lies within the depth, one that only
new vocabulary or segmentation can mend lies beyond it.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

from _common import ROOT, BadArgument, input_file, jpterms, need_rows, run, take_depth

DATA = ROOT / "tests" / "data" / "lookup"
_MACRONS = str.maketrans("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ", "aiueoAIUEOaiueoAIUEO")


def kanji_key(text: str) -> str:
    return re.sub(r"[\s「」『』“”\"'’:：・,，、。.\-（）()]", "",
                  unicodedata.normalize("NFKC", text or ""))


def query_of(romaji: str) -> str:
    return unicodedata.normalize("NFC", romaji).translate(_MACRONS).replace("“", "").replace(
        "”", "")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r.get("gold_romaji")]


#: A row's kind (the files' ``kind`` column) as a ``kind=`` hint to lookup, for ``--kinds``.
_HINTS = {"title": "title", "author": "name", "name": "name", "publisher": "publisher",
          "place": "place", "series": "title"}


def hint(path: Path, row: dict[str, str]) -> str | None:
    if path.name.startswith("stations"):
        return "place"
    return _HINTS.get(row.get("kind") or "")


#: With ``--by-kind``: (kind column) -> [top-1 hits, top-5 hits, rows], over every file.
BY_KIND: dict[str, list[int]] = {}


#: Where a source's kanji may stand among the results, for ``--depth``: (label, last rank).
_RANKS = (("first", 1), ("2-5", 5), ("6-10", 10), ("11-20", 20))


def rank_label(rank: int | None, depth: int) -> str:
    """The ``--depth`` bucket of a 1-based rank (None: not among the results).

    >>> rank_label(1, 50), rank_label(7, 50), rank_label(33, 50), rank_label(None, 50)
    ('first', '6-10', '21-50', 'absent')
    """
    if rank is None:
        return "absent"
    return next((label for label, last in _RANKS if rank <= last), f"21-{depth}")


def measure(path: Path, verbose: bool, kinds: bool = False,
            depth: int = 0) -> tuple[int, int, int]:
    top1 = top5 = 0
    data = rows(path)
    need_rows(data, path, "japanese and gold_romaji")
    ranks: dict[str, int] = {}
    for row in data:
        want = kanji_key(row["japanese"])
        query = query_of(row["gold_romaji"])
        kind = hint(path, row) if kinds else None
        got = [kanji_key(m.kanji) for m in jpterms.lookup(query, limit=5, kind=kind)]
        if depth:  # asked for apart: the first five are what a caller of limit=5 sees
            found = [kanji_key(m.kanji) for m in jpterms.lookup(query, limit=depth, kind=kind)]
            label = rank_label(found.index(want) + 1 if want in found else None, depth)
            ranks[label] = ranks.get(label, 0) + 1
        top1 += bool(got) and got[0] == want
        top5 += want in got
        tally = BY_KIND.setdefault(f"{path.stem}:{row.get('kind') or '-'}", [0, 0, 0])
        tally[0] += bool(got) and got[0] == want
        tally[1] += want in got
        tally[2] += 1
        if verbose and (not got or got[0] != want):
            print(f"  MISS {query!r}: want {row['japanese']} got {got[:3]}")
    if depth:
        order = [label for label, _ in _RANKS] + [f"21-{depth}", "absent"]
        print(f"  {path.name} ranks (depth {depth}): " +
              ", ".join(f"{label} {ranks[label]}" for label in order if label in ranks))
    return top1, top5, len(data)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    kinds = "--kinds" in argv
    by_kind = "--by-kind" in argv
    heldout = "--heldout" in argv
    flags = ("-v", "--kinds", "--by-kind", "--heldout")
    args = argv[1:]
    depth = take_depth(args, 0, 5, 300, "results")
    targets = [input_file(a, folder=True) for a in args if a not in flags] or [DATA]
    files = [f for t in targets for f in (
        sorted(g for g in t.glob("*.tsv") if heldout or not g.stem.endswith("_heldout"))
        if t.is_dir() else [t])]
    if not files:
        raise BadArgument(f"no *.tsv in {', '.join(map(str, targets))}")
    total = [0, 0, 0]
    for path in files:
        top1, top5, n = measure(path, verbose, kinds, depth)
        total = [total[0] + top1, total[1] + top5, total[2] + n]
        print(f"{path.name:32s} top1 {top1}/{n} = {top1 / max(n, 1):.1%}  "
              f"top5 {top5 / max(n, 1):.1%}")
    n = max(total[2], 1)
    print(f"{'all':32s} top1 {total[0]}/{total[2]} = {total[0] / n:.1%}  top5 {total[1] / n:.1%}")
    if by_kind:
        for name, (top1, top5, rows_) in sorted(BY_KIND.items()):
            print(f"  {name:40s} top1 {top1}/{rows_} = {top1 / rows_:.1%}  top5 {top5 / rows_:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
