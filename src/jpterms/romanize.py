"""Japanese (kanji and kana) to romaji, with ALA-LC-style word division.

MeCab with UniDic (through fugashi and unidic-lite) splits the text into
morphemes and gives each its orthographic kana and its pronunciation. The
pronunciation says which vowels are long *within* a morpheme (格子 コーシ,
kōshi) and which are two vowels meeting (子牛 コウシ, koushi), so macrons go
only where modified Hepburn puts them. Glossary entries override the
dictionary's reading (玄葉 is Genba, not Gen'yō). Morphemes are then grouped
into words by the rules in ``data/word_division.json``. Two parts do the first steps:
:class:`jpterms.row_reader.RowReader` reads each run of Japanese into MeCab's rows,
corrected where the dictionaries tell, and :func:`jpterms.unidic_morpheme.unidic_morpheme`
makes each row a morpheme.

For speed, MeCab prints its tokens as lines itself (``data/mecabrc``), each distinct
line becomes a token once per :class:`Romanizer`, and a run is romanised in segments
whose answers the romaniser remembers (bounded; see ``Romanizer._chunk``): the same
output as reading each run whole, tested on real text.

>>> romanize("日英サイバー協議の開催について")
'Nichiei saibā kyōgi no kaisai ni tsuite'
>>> romanize("格子と子牛"), romanize("東京", system="kunrei")
('Kōshi to koushi', 'Tôkyô')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, cast

from jpterms.division import as_tuple
from jpterms.division import rules as _rules
from jpterms.glossary import PROPER_KINDS, Entry, Glossary
from jpterms.kana import (
    LONG_MARK,
    SYSTEMS,
    has_kanji,
    is_ideograph,
    kana_to_romaji,
    mark_long_vowels,
    normalize_japanese,
    to_hiragana,
    to_katakana,
)
from jpterms.mecab_rows import (
    is_kana_run,
    rows_of,
)
from jpterms.morpheme import CONFIDENCES, Morpheme
from jpterms.morpheme_tests import is_nominal
from jpterms.numbers import KANJI_DIGITS
from jpterms.reading_parts import with_genitive
from jpterms.readings import SOURCES, ReadingResolver, reads_with_previous
from jpterms.row_reader import RowReader
from jpterms.unidic_morpheme import LONG_PAIRS, VOWEL_OF, kakasi_reading, unidic_morpheme
from jpterms.word_grouping import (
    admin_stem,
    body_capitals,
    corporate_forms,
    corporate_words,
    geographic_words,
    group_words,
    hiragana_only,
    is_publisher,
    nippon_words,
    short_municipalities,
    suffix_readings,
    unread_kana,
    word_tails_apart,
)

if TYPE_CHECKING:
    from jpterms.kanji_fallback import FallbackReading, KanjiFallback

__all__ = ["SYSTEMS", "Romanizer", "WordReading", "explain", "romanize", "spells_kana"]


def _glossary_morpheme(entry: Entry) -> Morpheme:
    spelled = tuple(to_katakana(w) for w in entry.kana.split(" "))
    words = tuple(mark_long_vowels(w) for w in spelled)
    caps = tuple(w[:1].isupper() for w in entry.hepburn.split(" "))
    if len(caps) != len(words):
        caps = (entry.kind in PROPER_KINDS,) * len(words)
    return Morpheme(entry.written, "".join(words), " ".join(spelled), "glossary", proper=any(caps),
                    words=words, capitals=caps, source="glossary", confidence="certain",
                    locked=True)


class _Token:
    """One MeCab token (or glossary span) as the romaniser's tokeniser hands it on.

    Made once per distinct MeCab output line (surface and UniDic features) and kept by
    the :class:`Romanizer`: ``raw`` is the morpheme as UniDic read it (what a one-unit
    glossary match takes its POS and role from), ``morpheme`` the same after the
    single-kanji fallback. ``key`` names the token in the keys of the segments
    :meth:`Romanizer.romanize` remembers; ``left`` and ``right`` index :data:`_CUT` (see
    :func:`_left_code`); ``flags``: whether the surface is a glossary spelling
    (:data:`_SPELLED`), whether a longer one begins with it (:data:`_EXTENDS`), and whether
    no dictionary reads the token (:data:`_UNREAD`); 0 for none of these, and for a token
    made from glossary or fallback spans.
    """

    __slots__ = ("alone", "capital", "flags", "key", "left", "morpheme", "plain", "raw",
                 "right", "surface")

    def __init__(self, raw: Morpheme, morpheme: Morpheme, flags: int, key: str) -> None:
        #: What names this token in a segment's key: a number of its own, written short
        #: (a string, so that the memories' keys are nothing the garbage collector walks).
        self.key = key
        #: This token romanised as a segment on its own, not capitalised and capitalised.
        self.plain: _Segment | None = None
        self.capital: _Segment | None = None
        #: The glossary token this token becomes where a glossary word is this token
        #: alone (made on first need).
        self.alone: _Token | None = None
        self.raw = raw
        self.morpheme = morpheme
        self.surface = morpheme.surface
        self.flags = flags
        nominal = is_nominal(morpheme)
        self.left = _left_code(morpheme) + (_LEFT_NOMINAL if nominal else 0)
        # (an adverb of one kanji may begin a word with the noun after it: 偶 + 数,
        # ReadingResolver._adverb_begins_word; no cut between them)
        self.right = _right_code(morpheme) + (_RIGHT_NOMINAL if nominal or (
            morpheme.pos.startswith("副詞") and len(morpheme.surface) == 1
            and has_kanji(morpheme.surface)) else 0)


#: A token's flags: its surface is a glossary spelling; a longer one begins with it; no
#: dictionary reads it (see Romanizer._read_unread).
_SPELLED, _EXTENDS, _UNREAD = 1, 2, 4
_GLOSSARY_BITS = _SPELLED | _EXTENDS


# Where a run may be cut into segments that are romanised on their own (see
# Romanizer._chunk): between two morphemes exactly where group_words starts a new word,
# ReadingResolver.refine sees no run of nouns going on (is_nominal on both sides) and
# its voicing rule (rendaku) does not reach. A morpheme's code as the one after a cut
# (left) and as the one before it (right); _CUT[right + left] is 0 (no cut), 1 (cut) or
# 2 (cut unless both are the same punctuation mark, which group_words keeps together).
_FREE, _PUNCT_MARK, _AFTER_INFLECTING, _SINGLE_KANJI, _NEVER = range(5)
_NEXT, _AFTER_PUNCT, _INFLECTING, _NOUN, _OTHER = (i * 10 for i in range(5))
_LEFT_NOMINAL, _RIGHT_NOMINAL = 5, 50


def _left_code(m: Morpheme) -> int:
    """What may come before ``m`` at a cut (not counting ``is_nominal``)."""
    if m.surface in suffix_readings() or reads_with_previous(m.surface):
        return _NEVER  # 千代田 + 区 (Chiyoda-ku), 追分 + 口 (Oiwakeguchi), 阿部 + 家 (Abe-ke)
    role = m.role
    if role in ("", "next"):
        return _FREE
    if role == "punct":
        return _PUNCT_MARK
    if role in ("after_inflecting", "bound"):
        return _AFTER_INFLECTING
    if role == "single_kanji":
        return _SINGLE_KANJI
    return _NEVER


def _right_code(m: Morpheme) -> int:
    """What may come after ``m`` at a cut (not counting ``is_nominal``)."""
    if m.role == "next" or m.reading.endswith("ッ"):
        return _NEXT  # a prefix joins the word after it, and so does a final っ (ざっ + と)
    if m.role == "punct":
        return _AFTER_PUNCT
    if m.pos.startswith(as_tuple("inflecting")):
        return _INFLECTING
    if m.pos.startswith("名詞") and not m.proper:
        return _NOUN
    return _OTHER


@cache
def _fraction() -> re.Pattern[str]:
    """分, の and a numeral: the end of a fraction (data ``fractions``: 四分の一), which
    ReadingResolver.refine reads across the particle."""
    rule = _rules()["fractions"]
    return re.compile(re.escape(rule["unit"] + rule["between"]) + "[一二三四五六七八九十百千0-9０-９]")


@cache
def _station_suffix() -> re.Pattern[str]:
    """The words after a station's name (data ``station_suffixes``: 駅, 停留場)."""
    return re.compile("|".join(map(re.escape, sorted(
        (k for k in _rules()["station_suffixes"] if k != "_doc"), key=len, reverse=True))))


def _cut_table() -> tuple[int, ...]:
    table = [0] * 100
    for right in (_AFTER_PUNCT, _INFLECTING, _NOUN, _OTHER):
        for left in (_FREE, _PUNCT_MARK, _AFTER_INFLECTING, _SINGLE_KANJI):
            if (left == _AFTER_INFLECTING and right == _INFLECTING) or (
                    left == _SINGLE_KANJI and right == _NOUN):
                continue  # 読ま + れる, 国際 + 的: one word
            ok = 2 if left == _PUNCT_MARK else 1
            for right_nominal in (0, _RIGHT_NOMINAL):
                for left_nominal in (0, _LEFT_NOMINAL):
                    if not (right_nominal and left_nominal):  # inside a run of nouns
                        table[right + right_nominal + left + left_nominal] = ok
    return tuple(table)


_CUT = _cut_table()
#: A segment's first word with letters: where it starts in the segment's text, its first
#: letter as the word has it (before any capital a sentence's start gives it), and whether
#: a sentence's end before it in the segment capitalises it anyway. None for a segment of
#: marks only (or of words with no letters).
_FirstWord = tuple[int, str, bool]
#: What a remembered segment holds: its pieces joined, marked with _SPACE_BEFORE where
#: its first piece wants a space before it and _SPACE_AFTER where its last one wants one
#: after it (see _unmark); whether the word after it is capitalised; flags: _LEFT_CHANGED
#: and _RIGHT_CHANGED where refine changed the morpheme at that end (only then must the
#: cut there be checked again, see Romanizer._chunk), _UNJOINABLE for a segment whose
#: first piece is empty (a lone ー), whose run is then read whole; the codes and
#: surfaces of its first and last refined morphemes (to check the cuts on); and its first
#: word (see :data:`_FirstWord`), from which the segment is written the other way, first
#: word capitalised or not (see :func:`_recapitalised`), without reading it again.
_Segment = tuple[str, bool, int, tuple[int, str, int, str], _FirstWord | None]
_LEFT_CHANGED, _RIGHT_CHANGED, _UNJOINABLE = 1, 2, 4
#: The marks of a remembered segment's spaces: neither is in a run of Japanese
#: (see _JAPANESE) nor in any romanisation.
_SPACE_BEFORE, _SPACE_AFTER = "\x01", "\x02"
_SPACES_MET = _SPACE_AFTER + _SPACE_BEFORE
#: How many morphemes of one word's with alternatives explain() romanises the word again
#: with (the first ones): each try reads the whole word, so a word of a thousand units
#: would cost a million steps; a word has far fewer alternatives worth showing.
_ALTERNATIVES_TRIED = 16
#: How many tokens and segments a romaniser remembers before it starts afresh.
CACHE_LIMIT = 60_000


@dataclass(frozen=True, slots=True)
class WordReading:
    """How one word was read: what :meth:`Romanizer.explain` returns for each word.

    ``source`` says where the reading came from: ``glossary``, ``jmdict`` (a dictionary
    word), ``jmnedict`` (a name or place), ``era`` (the table of era names, where the text
    shows an era), ``province`` (the old provinces: 武蔵国 Musashi no kuni), ``station``
    (the list of railway stations), ``gazetteer`` (the official list of municipalities),
    ``mozc`` (a word or a whole name the Mozc dictionary lists), ``unidic`` (the morphological analyser alone),
    ``kanjidic``/``pykakasi`` (single-kanji fallbacks); ``unidic+jmdict`` and the like
    mean the sources agreed. ``confidence`` is ``certain`` (glossary), ``likely``,
    ``possible`` (the dictionaries allow other readings) or ``guess`` (a fallback).
    ``alternatives`` are the other romanisations the dictionaries allow, best first.
    """

    text: str
    kana: str
    romaji: str
    source: str
    confidence: str
    alternatives: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON-ready dict."""
        return {"text": self.text, "kana": self.kana, "romaji": self.romaji,
                "source": self.source, "confidence": self.confidence,
                "alternatives": list(self.alternatives)}

    @property
    def is_guess(self) -> bool:
        """True when no dictionary knows this word: its reading is a fallback."""
        return self.confidence == "guess"


class Romanizer:
    """Romanises text in one system, with a glossary whose readings win.

    Build one and reuse it: the MeCab tagger and the glossary index load once.
    ``sources`` limits the dictionaries that may change UniDic's readings (see
    :data:`jpterms.readings.SOURCES`); an empty tuple leaves UniDic alone.

    >>> Romanizer("traditional").romanize("新聞を読む")
    'Shimbun wo yomu'
    """

    def __init__(self, system: str = "hepburn", glossary: Glossary | None = None, *,
                 sources: Collection[str] = SOURCES) -> None:
        if system not in SYSTEMS:
            raise ValueError(f"unknown romanisation system {system!r}; "
                             f"choose from {', '.join(SYSTEMS)}")
        self.system = system
        self._glossary = glossary
        #: The glossary spellings' proper prefixes (what a longer spelling goes on from),
        #: made with the spellings on first use (see _glossary_index).
        self._extending: frozenset[str] | None = None
        #: Glossary spellings -> the number of their entry (:meth:`Glossary.spellings`);
        #: the entry and its morpheme are made on first use only, so a short input does
        #: not pay for the whole glossary at start-up.
        self._override: dict[str, int] = {}
        self._override_entries: dict[str, Entry] = {}
        self._override_morphemes: dict[str, Morpheme] = {}
        #: Repeated short terms (names, titles) come from here.
        self._short = lru_cache(maxsize=8192)(self._romanize)
        #: MeCab's line for a token (surface, tab, UniDic features) -> token; glossary
        #: morphemes -> token.
        self._tokens: dict[str, _Token] = {}
        self._glossary_tokens: dict[str, _Token] = {}
        #: The keys of tokens no dictionary reads, and the tokens the fallback made.
        self._unread: set[str] = set()
        self._fallback_tokens: dict[str, _Token] = {}
        #: The tokens' keys and whether it is a whole input, one per line -> what
        #: romanising that segment gives, not capitalised and capitalised.
        self._segments: dict[str, tuple[_Segment | None, _Segment | None]] = {}
        #: Tokens made so far (never reset: a number names one token only).
        self._token_count = 0
        #: Finds a character the old-forms table changes (made after a few hundred runs).
        self._old_forms: re.Pattern[str] | None = None
        self._runs_read = 0
        #: Marks that take a space before / after them where letters or digits follow
        #: (the opening and closing punctuation of data/word_division.json).
        self._spaced_marks = (tuple(_rules()["opening"]), tuple(_rules()["closing"]))
        #: The run being read right after a word in Latin letters, if any (suffix_rows).
        self._suffix_run = ""
        #: Counters read as after a numeral where digits come before them (第2巻, 10月).
        self._digit_counters: dict[str, str] = {
            k: v for table in ("after_numeral", "after_digits")
            for k, v in _rules()[table].items() if k != "_doc"}
        #: and those read so only after 第 and digits (第1部, 第89編)
        self._ordinal_counters: dict[str, str] = {
            k: v for k, v in _rules()["after_ordinal_digits"].items() if k != "_doc"}
        #: The longest counter of the first, in characters (what _digit_counter looks up).
        self._digit_counter_size = max(map(len, self._digit_counters), default=0)
        #: What explain gave each text (and whether a token no dictionary reads had been
        #: seen, which refine's answer depends on): a title's words are explained again
        #: for each rule that asks (and the original of each citation that gives one).
        self._explained: dict[tuple[str, bool], tuple[WordReading, ...]] = {}
        #: Work counters: segments romanised afresh, and chunks read whole (no reuse).
        self.segment_misses = 0
        self.whole_chunks = 0
        #: JMdict, JMnedict, Mozc and KANJIDIC2 readings, opened on first need.
        self.readings = ReadingResolver(sources=sources)
        #: Reads each run into MeCab's rows, corrected with the dictionaries (see _tokenize).
        self.rows = RowReader(self.readings)

    def _glossary_index(self) -> frozenset[str]:
        """The glossary spellings' proper prefixes, made with the spellings (_override)
        when first asked for."""
        if self._extending is None:
            override: dict[str, int] = {}
            old_forms = self.readings.old_forms()
            for written, number in self._glossary_of().spellings():  # (the first one wins)
                if len(written) > 1 or not is_kana_run(written):
                    override.setdefault(written, number)
                    # the text is read in modern forms (see morphemes): so is the glossary
                    override.setdefault(written.translate(old_forms), number)
            self._override = override
            self._extending = frozenset(w[:i] for w in override for i in range(1, len(w)))
        return self._extending

    def _glossary_of(self) -> Glossary:
        """The glossary this romaniser reads with (the bundled one unless given one)."""
        return self._glossary if self._glossary is not None else Glossary.bundled()

    def _glossary_entry(self, spelling: str) -> Entry:
        """The glossary's entry for ``spelling`` (one of its spellings), made once."""
        entry = self._override_entries.get(spelling)
        if entry is None:
            entry = self._override_entries[spelling] = self._glossary_of().spelled_entry(
                self._override[spelling])
        return entry

    def preload(self) -> Romanizer:
        """Open every dictionary now (the MeCab tagger, the glossary index, the reading
        index, pykakasi), so that no later call pays for loading one. Returns itself.
        """
        rows_of("日本")
        self._glossary_index()
        self._old_forms = _char_class(self.readings.old_forms())
        self.readings.preload()
        kakasi_reading("彁")
        return self

    def morphemes(self, text: str, *, whole: bool = False,
                  year_after: bool = False) -> list[Morpheme]:
        """The morphemes of one run of Japanese: glossary spans merged, readings refined.

        ``whole`` says the text is a whole input (a title, a name, a place on its own);
        ``year_after`` that a year in digits follows it (天文 before 5年: the era).
        """
        return self._refined(text, self._tokenize(text), whole, year_after)

    def _refined(self, text: str, tokens: list[_Token], whole: bool,
                 year_after: bool = False) -> list[Morpheme]:
        """:meth:`morphemes` of ``text`` from its tokens (see :meth:`_tokenize`). A whole
        input of a name and a role (:meth:`jpterms.input_cuts.InputCuts.role_cut`: 楠山正雄編) is the
        name read as a whole input of its own, and the role."""
        role = self.readings.cuts.role_cut(text) if whole else None
        if role is not None:
            return [*self._refined(text[:role], self._tokenize(text[:role]), True),
                    *(self.readings.cuts.role_morpheme(t.surface) if t.surface != "・"
                      else t.morpheme for t in self._tokenize(text[role:]))]
        morphemes = self.readings.refine([t.morpheme for t in tokens], whole=whole,
                                         year_after=year_after, written=text if whole else "")
        if self._unread:  # (only once a token no dictionary reads has been seen)
            morphemes = self._variants_guessed(text, morphemes)
        if self.system == "ala-lc":
            morphemes = nippon_words(morphemes, _rules()["ala_lc"]["nippon"])
            morphemes = corporate_forms(morphemes, _rules()["ala_lc"]["corporate_forms"])
        return morphemes

    def _tokenize(self, text: str) -> list[_Token]:
        """MeCab's tokens for one run of Japanese, glossary spans merged (no readings
        refined yet). Old forms (經, 學, 國) are read as the modern ones the dictionaries
        list; the rows come from :meth:`RowReader.read`, each distinct row a token once."""
        if len(self._tokens) > CACHE_LIMIT or len(self._segments) > CACHE_LIMIT:
            self._forget()
        known = self._tokens.get
        old_forms = self._old_forms
        if old_forms is None:
            # The class costs ~5 ms to compile: made once a few hundred runs have paid for it
            self._runs_read += 1
            if self._runs_read > 300:
                self._old_forms = _char_class(self.readings.old_forms())
            text = text.translate(self.readings.old_forms())
        elif old_forms.search(text):  # (a search costs a third of a translate)
            text = text.translate(self.readings.old_forms())
        text, rows = self.rows.read(text, self._suffix_run)
        found = list(map(known, rows))  # (one C loop; then the rows seen first, if any)
        if None in found:
            new = self._new_token  # (a row twice in one run is made once: known again)
            tokens = [token or known(row) or new(row)
                      for token, row in zip(found, rows, strict=True)]
        else:
            tokens = cast("list[_Token]", found)
        starts = [i for i, token in enumerate(tokens) if token.flags]
        if not starts:
            return tokens
        if self._unread and max([tokens[i].flags for i in starts]) >= _UNREAD:
            tokens = self._read_unread(text, tokens)
            starts = [i for i, token in enumerate(tokens) if token.flags & _GLOSSARY_BITS]
            if not starts:
                return tokens
        # (only tokens that may begin a glossary word are left in starts)
        return self._apply_glossary(tokens, starts)

    def _pronoun(self, raw: Morpheme) -> Morpheme:
        """A pronoun in kanji with JMdict's headword reading where UniDic reads another
        entry's that Mozc writes more dearly (:meth:`ReadingResolver.pronoun_reading`):
        私 わたし, not UniDic's わたくし."""
        head = self.readings.pronoun_reading(raw.surface, to_hiragana(raw.kana))
        if head is None:
            return raw
        kana = to_katakana(head)
        return replace(raw, reading=mark_long_vowels(kana), kana=kana, source="jmdict",
                       alternatives=(to_hiragana(raw.kana),))

    def _new_token(self, row: str) -> _Token:
        surface, _, feature_raw = row.partition("\t")
        raw = unidic_morpheme(surface, feature_raw)
        if raw.pos == "代名詞" and has_kanji(surface):
            raw = self._pronoun(raw)
        extending = self._glossary_index()
        flags = (_SPELLED if surface in self._override else 0) | (
            _EXTENDS if surface in extending else 0)
        token = _Token(raw, raw if raw.reading else self._never_kanji(raw), flags,
                       self._token_key())
        self._tokens[row] = token
        if not token.morpheme.reading and has_kanji(surface):
            self._unread.add(token.key)
            token.flags |= _UNREAD
        return token

    @cached_property
    def fallback(self) -> KanjiFallback:
        """Kanji variants and the last resort for characters nothing reads, made when a
        text first holds one (most never do: the module and its dataclass cost about a
        millisecond of a cold ``jpterms romanize``)."""
        from jpterms.kanji_fallback import KanjiFallback

        return KanjiFallback(self.readings)

    def _read_unread(self, text: str, tokens: list[_Token]) -> list[_Token]:
        """Tokens no dictionary reads (櫸, 秌場, 𪚲, a 々 cut off from its kanji), read by
        :class:`~jpterms.kanji_fallback.KanjiFallback`: every such reading is a guess."""
        fallback = self.fallback
        standard = fallback.standard_form(text)
        if standard != text:  # 櫸 -> 欅, 秌場 -> 秋場: read as the variant the dictionaries list
            changed = [a != b for a, b in zip(text, standard, strict=True)]
            tokens, at = [], 0
            for row in rows_of(standard):
                token = self._tokens.get(row) or self._new_token(row)
                end = at + len(token.surface)
                if any(changed[at:end]) and token.morpheme.reading:
                    token = self._guessed(token, "variant")
                tokens.append(token)
                at = end
        out: list[_Token] = []
        for token in tokens:
            if token.key not in self._unread:
                out.append(token)
                continue
            before = out[-1] if out else None
            reading = fallback.read(token.surface, before.surface if before else "")
            if reading and before is not None and reading.merge:
                out[-1] = self._fallback_token(before.surface + token.surface, reading)
            elif reading:
                out.append(self._fallback_token(token.surface, reading))
            else:
                out.append(token)
        return out

    def _variants_guessed(self, text: str, morphemes: list[Morpheme]) -> list[Morpheme]:
        """The morphemes over a kanji read as its variant (櫸 as 欅) stay guesses, whatever
        refine found for the variant's spelling."""
        modern = text.translate(self.readings.old_forms())
        standard = self.fallback.standard_form(modern)
        if standard == modern:
            return morphemes
        out, at = [], 0
        for m in morphemes:
            end = at + len(m.surface)
            if m.reading and modern[at:end] != standard[at:end]:
                source = m.source if "variant" in m.source else f"{m.source}+variant"
                m = replace(m, confidence="guess", source=source)
            out.append(m)
            at = end
        return out

    def _guessed(self, token: _Token, source: str) -> _Token:
        """``token`` as read through the fallback: the same reading, marked a guess."""
        key = f"{token.key}:{source}"
        hit = self._fallback_tokens.get(key)
        if hit is None:
            m = token.morpheme
            hit = _Token(m, replace(m, confidence="guess", source=f"{m.source}+{source}"),
                         token.flags & _GLOSSARY_BITS, self._token_key())
            self._fallback_tokens[key] = hit
        return hit

    def _fallback_token(self, surface: str, reading: FallbackReading) -> _Token:
        key = f"{surface}\t{reading.kana}\t{reading.source}"
        hit = self._fallback_tokens.get(key)
        if hit is None:
            m = Morpheme(surface, mark_long_vowels(reading.kana), reading.kana, "名詞-普通名詞-一般",
                         role="prev" if reading.attach else "", source=reading.source,
                         confidence="guess")
            hit = _Token(m, m, 0, self._token_key())
            self._fallback_tokens[key] = hit
        return hit

    @staticmethod
    def _no_affix_here(entry: Entry, before: _Token | None, token: _Token,
                       after: _Token | None = None) -> bool:
        """Whether a one-character term of the glossary, an affix's reading after a noun
        (後 ご "as in 緩和後", 等 とう "as in 三原則等"), is no such affix on ``token``: first
        in the run, or after a mark, a particle, a verb or a pronoun, where UniDic reads it
        another way (文字列の後に, 入力した後, 、後で: あと; 彼等 and これ等: ら). After an
        adnominal it stays (その後 sono go, その後に), but not before the particle で that
        makes it the noun "afterwards" (その後で他のハンドラーに渡される: sono ato de)."""
        if len(entry.kanji) != 1 or entry.kind != "term" \
                or to_hiragana(token.raw.kana) == entry.kana:
            return False
        if before is not None and before.raw.pos.startswith("連体詞"):
            return after is not None and after.surface == "で" \
                and after.raw.pos.startswith("助詞-格助詞")
        return before is None or before.raw.pos.startswith(
            ("助詞", "助動詞", "動詞", "形容詞", "代名詞", "補助記号", "副詞"))

    @staticmethod
    def _given_name_here(entry: Entry, before: _Token | None, token: _Token) -> bool:
        """Whether a term of the glossary (a common word: 量子 りょうし "quantum", 等 とう)
        is, on ``token``, the given name UniDic reads it as, after a family name: 佐野 +
        量子 Sano Ryōko, 花井 + 等 Hanai Hitoshi."""
        return (entry.kind == "term" and before is not None
                and "人名-姓" in before.raw.pos and "人名-名" in token.raw.pos)

    def _family_name_as_word(self, spelling: str, entry: Entry, before: _Token | None,
                             token: _Token) -> bool:
        """Whether a family name cut from a glossary person's row (平野 of 平野博文) is, on
        ``token``, the common noun UniDic reads there with another reading, first in the
        run or after a particle, a verb or a mark: 日本の平野 *Nihon no heiya* "the plains of
        Japan", 平野の地形, not "Hirano". Before a title or a given name UniDic reads the
        name (平野官房長官, 平野博文: Hirano); after a noun the name stays for the passes
        that read places (飯坂町 + 平野 Iizaka-machi Hirano, 徳島 + 平野 Tokushima Heiya)."""
        return (entry.kind == "person" and token.raw.pos.startswith("名詞-普通名詞")
                and (before is None
                     or not before.raw.pos.startswith(("名詞", "接頭辞", "接尾辞")))
                and to_hiragana(token.raw.kana) != entry.kana
                and self._glossary_of().is_family_name(self._override[spelling]))

    def _prefixed_word(self, spelling: str, entry: Entry, before: _Token | None) -> bool:
        """Whether a glossary spelling of one unit is, after a prefix, the end of a word
        JMdict lists whole with that prefix and reads otherwise than the glossary reads
        its end: 大 + 日経, the sutra 大日経 だいにちきょう, not the newspaper Nikkei
        ("Dai-Nikkei"). (大 + 日本 stays: JMdict's 大日本 だいにほん ends in the glossary's
        にほん.)"""
        if before is None or not before.raw.pos.startswith("接頭辞") or \
                "jmdict" not in self.readings.sources:
            return False
        listed = [r.reading for r in self.readings.index.readings(before.surface + spelling)
                  if r.source == "jmdict"]
        return bool(listed) and not any(r.endswith(entry.kana.replace(" ", ""))
                                        for r in listed)

    @staticmethod
    def _family_name_inside(entry: Entry, before: _Token | None, token: _Token) -> bool:
        """Whether a person of the glossary whose name is one kanji (a family name: 林
        Hayashi, 森 Mori) is, on ``token``, a part of a word UniDic reads another way, a
        suffix or a common noun after a noun: 原生林 げんせいりん, 秀林寺 しゅうりんじ, 錦林
        きんりん, not "Hayashi" (a family name of one kanji is no suffix). After a
        municipality's suffix a place's name begins (熱塩加納町 + 林際 はやしぎわ)."""
        return (entry.kind == "person" and len(entry.kanji) == 1 and before is not None
                and before.raw.pos.startswith(("名詞", "接頭辞"))
                and before.surface not in _rules()["admin_suffixes"]
                and "人名" not in token.raw.pos
                and token.raw.pos.startswith(("接尾辞", "名詞-普通名詞"))
                and to_hiragana(token.raw.kana) != entry.kana)

    def _glossary_token(self, spelling: str, first: _Token, alone: bool) -> _Token:
        """The token for the glossary's ``spelling``, matched over whole tokens starting at
        ``first`` (``alone``: ``first`` only). Made once and kept: on ``first`` when alone,
        else by its spelling."""
        token = first.alone if alone else self._glossary_tokens.get(spelling)
        if token is not None:
            return token
        m = self._override_morpheme(spelling)
        assert m is not None  # (the caller found the spelling in the glossary)
        if alone and not m.words[1:]:
            # One UniDic unit: keep what UniDic knows of it (a family name, a place).
            m = replace(m, pos=first.raw.pos, role=first.raw.role)
        token = _Token(m, m if m.reading else self._never_kanji(m), 0, self._token_key())
        if alone:
            first.alone = token
        else:
            self._glossary_tokens[spelling] = token
        return token

    def _token_key(self) -> str:
        self._token_count += 1
        return f"{self._token_count:x}"

    def _forget(self) -> None:
        """Start the token and segment memories afresh (they are bounded)."""
        self._tokens.clear()
        self._unread.clear()
        self._fallback_tokens.clear()
        self._glossary_tokens.clear()
        self._segments.clear()
        self.rows.forget()

    def _never_kanji(self, m: Morpheme) -> Morpheme:
        """A kanji no dictionary reads still gets a reading, marked as a guess."""
        if m.reading or m.role == "punct" or not has_kanji(m.surface):
            return m
        guess = self.readings.kanji_guess(m.surface)
        if not guess:
            return m
        return replace(m, reading=guess, kana=guess.replace("ー", "ウ"), source="kanjidic",
                       confidence="guess", role="" if m.role == "punct" else m.role,
                       pos=m.pos if m.pos.startswith("名詞") else "名詞-普通名詞-一般")

    def _override_morpheme(self, span: str) -> Morpheme | None:
        """The glossary's morpheme for ``span``, built once on first use."""
        hit = self._override_morphemes.get(span)
        if hit is None:
            number = self._override.get(span)
            if number is None:
                return None
            hit = _glossary_morpheme(self._glossary_entry(span))
            if self._glossary_of().is_family_name(number):
                # a family name cut from a person's row (町村 of 町村信孝): it reads the
                # name, but a longer dictionary word may still cover it (市町村 shichōson)
                hit = replace(hit, locked=False, confidence="likely")
            self._override_morphemes[span] = hit
        return hit

    def _apply_glossary(self, tokens: list[_Token], starts: list[int]) -> list[_Token]:
        """The longest glossary spelling over whole tokens wins, left to right. Only the
        tokens in ``starts`` (those whose surface begins a glossary spelling) can begin one.
        """
        extending, spellings = self._glossary_index(), self._override
        out: list[_Token] = []
        done, n = 0, len(tokens)  # tokens[:done] are in out
        for i in starts:
            if i < done:
                continue  # inside the span matched before
            first = tokens[i]
            span = first.surface
            if first.flags & _EXTENDS:
                best, end = (span, i + 1) if first.flags & _SPELLED else ("", 0)
                j = i + 1
                while j < n and j < i + 8:
                    span += tokens[j].surface
                    if span not in extending and span not in spellings:
                        break
                    j += 1
                    if span in spellings and not _founder_suffix(span, tokens[j:j + 1]):
                        best, end = span, j
            else:  # (a spelling that begins no longer one)
                best, end = span, i + 1
            if end > i + 1 and i and _counted_here(tokens[i - 1], first):
                continue
            if end == i + 1 and (
                    self._no_affix_here(entry := self._glossary_entry(best),
                                        tokens[i - 1] if i else None, first,
                                        tokens[i + 1] if i + 1 < n else None)
                    or self._given_name_here(entry, tokens[i - 1] if i else None, first)
                    or self._family_name_inside(entry, tokens[i - 1] if i else None,
                                                first)
                    or self._family_name_as_word(best, entry, tokens[i - 1] if i else None,
                                                 first)
                    or self._prefixed_word(best, entry, tokens[i - 1] if i else None)):
                continue
            if end:
                out.extend(tokens[done:i])
                out.append(self._glossary_token(best, first, end == i + 1))
                done = end
        if not done:
            return tokens
        out.extend(tokens[done:])
        return out

    def romanize(self, text: str) -> str:
        """Romanise ``text``; lines are kept, Japanese punctuation becomes English."""
        if len(text) <= 64:
            result: str = self._short(text)
            return result
        return self._romanize(text)

    def romanize_as(self, text: str, pieces: Sequence[tuple[str, str]]) -> str:
        """Romanise ``text`` read as ``pieces`` say: runs of the text, each with its kana
        (a search's reading of it). Words, division, capitals and particles are as
        :meth:`romanize` makes them; only a word whose reading the pieces give otherwise
        is written with theirs. Where :meth:`romanize` already spells those kana, or the
        pieces do not cover the text (or give no kana for its kanji), it is
        :meth:`romanize` of the text.

        >>> r = Romanizer()
        >>> r.romanize("東京大顎"), r.romanize_as("東京大顎", [("東京", "とうきょう"), ("大顎", "だいがく")])
        ('Tōkyō ōago', 'Tōkyō daigaku')
        >>> r.romanize_as("東京大学", [("東京大学", "とうきょうだいがく")])
        'Tōkyō daigaku'
        """
        plain = self.romanize(text)
        kana = "".join(k for _, k in pieces)
        if spells_kana(plain, kana) or "".join(w for w, _ in pieces) != text or \
                any(not k and any(map(has_kanji, w)) for w, k in pieces):
            return plain
        line = normalize_japanese(text)  # (old forms are read as new ones: the same length)
        one = _JAPANESE.match(line)
        if one is None or one.end() != len(text):
            return plain  # digits, letters, ALA-LC's whole-run names: as romanize reads them
        morphemes = self.morphemes(line, whole=True)
        if sum(len(m.surface) for m in morphemes) != len(text):
            return plain
        read = _read_as(morphemes, pieces, self.readings.mark, self.readings.gives)
        if read is None:
            return plain
        return _join(self._pieces(read, True)[0])

    def _romanize(self, text: str) -> str:
        text = self._kanji_digits(normalize_japanese(text))
        if "\n" not in text:
            return self._line(text)
        return "\n".join(self._line(line) for line in text.split("\n"))

    def _line(self, line: str) -> str:
        """Romanise the Japanese runs of one line; everything else is kept as it is."""
        self._suffix_run = ""
        one = _JAPANESE.match(line)
        if one is not None and one.end() == len(line):  # the line is one run: a whole input
            return self._whole_line(line)
        out: list[str] = []
        last = 0
        opening, closing = self._spaced_marks
        for m in _JAPANESE.finditer(line):
            start, end = m.span()
            run = m.group()
            before = line[last:start]
            out.append(before)
            after = line[end : end + 1]
            # A run with only spaces around it is a whole input: a title, a name, a place.
            whole = (not before or before[-1].isspace()) and (not after or after.isspace())
            spaced = _after_spaced_digits(before)
            counted = self._after_digits(run, _ordinal(line[:start])) \
                if before[-1:].isdigit() or spaced else None
            # host名 host mei, xterm 上で xterm jō de (see suffix_rows)
            self._suffix_run = run if _LETTERS_BEFORE.search(before) else ""
            if counted is not None:  # 第2巻 Dai 2-kan: read as after a numeral, joined
                text = counted[1:] if spaced else counted  # (16 進: 16 shin, apart as written)
            else:
                # (the mark may end the run before: 大阪大学. 哲学講座, Ōsaka daigaku. Tetsugaku)
                said = line[:start].rstrip()
                capitalise = (not before.strip() and len(out) < 2) or (said.endswith(
                    (".", "!", "?", "。")) and not said.endswith("..")) or is_publisher(
                    run, imprint=said.endswith(" :"))
                if after.isdigit() and self._era_year(line, m):  # 天文 before 5年: the era
                    text = self._chunk_whole(run, capitalise=capitalise, whole=whole,
                                             year_after=True)
                elif after.isdigit() and self._numbering_at_end(run):
                    # 新装版第 + 1刷: 第 begins the number after it (shinsōban dai 1-satsu),
                    # though UniDic takes it for a noun the word before ends with
                    text = self._chunk(run[:-1], capitalise=capitalise) + " " + \
                        self._chunk(run[-1], capitalise=False)
                else:
                    text = self._chunk(run, capitalise=capitalise, whole=whole)
            # a space between romaji and the letters or digits around the run, and around
            # a Japanese mark that takes one (、 before 0 個: "wa, 0 ko", not "wa,0 ko"; an
            # ASCII mark stays as written: 設定.txt)
            if before and before[-1].isalnum() and (text[:1].isalnum() or (
                    (not run[0].isascii() or (run[0] in _SPACED_ASCII_OPENING
                                              and not run[1:2].isascii())) and
                    text.startswith(opening))):
                text = " " + text  # (and a bracket NFKC made of （: 1996（平成8） 1996 (Heisei 8))
            if after and after.isalnum() and (text[-1:].isalnum() or (
                    (not run[-1].isascii() or run[-1] in _SPACED_ASCII) and
                    text.endswith(closing))):
                text += " "  # (and a comma, as NFKC makes ，: 化学同人，2011 Kagaku Dōjin, 2011)
            if not text and before[-1:].isalnum() and after.isalnum():
                text = " "  # a mark that writes nothing between letters: Kleinberg・Tardos
            self._suffix_run = ""
            out.append(text)
            last = end
        out.append(line[last:])
        return "".join(out)

    def _whole_line(self, line: str) -> str:
        """Romanise a line that is one run of Japanese, a whole input (see :meth:`_line`):
        an input in brackets, an 大字 prefix, an address, a school, a town, a county, a
        temple or a shrine is cut into its parts, each read alone."""
        if line[:1] == "(" and line[-1:] == ")" and not any(c in "()" for c in line[1:-1]) \
                and _JAPANESE.fullmatch(line[1:-1]):
            # a whole input in round brackets is read as it is alone: (渡辺みえこ) is
            # (Watanabe Mieko), a name, not the run "(Watanabe mieko)"
            return "(" + self._line(line[1:-1]) + ")"
        aza = self._aza_cuts(line)  # 大字 | 中村: the prefix read おおあざ, apart
        if aza is not None:
            return " ".join(self._line(line[a:b]) if not kana
                            else self.romanize_as(line[a:b], [(line[a:b], kana)])
                            for a, b, kana in aza)
        cut = self.readings.cuts.address_cut(line)  # an address: its town is read alone
        if cut is not None:
            text = (self._chunk(line[:cut], capitalise=True, whole=True) + " "
                    + self._chunk(line[cut:], capitalise=True, whole=True))
            return text if cut > 4 else self._after_prefecture(line, cut, text)
        school = self.readings.cuts.school_cuts(line) or self._founder_apart(line) \
            or self.readings.cuts.facility_cuts(line)  # 島根県立 | 三瓶 | 自然館
        if school is not None:  # a school: its own name is read alone
            kana = self.readings.cuts.school_kana(line, school)  # (as Mozc reads the whole)
            text = " ".join(self.romanize_as(line[a:b], [(line[a:b], kana[a])])
                            if a in kana
                            else self._chunk(line[a:b], capitalise=whole, whole=whole)
                            for a, b, whole in school if a < b)  # (no empty cut)
            return body_capitals(text) if self.system == "ala-lc" else text
        cut = self.readings.cuts.municipality_cut(line)  # 十日町市 | 博物館
        town = self._town_cut(line) if cut is None else None  # 上宝町 | 荒原
        if town is not None:
            rest = line[town[0]:]
            section = self._section_kana(rest)  # 石経 いしきょう, the place
            return (self.romanize_as(line[:town[0]], [(line[:town[0]], town[1])])
                    if town[1] else self._chunk(line[:town[0]], capitalise=True,
                                                whole=True)) + " " + (
                self.romanize_as(rest, [(rest, section)]) if section
                else self._chunk(rest, capitalise=True, whole=True))
        if cut is None:
            cut = self.readings.cuts.county_cut(line)  # 苫田郡 | 上斎原村
        if cut is not None:
            return (self._chunk(line[:cut], capitalise=True, whole=True) + " "
                    + self._chunk(line[cut:], capitalise=True, whole=True))
        head = self.readings.cuts.direction_temple(line)  # 西 | 本願寺: にし, and the temple
        if head is not None:
            return self.romanize_as(line[:1], [(line[:1], head)]) + " " + self._chunk(
                line[1:], capitalise=True, whole=True)
        cut = self._shrine_cut(line)  # 羽黒山 | 神社: the word in lower case (jinja)
        if cut is not None:
            return (self._chunk(line[:cut], capitalise=True, whole=True) + " "
                    + self._chunk(line[cut:], capitalise=False, whole=True))
        return self._chunk(line, capitalise=True, whole=True)

    def _after_prefecture(self, line: str, cut: int, text: str) -> str:
        """``text``, a prefecture and the municipality after it each read alone (``cut``
        after the prefecture: 東京都 | 町田市 *Tōkyō-to Machida-shi*, was 'Tōkyō-to chō
        Ta-ichi'; 沖縄県 | 恩納村 *Onna-son*, was 'Onna-mura'), unless the municipality
        alone is read otherwise than the prefecture's own row of the official list reads
        it and the whole line as that row (北海道長沼町 ながぬまちょう: the whole line).

        >>> r = Romanizer()
        >>> r.romanize("東京都町田市"), r.romanize("北海道長沼町")
        ('Tōkyō-to Machida-shi', 'Hokkaidō Naganuma-chō')
        """
        from jpterms.gazetteer import full_size, prefecture_municipalities

        official = prefecture_municipalities().get(line[:cut], {}).get(line[cut:])
        if official is None:
            return text
        official = full_size(official)

        def read(part: str) -> str:
            return full_size(to_hiragana("".join(w.kana for w in self._explain_run(
                part, whole=True))))

        if read(line[cut:]) == official or not read(line).endswith(official):
            return text
        return self._chunk(line, capitalise=True, whole=True)

    def _kanji_digits(self, text: str) -> str:
        """``text`` with each number written in kanji one digit per place as the digits
        it writes, so that it reads as they do (一九四五年 *1945-nen*, was "Ichikyūshi
        gonen"; 二〇〇五年 *2005-nen*, was "Nihyaku gonen"): a run with 〇 and another digit,
        or of three digits or more before a counter, or two before a date's or a number's
        counter (年, 日, 号, 巻 ...: not 三八城神社, a shrine), but two that follow one
        another (二三日 *ni san nichi*, "two or three days"; 四五人) only in a date, as its
        year, month or day (昭和五六年, 一二月, 平成二年一二月, 三月二三日). Not digits that
        count nothing (七五三 *Shichigosan*, 一二三 the name *Hifumi*), nor 〇 alone or
        repeated (〇〇県, a blank). The same length, so the words' places stay.

        >>> r = Romanizer()
        >>> r._kanji_digits("一九四五年八月"), r._kanji_digits("七五三"), r._kanji_digits("〇〇県")
        ('1945年八月', '七五三', '〇〇県')
        >>> r._kanji_digits("三月一一日"), r._kanji_digits("二三日"), r._kanji_digits("一二月")
        ('三月11日', '二三日', '12月')
        """
        if _KANJI_DIGIT_RUN.search(text) is None:
            return text

        def digits(m: re.Match[str]) -> str:
            run = m.group()
            number = run.translate(_KANJI_TO_DIGITS)
            if not run.strip("〇"):
                return run
            if "〇" in run:
                return number
            after = text[m.end():m.end() + _AFTER_DIGITS]  # (a window: linear in the text)
            if self._digit_counter(after) is None or (
                    len(run) == 2 and not after.startswith(_DATE_COUNTERS)):
                return run  # (三八城神社: a shrine, not a 38th castle)
            # (two digits that follow one another are a guess at a number, 二三日, but not
            # in a date: its year after an era, its month after the year, its day after the
            # month: 昭和五六年, 平成二年一二月, 三月二三日)
            before = text[max(0, m.start() - _AFTER_DIGITS):m.start()]
            if len(run) == 2 and int(number[1]) == int(number[0]) + 1 and not (
                    (after.startswith("月") and (run == "一二" or before.endswith("年")))
                    or (after.startswith("日") and before.endswith("月"))
                    or (after.startswith("年") and self._after_era(before))):
                return run
            return number
        return _KANJI_DIGIT_RUN.sub(digits, text)

    def _after_era(self, before: str) -> bool:
        """Does ``before`` end with an era name (昭和, before its year)?"""
        return bool(self.readings.sources) and bool(before) and \
            self.readings.eras_provinces.ends_with_era(before[-8:])

    def _era_year(self, line: str, run: re.Match[str]) -> bool:
        """Does the run end with an era name that a year in digits follows (天文5年)?"""
        return (line[run.end() : run.end() + 1].isdigit()
                and _YEAR_AFTER.match(line, run.end()) is not None
                and bool(self.readings.sources) and self.readings.eras_provinces.ends_with_era(run.group(0)))

    def _digit_counter(self, run: str, ordinal: bool = False
                       ) -> tuple[str, str, str, str] | None:
        """The longest counter ``run`` begins with (data ``after_numeral`` and
        ``after_digits``; with ``ordinal``, 第 and digits before the run, also
        ``after_ordinal_digits``), its kana, its romaji and the rest of the run; or None."""
        rules = self._digit_counters
        key = next((run[:n] for n in range(min(len(run), self._digit_counter_size), 0, -1)
                    if run[:n] in rules), "")  # (the longest counter the run begins with)
        if not key and ordinal and run[:1] in self._ordinal_counters and not (
                len(run) > 1 and any(r.source == "jmdict"
                                     for r in self.readings.index.readings(run[:2]))):
            rules = self._ordinal_counters  # 第1部: dai 1-bu (but 第2部門 dai 2 bumon)
            key = run[:1]
        if not key:
            key, kana = _sino_counter(run)
            if not key or key in self._ordinal_counters:
                return None  # (部, 編: a publication's parts only after 第 and digits)
            rules = {key: kana}
        if _HIRAGANA_AFTER.match(run, len(key)) is not None:
            # after a numeral (二進む: 二 + 進む, as against 二回しか: 二 + 回 + しか), is
            # the counter's kanji a word's stem? 2 進む susumu, not 2 shin mu
            word = _word_after_numeral(run)
            if word.startswith(key) and len(word) > len(key) and not has_kanji(word[len(key):]):
                return None
        kana = rules[key]
        if has_kanji(run[len(key):len(key) + 1]) and self._word_not_counted(run, key, kana):
            return None  # 2 人生: 2 jinsei, not 2-nin nama; 3 日本 3 Nihon (but 100年史 -nenshi)
        return key, kana, _romaji(kana if self.system == "wapuro" else mark_long_vowels(kana),
                                  self.system), run[len(key):]

    def _word_not_counted(self, run: str, key: str, kana: str) -> bool:
        """Does the counter ``key`` that ``run`` begins with begin a word, MeCab's after a
        numeral, that JMdict lists as a common word not read from the counter's reading
        (人生 じんせい, not にん; 日本, 月見), so that the digits count nothing?"""
        word = _word_after_numeral(run)
        if not word.startswith(key) or len(word) <= len(key) or not has_kanji(word[len(key):]):
            return False
        listed = [r for r in self.readings.index.readings(word) if r.source == "jmdict"]
        counted = to_hiragana(kana)
        return any(r.common for r in listed) and not any(
            r.reading.startswith(counted) for r in listed)

    def _numbering_at_end(self, run: str) -> bool:
        """Does ``run``, before digits, end with 第 after a word (新装版第 + 1刷; not after a
        mark: （第 + 1版）), not with a word JMdict lists that ends in 第 (次第, 落第)?"""
        return len(run) > 1 and run[-1] in _NUMBERING_PREFIXES and run[-2].isalpha() and not any(
            r.source == "jmdict" for r in self.readings.index.readings(run[-2:]))

    def _after_digits(self, run: str, ordinal: bool = False) -> str | None:
        """A run after digits that begins with a counter ``after_numeral`` or
        ``after_digits`` lists, read as after a numeral and joined to the digits (第2巻
        dai 2-kan, 3歳児 3-saiji, 2人目 2-ninme, 10月 10-gatsu), or None. The run is read
        after 二, so the counter and what joins it read as they do after a numeral; where
        二 fuses with the counter (二日 futsuka, 二人 futari), after 十一 (十一日まで
        jūichinichi made: 19-nichi made). Where neither comes out as the numeral + the
        counter's reading, or a word of two kanji follows the counter (18歳未満 18-sai
        miman, not saimiman), or 第 begins the next number (第12巻第3号 dai 12-kan dai
        3-gō), the counter is read alone and the rest apart. ``ordinal``: 第 comes before
        the digits (see :meth:`_digit_counter`)."""
        found = self._digit_counter(run, ordinal)
        if found is None:
            return None
        _, _, counter, rest = found
        if rest[:1] in _NUMBERING_PREFIXES:  # 第12巻第3号: dai 12-kan dai 3-gō, the next number
            rest_read = self._chunk(rest, capitalise=False)
            return f"-{counter}{' ' if rest_read[:1].isalnum() else ''}{rest_read}"
        if not (all(map(has_kanji, rest[:2])) and len(rest) > 1) or rest[:1] in KANJI_DIGITS:
            # (a day in kanji after a month in digits is read after the month: 12月一日
            # 12-gatsu tsuitachi, not ichinichi, "one day")
            for numeral, numeral_kana in _NUMERAL_LEADS:
                lead = _romaji(numeral_kana, self.system)
                read = self._chunk(numeral + run, capitalise=False)
                if read.startswith(lead + counter):
                    return "-" + read[len(lead):]
        tail = self._chunk(rest, capitalise=False) if rest else ""
        return f"-{counter}{' ' if tail[:1].isalnum() else ''}{tail}"

    def _chunk(self, chunk: str, capitalise: bool = True, whole: bool = False) -> str:
        """Romanise one run of Japanese: words apart, punctuation against its word.

        The run is cut into segments where no rule looks across the cut: between a word
        of its own and the word before it, never inside a run of nouns (the only thing
        :meth:`ReadingResolver.refine` reads again) and never after a prefix. Each
        segment's romanisation is remembered, so a new sentence made of words seen
        before costs a look-up per segment. The joins are checked on the refined
        morphemes; where a check fails, the run is read whole, exactly as
        :meth:`morphemes` reads it.
        """
        if self.system == "ala-lc" or (whole and (
                self.readings.reads_whole(chunk) or self._in_old_forms(chunk))) or (
                _station_suffix().search(chunk)) or _fraction().search(chunk):
            # ALA-LC's Nippon names and bodies' names look at the whole run, and so does
            # refine for a whole input that may be one person's name (長谷川集平) and a
            # station's name before 駅, whose first kanji MeCab may cut off as a word of
            # its own (厚 + 保 + 駅で降りる: Atsueki de oriru, not "Atsu hoeki"), and a
            # fraction, whose 分 is read by the numeral after の (四分の一 yonbun no ichi)
            return self._chunk_whole(chunk, capitalise, whole)
        tokens = self._tokenize(chunk)
        n = len(tokens)
        if not n:
            return ""
        table = _CUT
        cuts = [i for i, (before, token) in enumerate(pairwise(tokens), 1)
                if (cut := table[before.right + token.left]) == 1
                or (cut == 2 and before.surface != token.surface)]
        if whole and cuts and self.readings.reads_whole_if_cut(chunk) \
                and self.readings.reads_whole_if_cut(chunk, [t.morpheme for t in tokens]):
            # (the text alone rules out most runs: their morphemes are listed only then)
            return self._chunk_whole(chunk, capitalise, whole, tokens)  # maybe one Mozc word
        cuts.append(n)
        capitalise_run = capitalise
        out: list[str] = []
        append = out.append
        segments = self._segments
        single = n > 1 or not whole  # (a whole input of one token is a segment of its own)
        last: _Segment | None = None
        check = False  # the cut after the last segment must be checked again
        start = 0
        for end in cuts:
            if end == start + 1 and single:
                token = tokens[start]
                segment = token.capital if capitalise else token.plain
                if segment is None:
                    other = token.plain if capitalise else token.capital
                    segment = (_recapitalised(other, capitalise) if other is not None
                               else None) or self._segment((token,), False, capitalise)
                    if capitalise:
                        token.capital = segment
                    else:
                        token.plain = segment
            else:
                alone = whole and end - start == n
                key = "\n".join([t.key for t in tokens[start:end]]) + ("\n1" if alone else "\n")
                both = segments.get(key)
                segment = None if both is None else both[capitalise]
                if segment is None:
                    other = None if both is None else both[not capitalise]
                    segment = (_recapitalised(other, capitalise) if other is not None
                               else None) or self._segment(tuple(tokens[start:end]), alone,
                                                           capitalise)
                    segments[key] = (other, segment) if capitalise else (segment, other)
            marked, capitalise, flags, ends, _ = segment
            if flags or check:
                # Where refine left both morphemes at a cut as they were, the cut made on
                # the tokens stands; where it changed one, the cut is checked on them.
                if last is not None and (check or flags & _LEFT_CHANGED):
                    before = last[3]
                    cut = table[before[2] + ends[0]]
                    if not cut or (cut == 2 and ends[1] == before[3]):
                        # what refine made of the morphemes at the cut joins them: read it whole
                        self.whole_chunks += 1
                        return self._chunk_whole(chunk, capitalise_run, whole, tokens)
                if flags & _UNJOINABLE:
                    return self._chunk_whole(chunk, capitalise_run, whole, tokens)
                check = bool(flags & _RIGHT_CHANGED)
            append(marked)
            last = segment
            start = end
        return _unmark("".join(out))

    def _in_old_forms(self, chunk: str) -> bool:
        """Whether ``chunk`` writes a kanji in an old form (蟲, 萬): a whole input so
        written is read whole, where refine sees the spelling the lists may know it by
        (Mozc's 蟲師 むしし), not only the modern one MeCab read (虫師).
        (Once the class of the table's characters is made, a search: a third of a
        translate.)"""
        if self._old_forms is not None:
            return self._old_forms.search(chunk) is not None
        return chunk.translate(self.readings.old_forms()) != chunk

    def _chunk_whole(self, chunk: str, capitalise: bool, whole: bool,
                     tokens: list[_Token] | None = None, year_after: bool = False) -> str:
        """:meth:`_chunk` without segments: the run's morphemes read and divided as one
        (from its ``tokens`` when the caller has them: MeCab reads a run once)."""
        if tokens is None:
            tokens = self._tokenize(chunk)
        return _join(self._pieces(self._refined(chunk, tokens, whole, year_after),
                                  capitalise)[0])

    def _segment(self, tokens: tuple[_Token, ...], whole: bool, capitalise: bool) -> _Segment:
        """Romanise a segment of a run (see :meth:`_chunk`)."""
        self.segment_misses += 1
        morphemes = [t.morpheme for t in tokens]
        if max([t.right for t in tokens]) >= _RIGHT_NOMINAL or (
                whole and not all([t.morpheme.locked for t in tokens])):
            # (refine leaves everything but runs of nouns as it is, and a whole input:
            # 丸い alone is no colloquial まりい; a glossary word is read as listed)
            morphemes = self.readings.refine(morphemes, whole=whole)
        found: list[tuple[int, str, bool]] = []
        pieces, capitalise = self._pieces(morphemes, capitalise, found)
        first, last = morphemes[0], morphemes[-1]
        # (an empty first piece, a lone ー, spaces as what comes before it says)
        flags = 0 if not pieces or pieces[0][0] else _UNJOINABLE
        if any([unread_kana(m) and hiragana_only(m.surface) for m in morphemes]):
            flags = _UNJOINABLE  # kana UniDic reads as no word: one word with the kana
            # around it, which the run read whole decides (see word_grouping._unread_kana_runs)
        marked = _join(pieces)
        word: _FirstWord | None = None
        if marked:
            before = _SPACE_BEFORE if pieces[0][1] else ""
            if found:  # (where the first word starts: the pieces up to it end with it)
                index, letter, said = found[0]
                at = len(before) + len(_join(pieces[: index + 1])) - len(pieces[index][0])
                word = (at, letter, said)
            marked = before + marked + (_SPACE_AFTER if pieces[-1][2] else "")
        # refine's runs were cut on the tokens: only the word rules are checked again here
        # (on the tokens' own codes where refine left the morpheme at an end as it was)
        head, tail = tokens[0], tokens[-1]
        if first is head.morpheme:
            left = head.left % _LEFT_NOMINAL
        else:
            left = _left_code(first)
            flags |= _LEFT_CHANGED
        if last is tail.morpheme:
            right = tail.right % _RIGHT_NOMINAL
        else:
            right = _right_code(last)
            flags |= _RIGHT_CHANGED
        return marked, capitalise, flags, (left, first.surface, right, last.surface), word

    def _pieces(self, morphemes: list[Morpheme], capitalise: bool,
                first: list[tuple[int, str, bool]] | None = None,
                ) -> tuple[list[tuple[str, bool, bool]], bool]:
        """The pieces (text, space before?, space after?) of refined morphemes, and whether
        the word after them is capitalised. ``first``, when given, gets the first word
        with letters: its piece's index, its first letter as the word has it, and whether
        a sentence's end before it capitalises it (see :data:`_FirstWord`)."""
        rules = _rules()
        said = False  # a sentence's end came before the first word
        pieces: list[tuple[str, bool, bool]] = []  # (text, space before?, space after?)
        if any([len(m.surface) == 4 and m.proper for m in morphemes]):
            morphemes = self._compound_eras(morphemes)  # 天平勝宝: Tenpyō-shōhō
        if len(morphemes) > 1 and any("地名" in m.pos for m in morphemes[:-1]):
            morphemes = self._names_after_places(morphemes)  # 上総 + 山田: Kazusa Yamada
        if any(len(m.surface) == 2 and "地名" in m.pos for m in morphemes):
            morphemes = short_municipalities(morphemes, rules)  # 栄町: Sakae-machi
        if any(m.surface.endswith(tuple(rules["word_tails"]["words"])) for m in morphemes):
            morphemes = word_tails_apart(morphemes, rules["word_tails"]["words"])  # Saga jinja
        words = [morphemes] if len(morphemes) == 1 else group_words(
            morphemes, rules, self.system == "ala-lc")  # (one morpheme is one word)
        corporate = corporate_words(words, rules) | geographic_words(words, rules) \
            if self.system == "ala-lc" else set()
        marks = rules["punctuation"]
        # ALA-LC's plain quotes, each opening or closing as the Japanese mark was
        opens, closes = (rules["ala_lc"]["quotes"]["open"], rules["ala_lc"]["quotes"]["close"]
                         ) if self.system == "ala-lc" else ({}, {})
        for index, word in enumerate(words):
            if word[0].role == "punct":
                text = "".join(opens.get(m.surface) or closes.get(m.surface) or
                               marks.get(m.surface, m.surface) for m in word).strip()
                if text:  # (・ becomes a plain word break: nothing to write)
                    pieces.append((text, text[0] not in rules["closing"] and
                                   word[0].surface not in closes,
                                   text[-1] not in rules["opening"] and
                                   word[-1].surface not in opens))
                    ends = text.rstrip("\u201d\u2019)]")
                    if ends.endswith(as_tuple("sentence_end")) and not ends.endswith(".."):
                        capitalise = said = True
                    elif word[-1].surface in rules["title_opening"]["marks"] or \
                            word[-1].surface in opens:
                        capitalise = True  # 『近世日本の人口構造』: “Kinsei Nihon no ...”
                continue
            romaji = self._word(word)
            if first is not None and romaji and not first:
                first.append((len(pieces), romaji[:1], said))
            if (capitalise or index in corporate) and romaji:
                romaji = romaji[:1].upper() + romaji[1:]
                capitalise = False
            pieces.append((romaji, True, True))
        return pieces, capitalise

    def _names_after_places(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """``morphemes`` with a common noun of kanji right after a place's name made a
        proper noun where only JMnedict lists it read so, as a name: the place's second
        name, as station and town names join two (上総山田 *Kazusa Yamada*, was 'Kazusa
        yamada'; 市川塩浜 *Ichikawa Shiohama*). A word JMdict lists so stays common
        (伊勢神宮 Ise jingū, 大沼公園 Ōnuma kōen).

        >>> r = Romanizer()
        >>> r.romanize("上総山田"), r.romanize("三河地震"), r.romanize("大沼公園")
        ('Kazusa Yamada', 'Mikawa jishin', 'Ōnuma kōen')
        """
        if "jmnedict" not in self.readings.sources:
            return morphemes
        out = list(morphemes)
        for at in range(1, len(out)):
            m, before = out[at], out[at - 1]
            if not (before.proper and "地名" in before.pos and m.pos.startswith("名詞-普通名詞")
                    and len(m.surface) > 1 and all(map(is_ideograph, m.surface + before.surface))
                    and m.reading and not m.words[1:]):
                continue
            kana = to_hiragana(m.kana)
            listed = [(r.reading, r.source) for r in self.readings.index.readings(m.surface)]
            if (kana, "jmnedict") in listed and (kana, "jmdict") not in listed:
                out[at] = replace(m, proper=True)
        return out

    def _compound_eras(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """``morphemes`` with an era name of four kanji, a half of which is an era name of
        its own (天平), as two words joined by a hyphen, as Wikipedia's modified Hepburn and
        the era table of ``../shared/data/realworld/eras_jpnforphp.tsv`` write them: 天平勝宝
        Tenpyō-shōhō (was 'Tenpyōshōhō'), 天平感宝, 天平宝字, 天平神護. (神護景雲, whose halves
        are no eras, stays one word.)

        >>> from jpterms import romanize
        >>> romanize("天平勝宝元年"), romanize("天平"), romanize("天平宝字", "wapuro")
        ('Tenpyō-shōhō gannen', 'Tenpyō', 'Tenpyou-houji')
        """
        eras = self.readings.eras_provinces.eras
        out: list[Morpheme] = []
        for m in morphemes:
            era = eras.reading(m.surface) if len(m.surface) == 4 and m.proper else None
            halves = [eras.reading(m.surface[:2]), eras.reading(m.surface[2:])]
            kana = to_katakana(era or "")
            cut = len(to_katakana(halves[0])) if halves[0] and kana.startswith(
                to_katakana(halves[0])) else len(kana) - len(to_katakana(halves[1])) \
                if halves[1] and kana.endswith(to_katakana(halves[1])) else 0
            if not (era and 0 < cut < len(kana) and m.kana == kana
                    and len(m.reading) == len(kana)):
                out.append(m)
                continue
            out += [replace(m, surface=m.surface[:2], reading=m.reading[:cut], kana=kana[:cut]),
                    replace(m, surface=m.surface[2:], reading=m.reading[cut:], kana=kana[cut:],
                            proper=False, role="hyphen")]
        return out

    def explain(self, text: str) -> list[WordReading]:
        """Each word of ``text`` with its reading, source, confidence and alternatives.

        >>> [(w.romaji, w.source, w.alternatives) for w in Romanizer().explain("山田孝雄")]
        [('Yamada', 'jmnedict', ()), ('Yoshio', 'jmnedict', ('Takao',))]
        >>> Romanizer().explain("田中彧雄")[1].confidence
        'guess'
        """
        key = (text, bool(self._unread))
        known = self._explained.get(key) if len(text) <= 64 else None
        if known is not None:
            return list(known)
        out: list[WordReading] = []
        for line in self._kanji_digits(normalize_japanese(text)).split("\n"):
            for m in _JAPANESE.finditer(line):
                before, after = line[: m.start()], line[m.end() : m.end() + 1]
                whole = (not before or before[-1].isspace()) and (not after or after.isspace())
                counted = self._explain_after_digits(m.group(0), _ordinal(before)) \
                    if before[-1:].isdigit() or _after_spaced_digits(before) else None
                if counted is not None:  # 3日前: the counter as romanize reads it (nichimae)
                    out.extend(counted)
                    continue
                if m.group(0) == line and line[:1] == "(" and line[-1:] == ")" and not any(
                        c in "()" for c in line[1:-1]) and _JAPANESE.fullmatch(line[1:-1]):
                    # a whole input in round brackets, read alone as romanize reads it:
                    # (達) Tachi, not the given name UniDic reads between brackets
                    out.extend(self.explain(line[1:-1]))
                    continue
                # host名: the suffix as romanize reads it (mei; see suffix_rows)
                self._suffix_run = m.group(0) if _LETTERS_BEFORE.search(before) else ""
                aza = self._aza_cuts(line) if m.group(0) == line else None
                if aza is not None:  # 字 | 中村, as romanize reads it
                    for a, b, kana in aza:
                        out.extend(self.explain(line[a:b]) if not kana else self._explain_run(
                            line[a:b], whole=True, listed=(kana, "jmdict", "likely")))
                    continue
                cut = self.readings.cuts.address_cut(line) if m.group(0) == line else None
                if cut is not None:  # an address: its town is read alone, as romanize does
                    out.extend(self._explain_run(line[:cut], whole=True))
                    out.extend(self._explain_run(line[cut:], whole=True))
                    continue
                school = (self.readings.cuts.school_cuts(line) or self._founder_apart(line)
                          or self.readings.cuts.facility_cuts(line)) if m.group(0) == line else None
                if school is not None:  # a school: its own name is read alone, as above
                    listed = self.readings.cuts.school_readings(line, school)
                    for a, b, whole in school:
                        out.extend(self._explain_run(line[a:b], whole=whole,
                                                     listed=listed.get(a)))
                    continue
                cut = self.readings.cuts.municipality_cut(line) if m.group(0) == line else None
                town = self._town_cut(line) if cut is None and m.group(0) == line else None
                if town is not None:  # 上宝町 | 荒原, as romanize reads it
                    out.extend(self._explain_run(line[:town[0]], whole=True, listed=(
                        town[1], town[2], town[3]) if town[1] else None))
                    section = self._section_kana(line[town[0]:])
                    out.extend(self._explain_run(line[town[0]:], whole=True, listed=(
                        section, "jmnedict", "possible") if section else None))
                    continue
                head = self.readings.cuts.direction_temple(line) if cut is None \
                    and m.group(0) == line else None
                if head is not None:  # 西 | 本願寺, as romanize reads it
                    out.extend(self._explain_run(line[:1], whole=True,
                                                 listed=(head, "jmnedict", "possible")))
                    out.extend(self._explain_run(line[1:], whole=True))
                    continue
                if cut is None and m.group(0) == line:  # 苫田郡 | 上斎原村, 羽黒山 | 神社
                    cut = self.readings.cuts.county_cut(line) or self._shrine_cut(line)
                if cut is not None:  # 十日町市 | 博物館, as romanize reads it
                    out.extend(self._explain_run(line[:cut], whole=True))
                    out.extend(self._explain_run(line[cut:], whole=True))
                    continue
                run = m.group(0)
                if after.isdigit() and self._numbering_at_end(run):
                    out.extend(self._explain_run(run[:-1]))  # 新装版 | 第 + 1刷, as above
                    out.extend(self._explain_run(run[-1]))
                    continue
                out.extend(self._explain_run(run, whole=whole,
                                             year_after=self._era_year(line, m)))
        self._suffix_run = ""
        if len(text) <= 64:  # (short terms repeat, as romanize's own memory keeps them)
            if len(self._explained) >= CACHE_LIMIT:
                self._explained.clear()
            self._explained[key] = tuple(out)
        return out

    def _aza_cuts(self, line: str) -> list[tuple[int, int, str]] | None:
        """The pieces of an address with a village section's prefix (大字, 字; see
        ``aza_prefixes`` in word_division.json): (start, end, kana), the kana given for a
        prefix only, each other piece read as an input of its own. A prefix counts at the
        start of the line or after a municipality's suffix, when a place name follows
        (UniDic or JMnedict reads the rest, alone, as a proper noun first) and it is no
        part of a JMdict word (字体, 字画). None where the line has no such prefix.

        >>> r = Romanizer(sources=("jmdict", "jmnedict"))
        >>> r.romanize("字中村"), r.romanize("十津川村大字中村"), r.romanize("字体")
        ('Aza Nakamura', 'Totsukawa-mura Ōaza Nakamura', 'Jitai')
        """
        if "字" not in line or "jmnedict" not in self.readings.sources:
            return None
        rules = _rules()["aza_prefixes"]
        starts: list[tuple[int, int, str]] = []
        at = 0
        while (i := line.find("字", at)) >= 0:
            at = i + 1
            begin = i - 1 if line[i - 1:i] == "大" and (i == 1 or line[i - 2] in rules["after"]) \
                else i
            if (begin > 0 and line[begin - 1] not in rules["after"]) or (
                    starts and begin < starts[-1][1]):
                continue
            prefix = line[begin:i + 1]
            rest = line[i + 1:]
            if not rest or not has_kanji(rest[0]) or any(
                    r.source == "jmdict" for n in (1, 2)
                    for r in self.readings.index.readings(prefix + rest[:n])):
                continue
            if not self.morphemes(rest, whole=True)[0].proper:
                continue
            starts.append((begin, i + 1, rules[prefix]))
        if not starts:
            return None
        pieces: list[tuple[int, int, str]] = []
        last = 0
        for a, b, kana in starts:
            if a > last:
                pieces.append((last, a, ""))
            pieces.append((a, b, kana))
            last = b
        pieces.append((last, len(line), ""))
        return pieces

    def _section_kana(self, section: str) -> str | None:
        """The reading of a town's section (the rest of a line after :meth:`_town_cut`)
        as the place JMnedict lists it as, where the dictionaries read it, whole, as
        something else (:meth:`jpterms.place_readings.PlaceReadings.section_place`): 丹原町 | 石経 Tanbara-chō
        Ishikyō (was Sekkei, the stone sutra), 都路町 | 古道 Furumichi (was Kodō)."""
        ours = "".join(m.kana for m in self.morphemes(section, whole=True))
        return self.readings.places.section_place(section, to_hiragana(ours))

    def _town_cut(self, line: str) -> tuple[int, str, str, str] | None:
        """Where a town's section begins after a town (a merged municipality's old name,
        which the official list no longer has): after ``X町`` when X, read alone, is a
        place name of two or more kanji, and the rest is kanji that begin with no numeral
        and make no JMdict word with 町 (町内, 町長). 上宝町 | 荒原 あらはら (not こうげん).
        No cut before a station's suffix: 石川町駅 is the station *Ishikawa-chō-eki*, not
        the town and a word "Eki". With the cut: the kana, source and confidence of the town
        as the whole line reads it, where a word of that reading ends at the cut (its 町 まち
        or ちょう kept: 高屋町 たかやちょう), else empty (水口町暁 read みずぐち + まちあき:
        the town read alone).
        """
        k = line.find("町", 2)
        if k < 0 or k + 1 >= len(line) or not all(map(has_kanji, line)) \
                or "jmnedict" not in self.readings.sources:
            return None
        rest = line[k + 1:]
        if rest[0] in _rules()["admin_suffixes"] or rest in _rules()["station_suffixes"] or (any(
                r.source == "jmdict" for n in (2, 3)
                for r in self.readings.index.readings(line[k:k + n])) and not (len(rest) > 1 and any(
                "place" in r.kinds for r in self.readings.index.readings(rest)))) or any(
                kinds & {"surname", "person"} for _, kinds in self.readings.names(line[:k + 1])):
            return None  # (正親町 a family too: the court house 正親町三条)
        head = self.morphemes(line[:k], whole=True)
        tail = self.morphemes(rest, whole=True)
        if not all(m.proper for m in head) or tail[0].pos.startswith("名詞-数詞") or any(
                "人名" in m.pos or (len(m.surface) > 2 and not m.proper)
                for m in tail):
            return None  # a person or house (正親町 + 三条), a facility (停留場, 図書館)
        at = 0
        kana: list[str] = []
        for m in self.morphemes(line, whole=True):
            at += len(m.surface)
            kana.append(m.kana)
            if at == k + 1 and all(kana):
                return k + 1, "".join(kana), m.source, m.confidence
            if at > k:
                break
        return k + 1, "", "", ""

    def _shrine_cut(self, line: str) -> int | None:
        """Where the word that ends a shrine's name begins (data ``shrine_ends``: 神社), in a
        whole input of kanji no list gives whole, where the run's last unit begins before
        that word and is read so that the name no longer ends in one of the word's readings
        (山神 + 社 やまのかみしゃ): 羽黒山 | 神社 Haguroyama jinja, each read as a whole input
        (was Haguro Yamanokamisha). None elsewhere, as for 天神社 てんじんじゃ and 明神社
        みょうじんしゃ, which keep the word's reading."""
        words = _rules()["shrine_ends"]["words"]
        word = next((w for w in words if line.endswith(w)), None)
        if word is None or len(line) < len(word) + 2 or not all(map(has_kanji, line)) \
                or self.readings.index.readings(line) or self.readings.mozc_readings(line):
            return None
        cut = len(line) - len(word)
        at = 0
        kana = ""
        for m in self.morphemes(line, whole=True):
            if at < cut < at + len(m.surface) or kana:
                kana += m.kana  # (the units from the one across the word's start)
            at += len(m.surface)
        return cut if kana and not kana.endswith(tuple(words[word])) else None

    def _founder_apart(self, line: str) -> list[tuple[int, int, bool]] | None:
        """A school :meth:`jpterms.input_cuts.InputCuts.school_cuts` leaves whole, cut after its
        founder's 立 where one of UniDic's units runs over that 立 (小松市立国府中学校: 立国
        りっこく): the founder and the rest each read as a whole input (Komatsu shiritsu
        Kokufu chūgakkō, not "Komatsu-shi rikkoku fuchū gakkō")."""
        start = self.readings.cuts.school_founder(line)
        if start is None:
            return None
        at = 0
        for token in self._tokenize(line):
            if at < start < at + len(token.surface):
                return [(0, start, True), (start, len(line), True)]
            at += len(token.surface)
            if at >= start:
                return None
        return None

    def _explain_run(self, run: str, *, whole: bool = False, year_after: bool = False,
                     listed: tuple[str, str, str] | None = None) -> list[WordReading]:
        """The words of ``run``; ``listed``: (kana, source, confidence) a listing of the
        whole gives the run (:meth:`jpterms.input_cuts.InputCuts.school_readings`), read as those kana
        say (see :meth:`romanize_as`), a word read anew taking that source and
        confidence."""
        morphemes = self.morphemes(run, whole=whole, year_after=year_after)
        if listed is not None:
            kana, source, confidence = listed
            morphemes = _read_as(morphemes, [(run, kana)], self.readings.mark,
                                 self.readings.gives, given=(source, confidence)
                                 ) or morphemes
        tails = _rules()["word_tails"]["words"]
        if any(m.surface.endswith(tuple(tails)) for m in morphemes):
            morphemes = word_tails_apart(morphemes, tails)  # 佐嘉 + 神社, as romanize writes it
        return [self._explain_word(word)
                for word in group_words(morphemes, _rules(), self.system == "ala-lc")
                if word[0].role != "punct"]

    def _explain_after_digits(self, run: str, ordinal: bool = False
                              ) -> list[WordReading] | None:
        """:meth:`explain` of a run after digits that begins with a counter, read as
        :meth:`_after_digits` reads it for :meth:`romanize` (3日前 nichimae, 4人 nin: not
        the words the run alone would make, 日前 Nichizen, 人 hito), or None."""
        found = self._digit_counter(run, ordinal)
        if found is None:
            return None
        key, kana, counter, rest = found
        if rest[:1] not in _NUMBERING_PREFIXES and not (
                all(map(has_kanji, rest[:2])) and len(rest) > 1):
            for numeral, numeral_kana in _NUMERAL_LEADS:
                lead = _romaji(numeral_kana, self.system)
                words = self._explain_run(numeral + run)
                first = words[0] if words else None
                if (first is not None and first.text.startswith(numeral)
                        and first.romaji.lower().startswith(lead + counter)):
                    alts = tuple(a[len(lead):] for a in first.alternatives
                                 if a.lower().startswith(lead))
                    trimmed = WordReading(
                        first.text[len(numeral):],
                        first.kana[len(to_hiragana(numeral_kana)):],
                        first.romaji[len(lead):], first.source, first.confidence, alts)
                    return [trimmed, *words[1:]]
        head = WordReading(key, to_hiragana(kana), counter, "unidic", "likely")
        return [head, *(self._explain_run(rest) if rest else [])]

    def alternatives(self, text: str) -> list[str]:
        """Other romanisations of ``text`` the dictionaries allow, one word changed at a time.

        >>> Romanizer().alternatives("山田孝雄")[:1]
        ['Yamada Takao']
        """
        words = self.explain(text)
        out: list[str] = []
        for i, word in enumerate(words):
            for alt in word.alternatives:
                out.append(" ".join(alt if j == i else w.romaji for j, w in enumerate(words)))
        return list(dict.fromkeys(out))

    def _explain_word(self, word: list[Morpheme]) -> WordReading:
        romaji = self._word(word)
        if any(m.proper for m in word) and not (word[0].words[1:] and not word[0].capitals[0]):
            romaji = romaji[:1].upper() + romaji[1:]  # but not a name's "no"
        sources = list(dict.fromkeys(part for m in word if m.reading
                                     for part in m.source.split("+") if part))
        confidence = max((m.confidence for m in word if m.reading),
                         key=CONFIDENCES.index, default="guess")
        alternatives: list[str] = []
        tried = 0
        for i, m in enumerate(word):
            if tried >= _ALTERNATIVES_TRIED:
                break  # (each try romanises the whole word again: a long one stays linear)
            tried += bool(m.alternatives)
            for alt in m.alternatives:
                kana = to_katakana(alt.replace(" ", ""))
                other = replace(m, reading=self.readings.mark(m.surface, alt), kana=kana,
                                words=(), capitals=())
                text = self._word([*word[:i], other, *word[i + 1:]])
                if romaji[:1].isupper():
                    text = text[:1].upper() + text[1:]
                if text != romaji:
                    alternatives.append(text)
        return WordReading(
            text="".join(m.surface for m in word),
            kana=to_hiragana("".join(m.kana.replace(" ", "") for m in word)),
            romaji=romaji,
            source="+".join(sources),
            confidence=confidence,
            alternatives=tuple(dict.fromkeys(alternatives)),
        )

    def _word(self, word: list[Morpheme]) -> str:
        """One word: the readings of its morphemes romanised together (っ and n' join);
        a hyphen before an administrative suffix or after a prefix to a name."""
        wapuro = self.system == "wapuro"
        if len(word) == 1:  # most words: one morpheme, nothing to join
            m = word[0]
            if m.reading and not m.words[1:] and not (m.proper and admin_stem(m, wapuro)):
                text = _romaji(m.kana if wapuro else m.reading, self.system)
                return text[:1].upper() + text[1:] if m.proper else text
        parts: list[str] = []
        reading = ""  # (read so far and not yet written: written out by _flush)
        capital = False
        system = self.system
        for at, m in enumerate(word):
            several = len(m.words) > 1
            if reading and (several or not m.reading or m.role == "hyphen"):
                _flush(parts, reading, capital, system)
                reading, capital = "", False
            if m.role == "hyphen" and parts:
                parts.append("-")
                capital = m.proper
            elif not several and m.reading:
                stem = admin_stem(m, wapuro)
                if stem:
                    _flush(parts, reading + stem, capital, system)
                    capital = False  # (石川町 + 立: Ishikawa chōritsu, as Tōkyō toritsu)
                    parts.append(" " if word[at + 1:at + 2] and word[at + 1].surface
                                 == _rules()["word_starts"]["after_admin_suffix"] else "-")
                    reading = (m.kana if wapuro else m.reading)[len(stem):]
                    continue
            if several:
                romaji = [_romaji(w, self.system)
                          for w in (m.kana.split(" ") if wapuro else m.words)]
                parts.append(" ".join(r[:1].upper() + r[1:] if cap else r
                                      for r, cap in zip(romaji, m.capitals, strict=True)))
            elif m.reading:
                reading += m.kana if wapuro else m.reading
            else:
                parts.append(m.surface)
        if reading:
            _flush(parts, reading, capital, system)
        text = "".join(parts)
        if any(m.proper for m in word) and not (word[0].words[1:] and not word[0].capitals[0]):
            text = text[:1].upper() + text[1:]  # but not a name's "no" (Sugawara no Michizane)
        return text


_MACRON_PAIRS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "oo",
                                "â": "aa", "î": "ii", "û": "uu", "ê": "ee", "ô": "oo"})
_NOT_LETTER = re.compile("[^a-z]")
_M_LABIAL = re.compile("m(?=[bmp])")
#: ha and he as は and へ spell them (not the ha of sha, cha), which may be particles.
_PARTICLE_HA = re.compile("(?<![sc])h[ae]")


def _spelled(romaji: str) -> str:
    """Romaji as the kana it spells, roughly: no case, spaces or marks; long vowels
    written twice, ou as oo (Tōkyō, toukyou: tookyoo), m before b/m/p as n."""
    text = _NOT_LETTER.sub("", romaji.lower().translate(_MACRON_PAIRS))
    return _M_LABIAL.sub("n", text).replace("ou", "oo")


def spells_kana(romaji: str, kana: str) -> bool:
    """Whether ``romaji`` (Hepburn, as :meth:`Romanizer.romanize` writes it) spells
    ``kana``, whatever its division, capitals or long-vowel marks; the particles は and
    へ may be written wa and e.

    >>> spells_kana("Tōkyō daigaku", "とうきょうだいがく"), spells_kana("Tōkyō ōago", "とうきょうだいがく")
    (True, False)
    >>> spells_kana("Wagahai wa neko de aru", "わがはいはねこである")
    True
    """
    written, spelled = _spelled(romaji), _spelled(kana_to_romaji(kana))
    if written == spelled or not ("は" in kana or "へ" in kana):
        return written == spelled
    either = _PARTICLE_HA.sub(lambda m: "(?:ha|wa)" if m[0] == "ha" else "(?:he|e)", spelled)
    return re.fullmatch(either, written) is not None


def _read_as(morphemes: list[Morpheme], pieces: Sequence[tuple[str, str]],
             mark: Callable[[str, str], str],
             gives: Callable[[str, str], bool],
             given: tuple[str, str] | None = None) -> list[Morpheme] | None:
    """``morphemes`` read as ``pieces`` (runs of their text, each with its kana) read
    them: a morpheme whose text begins and ends where pieces do takes their kana; one
    inside a piece keeps its own where the piece's kana go on with it, else it is read
    together with the morphemes after it up to the end of a piece. None where the
    morphemes do not spell the pieces' text, or a mark would be read otherwise. With
    ``given`` (source, confidence), a word so read anew says where its reading came from,
    its own reading the alternative."""
    ends: dict[int, int] = {0: 0}  # where each piece ends in the text -> in the kana
    at = k = 0
    for written, kana in pieces:
        at, k = at + len(written), k + len(kana)
        ends[at] = k
    target = "".join(kana for _, kana in pieces)
    out: list[Morpheme] = []
    group: list[Morpheme] = []
    at = k = 0
    for i, m in enumerate(morphemes):
        group.append(m)
        at += len(m.surface)
        own = "".join(map(_own_kana, group))
        if at in ends:
            want = target[k:ends[at]]
        elif len(group) == 1 and own and target.startswith(own, k) and \
                k + len(own) <= min(v for c, v in ends.items() if c > at):
            want = own
            after = target[k + len(own):k + len(own) + 1]
            if i + 1 < len(morphemes) and _goes_on_long(own, after):
                # the target lengthens its last vowel, and the next morpheme's own
                # reading follows that long vowel, not the kana that lengthens it (類聚 る
                # いじゅ, 名義抄 みょうぎしょう in るいじゅう|みょうぎしょう; but 壷 つぼ, 内
                # うち in つぼうち): the long vowel is this morpheme's
                nxt = _own_kana(morphemes[i + 1])
                if nxt and target.startswith(nxt, k + len(own) + 1) and not target.startswith(
                        nxt, k + len(own)) and k + len(own) + 1 <= min(
                        v for c, v in ends.items() if c > at):
                    want = own + after
        else:
            continue  # read with the morphemes after it
        k += len(want)
        tail = _own_tail(group, want, gives) if want != own else []
        if tail:  # 帝国 ていこく ends 日本帝国 read にっぽんていこく: 帝国 stays a word
            group = group[:len(group) - len(tail)]
            want = want[:len(want) - sum(len(_own_kana(t)) for t in tail)]
            own = "".join(map(_own_kana, group))
        if want != own and any(has_kanji(g.surface) for g in group):
            if any(g.role == "punct" or not g.reading for g in group):
                return None
            surface = "".join(g.surface for g in group)
            # a clan's genitive the pieces read and the text does not write before a given
            # name read as its own (阿倍 + の仲麻呂 of 阿倍仲麻呂伝: Abe no Nakamaro), a word
            # of its own
            genitive = len(group) == 1 and want == "の" + own and bool(out) and \
                "人名-名" in group[0].pos and "人名" in out[-1].pos
            read = want[1:] if genitive else want
            group = [replace(group[0], surface=surface, reading=mark(surface, read),
                             kana=to_katakana(read), proper=any(g.proper for g in group),
                             words=(), capitals=(), alternatives=())]
            if given is not None:
                group = [replace(group[0], source=given[0], confidence=given[1],
                                 alternatives=(own,) if own else ())]
            if genitive:
                group = [with_genitive(group[0])]
        out.extend(group + tail)
        group = []
    return None if group else out


def _own_tail(group: list[Morpheme], want: str,
              gives: Callable[[str, str], bool]) -> list[Morpheme]:
    """The last morphemes of ``group`` whose own readings end ``want`` (the kana a piece
    gives the whole group), where a dictionary ``gives`` the rest of the group the rest of
    the kana: 日本 + 帝国 read にっぽんていこく keep 帝国 ていこく, and only 日本 is read
    anew (にっぽん); 歌 + 集票 read かしゅうひょう stay one word (no dictionary reads 歌 か)."""
    tail: list[Morpheme] = []
    end = len(want)
    for m in reversed(group[1:]):
        own = _own_kana(m)
        if len(m.surface) < 2 or not has_kanji(m.surface) or not own or \
                not want.endswith(own, 0, end) or end - len(own) <= 0:
            break  # (a kanji alone, or kana, ends many readings by chance: 花乃 かの)
        tail.insert(0, m)
        end -= len(own)
    while tail:
        head = group[:len(group) - len(tail)]
        written = "".join(m.surface for m in head)
        rest = want[:len(want) - sum(len(_own_kana(m)) for m in tail)]
        if any(map(has_kanji, written)) and gives(written, rest):
            break
        tail.pop(0)  # (only kanji are read anew: 関ヶ原's ヶ is read with 原)
    return tail


def _own_kana(m: Morpheme) -> str:
    """A morpheme's own reading in hiragana (kana as written, for a run of kana)."""
    return to_hiragana(m.surface if is_kana_run(m.surface) else m.kana.replace(" ", ""))


def _goes_on_long(own: str, after: str) -> bool:
    """Whether the kana ``after`` lengthens the last vowel of ``own`` (るいじゅ + う, as
    in るいじゅう): then the long vowel is ``own``'s (類聚 + 名義抄 read
    るいじゅうみょうぎしょう is Ruijū myōgishō, not "Ruiju umyōgishō")."""
    if not after or not own:
        return False
    after = to_katakana(after)
    return after == LONG_MARK or (VOWEL_OF.get(to_katakana(own[-1]), ""), after) in LONG_PAIRS


def _flush(parts: list[str], reading: str, capital: bool, system: str) -> None:
    """Write the reading gathered so far in a word (see Romanizer._word) as romaji."""
    romaji = _romaji(reading, system)
    parts.append(romaji[:1].upper() + romaji[1:] if capital else romaji)


@lru_cache(maxsize=100_000)
def _romaji(reading: str, system: str) -> str:
    return kana_to_romaji(reading, system, infer_long=False)


def _char_class(table: dict[int, str]) -> re.Pattern[str]:
    """A pattern that finds any character ``table`` (a ``str.translate`` table) changes;
    for an empty table, one that finds nothing."""
    if not table:
        return re.compile("(?!)")
    return re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")


def _recapitalised(segment: _Segment, capitalise: bool) -> _Segment | None:
    """``segment`` (romanised with the other ``capitalise``) as romanising it with
    ``capitalise`` writes it: only its first word's first letter can differ, and what
    comes after the segment is capitalised alike (the first word resets it either way).
    None where the segment has no word with letters (its marks decide that alone)."""
    word = segment[4]
    if word is None:
        return None
    at, head, said = word
    if said:  # (a sentence's end before it capitalises the first word either way)
        return segment
    marked = segment[0]
    now, new = (head, head.upper()) if capitalise else (head.upper(), head)
    return (marked[:at] + new + marked[at + len(now):], *segment[1:])


def _unmark(text: str) -> str:
    r"""Remembered segments joined (see :data:`_Segment`): one space where both sides want
    one, none elsewhere (as :func:`_join` joins pieces).

    >>> _unmark("\x01Nihon\x02\x01e\x02.\x02")
    'Nihon e.'
    """
    return text.replace(_SPACES_MET, " ").replace(_SPACE_BEFORE, "").replace(_SPACE_AFTER, "")


def _join(pieces: list[tuple[str, bool, bool]]) -> str:
    """Join pieces with one space where both sides want one."""
    out = ""
    space_after = False
    for text, space_before, next_space_after in pieces:
        if out and space_after and space_before:
            out += " "
        out += text
        space_after = next_space_after
    return out


#: ASCII marks that end a run of Japanese and take a space before the letters or digits
#: after them, as the Japanese marks do: a comma, which NFKC makes of Japanese text's ，.
_SPACED_ASCII = frozenset(",;")
#: and those that begin one, before Japanese, and take a space after the letters or digits
#: before them: a round bracket, which NFKC makes of （ (but crypt() stays as written).
_SPACED_ASCII_OPENING = frozenset("(")


def _ordinal(before: str) -> bool:
    """Does the text before a run end with 第 and digits (第1部: an ordinal's digits)?

    >>> _ordinal("第12"), _ordinal("12"), _ordinal("第 3")
    (True, False, True)
    """
    return before.rstrip("0123456789").rstrip(" ").endswith("第")


def _after_spaced_digits(before: str) -> bool:
    """Does the text before a run end with digits and one space (16 進, 10 人: a number
    whose markup was stripped, read with the run as 16進 is)?

    >>> _after_spaced_digits("上位 10 "), _after_spaced_digits("10"), _after_spaced_digits("x ")
    (True, False, False)
    """
    return before[-1:] == " " and before[-2:-1].isdigit()


#: What begins the next number after a counter (第12巻第3号: the issue after the volume),
#: read apart from the counter before it (see Romanizer._after_digits).
_NUMBERING_PREFIXES = frozenset("第")

#: Numerals a run after digits is read after (see Romanizer._after_digits): 二 first,
#: 十一 where 二 fuses with the counter (二日 futsuka, 十一日 jūichinichi).
_NUMERAL_LEADS = (("二", "ニ"), ("十一", "ジューイチ"))


def _word_after_numeral(run: str) -> str:
    """The word MeCab reads first in ``run`` after a numeral (二 + 進む: 進む; 二 + 人生:
    人生), to tell a counter from the start of a word; "" where it reads none."""
    rows = rows_of(_NUMERAL_LEADS[0][0] + run)
    return rows[1].split("\t", 1)[0] if len(rows) > 1 else ""

#: Japanese script: kana, kanji, CJK punctuation, full-width forms.
_JP = ("\u3000-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
       "\uf900-\ufaff\uff01-\uff9f\U00020000-\U0003ffff")
#: ASCII punctuation (what NFKC makes of full-width ：、（）！ and the like).
_PUNCT = "!-/:-@\\[-`{-~"
#: Hiragana (what an inflected word's kanji stem goes on with: 進む).
_HIRAGANA_AFTER = re.compile("[\u3041-\u309f]")
#: A year in digits (天文 before 5年).
_YEAR_AFTER = re.compile(r"[0-9]+年")
#: A run of kanji digits written one digit per place, as vertical print writes a year or a
#: count (一九四五年, 二〇〇五年, 一〇〇人), with no other numeral on either side.
_KANJI_DIGIT_RUN = re.compile("(?<![〇一二三四五六七八九十百千万億兆0-9])"
                              "[〇一二三四五六七八九]{2,}"
                              "(?![〇一二三四五六七八九十百千万億兆0-9])")
_KANJI_TO_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
#: How much of the text on either side of a run of kanji digits says what they count.
_AFTER_DIGITS = 16
#: The counters of dates, times and numbered parts, after which two kanji digits with no 〇
#: are a number (一一日, 二四時間, 第一五号); before others they may be a name's (三八城).
_DATE_COUNTERS = ("年", "月", "日", "時", "分", "秒", "世紀", "号", "巻", "条", "歳", "回")
#: A run of Japanese, with the punctuation inside it and around it. It begins where a run
#: of punctuation begins (the lookbehind): a match never starts inside one, so a line of
#: 64,000 brackets is scanned once, not once from each bracket (14 s); the same matches.
#: It was P*J+(?:P+J+)*P*, which writes the class of Japanese script twice: each copy costs
#: about a millisecond of a cold start to compile. (?:J++P*+)+ is the same language (a run
#: of P, then J, then J and P in any order) taken the same way: possessive runs, each as
#: long as it goes, so a match ends where the script and punctuation end, and a failing
#: fullmatch gives back whole runs, never cuts a run of kanji (2**n ways, with J+ inside a
#: repeat). The same matches (test).
_JAPANESE = re.compile(f"(?<![{_PUNCT}])[{_PUNCT}]*+(?:[{_JP}]++[{_PUNCT}]*+)+")



#: A word in Latin letters just before a run, with one space between them or none.
_LETTERS_BEFORE = re.compile("[A-Za-z] ?$")


#: The parts of speech UniDic gives a counter after a numeral (二 + 館, 二 + 行); not a
#: suffix of place or time (接尾辞-名詞的-副詞可能: 1.3 + 上 うえ, "on 1.3", not じょう).
_COUNTER_POS = (("接尾辞", "名詞的", "一般"), ("接尾辞", "名詞的", "助数詞"),
                ("名詞", "普通名詞", "助数詞可能"))


def _sino_counter(run: str) -> tuple[str, str]:
    """The counter of one kanji ``run`` begins with, read the Chinese way, as UniDic reads
    it after a numeral, where no table lists it (1館 1-kan, not the house やかた the kanji
    alone is; 35行 35-gyō, the lines, not こう; 8.11元 yuan, げん, not もと): (its kanji, its
    kana), or two empty strings.

    >>> _sino_counter("館でしか"), _sino_counter("元から"), _sino_counter("左")
    (('館', 'カン'), ('元', 'ゲン'), ('', ''))
    """
    if not run or not has_kanji(run[0]):
        return "", ""
    for lead, _ in _NUMERAL_LEADS:  # (after 十一 where 二 fuses with it: 二元 にげん)
        at, rows = 0, rows_of(lead + run)
        while rows and at < len(lead):
            at += len(rows.pop(0).partition("\t")[0])
        if at != len(lead) or not rows:
            continue
        surface, _, raw = rows[0].partition("\t")
        fields = raw.split(",")
        if (surface == run[0] and len(fields) > 17 and fields[12] == "漢"
                and any(tuple(fields[:len(pos)]) == pos for pos in _COUNTER_POS)):
            return surface, fields[17]
    return "", ""






def clear_caches() -> None:
    """Forget the romanisations of whole short strings (per-morpheme caches stay).

    Benchmarks call this between rounds so that repeated lines are romanised
    again rather than recalled.
    """
    for system in SYSTEMS:
        _romanizer(system)._short.cache_clear()


def _founder_suffix(spelling: str, after: list[_Token]) -> bool:
    """Whether ``spelling`` ends in an administrative suffix that begins a founder's word
    with the token ``after`` it: 大阪府 + 立 is 大阪 + 府立 furitsu, as 東京 + 都立 toritsu,
    so the glossary's 大阪府 (Ōsaka-fu) does not take the 府."""
    return bool(after) and spelling[-1] in _rules()["admin_suffixes"] \
        and after[0].surface == _rules()["word_starts"]["after_admin_suffix"]


def _counted_here(before: _Token, first: _Token) -> bool:
    """Whether ``first``, where a glossary spelling of several tokens would begin, is a
    counter that counts the numeral ``before`` it: it belongs to that numeral, so the
    spelling does not begin there (一 + 日 + 中 is 一日中 いちにちじゅう, not 一 + 日中
    にっちゅう)."""
    return before.raw.pos.startswith("名詞-数詞") and "助数詞" in first.raw.pos


def explain(text: str, system: str = "hepburn",
            glossary: Glossary | None = None) -> list[WordReading]:
    """Each word of ``text`` with its reading, where it came from, how sure it is, and
    the alternatives (see :class:`WordReading`). The glossary's readings win (the
    bundled glossary unless one is given).

    >>> [(w.romaji, w.confidence) for w in explain("日本人")]
    [('Nihonjin', 'likely')]
    """
    if not isinstance(text, str):
        raise TypeError(f"explain() needs a str, not {type(text).__name__}")
    if glossary is not None:
        return glossary.romanizer(system).explain(text)
    return _romanizer(system).explain(text)


def _romanizer(system: str) -> Romanizer:
    """The bundled glossary's romaniser: the one lookup and the rules use too."""
    return Glossary.bundled().romanizer(system)


def romanize(text: str, system: str = "hepburn", glossary: Glossary | None = None) -> str:
    """Romanise Japanese text; ``system`` is one of :data:`SYSTEMS`. With ``glossary``
    (bundled plus user files, see :meth:`jpterms.Glossary.load`) its readings win.

    >>> romanize("信用"), romanize("抹茶"), romanize("日本へ行く")
    ("Shin'yō", 'Matcha', 'Nihon e iku')
    >>> romanize("東京", "plain"), romanize("東京", "wapuro"), romanize("新橋", "passport")
    ('Tokyo', 'Toukyou', 'Shimbashi')
    """
    if not isinstance(text, str):
        raise TypeError(f"romanize() needs a str, not {type(text).__name__}")
    if glossary is not None:
        return glossary.romanizer(system).romanize(text)
    return _romanizer(system).romanize(text)
