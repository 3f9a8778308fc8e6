"""The words of a look-up's query that are not Japanese: a foreign name or word no
dictionary lists, read in katakana as its letters (*Barutazaaru* バルタザアル:
:func:`add_transliterations`), and letters that no reading may keep (*xqzvwk*:
:func:`foreign_text`), an acronym a Japanese name writes (NHK出版) aside.

>>> from jpterms.lattice import Edge
>>> foreign_text(Edge(0, 1, "Songling", "", 0, 0, 0, "text")), foreign_text(Edge(0, 1, "NHK", "", 0, 0, 0, "text"))
(True, False)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jpterms.kana import is_japanese_char, to_katakana
from jpterms.lookup_costs import TRANSLITERATED_SLOTS, TRANSLITERATION_COST
from jpterms.mozc_contexts import NOUN_CONTEXT

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Edge, Slot

__all__ = ["LOANWORD_SYLLABLES", "add_transliterations", "foreign_text"]


#: The syllables only loanwords have (フォ, ティ, ヴァ, ウィ, シェ), and a vowel written
#: twice (バルタザアル *Barutazaaru*, where Hepburn writes a Japanese long vowel once): what
#: marks a written word as a foreign one worth reading in katakana.
LOANWORD_SYLLABLES = frozenset({"fa", "fi", "fe", "fo", "ti", "di", "tu", "du", "va", "vi",
                                "vu", "ve", "vo", "wi", "we", "she", "che", "je", "ye"})
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1")


def foreign_text(e: Edge) -> bool:
    """Whether ``e`` keeps a query's letters that are not Japanese (a word that is not
    romaji: xqzvwk, Songling); digits, punctuation and kanji or kana written in the query
    are kept as they are.

    >>> from jpterms.lattice import Edge
    >>> foreign_text(Edge(0, 1, "Songling", "", 0, 0, 0, "text"))
    True
    >>> foreign_text(Edge(0, 1, "2", "2", 0, 0, 0, "text"))
    False
    >>> foreign_text(Edge(0, 1, "NHK", "", 0, 0, 0, "text"))
    False
    """
    if e.source != "text":
        return False
    if _ACRONYM.fullmatch(e.written):
        return False  # NHK 出版, PHP 研究所: a body's letters, written so in Japanese too
    return any(ch.isalpha() and not is_japanese_char(ch) for ch in e.written)


#: Capital letters a Japanese name writes as they are (NHK出版, PHP研究所, JR難波).
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def add_transliterations(edges: list[list[Edge]], slots: list[Slot]) -> None:
    """Each written word of :data:`TRANSLITERATED_SLOTS` syllables or more that looks foreign
    (:data:`LOANWORD_SYLLABLES`, a vowel written twice) also read as its
    letters in katakana, as written (short vowels), at :data:`TRANSLITERATION_COST` a
    syllable: a foreign name or word (*Barutazaaru* バルタザアル, *Fosuforessusensu*) no
    dictionary lists reads so before the pieces the lattice makes of it (バルタ + 座 + ある),
    and after any reading of Japanese words. A written word a dictionary or a list reads
    whole (*tozanguchi* 登山口, a station's name) is none."""
    from jpterms.lattice import new_edge
    p = 0
    while p < len(slots):
        end = p + 1
        while end < len(slots) and not slots[end - 1].last:
            end += 1
        run = slots[p:end]
        if len(run) >= TRANSLITERATED_SLOTS and run[0].first and run[-1].last and \
                all(s.options and not s.fixed for s in run) and \
                all(e.end != end for e in edges[p]) and (  # a word some list has whole is none
                    any(s.written.lower() in LOANWORD_SYLLABLES for s in run) or
                    _DOUBLED_VOWEL.search("".join(s.written.lower() for s in run))):
            kana = "".join(s.options[0][0] for s in run)
            edges[p].append(new_edge(p, end, to_katakana(kana), kana, NOUN_CONTEXT, NOUN_CONTEXT,
                                     TRANSLITERATION_COST * len(run), "letters"))
        p = end
