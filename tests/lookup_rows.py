"""The development rows of ``tests/data/lookup`` as queries: a row's gold romaji with its
macrons stripped, as a user without macrons types it (``benchmarks/lookup_accuracy.py``
makes its queries the same way)."""

import csv
import unicodedata
from pathlib import Path

from jpterms.kana import strip_macrons

DATA = Path(__file__).parent / "data" / "lookup"


def query_for(file: str, japanese: str) -> str:
    """The macron-less romaji of the row of ``file`` whose Japanese is ``japanese``."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    return strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))
