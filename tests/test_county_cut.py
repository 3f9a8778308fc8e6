"""A town or village after its county is read apart from the county."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_village_after_its_county_is_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # JMnedict's villages, their entries set aside: UniDic read 郡上 ぐじょう, 郡里 こうり
    hide_entries(monkeypatch, {"薩摩郡里村", "吉敷郡小郡町"})
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("薩摩郡里村")) == "さつまぐんさとむら"
    assert "".join(w.kana for w in romanizer.explain("吉敷郡小郡町")).startswith(
        "よしきぐんおごおり")  # (was よしきぐんまち: 小郡 lost)
    assert romanizer.readings.cuts.county_cut("薩摩郡里村") == 3
    # 上齋原村 as JMnedict writes it, 斎 as most do now: a name no list has whole
    assert "".join(w.kana for w in romanizer.explain("苫田郡上斎原村")) == "とまたぐんかみさいばらそん"


def test_no_cut_before_a_municipality_of_the_list() -> None:
    resolver = Romanizer().readings
    # read as the official list reads it after its county (下閉伊郡 + 山田町 やまだまち)
    assert resolver.cuts.county_cut("下閉伊郡山田町") is None
    assert resolver.cuts.county_cut("郡上市") is None
    assert resolver.cuts.county_cut("大野郡部") is None
