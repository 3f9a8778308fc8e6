"""A Japanese term the writer glosses in English beside it: the gloss says which word it is.

Running text often sets a romanised term in emphasis with its English in parentheses
after it (*karō* \\(chief retainer\\)) or before it (one era name (*nengō*), an era name
or *nengō*). Without its
macron the term is two words or more (*karo*: 家老 karō, or a word spelled as written;
*nengo*: 年号 nengō, or 年後), and the lexicon alone cannot choose; the gloss can. The
term is the word whose JMdict senses share a word with the gloss (:func:`context_stems`,
as a title's translation is read), when the dictionary words of one spelling, and only
one, do so: 家老 "chief retainer; daimyo's minister" for *karo*, 年号 "era name" for
*nengo*, 忠 "loyalty" for *chu*.

>>> from jpterms.spelling import SpellingJudge
>>> judge = SpellingJudge.for_glossary(None)
>>> text = "to become a *karo* (chief retainer), a post"
>>> gloss = adjacent_gloss(text, 13, 17)
>>> gloss, spelled_by_gloss(judge, "karo", gloss)
('chief retainer', 'karō')
>>> text = "one era name (*nengo*)."
>>> spelled_by_gloss(judge, "nengo", adjacent_gloss(text, 15, 20))
'nengō'
>>> spelled_by_gloss(judge, "kanji", "Chinese characters")  # the word as written
'kanji'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jpterms.glosses import word_glosses
from jpterms.kana import normalize_romaji, strip_macrons
from jpterms.title_analysis import context_stems

if TYPE_CHECKING:
    from jpterms.spelling import SpellingJudge

__all__ = ["adjacent_gloss", "spelled_by_gloss"]

#: English in parentheses right after a term's closing emphasis (Markdown may escape the
#: parentheses: ``*karō* \\(chief retainer\\)``), perhaps quoted (``*tōitsu*
#: ("unification")``): a few words, no digits (not a date or a page), no nested brackets.
_AFTER = re.compile(r"[*_]*[ \t]*\\?\([“\"‘]?([A-Za-z][A-Za-z ,;’'-]{2,60}?)[”\"’]?\\?\)")
#: One to four English words right before a parenthesis that holds the term alone
#: (``chief retainers (*karō*)``, ``training body and mind (*shugyō*)``), the last
#: perhaps quoted (``“loyalty” (*chū*)``).
_BEFORE = re.compile(r"((?:[A-Za-z][A-Za-z’'-]*[”\"]? ){1,4})\\?\([*_]+$")
#: One to four English words and *or* right before the term (``a single era name or
#: *nengō*``).
_OR_BEFORE = re.compile(r"((?:[A-Za-z][A-Za-z’'-]* ){1,4})or [*_]+$")
#: The characters after a term that close its parenthesis (``(*karō*)``).
_CLOSING = re.compile(r"[*_]+\\?\)")
#: How far back a gloss before a term may begin.
_REACH = 60
_LETTERS = re.compile(r"[^a-zāīūēō]")


def adjacent_gloss(text: str, start: int, end: int) -> str:
    """The English that glosses the emphasised term ``text[start:end]``, in parentheses
    right after it, or right before a parenthesis that holds it alone; ``""`` for none."""
    after = _AFTER.match(text, end)
    if after is not None:
        return after.group(1).strip()
    before = _BEFORE.search(text, max(0, start - _REACH), start) \
        if _CLOSING.match(text, end) else \
        _OR_BEFORE.search(text, max(0, start - _REACH), start)
    return "" if before is None else before.group(1).strip()


def _letters(text: str) -> str:
    return _LETTERS.sub("", normalize_romaji(text).lower())


def spelled_by_gloss(judge: SpellingJudge, word: str, gloss: str) -> str | None:
    """The spelling (lower case, macrons) of the one dictionary word among those ``word``
    may stand for whose JMdict senses share a word with ``gloss``; ``None`` when no such
    word or words of two spellings share one (*shudō* and *shūdō*, 衆道, both "male love").
    It may be ``word`` as written: the gloss then says nothing is missing."""
    stems = context_stems(gloss)
    if not stems:
        return None
    plain = strip_macrons(_letters(word))
    spellings: set[str] = set()
    seen: set[tuple[str, str]] = set()
    for s in judge.lexicon.spellings(word):
        if s.source != "jmdict" or s.is_name or (s.written, s.kana) in seen:
            continue
        seen.add((s.written, s.kana))
        spelled = _letters(s.hepburn)
        if strip_macrons(spelled) != plain or spelled in spellings:
            continue
        if any(context_stems(g) & stems for g in word_glosses(s.written, s.kana)):
            spellings.add(spelled)
    return spellings.pop() if len(spellings) == 1 else None
