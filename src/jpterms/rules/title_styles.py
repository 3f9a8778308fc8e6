"""Which romanisation style a written word follows: Hepburn with macrons or
circumflexes, wāpuro (*kyougi*), traditional Hepburn (*Shimbun*), or a publisher's own
(*Saikou no Rikon*).

The system rules (JP201, JP202) report a word spelled another system's way; the macron
rules trust a writer who marks long vowels anywhere (:func:`marks_long_vowels`).

>>> other_style("kyougi", "kyōgi"), other_style("Shimbun", "Shinbun"), other_style("kyogi", "kyōgi")
(True, True, False)
>>> in_style("Shinbun", "traditional"), marks_long_vowels("Tôkyô")
('Shimbun', True)
"""

from __future__ import annotations

import re

from jpterms.kana import strip_macrons
from jpterms.lookup import TitleAnalysis, WordAnalysis
from jpterms.rules.title_alignment import SYLLABIC_M, is_particle, letters_of

STYLE_NAMES = {"modified": "modified Hepburn", "traditional": "traditional Hepburn",
               "plain": "Hepburn"}

MACRON_VOWELS = re.compile("[āīūēō]")
CIRCUMFLEXES = frozenset("âîûêôÂÎÛÊÔ\u0302")


def marks_long_vowels(text: str) -> bool:
    """Whether the writer marks long vowels anywhere (then a word that exists as written
    is taken at its word)."""
    return not LONG_MARKS.isdisjoint(text)  # as any(c in LONG_MARKS ...), at C speed


LONG_MARKS = frozenset("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ\u0304")


OTHER_SYSTEM = re.compile(r"ou|uu|m[bmp]|oh(?![aiueoy])")


def published_spelling(words: list[str], text: str) -> bool:
    """Whether a title is written the way a work's publisher romanises it: every word but
    particles capitalised (one word at least) and no long vowel marked, as in the titles
    of songs, films and series (*Saikou no Rikon*, *Budou*), not as a writer who
    romanises titles in sentence case (*Daitou chōshi*) or with macrons (*Zōho to Datsuro*).

    >>> [published_spelling(t.split(), t) for t in (
    ...     "Saikou no Rikon", "Daitou chōshi", "Oto no Shohousen: Ai no Shūhasū")]
    [True, False, False]
    """
    if any(c in LONG_MARKS for c in text):
        return False
    capitalised = [w[:1].isupper() for w in words if w[:1].isalpha() and not is_particle(w)]
    return bool(capitalised) and all(capitalised)


def own_name(analysis: TitleAnalysis, w: WordAnalysis) -> bool:
    """A capitalised word after another capitalised word: part of a proper name
    (Asahi Shimbun, Nihon Keizai Shimbunsha), spelled as its owner spells it."""
    words = analysis.words
    i = next(k for k, x in enumerate(words) if x is w)
    return w.written[:1].isupper() and i > 0 and words[i - 1].written[:1].isupper()


def in_style(correct: str, style: str) -> str:
    """The modified-Hepburn form as the chosen style writes it."""
    if style == "traditional":
        return _SYLLABIC_N.sub("m", correct).replace("n'", "n-")
    return correct


_SYLLABIC_N = re.compile(r"n(?=[bmp])")


def other_style(written: str, expected: str) -> bool:
    """Same word, spelled another system's way: kyougi/kyōgi (wāpuro), Shimbun/Shinbun
    (traditional Hepburn), Shinbun/Shimbun under --style traditional. Only those
    spellings count: a written macron is never turned into a doubled vowel, and a
    conversion that merely disagrees (Satoshikusa) is no other system."""
    w, e = written.lower().replace("-", ""), expected.lower().replace("-", "")
    if w == e or strip_macrons(w) == strip_macrons(e) or MACRON_VOWELS.search(w):
        return False  # identical, only macrons differ, or the writer marks long vowels
    if letters_of(w) != letters_of(e):
        return False
    explained = _WAPURO_LONG.sub(lambda m: _LONG_OF[m.group(0)], w)
    return explained in (e, SYLLABIC_M.sub("n", e), _SYLLABIC_N.sub("m", e)) or \
        SYLLABIC_M.sub("n", explained) == e or _SYLLABIC_N.sub("m", explained) == e


_WAPURO_LONG = re.compile(r"ou|uu|oo|oh(?![aiueoy])")
_LONG_OF = {"ou": "ō", "uu": "ū", "oo": "ō", "oh": "ō"}


def styled(text: str, style: str) -> str:
    """``text`` as ``style`` writes it: without macrons in the plain style.

    >>> styled("Tōkyō", "plain"), styled("Tōkyō", "modified")
    ('Tokyo', 'Tōkyō')
    """
    return strip_macrons(text) if style == "plain" else text
