"""A place JMnedict lists whole as UniDic reads its units: the units keep those readings."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import explain


def test_a_place_listed_whole_keeps_its_units_readings() -> None:
    # Japan Post's reading (towns_japanpost_tokyo.tsv): JMnedict lists 千住柳町 only as
    # せんじゅやなぎちょう, as UniDic reads 千住 + 柳町; 柳町 alone was then read again
    # as Mozc's cheaper やなぎまち
    towns = reading_gold("towns_japanpost_tokyo.tsv")
    assert kana_of("千住柳町") == towns["千住柳町"]
    assert [w.kana for w in explain("千住柳町")] == ["せんじゅ", "やなぎちょう"]
    # the words of such a place are still made as before (飛鳥山 one word, not 飛鳥 + 山)
    assert [w.text for w in explain("飛鳥山公園")] == ["飛鳥山", "公園"]
