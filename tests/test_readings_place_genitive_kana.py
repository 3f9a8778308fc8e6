"""UniDic lists some old provinces and places with the genitive の written into their
reading (甲斐 カイノ, 伊勢 イセノ, 槵触 クシフルノ: entries made for 甲斐の国); before
anything but 国 the の does not belong to the name."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_place_read_with_its_genitive_drops_it() -> None:
    # Wikipedia's shrine 槵觸神社 くしふるじんじゃ (was くしふるのじんじゃ); the writer
    # 甲斐名都 keeps her family name Kai (was "Kaino")
    houses = reading_gold("jawiki_houses.tsv")
    assert kana_of("槵觸神社") == houses["槵觸神社"]
    assert Romanizer().romanize("甲斐名都").startswith("Kai ")


def test_the_province_and_its_kuni_keep_the_genitive() -> None:
    assert Romanizer().romanize("甲斐国") == "Kai no kuni"
    assert Romanizer().romanize("甲斐守") == "Kai no Kami"
