"""Kanji numbers as a look-up meets them: their numerals, their value, and a number a
query spelled out digit by digit (一二 for 12, as vertical print writes 12), which the
look-up drops from its lattice (:class:`DigitByDigit`).

>>> kanji_number_value("十二"), kanji_number_value("百五"), kanji_number_value("第二")
(12, 105, None)
>>> "12".translate(DIGITS_AS_KANJI), DIGIT_RUN.findall("一二月")
('一二', ['一二'])
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jpterms.lattice import Edge

__all__ = ["DIGITS_AS_KANJI", "DIGIT_RUN", "KANJI_DIGITS_SET", "NUMERALS", "DigitByDigit",
           "kanji_number_value"]

#: The kanji a number word ends in where it is a number alone (no counter after it).
NUMERALS = frozenset("〇一二三四五六七八九十百")
#: Arabic digits to kanji digits (12: 一二; not :data:`jpterms.numbers.KANJI_DIGITS`, the
#: digits themselves), and a run of two or more kanji digits.
_DIGIT_CHARS = "〇一二三四五六七八九"  # 0 to 9
DIGITS_AS_KANJI = str.maketrans("0123456789", _DIGIT_CHARS)
DIGIT_RUN = re.compile(f"[{_DIGIT_CHARS}]{{2,}}")
#: The kanji digits, for a test of whether a word writes any.
KANJI_DIGITS_SET = frozenset(_DIGIT_CHARS)
_UNITS = {"十": 10, "百": 100, "千": 1000}


def kanji_number_value(kanji: str) -> int | None:
    """The value of a well-formed kanji number below 10,000, None for anything else.

    >>> kanji_number_value("十二"), kanji_number_value("百五"), kanji_number_value("第二")
    (12, 105, None)
    """
    total = digit = 0
    for ch in kanji:
        if ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
        elif ch in KANJI_DIGITS_SET and ch != "〇" and not digit:
            digit = _DIGIT_CHARS.index(ch)
        else:
            return None
    return total + digit if kanji else None


class DigitByDigit:
    """Whether a word writes a number the query spelled out digit by digit in kanji
    (*juni gatsu*: 一二月 for 十二月, *juichigatsu*: 一一月): not a well-formed number.
    Names made of digits read otherwise (三四郎 Sanshirō, 二四三 Nishizō) are kept.
    ``numbers`` maps the kana of each number word to its kanji (じゅうに: 十二).

    >>> from jpterms.lattice import Edge
    >>> by_digits = DigitByDigit({"じゅうに": "十二", "さん": "三"})
    >>> by_digits(Edge(0, 3, "一二月", "じゅうにがつ", 0, 0, 0, "mozc"))
    True
    >>> by_digits(Edge(0, 3, "十二月", "じゅうにがつ", 0, 0, 0, "mozc"))
    False
    """

    def __init__(self, numbers: dict[str, str]) -> None:
        out: dict[str, list[str]] = {}
        for kana, kanji in numbers.items():
            value = kanji_number_value(kanji)
            if value is not None and value >= 10:
                out.setdefault(str(value).translate(DIGITS_AS_KANJI), []).append(kana)
        #: A number of two or more digits written digit by digit in kanji (一二 for 12) to
        #: the kana of the number (じゅうに).
        self.by_digits = {digits: tuple(kanas) for digits, kanas in out.items()}

    def __call__(self, e: Edge) -> bool:
        if e.source == "text" or KANJI_DIGITS_SET.isdisjoint(e.written):
            return False  # (a run needs kanji digits: most words have none)
        for run in DIGIT_RUN.findall(e.written):
            if any(kana in e.kana for kana in self.by_digits.get(run, ())):
                return True
        return False
