"""Romanised Japanese, English or another language: a decision per word and per run of words.

The checker must read every romanised Japanese word and only those. A word's
language is decided from real data, not typed lists:

* how common it is in English and in the other languages of European scholarship
  (German, French, Spanish, Italian, Portuguese, Dutch), from ``wordfreq``;
* whether the romaji lexicon (:mod:`jpterms.lexicon`: JMdict, JMnedict, Mozc, the
  glossary) knows it, and how common the Japanese word is;
* its shape: code, URLs, identifiers, format strings, acronyms and single letters
  (``'E'``, ``remove()``, ``NDL``) are never romaji.

A single word is often both (Tokyo, sake, Mito, no, to): such a word is
*ambiguous*, and its neighbours decide. :meth:`LanguageGuesser.runs` cuts text
into runs of words that are not plainly English or code, and keeps a run as
romanised Japanese when it holds at least one word that only Japanese explains
(a macron, or a known Japanese word no European list knows well) and is not
outweighed by ambiguous words.

>>> guess = LanguageGuesser()
>>> [guess.word(w).language for w in ("kenkyū", "Iwanami", "population", "remove()", "you")]
['japanese', 'japanese', 'english', 'code', 'english']
>>> [r.text for r in guess.runs("Andō Shōeki, Tōdō shinden (ca. 1752), published by Iwanami Shoten")]
['Andō Shōeki', 'Tōdō shinden', 'Iwanami Shoten']
>>> guess.runs("You may remove the Notation 'E' from Tokyo and Kyoto.")
[]
"""

from __future__ import annotations

import math
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress, count, islice
from operator import not_
from typing import TYPE_CHECKING, ClassVar

from jpterms.kana import normalize_romaji
from jpterms.romaji import parse_word

if TYPE_CHECKING:
    from jpterms.lexicon import Lexicon
    from jpterms.word_frequencies import FrequencyTable

__all__ = ["AMBIGUOUS", "CODE", "ENGLISH", "JAPANESE", "OTHER", "UNKNOWN", "LanguageGuesser",
           "Run", "WordVerdict", "looks_like_code"]

JAPANESE = "japanese"
#: Japanese and a common word of English or another European language (Tokyo, sake, no).
AMBIGUOUS = "ambiguous"
ENGLISH = "english"
#: A word of another European language (Todesstrafe, Societatis).
OTHER = "other"
CODE = "code"
#: Parses as romaji, but no list knows it: a compound or a typo (kenkyūkai, shinkōkai).
UNKNOWN = "unknown"

_MAY_BE_JAPANESE = frozenset({JAPANESE, AMBIGUOUS, UNKNOWN})
#: Languages of European scholarship besides English, as wordfreq names them.
OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
#: A word at least this common (Zipf) in a European language is a word of that language
#: (3.0: about once per million words).
COMMON = 3.0
#: An English word this common (once per 100,000 words: you, made, home) is English
#: whatever kana it spells; particles aside.
PLAINLY_ENGLISH = 5.0
#: A Japanese word this common (Zipf) is Japanese unless English knows it well.
COMMON_JAPANESE = 4.0
#: No romanised word is longer (letters).
MAX_WORD = 48
_MACRONS = frozenset("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ")
_CODE = re.compile(
    r"""^['"`]?[A-Za-z]['"`]?$        # a single (quoted) letter: 'E'
    | \w\(|\(\)|\[\]|\{\}             # calls and empty brackets: remove(), x[]
    | [<>=_#$%@|\\/`~^{}]             # operators, paths, format strings, markup
    | ://|\w\.\w                      # URLs, dotted names (os.path)
    | [a-z][A-Z]                      # camelCase
    | \d                              # digits
    """, re.VERBOSE)
#: How many words and tokens each of the guesser's sets of non-Japanese ones keeps.
_MAX_REMEMBERED = 100_000
_EDGE = ".,;:!?\"“”‘’'«»()[]*_\\"  # a Markdown escape (\\( \\)) is punctuation too
_SENTENCE = ".,;:!?\"“”«»*"
#: A Markdown escape before punctuation (\\( \\) \\*): the punctuation it escapes.
_ESCAPED = re.compile(r"\\([()\[\]*_.#!-])")
#: A sign of Japanese in a text whatever its words: Japan named (Japanese, Japan's too) or
#: its capital; the other sign is Japanese script (:func:`_japanese_script`). It is
#: ``\b(?i:japan|nippon|nihon|tokyo|tōkyō)`` with the first letter written first (j, n and t
#: match only themselves and their capitals case-blind), so that the regex engine skips
#: ahead to those letters: the same matches, and 9 ms, not 26, through 1 MB of English
#: that names none.
_JAPAN_NAMED = re.compile(r"[JjNnTt](?<!\w[JjNnTt])"
                          r"(?:(?<=[Jj])(?i:apan)|(?<=[Nn])(?i:ippon|ihon)|(?<=[Tt])(?i:okyo|ōkyō))")


@cache
def _japanese_script() -> re.Pattern[str]:
    """Japanese script (kana, CJK ideographs): the sign of Japanese looked for where no text
    names Japan (most texts about it do), so compiled on first use: its class of 27,000
    characters took 1 ms of every check (and 3 ms case-blind, when it shared the names'
    pattern)."""
    return re.compile("[\u3040-\u30ff\u3400-\u9fff]")


@cache
def _other_script() -> re.Pattern[str]:
    """The scripts of languages whose romanised words often parse as romaji (Indic scripts,
    Sinhala, Thai, Lao, Tibetan, Myanmar, Georgian, Hangul, Ethiopic), and Arabic, Hebrew,
    Armenian and Cyrillic (not Greek: its letters stand in English formulas). Compiled on
    first use, which many checks never make (:meth:`LanguageGuesser.shows_no_japanese`
    asks it only of a text that names no sign of Japan): its class of 18,000 characters
    took 1.1 ms of every check."""
    return re.compile("[\u0400-\u04ff\u0530-\u06ff\u0900-\u0fff\u1000-\u10ff"
                      "\u1100-\u11ff\u1200-\u137f\uac00-\ud7af]")


#: A text of at least this many words (a paragraph or two) that shows no Japanese shows
#: none (see :meth:`LanguageGuesser.shows_no_japanese`); a shorter one may be a citation.
TELLING_WORDS = 100
_WORD = re.compile(r"[A-Za-zÀ-ɏ'’]+")
#: A word with a long mark (macron or circumflex).
_MARKED_WORD = re.compile(r"[A-Za-z]*[āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ][A-Za-zāīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ]*")
#: Particles written as words: Japanese between Japanese words, whatever English says.
_PARTICLES = frozenset({"no", "to", "ni", "de", "ga", "mo", "ya", "wa", "e", "o", "he", "wo",
                        "ka", "na", "ha"})


def looks_like_code(token: str) -> bool:
    """A token that is code, a URL, an identifier or a format string, never romaji.

    >>> [looks_like_code(t) for t in ("remove()", "'E'", "os.path", "%s", "camelCase", "Tōkyō")]
    [True, True, True, True, True, False]
    """
    return bool(_CODE.search(token))


@dataclass(frozen=True, slots=True)
class WordVerdict:
    """What one word is, with the figures behind the decision."""

    word: str
    language: str  #: japanese, ambiguous, english, other, code or unknown
    japanese: float = 0.0  #: Zipf frequency of the most common Japanese word it spells
    english: float = 0.0  #: Zipf frequency in English
    other: float = 0.0  #: highest Zipf frequency in the other European languages

    @property
    def may_be_japanese(self) -> bool:
        """Japanese, ambiguous or unknown: a word a Japanese run may hold."""
        return self.language in _MAY_BE_JAPANESE


@dataclass(frozen=True, slots=True)
class Run:
    """A run of romanised Japanese words in a text: ``text[start:end]`` of the input."""

    text: str
    start: int
    end: int
    words: tuple[tuple[str, int, int, WordVerdict], ...]  #: (word, start, end, verdict)


class LanguageGuesser:
    """Decides the language of words and runs; owns its caches (one per lexicon).

    >>> LanguageGuesser().word("Todesstrafe").language, LanguageGuesser().word("Mito").language
    ('other', 'ambiguous')
    """

    _shared: ClassVar[weakref.WeakKeyDictionary[Lexicon, LanguageGuesser]] = weakref.WeakKeyDictionary()
    _shared_lock = threading.Lock()

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon
        self._cache: dict[str, WordVerdict] = {}
        #: Words :meth:`runs` found are not romaji, for which it made no verdict.
        self._not_romaji: set[str] = set()
        #: Tokens as written (punctuation and all) that :meth:`runs` found only end a run:
        #: no word, a word that is not romaji, or a verdict that is not Japanese.
        self._ends_runs: set[str] = set()
        self._lock = threading.Lock()
        self._english_table: FrequencyTable | None = None
        self._other_table_cache: FrequencyTable | None = None
        self._language_table_cache: tuple[FrequencyTable, ...] | None = None

    @classmethod
    def for_lexicon(cls, lexicon: Lexicon) -> LanguageGuesser:
        """The guesser of a lexicon, made once and kept while the lexicon lives."""
        with cls._shared_lock:
            guesser = cls._shared.get(lexicon)
            if guesser is None:
                guesser = cls._shared[lexicon] = cls(lexicon)
            return guesser

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            from jpterms.lexicon import Lexicon

            self._lexicon = Lexicon.default()
        return self._lexicon

    def word(self, token: str) -> WordVerdict:
        """The verdict on one word (punctuation around it is ignored)."""
        cached = self._cache.get(token)
        if cached is None:
            cached = self._decide(token)
            with self._lock:
                if len(self._cache) > 100_000:
                    self._cache.clear()
                self._cache[token] = cached
        return cached

    @property
    def _english(self) -> FrequencyTable:
        table = self._english_table
        if table is None:
            from jpterms.word_frequencies import FrequencyTable

            table = self._english_table = FrequencyTable.open("en", "best")
        return table

    def english(self, word: str) -> float:
        """The Zipf frequency of ``word`` in English (0: not in wordfreq's list)."""
        freq = self._english.get(word.lower(), 0.0)
        return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0

    def other(self, word: str) -> float:
        """The highest Zipf frequency of ``word`` in the other European languages."""
        lower = word.lower()
        if _PLAIN_WORD.fullmatch(lower):
            # one token in every language: wordfreq's figure straight from its table,
            # without its tokenizer (the dear part of asking it six times)
            return _zipf(self._other_tables.get(lower, 0.0))
        tokens = _wordfreq_tokens(lower)
        if tokens is not None:
            # Iwate-ken, Ken'ichi, An'ei: wordfreq's tokens, as its tokenizer cuts them in
            # every one of these languages, with its tables' figures combined as it does
            if not tokens:
                return 0.0
            return max(_combined(tokens, table) for table in self._language_tables)
        from wordfreq import zipf_frequency

        # wordfreq's "small" lists hold the words used at least once per million (Zipf 3,
        # our threshold) and load in a fraction of the time the large ones take
        return max(zipf_frequency(lower, lang, wordlist="small") for lang in OTHER_LANGUAGES)

    @property
    def _language_tables(self) -> tuple[FrequencyTable, ...]:
        """Each other language's "small" list, for words of several tokens."""
        tables = self._language_table_cache
        if tables is None:
            from jpterms.word_frequencies import FrequencyTable

            tables = self._language_table_cache = tuple(
                FrequencyTable.open(lang, "small") for lang in OTHER_LANGUAGES)
        return tables

    @property
    def _other_tables(self) -> FrequencyTable:
        """The highest frequency of each word in the other languages' "small" lists."""
        table = self._other_table_cache
        if table is None:
            from jpterms.word_frequencies import FrequencyTable

            table = self._other_table_cache = FrequencyTable.highest(OTHER_LANGUAGES, "small")
        return table

    def _decide(self, token: str) -> WordVerdict:
        if "\\" in token:
            token = _ESCAPED.sub(r"\1", token)
        word = token.strip(_EDGE)
        if not word or looks_like_code(token.strip(_SENTENCE)):
            return WordVerdict(token, CODE)
        if len(word) > 1 and word.isupper():
            return WordVerdict(token, CODE)  # an acronym: NDL, JUYC
        if len(word) > MAX_WORD:
            return WordVerdict(token, OTHER)  # no word is this long
        lower = word.lower()
        if lower in _PARTICLES:
            return WordVerdict(token, AMBIGUOUS)
        english = self.english(lower)
        # (plain ASCII cannot normalise to a macron or circumflex)
        marked = not word.isascii() and not _MACRONS.isdisjoint(normalize_romaji(word))
        if english >= PLAINLY_ENGLISH and not marked:
            return WordVerdict(token, ENGLISH, 0.0, english)  # romaji or not: you, made, home
        if parse_word(word) is None:
            return WordVerdict(token, ENGLISH if english > 0 else OTHER, 0.0, english)
        if marked:
            return WordVerdict(token, JAPANESE, self.lexicon.quick_frequency(word) or 0.0,
                               english)
        if english >= PLAINLY_ENGLISH:
            return WordVerdict(token, ENGLISH, 0.0, english)  # you, made, same, home
        japanese = self.lexicon.quick_frequency(word)
        if japanese is None:
            return WordVerdict(token, ENGLISH if english >= COMMON else UNKNOWN, 0.0, english)
        # another European language matters only where English does not already decide,
        # and not for a common Japanese word (asking wordfreq six times is the dear part)
        other = self.other(lower) if english < COMMON and japanese < COMMON_JAPANESE else 0.0
        if max(english, other) < COMMON:
            return WordVerdict(token, JAPANESE, japanese, english, other)
        if english >= COMMON + 1.5 and english > japanese:
            # plainly an English word that happens to spell kana (run, take); a word
            # of another language that Japanese also spells (todo, mito) stays ambiguous
            return WordVerdict(token, ENGLISH, japanese, english, other)
        return WordVerdict(token, AMBIGUOUS, japanese, english, other)

    def runs(self, text: str, *, min_strong: int = 1,
             spans: Iterable[tuple[int, int]] | None = None) -> list[Run]:
        """The runs of romanised Japanese in ``text``.

        A run is a sequence of words, each Japanese, ambiguous or unknown, not broken by
        sentence punctuation or brackets; it counts when it holds ``min_strong`` words
        only Japanese explains, and at least as many of those and unknown words as
        ambiguous ones (particles count for neither side).

        ``spans``: read only these stretches of ``text`` (from :meth:`stretches`, which no
        run crosses), so a caller that wants runs of some lines only decides no other word;
        the runs found are those of the whole text that lie in them.
        """
        out: list[Run] = []
        current: list[tuple[str, int, int, WordVerdict]] = []

        def flush() -> None:
            if current and self._is_japanese_run(current, min_strong):
                start, end = current[0][1], current[-1][2]
                out.append(Run(text[start:end], start, end, tuple(current)))
            current.clear()

        ends_runs = self._ends_runs
        if len(ends_runs) > _MAX_REMEMBERED:
            ends_runs.clear()
        for begin, end in ((0, len(text)),) if spans is None else spans:
            stretch = text[begin:end] if begin or end < len(text) else text
            for line_start, line, tokens in _lines(stretch, begin):
                if ends_runs.issuperset(tokens):
                    # only tokens seen before that end any run (most lines of prose)
                    if tokens and current:
                        flush()
                    continue
                self._read_line(text, line_start, line, tokens, current, flush)
            if current:
                flush()
        return out

    def _read_line(self, text: str, begin: int, line: str, tokens: list[str],
                   current: list[tuple[str, int, int, WordVerdict]],
                   flush: Callable[[], None]) -> None:
        """:meth:`runs` over the ``tokens`` of one ``line``, ``text[begin:begin + len(line)]``.

        A token already known to end any run (most of them) only ends the current run, so
        the loop visits only the others: they are picked out at C speed, each asked in
        turn as the loop reaches it (a token this line has just shown to end runs is
        skipped as well), and a gap between two tokens visited, or after the last, ends
        the run. Where a visited token joins a run, its place in the line is found from
        the last token placed; every token between is one skipped or one visited that
        ends runs, so the first whole-token occurrence found is the token itself.
        """
        known = self._cache.get  # the verdicts already made (most words of a text)
        not_romaji = self._not_romaji
        ends_runs = self._ends_runs
        at = 0  # in line: where the next token placed may start
        last = -1  # index of the last token visited
        for index in compress(count(), map(not_, map(ends_runs.__contains__, tokens))):
            if index > last + 1 and current:
                flush()  # a token between ended the run
            last = index
            raw = tokens[index]
            if raw[0] in _EDGE or raw[-1] in _EDGE:
                lead = len(raw) - len(raw.lstrip(_EDGE))
                word = raw.strip(_EDGE)
                if not word:
                    ends_runs.add(raw)
                    if current:
                        flush()
                    continue
                if lead and current and raw[:lead].strip(_NOT_OPENING):
                    flush()  # an opening bracket starts a new run
            else:  # most words: no punctuation around them
                lead, word = 0, raw
            verdict = known(word)
            if verdict is None:
                if word in not_romaji or ("\\" not in word and parse_word(word) is None
                                          and word.lower() not in _PARTICLES):
                    # not romaji: no verdict can let it into a run (see _decide), so
                    # none is made until someone asks (most words of a text)
                    if len(not_romaji) > _MAX_REMEMBERED:
                        not_romaji.clear()
                    not_romaji.add(word)
                    ends_runs.add(raw)
                    if current:
                        flush()
                    continue
                verdict = self.word(word)
            if verdict.language not in _MAY_BE_JAPANESE:
                ends_runs.add(raw)
                if current:
                    flush()
                continue
            place = _token_at(line, raw, at)
            at = place + len(raw)
            start = begin + place + lead
            current.append((word, start, start + len(word), verdict))
            tail = raw[lead + len(word):]
            if tail.strip("'’") and not (tail in _STRONG and raw[:lead].endswith(tail)):
                flush()  # a comma, full stop, closing quote or bracket ends the run
                # (but not the bold of one word: **Fukuzawa** Yukichi, a family name set
                # in bold before the given name, is one name)
        if last < len(tokens) - 1 and current:
            flush()  # a token after the last visited ended the run

    def shows_no_japanese(self, texts: Iterable[str]) -> bool:
        """Whether ``texts`` (a document's segments) are long enough to show Japanese
        (:data:`TELLING_WORDS` words or more) and show none beyond single words that the
        lexicon alone makes romaji. Signs of Japanese: Japanese script, Japan named
        (Japan, Japanese, Nippon, Nihon, Tokyo), a word with a long mark that the lexicon
        knows (*kenkyū*), or a run of words two different ones of which only Japanese
        explains (*Iwanami Shoten*), unless the text writes another language's script
        (Sinhala, Devanagari, Hangul): its romanised names are that language's. English that shows none writes names and titles of many
        languages that parse as romaji (*Kojo Elliot*, *Maina Muiruri*, "Ajo"): a word
        there is not taken for Japanese on the lexicon's word alone. A shorter text (a
        citation, a note) has no room to show it, so it says nothing either way.

        >>> guess = LanguageGuesser()
        >>> prose = "His father Kojo Elliot was a lawyer, and his mother a teacher. " * 10
        >>> guess.shows_no_japanese([prose]), guess.shows_no_japanese([prose[:200]])
        (True, False)
        >>> [guess.shows_no_japanese([prose + t]) for t in (
        ...     "Tokyo.", "Sōseki's Kojo.", "Iwanami Shoten, 1990.", "東京")]
        [False, False, False, False]
        """
        texts = list(texts)
        # the words counted only as far as TELLING_WORDS (a long text holds many thousands)
        words = chain.from_iterable(map(_WORD.finditer, texts))
        if sum(1 for _ in islice(words, TELLING_WORDS)) < TELLING_WORDS:
            return False
        if any(_JAPAN_NAMED.search(text) for text in texts) or \
                any(_japanese_script().search(text) for text in texts):
            return False
        for text in texts:
            for m in _MARKED_WORD.finditer(text):
                verdict = self.word(m.group(0))
                if verdict.language == JAPANESE and verdict.japanese > 0:
                    return False
        if self.writes_other_script(texts):
            # a text that writes another language's script (Sinhala, Devanagari, Hangul)
            # romanises that language's names and titles, many of which parse as romaji
            return True
        # two different words: a name a table repeats (Varanasi, Varanasi) is one
        return not any(len({w.lower() for w, _, _, v in run.words if v.language == JAPANESE}) >= 2
                       for text in texts for run in self.runs(text, min_strong=2))

    @staticmethod
    def writes_other_script(texts: Iterable[str]) -> bool:
        """Whether ``texts`` write the script of a language whose romanised words often
        parse as romaji (Sinhala, Devanagari, Hangul, Cyrillic and others; not Greek, whose
        letters stand in formulas): its names and titles are that language's.

        >>> LanguageGuesser.writes_other_script(["Roshan Ravindra (Sinhala: රොෂාන්)"])
        True
        >>> LanguageGuesser.writes_other_script(["Kyōto 京都, α + β"])
        False
        """
        return any(_other_script().search(text) for text in texts)

    @staticmethod
    def stretches(text: str) -> list[tuple[int, int]]:
        """``text`` cut at line ends that no run crosses, whatever its words are: after a
        line whose last word ends in punctuation that ends a run, or before one whose first
        word opens a bracket (see :meth:`runs`). Each stretch is whole lines.

        >>> LanguageGuesser.stretches("Abe, Shinzō. *Utsukushii kuni e*.\\nTōkyō: Bungei\\nShunjū")
        [(0, 34), (34, 54)]
        """
        out: list[tuple[int, int]] = []
        begin = at = 0
        ends_run = False  # the last word so far ends any run
        for line in text.split("\n"):
            words = line.strip()  # (the spaces str.split cuts at)
            if words:
                # a word that neither starts nor ends with punctuation breaks no run, and
                # one that starts with punctuation other than a quote or an emphasis mark
                # (a bracket), or ends with any but an apostrophe (a full stop), does: only
                # the rest are cut out and asked
                first, last = words[0], words[-1]
                if at > begin and (ends_run or (first in _EDGE and (
                        first not in _NOT_OPENING or _breaks_before(words.split(None, 1)[0])))):
                    out.append((begin, at))
                    begin = at
                ends_run = last in _EDGE and (last not in "'’" or
                                              _breaks_after(words.rsplit(None, 1)[-1]))
            at += len(line) + 1
        if begin < len(text) or not out:
            out.append((begin, len(text)))
        return out

    @staticmethod
    def _is_japanese_run(words: list[tuple[str, int, int, WordVerdict]], min_strong: int) -> bool:
        strong = unknown = particles = 0
        for word, _, _, verdict in words:  # one pass over the run
            strong += verdict.language == JAPANESE
            unknown += verdict.language == UNKNOWN
            particles += word.lower() in _PARTICLES
        ambiguous = len(words) - strong - unknown - particles
        return strong >= min_strong and strong + unknown >= ambiguous


def _lines(text: str, offset: int) -> Iterator[tuple[int, str, list[str]]]:
    """Each line of ``text`` (cut at ``\\n``) with its start plus ``offset``, and its
    tokens (``str.split``: runs of what ``str.isspace`` does not call a space)."""
    at = offset
    for line in text.split("\n"):
        yield at, line, line.split()
        at += len(line) + 1


def _token_at(line: str, token: str, at: int) -> int:
    """Where in ``line`` the first whole token ``token`` (spaces or the line's ends on
    both sides) starts, from ``at`` on."""
    end = len(line)
    while True:
        place = line.find(token, at)
        after = place + len(token)
        if (place == 0 or line[place - 1].isspace()) and (after == end or line[after].isspace()):
            return place
        at = place + 1


#: The marks of strong emphasis (Markdown's bold), which a list of readings puts around a
#: family name alone: around one word, they end no run.
_STRONG = ("**", "__")
#: Punctuation before a word that does not open a new run (quotes, emphasis).
_NOT_OPENING = "‘'\"“*_"


def _breaks_before(raw: str) -> bool:
    """Whether :meth:`LanguageGuesser.runs` ends any run before the token ``raw``: it opens
    a bracket, or is punctuation only."""
    rest = raw.lstrip(_EDGE)
    return not rest or bool(raw[:len(raw) - len(rest)].strip(_NOT_OPENING))


def _breaks_after(raw: str) -> bool:
    """Whether :meth:`LanguageGuesser.runs` ends any run after the token ``raw``: it ends in
    sentence punctuation or a closing bracket, or is punctuation only."""
    rest = raw.rstrip(_EDGE)
    return not rest.lstrip(_EDGE) or bool(raw[len(rest):].strip("'’"))


#: A word wordfreq's tokenizer leaves whole in every language it is asked about.
_PLAIN_WORD = re.compile(r"[a-z]+")


#: Words :func:`_wordfreq_tokens` cuts as wordfreq's tokenizer does: ASCII letters,
#: hyphens and apostrophes (straight or curly).
_HYPHENS_AND_APOSTROPHES = re.compile(r"[a-z'’‘-]+")
#: wordfreq reads a curly apostrophe as a straight one (Hawai‘i, Ken’ichi).
_UNCURL = str.maketrans("’‘", "''")
#: A token of letters joined by single apostrophes (Ken'ichi, rock'n'roll, Ken’ichi).
_LETTERS = re.compile(r"[a-z]+(?:['’‘][a-z]+)*")
#: Where a token starts with one or two letters, a straight apostrophe and a vowel, h or
#: y (l'amour, qu'un, An'ei), wordfreq makes the letters a token of their own (it reads
#: curly apostrophes as straight ones only after cutting: an’ei is one token).
_ELISION = re.compile(r"([a-z]{1,2})'(?=[aehiouy])")


def _wordfreq_tokens(word: str) -> list[str] | None:
    """wordfreq's tokens of a lower-case word of ASCII letters, hyphens and apostrophes
    (``wordfreq.tokens.lossy_tokenize`` in German, French, Spanish, Italian, Portuguese
    and Dutch alike; tested against it), or None for any other word.

    A hyphen always cuts; an apostrophe cuts unless it stands between two letters, and a
    straight one cuts after one or two letters at a token's start when a vowel, h or y
    follows.

    >>> _wordfreq_tokens("iwate-ken"), _wordfreq_tokens("ken’ichi"), _wordfreq_tokens("an'ei")
    (['iwate', 'ken'], ["ken'ichi"], ['an', 'ei'])
    >>> _wordfreq_tokens("an’ei"), _wordfreq_tokens("kyōto")
    (["an'ei"], None)
    """
    if not _HYPHENS_AND_APOSTROPHES.fullmatch(word):
        return None
    tokens = []
    for part in word.split("-"):
        at = 0
        while at < len(part):
            if part[at] in "'’‘":
                at += 1  # not a letter: no token starts here
                continue
            m = _ELISION.match(part, at) or _LETTERS.match(part, at)
            assert m is not None  # a letter starts both
            tokens.append(m.group(1) if m.re is _ELISION else m.group(0).translate(_UNCURL))
            at = m.end()
    return tokens


def _combined(tokens: list[str], table: FrequencyTable) -> float:
    """wordfreq's Zipf figure for a word of several tokens, as ``zipf_frequency`` computes
    it: 1/f = 1/f1 + 1/f2 + ..., nothing if a token is missing, then its rounding."""
    one_over_result = 0.0
    for token in tokens:
        freq = table.get(token, 0.0)
        if freq <= 0.0:
            return 0.0
        one_over_result += 1.0 / freq
    return _zipf(max(1.0 / one_over_result, 1e-9))


def _zipf(freq: float) -> float:
    """wordfreq's Zipf figure for a frequency from its table (3 significant digits, then
    hundredths), as ``wordfreq.zipf_frequency`` computes it."""
    if freq <= 0.0:
        return 0.0
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _european(english: float, other: float) -> str:
    """English, unless another European language knows the word far better."""
    return ENGLISH if english >= other - 1.0 else OTHER
