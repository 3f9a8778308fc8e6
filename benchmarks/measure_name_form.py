"""Measure how people's names are written: word division and capitals, not only letters.

Usage::

    python benchmarks/measure_name_form.py [FILE.tsv ...] [--misses N]

Default files: the development people sources of ``tests/data/lookup/`` (Wikidata's
historical figures, scholars and writers, Aozora Bunko's authors). The letters measure
(``measure_readings.py``) ignores spaces and case, so "Jōdai ta no" for 上代たの counts as
right there; here a row is right when the romanised name is the gold's words with the
gold's capitals, after the letters measure's own normalisation of each word (NFC, ’ as ',
and for sources that write no macrons, macrons and apostrophes dropped). Prints per file
the share right by letters and the share right by form, and the rows right by letters but
wrong in form (up to ``--misses``). Asserts nothing.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from _common import ROOT, input_file, run, take_misses
from measure_readings import right, rows

from jpterms.romanize import Romanizer

PEOPLE = ("wikidata_historical", "wikidata_scholars", "wikidata_writers", "aozora_authors")
_FOLD = str.maketrans("āīūēōâîûêôĀĪŪĒŌÂÎÛÊÔ", "aiueoaiueoAIUEOAIUEO")


def form(text: str, *, no_macrons: bool) -> str:
    """The words and capitals of ``text``: letters as the letters measure keeps them,
    hyphens and other marks between words as one space.

    >>> form("Ōtomo no Yakamochi", no_macrons=True)
    'Otomo no Yakamochi'
    >>> form("Shin’ichi  Nakano", no_macrons=False)
    "Shin'ichi Nakano"
    """
    text = unicodedata.normalize("NFC", text).replace("’", "'")
    if no_macrons:
        text = text.translate(_FOLD).replace("'", "")
    words = re.split(r"[^A-Za-zāīūēōĀĪŪĒŌ'0-9]+", text)
    return " ".join(w for w in words if w)


def main(argv: list[str]) -> int:
    misses, argv = take_misses(argv)
    lookup = ROOT / "tests" / "data" / "lookup"
    files = [input_file(a) for a in argv[1:]] or [lookup / f"{n}.tsv" for n in PEOPLE]
    romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
    totals = [0, 0, 0]
    shown = 0
    for path in files:
        data = [r for r in rows(path) if r.get("gold_romaji")]
        letters = shaped = 0
        for row in data:
            good, got = right(romanizer, row)
            no_macrons = bool(row.get("_plain"))
            same = form(got, no_macrons=no_macrons) == form(row["gold_romaji"],
                                                            no_macrons=no_macrons)
            letters += good
            shaped += good and same
            if good and not same and shown < misses:
                shown += 1
                print(f"  FORM {path.stem} {row['japanese']}: got {got!r} "
                      f"want {row['gold_romaji']!r}")
        n = len(data) or 1
        print(f"{path.name} ({len(data)} rows): letters {letters} = {100 * letters / n:.1f}%, "
              f"letters and form {shaped} = {100 * shaped / n:.1f}%")
        totals = [totals[0] + len(data), totals[1] + letters, totals[2] + shaped]
    n = totals[0] or 1
    print(f"all ({totals[0]} rows): letters {totals[1]} = {100 * totals[1] / n:.1f}%, "
          f"letters and form {totals[2]} = {100 * totals[2] / n:.1f}% "
          f"({totals[1] - totals[2]} right by letters, wrong in form)")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
