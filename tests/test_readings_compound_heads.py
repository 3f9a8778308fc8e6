"""A kanji UniDic reads as a word of its own (月 がつ) heading an unlisted compound."""

from __future__ import annotations

from explained import kana_of
from jpterms.romanize import Romanizer


def test_getsu_heads_a_compound() -> None:
    romanizer = Romanizer()
    # 月 + 没 (moonset): was がつぼつ, the months' がつ
    assert kana_of(romanizer, "月没") == "げつぼつ"
    # before one kanji the compound's sound change: げっさん
    assert kana_of(romanizer, "月産") == "げっさん"


def test_getsu_before_a_numeral_stays() -> None:
    # a numeral after 月 counts: no compound
    assert kana_of(Romanizer(), "月二回") == "つきにかい"
