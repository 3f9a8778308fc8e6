"""Snapshots of what jpterms outputs, for checking that a refactor changes nothing.

Usage::

    python benchmarks/snapshot.py romanize OUT [--heldout]
    python benchmarks/snapshot.py lookup OUT [--heldout]
    python benchmarks/snapshot.py check OUT

Each writes one line per output to ``OUT``, in a fixed order, and prints how many; take
one before a change and one after, and compare them with ``cmp``. Nothing is scored: a
line is what jpterms returned, right or wrong.

* ``romanize``: every input of the reading files that ``measure_readings.py`` reads, in
  modified Hepburn and in ALA-LC (tab-separated after the input).
* ``lookup``: every field of the five results of each query ``lookup_accuracy.py`` makes
  (a row's romanisation, macrons stripped), asked without a kind and, where the row has
  one, with its ``kind=`` hint (``--kinds``).
* ``check``: every finding of :func:`jpterms.check` on the development documents of
  ``tests/data/unseen``, ``tests/data/english``, ``tests/data/english_prose``,
  ``tests/data/bibliography_macrons.md`` and the founding article, as written in the
  three styles and with every macron stripped (the missing-macron rules' work).

``--heldout`` adds the held-out rows' outputs. They are for ``cmp`` only: a changed
line there is never read, nor tuned on.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from _common import ROOT, BadArgument, jpterms, run

#: The macrons a stripped document loses (as ``measure_precision.py stripped`` strips them).
_STRIPPED = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
#: The styles a document is checked in as written (the stripped copy: modified Hepburn).
_STYLES = ("modified", "traditional", "plain")


def romanize_lines(*, heldout: bool) -> Iterator[str]:
    """Each reading input, its Hepburn and its ALA-LC romanisation."""
    import measure_readings

    files = measure_readings.default_files()
    if heldout:
        files += measure_readings.default_files(heldout=True)
    for path in files:
        for row in measure_readings.rows(path):
            text = row["japanese"]
            yield (f"{text}\t{jpterms.romanize(text)}\t"
                   f"{jpterms.romanize(text, system='ala-lc')}")


def lookup_lines(*, heldout: bool) -> Iterator[str]:
    """Each look-up query, its kind hint and the reprs of its five results."""
    import lookup_accuracy

    for path in sorted(lookup_accuracy.DATA.glob("*.tsv")):
        if path.stem.endswith("_heldout") and not heldout:
            continue
        for row in lookup_accuracy.rows(path):
            query = lookup_accuracy.query_of(row["gold_romaji"])
            for kind in dict.fromkeys((None, lookup_accuracy.hint(path, row))):
                found = jpterms.lookup(query, limit=5, kind=kind)
                yield f"{query}\t{kind}\t" + " || ".join(map(repr, found))


def check_documents() -> list[Path]:
    """The development documents ``check`` snapshots (no held-out one)."""
    data = ROOT / "tests" / "data"
    files = [p for folder in ("unseen", "english", "english_prose")
             for p in sorted((data / folder).glob("*.*")) if p.name != "README.md"]
    return [*files, data / "bibliography_macrons.md",
            ROOT / "docs" / "examples" / "founding_article.txt"]


def check_lines() -> Iterator[str]:
    """Each finding on each document, as written in each style and stripped of macrons."""
    for path in check_documents():
        text = path.read_text(encoding="utf-8")
        stripped = unicodedata.normalize("NFC", text).translate(_STRIPPED)
        for label, body, styles in (("as written", text, _STYLES),
                                    ("stripped", stripped, _STYLES[:1])):
            for style in styles:
                for finding in jpterms.check(body, path=path.name, style=style):
                    yield f"{path.name}\t{label}\t{style}\t{finding!r}"


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--heldout"]
    heldout = "--heldout" in argv
    if len(args) != 2 or args[0] not in ("romanize", "lookup", "check"):
        raise BadArgument("usage: snapshot.py romanize|lookup|check OUT [--heldout]")
    what, out = args
    if heldout and what == "check":
        raise BadArgument("check has no held-out documents")
    lines = {"romanize": lambda: romanize_lines(heldout=heldout),
             "lookup": lambda: lookup_lines(heldout=heldout),
             "check": check_lines}[what]()
    count = 0
    with Path(out).open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line.replace("\n", "\\n") + "\n")
            count += 1
    print(f"{count} lines of {what} output in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
