"""Romanised Japanese words standing alone in English prose and English titles.

A writer who marks no long vowel anywhere still writes Japanese words among English
ones: "the ritsuryo system", "the Todaiji compound", "Honen's disciple", *The Face of
Jizo*. No other word of a phrase says such a word is Japanese, so the data must: a word
is taken for a Japanese word that lacks its macron only when

* the language guesser calls it Japanese (the lexicon knows it, no European language
  writes it commonly) and English writes it rarely (wordfreq Zipf below
  :data:`ENGLISH_FORM`: Todaiji 1.1, Jizo 1.6), so that an established English form
  (Honshu 2.3, daimyo 2.2, Shinto 2.6, shogun 2.9, Kyoto 3.4) is never one;
* exactly one spelling of its letters adds long vowels, no word is spelled as written
  at more than :data:`AS_WRITTEN` (ritsuryō 2.5, ritsuryo none), and the long spelling
  is at least :data:`GAP` commoner (Honen: hōnen 4.4 but honen 1.6, decided by neither);
* no word joined to it is of a language romaji cannot spell (Kang Youwei, Yuanliu
  chuban gongsi: Chinese in a note that cites Japanese too);
* it names no publisher (an organisation's own romanised name is no error: "the
  Kodansha edition"), nor stands in the text of a link to a web page (the page's own
  title).

A word alone gives no more evidence than that, so a finding on it is *possible*:
shown, never fixed.

>>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
>>> text = "Pilgrims filled the Todaiji compound, and Honen’s disciple met the shogun."
>>> [(text[s:e], spelled) for s, e, spelled in words.found(text)]
[('Todaiji', 'Tōdaiji')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jpterms.citations import inside
from jpterms.language import JAPANESE, LanguageGuesser
from jpterms.lookup import PARTICLES
from jpterms.romaji import parse_word
from jpterms.spelling import SpellingJudge, with_long_vowels

__all__ = ["AS_WRITTEN", "ENGLISH_FORM", "GAP", "ProseWords", "link_texts"]

#: A word English writes at least this often (Zipf) is an English form of the name or
#: term (Honshu 2.3, daimyo 2.2, Shinto 2.6), written so on purpose.
ENGLISH_FORM = 2.0
#: A word spelled as written at least this common (Zipf) may be meant as written.
AS_WRITTEN = 1.0
#: How much commoner (Zipf) the long spelling must be than the word as written.
GAP = 1.0

#: A word of letters, with inner apostrophes or hyphens (Ken’ichi, Todai-ji) and an
#: English possessive after it (Honen’s); not part of a path, an address or a name
#: with digits (iriab.soka.ac.jp).
_WORD = re.compile(r"(?<![\w'’./@#\\-])[A-Za-z][a-z]+(?:['’-][A-Za-z]?[a-z]+)*(?![\w-]|['’.]\w)")
_POSSESSIVE = re.compile(r"['’]s$")
#: Punctuation at a word's edge: a word joined to another through it is not joined.
_EDGE = ".,;:!?\"“”‘’'«»()[]*_\\/|"


def link_texts(text: str) -> list[tuple[int, int]]:
    """The spans of Markdown links' texts that name a web page (``[Dogen, the Man Who
    Redefined Zen](https://...)``): the page's own title, as its publisher writes it.

    >>> text = "See [Life of Dogen](https://example.org/dogen) and [1](#n1)."
    >>> [text[s:e] for s, e in link_texts(text)]
    ['Life of Dogen']
    """
    if "](" not in text:
        return []
    return [m.span(1) for m in _LINK.finditer(text)]


#: A Markdown link to a web page: its text, then the address (which the Markdown reader
#: blanks out: spaces up to the closing bracket).
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|www\.| +\))")


class ProseWords:
    """Decides the macrons of lone words in prose. Each word's answer as a word (before
    its neighbours are looked at) is remembered, so a word the text repeats costs one
    dictionary lookup (most words of a text are English, asked again and again)."""

    def __init__(self, judge: SpellingJudge, guesser: LanguageGuesser) -> None:
        self.judge = judge
        self.guesser = guesser
        #: word as written -> its spelling with macrons, or None (no finding whatever
        #: stands around it)
        self._decided: dict[str, str | None] = {}

    def found(self, text: str) -> Iterator[tuple[int, int, str]]:
        """The words of ``text`` standing alone that lack macrons: (start, end, spelling),
        not in a link's text (:func:`link_texts`).

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> list(words.found("the ritsuryo system, and [Life of Jizo](https://a.example)"))
        [(4, 12, 'ritsuryō')]
        """
        decided = self._decided
        links = link_texts(text)
        for m in _WORD.finditer(text):
            word = m.group()
            spelled = decided.get(word, _UNASKED)  # most words: this lookup and no more
            if spelled is None:
                continue
            start, end = m.span()
            if spelled is _UNASKED:
                spelled = self.spelling(text, start, end)
                if spelled is None:
                    continue
            elif self._beside_foreign(text, start, end):
                continue
            if not (links and inside(start, links)):
                yield start, end, spelled

    def spelling(self, text: str, start: int, end: int) -> str | None:
        """The spelling with macrons of the word ``text[start:end]`` standing alone in
        prose, or ``None`` when the data leave doubt (see the module's notes)."""
        word = text[start:end]
        decided = self._decided.get(word, _UNASKED)
        if decided is _UNASKED:
            if len(self._decided) > _MAX_REMEMBERED:
                self._decided.clear()
            decided = self._decided[word] = self._as_word(word)
        if decided is None or self._beside_foreign(text, start, end):
            return None
        return str(decided)

    def _as_word(self, word: str) -> str | None:
        """The spelling of ``word`` with macrons, judged as a word alone."""
        possessive = _POSSESSIVE.search(word) if word[-1] == "s" else None
        base = word[:possessive.start()] if possessive else word
        if len(base) < 3:
            return None
        verdict = self.guesser.word(base)  # a cached verdict, most of the time
        if verdict.language != JAPANESE or verdict.english >= ENGLISH_FORM:
            return None
        if any(part.lower() in PARTICLES for part in base.split("-")):
            return None  # (Izumo-no-kuni: a phrase, its particle no word to lengthen)
        found = self.judge.sole_longer(base)
        if found is None:
            return None
        form, figure, as_written = found
        if as_written >= AS_WRITTEN or figure - as_written < GAP:
            return None
        if base[:1].isupper() and self.judge.publisher([base]) is not None:
            return None  # a publisher names itself in English (Kodansha, Kenkyusha)
        return with_long_vowels(base, form) + (possessive.group(0) if possessive else "")

    def _beside_foreign(self, text: str, start: int, end: int) -> bool:
        """Whether a word joined to ``text[start:end]`` by a space alone (no punctuation
        between) is one romaji cannot spell and English hardly writes: a Chinese or
        other foreign phrase or name the word belongs to (Yuanliu chuban gongsi)."""
        before = text[max(0, start - 40):start]
        if before.endswith(" ") and not before.endswith("  "):
            token = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
            if token and token[-1] not in _EDGE and self._foreign(token.lstrip(_EDGE)):
                return True
        after = text[end:end + 40]
        if after.startswith(" ") and not after.startswith("  "):
            token = after[1:].split(None, 1)[0] if after[1:].strip() else ""
            if token and token[0] not in _EDGE and self._foreign(token.rstrip(_EDGE)):
                return True
        return False

    def _foreign(self, token: str) -> bool:
        return token.isalpha() and token.isascii() and parse_word(token) is None and \
            self.guesser.english(token) < _ENGLISH_NEIGHBOUR


#: Marks a word :class:`ProseWords` has not judged yet.
_UNASKED = "\0"
#: How many words a :class:`ProseWords` remembers.
_MAX_REMEMBERED = 100_000
#: A neighbour English writes at least this often (Zipf) is an English word, not a
#: foreign one (the, compound, disciple).
_ENGLISH_NEIGHBOUR = 3.0
