"""``benchmarks/lookup_accuracy.py --depth N``: where the source's kanji stand among N
results, per file, on real rows (the Drixler index's names), so that a miss the ranking
might mend is told from one only new vocabulary or segmentation can mend."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRIXLER = ROOT / "tests" / "data" / "lookup" / "drixler_names.tsv"


@pytest.fixture(scope="module")
def accuracy(load: Callable[[str], ModuleType]) -> ModuleType:
    return load("lookup_accuracy")


def test_depth_counts_every_row_once(accuracy: ModuleType,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from _common import run

    assert run(accuracy.main, ["lookup_accuracy.py", "--depth", "20", str(DRIXLER)]) == 0
    out = capsys.readouterr().out
    ranks = re.search(r"ranks \(depth 20\): (.*)", out)
    assert ranks is not None
    counts = {label: int(n) for label, n in
              (part.rsplit(" ", 1) for part in ranks.group(1).split(", "))}
    rows = len(accuracy.rows(DRIXLER))
    assert sum(counts.values()) == rows
    first = re.search(r"drixler_names\.tsv\s+top1 (\d+)/(\d+)", out)
    assert first is not None and int(first.group(2)) == rows
    assert counts["first"] == int(first.group(1))  # the first of N is the first of five
    assert set(counts) <= {"first", "2-5", "6-10", "11-20", "absent"}


@pytest.mark.parametrize("value", ["x", "3", "1000"])
def test_a_bad_depth_is_one_line_and_exit_2(accuracy: ModuleType, value: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from _common import run

    assert run(accuracy.main, ["lookup_accuracy.py", "--depth", value, str(DRIXLER)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--depth" in err
