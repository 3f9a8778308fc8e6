"""A given name read the Chinese way beside a word read the Japanese way is one coined name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_schools_coined_name_reads_on_throughout() -> None:
    # 啓 けい (a given name) + 西 にし: the school of 啓西, Keisei
    assert Romanizer().romanize("帯広市立啓西小学校") == "Obihiro shiritsu Keisei shōgakkō"


def test_given_names_with_their_entries_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_entries(monkeypatch, {"健杜", "翔麻", "洸介", "翔矢"})
    romanizer = Romanizer()
    assert romanizer.romanize("健杜") == "Kento"
    assert romanizer.romanize("翔麻") == "Shōma"
    # 介 すけ and 矢 や end given names far more often than their on readings
    assert romanizer.romanize("洸介").replace(" ", "") == "Kōsuke"  # (two words, as before)
    assert romanizer.romanize("翔矢").replace(" ", "") == "Shōya"
