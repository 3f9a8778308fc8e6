"""The modern fiction titles of tests/data/readings (make_modern_fiction_titles.py): rows
of an outside source, new to the data, split into halves that share no title."""

from __future__ import annotations

import csv
import re
from pathlib import Path

READINGS = Path(__file__).parent / "data" / "readings"
DATA = Path(__file__).parent / "data"
HALVES = (READINGS / "modern_fiction_titles.tsv",
          READINGS / "heldout" / "modern_fiction_titles_heldout.tsv")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_modern_fiction_titles_are_new_outside_rows() -> None:
    """Every row is the source's (a title in Japanese script, a romanisation without
    macrons), the halves are the same size and share no title, and no title is in any
    other data file."""
    mine: set[str] = set()
    for path in HALVES:
        rows = _rows(path)
        assert len(rows) >= 80, path
        for row in rows:
            assert row["source"].startswith("github:hoytlong/Values_In_Numbers@"), row
            assert re.search(r"[\u3040-\u30ff\u3400-\u9fff]", row["japanese"]), row
            assert re.fullmatch(r"[A-Za-z' :-]+", row["gold_romaji"]), row
            assert row["japanese"] not in mine, row
            mine.add(row["japanese"])
    others = {r["japanese"] for p in DATA.glob("**/*.tsv")
              if "modern_fiction_titles" not in p.name and "sources" not in p.parts
              for r in _rows(p) if r.get("japanese")}
    assert not mine & others
