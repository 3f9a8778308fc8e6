"""A place and a site word UniDic reads as a suffix is no person with a given name."""

from __future__ import annotations

from explained import kana_of
from jpterms.romanize import Romanizer


def test_a_site_word_ending_the_input_keeps_its_reading() -> None:
    romanizer = Romanizer()
    # a hermitage: was 富士見 + the given name 庵 いおり
    assert kana_of(romanizer, "富士見庵") == "ふじみあん"
    # a castle: was 柳 + the given name 野城 のしろ
    assert kana_of(romanizer, "柳野城") == "やなぎのじょう"


def test_a_given_name_before_the_site_word_stays_a_person() -> None:
    # 遠藤 + 丈庵: the given name keeps 庵 あん as UniDic reads it
    assert Romanizer().romanize("遠藤丈庵") == "Endō Jōan"
