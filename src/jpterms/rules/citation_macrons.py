"""Missing macrons in the romanised words of citations outside their titles (JP101):
authors, publishers, places, series, italic words.

Only words held to the style are read (:mod:`jpterms.citation_lines`): fields of BibTeX
and CSL-JSON entries, lines of a bibliography's entries, and lines that read as
citations. Publishers are read by the publisher table (:mod:`.publisher_names`), names
by JMnedict (:mod:`.citation_names`: a full name, an inverted author *Kato, Koji.*, a
family name alone in a short note), and other runs of romanised words by the lexicon
(:func:`citation_words`).

>>> from jpterms.check import check
>>> text = "Kato, Koji. *Nihon no kyogi*. Tokyo: Chuo Koron Sha, 1990."
>>> [(f.text, f.suggestions[0]) for f in check(text, path="a.md") if f.text != "kyogi"]
[('Kato', 'Katō'), ('Koji', 'Kōji'), ('Chuo', 'Chūō'), ('Koron', 'Kōron')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from jpterms.citation_lines import (
    CitationLines,
    citation_stretches,
    entry_stretches,
    held_to_style,
    is_bibliography,
    may_cite,
    overlaps,
    wrapped_entry_lines,
)
from jpterms.citations import inside
from jpterms.document import CONTAINER, EMPHASIS, PUBLISHER, TITLE, Segment
from jpterms.findings import LIKELY, POSSIBLE, Finding
from jpterms.kana import strip_macrons
from jpterms.language import AMBIGUOUS, ENGLISH, JAPANESE, OTHER, UNKNOWN, LanguageGuesser, Run
from jpterms.lookup import PARTICLES
from jpterms.pinyin import is_pinyin_text
from jpterms.prose import ENGLISH_FORM, ProseWords
from jpterms.romaji import parse_word
from jpterms.rules.base import Context
from jpterms.rules.citation_names import (
    NAME_BEFORE,
    full_names,
    given_name_as_written,
    given_name_either_way,
    western_order,
)
from jpterms.rules.japanese_words import (
    TITLE_WORD,
    compounds_only_japanese_explains,
    taken_for_japanese,
)
from jpterms.rules.lone_words import lone_title, lone_word
from jpterms.rules.publisher_names import (
    AFTER_PUBLISHER,
    foreign_name,
    house_publishers,
    imprint_publishers,
    publishers,
)
from jpterms.rules.title_codes import MACRON, RESTS_ON_NAME, RESTS_ON_PUBLISHER
from jpterms.rules.title_macrons import japanese_alone, lexicon_only
from jpterms.spelling import MacronVerdict, SpellingJudge, with_long_vowels


def _short_note_titles(text: str, guesser: LanguageGuesser) -> frozenset[int]:
    """Where an emphasised title begins right after a short note's author ("48. Takahashi,
    *Zaigomachi*, 134–135."; "; see Arimoto, *Shinshu,* 151"): a cited work, though a
    short note gives no year to make its line a citation.

    >>> text = "48. Takahashi, *Zaigomachi*, 134–135. He wrote *kaihatsu* too."
    >>> sorted(_short_note_titles(text, LanguageGuesser()))
    [16]
    """
    return frozenset(m.end() for m in short_note_authors(text, guesser)
                     if text[m.end() - 1] in "*_")


def short_note_authors(text: str, guesser: LanguageGuesser) -> Iterator[re.Match[str]]:
    """The matches of :data:`_SHORT_NOTE` in ``text``: a short note's author (group 1) and
    the mark of its title; not a name after a capitalised word other than an English one
    (See Arimoto, *Shinshu*): that is a full name's given name (Ota Motoko, ed.,
    *Kinsei*; Hozumi Hoan, *Kyumin*), a full citation read whole elsewhere.

    >>> text = "See Ota, *Kodakara*; Ota Motoko, ed., *Kinsei*"
    >>> [m.group(1) for m in short_note_authors(text, LanguageGuesser())]
    ['Ota']
    """
    for m in _in_lines_holding(_SHORT_NOTE_CORE, _SHORT_NOTE, text):
        before = NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        if before is None or guesser.word(before.group(0).strip()).language == ENGLISH:
            yield m


#: A short note's author and title: "Ota, _The Chronicle_," "Ota, ed., *Kinsei*", wherever
#: the name starts a word (after a note's number, "in", "and", "see for example", "; "...:
#: the cited title after it is the evidence: Drixler's notes +23 words, no false alarm).
_SHORT_NOTE = re.compile(
    r"(?<![\w'’-])"
    r"([A-Z][a-z]{1,12}),[ \t]*(?:eds?\.,[ \t]*)?[“\"*_]", re.MULTILINE)
#: What every match of _SHORT_NOTE holds (from its name on): see :func:`_in_lines_holding`.
_SHORT_NOTE_CORE = re.compile(r"[A-Z][a-z]{1,12},[ \t]*(?:eds?\.,[ \t]*)?[“\"*_]")


def _in_lines_holding(core: re.Pattern[str], pattern: re.Pattern[str],
                      text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, for a pattern whose every match lies within one line and
    holds a match of ``core``: ``pattern`` is searched only in the lines where ``core`` is
    found, which a pattern starting with a choice of places (a line's start, after "in",
    "; " ...) makes far cheaper, as the engine tries each choice at every place."""
    end = -1  # the end of the last line searched
    for found in core.finditer(text):
        if found.start() < end:
            continue  # its line is searched already
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        if end == -1:
            end = len(text)  # the last line
        yield from pattern.finditer(text, start, end)


def citation_words(ctx: Context, judge: SpellingJudge, guesser: LanguageGuesser,
                   marks: bool) -> Iterator[Finding]:
    """Missing macrons in the romanised words of citations outside the titles already
    analysed: author and publisher names, places, series, italic titles.

    Running prose may write names without macrons (Shinzo Abe, Tokyo): only lines that
    read as citations (a year, and an italic or quoted title) and the fields of BibTeX
    and CSL-JSON entries are held to the style. Each segment is read in steps
    (:func:`_segment_words`) that share what it holds (:class:`_CitedSegment`).
    """
    source = ctx.document.source
    everywhere = any(seg.role == TITLE for seg in ctx.document.segments) or \
        is_bibliography(source)
    entries = [] if everywhere else wrapped_entry_lines(source)
    for segment in ctx.document.segments:
        cited = _cited_segment(ctx, segment, everywhere, entries, guesser)
        if cited is not None:
            yield from _segment_words(cited, judge, guesser, marks)


@dataclass
class _CitedSegment:
    """One segment's citation parts, shared by the steps of :func:`_segment_words`: where
    its words are held to the style, and what the steps before decided."""

    ctx: Context
    segment: Segment
    #: a field of an entry, or any segment of a bibliography: every word is held
    fielded: bool
    #: the segment lies on a line of a bibliography's wrapped entry
    in_entry: bool
    entries: list[tuple[int, int]]
    cited: CitationLines
    #: the stretches of the text where a run may lie on a citation line (None: all of it)
    stretches: list[tuple[int, int]] | None
    #: whether ``text[start:end]`` is held to the style (:func:`held_to_style`)
    checked: Callable[[int, int], bool]
    #: words decided (or left to the writer) as a publisher's or an author's name: no
    #: other step reads them
    published: dict[tuple[int, int], str] = field(default_factory=dict)
    #: where a finding on this segment starts
    reported: set[int] = field(default_factory=set)

    @property
    def text(self) -> str:
        return self.segment.text

    def needs_macron(self, start: int, end: int, word: str, spelled: str, confidence: str,
                     why: str = "") -> Finding:
        """A missing-macron finding on ``word``, ``text[start:end]``; ``why``: the
        evidence it rests on, when not the lexicon alone."""
        because = f" ({why})" if why else ""
        return self.ctx.make(self.segment.source_offset(start),
                             self.segment.source_offset(end - 1) + 1, MACRON,
                             f"'{word}' needs a macron: '{spelled}'{because}", [spelled],
                             confidence=confidence)


def _cited_segment(ctx: Context, segment: Segment, everywhere: bool,
                   entries: list[tuple[int, int]],
                   guesser: LanguageGuesser) -> _CitedSegment | None:
    """The citation parts of ``segment``; ``None`` where no line of it can read as a
    citation (no run would be checked)."""
    text = segment.text
    fielded = everywhere or segment.role == TITLE
    in_entry = bool(entries) and text != "" and overlaps(
        entries, segment.source_offset(0), segment.source_offset(len(text) - 1) + 1)
    if not (fielded or in_entry or may_cite(text)):
        return None
    if segment.role in (TITLE, CONTAINER, PUBLISHER) and is_pinyin_text(text):
        return None  # a Chinese work's title or publisher, in pinyin (Zhongguo jindai shi)
    cited = CitationLines(text)
    lines_only = not (fielded or in_entry)
    stretches = citation_stretches(text, guesser.stretches(text)) if lines_only else None
    checked = partial(held_to_style, segment, ctx.title_spans, entries if in_entry else None,
                      fielded, cited)
    return _CitedSegment(ctx, segment, fielded, in_entry, entries, cited, stretches, checked)


def _segment_words(seg: _CitedSegment, judge: SpellingJudge, guesser: LanguageGuesser,
                   marks: bool) -> Iterator[Finding]:
    """The findings of :func:`citation_words` on one segment, step by step: publishers
    and authors first (their words are decided there), then words alone, runs of
    romanised words, compounds in an English title, house words, and family names in
    short notes. (A writer who marks long vowels is trusted with names and publishers:
    only runs and imprints are read.)"""
    houses: dict[tuple[int, int], str] = {}  # house words of names the table lacks
    yield from _publisher_words(seg, judge, marks, houses)
    yield from _inverted_author_words(seg, judge, guesser, marks)
    if not marks:
        yield from _lone_citation_words(seg, judge, guesser)
    yield from _run_words(seg, judge, guesser, marks)
    ctx, text = seg.ctx, seg.text
    if not marks and seg.segment.role == TITLE and not ctx.shows_no_japanese:
        for ws, we, spelled in _compounds_in_english(seg.segment, text, ctx.title_spans,
                                                     judge, guesser):
            if ws not in seg.reported:
                seg.reported.add(ws)
                yield seg.needs_macron(ws, we, text[ws:we], spelled, POSSIBLE)
    for (hs, he), spelled in houses.items():
        if hs not in seg.reported and (hs, he) not in seg.published and spelled != text[hs:he]:
            yield seg.needs_macron(hs, he, text[hs:he], spelled, LIKELY, RESTS_ON_PUBLISHER)
    if not marks:
        yield from _short_author_words(seg, judge, guesser)


def _publisher_words(seg: _CitedSegment, judge: SpellingJudge, marks: bool,
                     houses: dict[tuple[int, int], str]) -> Iterator[Finding]:
    """Publishers' names the publisher table reads (:mod:`.publisher_names`), kept in
    ``seg.published``; a house word of a name the table lacks goes to ``houses``."""
    text, spans = seg.text, seg.ctx.title_spans
    published = {} if marks else publishers(text, judge, seg.stretches, seg.checked)
    if not marks:  # and a publisher named in an imprint, whatever marks the title,
        # or named with its house word wherever it stands
        published = {**house_publishers(text, judge, seg.segment, spans, houses),
                     **imprint_publishers(text, judge, seg.segment, spans), **published}
    for (ps, pe), spelled in published.items():
        if spelled != text[ps:pe]:
            yield seg.needs_macron(ps, pe, text[ps:pe], spelled, LIKELY, RESTS_ON_PUBLISHER)
    seg.published = published


def _inverted_author_words(seg: _CitedSegment, judge: SpellingJudge,
                           guesser: LanguageGuesser, marks: bool) -> Iterator[Finding]:
    """Authors' names turned round at the head of an entry (:func:`_inverted_authors`),
    decided here (or left to the writer): no other step reads these words."""
    text = seg.text
    inverted = {} if marks else _inverted_authors(text, judge, guesser, seg.checked)
    for (ns, ne), (spelled, sure) in inverted.items():
        if spelled and spelled != text[ns:ne]:
            yield seg.needs_macron(ns, ne, text[ns:ne], spelled, sure, RESTS_ON_NAME)
    seg.published = {**seg.published, **{span: s for span, (s, _) in inverted.items()}}


def _lone_citation_words(seg: _CitedSegment, judge: SpellingJudge,
                         guesser: LanguageGuesser) -> Iterator[Finding]:
    """Single words where a title or a publisher stands (:func:`_lone_words`), read by
    the lexicon alone; a short note's title as a title of one word."""
    text, ctx = seg.text, seg.ctx
    short = _short_note_titles(text, guesser)
    for ws, we in _lone_words(seg.segment, text, seg.stretches, seg.checked, short):
        if (ws, we) in seg.published:
            continue
        reading = partial(_read_alone, text[ws:we], ctx)
        lone = lone_word(text[ws:we], judge, guesser, reading)
        if lone is None and ws in short:
            # a short note's title, as a title of one word (Arimoto, *Shinshu*)
            lone = lone_title(text[ws:we], judge, guesser, reading)
        if lone is not None and not ctx.shows_no_japanese:
            seg.reported.add(ws)
            yield seg.needs_macron(ws, we, text[ws:we], lone, POSSIBLE)


def _run_words(seg: _CitedSegment, judge: SpellingJudge, guesser: LanguageGuesser,
               marks: bool) -> Iterator[Finding]:
    """The words of runs of romanised words held to the style (:func:`_held_run`): a
    full name decides its words; any other word is read by the lexicon
    (:func:`_run_word`)."""
    text, segment = seg.text, seg.segment
    read = entry_stretches(segment, text, seg.entries, guesser.stretches(text)) \
        if seg.in_entry and not seg.fielded else seg.stretches
    foreign_house = segment.role == PUBLISHER and foreign_name(text, guesser)
    # in a title field, an English possessive on a name (*Hashino Shogen’s agreement*)
    # ends the name's run as a comma would, so the name is read (same offsets)
    runs_text = _POSSESSIVE.sub(r"\1, ", text) if seg.fielded and _POSSESSIVE.search(text) \
        else text
    for run in () if foreign_house else guesser.runs(runs_text, spans=read):
        if not _held_run(seg, run, guesser):
            continue
        single = len(run.words) == 1
        if single and not (seg.fielded or seg.cited.emphasised(run.start, run.end)):
            # one capitalised word in a citation line, or on a line an entry wrapped
            # onto (Ryukyu in an English title): too little to go on
            continue
        # (a writer who marks long vowels is trusted with names: nothing to decide)
        names = {} if marks else full_names([w for w, _, _, _ in run.words], judge,
                                            text, run.words, people=True)
        # two words alone, not a longer run (Heibonsha Chiho Shiryo Senta); whether
        # they name a person in the English order is asked only before a finding
        two = len(run.words) == 2 and not text[run.words[0][2]:run.words[1][1]].strip()
        western: bool | None = None
        for index, (word, ws, we, verdict) in enumerate(run.words):
            if (ws, we) in seg.published:
                continue  # a publisher's name, decided above
            if index in names:
                spelled = names[index]
                if spelled != word and not marks:
                    if western is None:
                        western = two and western_order(run.words[0][0], run.words[1][0],
                                                        judge)
                    if western:
                        continue  # a person named in the English order: their spelling
                    seg.reported.add(ws)
                    yield seg.needs_macron(ws, we, word, spelled, LIKELY, RESTS_ON_NAME)
                continue
            found = _run_word(run, index, judge, guesser, marks)
            if found is None:
                continue
            if western is None:
                western = two and western_order(run.words[0][0], run.words[1][0], judge)
            if western:
                continue  # a person named in the English order: their own spelling
            found = lexicon_only(found, japanese_alone([x[0] for x in run.words],
                                                       [x[3] for x in run.words], index)) or found
            confidence = POSSIBLE if verdict.language == AMBIGUOUS else found.confidence
            seg.reported.add(ws)
            yield seg.needs_macron(ws, we, word, found.suggestion, confidence)


def _held_run(seg: _CitedSegment, run: Run, guesser: LanguageGuesser) -> bool:
    """Whether a run's words are held to the style and read as Japanese: on a field, an
    entry's line or a citation line, outside the titles (analysed whole), not among
    words of another language, and taken for Japanese in this document."""
    segment, spans = seg.segment, seg.ctx.title_spans
    first = segment.source_offset(run.start)
    entry = seg.in_entry and inside(first, seg.entries)
    if not (seg.fielded or entry or seg.cited(run.start, run.end)):
        return False
    if inside(first, spans) or inside(segment.source_offset(run.end - 1), spans):
        return False  # a title: analysed whole
    if _among_foreign(seg.text, run, guesser):
        return False  # Apo tou Nilou mehri tou Dounaveos (Greek): not a Japanese phrase
    # Kojo Elliot, Maina Muiruri in English that shows no Japanese
    return taken_for_japanese(seg.ctx, (w for w, _, _, _ in run.words), guesser)


def _run_word(run: Run, index: int, judge: SpellingJudge, guesser: LanguageGuesser,
              marks: bool) -> MacronVerdict | None:
    """The lexicon's verdict on the ``index``-th word of a run that no full name decides,
    or ``None`` where it lacks no macron or is someone's own spelling."""
    word, _, _, verdict = run.words[index]
    if verdict.language == AMBIGUOUS and (marks or word.lower() in PARTICLES):
        return None  # Tokyo, sake, no: English or a particle, as the writer wishes
    if marks and verdict.english >= ENGLISH_FORM:
        return None  # shogun, daimyo: an English form, from a writer who marks
        # long vowels where they mean the Japanese word (as prose reads it)
    found = judge.missing_macron(word, trusts_as_written=marks)
    if found is None:
        return None
    if found.confidence == POSSIBLE and len(run.words) > 1:
        # a guess at a capitalised word among others of a name: the spelling
        # the names give its letters (Yamamoto Jocho: Jōchō, not 情緒 jōcho)
        named = ProseWords.for_judge(judge, guesser).name_spelling(word)
        if named is not None and named != found.suggestion:
            found = MacronVerdict(named, POSSIBLE, found.alternatives)
    if given_name_as_written(word, judge):
        return None  # Yoshiki: 38 people so, none Yōshiki (yōshiki 様式 is a noun)
    if found.confidence == POSSIBLE and index == 1 and len(run.words) == 2 and \
            given_name_either_way(word, judge):
        # a family and a given name: Taguchi Yukichi, 2 of 14 Yukichi so, no guess at
        # Yūkichi (a body's name runs longer: Kinsei Chiho Keizai ... Chihō)
        return None
    return found


def _short_author_words(seg: _CitedSegment, judge: SpellingJudge,
                        guesser: LanguageGuesser) -> Iterator[Finding]:
    """A family name alone where a citation names its author ("in Ota, ed.", "Ota,
    “Tosa hanryo-nai”"): read as most bearers of that name read it."""
    text = seg.text
    for m in _in_lines_holding(_SHORT_AUTHOR_CORE, _SHORT_AUTHOR, text):
        ws, we = m.span(1)
        if ws in seg.reported or (ws, we) in seg.published or not seg.checked(ws, we):
            continue
        if guesser.word(m.group(1)).english >= ENGLISH_SURNAME:
            continue  # Moran, Cho: a name English (or Korean) writes so
        if m.group("initials") and not _japanese_title_after(text, m.end(), guesser):
            continue  # Kudo, T., Yamamoto, K.: authors of an English work, as they
            # spell their names
        surname = judge.surname(m.group(1))
        if surname is not None and not seg.ctx.shows_no_japanese:
            yield seg.needs_macron(ws, we, m.group(1), surname, LIKELY, RESTS_ON_NAME)


def _compounds_in_english(segment: Segment, text: str, spans: list[tuple[int, int]],
                          judge: SpellingJudge, guesser: LanguageGuesser
                          ) -> Iterator[tuple[int, int, str]]:
    """In a title field that is no romanised title (an English title: *A Translation and
    Study of the Gukansho*), a compound no list knows whole that only Japanese explains
    (:func:`compounds_only_japanese_explains`: 愚管抄 *Gukanshō* as gukan + shō), with
    the macrons the lexicon reads it with: (start, end, spelling). A run of romanised
    words needs a word a list knows (:meth:`LanguageGuesser.runs`), so such a word alone
    among English ones was read by no rule."""
    for m in _LONG_WORD.finditer(text):
        if inside(segment.source_offset(m.start()), spans):
            return  # a romanised title: analysed whole
        verdict = guesser.word(m.group(0))
        if verdict.language == UNKNOWN and \
                compounds_only_japanese_explains([verdict], judge, guesser):
            found = judge.missing_macron(m.group(0))
            if found is not None:
                yield m.start(), m.end(), with_long_vowels(m.group(0), found.suggestion)


#: An English possessive after a capitalised word of letters (Shogen’s): romaji never ends in s.
_POSSESSIVE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)['’]s(?![\w'’-])")
#: A word of letters alone, capitalised, perhaps of parts joined by hyphens (Kakuzo-ryu),
#: long enough to be a compound (:data:`_COMPOUND_LETTERS`): a word of a title, not a
#: handle (kokotatan).
_LONG_WORD = re.compile(r"(?<![\w'’-])(?=[A-Za-z-]{7})[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*(?![\w'’-])")


def _japanese_title_after(text: str, at: int, guesser: LanguageGuesser) -> bool:
    """Whether what follows ``at`` on its line, up to the next comma or bracket, holds two
    words only Japanese explains: the title after an author's initials (*Kato, Y.,
    “Shanhai ryakushi”*), not the next author (*Kudo, T., Yamamoto, K.*) nor an English
    title (*Ito, T., Life along the South Manchurian Railway*)."""
    end = text.find("\n", at)
    piece = _AUTHOR_TAIL.match(text, at, len(text) if end == -1 else end)
    words = TITLE_WORD.findall(piece.group(0)) if piece else []
    return sum(guesser.word(w).language == JAPANESE for w in words) >= 2


#: What follows an author's initials up to a comma or a bracket (or the line's end).
_AUTHOR_TAIL = re.compile(r"[^,(\[]*")


def _inverted_authors(text: str, judge: SpellingJudge, guesser: LanguageGuesser,
                      checked: Callable[[int, int], bool]
                      ) -> dict[tuple[int, int], tuple[str, str]]:
    """An author's name turned round at the head of an entry, as Chicago and MLA lists
    write it (``Kato, Koji.``, ``* Otsuki, Makoto.``): the family name read as most
    bearers read it (Katō, Ōtsuki), the given name as most people JMnedict lists with
    it (Kōji), likely; a given name few people bear as two thirds of them read it,
    possible (Shōju). Each name's span maps to its spelling and confidence, or to ""
    where the names decide nothing: a word's reading as a common noun is no evidence
    for a person's name (Shoju is not shōjū), so no other rule reads it there."""
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for m in _INVERTED_AUTHOR.finditer(text):
        (fs, fe), (gs, ge) = m.span(1), m.span(2)
        family, given = m.group(1), m.group(2)
        if not (checked(fs, fe) and checked(gs, ge)) or \
                guesser.word(family).english >= ENGLISH_SURNAME:
            continue  # Moran, Joseph: a name English writes so
        if not judge.name_people(family, family=True) and judge.surname(family) is None:
            continue  # no Japanese family name: Smith, John
        out[fs, fe] = (judge.surname(family) or judge.name_part(family, family=True) or "",
                       LIKELY)
        common = judge.name_part(given, family=False)
        out[gs, ge] = (common, LIKELY) if common else (_few_bearers(given, judge), POSSIBLE)
    return out


def _few_bearers(given: str, judge: SpellingJudge) -> str:
    """A given name too few people bear for :meth:`SpellingJudge.name_part`, as two
    thirds of those JMnedict lists read it, where that adds macrons (Shuntaro: 9
    people, all Shuntarō); "" otherwise."""
    counts = judge.name_people(given, family=False)
    total = sum(counts.values())
    if not total:
        return ""
    spelled, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if 3 * n < 2 * total or strip_macrons(spelled) == spelled:
        return ""
    return with_long_vowels(given, spelled)


#: An author's name turned round at the head of an entry: a list mark or number, bold
#: perhaps, the family name, a comma, the given name, then its end (``.``, ``,``, ``(``).
_INVERTED_AUTHOR = re.compile(
    r"^[ \t]*(?:(?:[-*+]|\d{1,4}\.)[ \t]+)?(?:\*\*)?([A-Z][a-z]{1,12}),[ \t]+"
    r"([A-Z][a-z]{1,14})(?=[ \t]*[.,(*])", re.MULTILINE)


#: A family name English writes at least this often (Zipf: Moran 3.4, Cho 3.5; Ito 3.2,
#: Ryu 3.2) is not read as a Japanese one from its place in a citation alone.
ENGLISH_SURNAME = 3.3
#: A family name alone in an author's place: at a line's start or after "in", "and", "; ",
#: ". ", "See", and before ", ed." or the title's quotation or emphasis mark.
_SHORT_AUTHOR = re.compile(
    r"(?:^|\bin[ \t]|\band[ \t]|;[ \t]|\.[ \t]|\b[Ss]ee[ \t]|\b[Cf]f\.[ \t])"
    r"([A-Z][a-z]{1,12}),[ \t]*(?:eds?\.|[“\"*_]|(?P<initials>[A-Z]\.(?:[ \t-]?[A-Z]\.)*,))",
    re.MULTILINE)
#: What every match of _SHORT_AUTHOR holds (from its name on): see :func:`_in_lines_holding`.
_SHORT_AUTHOR_CORE = re.compile(
    r"[A-Z][a-z]{1,12},[ \t]*(?:eds?\.|[“\"*_]|[A-Z]\.(?:[ \t-]?[A-Z]\.)*,)")


#: The words joined to a run by single spaces, before it and after it (the one before is
#: found by :func:`_joined_before`, which gives this pattern's answer).
_JOINED_BEFORE = re.compile(r"(?:[A-Za-z]+ )+$")
_JOINED_AFTER = re.compile(r"(?: [A-Za-z]+)+")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _joined_before(text: str, end: int, reach: int = 200) -> str | None:
    """What ``_JOINED_BEFORE.search(text, max(0, end - reach), end)`` finds (None: nothing),
    read backwards from ``end``: the search tries every start in the ``reach`` characters
    before and reads on from each, most of the time a checked text spent on run phrases.

    >>> _joined_before("Apo tou Nilou", 8), _joined_before("x, R. Pischel kohyo", 14)
    ('Apo tou ', 'Pischel ')
    """
    low = max(0, end - reach)
    # $ matches at the end, or before a line break that ends the text searched
    stop = end - 1 if end - 1 >= low and text[end - 1] == "\n" else end
    found = None
    at = stop
    while at - 1 >= low and text[at - 1] == " ":  # one more "letters, space" before
        begin = at - 1
        while begin - 1 >= low and text[begin - 1] in _ASCII_LETTERS:
            begin -= 1
        if begin == at - 1:
            break
        found = at = begin
    return None if found is None else text[found:stop]


def _among_foreign(text: str, run: Run, guesser: LanguageGuesser) -> bool:
    """Whether the phrase a run stands in (the words joined to it by spaces alone) holds at
    least as many words that cannot be romaji and are no English as the run has words: the
    phrase is in another language (*Apo tou* in the Greek *Apo tou Nilou mehri tou
    Dounaveos*), while one foreign name beside a Japanese title leaves it Japanese
    (*R. Pischel kohyo Bonbun danken ni tsuite*); a run of one word is left to the rules.

    >>> guesser = LanguageGuesser()
    >>> text = "Apo tou Nilou mehri tou Dounaveos [From Nile to Danube]"
    >>> _among_foreign(text, guesser.runs(text)[0], guesser)
    True
    >>> text = "R. Pischel kohyo Bonbun danken ni tsuite [On fragments]"
    >>> [_among_foreign(text, r, guesser) for r in guesser.runs(text)]
    [False]
    """
    if len(run.words) < 2:
        return False  # one word beside a foreign one (Bamiyan and Eastern Turkestan)
    before = _joined_before(text, run.start)
    after = _JOINED_AFTER.match(text, run.end, run.end + 200)
    around = (before.split() if before else []) + \
        (after.group(0).split() if after else [])
    foreign = sum(1 for w in around
                  if parse_word(w) is None and guesser.word(w).language == OTHER)
    return foreign >= len(run.words)


def _read_alone(word: str, ctx: Context) -> str:
    """The conversion's reading of ``word`` as a title of its own (*Kyoyugaki*: kyōyu ga
    ki, 教諭が来), asked only to settle a toss-up (:func:`.title_macrons.settled`)."""
    from jpterms.lookup import analyze_title

    return analyze_title(word, "", ctx.glossary).romaji


def _lone_words(segment: Segment, text: str, stretches: list[tuple[int, int]] | None,
                checked: Callable[[int, int], bool],
                short: frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """Single words that stand alone where a title or a publisher stands in a citation:
    emphasised alone (*Bushido*), or a capitalised word in the publisher's place
    ("Teiyusha, 1906"). ``short``: where the titles of short notes begin (see
    :func:`_short_note_titles`), cited there with no year ("Takahashi, *Zaigomachi*, 57")."""
    for start, end, role in segment.spans:
        if role != EMPHASIS:
            continue
        while end > start and text[end - 1] in ",.;:":
            end -= 1  # the comma a wiki's italics hold (*Gukansho,* pp. 262–263)
        if TITLE_WORD.fullmatch(text, start, end) and (start in short or checked(start, end)):
            yield start, end
    for begin, end in ((0, len(text)),) if stretches is None else stretches:
        for m in _LONE_CAPITALISED.finditer(text, begin, end):
            if AFTER_PUBLISHER.match(text, m.end()) and checked(m.start(), m.end()):
                yield m.start(), m.end()


#: A capitalised word alone between punctuation: ". Teiyusha, 1906", or opening a
#: bracket: "(Hozokan, 2001)", as a citation without the place gives its publisher.
#: (The look-behind after the capital: the engine then skips to each capital.)
_LONE_CAPITALISED = re.compile(r"[A-Z](?:(?<=[.:;][ \t][A-Z])|(?<=\([A-Z]))[a-z]{3,}(?=,)")
