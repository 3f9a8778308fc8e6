"""Romanised words written right before their own original: ``Ahen sensō 阿片戦争``.

Scholarly texts and bibliographies often give a title or a name in romaji and then
in Japanese script (``Dattan shippūroku 韃靼疾風録``, ``Inami Ryōichi 井波陵一``,
``Tonkō (敦煌)``). The original decides the romaji's long vowels: it is romanised, and
where its letters are exactly the letters written before it (macrons, spaces,
hyphens and punctuation aside), every long vowel of its romanisation is a long
vowel those words should mark. Where the letters differ (another reading, a
Chinese name in pinyin, a kanji left unread), the pair says nothing.

Finding the pairs is cheap (:func:`find_pairs`: Japanese script after a Latin
letter); reading them (:func:`read_pair`) romanises the original once.

>>> from jpterms.glossary import Glossary
>>> text = "Chin Shunshin. 1971. Jitsuroku Ahen senso 実録阿片戦争. Kodansha."
>>> [p.original for p in find_pairs(text)]
['実録阿片戦争']
>>> words = read_pair(text, find_pairs(text)[0], Glossary.bundled().romanizer())
>>> [(text[w.start:w.end], w.suggestion) for w in words if w.suggestion]
[('senso', 'sensō')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from jpterms.findings import CERTAIN, LIKELY, POSSIBLE

if TYPE_CHECKING:
    from jpterms.romanize import Romanizer, WordReading

__all__ = ["Pair", "PairedWord", "find_pairs", "read_pair"]

_KANA_KANJI = "\u3005\u3006\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A stretch of Japanese script, with the punctuation a title holds inside (、，：・).
_SCRIPT = re.compile(f"[{_KANA_KANJI}][{_KANA_KANJI}\u30fb\u3001\uff0c\uff1a]*")


@cache
def _more_script() -> re.Pattern[str]:
    """More stretches after one, each after a space: a name written with a space between
    its halves (竹内 理三), a title and its subtitle (大内と大友 中世西日本の二大大名).
    Compiled on first use, by a text that writes Japanese (its kanji classes cost 2 ms)."""
    return re.compile(f"(?:[ \t\u3000]+{_SCRIPT.pattern})+")
#: What may stand between the romaji and its original: spaces, an opening bracket.
_BETWEEN = " \t\u3000"
_OPENING = "(（[「『【"
#: Letters of romaji; long vowels marked with a macron or a circumflex.
_MARKED = "āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ"
_PLAIN_OF = str.maketrans(_MARKED, "aiueoAIUEOaiueoAIUEO")
_MACRON_OF = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō",
              "A": "Ā", "I": "Ī", "U": "Ū", "E": "Ē", "O": "Ō"}
#: Characters skipped inside the romaji (word division, punctuation, markup, quotes).
_SKIPPED = frozenset(" \t-'’‘,:;.*_“”\"")
_WORD = re.compile(r"[A-Za-zāīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ'’‘-]+")
#: The traditional m before b, m, p compares as n (Shimbun, Shinbun).
_SYLLABIC_M = re.compile(r"m(?=[bmp])")
#: What Hepburn romanisation of kana writes, letters only (macrons, spaces, hyphens
#: and apostrophes aside, m before b, m, p as n): the letters it may end with, and the
#: letters that may follow each letter (a vowel or n: any; a consonant: a vowel, y, its
#: double, and ch, sh, ts, tch, kw, gw). Every reading the romaniser joins is kana, so
#: the romaji before an original can match it only if it is written so.
#: tests/test_paired_speed.py derives both from ``kana_to_romaji``.
ROMAJI_FINALS = frozenset("aeioun")
_ANY = "abcdefghijkmnoprstuvwyz"
MAY_FOLLOW: dict[str, frozenset[str]] = {
    letter: frozenset(after) for letter, after in {
        "a": _ANY, "e": _ANY, "i": _ANY, "o": _ANY, "u": _ANY, "n": _ANY,
        "b": "abeiouy", "c": "h", "d": "adeiouy", "f": "aefiouy", "g": "aegiouwy",
        "h": "aehiouy", "j": "aeijou", "k": "aeikouwy", "m": "aeiouy", "p": "aeiopuy",
        "r": "aeioruy", "s": "aehiosu", "t": "aceiostuy", "v": "aeiouvy", "w": "aeiow",
        "y": "aeouy", "z": "aeiouz",
    }.items()
}


def _is_letter(c: str) -> bool:
    return (c.isascii() and c.isalpha()) or c in _MARKED


@dataclass(frozen=True, slots=True)
class Pair:
    """Japanese script right after Latin letters: where the romaji before it may end."""

    #: Offsets in the text: the original, and where the romaji before it ends.
    original_start: int
    original_end: int
    romaji_end: int

    original: str
    #: The first stretch alone, where spaces part the original into several (竹内 理三:
    #: 竹内); ``""`` otherwise. The romaji may render the first part only.
    first: str = ""


@dataclass(frozen=True, slots=True)
class PairedWord:
    """A written word that its original decides: offsets in the text, and the spelling
    with the long vowels the original marks (``""``: right as written)."""

    start: int
    end: int
    suggestion: str
    confidence: str


def find_pairs(text: str) -> list[Pair]:
    """The stretches of Japanese script in ``text`` that follow a Latin letter on the
    same line (spaces and an opening bracket between).

    >>> [(p.original, p.romaji_end) for p in find_pairs("Tonkō (敦煌), 阿片 and Futo 風涛")]
    [('敦煌', 5), ('風涛', 23)]
    >>> [(p.original, p.first) for p in find_pairs("ed. Takeuchi Rizō 竹内 理三 (Usa)")]
    [('竹内 理三', '竹内')]
    """
    out: list[Pair] = []
    at = 0
    while (m := _SCRIPT.search(text, at)) is not None:
        more = _more_script().match(text, m.end())
        at = more.end() if more else m.end()
        i = m.start()
        while i > 0 and text[i - 1] in _BETWEEN:
            i -= 1
        if i > 0 and text[i - 1] in _OPENING:
            i -= 1
            while i > 0 and text[i - 1] in _BETWEEN:
                i -= 1
        while i > 0 and text[i - 1] in "*_”\"’":
            i -= 1  # the end of an emphasised or quoted title
        if i > 0 and _is_letter(text[i - 1]):
            first = m.group(0).rstrip("\u30fb\u3001\uff0c\uff1a")
            original = text[m.start():at].rstrip("\u30fb\u3001\uff0c\uff1a")
            out.append(Pair(m.start(), m.start() + len(original), i, original,
                            first if original != first else ""))
    return out


def _letters(romaji: str) -> str:
    return "".join(c for c in romaji.translate(_PLAIN_OF).lower() if c.isascii() and c.isalpha())


def _long_positions(romaji: str) -> list[bool]:
    """For each letter of ``romaji`` (see :func:`_letters`), whether it is a marked vowel."""
    return [c in _MARKED for c in romaji if _is_letter(c)]


def may_pair(text: str, pair: Pair) -> bool:
    """Whether the letters right before ``pair``'s original could end its romanisation:
    the last run of letters is written as Hepburn romaji may end (see
    :data:`MAY_FOLLOW`). Where it is not (``the character 彳``, ``xiaoyun 聿``, ``rhyme
    (漾韻``), :func:`read_pair` would find the letters differ; this says so without
    romanising the original.

    >>> text = "follows 耳, rhyme (漾韻); Kanji 漢字"
    >>> [may_pair(text, p) for p in find_pairs(text)]
    [False, False, True]
    """
    i = pair.romaji_end
    while i > 0 and _is_letter(text[i - 1]):
        i -= 1
    letters = _SYLLABIC_M.sub("n", _letters(text[i : pair.romaji_end]))
    if not letters or letters[-1] not in ROMAJI_FINALS or letters[0] not in MAY_FOLLOW:
        return False
    return all(b in MAY_FOLLOW[a] for a, b in pairwise(letters))


def read_pair(text: str, pair: Pair, romanizer: Romanizer,
              readings: dict[str, list[WordReading]] | None = None) -> list[PairedWord]:
    """The written words before ``pair``'s original that it decides: every word whose
    letters, together, are the letters of the original's romanisation. Empty when the
    letters differ.

    A long vowel is required only when every reading the dictionaries allow for that
    word of the original marks it (大野 may be Ōno or Ono); a word whose reading is a
    guess is at most possible; a capitalised word (a name may be read its own way) at
    most likely; so are words whose original the writer romanises again right after it
    (*jishogi (持将棋 jishōgi)*): the words before are the term as the text uses it.

    ``readings``, if given, keeps each original's reading for the next pair that writes
    the same original (a document's pairs repeat them).
    """
    if not may_pair(text, pair):
        return []  # the letters differ whatever the original reads
    for original in (pair.original, pair.first):
        if not original:
            continue
        explained = readings.get(original) if readings is not None else None
        if explained is None:
            try:
                explained = romanizer.explain(original)
            except Exception:  # a romaniser failure: the pair says nothing
                explained = []
            if readings is not None:
                readings[original] = explained
        start = _matching_start(text, pair.romaji_end, explained)
        if start is not None:
            decided = _decided(text[start:pair.romaji_end], start, explained)
            after = _romanised_after(text, pair.original_end,
                                     _letters(text[start:pair.romaji_end]))
            if after is not None:
                if any(c in _MARKED for c in after) and \
                        not any(c in _MARKED for c in text[start:pair.romaji_end]):
                    # the writer's own Hepburn, long marks and all, right after the
                    # original: the words before are the term as English writes it
                    return []
                decided = [PairedWord(w.start, w.end, w.suggestion, LIKELY)
                           if w.confidence == CERTAIN else w for w in decided]
            return decided
    return []


#: What may stand between an original and a romanisation of it written after it.
_BEFORE_AFTER = frozenset(" \t\u3000*_“\"‘'")


def _romanised_after(text: str, end: int, letters: str) -> str | None:
    """The romanisation of the same ``letters`` that follows the original ending at
    ``end`` (spaces, emphasis or a quote between), as written: the writer's own, in
    brackets after the term (``jishogi (持将棋 *jishōgi*)``); ``None`` if there is none.

    >>> _romanised_after("jishogi (持将棋 *jishōgi* impasse)", 12, "jishogi")
    'jishōgi'
    >>> _romanised_after("Ahen senso 阿片戦争. Tokyo", 15, "ahensenso") is None
    True
    """
    i, n = end, len(text)
    while i < n and text[i] in _BEFORE_AFTER:
        i += 1
    got: list[str] = []
    while i < n and len(got) < len(letters):
        c = text[i]
        if _is_letter(c):
            got.append(c)
        elif c not in _SKIPPED or c == "\n":
            break
        i += 1
    if len(got) < len(letters) or (i < n and _is_letter(text[i])):
        return None
    written = "".join(got)
    return written if _SYLLABIC_M.sub("n", _letters(written)) == \
        _SYLLABIC_M.sub("n", letters) else None


def _matching_start(text: str, end: int, explained: list[WordReading]) -> int | None:
    """Where the written romaji ending at ``end`` starts, if its letters are exactly the
    letters of ``explained`` (the original's reading); ``None`` otherwise."""
    target = "".join(_letters(w.romaji) for w in explained)
    if not target:
        return None
    start = _romaji_start(text, end, len(target))
    if start is None:
        return None
    if _SYLLABIC_M.sub("n", _letters(text[start:end])) != _SYLLABIC_M.sub("n", target):
        return None
    return start


def _decided(written: str, start: int, explained: list[WordReading]) -> list[PairedWord]:
    """The words of ``written`` (starting at ``start``), each with the long vowels that
    every reading of its part of the original marks."""
    required, owner = _required_long(explained)
    out: list[PairedWord] = []
    at = 0  # letters of the written text so far
    for m in _WORD.finditer(written):
        word = m.group(0)
        chars = list(word)
        sure = CERTAIN
        changed = False
        for k, c in enumerate(word):
            if not _is_letter(c):
                continue
            if required[at] and c in _MACRON_OF:
                chars[k] = _MACRON_OF[c]
                changed = True
            reading = explained[owner[at]]
            if reading.is_guess:
                sure = POSSIBLE
            elif reading.confidence == POSSIBLE and sure == CERTAIN:
                sure = LIKELY
            at += 1
        if word[:1].isupper() and sure == CERTAIN:
            sure = LIKELY  # a name may be read its own way
        begin = start + m.start()
        out.append(PairedWord(begin, begin + len(word), "".join(chars) if changed else "",
                              sure))
    return out


def _romaji_start(text: str, end: int, count: int) -> int | None:
    """Where the ``count`` letters before ``end`` start, walking back over the word
    division and punctuation between them, within the line (None: fewer letters, or
    the count ends inside a word)."""
    i, letters = end, 0
    while i > 0 and letters < count:
        c = text[i - 1]
        if _is_letter(c):
            letters += 1
        elif c not in _SKIPPED and c != "\n":
            return None
        elif c == "\n" and i > 1 and text[i - 2] == "\n":
            return None  # a blank line: another paragraph
        i -= 1
    if letters < count or (i > 0 and _is_letter(text[i - 1])):
        return None
    return i


def _required_long(explained: list[WordReading]) -> tuple[list[bool], list[int]]:
    """For each letter of the original's romanisation, whether every reading allowed for
    its word marks it long, and which word it belongs to."""
    required: list[bool] = []
    owner: list[int] = []
    for index, w in enumerate(explained):
        letters = _letters(w.romaji)
        marks = _long_positions(w.romaji)
        for alternative in w.alternatives:
            if _letters(alternative) == letters:
                other = _long_positions(alternative)
                marks = [a and b for a, b in zip(marks, other, strict=True)]
        required.extend(marks)
        owner.extend([index] * len(letters))
    return required, owner
