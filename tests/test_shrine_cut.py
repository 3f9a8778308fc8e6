"""A shrine's name whose 神社 a unit ran into is read apart from the word 神社."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_mountains_shrine_is_no_mountain_god(monkeypatch: pytest.MonkeyPatch) -> None:
    # JMnedict's shrines with their entries set aside: 山神 + 社 was やまのかみしゃ
    hide_entries(monkeypatch, {"大天狗山神社", "佐毘売山神社"})
    romanizer = Romanizer()
    kana = "".join(w.kana for w in romanizer.explain("大天狗山神社"))
    assert kana == "だいてんぐやまじんじゃ"  # (JMnedict: おおてんぐやまじんじゃ)
    assert "".join(w.kana for w in romanizer.explain("佐毘売山神社")).endswith("やまじんじゃ")


def test_a_shrine_no_list_gives() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("龍頭山神社") == "Ryūzuyama jinja"  # (was Yamanokamisha)
    assert romanizer.romanize("国片主神社") == "Kuni katanushi jinja"  # (was shushinsha)


def test_the_word_kept_stays_in_the_run() -> None:
    romanizer = Romanizer()
    assert romanizer._shrine_cut("荏柄天神社") is None  # 天神 + 社 てんじんしゃ
    assert romanizer._shrine_cut("松山神社") is None  # 神社 a unit of its own
