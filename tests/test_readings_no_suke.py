"""A given name of a kanji, 之 and 助 (介, 輔, 進, 丞...) no list knows: X no suke."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_given_name_in_no_suke_reads_its_no(monkeypatch: pytest.MonkeyPatch) -> None:
    # people JMnedict lists (土屋矢之介 つちややのすけ, 尾高煌之助 おだかこうのすけ, 由比忠之進
    # ゆいちゅうのしん), read with their entries and their given names' set aside, as a
    # name no list knows is read: was つちや + や + ゆきすけ (之介 read as the name ゆきすけ)
    hide_entries(monkeypatch, {"土屋矢之介", "矢之介", "尾高煌之助", "煌之助", "由比忠之進", "忠之進"}, mozc=False)
    romanizer = Romanizer()
    assert romanizer.romanize("土屋矢之介") == "Tsuchiya Yanosuke"
    assert romanizer.romanize("尾高煌之助") == "Odaka Kōnosuke"
    assert romanizer.romanize("由比忠之進") == "Yui Chūnoshin"
