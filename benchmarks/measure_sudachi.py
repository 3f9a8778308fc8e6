"""Would the Sudachi dictionary read better than jpterms does? A measurement, per file.

Usage::

    pip install '.[bench]'
    python benchmarks/measure_sudachi.py [FILE.tsv ...]

The issue on readings asks that dictionaries be chosen by measurement. This reads every
row of the same development files as ``measure_readings.py`` with SudachiPy's
``sudachidict_core`` (split mode C, the longest units; its reading is the concatenated
``reading_form`` of the units) and scores it exactly as that script scores jpterms.
``sudachidict_full``, the dictionary with the most proper nouns, cannot be installed
without a network at build time (its package downloads the dictionary when it is built),
so it is not measured; jpterms must work offline after install.

For each file it prints jpterms' share, Sudachi's, and the rows only one of them reads
right; then the same split over all rows, by the lowest confidence jpterms gives a word
of the row (a ``guess`` is where another source would be most welcome). Prints figures
only; asserts nothing.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from _common import BadArgument, input_file, run
from measure_readings import default_files, nodiv, plain, right, rows, same_kana

from jpterms.romanize import Romanizer

_CONFIDENCES = ("guess", "possible", "likely", "certain")


def main(argv: list[str]) -> int:
    files = [input_file(a) for a in argv[1:]] or default_files()
    try:
        from sudachipy import Dictionary, SplitMode
    except ImportError:
        raise BadArgument("needs SudachiPy and its core dictionary: "
                          "pip install '.[bench]'") from None
    try:
        sudachi = Dictionary(dict="core").tokenizer(SplitMode.C)
    except Exception as error:  # sudachipy raises its own error kinds
        raise BadArgument(f"the Sudachi core dictionary will not load: {error}") from None
    romanizer = Romanizer()
    by_confidence: Counter[tuple[str, bool, bool]] = Counter()
    for path in files:
        data = rows(path)
        ours = theirs = both = 0
        for row in data:
            good, _ = right(romanizer, row)
            kana = "".join(m.reading_form() for m in sudachi.tokenize(row["japanese"]))
            if row.get("kana"):
                sudachi_good = same_kana(kana, re.sub(r"[\s・「」『』（）()]", "", row["kana"]))
            else:  # romaji gold: Sudachi's kana through jpterms' own Hepburn
                romaji = romanizer.romanize(kana)
                sudachi_good = (plain(romaji) == plain(row["gold_romaji"]) if row.get("_plain")
                                else nodiv(romaji) == nodiv(row["gold_romaji"]))
            ours += good
            theirs += sudachi_good
            both += good and sudachi_good
            lowest = min((w.confidence for w in romanizer.explain(row["japanese"])),
                         key=_CONFIDENCES.index, default="certain")
            by_confidence[(lowest, good, sudachi_good)] += 1
        n = len(data)
        print(f"{path.name} ({n} rows): jpterms {100 * ours / n:.1f}%, sudachi core "
              f"{100 * theirs / n:.1f}%; right only in jpterms {ours - both}, "
              f"only in Sudachi {theirs - both}")
    count = sum(by_confidence.values())
    ours = sum(n for (_, good, _), n in by_confidence.items() if good)
    theirs = sum(n for (_, _, good), n in by_confidence.items() if good)
    print(f"all ({count} rows): jpterms {ours}/{count} = {100 * ours / count:.1f}%, sudachi core "
          f"{theirs}/{count} = {100 * theirs / count:.1f}%")
    print("all rows, by the lowest confidence jpterms gives a word of the row:")
    for confidence in _CONFIDENCES:
        cells = {(g, s): by_confidence[(confidence, g, s)] for g in (True, False)
                 for s in (True, False)}
        print(f"  {confidence:8} both right {cells[(True, True)]}, only jpterms "
              f"{cells[(True, False)]}, only Sudachi {cells[(False, True)]}, neither "
              f"{cells[(False, False)]}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
