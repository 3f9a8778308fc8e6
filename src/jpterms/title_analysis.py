"""Romanised titles analysed word by word: what each written word may stand for.

The checker's title rules need more than the best reading of a whole title:
for every written word, the words it may stand for (``kyogi``: 協議, 競技,
虚偽, ...), with their costs, whether a long vowel was added, and which came
from the glossary. :class:`TitleAnalyzer` computes that for one glossary and
caches it; it belongs to the glossary's :class:`jpterms.reverse.ReverseEngine`
(``glossary.reverse_engine.titles``), so nothing outlives the glossary.

>>> from jpterms.glossary import Glossary
>>> analysis = Glossary.bundled().reverse_engine.analyze_title("Nichiei saiba kyogi")
>>> [w.best.kanji for w in analysis.words if w.best]
['日英サイバー協議', '', '']
"""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import cast

from jpterms.dictionaries import (
    conversion_cost,
    jmdict_glosses,
    jmnedict_glosses,
    mozc_convert,
    mozc_entries,
    mozc_reading_root,
    mozc_reading_step,
)
from jpterms.glossary import Entry, Glossary
from jpterms.kana import fold_romaji, kana_to_romaji, normalize_romaji, to_hiragana
from jpterms.match import Match
from jpterms.romaji import Syllable, parse_word, word_systems

__all__ = ["PARTICLES", "Candidate", "CompoundCandidate", "TitleAnalysis", "TitleAnalyzer", "WordAnalysis",
           "context_stems", "english_for", "matches_context"]

#: Particles written as words in titles: romaji -> kana. he/wo/ha are the
#: kana spellings that modified Hepburn writes e/o/wa.
PARTICLES = {
    "no": "の", "to": "と", "ni": "に", "de": "で", "ga": "が", "mo": "も", "ya": "や",
    "wa": "は", "e": "へ", "o": "を", "he": "へ", "wo": "を", "ka": "か", "na": "な",
}
_GLOSSARY_COST = -4000
_LONG_PENALTY = 700
_CONTEXT_BONUS = 10000
_HIRAGANA_PENALTY = 2500
_OKURIGANA_PENALTY = 1200
#: A title that writes macrons somewhere is trusted where it writes none.
_AS_WRITTEN_BONUS = 4000
_LONG_VOWELS = frozenset("āīūēōĀĪŪĒŌ")
_MAX_LONGABLE = 6
_WORD_RE = re.compile(r"[^\s:;,.!?()\[\]\"“”‘’/・、。：–—]+")
#: English punctuation between romanised words, as it stands in Japanese text.
_JAPANESE_PUNCTUATION = str.maketrans({",": "、", ":": "：", ".": "。", ";": "；", "!": "！",
                                       "?": "？", "/": "・"})
#: English words too common to tell two glosses apart.
_STOP = frozenset(["the", "and", "for", "with", "from", "into", "that", "this", "their", "of", "to", "in", "on", "at", "by", "an", "a", "as"])


@dataclass(frozen=True)
class Candidate:
    """A word a written romaji word may stand for."""

    kanji: str
    kana: str  # hiragana as spelled (きょうぎ, さいばー)
    cost: float
    source: str  # "glossary", "mozc", "particle"
    entry: Entry | None = None
    added_long: int = 0  # long vowels the writer left out
    part: str = ""  # for one word of a multi-word glossary entry: that word's Hepburn

    @property
    def hepburn(self) -> str:
        if self.part:
            return self.part
        if self.entry is not None:
            return self.entry.hepburn
        return kana_to_romaji(self.kana)


class CompoundCandidate(Candidate):
    """Mozc's conversion of a word no dictionary lists whole (kaisaikai): its Hepburn
    (:attr:`part`) is the romanisation of its kanji, made when first read; the checker
    never reads it, so a title's compounds are not romanised one by one.

    >>> c = CompoundCandidate("開催会", "かいさいかい", 9000, 0, lambda kanji: "Kaisaikai")
    >>> "part" in c.__dict__, c.hepburn, c.source
    (False, 'kaisaikai', 'mozc')
    """

    def __init__(self, kanji: str, kana: str, cost: float, added_long: int,
                 romanize: Callable[[str], str]) -> None:
        super().__init__(kanji, kana, cost, "mozc", None, added_long)
        del self.__dict__["part"]  # the field's value: read from the romanisation instead
        self.__dict__["_romanize"] = romanize

    @cached_property
    def part(self) -> str:
        words: str = self.__dict__["_romanize"](self.kanji)
        return words[:1].lower() + words[1:]


@dataclass
class WordAnalysis:
    """What one written word of a title is."""

    written: str
    start: int
    end: int
    syllables: tuple[Syllable, ...] | None
    candidates: list[Candidate] = field(default_factory=list)
    merged: bool = False  # written split in two (nit suite) and joined here

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def systems(self) -> frozenset[str]:
        return word_systems(self.syllables)


@dataclass
class TitleAnalysis:
    """A romanised title: its words, the Japanese it stands for and its Hepburn."""

    text: str
    words: list[WordAnalysis]
    kanji: str = ""
    kana: str = ""
    romaji: str = ""
    source: str = "mozc"

    @cached_property
    def word_matches(self) -> tuple[Match, ...]:
        """The chosen word for each written word, with its English (worked out when first
        asked: the checker never needs the glosses)."""
        matches = []
        for w in self.words:
            best = w.best
            if best is not None and best.kanji:  # later words of a multi-word glossary entry
                english = english_for(best.kanji, best.kana, best.entry)
                hepburn = best.entry.hepburn if best.part and best.entry else best.hepburn
                matches.append(Match(best.kanji, best.kana, hepburn, english, best.source, 0.0))
        return tuple(matches)

    @cached_property
    def english(self) -> str:
        """A word-by-word English gloss of the title."""
        return " ".join(_short_gloss(m.english) for m in self.word_matches
                        if m.source != "particle" and m.english)


def _context_stems(context: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", context.casefold())
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in _STOP)


def context_stems(context: str) -> frozenset[str]:
    """The stems an English text is matched by against a word's senses (as a title's
    translation is): the first five letters of each word of four letters or more.

    >>> sorted(context_stems("the chief retainers"))
    ['chief', 'retai']
    """
    return _context_stems(context)


def matches_context(english: str, stems: frozenset[str]) -> bool:
    """Whether a sense's ``english`` shares a stem with ``stems`` (:func:`context_stems`).

    >>> matches_context("retainer, vassal", context_stems("the chief retainers"))
    True
    """
    if not stems or not english:
        return False
    return bool(_context_stems(english) & stems)


#: How a long vowel the writer marked (ō, ô) may be spelled in kana.
_MARKED_LONG = {"o": ("ー", "ウ", "オ"), "u": ("ー", "ウ"), "i": ("ー", "イ"), "e": ("ー", "イ"),
                "a": ("ー", "ア")}
#: How a vowel written short may in fact be long (a missing macron).
_UNMARKED_LONG = {"o": ("ー", "ウ", "オ"), "u": ("ー", "ウ"), "i": ("ー",), "e": ("ー",),
                  "a": ("ー",)}


def _options(syllables: tuple[Syllable, ...], kunrei: bool) -> list[list[tuple[str, int]]]:
    """For each syllable, the hiragana it may stand for, with how many long vowels each adds."""
    options: list[list[tuple[str, int]]] = []
    longable = 0
    for s in syllables:
        kana = (s.kunrei_kana or s.kana) if kunrei else s.kana
        if s.long:
            option = [(kana[:-1] + mark, 0) for mark in _MARKED_LONG[s.vowel]]
        elif s.vowel and longable < _MAX_LONGABLE:
            longable += 1
            option = [(kana, 0)] + [(kana + mark, 1) for mark in _UNMARKED_LONG[s.vowel]]
        else:
            option = [(kana, 0)]
        options.append([(to_hiragana(k), n) for k, n in option])
    return options


def _spellings(syllables: tuple[Syllable, ...], kunrei: bool,
               limit: int | None = None) -> list[tuple[str, int]]:
    """Hiragana spellings the syllables may stand for, with how many long vowels were added
    (``limit``: only the first so many, in the same order; the others are never made).

    >>> spellings = dict(_spellings(parse_word("kyogi"), False))
    >>> spellings["きょぎ"], spellings["きょうぎ"], spellings["きょうぎー"]
    (0, 1, 2)
    """
    return [("".join(k for k, _ in combo), sum(n for _, n in combo))
            for combo in itertools.islice(itertools.product(*_options(syllables, kunrei)), limit)]


def _known_spellings(syllables: tuple[Syllable, ...], kunrei: bool,
                     prefixes: frozenset[str]) -> list[tuple[str, int]]:
    """The spellings of :func:`_spellings`, in its order, that may be a Mozc reading or a
    glossary reading (in ``prefixes``, with every beginning of one): a beginning neither
    knows is not spelled on, so of the thousands of spellings a long word has only the
    few that can be words are made (the others would find nothing).

    >>> [s for s, _ in _known_spellings(parse_word("kyogi"), False, frozenset())]
    ['きょぎ', 'きょうぎ']
    >>> len(_spellings(parse_word("kyogi"), False))
    8
    """
    options = _options(syllables, kunrei)
    out: list[tuple[str, int]] = []

    def spell(i: int, head: str, added: int, node: int | None) -> None:
        if i == len(options):
            out.append((head, added))
            return
        for kana, n in options[i]:
            step = mozc_reading_step(node, kana) if node is not None else None
            if step is not None or head + kana in prefixes:
                spell(i + 1, head + kana, added + n, step)

    spell(0, "", 0, mozc_reading_root())
    return out


def _form_penalty(written: str) -> int:
    """Titles are mostly nouns: an inflected fragment (行こ) or a word written in
    hiragana only (どこ) is a weaker reading of a romanised word than a kanji or
    katakana word with the same sound."""
    if not written:
        return 0
    kana_tail = "\u3041" <= written[-1] <= "\u309f"
    if all("\u3041" <= c <= "\u309f" for c in written):
        return _HIRAGANA_PENALTY
    return _OKURIGANA_PENALTY if kana_tail else 0


def _plausible_long_mark(spelling: str) -> bool:
    """ー belongs to katakana loanwords: reject it next to a native long spelling."""
    return not ("ー" in spelling and ("う" in spelling.replace("ー", "")[-1:]))


def _word_candidates(written: str, glossary: Glossary,
                     prefixes: frozenset[str] | None = None) -> tuple[Candidate, ...]:
    """Every word a written romaji word may stand for, cheapest first (``prefixes``: every
    beginning of the glossary's readings, see :func:`_reading_prefixes`)."""
    syllables = parse_word(written)
    folded = fold_romaji(written).replace("'", "")
    cands: list[Candidate] = []
    particle = PARTICLES.get(folded)
    if particle is not None:
        cands.append(Candidate(particle, particle, -9000, "particle"))
    for entry in glossary.by_key.get(folded, []):
        extra = sum(1 for a, b in zip(entry.hepburn.lower(), written.lower(), strict=False)
                    if a != b and a in "āīūēō")
        cands.append(Candidate(entry.written, to_hiragana(entry.reading),
                               _GLOSSARY_COST + _LONG_PENALTY * extra, "glossary", entry, extra))
    if syllables is None:
        return tuple(cands)
    systems = word_systems(syllables)
    readings = [False] + ([True] if any(s.kunrei_kana for s in syllables) else [])
    for kunrei in readings:
        penalty = 0 if (not kunrei or "hepburn" not in systems) else 2500
        if prefixes is None:
            prefixes = _reading_prefixes(glossary)
        try:
            spellings = _known_spellings(syllables, kunrei, prefixes)
        except (AttributeError, struct.error):  # another medie layout: spell them all
            spellings = _spellings(syllables, kunrei)
        for spelling, added in spellings:
            for entry in glossary.by_reading.get(spelling, []):
                if not any(c.entry is entry for c in cands):
                    cands.append(Candidate(entry.written, spelling,
                                           _GLOSSARY_COST + _LONG_PENALTY * added + penalty,
                                           "glossary", entry, added))
            for kanji, cost in mozc_entries(spelling)[:16]:
                cands.append(Candidate(kanji, spelling,
                                       cost + _LONG_PENALTY * added + penalty + _form_penalty(kanji),
                                       "mozc", None, added))
    best: dict[tuple[str, str], Candidate] = {}
    for c in cands:
        key = (c.kanji, c.kana)
        if key not in best or c.cost < best[key].cost:
            best[key] = c
    return tuple(sorted(best.values(), key=lambda c: c.cost))


def _reading_prefixes(glossary: Glossary) -> frozenset[str]:
    """Every beginning of every hiragana reading the glossary has."""
    return frozenset(reading[:i] for reading in glossary.by_reading
                     for i in range(1, len(reading) + 1))


def _compound_candidate(written: str, romanize: Callable[[str], str]) -> Candidate | None:
    """For a word that is no single dictionary word: the cheapest Mozc conversion."""
    syllables = parse_word(written)
    if syllables is None:
        return None
    scored = []
    kunrei = "hepburn" not in word_systems(syllables) and any(s.kunrei_kana for s in syllables)
    for spelling, added in _spellings(syllables, kunrei, 128):
        if not _plausible_long_mark(spelling):
            continue
        segments = mozc_convert(spelling)
        scored.append((conversion_cost(segments) + _LONG_PENALTY * added + _fragments(segments),
                       spelling, segments, added))
    if not scored:
        return None
    cost, spelling, segments, added = min(scored)
    return CompoundCandidate("".join(w for _, w in segments), spelling, cost, added, romanize)


def _fragments(segments: tuple[tuple[str, str], ...]) -> int:
    """What a conversion's stray kana cost: a lone hiragana that is no particle (ず in
    ず + 少量 + 本 for zushoryōbon) is a syllable left over, not a word of the compound.

    >>> _fragments((("ず", "ず"), ("しょうりょう", "少量"), ("ぼん", "本"))) > 0
    True
    >>> _fragments((("ずしょりょう", "図書寮"), ("ぼん", "本"))), _fragments((("に", "に"),))
    (0, 0)
    """
    return sum(_HIRAGANA_PENALTY for _, word in segments
               if len(word) == 1 and "\u3041" <= word <= "\u309f" and word not in _PARTICLE_KANA)


_PARTICLE_KANA = frozenset(PARTICLES.values())


def english_for(kanji: str, kana: str = "", entry: Entry | None = None) -> str:
    """The English for a word: glossary, then JMdict, then JMnedict."""
    if entry is not None:
        return entry.english
    if kanji in PARTICLES.values():
        return "(particle)"
    glosses = jmdict_glosses(kanji)
    if glosses:
        return "; ".join(glosses[:3])
    names = jmnedict_glosses(kanji)
    return "; ".join(names[:2])


def _rank(cands: list[Candidate], stems: frozenset[str], marks_long: bool) -> list[Candidate]:
    """Candidates re-ranked by the title's context: words whose English matches the
    translation go first, and a writer who marks long vowels is taken at their word."""
    if not stems and not marks_long:
        return cands
    ranked = []
    for c in cands:
        bonus = 0
        if stems and matches_context(english_for(c.kanji, c.kana, c.entry), stems):
            bonus += _CONTEXT_BONUS
        if marks_long and c.added_long == 0:
            bonus += _AS_WRITTEN_BONUS
        ranked.append((c.cost - bonus, c))
    return [c for _, c in sorted(ranked, key=lambda t: t[0])]


def title_words(text: str) -> list[tuple[str, int, int]]:
    """The written words of a romanised title as its analysis reads them, with their
    offsets in ``text``: :func:`_split_words` of its normalised romaji. Where normalising
    changes the length (a vowel and a combining mark, u + U+0302, are one letter), the
    offsets are still those of ``text``: a fix put there replaces the word as written,
    not the letters beside it.

    >>> title_words("Shōrui wo meguru")
    [('Shōrui', 0, 6), ('wo', 7, 9), ('meguru', 10, 16)]
    >>> title_words("u\u0302 Ryukyu")
    [('ū', 0, 2), ('Ryukyu', 3, 9)]
    """
    normal = normalize_romaji(text)
    words = _split_words(normal)
    if normal == text or (len(normal) == len(text) and all(
            len(normalize_romaji(ch)) == 1 for ch in text)):
        return words  # one letter for one: the offsets are the text's
    spans = _normal_spans(text, normal)
    if spans is None:
        return []  # (no word whose place in the text is unsure: no finding on it)
    return [(w, spans[s][0], spans[e - 1][1]) for w, s, e in words]


def _normal_spans(text: str, normal: str) -> list[tuple[int, int]] | None:
    """For each character of ``normal`` (``text`` normalised), the span of ``text`` it came
    from: a letter and the combining marks after it are normalised together (u + U+0302:
    û), a ligature into its letters (ﬁ: f, i, each from the one character). None where the
    pieces so normalised are not ``normal`` (a composition across them)."""
    import unicodedata

    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = normalize_romaji(text[i:j])
        pieces.append(piece)
        spans.extend([(i, j)] * len(piece))
        i = j
    return spans if "".join(pieces) == normal else None


def _split_words(text: str) -> list[tuple[str, int, int]]:
    """The written words of a title, with their offsets; a dash of a span parts two words.

    >>> [w for w, _, _ in _split_words("Meiji koki–Taisho-ki no")]
    ['Meiji', 'koki', 'Taisho-ki', 'no']

    A straight quotation mark around a word is no apostrophe of it (*'Shingo On (Waon)'
    Ron*): Hepburn's apostrophe stands only inside a word (Shin'yō).

    >>> _split_words("'Shingo On' Ron Shin'yo")
    [('Shingo', 1, 7), ('On', 8, 10), ('Ron', 12, 15), ("Shin'yo", 16, 23)]
    """
    out = []
    for m in _WORD_RE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] == "'":
            start += 1
        while end > start and text[end - 1] == "'":
            end -= 1
        if _STRAY_QUOTE.search(text, start, end):
            start, end = m.start(), m.end()  # a quotation mark inside ('Chubun'-chu): as written
        if start < end:
            out.append((text[start:end], start, end))
    return out


#: A straight quotation mark that is no Hepburn apostrophe (which stands between n and a
#: vowel or y: Shin'yō).
_STRAY_QUOTE = re.compile(r"(?<![nN])'|'(?![aiueoyāīūēōAIUEOYĀĪŪĒŌ])")


class TitleAnalyzer:
    """Analyses romanised titles word by word for one glossary, with its own caches.

    Owned by the glossary's :class:`jpterms.reverse.ReverseEngine`; the checker's
    title rules read its :class:`TitleAnalysis` (candidates per written word).
    """

    def __init__(self, glossary: Glossary, romanize: Callable[[str], str]) -> None:
        self.glossary = glossary
        self.romanize = romanize
        self.word_candidates = lru_cache(maxsize=50_000)(self._word_candidates)
        self.compound_candidate = lru_cache(maxsize=20_000)(self._compound_candidate)

    def _word_candidates(self, written: str) -> tuple[Candidate, ...]:
        return _word_candidates(written, self.glossary, self._prefixes)

    @cached_property
    def _prefixes(self) -> frozenset[str]:
        return _reading_prefixes(self.glossary)

    def _compound_candidate(self, written: str) -> Candidate | None:
        return _compound_candidate(written, self.romanize)

    def analyze(self, text: str, context: str = "") -> TitleAnalysis:
        """Analyse a romanised title (``context``: its English translation, if known)."""
        return _analyze(self, text, context)


def _analyze(analyzer: TitleAnalyzer, text: str, context: str) -> TitleAnalysis:
    glossary = analyzer.glossary
    stems = _context_stems(context)
    raw = title_words(text)
    marks_long = any(c in _LONG_VOWELS for c in normalize_romaji(text))
    # each written word's key, or None where it is no romaji (made once, not per span tried)
    keys = [fold_romaji(w) if parse_word(w) is not None else None for w, _, _ in raw]
    words: list[WordAnalysis] = []
    i = 0
    while i < len(raw):
        written, start, end = raw[i]
        syllables = parse_word(written)
        merged = False
        # a fragment joins the next word (nit suite); a dash between words (Bio - Hosokawa)
        # is punctuation, no fragment
        if syllables is None and i + 1 < len(raw) and raw[i + 1][1] == end + 1 and \
                any(c.isalpha() for c in written):
            joined = written + raw[i + 1][0]
            if parse_word(joined) is not None:
                written, syllables, merged = joined, parse_word(joined), True
                end = raw[i + 1][2]
                i += 1
        span = None if merged else _glossary_span(raw, i, glossary, keys)
        if span is not None:
            words.extend(span)
            i += len(span)
            continue
        cands = list(analyzer.word_candidates(written))
        words.append(WordAnalysis(written, start, end, syllables,
                                  _rank(cands, stems, marks_long), merged))
        i += 1
    _fill_phrase(words, analyzer)
    analysis = TitleAnalysis(text, words)  # (the words' offsets are the text's)
    _convert(analysis, analyzer.romanize)
    return analysis


def _glossary_span(raw: list[tuple[str, int, int]], i: int, glossary: Glossary,
                   keys: list[str | None] | None = None) -> list[WordAnalysis] | None:
    """Two to five written words that together spell one glossary entry (Genba Koichiro)
    (``keys``: each word's :func:`fold_romaji`, or None where it is no romaji)."""
    if keys is None:
        keys = [fold_romaji(w) if parse_word(w) is not None else None for w, _, _ in raw]
    for n in range(min(5, len(raw) - i), 1, -1):
        folded = keys[i : i + n]
        if None in folded:
            continue
        group = raw[i : i + n]
        key = "".join(cast("list[str]", folded)).replace("'", "").replace("-", "")
        for entry in glossary.by_key.get(key, []):
            parts = entry.hepburn.split(" ")
            readings = entry.kana.split(" ")
            if len(parts) != n or len(readings) != n:
                continue
            if [fold_romaji(p) for p in parts] != [fold_romaji(w) for w, _, _ in group]:
                continue
            out = []
            for k, ((w, s, e), part, reading) in enumerate(zip(group, parts, readings, strict=True)):
                cand = Candidate(entry.written if k == 0 else "", to_hiragana(reading),
                                 _GLOSSARY_COST, "glossary", entry, 0, part)
                out.append(WordAnalysis(w, s, e, parse_word(w), [cand]))
            return out
    return None


def _fill_phrase(words: list[WordAnalysis], analyzer: TitleAnalyzer) -> None:
    """Give words without a dictionary candidate (compounds, nitsuite) a Mozc conversion."""
    for w in words:
        needs = w.merged or not w.candidates or (
            w.candidates[0].source == "mozc" and w.candidates[0].added_long > 0
            and len(w.written) > 6)
        if needs and w.syllables is not None:
            compound = analyzer.compound_candidate(w.written.lower())
            if compound is not None and (not w.candidates or compound.cost < w.candidates[0].cost
                                         or w.merged):
                w.candidates.insert(0, compound)


def _convert(analysis: TitleAnalysis, romanize: Callable[[str], str]) -> None:
    """Join the words' best readings into kanji (Mozc over runs without glossary words)."""
    pieces: list[str] = []
    kana: list[str] = []
    run: list[Candidate] = []

    def flush() -> None:
        if len(run) == 1:  # one word alone: the word chosen for it, not Mozc's guess
            pieces.append(run[0].kanji)
        elif run:
            segments = mozc_convert("".join(c.kana for c in run))
            pieces.append("".join(w for _, w in segments))
        run.clear()

    text = analysis.text
    for i, w in enumerate(analysis.words):
        if i:
            gap = text[analysis.words[i - 1].end : w.start].strip()
            if gap:
                flush()
                pieces.append(gap.translate(_JAPANESE_PUNCTUATION))
        best = w.best
        if best is None:
            flush()
            pieces.append(w.written)
            kana.append(w.written)
            continue
        kana.append(best.kana)
        if best.source in ("glossary", "particle") or w.merged or len(analysis.words) == 1:
            flush()
            pieces.append(best.kanji)
        else:
            run.append(best)
    flush()
    analysis.kanji = "".join(pieces)
    analysis.kana = " ".join(kana)
    analysis.romaji = romanize(analysis.kanji) if analysis.kanji else ""


def _short_gloss(english: str) -> str:
    """The first sense of a gloss, without its parenthesised notes."""
    first = english.split(";")[0]
    return re.sub(r"\s*\([^)]*\)", "", first).strip() or first.strip()
