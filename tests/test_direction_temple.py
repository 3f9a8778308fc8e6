"""A direction before a temple a list gives reads as a place's direction, the temple as listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_direction_before_a_listed_temple(monkeypatch: pytest.MonkeyPatch) -> None:
    # JMnedict's temples with their entries set aside: read さい + ほんがんじ, じょう + ...
    hide_entries(monkeypatch, {"北妙法寺", "上仁和寺", "下薬師堂"})
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("北妙法寺")) == "きたみょうほうじ"
    assert "".join(w.kana for w in romanizer.explain("上仁和寺")) == "かみにんなじ"
    assert "".join(w.kana for w in romanizer.explain("下薬師堂")) == "しもやくしどう"  # a hall


def test_a_direction_before_a_temple_no_list_gives_whole() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("上妙法寺") == "Kami Myōhōji"
    assert romanizer.romanize("北本願寺") == "Kita Honganji"


def test_a_listed_whole_stays() -> None:
    resolver = Romanizer().readings
    assert resolver.cuts.direction_temple("東大寺") is None
    assert resolver.cuts.direction_temple("西本願寺") is None  # (listed whole: にしほんがんじ)
