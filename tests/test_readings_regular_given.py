"""A given name's reading that splits over its kanji comes before one that does not."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_regular_reading_is_taken_where_no_source_decides() -> None:
    romanizer = Romanizer()
    # JMnedict's given name 房郎 すえじろう splits over no reading of its kanji; ふさお
    # (a name of no kind in JMnedict) does: was Kubo Suejirō
    assert romanizer.romanize("久保房郎") == "Kubo Fusao"
    # 奈智美 ちなみ reads 奈 as no one reads it: was Itakura Chinami
    assert romanizer.romanize("板倉奈智美") == "Itakura Nachimi"
    # JMnedict's only given name 秀朝 ひどても is a slip for ひでとも, its name of no
    # kind (and Mozc's): was Yūki Hidotemo
    assert romanizer.romanize("結城秀朝") == "Yūki Hidetomo"
    assert romanizer.romanize("金子和令") == "Kaneko Kazunori"


def test_the_irregular_reading_stays_an_alternative() -> None:
    words = Romanizer().explain("久保房郎")
    assert words[1].kana == "ふさお"
    assert "Suejirō" in words[1].alternatives


def test_irregular_readings_no_regular_one_rivals_stay() -> None:
    # 百合子 ゆりこ splits over no kanji reading (百 ゆ), and is the name all the same
    assert Romanizer().romanize("山田百合子") == "Yamada Yuriko"
