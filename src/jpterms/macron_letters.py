"""The letters of a romanised word and the macrons it may lack: what every judgement of
spelling (:mod:`jpterms.spelling`, :mod:`jpterms.name_spellings`,
:mod:`jpterms.title_readings`) compares, and the verdict it gives.

>>> letters("Jun’ichiro"), adds_macrons("toshi", "tōshi"), adds_macrons("tōshi", "toshi")
('junichiro', True, False)
>>> with_long_vowels("Jun’ichiro", "jun'ichirō")
'Jun’ichirō'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jpterms.kana import normalize_romaji

__all__ = ["MACRON", "MacronVerdict", "adds_macrons", "lengthened", "letters", "match_case",
           "with_long_vowels"]

#: A vowel written with a macron.
MACRON = re.compile("[āīūēōĀĪŪĒŌ]")
_NOT_LETTER = re.compile(r"[^a-zāīūēō]")
_MACRON_OF = dict(zip("aiueoAIUEO", "āīūēōĀĪŪĒŌ", strict=True))


@dataclass(frozen=True, slots=True)
class MacronVerdict:
    """A missing macron: the suggested spelling, how sure, and the spellings considered.
    ``torn``: the lexicon chose between two readings of a piece of a compound no list
    knows that are about as common (:meth:`jpterms.compound_words.CompoundReader.compound`), a
    toss-up a reading of the whole word may settle.

    >>> MacronVerdict("sōbihin", "certain", ("sōbihin",))
    MacronVerdict(suggestion='sōbihin', confidence='certain', alternatives=('sōbihin',))
    """

    suggestion: str
    confidence: str
    alternatives: tuple[str, ...] = ()
    torn: bool = field(default=False, repr=False)


def letters(text: str) -> str:
    """``text``'s letters in lower case as :func:`jpterms.kana.normalize_romaji` writes
    them, macrons kept, all else (apostrophes, hyphens) left out.

    >>> letters("Ōkago-mura"), letters("Tokyo")
    ('ōkagomura', 'tokyo')
    """
    lowered = normalize_romaji(text).lower()
    if lowered.isascii() and lowered.isalpha():
        return lowered  # a-z only (most words): nothing for the pattern to take out
    return _NOT_LETTER.sub("", lowered)


def match_case(written: str, suggestion: str) -> str:
    """``suggestion`` with the case of ``written``'s first letter.

    >>> match_case("Toshi", "tōshi"), match_case("toshi", "Tōshi")
    ('Tōshi', 'tōshi')
    """
    first = suggestion[:1].upper() if written[:1].isupper() else suggestion[:1].lower()
    return first + suggestion[1:]


def lengthened(syllable: str) -> str:
    """A written syllable with its vowel long.

    >>> lengthened("sho"), lengthened("n")
    ('shō', 'n')
    """
    return syllable[:-1] + _MACRON_OF[syllable[-1]] if syllable[-1:] in _MACRON_OF else syllable


def with_long_vowels(written: str, letters: str) -> str:
    """``written`` with a macron on each vowel that ``letters`` (its :func:`letters`,
    macrons added) marks long; its case, apostrophes and hyphens kept.

    >>> with_long_vowels("Jun’ichiro", "jun'ichirō")
    'Jun’ichirō'
    """
    out = list(written)
    marked = [c for c in letters if c.isalpha()]
    at = 0
    for k, c in enumerate(written):
        if not c.isalpha():
            continue
        if at < len(marked) and MACRON.match(marked[at]) and c in _MACRON_OF:
            out[k] = _MACRON_OF[c]
        at += 1
    return "".join(out)


def adds_macrons(written: str, form: str) -> bool:
    """``form`` keeps every macron ``written`` has and adds at least one.

    >>> adds_macrons("kyoto", "kyōto"), adds_macrons("kyōto", "kyoto"), adds_macrons("kyoto", "kyōtō")
    (True, False, True)

    A macron goes on the vowel written there, never on another: *houji* is no *hōōji*
    (ほうおうじ, whose second vowel is an o), which the prose rule once offered as "Hōūji".

    >>> adds_macrons("houji", "hōōji"), adds_macrons("houji", "hōuji")
    (False, True)
    """
    if len(written) != len(form):
        return False
    added = False
    for a, b in zip(written, form, strict=True):
        if a == b:
            continue
        if _MACRON_OF.get(a) != b:
            return False  # a macron removed, or another letter changed
        added = True
    return added
