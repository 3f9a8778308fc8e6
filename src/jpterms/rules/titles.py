"""Rules on romanised citation titles: macron, system, spelling, division, particle.

Each title is analysed once (:func:`jpterms.lookup.analyze_title`): every
written word gets the Japanese word it stands for, chosen by the glossary, the
Mozc dictionary and the bracketed English translation, and the whole title is
converted to kanji and romanised again. Written and correct forms are then
compared word by word: a vowel the correct form writes long is a missing
macron, a Kunrei-shiki syllable is a system error, a word the correct form
splits is a division error.

This module holds the family's entry point (:func:`findings`) and the reading of
one title (:func:`_analysed_title`); the judgements it draws on have modules of
their own: the codes (:mod:`.title_codes`), whether words are Japanese at all
(:mod:`.japanese_words`), the alignment of written and correct words
(:mod:`.title_alignment`), macron verdicts (:mod:`.title_macrons`), romanisation
styles (:mod:`.title_styles`), word division (:mod:`.title_division`), and, outside
the titles, citation lines (:mod:`jpterms.citation_lines`), citation words
(:mod:`.citation_macrons`, :mod:`.publisher_names`, :mod:`.citation_names`), macrons
decided elsewhere (:mod:`.macrons_elsewhere`) and the last look at a macron finding
(:mod:`.macron_finish`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial

from jpterms.citation_lines import _overlaps
from jpterms.document import TITLE
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.kana import normalize_romaji, strip_macrons
from jpterms.language import AMBIGUOUS, CODE, ENGLISH, JAPANESE, OTHER, LanguageGuesser
from jpterms.lookup import PARTICLES
from jpterms.prose import ENGLISH_FORM
from jpterms.romaji import parse_word, word_systems
from jpterms.rules.base import Context, DocumentTitle
from jpterms.rules.citation_macrons import _citation_words
from jpterms.rules.citation_names import _TWO_NAMES, _full_names, _western_order
from jpterms.rules.japanese_words import (
    _TITLE_WORD,
    _compounds_only_japanese_explains,
    _taken_for_japanese,
    _written_abroad,
)
from jpterms.rules.macron_finish import (
    _SYLLABIC_N_APOSTROPHE,
    _english_form_unfixed,
    _in_writers_marks,
    _institution,
    _period,
)
from jpterms.rules.macrons_elsewhere import (
    _SPREAD_ENGLISH,
    _elsewhere,
    _emphasised_terms,
    _prose_words,
    _short_notes,
)
from jpterms.rules.publisher_names import _publisher_fields
from jpterms.rules.title_alignment import _align, _Aligned, _GuessedWords, _is_particle, _match_case
from jpterms.rules.title_codes import (
    _BY_FULL_NAME,
    _BY_ORIGINAL,
    _BY_PUBLISHER,
    DIVISION,
    MACRON,
    OTHER_STYLE,
    PARTICLE,
    RULES,
    SPELLING,
    SYSTEM,
)
from jpterms.rules.title_division import _JOINED_PARTICLES, _joined_wrongly, _particle_joined_on
from jpterms.rules.title_macrons import (
    _CLOSING_WORDS,
    _COUNTED,
    _alone,
    _capitalised_by_style,
    _closes,
    _closing_compound,
    _counted_word,
    _divided_as_written,
    _era_in_title,
    _era_word,
    _far_commoner,
    _guessed_prefix,
    _half_of_a_word,
    _lexicon_only,
    _lone_lower,
    _lone_title,
    _lone_word,
    _lord_word,
    _lords,
    _macron,
    _missing_macron,
    _PhrasesAsWritten,
    _PhrasesWithMacrons,
    _read_in_title,
    _settled,
    _spelled_compound,
    _title_case_word,
    _with_neighbours,
)
from jpterms.rules.title_styles import (
    _CIRCUMFLEXES,
    _LONG_MARKS,
    _OTHER_SYSTEM,
    _STYLE_NAMES,
    _in_style,
    _marks_long_vowels,
    _other_style,
    _own_name,
    _published_spelling,
    _styled,
)
from jpterms.spelling import MacronVerdict, SpellingJudge, with_bound_suffixes
from jpterms.title_analysis import title_words

__all__ = ["DIVISION", "MACRON", "OTHER_STYLE", "PARTICLE", "RULES", "SPELLING", "SYSTEM",
           "findings"]

_PARTICLE_FIX = {"he": "e", "wo": "o", "ha": "wa"}


def findings(ctx: Context) -> Iterator[Finding]:
    """Findings for every romanised title in the document, then for the romanised words
    of citations outside titles (authors, publishers, places, italic titles)."""
    judge = SpellingJudge.for_glossary(ctx.glossary)
    guesser = LanguageGuesser.for_lexicon(judge.lexicon)
    marks = _marks_long_vowels(ctx.document.source)
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
        for (start, end), (written, spelled) in _publisher_fields(ctx, judge).items():
            paired.append((start, end))
            if spelled != written:
                found.append(ctx.make(start, end, MACRON, f"'{written}' needs a macron: "
                                      f"'{spelled}' ({_BY_PUBLISHER})", [spelled],
                                      confidence=LIKELY))
        paired.sort()
    for title in ctx.titles:
        for f in _title_findings(ctx, title, judge, guesser, marks, needs):
            if not (paired and f.code == MACRON.code and _overlaps(paired, f.start, f.end)):
                found.append(f)
    found.extend(f for f in _citation_words(ctx, judge, guesser, marks)
                 if not (paired and _overlaps(paired, f.start, f.end)))
    found.extend(_paired_findings(ctx, guesser, marks))
    if not marks:
        emphasised = list(_emphasised_terms(ctx, found, judge, guesser))
        found.extend(emphasised)
        found.extend(_short_notes(ctx, found, judge, guesser))
    source = ctx.document.source
    # a writer who never sets off a syllabic n with an apostrophe (henyō, Shinichi) is
    # given a suggestion in that convention: a macron finding changes vowels only
    apostrophes = _SYLLABIC_N_APOSTROPHE.search(source) is not None
    marked = partial(_in_writers_marks, ctx, apostrophes=apostrophes)

    plurals: dict[str, bool] = {}  # whether the document writes a word with an s after it

    def own(f: Finding) -> Finding:
        return _english_form_unfixed(marked(f), guesser, source, plurals)

    def kept(f: Finding) -> bool:
        """Not a body's own English name (Keio University) nor a period's (the Kofun period)."""
        return not _institution(source, f) and not _period(source, f, judge)

    yield from (own(f) for f in found if kept(f))
    if not marks:
        # a term the writer emphasised (*kakocho*) is that term in running text too,
        # unless English writes it (shogun)
        terms = {f.text for f in emphasised
                 if f.text.islower() and guesser.word(f.text).english < _SPREAD_ENGLISH}
        spread = list(_elsewhere(ctx, found, judge, guesser, terms=terms))
        yield from (own(f) for f in spread if kept(f))
        prose = list(_prose_words(ctx, found + spread, judge, guesser))
        yield from (own(f) for f in prose if kept(f))
        # a name a full name decided in the prose (Nakano Shogen, Otomo Sorin) is that
        # name where it stands alone too (Shogen's second son)
        named = [f for f in prose if f.message.endswith(f"({_BY_FULL_NAME})")]
        if named:
            again = _elsewhere(ctx, found + spread + prose, judge, guesser,
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
                       f"'{written}' needs a macron: '{p.suggestion}' ({_BY_ORIGINAL})", [p.suggestion], confidence=confidence)


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
    found = list(_TITLE_WORD.finditer(title.text))
    words, starts = [m.group(0) for m in found], [m.start() for m in found]
    verdicts = [guesser.word(w) for w in words]
    if not any(v.language == JAPANESE for v in verdicts) and not (
            title.title.context and verdicts and all(v.may_be_japanese for v in verdicts)) \
            and not _compounds_only_japanese_explains(verdicts, judge, guesser):
        return ""  # no word only Japanese explains, nor a translation: English or foreign
    if title.title.context or title.title.original or \
            not _CIRCUMFLEXES.isdisjoint(title.title.text):
        return _ALL  # a translation or the original decides; a circumflex is another style
    if not trusts and len(words) > 1 and words[-1].lower() in _CLOSING_WORDS and \
            words[-2].lower() not in PARTICLES:
        return _ALL  # a word that closes a title (Hinoeuma kō)
    as_written: list[tuple[str, int]] = []  # words that exist as written, to read last
    particles = False
    with_particle = trusts and any(w.lower() in _PARTICLE_FIX for w in words)
    for word, verdict, at in zip(words, verdicts, starts, strict=True):
        lowered = word.lower()
        if lowered in _PARTICLE_FIX:
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
            if _OTHER_SYSTEM.search(word.lower()) or "hepburn" not in word_systems(
                    parse_word(word)) or judge.missing_macron(word, trusts_as_written=True):
                return _ALL
            if with_particle and (lowered in _JOINED_PARTICLES or any(
                    " " in sp.hepburn for sp in judge.lexicon.glossary_spellings(word))):
                # beside a particle, the only other finding the analysis can make for
                # such a writer: a division (tono: to no; a glossary term written whole)
                return _ALL
            continue
        if not judge.exists_as_written(word) or \
                judge.missing_macron(word, trusts_as_written=trusts) is not None or \
                _era_word(word, judge) is not None or ("-" in word and _lords(word, judge)):
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
    (:func:`_lone_lower`)."""
    silent = True
    for finding in _analysed_title(ctx, title, judge, guesser, marks, needs):
        silent = False
        yield finding
    if silent and not marks and title.text.islower() and ctx.enabled(MACRON) and \
            ctx.style in ("modified", "traditional") and \
            not title.title.context and not title.title.original and \
            _TITLE_WORD.fullmatch(title.text) and \
            _taken_for_japanese(ctx, [title.text], guesser):
        lone = _lone_lower(title.text, judge, guesser, lambda: title.analysis.romaji)
        if lone is not None:
            yield ctx.make(title.start, title.end, MACRON,
                           f"'{title.text}' needs a macron: '{lone}'", [lone],
                           confidence=POSSIBLE)


def _analysed_title(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
                    guesser: LanguageGuesser, marks: bool,
                    needs: dict[tuple[str, str, str, bool], str] | None = None
                    ) -> Iterator[Finding]:
    if not _taken_for_japanese(ctx, _TITLE_WORD.findall(title.text), guesser):
        return  # "Ajo" ("She"), "Arrigo Boito" in English that shows no Japanese
    if not marks and ctx.enabled(MACRON) and _TITLE_WORD.fullmatch(title.text):
        # a title of one word (Bushido): no other word of it can say it is Japanese
        def reading() -> str:
            return title.analysis.romaji
        lone = _lord_word(title.text, judge) if "-" in title.text else None
        if lone is None:
            lone = _lone_word(title.text, judge, guesser, reading)
        if lone is None and not title.title.context and not title.title.original:
            # a translation decides (Kyogi)
            lone = _lone_title(title.text, judge, guesser, reading)
        if lone is None and not title.title.context and not title.title.original:
            closing = _closing_compound(title.text, judge)  # Shuttenko (出典考) alone
            lone = None if closing is None else closing.suggestion
        if lone is not None:
            yield ctx.make(title.start, title.end, MACRON,
                           f"'{title.text}' needs a macron: '{lone}'", [lone],
                           confidence=POSSIBLE)
            return
    pair = _TWO_NAMES.fullmatch(title.text)
    if pair is not None and _western_order(pair[1], pair[2], judge):
        return  # a person named in the English order (**Kohei Ueno**): their own spelling
    trusts = marks or _marks_long_vowels(title.text)
    key = (title.title.text, title.title.context, title.title.original, trusts)
    need = None if needs is None else needs.get(key)
    if need is None:
        need = _needs_analysis(title, judge, guesser, trusts)
        if needs is not None:
            needs[key] = need
    if not need:
        return
    if need == _PARTICLES:
        yield from _particle_findings(ctx, title, judge, guesser)
        return
    analysis = title.analysis
    style = ctx.style
    verdicts = [guesser.word(w.written) for w in analysis.words]
    if not any(v.language == JAPANESE for v in verdicts) and not (
            title.title.context and all(v.may_be_japanese for v in verdicts)) and \
            not _compounds_only_japanese_explains(verdicts, judge, guesser):
        return  # no word only Japanese explains, nor a translation: English or foreign
    paired = _original_romaji(ctx, title)
    aligned = {id(a.word): a for a in _align(analysis, paired)}
    guessed = _GuessedWords(ctx, title.title.original or analysis.kanji, paired or analysis.romaji)
    phrases = _PhrasesAsWritten(analysis.words, judge)
    joint = None if trusts or paired else _PhrasesWithMacrons(
        analysis.words, judge, [v.english for v in verdicts])
    # a writer who marks no long vowel anywhere, with no translation or original to go
    # on: the words around a word that exists as written may read it long
    reads_whole = not trusts and not paired and not title.title.context
    names = {} if trusts else _full_names(
        [w.written for w in analysis.words], judge, title.title.text,
        tuple((w.written, w.start, w.end, None) for w in analysis.words))
    for index, (w, verdict) in enumerate(zip(analysis.words, verdicts, strict=True)):
        start, end = title.source_span(w.start, w.end)
        if index in names:
            # a person's full name JMnedict knows (Naito Konan) decides both halves
            if names[index] != w.written and not trusts and ctx.enabled(MACRON):
                yield ctx.make(start, end, MACRON, f"'{w.written}' needs a macron: "
                               f"'{names[index]}' ({_BY_FULL_NAME})",
                               [names[index]], confidence=LIKELY)
            continue
        lowered = w.written.lower()
        unparsed = w.syllables is None and not w.merged
        counted = _COUNTED.fullmatch(w.written) if unparsed and not trusts else None
        if counted is not None:
            # a number and a word of two syllables or more (30-shunen 三十周年): the word
            # judged alone, as the conversion cannot read it
            if ctx.enabled(MACRON) and style in ("modified", "traditional"):
                lengthened = _counted_word(counted[2], judge)
                if lengthened is not None:
                    spelled = counted[1] + lengthened
                    yield ctx.make(start, end, MACRON,
                                   f"'{w.written}' needs a macron: '{spelled}'", [spelled],
                                   confidence=POSSIBLE)
            continue
        if verdict.language == CODE or (unparsed and not (
                w.written.isalpha() and w.written.isascii())):
            continue  # remove(), 1699, 512–518: nothing below reports them (no wordfreq asked)
        if verdict.language in (ENGLISH, OTHER) and \
                max(verdict.english, guesser.other(w.written)) >= 2.5:
            continue  # Rural, Todesstrafe: not romaji, and not an error
        if unparsed:
            if w.written.isalpha() and w.written.isascii() and len(w.written) > 1 and \
                    ctx.enabled(SPELLING) and not _FOREIGN_LETTERS.search(w.written.lower()) and \
                    not any(c in _LONG_MARKS for c in w.written) and \
                    verdict.english < 2.5 and guesser.other(w.written) < 2.5:
                yield ctx.make(start, end, SPELLING, f"'{w.written}' is not valid romaji",
                               confidence=POSSIBLE)
            continue
        if lowered in _CLOSING_WORDS and index == len(analysis.words) - 1 and index and \
                not trusts and analysis.words[index - 1].written.lower() not in PARTICLES and \
                ctx.enabled(MACRON) and style in ("modified", "traditional"):
            # a word that closes a title after a noun (Hinoeuma kō 丙午考, "a study of"):
            # so short a word alone says nothing, its place in the title does
            spelled = _match_case(w.written, _CLOSING_WORDS[lowered])
            yield ctx.make(start, end, MACRON, f"'{w.written}' needs a macron: '{spelled}'",
                           [spelled], confidence=POSSIBLE)
            continue
        head, hyphen, tail = w.written.rpartition("-")
        if hyphen and head[:1].islower() and tail.lower() in _CLOSING_WORDS and \
                index == len(analysis.words) - 1 and not trusts and \
                ctx.enabled(MACRON) and style in ("modified", "traditional"):
            # the same word set off by a hyphen (Shumon ninbetsu-kō 宗門人別考), its head
            # judged as a word; not after a name (Biwa-ko 琵琶湖, a lake)
            found = judge.missing_macron(head)
            spelled = f"{found.suggestion if found else head}-" \
                      f"{_match_case(tail, _CLOSING_WORDS[tail.lower()])}"
            yield ctx.make(start, end, MACRON, f"'{w.written}' needs a macron: '{spelled}'",
                           [spelled], confidence=POSSIBLE)
            continue
        lord = _lord_word(w.written, judge) if hyphen and not trusts and \
            style in ("modified", "traditional") and ctx.enabled(MACRON) else None
        if lord is not None:
            # 公 kō, "lord", after a person's given or art name (Naoshige-kō 直茂公)
            yield ctx.make(start, end, MACRON, f"'{w.written}' needs a macron: '{lord}'",
                           [lord], confidence=POSSIBLE)
            continue
        if lowered in _PARTICLE_FIX and len(analysis.words) > 1 and \
                _may_be_particle(lowered, index):
            yield _particle(ctx, w.written, start, end)
            continue
        if w.written.strip("'") != w.written:
            continue  # a quotation mark glued to the word (‘shūmon): not part of it
        raw = title.title.text[w.start : w.end]  # as written (decoded from LaTeX or JSON escapes)
        if _marks_long_vowels(w.written) and judge.exists_as_written(w.written) \
                and not any(c in _CIRCUMFLEXES for c in raw):
            continue  # an established macron is never removed
        # ramen, dojo: an English form, from a writer who marks long vowels where they
        # mean the Japanese word (as _citation_words reads it): no macron is missing
        # (not where the document also writes it marked: Hokkaido [Hokkaidō] is two spellings)
        english_form = trusts and verdict.english >= ENGLISH_FORM and \
            w.written.lower() not in ctx.marked_spellings
        a = aligned.get(id(w))
        if a is None or not a.canonical:
            if _half_of_a_word(analysis.words, index, judge):
                continue  # sa reta: された sareta written in two, no word retā
            if style in ("modified", "traditional") and ctx.enabled(MACRON) and \
                    not w.merged and not english_form:
                found = _lexicon_only(_settled(judge.missing_macron(
                    w.written, trusts_as_written=trusts), ""), _alone(
                    [v.written for v in analysis.words], verdicts, index))
                found = _capitalised_by_style(found, index, analysis.words, judge)
                if found is None and not trusts and not paired:
                    found = _spelled_compound(w, title.title.text[w.start : w.end], judge)
                found = _with_neighbours(found, index, phrases, joint, bool(paired))
                if found is None and reads_whole:
                    found = _read_in_title(w, index, title, judge, phrases)
                if found is None and reads_whole:
                    found = _title_case_word(w, index, analysis.words, judge)
                if reads_whole:
                    found = _era_in_title(w, index, analysis.words, judge, found)
                if found is None and reads_whole and _closes(title.text, w.end):
                    found = _closing_compound(w.written, judge)
                if found is not None:  # the conversion lost the word; the lexicon has it
                    yield ctx.make(start, end, MACRON,
                                   f"'{w.written}' needs a macron: '{found.suggestion}'",
                                   [found.suggestion], confidence=found.confidence)
            continue
        correct = " ".join(a.canonical)
        if "-" in w.written and not w.merged:
            # a hyphen and a space are the same boundary (Mito-ryo for Mitoryō, Sendai-ryo
            # for Sendai ryō): the correct letters are read in the writer's division
            divided = _divided_as_written(w.written, correct, judge, trusts)
            if divided is not None and (divided != w.written or len(a.canonical) == 1):
                correct = divided
                a = _Aligned(w, [divided])
        if w.merged or (len(a.canonical) > 1 and _joined_wrongly(a, judge, trusts)):
            if w.merged and not all(judge.is_known(c) or _is_particle(c) for c in a.canonical):
                continue  # a join must give real words
            written = ctx.document.source[start:end]
            if w.merged and guesser.english(written.split()[0]) >= _ENGLISH_IN_TITLE:
                continue  # Kiss o (a song's "Ashita no tame ni Kiss o"): an English word
                # the title writes, no fragment of a syllable (nit suite: nitsuite)
            fixed = _match_case(w.written, correct)
            sure = w.merged or _particle_joined_on(a, judge) or (
                w.best is not None and w.best.source == "glossary")
            yield guessed.cap(a, ctx.make(start, end, DIVISION,
                                          f"'{written}' is divided '{fixed}' in modified Hepburn", [fixed],
                                          confidence=LIKELY if sure else POSSIBLE))
            continue
        if len(a.canonical) != 1:
            if "-" in w.written and style in ("modified", "traditional") and \
                    ctx.enabled(MACRON) and not trusts and not paired:
                # the conversion read the parts as words of their own (Toshokan-zo as
                # toshokan zo, Bunko-zo as bun kōzō): a suffix always long after a hyphen
                # is lengthened, the other parts left as the writer divided them
                suffixed = with_bound_suffixes(w.written)
                if suffixed is not None:
                    yield ctx.make(start, end, MACRON,
                                   f"'{w.written}' needs a macron: '{suffixed}'",
                                   [suffixed], confidence=POSSIBLE)
                    continue
            if reads_whole and style in ("modified", "traditional") and ctx.enabled(MACRON):
                # the conversion divided a word no dictionary lists whole (kinreiko as
                # Kin Reiko, ninzucho as ninzu Chō): the lexicon's reading of it as one
                # compound (禁令考 kinreikō), as for a word the conversion lost
                found = _guessed_prefix(judge.missing_macron(w.written), a.canonical)
                if found is not None and judge.exists_as_written(w.written) and (
                        "-" in w.written or not _far_commoner(w.written, found, judge)):
                    found = None
                found = None if found is None else _with_neighbours(
                    _settled(found, correct), index, phrases, joint, False)
                # the conversion divided a word that exists as written (horan as ho ran):
                # the title's words read together may still read it long (抱卵 hōran)
                if found is None:
                    found = _read_in_title(w, index, title, judge, phrases)
                if found is not None:
                    yield ctx.make(start, end, MACRON,
                                   f"'{w.written}' needs a macron: '{found.suggestion}'",
                                   [found.suggestion], confidence=POSSIBLE)
            continue
        if "hepburn" not in w.systems and w.best is not None and \
                strip_macrons(correct).lower() != strip_macrons(w.written).lower():
            if judge.exists_as_written(w.written):
                continue  # also a Hepburn word as written
            fixed = _match_case(w.written, _styled(correct, style))
            if not w.systems & {"kunrei", "nihon"}:
                # zi with shu (Chinese *zishu*): no one system writes it, so no system
                # error is sure; only wāpuro typing would, and other languages do
                yield guessed.cap(a, ctx.make(start, end, SYSTEM,
                                              f"'{w.written}' is not Hepburn; Hepburn writes "
                                              f"'{fixed}'", [fixed], confidence=POSSIBLE))
                continue
            # a writer who marks long vowels may be transcribing old kana on purpose; a
            # spelling English or another European language writes itself (Siva, the
            # Sanskrit god's name in English) may be that language's word: never --fix's
            # a capitalised word may be a name in its own (or another language's)
            # spelling (Isho Ziwa, Syriac): reported, but --fix leaves it
            abroad = _written_abroad(w.written, guesser)
            yield guessed.cap(a, ctx.make(start, end, SYSTEM,
                                          f"'{w.written}' is Kunrei-shiki; Hepburn writes '{fixed}'",
                                          [fixed], confidence=POSSIBLE if abroad else
                                          LIKELY if trusts or w.written[:1].isupper()
                                          else CERTAIN))
            continue
        expected = _in_style(correct, style)
        if style != "plain" and any(c in _CIRCUMFLEXES for c in raw) and \
                strip_macrons(w.written).lower() == strip_macrons(expected).lower():
            if ctx.writes_circumflexes or \
                    normalize_romaji(w.written).lower() != correct.lower():
                # the document's own style throughout: consistent, not wrong; or the
                # reading marks other vowels long (Tô 唐 read と): a long mark is never
                # taken away
                continue
            # among macrons: probably a slip, but a citation may keep the spelling of the
            # work it cites, so --fix leaves it (--fix-unsafe applies it)
            yield guessed.cap(a, ctx.make(start, end, OTHER_STYLE,
                                          f"'{raw}' marks long vowels with a circumflex; "
                                          f"{_STYLE_NAMES[style]} writes '{_match_case(w.written, expected)}'",
                                          [_match_case(w.written, expected)], confidence=LIKELY))
            continue
        if style != "plain" and _other_style(w.written, expected):
            if _own_name(analysis, w) or judge.spells_without_macrons(w.written):
                # an organisation's own name (Asahi Shimbun), or a word that is a known
                # spelling with its macrons left out (Ou for Ōu 奥羽): not another system
                continue
            if w.written[:1].isupper() and _published_spelling(
                    [v.written for v in analysis.words], title.text):
                # a capitalised word of a title that capitalises every word but particles
                # and marks no long vowel (*Saikou no Rikon*, *Yume de Aimashou*): the
                # work's own published romanisation, which a citation keeps
                continue
            fixed = _match_case(w.written, expected)
            # wāpuro ou/uu and traditional m are how many works and bodies romanise their
            # own names (Touken Ranbu, Temmu 2 in an era calculator, Hakuhou jidai in
            # JAANUS): in a cited work's wording that marks no long vowel itself, --fix
            # leaves it and --fix-unsafe applies it; beside a macron of the same title
            # (saibā kyougi) it is the writer's own slip. A capitalised word may be a
            # name's or a work's own romanisation beside the writer's macrons (*Kazemachi
            # de Aimashou*, *Shūhasū* beside *Shohousen*): reported, never fixed unasked
            published = CERTAIN if (not ctx.cites(start) or any(
                c in _LONG_MARKS for c in title.text)) and not w.written[:1].isupper() \
                else LIKELY
            yield guessed.cap(a, ctx.make(start, end, OTHER_STYLE,
                                          f"'{w.written}' is not {_STYLE_NAMES[style]}; write '{fixed}'",
                                          [fixed], confidence=published))
            continue
        if style in ("modified", "traditional") and ctx.enabled(MACRON) and not english_form:
            # the original script decides; a name's reading may still be its own (大野:
            # Ōno or Ono), so a capitalised word is likely, not certain
            found = _macron(w, correct, title, judge, trusts, alone=_alone(
                [v.written for v in analysis.words], verdicts, index)) if not paired else (
                MacronVerdict(_match_case(w.written, correct),
                              LIKELY if w.written[:1].isupper() else CERTAIN, (correct,))
                if _missing_macron(w.written, correct) else None)
            found = _capitalised_by_style(found, index, analysis.words, judge)
            found = _with_neighbours(found, index, phrases, joint, bool(paired))
            if found is None and reads_whole:
                found = _read_in_title(w, index, title, judge, phrases)
            if found is None and reads_whole:
                found = _title_case_word(w, index, analysis.words, judge)
            if reads_whole:
                found = _era_in_title(w, index, analysis.words, judge, found)
            if found is not None and found.confidence == CERTAIN and len(analysis.words) == 1 \
                    and verdict.english >= ENGLISH_FORM and title.title.segment.role != TITLE:
                # a word alone in quotes or emphasis in running text that English writes
                # too (The word "aikido" is formed of three kanji): the writer may mean the
                # English word, so --fix leaves it (a title field of one word is a title)
                found = MacronVerdict(found.suggestion, LIKELY, found.alternatives)
            if found is not None and found.confidence != POSSIBLE and not paired \
                    and _half_of_a_word(analysis.words, index, judge):
                # Daka reta: 抱かれた written in two, which the conversion read too; the
                # finding stays, but what it changes may be half a verb: never fixed
                found = MacronVerdict(found.suggestion, POSSIBLE, found.alternatives)
            if found is not None:
                yield guessed.cap(a, ctx.make(start, end, MACRON,
                                              f"'{w.written}' needs a macron: '{found.suggestion}'",
                                              [found.suggestion], confidence=found.confidence))


def _particle(ctx: Context, written: str, start: int, end: int) -> Finding:
    """The finding for a particle written he, wo or ha (modified Hepburn: e, o, wa)."""
    fix = _match_case(written, _PARTICLE_FIX[written.lower()])  # message and fix agree
    return ctx.make(start, end, PARTICLE, f"the particle is written '{fix}' in modified Hepburn",
                    [fix], confidence=CERTAIN)


def _may_be_particle(lowered: str, index: int) -> bool:
    """Whether a word written as a particle (he, wo, ha) may be one where it stands, the
    ``index``-th word of a title: a particle follows a word, so a title's first *ha* or *he*
    is a noun (破邪道記 *Ha jadō ki*, 葉, 歯); *wo* is nothing but を, even where a title
    opens with it (*wo meguru Kindaishi*, an emphasis broken in two).

    >>> _may_be_particle("ha", 0), _may_be_particle("wo", 0), _may_be_particle("ha", 2)
    (False, True, True)
    """
    return index > 0 or lowered == "wo"


def _particle_findings(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
                       guesser: LanguageGuesser) -> Iterator[Finding]:
    """The findings of :func:`_title_findings` for a title of a writer who marks long
    vowels whose only words to report are particles (:data:`_PARTICLES`), from its
    written words alone: the same words, gates and findings, without the analysis.

    >>> from jpterms.check import check
    >>> [(f.text, f.suggestions) for f in check('"Shōrui wo meguru seiji"', path="a.md")]
    [('wo', ('o',))]
    """
    words = title_words(title.text)
    verdicts = [guesser.word(w) for w, _, _ in words]
    if not any(v.language == JAPANESE for v in verdicts) and not (
            title.title.context and all(v.may_be_japanese for v in verdicts)) and \
            not _compounds_only_japanese_explains(verdicts, judge, guesser):
        return  # the gate the analysis's words pass (English or foreign)
    for index, ((written, start, end), verdict) in enumerate(zip(words, verdicts, strict=True)):
        if written.lower() not in _PARTICLE_FIX or len(words) < 2 or \
                not _may_be_particle(written.lower(), index):
            continue
        if verdict.language in (ENGLISH, OTHER) and \
                max(verdict.english, guesser.other(written)) >= 2.5:
            continue
        yield _particle(ctx, written, *title.source_span(start, end))


def _original_romaji(ctx: Context, title: DocumentTitle) -> str:
    """The romanisation of the title's own original script, when the citation gives it
    ("Nichiei saibā kyōgi (日英サイバー協議)"): paired evidence for macrons and division."""
    original = title.title.original
    if not original:
        return ""
    try:
        return ctx.terms.romanizer().romanize(original)
    except Exception:  # a romaniser failure is no reason to lose the other findings
        return ""


#: Letters no romaji word has (c outside ch): a word with one is another language's
#: (Robocon, passion cachee, Mandalas, Xinfang), not romaji mistyped (daigajku).
_FOREIGN_LETTERS = re.compile(r"[lqvx]|c(?!h)")
#: A word no syllables spell that English writes at least this often (Zipf: kiss 4.6,
#: against nit 3.1) is English in the title, not a fragment of the next word.
_ENGLISH_IN_TITLE = 4.0
