"""The walk of Mozc's trie over an input's characters reads the small ke of place names
(霞ヶ関 が, 三ヶ町 か): before, an input with ヶ found no Mozc reading at all."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.readings import ReadingResolver


def test_the_small_ke_is_walked() -> None:
    r = ReadingResolver()
    assert r.mozc_readings("霞ヶ関") == {"かすみがせき": 4783}
    assert r.mozc_readings("三ヶ町商店街") == {"さんかちょうしょうてんがい": 7426}
    # Wikipedia's readings: were じゅうやがはし, …けんがおか…
    assert kana_of("十夜ヶ橋") == reading_gold("jawiki_draw.tsv")["十夜ヶ橋"]
    name = "長野県松本県ヶ丘高等学校"
    assert kana_of(name) == reading_gold("jawiki_schools.tsv")[name]
