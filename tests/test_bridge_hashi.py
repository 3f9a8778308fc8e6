"""A bridge's name no list gives, read with 橋 the Chinese way, ends in ばし."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_an_unlisted_bridge_is_hashi(monkeypatch: pytest.MonkeyPatch) -> None:
    # JMnedict's bridges with their entries set aside (were おんせんきょう, ゆうびんきょう)
    hide_entries(monkeypatch, {"温泉橋", "郵便橋"})
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("温泉橋")) == "おんせんばし"
    assert "".join(w.kana for w in romanizer.explain("郵便橋")) == "ゆうびんばし"


def test_a_bridge_word_keeps_kyo() -> None:
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("関西国際空港連絡橋")).endswith("れんらくきょう")
    assert "".join(w.kana for w in romanizer.explain("渡月橋")) == "とげつきょう"  # (listed)
