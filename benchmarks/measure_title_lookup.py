"""Lookup accuracy on Wikipedia titles and history terms whose reading is known in kana.

Usage::

    python benchmarks/measure_title_lookup.py [--rows N] [--dump FILE] [TSV ...]

The reading development files (``tests/data/readings/``) pair a title with its kana, not
with a romanisation, so the query is made at run time: the title romanised by jpterms'
own :meth:`jpterms.Romanizer.romanize_as`, read as the gold kana say (its words, capitals
and particles as jpterms divides the title, every sound the source's), with its macrons
stripped, as most citations write it. A row whose gold the romaniser cannot spell so (the
kana do not cover the title) is counted apart and not looked up. A hit is a result whose
kanji equal the title's once spaces and punctuation are ignored
(``lookup_accuracy.kanji_key``).

Without files it reads two sets: ``titles`` (``jawiki_titles.tsv``,
``jawiki_phrase_titles.tsv``, ``history_terms.tsv`` and the work titles of
``aozora_dev.tsv``: people, terms, works, events) and ``draw`` (``jawiki_draw.tsv``, the
larger random draw). ``--rows N`` reads only the first N rows of each file; ``--dump FILE``
writes one line per row: file, row, query, title, the five results joined by ``|`` and
the title's rank among them (0: absent).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from _common import ROOT, BadArgument, input_file, jpterms, need_rows, run
from lookup_accuracy import kanji_key, query_of

READINGS = ROOT / "tests" / "data" / "readings"

#: The default sets: name -> the files they read.
SETS = {
    "titles": ("jawiki_titles.tsv", "jawiki_phrase_titles.tsv", "history_terms.tsv",
               "aozora_dev.tsv"),
    "draw": ("jawiki_draw.tsv",),
}


def titles(path: Path, most: int | None = None) -> list[tuple[str, str]]:
    """(title, kana) of the rows of a readings file with a ``kana`` gold (an Aozora
    author's name is not a title: left out), the first ``most`` only if given.

    >>> titles(READINGS / "jawiki_titles.tsv", 1)
    [('谷口隆義', 'たにぐちたかよし')]
    """
    with path.open(encoding="utf-8", newline="") as fh:
        found = [(r["japanese"], r["kana"]) for r in csv.DictReader(fh, delimiter="\t")
                 if r.get("japanese") and r.get("kana")
                 and not (r.get("notes") or "").startswith("author")]
    return found[:most] if most is not None else found


def query(romanizer: jpterms.Romanizer, title: str, kana: str) -> str | None:
    """The query a citation of ``title`` read ``kana`` would give: jpterms' romanisation
    read as the kana say, macrons stripped; None where the romanisation cannot spell them.

    >>> r = jpterms.Romanizer()
    >>> query(r, "東京物語", "とうきょうものがたり"), query(r, "親水性", "しんすいせい")
    ('Tokyo monogatari', 'Shinsuisei')
    """
    from jpterms.romanize import spells_kana  # the same test romanize_as makes

    written = romanizer.romanize_as(title, [(title, kana)])
    return query_of(written) if spells_kana(written, kana) else None


def results(romanizer: jpterms.Romanizer, path: Path,
            most: int | None) -> Iterator[tuple[int, str | None, str, list[str], int]]:
    """(row, query, title's key, the five results' keys, the title's rank: 0 absent) of
    each row of ``path``; the query None (and no results) where it cannot be made."""
    rows = titles(path, most)
    need_rows(rows, path, "japanese and kana")
    for i, (title, kana) in enumerate(rows):
        want = kanji_key(title)
        asked = query(romanizer, title, kana)
        got = [kanji_key(m.kanji) for m in jpterms.lookup(asked, limit=5)] if asked else []
        yield i, asked, want, got, got.index(want) + 1 if want in got else 0


def main(argv: list[str]) -> int:
    args = argv[1:]
    dump = most = None
    for flag in ("--dump", "--rows"):
        if flag in args:
            at = args.index(flag)
            if at + 1 >= len(args):
                raise BadArgument(f"{flag} needs a value")
            value = args[at + 1]
            del args[at:at + 2]
            if flag == "--dump":
                dump = value
            elif value.isdigit() and int(value) > 0:
                most = int(value)
            else:
                raise BadArgument(f"--rows needs a number of rows, not {value!r}")
    sets = ({path: (input_file(path),) for path in args} if args else
            {name: tuple(READINGS / f for f in files) for name, files in SETS.items()})
    romanizer = jpterms.Romanizer()
    out = open(dump, "w", encoding="utf-8") if dump else None  # noqa: SIM115
    try:
        for name, paths in sets.items():
            n = first = five = unspelled = 0
            for path in paths:
                for i, asked, want, got, rank in results(romanizer, Path(path), most):
                    if asked is None:
                        unspelled += 1
                        continue
                    n += 1
                    first += rank == 1
                    five += rank > 0
                    if out:
                        out.write(f"{Path(path).name}\t{i}\t{asked}\t{want}\t"
                                  f"{'|'.join(got)}\t{rank}\n")
            print(f"{name:20s} first {first}/{n} = {first / max(n, 1):.1%}  "
                  f"top5 {five}/{n} = {five / max(n, 1):.1%}"
                  + (f"  (golds not spelled: {unspelled})" if unspelled else ""))
    finally:
        if out:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
