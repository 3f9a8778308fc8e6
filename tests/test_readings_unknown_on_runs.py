"""A word UniDic does not know, read the Chinese way, in a Sino-Japanese run."""

from __future__ import annotations

from explained import kana_of
from jpterms.romanize import Romanizer


def test_an_unknown_word_read_on_joins_the_run() -> None:
    romanizer = Romanizer()
    # 叱列 (pykakasi しつれつ) + 平: was たいら, UniDic's word of its own
    assert kana_of(romanizer, "叱列平") == "しつれつへい"
    # 達 (UniDic たっし) + 奚震 (pykakasi けいしん)
    assert kana_of(romanizer, "達奚震") == "たつけいしん"


def test_a_listed_word_beside_an_unknown_one_stays() -> None:
    # 三河 + 忿劇: a place of two kanji is no unit of one kanji
    assert kana_of(Romanizer(), "三河忿劇") == "みかわふんげき"
