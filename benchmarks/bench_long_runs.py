"""Benchmark: ``jpterms.romanize`` on long runs of one unit, input doubled.

Usage::

    python benchmarks/bench_long_runs.py

Each case is a unit repeated (no mark between the copies, so that the whole is one run
of text), romanised once to warm up (the dictionaries loaded) and then timed at N and 2N copies, each
round by a new :class:`~jpterms.romanize.Romanizer` (nothing of the text recalled), best of
ROUNDS by CPU time (``time.process_time``). It prints the doubling ratio (target: at most
2.5x; work that grows with the square of the run is about 4x). These are the inputs a
fuzzer found growing faster than the run (session 56), whose quadratic step lay inside
C work (a regular expression, a list rebuilt) where the tests' counted calls cannot
see it. Prints figures only; asserts nothing.
"""

from __future__ import annotations

import sys
import time

from _common import run

from jpterms.romanize import Romanizer

ROUNDS = 2
TARGET = 2.5
#: name: (text before the copies, unit, copies N)
CASES = {
    # a hiragana before a long run of kanji: adjective_form() searched from every kanji
    "hiragana-then-kanji": ("び", "日本", 7000),
    # neighbour_readings rebuilt the run's list once per change
    "owners-copies": ("", "高山寺本", 6400),
    "kami-shrines": ("", "八幡神社", 6400),
    "shonin": ("", "親鸞聖人", 6400),
    # ReadingResolver._matched rebuilt the list once per family's house (阿部 + 家)
    "family-houses": ("", "阿部家", 6400),
    # RowReader.recut_rows read the rest of the run after each recut pair
    "recut-pairs": ("", "法華経", 6400),
    # word_grouping._citation_word_starts walked the rest of the run from each kanji that
    # begins a citation word (a fifth fuzzer's find)
    "citation-units": ("", "學", 6400),
}


def best_time(text: str) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        romanizer = Romanizer()  # (a new one: the units and runs seen before are not recalled)
        start = time.process_time()
        romanizer.romanize(text)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str]) -> int:
    for name, (head, unit, copies) in CASES.items():
        Romanizer().romanize(head + unit * 10)
        small = best_time(head + unit * copies)
        big = best_time(head + unit * 2 * copies)
        ratio = big / small
        verdict = "met" if ratio <= TARGET else "MISSED"
        print(f"doubling {name}: {small:.2f} s -> {big:.2f} s, ratio {ratio:.2f}x "
              f"(target <= {TARGET}x: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
