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
  is at least :data:`GAP` commoner (Honen: hōnen 4.4 but honen 1.6, which the figures
  leave open);
  a word in lower case that is a word as written too, when the long one is far
  commoner (gakko: gakkō);
* it is two syllables or more: one kana alone (*hyu*, *myu* in a table of kana) is
  no word for the data to lengthen;
* no word joined to it is of a language romaji cannot spell (Kang Youwei, Yuanliu
  chuban gongsi: Chinese in a note that cites Japanese too);
* it names no publisher (an organisation's own romanised name is no error: "the
  Kodansha edition"), nor stands in the text of a link to a web page (the page's own
  title).

A capitalised word spelled as an old province's name with its long vowels left out is
the province (Shimosa: Shimōsa, Hoki: Hōki). A capitalised word the figures leave open
is a name, so the names alone decide it when
they spell it one way and no common word is spelled as written at Zipf 3 or more
(Choshu: Chōshū; Honen: Hōnen, the names' one spelling without an apostrophe); two
capitalised words that JMnedict knows as one person are spelled as that person is (Kobo
Daishi: Kōbō Daishi), which neither word alone could decide.

A word alone gives no more evidence than that, so a finding on it is *possible*:
shown, never fixed.

>>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
>>> text = "Pilgrims filled the Todaiji compound, and Honen’s disciple met the shogun."
>>> [(text[s:e], spelled) for s, e, spelled, _ in words.found(text)]
[('Todaiji', 'Tōdaiji'), ('Honen’s', 'Hōnen’s')]
"""

from __future__ import annotations

import functools
import re
import threading
import weakref
from collections.abc import Iterator
from typing import ClassVar

from jpterms.citations import inside
from jpterms.eras import EraTable
from jpterms.kana import kana_to_romaji, strip_macrons
from jpterms.language import JAPANESE, UNKNOWN, LanguageGuesser
from jpterms.lookup import PARTICLES
from jpterms.package_data import read_rows
from jpterms.romaji import parse_word
from jpterms.spelling import SpellingJudge, with_long_vowels

__all__ = ["AS_WRITTEN", "BY_CONTEXT", "BY_ERA", "BY_NAME", "ENGLISH_FORM", "GAP", "ProseWords",
           "link_texts"]

#: What decided a word :meth:`ProseWords.found` yields, beside the word alone (""): a
#: person's full name (or a sovereign's title), the year of an era after it, or the word
#: before it (a quantity before a unit, a name before a title: data/context_words.tsv).
BY_NAME = "name"
BY_ERA = "era"
BY_CONTEXT = "context"
#: A word English writes at least this often (Zipf) is an English form of the name or
#: term (Honshu 2.3, daimyo 2.2, Shinto 2.6), written so on purpose.
ENGLISH_FORM = 2.0
#: A word spelled as written at least this common (Zipf) may be meant as written.
AS_WRITTEN = 1.0
#: How much commoner (Zipf) the long spelling must be than the word as written.
GAP = 1.0
#: A word in lower case (a common noun, not a name) that is a word as written too is
#: taken for the long one only when that is this much commoner (Zipf: gakkō 5.3 against
#: gakko 1.9, tanjō 5.0 against tanjo 1.6; on dev 11 words so, 1 not: kokiroku).
_COMMON_GAP = 2.0

#: A word of letters, with inner apostrophes or hyphens (Ken’ichi, Todai-ji) and an
#: English possessive after it (Honen’s); not part of a path, an address or a name
#: with digits (iriab.soka.ac.jp). A part after a mark is [A-Z]?[a-z]+, one way to read
#: it: [A-Za-z]?[a-z]+ (the same words) read a lower-case part two ways, and a word of n
#: parts that failed at its end (ab-bb-bb-..._) was tried 2**n ways (26 parts: 13 s).
_WORD = re.compile(r"[A-Za-z](?<![\w'’./@#\\-][A-Za-z])[a-z]+(?:['’-][A-Z]?[a-z]+)*(?![\w-]|['’.]\w)")
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

    _shared: ClassVar[weakref.WeakKeyDictionary[SpellingJudge, ProseWords]] = \
        weakref.WeakKeyDictionary()
    _shared_lock = threading.Lock()

    def __init__(self, judge: SpellingJudge, guesser: LanguageGuesser) -> None:
        self.judge = judge
        self.guesser = guesser
        #: word as written -> its spelling with macrons, or None (no finding whatever
        #: stands around it)
        self._decided: dict[str, str | None] = {}
        #: "Family Given" -> the spellings of the person JMnedict knows by them, or None
        self._names: dict[str, tuple[str, str] | None] = {}
        #: words (without a possessive) that :meth:`_most_people` decided
        self._by_bearers: set[str] = set()

    @classmethod
    def for_judge(cls, judge: SpellingJudge, guesser: LanguageGuesser) -> ProseWords:
        """The judge's instance, made once and kept while the judge lives: a document is
        checked a part at a time, and its words are judged once for all of them."""
        with cls._shared_lock:
            found = cls._shared.get(judge)
            if found is None or found.guesser is not guesser:
                found = cls._shared[judge] = cls(judge, guesser)
            return found

    def found(self, text: str, sovereigns: dict[str, str] | None = None
              ) -> Iterator[tuple[int, int, str, str]]:
        """The words of ``text`` standing alone that lack macrons: (start, end, spelling,
        what decided it: :data:`BY_NAME` a full name, :data:`BY_ERA` the year after it,
        ``""`` the word alone), not in a link's text (:func:`link_texts`). Two
        capitalised words that JMnedict knows as one person's name are spelled as that
        person is (Kobo Daishi: Kōbō Daishi; Ito Hirobumi: Itō), whatever each word
        alone would say; so is an emperor or empress named after the English title
        (Emperor Shomu: Shōmu), and the same name alone where ``sovereigns`` (the names
        :meth:`sovereigns` found in the whole document) holds it and no other capitalised
        word stands beside it (Shomu’s reign: Shōmu’s). An era's name before a year of
        that era in brackets is spelled as the era is (Shotoku (1713): 正徳 Shōtoku,
        1711-1716), whatever the word alone would say.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> list(words.found("the ritsuryo system, and [Life of Jizo](https://a.example)"))
        [(4, 12, 'ritsuryō', '')]
        >>> list(words.found("the tomb of Kobo Daishi"))
        [(12, 16, 'Kōbō', 'name')]
        """
        decided = self._decided
        links = link_texts(text)
        named = self._full_names(text)
        if "mpero" in text or "mpress" in text:  # Emperor, Empress
            named.update((start, (spelled, written, BY_NAME))
                         for start, (spelled, written) in self._sovereigns(text).items())
        if "(" in text or "[" in text:
            named.update(self._dated_eras(text))
        named.update(self._named_eras(text))
        named.update(self._in_context(text))
        for m in _WORD.finditer(text):
            start, end = m.span()
            if named and start in named:
                spelled, written, why = named[start]
                if spelled != written and not (links and inside(start, links)):
                    yield start, start + len(written), spelled, why
                continue
            word = m.group()
            if sovereigns and word[:1].isupper():
                alone = self._sovereign_alone(text, start, end, sovereigns)
                if alone is not None:
                    if not (links and inside(start, links)):
                        yield start, end, alone, BY_NAME
                    continue
            found = decided.get(word, _UNASKED)  # most words: this lookup and no more
            if found is None:
                continue
            if found is _UNASKED:
                found = self.spelling(text, start, end)
                if found is None:
                    continue
            elif self._beside_foreign(text, start, end):
                continue
            if self._by_bearers and _CAPITAL_AFTER.match(text, end) and \
                    _POSSESSIVE.sub("", word) in self._by_bearers:
                continue  # a given name before another name (Koichiro Gemba): the English order
            if not (links and inside(start, links)):
                yield start, end, found, ""
        if "_-" in text:
            for start, end, spelled in self._italic_suffixes(text):
                if not (links and inside(start, links)):
                    yield start, end, spelled, BY_CONTEXT

    def _dated_eras(self, text: str) -> dict[int, tuple[str, str, str]]:
        """Where a capitalised word spelled as an era's name without its long vowels
        stands before a year of that era in brackets (Shotoku (1713), Tenpo [1844],
        Koka (1848–1849), Shotoku 3 \\(1713\\)): the word's start -> (the era's
        spelling, the word as written, :data:`BY_ERA`). Of eras whose letters are alike,
        the year picks one; a year no such era holds (Shotoku (1850)) decides nothing.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._dated_eras("in Shotoku (1713) and Tenpo [1844]; Shotoku (1850)")
        {3: ('Shōtoku', 'Shotoku', 'era'), 22: ('Tenpō', 'Tenpo', 'era')}
        """
        out: dict[int, tuple[str, str, str]] = {}
        for m in _YEAR_IN_BRACKETS.finditer(text):
            before = _WORD_BEFORE_BRACKET.search(text, max(0, m.start() - 30), m.start())
            if before is None:
                continue
            word, year = before.group(1), int(m.group(1))
            for spelled, first, last in _era_years().get(word.lower(), ()):
                if first <= year <= last:
                    if spelled != word.lower():
                        out[before.start(1)] = (with_long_vowels(word, spelled), word, BY_ERA)
                    break
        return out

    def _named_eras(self, text: str) -> dict[int, tuple[str, str, str]]:
        """Where a capitalised word spelled as one era's name without its long vowels
        (:meth:`SpellingJudge.era_name`) stands before "era", "period", "famine", "reforms"
        or "earthquake" (the Tenpo famine, the Kyoho reforms), English not writing it
        (Showa, Taisho): the word's start -> (the era's spelling, the word as written,
        :data:`BY_ERA`).

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._named_eras("during the Tenpo famine and the Showa period")
        {11: ('Tenpō', 'Tenpo', 'era')}
        """
        out: dict[int, tuple[str, str, str]] = {}
        for m in _ERA_NOUN.finditer(text):
            before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if before is None:
                continue
            word = before.group(1)
            era = self.judge.era_name(word)
            if era is not None and self.guesser.word(word).english < ENGLISH_FORM:
                out[before.start(1)] = (era, word, BY_ERA)
        return out

    def _in_context(self, text: str) -> dict[int, tuple[str, str, str]]:
        """Where a word of data/context_words.tsv (one English writes often as something
        else: Ryo a given name, Osho a guru) stands after what shows it to be the Japanese
        word: a quantity before a unit ("1,000 ryo", "half a ryo", "2,500 gold ryo"), a
        name the guesser may take for Japanese before a title ("Tannen Osho"): the word's
        start -> (its spelling, the word as written, :data:`BY_CONTEXT`).

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._in_context("paid 5 ryo to Ryo; half a ryo; the priest Tannen Osho")
        {7: ('ryō', 'ryo', 'context'), 26: ('ryō', 'ryo', 'context'), 49: ('Oshō', 'Osho', 'context')}
        >>> words._in_context("the ryo of Osho Rajneesh; Bhagwan Osho; the Zen master Osho")
        {}
        """
        out: dict[int, tuple[str, str, str]] = {}
        for word, (spelled, after) in _context_words().items():
            # str.find, at C speed: a pattern of the words would be tried at every letter
            start = text.find(word)
            while start != -1:
                end = start + len(word)
                if _alone(text, start, end) and self._shown_by_before(text, start, after):
                    out[start] = (spelled, word, BY_CONTEXT)
                start = text.find(word, end)
        return out

    def _italic_suffixes(self, text: str) -> Iterator[tuple[int, int, str]]:
        """A name with a title after it set in italics by underscores, which Markdown
        leaves as they are inside a word (Kosho_-tenno_, Karu_-shinno_: pages converted
        from a wiki): the title (a ``suffix`` of data/context_words.tsv) spelled so, and
        before 天皇 tennō the name as JMnedict spells that sovereign (:meth:`_sovereign`):
        (start, end, spelling) of each word that lacks its long vowel.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> list(words._italic_suffixes("The name Kosho_-tenno_ and Karu_-shinno_."))
        [(9, 14, 'Kōshō'), (16, 21, 'tennō'), (33, 39, 'shinnō')]
        """
        table = _context_words()
        at = text.find("_-")
        while at != -1:
            m = _ITALIC_SUFFIX.match(text, at)
            name = _CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
            if m is not None and name is not None and \
                    table.get(m.group(1), ("", ""))[1] == _AFTER_NAME_IN_ITALICS:
                suffix, spelled = m.group(1), table[m.group(1)][0]
                if suffix == "tenno":
                    sovereign = self._sovereign(name.group(1))
                    if sovereign is not None:
                        yield name.start(1), name.end(1), sovereign[0]
                yield m.start(1), m.end(1), spelled
            at = text.find("_-", at + 2)

    def _shown_by_before(self, text: str, start: int, after: str) -> bool:
        """Whether what stands before ``text[start:]`` is what data/context_words.tsv asks
        for: a quantity, or a name the guesser may take for Japanese."""
        if after == _AFTER_QUANTITY:
            return _QUANTITY_BEFORE.search(text, max(0, start - 30), start) is not None
        if after != _AFTER_NAME:
            return False  # (a title in italics: _italic_suffixes)
        before = _NAME_BEFORE_TITLE.search(text, max(0, start - 30), start)
        # (Bhagwan Osho: the guru)
        return before is not None and self.guesser.word(before.group(1)).may_be_japanese

    def _full_names(self, text: str) -> dict[int, tuple[str, str, str]]:
        """Where two capitalised words joined by a space are a person JMnedict knows (a
        family and a given name, each a word the guesser may take for Japanese, one of
        them only Japanese): each word's start -> (its spelling, the word as written,
        :data:`BY_NAME`)."""
        out: dict[int, tuple[str, str, str]] = {}
        for m in _NAME_PAIR.finditer(text):
            family, given = m.group(1), m.group(2)
            key = f"{family} {given}"
            spelled = self._names.get(key, _NO_NAME)
            if spelled is _NO_NAME:
                if len(self._names) > _MAX_REMEMBERED:
                    self._names.clear()
                spelled = self._names[key] = self._full_name(family, given)
            if spelled is not None:
                out[m.start(1)] = (spelled[0], family, BY_NAME)
                out[m.start(2)] = (spelled[1], given, BY_NAME)
        return out

    def sovereigns(self, text: str) -> dict[str, str]:
        """The emperors and empresses ``text`` names after the English title, or before
        the Japanese one (Kosho-tenno, Kosho_-tenno_: the name 孝昭天皇 Kōshō tennō), whose
        names need a long vowel: each name as written -> its spelling.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words.sovereigns("Emperor Kosho (r. 475-393 BC). Emperor Meiji.")
        {'Kosho': 'Kōshō'}
        >>> words.sovereigns("The name Koken_-tenno_ was given to her; Bidatsu-tenno.")
        {'Koken': 'Kōken'}
        """
        found: dict[str, str] = {}
        if "mpero" in text or "mpress" in text:
            found.update((written, spelled) for spelled, written in self._sovereigns(text).values())
        at = text.find("tenno")
        while at != -1:  # str.find, at C speed: most texts hold no such title
            m = _BEFORE_TENNO.search(text, max(0, at - 30), at)
            if m is not None and not _joins_after(text, at + 5):
                spelled = self._sovereign(m.group(1))
                if spelled is not None:
                    found[m.group(1)] = spelled[0]
            at = text.find("tenno", at + 5)
        return found

    @staticmethod
    def _sovereign_alone(text: str, start: int, end: int, sovereigns: dict[str, str]) -> str | None:
        """The spelling of a sovereign's name standing alone at ``text[start:end]`` (with a
        possessive perhaps), not beside another capitalised word (Keiko Kitagawa is
        another person)."""
        word = text[start:end]
        possessive = _POSSESSIVE.search(word)
        base = word[:possessive.start()] if possessive else word
        spelled = sovereigns.get(base)
        if spelled is None:
            return None
        if _CAPITAL_BEFORE.search(text, max(0, start - 40), start) or _CAPITAL_AFTER.match(text, end):
            return None
        return spelled + (possessive.group(0) if possessive else "")

    def _sovereigns(self, text: str) -> dict[int, tuple[str, str]]:
        """Where an emperor or empress is named after the English title (Emperor Shomu,
        Empress Jingu’s): the name's start -> (its spelling, the name as written).

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._sovereigns("under Emperor Shomu and Empress Koken, not Emperor Taizong")
        {14: ('Shōmu', 'Shomu'), 32: ('Kōken', 'Koken')}
        """
        out: dict[int, tuple[str, str]] = {}
        for m in _SOVEREIGN.finditer(text):
            name = m.group(1)
            spelled = self._names.get(name, _NO_NAME)
            if spelled is _NO_NAME:
                if len(self._names) > _MAX_REMEMBERED:
                    self._names.clear()
                spelled = self._names[name] = self._sovereign(name)
            if spelled is not None:
                out[m.start(1)] = spelled
        return out

    def _sovereign(self, name: str) -> tuple[str, str] | None:
        """``name`` spelled as JMnedict spells the one sovereign (or consort) it names
        with 天皇 tennō, 皇后 kōgō or 皇太后 kōtaigō after it (Shomu: 聖武天皇 Shōmu tennō;
        Jingu: 神功皇后 Jingū kōgō), when that adds a long vowel; no person so named
        (Taizong, Norton) is none."""
        if _NO_LONG_VOWEL.fullmatch(name) or parse_word(name.replace("-", "")) is None:
            return None
        letters = name.lower().replace("-", "")
        forms = set()
        for title in _SOVEREIGN_TITLES:
            for spelling in self.judge.lexicon.spellings(name + title):
                form = spelling.hepburn.lower().replace("-", "").replace(" ", "")
                if spelling.is_name and form.endswith(_SOVEREIGN_TITLES[title]):
                    forms.add(form[:-len(_SOVEREIGN_TITLES[title])])
        forms = {form for form in forms if strip_macrons(form) == letters}
        if len(forms) != 1:
            return None
        form = forms.pop()
        return None if form == letters else (with_long_vowels(name, form), name)

    def _full_name(self, family: str, given: str) -> tuple[str, str] | None:
        if (_NO_LONG_VOWEL.fullmatch(family) and _NO_LONG_VOWEL.fullmatch(given)) or \
                parse_word(family) is None or parse_word(given) is None:
            return None
        verdicts = (self.guesser.word(family), self.guesser.word(given))
        if not all(v.may_be_japanese for v in verdicts) or \
                not any(v.language == JAPANESE for v in verdicts):
            return None  # (Guo Moruo: Chinese, whatever JMnedict lists)
        found = self.judge.full_name(family, given)
        if found is not None:
            return found
        return self._given_after_family(family, given)

    def _given_after_family(self, family: str, given: str) -> tuple[str, str] | None:
        """A given name after a family name spelled as written, where JMnedict lists no such
        person (Nakano Shogen: Nakano Shōgen): the one spelling the given names give its
        letters, when it adds ō or ū. The family name must be one that at least
        :data:`_PEOPLE_MIN` people bear, more often as a family than as a given name (Aya
        Endo, Hiromi Go: a given name first, the English order, the person's own spelling),
        and neither word a publisher's (Iwanami Shoten). On dev, stripped: +15 words right
        (Shōgen, Senzō, Saburō), no false alarm."""
        if _NO_LONG_VOWEL.fullmatch(given) or not any(
                p.kind == "surname" and p.hepburn == family
                for p in self.judge.lexicon.spellings(family)):
            return None
        as_family = sum(self.judge.name_people(family, family=True).values())
        if as_family < _PEOPLE_MIN or \
                as_family < sum(self.judge.name_people(family, family=False).values()):
            return None  # (Aya Endo, Hiromi Go: a given name first, the English order)
        if self.judge.publisher([given]) is not None or \
                self.judge.publisher([family, given]) is not None:
            return None
        letters = given.lower()
        forms = {p.hepburn.lower() for p in self.judge.lexicon.spellings(given)
                 if p.kind == "given" and strip_macrons(p.hepburn.lower()) == letters}
        if len(forms) != 1:
            return None
        form = forms.pop()
        if form == letters or _NOT_O_OR_U.search(form):
            return None
        return family, with_long_vowels(given, form)

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
        syllables = parse_word(_NAME_MARK.sub("", base))
        if len(base) < 3 or _NO_LONG_VOWEL.fullmatch(base) or syllables is None:
            return None  # (no o or u, or no romaji: most English words, without a verdict)
        if len(syllables) < 2:
            return None  # one kana alone (hyu, myu in a table of kana): no word to lengthen
        verdict = self.guesser.word(base)
        if verdict.english >= ENGLISH_FORM:
            return None
        if base[:1].isupper() and base[1:] == base[1:].lower():
            named = self._common_name(base)
            if named is None and verdict.language == UNKNOWN:
                named = self._hall_name(base)
            if named is not None:
                return named + (possessive.group(0) if possessive else "")
        if verdict.language != JAPANESE or parse_word(base) is None:
            return None
        if any(part.lower() in PARTICLES for part in base.split("-")):
            return None  # (Izumo-no-kuni: a phrase, its particle no word to lengthen)
        form = self._long_form(base)
        if form is None:
            return None
        if base[:1].isupper() and self.judge.publisher([base]) is not None:
            return None  # a publisher names itself in English (Kodansha, Kenkyusha)
        return with_long_vowels(base, form) + (possessive.group(0) if possessive else "")

    def _common_name(self, base: str) -> str | None:
        """``base`` spelled as an Edo-period man's common name (data/edo_name_endings.tsv): a
        given name of three letters or more that the names spell one way, then its ending,
        perhaps after an apostrophe (Jirobei: Jirōbei); a given name the names spell as
        written before an ending that is long itself (Gon’nojo: Gon’nojō). ``None`` when
        it is no such name or adds no macron.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._common_name("Jirobei"), words._common_name("Gon’nojo")
        ('Jirōbei', 'Gon’nojō')
        >>> words._common_name("Hubei"), words._common_name("Lemon")
        (None, None)
        """
        lower = base.lower()
        for written, spelled in _name_endings():
            if not lower.endswith(written):
                continue
            head = base[:len(base) - len(written)]
            stem = head.rstrip("’'-")
            if len(stem) < 3 or not stem.isalpha() or parse_word(stem) is None:
                return None  # (Yozaemon 与左衛門: one syllable, which the names read Yō)
            given = self.judge.name_part(stem, family=False)
            if given is None:
                form = self._name_form(stem)
                given = with_long_vowels(stem, form) if form is not None else None
            if given is None:
                if spelled == written or not any(
                        p.kind == "given" and p.hepburn == stem
                        for p in self.judge.lexicon.spellings(stem)):
                    return None
                given = stem
            whole = given + head[len(stem):] + spelled
            return whole if whole != base else None
        return None

    def _hall_name(self, base: str) -> str | None:
        """``base`` spelled as the name of a temple, hall or hermitage, or an art name
        taken from one (data/hall_name_endings.tsv): a name of three letters or more that
        the names spell one way, with no long vowel but ō or ū, then its ending (Ichiyuken:
        Ichiyū 一有 and ken 軒; Tsujinodo: Tsujino and dō 堂). ``None`` when it is no such
        name, adds no macron or names a publisher (Hokuseido).

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._hall_name("Ichiyuken"), words._hall_name("Tsujinodo")
        ('Ichiyūken', 'Tsujinodō')
        >>> words._hall_name("Toyodo") is None  # the names spell Toyo more than one way
        True
        """
        lower = base.lower()
        for written, spelled in _hall_endings():
            if not lower.endswith(written):
                continue
            stem = base[:len(base) - len(written)]
            if len(stem) < 3 or parse_word(stem) is None:
                return None
            letters = stem.lower()
            forms = set()
            in_kanji = False  # (Atondo: アトン Aton is a foreign name, in katakana only)
            for spelling in self.judge.lexicon.spellings(stem):
                form = spelling.hepburn.lower().replace("-", "")
                if spelling.is_name and "'" not in form and strip_macrons(form) == letters:
                    forms.add(form)
                    in_kanji = in_kanji or any("\u3400" <= c <= "\u9fff" for c in spelling.written)
            if len(forms) != 1 or not in_kanji or _NOT_O_OR_U.search(form := forms.pop()):
                return None
            whole = with_long_vowels(stem, form) + spelled
            if whole == base or self.judge.publisher([base]) is not None:
                return None
            return whole
        return None

    def _long_form(self, base: str) -> str | None:
        """The one spelling of ``base``'s letters with long vowels that the lexicon
        gives (letters, lower case, macrons), when its figures decide; for a capitalised
        word they do not decide, the old province so spelled ("the provinces of Kazusa and
        Shimosa", whatever a surname 下佐 Shimosa or a common word 放棄 hōki says of the
        letters alone: on the dev documents writers spell such a word with its macrons 73
        times and without them once), else the one that names give (:meth:`_name_form`)."""
        found = self.judge.sole_longer(base)
        if found is not None:
            form, figure, as_written = found
            if figure - as_written >= (GAP if as_written < AS_WRITTEN else _COMMON_GAP) and \
                    (as_written < AS_WRITTEN or base.islower()):
                return form
        if base[:1].isupper() and base[1:].islower() and base.isalpha():
            return self.judge.provinces_by_letters.get(base.lower()) or self._name_form(base)
        return None

    def _name_form(self, base: str, by_bearers: bool = True) -> str | None:
        """A capitalised word in prose names someone or somewhere: the one spelling of its
        letters that the names JMnedict and the glossary list give it (Hōnen, Ogyū,
        Chōshū), when it adds ō or ū and no name is spelled as written; a rare common
        word that shares its letters (庶務 shomu 2.4) is not what a name means, but a
        common one may be (:data:`_COMMON_WORD`). A spelling with an apostrophe (Hon'en)
        is another word than one written without. Where the names spell the letters
        more than one way, the spelling nearly all their bearers have decides
        (:meth:`_most_people`: Yonosuke, 8 people Yōnosuke and 1 Yonosuke), except before
        another capitalised word (:meth:`found`), where it may be a given name in the
        English order, the person's own spelling (Foreign Minister Koichiro Gemba)."""
        letters = base.lower()
        if self.judge.frequency_as_written(letters) >= _COMMON_WORD:
            return None  # a common word capitalised (Iwanami Shoten, *Ikensho*, the Kojiki)
        forms = set()
        for spelling in self.judge.lexicon.spellings(base):
            if not spelling.is_name:
                continue
            form = spelling.hepburn.lower().replace("-", "")
            if "'" not in form and strip_macrons(form) == letters:
                forms.add(form)
        if not forms:
            return None
        if len(forms) == 1:
            chosen: str | None = forms.pop()
        elif not by_bearers:
            return None
        else:
            chosen = self._most_people(base)
            if chosen is not None:
                self._by_bearers.add(base)
        if chosen is None:
            return None
        return None if chosen == letters or _NOT_O_OR_U.search(chosen) else chosen

    def name_spelling(self, word: str) -> str | None:
        """``word`` (capitalised) spelled as the names spell its letters (:meth:`_name_form`),
        when that adds a long vowel, or ``None``.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words.name_spelling("Jocho"), words.name_spelling("Shrine")
        ('Jōchō', None)
        """
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or \
                parse_word(word) is None:
            return None
        form = self._name_form(word, by_bearers=False)
        return None if form is None else with_long_vowels(word, form)

    def _most_people(self, base: str) -> str | None:
        """The spelling (letters, lower case, macrons) that at least :data:`_PEOPLE_SHARE`
        of the people JMnedict lists with ``base`` as their family or given name have,
        when they are :data:`_PEOPLE_MIN` or more; ``None`` otherwise.

        >>> words = ProseWords(SpellingJudge.for_glossary(None), LanguageGuesser())
        >>> words._most_people("Yonosuke"), words._most_people("Ono")
        ('yōnosuke', None)
        """
        counts: dict[str, int] = {}
        for family in (True, False):
            for form, n in self.judge.name_people(base, family=family).items():
                counts[form] = counts.get(form, 0) + n
        total = sum(counts.values())
        if total < _PEOPLE_MIN:
            return None
        form, n = max(counts.items(), key=lambda item: item[1])
        return form if n >= _PEOPLE_SHARE * total else None

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


#: A word with no o or u: every long vowel found alone in prose on the development
#: documents was ō or ū (ā, ē and ī mark loanwords, which prose writes in English).
_NO_LONG_VOWEL = re.compile(r"[^oOuU]*")
#: A capitalised word that is a common word as written at least this often (Zipf:
#: shoten 書店 5.0, ikensho 意見書 5.0, kojiki 乞食 3.4) is that word in a name or a title,
#: not a name the names decide (on dev: 60 of 80 false alarms so, and 16 of 71 right:
#: Shotoku 所得 4.2, Taisho 5.0).
_COMMON_WORD = 3.0
#: A long vowel other than ō and ū (a loanword's, or a foreign name's: Ravīna).
_NOT_O_OR_U = re.compile("[āēī]")
#: A capitalised word the names spell more than one way is spelled as at least
#: :data:`_PEOPLE_SHARE` of its bearers spell it, when at least :data:`_PEOPLE_MIN`
#: people bear it (on dev, stripped: +33 words right, Yōnosuke 23 times, Shūji, Rokurō;
#: 3 more possible findings on names a writer printed without their macron, Suzuki Kohei;
#: 20 bearers at least gained 6 words, 3 gained 37 and 5 false alarms).
_PEOPLE_MIN = 5
_PEOPLE_SHARE = 0.8


@functools.cache
def _era_years() -> dict[str, tuple[tuple[str, int, int], ...]]:
    """The eras (:meth:`EraTable.bundled`) by the letters of their standard reading's
    Hepburn without long vowels: (that Hepburn, first year, last year), read once."""
    eras = EraTable.bundled()
    out: dict[str, list[tuple[str, int, int]]] = {}
    for era in eras:
        spelled = kana_to_romaji(eras.readings(era)[0])
        out.setdefault(strip_macrons(spelled), []).extend(
            (spelled, first, last) for first, last in eras.years(era))
    return {letters: tuple(eras) for letters, eras in out.items()}


#: A year (three or four digits) in brackets, or opening a range in them: "(1713)",
#: "[1844]", "(1848–1849)".
_YEAR_IN_BRACKETS = re.compile(r"[(\[]([1-9][0-9]{2,3})(?=\\?[)\]–-])")
#: An English noun that follows an era's name (the Tenpo famine), and the capitalised
#: word before it. The noun is found first: a pattern opening with the word's class would
#: be tried at every letter of a text.
_ERA_NOUN = re.compile(r" (?:era|period|famine|reforms|earthquake)s?\b")
#: A capitalised word of letters ending where the search stops: the word before an era's
#: noun (the Tenpo famine), or the name before a title in italics (Kosho_-tenno_).
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)$")
#: A capitalised word right before a bracket, perhaps escaped (Markdown's "\("), perhaps
#: with the year of the era between ("Shotoku 3 (1713)").
_WORD_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?: [1-9][0-9]?)? \\?$")


@functools.cache
def _context_words() -> dict[str, tuple[str, str]]:
    """The words of data/context_words.tsv: as written -> (spelled, what goes before it),
    read once."""
    return {row[0]: (row[1], row[2]) for row in read_rows("context_words.tsv")}


def _alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word standing alone: not part of another word
    (ryokan, Oshoku), nor joined to one by an apostrophe or a hyphen.

    >>> _alone("5 ryo.", 2, 5), _alone("a ryokan", 2, 5), _alone("Ryo-ryo", 4, 7)
    (True, False, False)
    """
    return not ((start and _joins(text[start - 1])) or (end < len(text) and _joins(text[end])))


def _joins_after(text: str, end: int) -> bool:
    """Whether the character at ``end`` joins a word ending there to more letters
    (tennoji): an underscore closing italics (_-tenno_) does not."""
    return end < len(text) and text[end] != "_" and _joins(text[end])


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


#: What goes before a word of data/context_words.tsv: a quantity, a person's name, or a
#: name, the word set in italics by underscores (Kosho_-tenno_).
_AFTER_QUANTITY = "quantity"
_AFTER_NAME = "name"
_AFTER_NAME_IN_ITALICS = "name_-"
#: A title set in italics after "_-" (Kosho_-tenno_).
_ITALIC_SUFFIX = re.compile(r"_-([a-z]+)_(?![^\W_])")
#: A quantity right before a unit (spaces between, a line's break too): a number ("1,000",
#: "1.25"), a number's word ("a thousand", "half a", "several tens of"), or the metal the
#: coin is of ("2,500 gold").
_QUANTITY_BEFORE = re.compile(
    r"(?:[0-9]|(?<![\w'’-])(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|thirty|forty|fifty|hundred|thousand|million|half|quarter|several|few|gold|"
    r"silver|(?:tens|hundreds|thousands|millions) of))\s+$")
#: A capitalised word right before a title, one space between (Tannen Osho): the name.
_NAME_BEFORE_TITLE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")


@functools.cache
def _hall_endings() -> tuple[tuple[str, str], ...]:
    """The endings of temples', halls' and hermitages' names (written, spelled), read once."""
    return tuple((row[0], row[1]) for row in read_rows("hall_name_endings.tsv"))


@functools.cache
def _name_endings() -> tuple[tuple[str, str], ...]:
    """The endings of Edo-period common names (written, spelled), longest first, read once."""
    return tuple((row[0], row[1]) for row in read_rows("edo_name_endings.tsv"))


#: An apostrophe or hyphen inside a name (Tō’emon), which romaji parsing does not read.
_NAME_MARK = re.compile("[’'-]")
#: Marks a word :class:`ProseWords` has not judged yet.
_UNASKED = "\0"
#: Marks a pair of words :class:`ProseWords` has not looked up yet.
_NO_NAME = ("\0", "\0")
#: Two capitalised words joined by one space or by *no*, the second perhaps with a
#: possessive: a person's family and given name (Kobo Daishi, Ito Hirobumi’s, Oe no
#: Otondo), either with a syllabic n set off by an apostrophe (Kano Tan'yu, Tanizaki
#: Jun'ichiro). A match holds the first word only, so that every pair in a row of
#: capitalised words is tried (Emperor Kobo Daishi); the look-behind after the capital
#: lets the engine skip to each capital.
_NAME_PAIR = re.compile(
    r"([A-Z](?<![\w'’./@#\\-][A-Z])[a-z]+(?:(?<=n)['’][aiueoy][a-z]*)*)"
    r"(?= (?:no )?([A-Z][a-z]+(?:(?<=n)['’][aiueoy][a-z]*)*)(?:['’]s\b|(?![\w'’-])))")
#: A sovereign named after the English title, the name perhaps hyphenated (Emperor
#: Go-Komyo) and followed by a possessive: the name.
_SOVEREIGN = re.compile(
    r"\b[Ee]mp(?:eror|ress) ([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=['’]s\b|(?![\w'’-]))")
#: A name right before the Japanese title of an emperor (Kosho-tenno, Kosho_-tenno_,
#: Kosho tenno), searched for just before each "tenno" the text holds.
_BEFORE_TENNO = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?:_-|-| )$")
#: A capitalised word right before or after another, one space between.
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
#: What JMnedict writes after a sovereign's name (the key's letters -> its Hepburn):
#: 天皇 tennō, 皇后 kōgō, 皇太后 kōtaigō.
_SOVEREIGN_TITLES = {"tenno": "tennō", "kogo": "kōgō", "kotaigo": "kōtaigō"}
#: How many words a :class:`ProseWords` remembers.
_MAX_REMEMBERED = 100_000
#: A neighbour English writes at least this often (Zipf) is an English word, not a
#: foreign one (the, compound, disciple).
_ENGLISH_NEIGHBOUR = 3.0
