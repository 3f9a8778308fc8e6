"""Which romanisation style a written word follows: Hepburn with macrons or
circumflexes, wāpuro (*kyougi*), traditional Hepburn (*Shimbun*), or a publisher's own
(*Saikou no Rikon*).

The system rules (JP201, JP202) report a word spelled another system's way; the macron
rules trust a writer who marks long vowels anywhere (:func:`_marks_long_vowels`).

>>> _other_style("kyougi", "kyōgi"), _other_style("Shimbun", "Shinbun"), _other_style("kyogi", "kyōgi")
(True, True, False)
>>> _in_style("Shinbun", "traditional"), _marks_long_vowels("Tôkyô")
('Shimbun', True)
"""

from __future__ import annotations

import re

from jpterms.kana import strip_macrons
from jpterms.lookup import TitleAnalysis, WordAnalysis
from jpterms.rules.title_alignment import _SYLLABIC_M, _is_particle, _letters

_STYLE_NAMES = {"modified": "modified Hepburn", "traditional": "traditional Hepburn",
                "plain": "Hepburn"}

_MACRON_VOWELS = re.compile("[āīūēō]")
_CIRCUMFLEXES = frozenset("âîûêôÂÎÛÊÔ\u0302")


def _marks_long_vowels(text: str) -> bool:
    """Whether the writer marks long vowels anywhere (then a word that exists as written
    is taken at its word)."""
    return not _LONG_MARKS.isdisjoint(text)  # as any(c in _LONG_MARKS ...), at C speed


_LONG_MARKS = frozenset("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ\u0304")


_OTHER_SYSTEM = re.compile(r"ou|uu|m[bmp]|oh(?![aiueoy])")


def _published_spelling(words: list[str], text: str) -> bool:
    """Whether a title is written the way a work's publisher romanises it: every word but
    particles capitalised (one word at least) and no long vowel marked, as in the titles
    of songs, films and series (*Saikou no Rikon*, *Budou*), not as a writer who
    romanises titles in sentence case (*Daitou chōshi*) or with macrons (*Zōho to Datsuro*).

    >>> [_published_spelling(t.split(), t) for t in (
    ...     "Saikou no Rikon", "Daitou chōshi", "Oto no Shohousen: Ai no Shūhasū")]
    [True, False, False]
    """
    if any(c in _LONG_MARKS for c in text):
        return False
    capitalised = [w[:1].isupper() for w in words if w[:1].isalpha() and not _is_particle(w)]
    return bool(capitalised) and all(capitalised)


def _own_name(analysis: TitleAnalysis, w: WordAnalysis) -> bool:
    """A capitalised word after another capitalised word: part of a proper name
    (Asahi Shimbun, Nihon Keizai Shimbunsha), spelled as its owner spells it."""
    words = analysis.words
    i = next(k for k, x in enumerate(words) if x is w)
    return w.written[:1].isupper() and i > 0 and words[i - 1].written[:1].isupper()


def _in_style(correct: str, style: str) -> str:
    """The modified-Hepburn form as the chosen style writes it."""
    if style == "traditional":
        return _SYLLABIC_N.sub("m", correct).replace("n'", "n-")
    return correct


_SYLLABIC_N = re.compile(r"n(?=[bmp])")


def _other_style(written: str, expected: str) -> bool:
    """Same word, spelled another system's way: kyougi/kyōgi (wāpuro), Shimbun/Shinbun
    (traditional Hepburn), Shinbun/Shimbun under --style traditional. Only those
    spellings count: a written macron is never turned into a doubled vowel, and a
    conversion that merely disagrees (Satoshikusa) is no other system."""
    w, e = written.lower().replace("-", ""), expected.lower().replace("-", "")
    if w == e or strip_macrons(w) == strip_macrons(e) or _MACRON_VOWELS.search(w):
        return False  # identical, only macrons differ, or the writer marks long vowels
    if _letters(w) != _letters(e):
        return False
    explained = _WAPURO_LONG.sub(lambda m: _LONG_OF[m.group(0)], w)
    return explained in (e, _SYLLABIC_M.sub("n", e), _SYLLABIC_N.sub("m", e)) or \
        _SYLLABIC_M.sub("n", explained) == e or _SYLLABIC_N.sub("m", explained) == e


_WAPURO_LONG = re.compile(r"ou|uu|oo|oh(?![aiueoy])")
_LONG_OF = {"ou": "ō", "uu": "ū", "oo": "ō", "oh": "ō"}


def _styled(text: str, style: str) -> str:
    return strip_macrons(text) if style == "plain" else text
