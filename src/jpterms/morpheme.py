"""The unit the romaniser works on: one token of text with its reading and where it came from.

A :class:`Morpheme` starts as one MeCab (UniDic) token. The glossary and the reading
dictionaries may replace its reading or merge several into one; each keeps a note of
its ``source`` and ``confidence`` so that :meth:`jpterms.Romanizer.explain` can say
which readings are known and which are guesses.
"""

from __future__ import annotations

from dataclasses import dataclass

#: How sure a reading is, most sure first. "guess" is a single-kanji fallback.
CONFIDENCES = ("certain", "likely", "possible", "guess")


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One token with what word division and romanisation need."""

    surface: str
    reading: str  # katakana, long vowels marked with ー; "" for symbols and latin text
    kana: str  # katakana as spelled (wapuro writes this)
    pos: str  # UniDic POS joined with "-"
    proper: bool = False
    #: Word-division role: "" (a word of its own), "prev", "next", "after_inflecting",
    #: "punct" or "bound" (a conjunctive particle that joins the verb before it).
    role: str = ""
    #: For glossary matches and names: the reading already split into words (spaces)
    #: and which of those words are capitalised.
    words: tuple[str, ...] = ()
    capitals: tuple[bool, ...] = ()
    #: Where the reading came from: "unidic", "glossary", "jmdict", "jmnedict", "era",
    #: "province", "station", "kanjidic" or "pykakasi" (several joined with "+" when they
    #: agree).
    source: str = "unidic"
    #: One of :data:`CONFIDENCES`.
    confidence: str = "likely"
    #: Other readings (hiragana, spaces between words) the dictionaries allow.
    alternatives: tuple[str, ...] = ()
    #: Written together with the word after it (a prefix), hyphen or not.
    locked: bool = False
    #: A family name written before a given name (喜多村 of 喜多村緑郎), or a
    #: municipality's name before its suffix (十日町 of 十日町市): a 村 or 町 it ends with
    #: is part of the name, not an administrative suffix.
    family: bool = False
