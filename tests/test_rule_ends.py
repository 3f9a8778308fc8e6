"""The endings two rules of refine look for before anything else (made once from the data,
not per call): a province's 国 and offices, and the counters of counted days; the rules
read as before (examples of their docstrings)."""

from __future__ import annotations

from jpterms.counted_readings import _counted_day_ends
from jpterms.division import rules
from jpterms.eras_provinces import _province_ends
from jpterms.romanize import Romanizer


def test_the_endings_are_the_data_s() -> None:
    assert set(_province_ends()) == {"国", *rules()["province_offices"]["words"]}
    assert set(_counted_day_ends()) == set(rules()["counted_days"]["counters"])
    assert {"日", "日間", "人"} <= set(_counted_day_ends())


def test_the_rules_still_read_provinces_and_counted_days() -> None:
    r = Romanizer()
    assert r.romanize("武蔵国") == "Musashi no kuni"
    assert r.romanize("三河守") == "Mikawa no Kami"
    assert r.romanize("三十五日間") == "Sanjūgonichikan"
