"""Romanizer._digit_counter takes the longest counter a run after digits begins with,
found by looking up the run's first three, two, one characters (for speed, not by trying
every counter): the same counter as trying every one, for each counter and what may follow."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


def test_the_longest_counter_the_run_begins_with() -> None:
    r = Romanizer()
    counters = r._digit_counters
    assert r._digit_counter_size == max(map(len, counters))
    assert any(len(k) == 3 for k in counters) and "" not in counters
    for key in counters:
        for rest in ("", "の", "間", "目", "に", "生"):
            run = key + rest
            found = r._digit_counter(run)
            longest = max((k for k in counters if run.startswith(k)), key=len)
            assert found is None or found[0] == longest, run


@pytest.mark.parametrize(("run", "counter", "rest"), [
    ("日間の", "日間", "の"),  # (not 日 + 間の)
    ("ヶ月間", "ヶ月間", ""),  # (not ヶ月 + 間)
    ("巻目", "巻", "目"),
    ("回", "回", ""),
])
def test_counters_after_digits(run: str, counter: str, rest: str) -> None:
    found = Romanizer()._digit_counter(run)
    assert found is not None and (found[0], found[3]) == (counter, rest)
