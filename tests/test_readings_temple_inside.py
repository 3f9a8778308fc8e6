"""寺 inside a longer name: after a word read the Chinese way it is a temple's じ."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_temple_inside_a_longer_name_reads_its_ji() -> None:
    # Wikipedia title (tests/data/readings/jawiki_draw.tsv): UniDic's units 本願 + 寺 +
    # 神戸 + 別院, and 寺 read てら (was ほんがんてらこうべべついん)
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("本願寺神戸別院") == gold["本願寺神戸別院"]
    assert romanize("本願寺神戸別院") == "Honganji Kōbe betsuin"
    # a temple Mozc or a dictionary lists with でら keeps it
    assert romanize("清水寺") == "Kiyomizudera"
