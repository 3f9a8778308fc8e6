"""Romanise, strip the macrons, check: do romanize and the checker agree?

Usage::

    python benchmarks/measure_roundtrip.py [COUNT] [--seed N] [--misses N]

Draws ``COUNT`` (default 3,000) development inputs of ``measure_readings.py`` (kanji, 4 to
30 characters, no space), romanises each, and checks them as one bibliography of quoted
titles twice:

* **as romanised**: every finding is a disagreement between the romaniser and the
  checker (one of them is wrong), as no original script is given;
* **macrons stripped**: each word that had a macron should be reported with it back as
  the suggestion. Counts the words found so, the wrong suggestions by confidence
  (a likely one is what ``--fix-unsafe`` writes), and the other findings.

Development data only, and a probe of consistency, not of accuracy: the romaniser's
reading is taken as right. ``--misses N`` prints up to N wrong suggestions. Asserts
nothing.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter

from _common import BadArgument, run, take_misses
from measure_readings import default_files, rows

import jpterms
from jpterms.kana import has_kanji

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
_WORD = re.compile(r"[\w'’-]+")


def inputs(count: int, seed: int) -> list[str]:
    """``count`` development inputs drawn with ``seed``."""
    found = [row["japanese"] for path in default_files() for row in rows(path)
             if has_kanji(row["japanese"]) and 4 <= len(row["japanese"]) <= 30
             and " " not in row["japanese"]]
    random.Random(seed).shuffle(found)
    return found[:count]


def bibliography(titles: list[str]) -> str:
    """The titles as the entries of one bibliography, a title per line (line n: entry n)."""
    return "".join(f"{n}. Author, “{t}”, Tokyo: Publisher, 2001.\n"
                   for n, t in enumerate(titles, 1))


def main(argv: list[str]) -> int:
    misses, argv = take_misses(argv)
    seed = 59
    if "--seed" in argv:
        i = argv.index("--seed")
        try:
            seed = int(argv[i + 1])
        except (IndexError, ValueError):
            raise BadArgument("--seed needs a whole number") from None
        del argv[i : i + 2]
    try:
        count = int(argv[1]) if len(argv) > 1 else 3000
    except ValueError:
        raise BadArgument(f"{argv[1]}: COUNT must be a whole number") from None
    texts = inputs(count, seed)
    romanised = [jpterms.romanize(t) for t in texts]
    as_written = jpterms.check(bibliography(romanised), path="roundtrip.md")
    print(f"{len(texts)} inputs; as romanised: {len(as_written)} findings "
          f"{dict(Counter(f.code for f in as_written))}")
    stripped = jpterms.check(bibliography([r.translate(_STRIP) for r in romanised]),
                             path="roundtrip.md")
    need = sum(1 for r in romanised for w in _WORD.findall(r) if w != w.translate(_STRIP))
    right, wrong, other = 0, Counter[str](), 0
    shown = 0
    for f in stripped:
        gold = romanised[f.line - 1]
        words = {w.lower() for w in _WORD.findall(gold)}
        if f.code != "JP101":
            other += 1
        elif any(s.lower() in words for s in f.suggestions):
            right += 1
        else:
            wrong[f.confidence] += 1
            if shown < misses:
                shown += 1
                print(f"  WRONG {f.confidence}: {texts[f.line - 1]} {gold!r}: "
                      f"{f.text} -> {', '.join(f.suggestions)}")
    print(f"macrons stripped: {need} words need one; {right} found right, "
          f"{sum(wrong.values())} wrong suggestions {dict(wrong)}, {other} other findings")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
