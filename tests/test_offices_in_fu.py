"""府 is a prefecture's suffix, with a hyphen, only after Kyōto, Ōsaka and the 府 of
1868; any other 府 is an office of government or part of a place's name, one word with
what comes before it (issue 9)."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_an_office_in_fu_is_one_word() -> None:
    # Wikipedia's 大宰府 and 太宰府信号場 (tests/data/readings/history_terms.tsv,
    # jawiki_draw.tsv: だざいふ; were "Dazai-fu"); the Library of Congress's name
    # headings "Japan. Naikakufu", "Chōsen Sōtokufu" (were "Naikaku-fu", "Sōtoku-fu")
    assert romanize("大宰府") == "Dazaifu"
    assert romanize("内閣府") == "Naikakufu"
    assert romanize("朝鮮総督府") == "Chōsen Sōtokufu"
    assert romanize("横須賀鎮守府") == "Yokosuka Chinjufu"
    # JMnedict's place 南別府 みなみべふ (was "Minamibe-fu")
    assert romanize("南別府") == "Minamibefu"


def test_a_prefecture_in_fu_keeps_its_hyphen() -> None:
    assert romanize("京都府") == "Kyōto-fu"
    assert romanize("大阪府堺市") == "Ōsaka-fu Sakai-shi"
    assert romanize("東京府") == "Tōkyō-fu"
    assert romanize("京都府立大学") == "Kyōto furitsu daigaku"


def test_the_readings_are_the_sources() -> None:
    gold = reading_gold("history_terms.tsv")
    assert kana_of("大宰府") == gold["大宰府"]
