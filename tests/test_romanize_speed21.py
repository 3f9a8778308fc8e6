"""The romaniser's hot path, session 17: work counted, never timed (time is measured in
benchmarks/bench_romanize.py)."""

from __future__ import annotations

import csv
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jpterms.romanize import Romanizer

readings_module = importlib.import_module("jpterms.readings")
reading_parts = importlib.import_module("jpterms.reading_parts")

ROOT = Path(__file__).resolve().parent.parent
#: Real technical prose: the first 300 lines of the speed corpus (benchmarks/data/README.md).
LINES = [line.strip() for line in
         (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8").splitlines()
         if line.strip()]
with (ROOT / "tests" / "data" / "dev_titles.tsv").open(encoding="utf-8") as _handle:
    TITLES = [row["kanji"] for row in csv.DictReader(_handle, delimiter="\t")]


def test_a_kanjis_readings_are_worked_out_once(
        record_calls: Callable[[object, str], list[Any]]) -> None:
    """A run's spans ask for the readings of the same kanji again and again (splitting a
    reading over the kanji of each span): each kanji's are worked out once."""
    reading_parts._kanji_readings_of.cache_clear()
    split_asks = record_calls(reading_parts, "kanji_readings")  # (split_over_kanji's)
    own_asks = record_calls(readings_module, "kanji_readings")  # (the resolver's own)
    r = Romanizer()
    for line in LINES + TITLES:
        r._romanize(line)
    worked_out = reading_parts._kanji_readings_of.cache_info().misses
    asked = split_asks + own_asks
    assert worked_out > 15
    assert len(asked) > worked_out + 10
    assert worked_out == len({(ch, True) for ch in asked})  # (every ask here wants nanori)
