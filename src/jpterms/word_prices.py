"""What a dictionary word costs in a look-up's lattice for how it is written, before where
it stands: kana and kanji only, the long mark after katakana only; a word all in
hiragana, all in katakana, or in kanji with okurigana costs more, and so does an old
kanji form (澤, 國) the dictionaries also list the modern form of.

>>> cost = word_cost()
>>> cost("中沢", "なかざわ", 5000), cost("中澤", "なかざわ", 5000), cost("なかざわ", "なかざわ", 5000)
(5000, 6000, 7000)
>>> cost("緩和5", "かんわ5", 5000) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from jpterms.lookup_costs import (
    HIRAGANA_PENALTY,
    KATAKANA_PENALTY,
    OKURIGANA_PENALTY,
    OLD_FORM_COST,
)
from jpterms.old_forms import old_forms

__all__ = ["old_form_chars", "old_form_codes", "word_cost"]


#: A word the lattice may price, as :func:`word_cost` tests it: kana and
#: kanji only (:func:`jpterms.kana.is_hiragana`, :func:`~jpterms.kana.is_katakana`,
#: :func:`~jpterms.kana.is_kanji`), the long mark after katakana only; all hiragana, all
#: katakana, or kanji with hiragana.
_WORD_CHARS = re.compile("[\u3041-\u309f\u30a1-\u30ff\u4e00-\u9fff\u3400-\u4dbf々〆]+").fullmatch
_ORPHAN_LONG_MARK = re.compile("(?<![\u30a1-\u30ff])ー").search
_ALL_HIRAGANA = re.compile("[\u3041-\u309f]+").fullmatch
_ALL_KATAKANA = re.compile("[\u30a1-\u30ff]+").fullmatch
_HAS_HIRAGANA = re.compile("[\u3041-\u309f]").search
_HAS_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf々〆]").search


@lru_cache(maxsize=1)
def old_form_codes() -> frozenset[int]:
    """Code points of old kanji forms (經, 澤) whose modern forms the dictionaries list."""
    return frozenset(old_forms())


@lru_cache(maxsize=1)
def old_form_chars() -> frozenset[str]:
    """Old kanji forms (經, 澤) whose modern forms the dictionaries list."""
    return frozenset(map(chr, old_form_codes()))


def word_cost() -> Callable[[str, str, int], int | None]:
    """A dictionary word's cost as the lattice prices it, None where it may not stand
    for romaji at all. A word with a digit is one of them: the digits a query writes are
    kept as text in slots of their own, so a digit inside a word read from romaji would
    stand for a numeral the query spelled out (*kanwa go*: 緩和後, never 緩和5), however
    many digits the rest of the query writes."""
    old_forms = old_form_chars()

    def cost(written: str, reading: str, base: int) -> int | None:
        # (each test a regular expression's, in C: this prices every word of every
        # trie node a look-up reaches)
        if not _WORD_CHARS(written):
            return None  # Latin letters, symbols, digits
        if "ー" in written and _ORPHAN_LONG_MARK(written):
            return None  # the long mark belongs after katakana only
        if not old_forms.isdisjoint(written):
            # 中澤 after 中沢: the modern form is the usual one
            base += OLD_FORM_COST * sum(ch in old_forms for ch in written)
        if _ALL_HIRAGANA(written):
            return base + HIRAGANA_PENALTY
        if _ALL_KATAKANA(written):
            return base + KATAKANA_PENALTY
        if _HAS_HIRAGANA(written) and _HAS_KANJI(written):
            return base + OKURIGANA_PENALTY
        return base
    return cost
