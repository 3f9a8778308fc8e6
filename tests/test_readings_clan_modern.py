"""A modern man's name in -o after an ancient clan's name takes no の."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hidden_entries import hide_entries
from jpterms.romanize import Romanizer

if TYPE_CHECKING:
    import pytest


def test_a_modern_mans_name_after_a_clans_name_takes_no_genitive(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # people JMnedict lists (the politician 藤原房雄 ふじわらふさお, 平茂夫 たいらしげお, born
    # 1903), read with their own entries set aside, as a name no list knows is read
    hide_entries(monkeypatch, {"藤原房雄", "平茂夫", "藤原高藤"}, mozc=False)
    romanizer = Romanizer()
    assert romanizer.romanize("藤原房雄") == "Fujiwara Fusao"
    assert romanizer.romanize("平茂夫") == "Taira Shigeo"
    # an ancient clan's member keeps the の (JMnedict: ふじわらのたかふじ)
    assert romanizer.romanize("藤原高藤") == "Fujiwara no Takafuji"
