"""The development rows of ``tests/data/readings``: the gold kana a source gives for a row
(``benchmarks/measure_readings.py`` scores readings against the same column)."""

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data" / "readings"


def gold_kana(file: str, japanese: str) -> str:
    """The kana of the first row of ``file`` whose Japanese is ``japanese``."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        return next(r["kana"] for r in csv.DictReader(fh, delimiter="\t")
                    if r["japanese"] == japanese)
