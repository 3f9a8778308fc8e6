"""一日 after the genitive の is a day (いちにち), unless a month comes before the の (the
first of the month, ついたち)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "romaji"), [
    # aozora_titles (dev look-up rows): Akutagawa's story; UniDic's ツイタチ after の
    ("年末の一日", "Nenmatsu no ichinichi"),
    ("五月の一日", "Gogatsu no tsuitachi"),  # a month before the の: its first day
    ("四月一日", "Shigatsu tsuitachi"),  # no の: a date
])
def test_one_day_after_no(text: str, romaji: str) -> None:
    assert Romanizer(sources=("jmdict", "jmnedict", "mozc")).romanize(text) == romaji
