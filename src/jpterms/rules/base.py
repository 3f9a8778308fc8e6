"""What every checker rule shares: its description and the context it runs in.

A rule module defines ``RULES`` (a tuple of :class:`Rule`, one per code it can
emit) and ``def findings(ctx: Context) -> Iterator[Finding]``. Each
:class:`Rule` carries example texts that must (``bad``) and must not (``good``)
trigger it; the tests run them and the rules reference in ``docs/`` is built
from them.

A :class:`Context` is built once per document. It holds what several rules
read, computed on first use and then kept: the romanised titles found in the
document (:attr:`Context.titles`), each with its analysis, and their source
spans. Rules read these from the context; no rule imports another rule's
helpers, and nothing is cached under a formatted string.

>>> from jpterms.document import Document
>>> ctx = Context(Document.from_text('MOFA, “Nichiei saiba kyogi [Japan-UK cyber talks],” 2012.'))
>>> [(t.text, t.start, t.end) for t in ctx.titles]
[('Nichiei saiba kyogi', 7, 26)]
>>> ctx.titles[0].analysis is ctx.titles[0].analysis  # analysed once
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from jpterms.document import CONTAINER, EMPHASIS, PUBLISHER, TITLE, Document, Segment
from jpterms.findings import CONFIDENCES, LIKELY, Finding

#: a long mark (macron or circumflex), for :attr:`Context.marked_spellings`
_LONG_MARK = re.compile("[āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ]")

#: Segment roles whose whole text is a cited work's own wording.
_CITED_ROLES = frozenset({TITLE, CONTAINER, PUBLISHER})
#: Markdown emphasis as written, where the reader left the marks in the text. Each
#: alternative opens with its mark, the look-behind (no word or mark before it) after it,
#: so the regex engine skips ahead to the marks (with the look-behind first it tried every
#: character: 44 -> 8 ms for 1 MB).
_EMPHASIS_MARKS = re.compile(r"\*(?<![\w*]\*)(?!\s)[^*\n]+(?<!\s)\*(?![\w*])"
                             r"|_(?<![\w_]_)(?!\s)[^_\n]+(?<!\s)_(?![\w_])")


def _cited_pieces(segment: Segment,
                  line: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """The spans of ``segment.text`` that reproduce a cited work's wording: text in
    quotation marks, emphasis, and emphasis marks as written; with ``line`` (the start
    and end of a line of the text), only those of that line, and every emphasis span."""
    from jpterms.citations import quoted_spans

    text = segment.text
    begin, end = (0, len(text)) if line is None else line
    part = text if line is None else text[begin:end]
    pieces = [(begin + a, begin + b) for a, b in quoted_spans(part)]
    pieces += [(a, b) for a, b, role in segment.spans if role == EMPHASIS]
    pieces += [(begin + m.start(), begin + m.end()) for m in _EMPHASIS_MARKS.finditer(part)]
    return pieces


if TYPE_CHECKING:
    from jpterms.citations import Title
    from jpterms.glossary import Glossary
    from jpterms.lookup import TitleAnalysis
    from jpterms.romanize import WordReading


@dataclass(frozen=True)
class Rule:
    """A stable code, its kind and its examples."""

    code: str
    kind: str
    name: str
    summary: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()


@dataclass(frozen=True)
class Selection:
    """Which rules run: ``select`` (None: all) minus ``ignore``, by code or kind.

    Codes compare case-insensitively (``jp101`` is ``JP101``), kinds too.

    >>> s = Selection.of(["macron", "JP401"], ["jp101"])
    >>> s.enabled("JP101", "macron"), s.enabled("JP401", "division"), s.enabled("JP501", "particle")
    (False, True, False)
    """

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()

    @classmethod
    def of(cls, select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> Selection:
        """A selection from --select/--ignore names (codes or kinds, any case)."""
        chosen = frozenset(n.strip().upper() for n in select) if select else None
        return cls(chosen or None, frozenset(n.strip().upper() for n in ignore))

    def enabled(self, code: str, kind: str) -> bool:
        """Whether findings of this code and kind are wanted."""
        names = {code.upper(), kind.upper()}
        if self.select is not None and not names & self.select:
            return False
        return not names & self.ignore


@dataclass
class DocumentTitle:
    """A romanised title found in the document, with its source span and analysis."""

    title: Title
    #: Source offsets of the title's text.
    start: int
    end: int
    glossary: Glossary | None = field(default=None, repr=False)
    #: The document's analyses by (text, context), shared by its titles: a title cited
    #: again (the same work in the notes and the bibliography) is analysed once.
    shared: dict[tuple[str, str], TitleAnalysis] | None = field(
        default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.title.text

    @cached_property
    def analysis(self) -> TitleAnalysis:
        """The title's word-by-word analysis, computed on first use, once."""
        from jpterms.lookup import analyze_title

        key = (self.title.text, self.title.context)
        if self.shared is not None and (known := self.shared.get(key)) is not None:
            return known
        analysis = analyze_title(self.title.text, self.title.context, self.glossary)
        if self.shared is not None:
            self.shared[key] = analysis
        return analysis

    def source_span(self, begin: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[begin:end]``."""
        return self.title.source_span(begin, end)


@dataclass(frozen=True, slots=True)
class PairedSpan:
    """A written word its original decides: source offsets, and its spelling with the
    long vowels the original marks (``""``: right as written)."""

    start: int
    end: int
    suggestion: str
    confidence: str


#: How many circumflexes make them a document's own style (see
#: :attr:`Context.writes_circumflexes`); one title written Tôkyô is not a style.
CIRCUMFLEX_STYLE_MIN = 5
#: How many titles that write a particle as its kana (wo, ha, he), with none written as
#: said (o, wa, e), make that a document's own style (see
#: :attr:`Context.writes_kana_particles`); one *Nihon he no teigen*, cited once or often,
#: is a slip.
KANA_PARTICLE_STYLE_MIN = 5


@dataclass
class Context:
    """What a rule sees: the document, the style, the selection and the shared analysis."""

    document: Document
    style: str = "modified"
    glossary: Glossary | None = None
    selection: Selection = field(default_factory=Selection)

    def enabled(self, rule: Rule) -> bool:
        """Whether ``rule`` is selected: a rule skips work nobody asked for."""
        return self.selection.enabled(rule.code, rule.kind)

    @cached_property
    def terms(self) -> Glossary:
        """The glossary in use: the user's, or the bundled one."""
        from jpterms.glossary import Glossary

        return self.glossary if self.glossary is not None else Glossary.bundled()

    @cached_property
    def titles(self) -> tuple[DocumentTitle, ...]:
        """Every romanised title of the document, found once, in source order."""
        from jpterms.citations import find_titles

        found = []
        shared: dict[tuple[str, str], TitleAnalysis] = {}
        for title in find_titles(self.document):
            if title.subtitled and " " not in title.text and self._english_word(title.text):
                continue  # *Bushido: The Soul of Japan*: the English word, as English editions write it
            start, end = title.source_span(0, len(title.text))
            found.append(DocumentTitle(title, start, end, self.glossary, shared))
        found.sort(key=lambda t: t.start)
        return tuple(found)

    @cached_property
    def writes_circumflexes(self) -> bool:
        """Whether the document marks its long vowels with circumflexes (Tôkyô, kenkyû) as
        its own style: at least :data:`CIRCUMFLEX_STYLE_MIN` of them, and no fewer than
        its macrons. Such a document is consistent in another style, not wrong word by
        word (older Hepburn and Kunrei-shiki write circumflexes)."""
        source = self.document.written
        circumflexes = sum(map(source.count, "âîûêôÂÎÛÊÔ\u0302"))
        if circumflexes < CIRCUMFLEX_STYLE_MIN:
            return False
        return circumflexes >= sum(map(source.count, "āīūēōĀĪŪĒŌ\u0304"))

    @cached_property
    def writes_kana_particles(self) -> bool:
        """Whether the document writes the particles を, は and へ as their kana do (wo,
        ha, he) as its own style: at least :data:`KANA_PARTICLE_STYLE_MIN` different titles
        write one so after their first word, and no title writes o, wa or e there. A bibliography
        of early modern works may transliterate their titles' kana so on purpose
        (Drixler's *Ko wo mahiku oni ni mo masaru*, *Hito ha banbutsu no rei nite*): its
        particles are its style, not reported (JP501), as circumflexes written throughout
        are not.

        >>> Context(Document.from_text('"Nihon he no teigen"')).writes_kana_particles
        False
        """
        from jpterms.title_analysis import title_words

        kana: set[str] = set()  # the titles that write one so (a title cited twice: once)
        for title in self.titles:
            words = [w.lower() for w, _, _ in title_words(title.title.text)[1:]]
            if any(w in ("o", "wa", "e") for w in words):
                return False
            if any(w in ("wo", "ha", "he") for w in words):
                kana.add(title.title.text)
        return len(kana) >= KANA_PARTICLE_STYLE_MIN

    @cached_property
    def marked_spellings(self) -> frozenset[str]:
        """The words the document writes with a long mark, lower case and without it: a
        word it writes unmarked elsewhere (*Hokkaido [Hokkaidō]*) is then spelled two ways,
        not an English form chosen on purpose. Found once, when a rule asks.

        >>> sorted(Context(Document.from_text("Hokkaidō and Tōkyō-to, Hokkaido")).marked_spellings)
        ['hokkaido', 'tokyo']
        """
        from jpterms.kana import strip_macrons

        source = self.document.written
        words: set[str] = set()
        end = 0
        for mark in _LONG_MARK.finditer(source):  # rare letters: cheaper than a word pattern
            start = mark.start()
            if start < end:
                continue  # a second mark of the word already taken (Tōkyō)
            while start and source[start - 1].isalnum():
                start -= 1
            end = mark.end()
            while end < len(source) and source[end].isalnum():
                end += 1
            words.add(strip_macrons(source[start:end]).lower())
        return frozenset(words)

    @cached_property
    def paired_words(self) -> tuple[PairedSpan, ...]:
        """The romanised words that the original written right after them decides
        (``Ahen sensō 阿片戦争``; see :mod:`jpterms.paired`), found and read once, in
        source order."""
        from jpterms.paired import find_pairs, read_pair

        found: list[PairedSpan] = []
        romanizer = None
        readings: dict[str, list[WordReading]] = {}
        for segment in self.document.segments:
            pairs = find_pairs(segment.text)
            if not pairs:
                continue
            if romanizer is None:
                romanizer = self.terms.romanizer()
            for pair in pairs:
                for w in read_pair(segment.text, pair, romanizer, readings):
                    found.append(PairedSpan(segment.source_offset(w.start),
                                            segment.source_offset(w.end - 1) + 1,
                                            w.suggestion, w.confidence))
        found.sort(key=lambda p: p.start)
        return tuple(found)

    def _english_word(self, word: str) -> bool:
        """Whether English writes ``word`` as a word of its own (Zipf :data:`ENGLISH_FORM`:
        Bushido 2.3, Shogun 2.9; not Gukansho): the main title of one word before an English
        subtitle that is such a word is the English one, as English editions spell it."""
        from jpterms.language import LanguageGuesser
        from jpterms.prose import ENGLISH_FORM
        from jpterms.spelling import SpellingJudge

        guesser = LanguageGuesser.for_lexicon(SpellingJudge.for_glossary(self.glossary).lexicon)
        return guesser.word(word).english >= ENGLISH_FORM

    @cached_property
    def shows_no_japanese(self) -> bool:
        """Whether the document is long enough to show Japanese and shows none beyond
        single words the lexicon alone makes romaji (see
        :meth:`jpterms.language.LanguageGuesser.shows_no_japanese`): there a rule takes no
        lone word, and no run with fewer than two words only Japanese explains, for
        romanised Japanese. Asked only when a rule needs it.

        >>> from jpterms.document import Document
        >>> Context(Document.from_text('His father Kojo Elliot, "Ajo" (2016). ' * 20)).shows_no_japanese
        True
        """
        from jpterms.language import LanguageGuesser
        from jpterms.spelling import SpellingJudge

        guesser = LanguageGuesser.for_lexicon(SpellingJudge.for_glossary(self.glossary).lexicon)
        return guesser.shows_no_japanese(segment.text for segment in self.document.segments)

    def cites(self, offset: int) -> bool:
        """Whether the source ``offset`` lies in :attr:`cited_spans` (a cited work's own
        wording). A rule asks it for a finding or two, so unless the spans were needed
        whole, only those that may hold the offset are found: the fields and emphasis that
        hold it, and the quotation marks and emphasis marks of its line in a text as it
        stands in the source (none of those crosses a line end).

        >>> from jpterms.document import Document
        >>> ctx = Context(Document.from_text('See “Japan Communist Party Policy,” and *Sekai*.'))
        >>> [ctx.cites(offset) for offset in (3, 4, 34, 35, 41)], "cited_spans" in ctx.__dict__
        ([False, True, True, False, True], False)
        """
        from jpterms.citations import inside

        if "cited_spans" in self.__dict__:
            return inside(offset, self.cited_spans)
        for segment in self.document.segments:
            text = segment.text
            if not segment.source_offset(0) <= offset < segment.source_offset(len(text) - 1) + 1:
                continue  # (every span of a segment lies in its own stretch of the source)
            if segment.role in _CITED_ROLES:
                return True
            line = None
            if segment.offsets is None:
                at = offset - segment.start
                end = text.find("\n", at)
                line = (text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end)
            if any(segment.source_offset(a) <= offset < segment.source_offset(b - 1) + 1
                   for a, b in _cited_pieces(segment, line) if b > a):
                return True
        return False

    @cached_property
    def writes_other_script(self) -> bool:
        """Whether the document writes another language's script (see
        :meth:`jpterms.language.LanguageGuesser.writes_other_script`)."""
        from jpterms.language import LanguageGuesser

        return LanguageGuesser.writes_other_script(s.text for s in self.document.segments)

    @cached_property
    def title_spans(self) -> list[tuple[int, int]]:
        """The titles' source spans, sorted (for :func:`jpterms.citations.inside`)."""
        return sorted((t.start, t.end) for t in self.titles)

    @cached_property
    def cited_spans(self) -> list[tuple[int, int]]:
        """Source spans that reproduce a cited work's own wording, sorted: whole title,
        container and publisher fields, Markdown emphasis, and text in quotation marks.
        A rule may report a name there, but never as certain: a citation keeps the
        words the work was published under.

        >>> from jpterms.document import Document
        >>> doc = Document.from_text('See “Japan Communist Party Policy,” and *Sekai*.')
        >>> Context(doc).cited_spans
        [(4, 35), (40, 47)]
        """
        spans: list[tuple[int, int]] = []
        for segment in self.document.segments:
            if segment.role in _CITED_ROLES:
                spans.append((segment.source_offset(0),
                              segment.source_offset(len(segment.text) - 1) + 1))
                continue
            spans += [(segment.source_offset(a), segment.source_offset(b - 1) + 1)
                      for a, b in _cited_pieces(segment) if b > a]
        spans.sort()
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def matches(self, pattern: re.Pattern[str] | Alternation) -> Iterator[tuple[str, int, int]]:
        """Every match of ``pattern`` in the checked segments: (text, source start, end)."""
        for segment in self.document.segments:
            offsets = segment.offsets
            if offsets is None:
                base = segment.start
                for m in pattern.finditer(segment.text):
                    yield m.group(0), base + m.start(), base + m.end()
            else:
                for m in pattern.finditer(segment.text):
                    yield m.group(0), offsets[m.start()], offsets[m.end() - 1] + 1

    def make(
        self,
        start: int,
        end: int,
        rule: Rule,
        message: str,
        suggestions: Iterable[str] = (),
        *,
        confidence: str = LIKELY,
    ) -> Finding:
        """A finding for the source span ``[start, end)`` (source offsets).

        ``confidence`` is ``certain`` only when the first suggestion has no real
        alternative (``--fix`` applies it), ``likely`` when it is probably right
        (``--fix-unsafe``), ``possible`` when it is only worth a look.
        """
        if confidence not in CONFIDENCES:
            raise ValueError(f"unknown confidence {confidence!r}")
        doc = self.document
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        return Finding(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=rule.code,
            kind=rule.kind,
            text=doc.source[start:end],
            suggestions=tuple(suggestions),
            message=message,
            confidence=confidence,
            start=start,
            end=end,
        )


class Alternation:
    """The matches of ``before + "(?:" + "|".join(map(re.escape, words)) + ")" + after``,
    as that pattern's ``finditer`` gives them (the same spans and groups), found faster.

    Such a pattern starts with a look-behind (or ``\\b``), so the regex engine has no first
    character to skip to: at every place in the text it tries every word in turn. Here a
    one-character pattern finds the places where a word may start (one of the words' first
    characters, after none of ``not_before``), and only there the pattern of the words
    that begin with that character, in their order, is tried: the matches are the same
    provided ``before`` refuses a match after any character of ``not_before`` (a
    character class), as ``(?<![\\w'-])`` refuses ``[\\w'-]``, or ``\\b`` refuses ``\\w``
    before a word that starts with a letter.

    >>> names = Alternation(["Onoda", "Ono"], r"\\b", r"\\b", r"\\w")
    >>> [m.group() for m in names.finditer("Onoda, Ono, Onodera and Konoe Ono")]
    ['Onoda', 'Ono', 'Ono']
    """

    def __init__(self, words: Iterable[str], before: str, after: str, not_before: str) -> None:
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[:1], []).append(word)
        self._plain: re.Pattern[str] | None = None
        self._by_first: dict[str, re.Pattern[str]] = {}
        self._starts: re.Pattern[str] | None = None
        if "" in by_first:  # an empty word matches anywhere: the plain pattern, then
            self._plain = re.compile(before + "(?:" + "|".join(
                re.escape(w) for ws in by_first.values() for w in ws) + ")" + after)
            return
        self._by_first = {first: re.compile(before + "(?:" + "|".join(map(re.escape, ws)) + ")"
                                            + after) for first, ws in by_first.items()}
        # a first character, then a look-behind over it and the character before
        self._starts = re.compile("[" + "".join(map(re.escape, by_first)) + "](?<!"
                                  + not_before + ".)", re.DOTALL) if by_first else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in ``text``, left to right, none overlapping (as ``re.finditer``)."""
        if self._plain is not None:
            yield from self._plain.finditer(text)
            return
        if self._starts is None:
            return  # no word
        by_first = self._by_first
        end = 0
        for start in self._starts.finditer(text):
            at = start.start()
            if at < end:
                continue  # inside the last match
            m = by_first[text[at]].match(text, at)
            if m is not None:
                yield m
                end = max(m.end(), at + 1)
