"""Rules on romanised citation titles: macron, system, spelling, division, particle.

Each title is analysed once (:func:`jpterms.lookup.analyze_title`): every
written word gets the Japanese word it stands for, chosen by the glossary, the
Mozc dictionary and the bracketed English translation, and the whole title is
converted to kanji and romanised again. Written and correct forms are then
compared word by word: a vowel the correct form writes long is a missing
macron, a Kunrei-shiki syllable is a system error, a word the correct form
splits is a division error.

This module holds the family's entry point (:func:`findings`) and what each title
needs (:func:`_analysed_title`); the judgements it draws on have modules of their
own: the codes (:mod:`.title_codes`), whether words are Japanese at all
(:mod:`.japanese_words`), one title read word by word (:mod:`.title_reading`), the
alignment of written and correct words (:mod:`.title_alignment`), macron verdicts
(:mod:`.title_macrons`; on a word alone, :mod:`.lone_words`), romanisation styles
(:mod:`.title_styles`), word division (:mod:`.title_division`), particles
(:mod:`.title_particles`), and, outside the titles, citation lines
(:mod:`jpterms.citation_lines`), citation words (:mod:`.citation_macrons`,
:mod:`.publisher_names`, :mod:`.citation_names`), macrons decided elsewhere
(:mod:`.macrons_elsewhere`) and the last look at a macron finding
(:mod:`.macron_finish`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from jpterms.citation_lines import overlaps
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.language import AMBIGUOUS, CODE, ENGLISH, JAPANESE, OTHER, LanguageGuesser
from jpterms.lookup import PARTICLES
from jpterms.prose import ENGLISH_FORM
from jpterms.romaji import parse_word, word_systems
from jpterms.rules.base import Context, DocumentTitle
from jpterms.rules.citation_macrons import citation_words
from jpterms.rules.citation_names import TWO_NAMES, western_order
from jpterms.rules.japanese_words import (
    TITLE_WORD,
    compounds_only_japanese_explains,
    taken_for_japanese,
)
from jpterms.rules.lone_words import lone_lower, lone_title, lone_word
from jpterms.rules.macron_finish import (
    SYLLABIC_N_APOSTROPHE,
    english_form_unfixed,
    in_writers_marks,
    institution,
    period,
)
from jpterms.rules.macrons_elsewhere import (
    SPREAD_ENGLISH,
    elsewhere,
    emphasised_terms,
    prose_words,
    short_notes,
)
from jpterms.rules.publisher_names import publisher_fields
from jpterms.rules.title_codes import (
    DIVISION,
    MACRON,
    OTHER_STYLE,
    PARTICLE,
    RESTS_ON_FULL_NAME,
    RESTS_ON_ORIGINAL,
    RESTS_ON_PUBLISHER,
    RULES,
    SPELLING,
    SYSTEM,
)
from jpterms.rules.title_division import JOINED_PARTICLES
from jpterms.rules.title_macrons import (
    CLOSING_WORDS,
    closing_compound,
    era_word,
    lord_word,
    lords,
)
from jpterms.rules.title_particles import (
    PARTICLE_FIX,
    particle_findings,
)
from jpterms.rules.title_reading import (
    read_title,
    word_findings,
)
from jpterms.rules.title_styles import (
    CIRCUMFLEXES,
    OTHER_SYSTEM,
    marks_long_vowels,
)
from jpterms.spelling import SpellingJudge

__all__ = ["DIVISION", "MACRON", "OTHER_STYLE", "PARTICLE", "RULES", "SPELLING", "SYSTEM",
           "findings"]


def findings(ctx: Context) -> Iterator[Finding]:
    """Findings for every romanised title in the document, then for the romanised words
    of citations outside titles (authors, publishers, places, italic titles)."""
    judge = SpellingJudge.for_glossary(ctx.glossary)
    guesser = LanguageGuesser.for_lexicon(judge.lexicon)
    marks = marks_long_vowels(ctx.document.written)
    # what each title needs (_needs_analysis), by its text, translation, original and
    # trust: a work cited again is looked at once
    needs: dict[tuple[str, str, str, bool], str] = {}
    if not ctx.enabled(MACRON):
        for title in ctx.titles:
            yield from _title_findings(ctx, title, judge, guesser, marks, needs)
        return
    # a word written right before its own original (Ahen senso 阿片戦争) is decided by it:
    # no other evidence reports a macron there
    paired = [(p.start, p.end) for p in ctx.paired_words]
    found: list[Finding] = []
    if not marks:
        # a publisher field the shipped table reads one way (publisher = {Chuo Koron Sha})
        # is decided by it, like a pair
        for (start, end), (written, spelled) in publisher_fields(ctx, judge).items():
            paired.append((start, end))
            if spelled != written:
                found.append(ctx.make(start, end, MACRON, f"'{written}' needs a macron: "
                                      f"'{spelled}' ({RESTS_ON_PUBLISHER})", [spelled],
                                      confidence=LIKELY))
        paired.sort()
    for title in ctx.titles:
        for f in _title_findings(ctx, title, judge, guesser, marks, needs):
            if not (paired and f.code == MACRON.code and overlaps(paired, f.start, f.end)):
                found.append(f)
    found.extend(f for f in citation_words(ctx, judge, guesser, marks)
                 if not (paired and overlaps(paired, f.start, f.end)))
    found.extend(_paired_findings(ctx, guesser, marks))
    if not marks:
        emphasised = list(emphasised_terms(ctx, found, judge, guesser))
        found.extend(emphasised)
        found.extend(short_notes(ctx, found, judge, guesser))
    source = ctx.document.source
    # a writer who never sets off a syllabic n with an apostrophe (henyō, Shinichi) is
    # given a suggestion in that convention: a macron finding changes vowels only
    apostrophes = SYLLABIC_N_APOSTROPHE.search(ctx.document.written) is not None
    marked = partial(in_writers_marks, ctx, apostrophes=apostrophes)

    plurals: dict[str, bool] = {}  # whether the document writes a word with an s after it

    def own(f: Finding) -> Finding:
        return english_form_unfixed(marked(f), guesser, source, plurals)

    def kept(f: Finding) -> bool:
        """Not a body's own English name (Keio University) nor a period's (the Kofun period)."""
        return not institution(source, f) and not period(source, f, judge)

    yield from (own(f) for f in found if kept(f))
    if not marks:
        # a term the writer emphasised (*kakocho*) is that term in running text too,
        # unless English writes it (shogun)
        terms = {f.text for f in emphasised
                 if f.text.islower() and guesser.word(f.text).english < SPREAD_ENGLISH}
        spread = list(elsewhere(ctx, found, judge, guesser, terms=terms))
        yield from (own(f) for f in spread if kept(f))
        prose = list(prose_words(ctx, found + spread, judge, guesser))
        yield from (own(f) for f in prose if kept(f))
        # a name a full name decided in the prose (Nakano Shogen, Otomo Sorin) is that
        # name where it stands alone too (Shogen's second son)
        named = [f for f in prose if f.message.endswith(f"({RESTS_ON_FULL_NAME})")]
        if named:
            again = elsewhere(ctx, found + spread + prose, judge, guesser,
                              only={f.text for f in named})
            yield from (own(f) for f in again if kept(f))


def _paired_findings(ctx: Context, guesser: LanguageGuesser, marks: bool) -> Iterator[Finding]:
    """Missing macrons that the original written right after the words shows
    (``Ahen senso 阿片戦争``: sensō). A writer who marks long vowels is trusted with
    words English also writes (Tokyo 東京), and none of their words is fixed unasked."""
    source = ctx.document.source
    for p in ctx.paired_words:
        if not p.suggestion:
            continue
        written = source[p.start:p.end]
        confidence = p.confidence
        if marks:
            verdict = guesser.word(written)
            if verdict.language in (AMBIGUOUS, ENGLISH, OTHER) or (
                    verdict.english >= ENGLISH_FORM
                    and written.lower() not in ctx.marked_spellings):
                continue
            if _written_again(source, written, p.start):
                continue  # Okuninushi 大国主, ten times in one essay: the writer's spelling
            if confidence == CERTAIN:
                confidence = LIKELY
        yield ctx.make(p.start, p.end, MACRON,
                       f"'{written}' needs a macron: '{p.suggestion}' ({RESTS_ON_ORIGINAL})", [p.suggestion], confidence=confidence)


def _written_again(source: str, word: str, start: int) -> bool:
    """Whether ``word``, written at ``start``, is written so again elsewhere in ``source``
    as a word: a writer who marks long vowels and spells a word the same way each time
    (Okuninushi 大国主, ten times in one essay) spells it so on purpose.

    >>> _written_again("Okuninushi 大国主 and Okuninushi's land", "Okuninushi", 0)
    True
    >>> _written_again("Ojin 応神, and Ojinkai", "Ojin", 0)
    False
    """
    i = source.find(word)
    while i >= 0:
        j = i + len(word)
        if i != start and not (i and (source[i - 1].isalnum() or source[i - 1] in "-'’")) \
                and not (j < len(source) and (source[j].isalnum() or source[j] == "-")):
            return True
        i = source.find(word, j)
    return False


def _needs_analysis(title: DocumentTitle, judge: SpellingJudge, guesser: LanguageGuesser,
                    trusts: bool) -> str:
    """What a title may hold to report: :data:`_ALL` for a Japanese title with a word that
    is not a known word as written (or has a commoner spelling with a macron),
    :data:`_PARTICLES` for one whose writer marks long vowels and whose only such words
    are particles written he, wo or ha (*Shōrui wo meguru seiji*), ``""`` for none. Most
    titles in a correct bibliography have none, and the full analysis (a conversion of
    the whole title) is the checker's dearest step: a particle needs none."""
    found = list(TITLE_WORD.finditer(title.text))
    words, starts = [m.group(0) for m in found], [m.start() for m in found]
    verdicts = [guesser.word(w) for w in words]
    if not any(v.language == JAPANESE for v in verdicts) and not (
            title.title.context and verdicts and all(v.may_be_japanese for v in verdicts)) \
            and not compounds_only_japanese_explains(verdicts, judge, guesser):
        return ""  # no word only Japanese explains, nor a translation: English or foreign
    if title.title.context or title.title.original or \
            not CIRCUMFLEXES.isdisjoint(title.title.text):
        return _ALL  # a translation or the original decides; a circumflex is another style
    if not trusts and len(words) > 1 and words[-1].lower() in CLOSING_WORDS and \
            words[-2].lower() not in PARTICLES:
        return _ALL  # a word that closes a title (Hinoeuma kō)
    as_written: list[tuple[str, int]] = []  # words that exist as written, to read last
    particles = False
    with_particle = trusts and any(w.lower() in PARTICLE_FIX for w in words)
    for word, verdict, at in zip(words, verdicts, starts, strict=True):
        lowered = word.lower()
        if lowered in PARTICLE_FIX:
            if not trusts:
                return _ALL
            particles = True  # he/wo/ha: the other words may need no analysis
            continue
        if parse_word(word) is None:
            return _ALL  # a fragment to join (nit suite) or no romaji at all
        if lowered in PARTICLES or verdict.language in (ENGLISH, OTHER, CODE):
            continue
        if judge.glossary_disagrees(word):
            return _ALL
        if trusts:
            # a writer who marks long vowels: only another system's spelling (Kunrei
            # syllables, wāpuro ou/uu, traditional m) or a missing macron the lexicon is
            # sure of can be reported, so an unknown compound needs no analysis
            if OTHER_SYSTEM.search(word.lower()) or "hepburn" not in word_systems(
                    parse_word(word)) or judge.missing_macron(word, trusts_as_written=True):
                return _ALL
            if with_particle and (lowered in JOINED_PARTICLES or any(
                    " " in sp.hepburn for sp in judge.lexicon.glossary_spellings(word))):
                # beside a particle, the only other finding the analysis can make for
                # such a writer: a division (tono: to no; a glossary term written whole)
                return _ALL
            continue
        if not judge.exists_as_written(word) or \
                judge.missing_macron(word, trusts_as_written=trusts) is not None or \
                era_word(word, judge) is not None or ("-" in word and lords(word, judge)):
            return _ALL
        as_written.append((word, at))
    if particles:
        return _PARTICLES
    # a word as written that its title's words read long (Shinshu): the reading is dear,
    # so it comes only after every other word has been looked at
    return _ALL if any(judge.read_in_title(word, title.text, at) is not None
                       for word, at in as_written) else ""


#: What :func:`_needs_analysis` finds a title needs: the full analysis, or only its
#: particles read (no analysis).
_ALL, _PARTICLES = "all", "particles"


def _title_findings(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
                    guesser: LanguageGuesser, marks: bool,
                    needs: dict[tuple[str, str, str, bool], str] | None = None
                    ) -> Iterator[Finding]:
    """The findings on one title (:func:`_analysed_title`); for a title of one word in
    lower case on which the analysis finds nothing, the lexicon's reading of the word
    (:func:`lone_lower`)."""
    silent = True
    for finding in _analysed_title(ctx, title, judge, guesser, marks, needs):
        silent = False
        yield finding
    if silent and not marks and title.text.islower() and ctx.enabled(MACRON) and \
            ctx.style in ("modified", "traditional") and \
            not title.title.context and not title.title.original and \
            TITLE_WORD.fullmatch(title.text) and \
            taken_for_japanese(ctx, [title.text], guesser):
        lone = lone_lower(title.text, judge, guesser, lambda: title.analysis.romaji)
        if lone is not None:
            yield ctx.make(title.start, title.end, MACRON,
                           f"'{title.text}' needs a macron: '{lone}'", [lone],
                           confidence=POSSIBLE)


def _analysed_title(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
                    guesser: LanguageGuesser, marks: bool,
                    needs: dict[tuple[str, str, str, bool], str] | None = None
                    ) -> Iterator[Finding]:
    """The findings on one title: none for words not taken for Japanese or a person
    named in the English order; a one-word title's macron by the lexicon
    (:func:`_one_word_title`); then only what the title needs (:func:`_needs_analysis`):
    its particles, or every word read against the analysis
    (:func:`~jpterms.rules.title_reading.word_findings`)."""
    if not taken_for_japanese(ctx, TITLE_WORD.findall(title.text), guesser):
        return  # "Ajo" ("She"), "Arrigo Boito" in English that shows no Japanese
    if not marks and ctx.enabled(MACRON) and TITLE_WORD.fullmatch(title.text):
        # a title of one word (Bushido): no other word of it can say it is Japanese
        lone = _one_word_title(ctx, title, judge, guesser)
        if lone is not None:
            yield lone
            return
    pair = TWO_NAMES.fullmatch(title.text)
    if pair is not None and western_order(pair[1], pair[2], judge):
        return  # a person named in the English order (**Kohei Ueno**): their own spelling
    trusts = marks or marks_long_vowels(title.text)
    need = _need(title, judge, guesser, trusts, needs)
    if not need:
        return
    if need == _PARTICLES:
        yield from particle_findings(ctx, title, judge, guesser)
        return
    reading = read_title(ctx, title, judge, guesser, trusts)
    if reading is None:
        return  # no word only Japanese explains, nor a translation: English or foreign
    for index in range(len(reading.analysis.words)):
        yield from word_findings(reading, index)


def _one_word_title(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
                    guesser: LanguageGuesser) -> Finding | None:
    """The macron a title of one word lacks, by the lexicon (a lord's *-kō*, a word
    standing alone, a capitalised title, a closing *kō*), possible; ``None`` where none
    is found, and the title is read as any other."""
    def reading() -> str:
        return title.analysis.romaji
    lone = lord_word(title.text, judge) if "-" in title.text else None
    if lone is None:
        lone = lone_word(title.text, judge, guesser, reading)
    if lone is None and not title.title.context and not title.title.original:
        # a translation decides (Kyogi)
        lone = lone_title(title.text, judge, guesser, reading)
    if lone is None and not title.title.context and not title.title.original:
        closing = closing_compound(title.text, judge)  # Shuttenko (出典考) alone
        lone = None if closing is None else closing.suggestion
    if lone is None:
        return None
    return ctx.make(title.start, title.end, MACRON,
                    f"'{title.text}' needs a macron: '{lone}'", [lone], confidence=POSSIBLE)


def _need(title: DocumentTitle, judge: SpellingJudge, guesser: LanguageGuesser, trusts: bool,
          needs: dict[tuple[str, str, str, bool], str] | None) -> str:
    """:func:`_needs_analysis`, kept in ``needs`` by the title's text, translation,
    original and trust: a work cited again is looked at once."""
    key = (title.title.text, title.title.context, title.title.original, trusts)
    need = None if needs is None else needs.get(key)
    if need is None:
        need = _needs_analysis(title, judge, guesser, trusts)
        if needs is not None:
            needs[key] = need
    return need
