"""One romanised title read word by word: the findings of the title rules on its words.

A title is analysed once (:func:`read_title`: the analysis, the words lined up with
the conversion, the phrases they spell, the full names among them), and each written
word is then read by a chain of steps (:func:`word_findings`), the first step that
reads the word deciding it: a full name, a counted word, no romaji at all, a closing
*kō*, a lord's *-kō*, a particle; then, against the correct words it covers, a division
(JP401), a Kunrei-shiki syllable (JP201), another style (JP202) or a missing macron
(JP101). Every step reads the shared :class:`TitleReading`, never another step.

>>> from jpterms.check import check
>>> [(f.code, f.text, f.suggestions) for f in check(
...     'MOFA, “Nichiei saiba kyogi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.',
...     path="a.md")]
[('JP101', 'saiba', ('saibā',)), ('JP101', 'kyogi', ('kyōgi',)), ('JP401', 'nit suite', ('ni tsuite',))]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from jpterms.document import TITLE
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.kana import normalize_romaji, strip_macrons
from jpterms.language import CODE, COMMON, ENGLISH, JAPANESE, OTHER, LanguageGuesser, WordVerdict
from jpterms.lookup import PARTICLES, TitleAnalysis, WordAnalysis
from jpterms.prose import ENGLISH_FORM
from jpterms.romaji import hyphens_kept, loan_syllables_only
from jpterms.rules.base import Context, DocumentTitle
from jpterms.rules.citation_names import full_names
from jpterms.rules.japanese_words import compounds_only_japanese_explains, written_abroad
from jpterms.rules.lone_words import far_commoner
from jpterms.rules.title_alignment import Aligned, GuessedWords, align, is_particle, match_case
from jpterms.rules.title_codes import (
    DIVISION,
    MACRON,
    OTHER_STYLE,
    RESTS_ON_FULL_NAME,
    SPELLING,
    SYSTEM,
)
from jpterms.rules.title_division import joined_wrongly, particle_joined_on
from jpterms.rules.title_macrons import (
    CLOSING_WORDS,
    COUNTED,
    PhrasesAsWritten,
    PhrasesWithMacrons,
    capital_counts,
    capitalised_by_style,
    closes,
    closing_compound,
    counted_word,
    divided_as_written,
    era_in_title,
    guessed_prefix,
    half_of_a_word,
    japanese_alone,
    lexicon_only,
    loanword_only,
    lord_word,
    macron,
    missing_macron,
    read_in_title,
    settled,
    spelled_compound,
    title_case_word,
    with_neighbours,
)
from jpterms.rules.title_particles import PARTICLE_FIX, may_be_particle, particle
from jpterms.rules.title_styles import (
    CIRCUMFLEXES,
    LONG_MARKS,
    STYLE_NAMES,
    in_style,
    marks_long_vowels,
    other_style,
    own_name,
    published_spelling,
    styled,
)
from jpterms.spelling import LOAN_VOWEL, MacronVerdict, SpellingJudge, with_bound_suffixes


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


@dataclass(frozen=True)
class TitleReading:
    """What every step of one title's reading shares, worked out once
    (:func:`read_title`): the analysis and each word's language, the words lined up
    with the conversion (or with the romanisation of the original the citation gives),
    the phrases the words spell, and the full names among them."""

    ctx: Context
    title: DocumentTitle
    judge: SpellingJudge
    guesser: LanguageGuesser
    #: the writer marks long vowels (in the document or in this title)
    trusts: bool
    analysis: TitleAnalysis
    verdicts: list[WordVerdict]
    #: the romanisation of the title's original, or ""
    paired: str
    aligned: dict[int, Aligned]
    guessed: GuessedWords
    phrases: PhrasesAsWritten
    joint: PhrasesWithMacrons | None
    #: a writer who marks no long vowel anywhere, with no translation or original to go
    #: on: the words around a word that exists as written may read it long
    reads_whole: bool
    names: dict[int, str]

    @cached_property
    def written_words(self) -> list[str]:
        """The title's written words (made once: each word's steps read them all)."""
        return [v.written for v in self.analysis.words]

    @cached_property
    def capitals(self) -> tuple[int, int]:
        """The capitalised words after the first and the words so counted
        (:func:`~jpterms.rules.title_macrons.capital_counts`), made once."""
        return capital_counts(self.analysis.words)

    @property
    def lengthens(self) -> bool:
        """Whether missing macrons are reported: the rule is on and the style writes them."""
        return self.ctx.style in ("modified", "traditional") and self.ctx.enabled(MACRON)

    def weighed(self, found: MacronVerdict | None, w: WordAnalysis,
                index: int) -> MacronVerdict | None:
        """A word's macron verdict ``found`` weighed with the rest of the title: its
        neighbours (:func:`with_neighbours`), then, for a writer who marks no long vowel
        and gives no translation, the title's words read together, a first word
        capitalised only as the title's first, and an era name."""
        words = self.analysis.words
        found = with_neighbours(found, index, self.phrases, self.joint, bool(self.paired))
        if found is None and self.reads_whole:
            found = read_in_title(w, index, self.title, self.judge, self.phrases)
        if found is None and self.reads_whole:
            found = title_case_word(w, index, words, self.judge)
        if self.reads_whole:
            found = era_in_title(w, index, words, self.judge, found)
        return found


def read_title(ctx: Context, title: DocumentTitle, judge: SpellingJudge,
               guesser: LanguageGuesser, trusts: bool) -> TitleReading | None:
    """What one title's words share (:class:`TitleReading`); ``None`` for a title no
    word of which only Japanese explains, with no translation to say so: English or
    foreign."""
    analysis = title.analysis
    verdicts = [guesser.word(w.written) for w in analysis.words]
    if not any(v.language == JAPANESE for v in verdicts) and not (
            title.title.context and all(v.may_be_japanese for v in verdicts)) and \
            not compounds_only_japanese_explains(verdicts, judge, guesser):
        return None
    paired = _original_romaji(ctx, title)
    aligned = {id(a.word): a for a in align(analysis, paired)}
    guessed = GuessedWords(ctx, title.title.original or analysis.kanji, paired or analysis.romaji)
    phrases = PhrasesAsWritten(analysis.words, judge)
    joint = None if trusts or paired else PhrasesWithMacrons(
        analysis.words, judge, [v.english for v in verdicts])
    reads_whole = not trusts and not paired and not title.title.context
    names = {} if trusts else full_names(
        [w.written for w in analysis.words], judge, title.title.text,
        tuple((w.written, w.start, w.end, None) for w in analysis.words))
    return TitleReading(ctx, title, judge, guesser, trusts, analysis, verdicts, paired,
                         aligned, guessed, phrases, joint, reads_whole, names)


@dataclass(frozen=True)
class _Word:
    """One written word of a title being read: its place, analysis, language and span in
    the source."""

    index: int
    w: WordAnalysis
    verdict: WordVerdict
    start: int
    end: int

    @property
    def written(self) -> str:
        return self.w.written

    @property
    def unparsed(self) -> bool:
        """No syllables spell it, and it is no join of fragments."""
        return self.w.syllables is None and not self.w.merged


#: What a step of a word's reading found: ``None`` where the step does not read the word
#: (the next one does), else its findings, none or more (no later step reads the word).
_Found = Iterable[Finding] | None


def _needs_macron(r: TitleReading, word: _Word, spelled: str, confidence: str,
                  why: str = "") -> Finding:
    """A missing-macron finding on ``word``, spelled ``spelled``; ``why``: the evidence
    it rests on, when not the lexicon alone."""
    because = f" ({why})" if why else ""
    return r.ctx.make(word.start, word.end, MACRON,
                      f"'{word.written}' needs a macron: '{spelled}'{because}", [spelled],
                      confidence=confidence)


def word_findings(r: TitleReading, index: int) -> Iterable[Finding]:
    """The findings on the ``index``-th written word of a title: each step in turn, until
    one reads the word. The steps before the alignment read the word as written; the
    others compare it with the correct words it covers."""
    w = r.analysis.words[index]
    word = _Word(index, w, r.verdicts[index], *r.title.source_span(w.start, w.end))
    for step in (_by_full_name, _counted, _not_romaji, _closing_word, _lords_title,
                 _particle_word):
        found = step(r, word)
        if found is not None:
            return found
    if w.written.strip("'") != w.written:
        return ()  # a quotation mark glued to the word (‘shūmon): not part of it
    raw = r.title.title.text[w.start : w.end]  # as written (decoded from LaTeX or JSON escapes)
    if marks_long_vowels(w.written) and r.judge.exists_as_written(w.written) \
            and not any(c in CIRCUMFLEXES for c in raw):
        return ()  # an established macron is never removed
    # ramen, dojo: an English form, from a writer who marks long vowels where they
    # mean the Japanese word (as citation_words reads it): no macron is missing
    # (not where the document also writes it marked: Hokkaido [Hokkaidō] is two spellings)
    english_form = r.trusts and word.verdict.english >= ENGLISH_FORM and \
        w.written.lower() not in r.ctx.marked_spellings
    a = r.aligned.get(id(w))
    if a is None or not a.canonical:
        return _lost_word(r, word, english_form)
    a, correct = _in_writers_division(r, word, a)
    found = _division(r, word, a, correct)
    if found is None:
        found = _split_by_conversion(r, word, a, correct)
    if found is None:
        found = _kunrei(r, word, a, correct)
    expected = in_style(correct, r.ctx.style)
    if found is None:
        found = _circumflex(r, word, a, correct, expected, raw)
    if found is None:
        found = _other_system(r, word, a, expected)
    if found is None:
        found = _lengthened(r, word, a, correct, english_form)
    return found


def _by_full_name(r: TitleReading, word: _Word) -> _Found:
    """A person's full name JMnedict knows (Naito Konan) decides both halves."""
    if word.index not in r.names:
        return None
    spelled = r.names[word.index]
    if spelled != word.written and not r.trusts and r.ctx.enabled(MACRON):
        return [_needs_macron(r, word, spelled, LIKELY, RESTS_ON_FULL_NAME)]
    return ()


def _counted(r: TitleReading, word: _Word) -> _Found:
    """A number and a word of two syllables or more (30-shunen 三十周年): the word
    judged alone, as the conversion cannot read it."""
    counted = COUNTED.fullmatch(word.written) if word.unparsed and not r.trusts else None
    if counted is None:
        return None
    if r.lengthens:
        lengthened = counted_word(counted[2], r.judge)
        if lengthened is not None:
            return [_needs_macron(r, word, counted[1] + lengthened, POSSIBLE)]
    return ()


def _not_romaji(r: TitleReading, word: _Word) -> _Found:
    """Code, numbers, English or another language's words: nothing to report; a word of
    letters no syllables spell: not valid romaji."""
    written, verdict = word.written, word.verdict
    if verdict.language == CODE or (word.unparsed and not (
            written.isalpha() and written.isascii())):
        return ()  # remove(), 1699, 512–518: nothing below reports them (no wordfreq asked)
    if verdict.language in (ENGLISH, OTHER) and \
            max(verdict.english, r.guesser.other(written)) >= 2.5:
        return ()  # Rural, Todesstrafe: not romaji, and not an error
    if not word.unparsed:
        return None
    if written.isalpha() and written.isascii() and len(written) > 1 and \
            r.ctx.enabled(SPELLING) and not _FOREIGN_LETTERS.search(written.lower()) and \
            not any(c in LONG_MARKS for c in written) and \
            verdict.english < 2.5 and r.guesser.other(written) < 2.5:
        return [r.ctx.make(word.start, word.end, SPELLING, f"'{written}' is not valid romaji",
                           confidence=POSSIBLE)]
    return ()


def _closing_word(r: TitleReading, word: _Word) -> _Found:
    """A word that closes a title after a noun (Hinoeuma kō 丙午考, "a study of"): so
    short a word alone says nothing, its place in the title does; or the same word set off
    by a hyphen (Shumon ninbetsu-kō 宗門人別考), its head judged as a word, but not after
    a name (Biwa-ko 琵琶湖, a lake)."""
    words, index, written = r.analysis.words, word.index, word.written
    last = index == len(words) - 1
    lowered = written.lower()
    if lowered in CLOSING_WORDS and last and index and not r.trusts and \
            words[index - 1].written.lower() not in PARTICLES and r.lengthens:
        return [_needs_macron(r, word, match_case(written, CLOSING_WORDS[lowered]), POSSIBLE)]
    head, hyphen, tail = written.rpartition("-")
    if hyphen and head[:1].islower() and tail.lower() in CLOSING_WORDS and last and \
            not r.trusts and r.lengthens:
        found = r.judge.missing_macron(head)
        spelled = f"{found.suggestion if found else head}-" \
                  f"{match_case(tail, CLOSING_WORDS[tail.lower()])}"
        return [_needs_macron(r, word, spelled, POSSIBLE)]
    return None


def _lords_title(r: TitleReading, word: _Word) -> _Found:
    """公 kō, "lord", after a person's given or art name (Naoshige-kō 直茂公)."""
    lord = lord_word(word.written, r.judge) if "-" in word.written and not r.trusts and \
        r.lengthens else None
    return None if lord is None else [_needs_macron(r, word, lord, POSSIBLE)]


def _particle_word(r: TitleReading, word: _Word) -> _Found:
    """A particle written he, wo or ha (:func:`particle`); no finding in a document that
    writes its particles so throughout (:attr:`Context.writes_kana_particles`)."""
    lowered = word.written.lower()
    if lowered in PARTICLE_FIX and len(r.analysis.words) > 1 and \
            may_be_particle(lowered, word.index):
        return [] if r.ctx.writes_kana_particles else \
            [particle(r.ctx, word.written, word.start, word.end)]
    return None


def _lost_word(r: TitleReading, word: _Word, english_form: bool) -> Iterable[Finding]:
    """A word the conversion lost (no correct word lines up with it): the lexicon's
    verdict, weighed with the title (:meth:`TitleReading.weighed`)."""
    words, index, w, judge = r.analysis.words, word.index, word.w, r.judge
    if half_of_a_word(words, index, judge):
        return ()  # sa reta: された sareta written in two, no word retā
    if not r.lengthens or w.merged or english_form:
        return ()
    found = lexicon_only(settled(judge.missing_macron(
        w.written, trusts_as_written=r.trusts), ""), japanese_alone(
        r.written_words, r.verdicts, index))
    found = capitalised_by_style(found, index, words, judge, r.capitals)
    if found is None and not r.trusts and not r.paired:
        found = spelled_compound(w, r.title.title.text[w.start : w.end], judge)
    found = r.weighed(found, w, index)
    if found is None and r.reads_whole and closes(r.title.text, w.end):
        found = closing_compound(w.written, judge)
    if found is None:
        return ()
    return [_needs_macron(r, word, found.suggestion, found.confidence)]


def _in_writers_division(r: TitleReading, word: _Word, a: Aligned) -> tuple[Aligned, str]:
    """The aligned word and its correct form; for a hyphenated word, the correct letters
    read in the writer's division: a hyphen and a space are the same boundary (Mito-ryo
    for Mitoryō, Sendai-ryo for Sendai ryō)."""
    correct = " ".join(a.canonical)
    w = word.w
    if "-" in w.written and not w.merged:
        divided = divided_as_written(w.written, correct, r.judge, r.trusts)
        if divided is not None and (divided != w.written or len(a.canonical) == 1):
            return Aligned(w, [divided]), divided
    return a, correct


def _division(r: TitleReading, word: _Word, a: Aligned, correct: str) -> _Found:
    """A word joined where modified Hepburn divides it (Nihonno, tono), or fragments to
    join (nit suite)."""
    w, judge = word.w, r.judge
    if not (w.merged or (len(a.canonical) > 1 and joined_wrongly(a, judge, r.trusts))):
        return None
    if w.merged and not all(judge.is_known(c) or is_particle(c) for c in a.canonical):
        return ()  # a join must give real words
    written = r.ctx.document.source[word.start:word.end]
    if w.merged and r.guesser.english(written.split()[0]) >= _ENGLISH_IN_TITLE:
        return ()  # Kiss o (a song's "Ashita no tame ni Kiss o"): an English word
        # the title writes, no fragment of a syllable (nit suite: nitsuite)
    fixed = match_case(w.written, correct)
    sure = w.merged or particle_joined_on(a, judge) or (
        w.best is not None and w.best.source == "glossary")
    return [r.guessed.cap(a, r.ctx.make(word.start, word.end, DIVISION,
                                        f"'{written}' is divided '{fixed}' in modified Hepburn",
                                        [fixed], confidence=LIKELY if sure else POSSIBLE))]


def _split_by_conversion(r: TitleReading, word: _Word, a: Aligned, correct: str) -> _Found:
    """A written word the conversion divided into several words, where no division is
    reported: a macron its parts or the word whole lack."""
    if len(a.canonical) == 1:
        return None
    w, index, judge = word.w, word.index, r.judge
    if "-" in w.written and r.lengthens and not r.trusts and not r.paired:
        # the conversion read the parts as words of their own (Toshokan-zo as
        # toshokan zo, Bunko-zo as bun kōzō): a suffix always long after a hyphen
        # is lengthened, the other parts left as the writer divided them
        suffixed = with_bound_suffixes(w.written)
        if suffixed is not None:
            return [_needs_macron(r, word, suffixed, POSSIBLE)]
    if r.reads_whole and r.lengthens:
        # the conversion divided a word no dictionary lists whole (kinreiko as
        # Kin Reiko, ninzucho as ninzu Chō): the lexicon's reading of it as one
        # compound (禁令考 kinreikō), as for a word the conversion lost
        found = guessed_prefix(judge.missing_macron(w.written), a.canonical)
        if found is not None and judge.exists_as_written(w.written) and (
                "-" in w.written or not far_commoner(w.written, found, judge)):
            found = None
        found = None if found is None else with_neighbours(
            settled(found, correct), index, r.phrases, r.joint, False)
        # the conversion divided a word that exists as written (horan as ho ran):
        # the title's words read together may still read it long (抱卵 hōran)
        if found is None:
            found = read_in_title(w, index, r.title, r.judge, r.phrases)
        if found is not None:
            return [_needs_macron(r, word, found.suggestion, POSSIBLE)]
    return ()


def _kunrei(r: TitleReading, word: _Word, a: Aligned, correct: str) -> _Found:
    """A word no Hepburn spells whose correct form Hepburn does: Kunrei-shiki or
    Nihon-shiki (JP201)."""
    w = word.w
    if "hepburn" in w.systems or w.best is None or \
            strip_macrons(correct).lower() == strip_macrons(w.written).lower():
        return None
    if r.judge.exists_as_written(w.written):
        return ()  # also a Hepburn word as written
    if w.syllables and loan_syllables_only(w.syllables) and LOAN_VOWEL.search(w.written):
        # ti, tu, tyu in a word whose long ī or ē only a loanword writes: Hepburn's ティ,
        # トゥ, テュ (*rīdabiritī* リーダビリティー), not Kunrei-shiki's チ, ツ, チュ
        return ()
    fixed = hyphens_kept(w.written, match_case(w.written, styled(correct, r.ctx.style)))
    if not w.systems & {"kunrei", "nihon"}:
        # zi with shu (Chinese *zishu*): no one system writes it, so no system
        # error is sure; only wāpuro typing would, and other languages do
        return [r.guessed.cap(a, r.ctx.make(word.start, word.end, SYSTEM,
                                            f"'{w.written}' is not Hepburn; Hepburn writes "
                                            f"'{fixed}'", [fixed], confidence=POSSIBLE))]
    # a writer who marks long vowels may be transcribing old kana on purpose; a
    # spelling English or another European language writes itself (Siva, the
    # Sanskrit god's name in English) may be that language's word: never --fix's
    # a capitalised word may be a name in its own (or another language's)
    # spelling (Isho Ziwa, Syriac): reported, but --fix leaves it
    abroad = written_abroad(w.written, r.guesser)
    return [r.guessed.cap(a, r.ctx.make(word.start, word.end, SYSTEM,
                                        f"'{w.written}' is Kunrei-shiki; Hepburn writes '{fixed}'",
                                        [fixed], confidence=POSSIBLE if abroad else
                                        LIKELY if r.trusts or w.written[:1].isupper()
                                        else CERTAIN))]


def _circumflex(r: TitleReading, word: _Word, a: Aligned, correct: str, expected: str,
                raw: str) -> _Found:
    """Long vowels marked with a circumflex where the style writes macrons (JP202)."""
    w, style = word.w, r.ctx.style
    if style == "plain" or not any(c in CIRCUMFLEXES for c in raw) or \
            strip_macrons(w.written).lower() != strip_macrons(expected).lower():
        return None
    if r.ctx.writes_circumflexes or normalize_romaji(w.written).lower() != correct.lower():
        # the document's own style throughout: consistent, not wrong; or the
        # reading marks other vowels long (Tô 唐 read と): a long mark is never
        # taken away
        return ()
    # among macrons: probably a slip, but a citation may keep the spelling of the
    # work it cites, so --fix leaves it (--fix-unsafe applies it)
    return [r.guessed.cap(a, r.ctx.make(word.start, word.end, OTHER_STYLE,
                                        f"'{raw}' marks long vowels with a circumflex; "
                                        f"{STYLE_NAMES[style]} writes '{match_case(w.written, expected)}'",
                                        [match_case(w.written, expected)], confidence=LIKELY))]


def _other_system(r: TitleReading, word: _Word, a: Aligned, expected: str) -> _Found:
    """A word spelled the wāpuro or traditional-Hepburn way, or the modified way under
    ``--style traditional`` (JP202)."""
    w, style = word.w, r.ctx.style
    if style == "plain" or not other_style(w.written, expected):
        return None
    if own_name(r.analysis, w) or r.judge.spells_without_macrons(w.written):
        # an organisation's own name (Asahi Shimbun), or a word that is a known
        # spelling with its macrons left out (Ou for Ōu 奥羽): not another system
        return ()
    if w.written[:1].isupper() and published_spelling(
            [v.written for v in r.analysis.words], r.title.text):
        # a capitalised word of a title that capitalises every word but particles
        # and marks no long vowel (*Saikou no Rikon*, *Yume de Aimashou*): the
        # work's own published romanisation, which a citation keeps
        return ()
    fixed = match_case(w.written, expected)
    # wāpuro ou/uu and traditional m are how many works and bodies romanise their
    # own names (Touken Ranbu, Temmu 2 in an era calculator, Hakuhou jidai in
    # JAANUS): in a cited work's wording that marks no long vowel itself, --fix
    # leaves it and --fix-unsafe applies it; beside a macron of the same title
    # (saibā kyougi) it is the writer's own slip. A capitalised word may be a
    # name's or a work's own romanisation beside the writer's macrons (*Kazemachi
    # de Aimashou*, *Shūhasū* beside *Shohousen*): reported, never fixed unasked
    published = CERTAIN if (not r.ctx.cites(word.start) or any(
        c in LONG_MARKS for c in r.title.text)) and not w.written[:1].isupper() \
        else LIKELY
    return [r.guessed.cap(a, r.ctx.make(word.start, word.end, OTHER_STYLE,
                                        f"'{w.written}' is not {STYLE_NAMES[style]}; write '{fixed}'",
                                        [fixed], confidence=published))]


def _lengthened(r: TitleReading, word: _Word, a: Aligned, correct: str,
                english_form: bool) -> Iterable[Finding]:
    """A long vowel the correct form writes and the written word lacks (JP101): the
    original script or the translation decides; else the lexicon, weighed with the title
    (:meth:`TitleReading.weighed`)."""
    if not r.lengthens or english_form:
        return ()
    w, index, words, judge = word.w, word.index, r.analysis.words, r.judge
    if word.verdict.english >= COMMON and loanword_only(w.written.lower(), judge):
        # an English word that only a loanword in katakana lengthens: the writer wrote
        # the English word (the "nun shogun", not ヌーン noon)
        return ()
    # the original script decides; a name's reading may still be its own (大野:
    # Ōno or Ono), so a capitalised word is likely, not certain
    found = macron(w, correct, r.title, judge, r.trusts, alone=japanese_alone(
        r.written_words, r.verdicts, index)) if not r.paired else (
        MacronVerdict(match_case(w.written, correct),
                      LIKELY if w.written[:1].isupper() else CERTAIN, (correct,))
        if missing_macron(w.written, correct) else None)
    found = capitalised_by_style(found, index, words, judge, r.capitals)
    found = r.weighed(found, w, index)
    if found is not None and found.confidence == CERTAIN and len(words) == 1 \
            and word.verdict.english >= ENGLISH_FORM and r.title.title.segment.role != TITLE:
        # a word alone in quotes or emphasis in running text that English writes
        # too (The word "aikido" is formed of three kanji): the writer may mean the
        # English word, so --fix leaves it (a title field of one word is a title)
        found = MacronVerdict(found.suggestion, LIKELY, found.alternatives)
    if found is not None and found.confidence != POSSIBLE and not r.paired \
            and half_of_a_word(words, index, judge):
        # Daka reta: 抱かれた written in two, which the conversion read too; the
        # finding stays, but what it changes may be half a verb: never fixed
        found = MacronVerdict(found.suggestion, POSSIBLE, found.alternatives)
    if found is None:
        return ()
    return [r.guessed.cap(a, _needs_macron(r, word, found.suggestion, found.confidence))]
