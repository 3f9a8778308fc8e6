"""Rules on romanised citation titles: macron, system, spelling, division, particle.

Each title is analysed once (:func:`jpterms.lookup.analyze_title`): every
written word gets the Japanese word it stands for, chosen by the glossary, the
Mozc dictionary and the bracketed English translation, and the whole title is
converted to kanji and romanised again. Written and correct forms are then
compared word by word: a vowel the correct form writes long is a missing
macron, a Kunrei-shiki syllable is a system error, a word the correct form
splits is a division error.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import repeat

from jpterms.citations import inside
from jpterms.dictionaries import jamdict_rows, mozc_convert
from jpterms.document import EMPHASIS, PUBLISHER, TITLE, Segment
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.glossed_terms import adjacent_gloss, spelled_by_gloss
from jpterms.kana import fold_romaji, kana_to_romaji, normalize_romaji, strip_macrons, to_hiragana
from jpterms.language import (
    AMBIGUOUS,
    CODE,
    COMMON,
    ENGLISH,
    JAPANESE,
    OTHER,
    UNKNOWN,
    LanguageGuesser,
    Run,
    WordVerdict,
)
from jpterms.lookup import PARTICLES, TitleAnalysis, WordAnalysis
from jpterms.prose import BY_ERA, BY_NAME, ENGLISH_FORM, GAP, ProseWords
from jpterms.romaji import kana_of, parse_word, word_systems
from jpterms.rules.base import Alternation, Context, DocumentTitle, Rule
from jpterms.spelling import (
    LOAN_VOWEL,
    NAME_PEOPLE,
    REAL,
    MacronVerdict,
    SpellingJudge,
    with_bound_suffixes,
    with_long_vowels,
)
from jpterms.title_analysis import CompoundCandidate, title_words

MACRON = Rule(
    "JP101", "macron", "missing-macron",
    "A long vowel written without its macron in a romanised title (kyogi for kyōgi).",
    bad=('MOFA, “Nichiei saiba kyogi no kaisai ni tsuite [Japan-UK cyber dialogue],” 2012.',
         'Asagumo, “Nichiei ryokoku, sobihin kyodo kaihatsu de goi [agreement on joint '
         'development],” 2012.'),
    good=('MOFA, “Nichiei saibā kyōgi no kaisai ni tsuite [Japan-UK cyber dialogue],” 2012.',
          'MOFA, “Kyogi [falsehood],” 2014.',
          # a writer who marks long vowels is trusted where the word as written exists
          'MOFA, “Nichiei buppin ekimu sōgo teikyō kyōtei no shomei,” 2017.'),
)
SYSTEM = Rule(
    "JP201", "system", "non-hepburn-system",
    "A Kunrei-shiki or Nihon-shiki syllable in Hepburn text (si, ti, tu, hu, zi, sya, tyo).",
    bad=('Yomiuri, “Nichibei dōmei no sinka [Deepening the alliance],” 2015.',
         'MOD, “Bōei hakusyo [Defense white paper],” 2014.',
         'Prime Minister Hukuda met the press in Tôkyô.'),
    good=('Yomiuri, “Nichibei dōmei no shinka [Deepening the alliance],” 2015.',
          'NISC, “Jōhō sekyuriti [information security],” 2014.'),
)
OTHER_STYLE = Rule(
    "JP202", "system", "other-romanisation-style",
    "A word spelled the wāpuro or traditional-Hepburn way (kyougi, Shimbun, wo) in a title "
    "held to modified Hepburn, or the modified way under --style traditional; a circumflex "
    "(kyôgi) among macrons, but not in a document that writes circumflexes throughout.",
    bad=('Yomiuri, “Nichibei kyougi no kekka [Results of the Japan-US consultations],” 2015.',
         'Yomiuri, “Nichibei kyôgi no kekka [Results of the Japan-US consultations],” 2015.',
         'MOFA, “Gemba gaimu daijin no kaiken [Press conference by Foreign Minister Gemba],” '
         '2012.'),
    good=('Yomiuri, “Nichibei kyōgi no kekka [Results of the Japan-US consultations],” 2015.',
          'MOFA, “Genba gaimu daijin no kaiken [Press conference by Foreign Minister Gemba],” '
          '2012.',
          'Ôta Hiroshi, “Kindai Tôkyô no kyôiku [Education in modern Tokyo],” Tôkyô: '
          'Kôbundô, 1990.'),
)
SPELLING = Rule(
    "JP301", "spelling", "not-romaji",
    "A word in a romanised title that is not valid romaji.",
    bad=('MOFA, “Nichiei kyōgi no kaisaai dgk [Japan-UK consultation],” 2012.',),
    good=('MOFA, “Nichiei kyōgi no kaisai [Japan-UK consultation],” 2012.',),
)
DIVISION = Rule(
    "JP401", "division", "word-division",
    "Words joined or split where modified Hepburn (ALA-LC) divides them otherwise.",
    bad=('MOFA, “Nichiei saibā kyōgi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.',
         'MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō tono kaidan [meeting],” 2011.'),
    good=('MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no kaidan [meeting],” 2011.',),
)
PARTICLE = Rule(
    "JP501", "particle", "particle-spelling",
    "The particles へ, を and は written he, wo and ha instead of e, o and wa.",
    bad=('Cabinet Office, “Nihon he no teigen [Proposals to Japan],” 2010.',),
    good=('Cabinet Office, “Nihon e no teigen [Proposals to Japan],” 2010.',),
)
RULES = (MACRON, SYSTEM, OTHER_STYLE, SPELLING, DIVISION, PARTICLE)
_STYLE_NAMES = {"modified": "modified Hepburn", "traditional": "traditional Hepburn",
                "plain": "Hepburn"}

_MACRON_VOWELS = re.compile("[āīūēō]")
_CIRCUMFLEXES = frozenset("âîûêôÂÎÛÊÔ\u0302")
_PARTICLE_FIX = {"he": "e", "wo": "o", "ha": "wa"}


@dataclass
class _Aligned:
    word: WordAnalysis
    canonical: list[str]  # the correct words this written word covers


_SYLLABIC_M = re.compile(r"m(?=[bmp])")


def _letters(text: str) -> str:
    """Letters compared when aligning: no macrons, long vowels short, m before b/m/p as n."""
    return _SYLLABIC_M.sub("n", fold_romaji(text).replace("'", "").replace("-", ""))


def _canonical_words(romaji: str) -> list[str]:
    return [w for w in re.findall(r"[^\s:;,.!?()\[\]\"“”]+", romaji) if any(c.isalpha() for c in w)]


def _target(w: WordAnalysis) -> str:
    """The letters a written word stands for (a Kunrei-shiki word: in Hepburn letters)."""
    if w.best is not None and "hepburn" not in w.systems:
        return _letters(kana_to_romaji(w.best.kana))
    return _letters(w.written)


#: How far ahead (in words) the aligner looks for the next pair of equal words.
_LOOKAHEAD = 8


def _align(analysis: TitleAnalysis, romaji: str = "") -> list[_Aligned]:
    """Map each written word to the correct words it covers, where the letters agree.

    Both sides are walked together, left to right: equal words pair off; where they
    differ, the shortest stretch on each side that spells the same letters (a word
    joined or split) pairs off as a block, and where the letters differ the walk
    resynchronises at the next equal pair within a few words. The work is linear in
    the title's length (an 80 KB crafted title is aligned in one pass).
    """
    canonical = _canonical_words(romaji or analysis.romaji)
    written = [w for w in analysis.words if w.syllables is not None or w.merged]
    targets = [_target(w) for w in written]
    letters = [_letters(c) for c in canonical]
    out: list[_Aligned] = []
    i = j = 0
    while i < len(targets) and j < len(letters):
        if targets[i] == letters[j]:
            out.append(_Aligned(written[i], [canonical[j]]))
            i, j = i + 1, j + 1
            continue
        block = _same_letters(targets, letters, i, j)
        if block is not None:
            i2, j2 = block
            out.extend(_walk(written[i:i2], targets[i:i2], canonical[j:j2], letters[j:j2]))
            i, j = i2, j2
            continue
        i, j = _resync(targets, letters, i, j)
    return out


def _same_letters(targets: list[str], letters: list[str], i: int,
                  j: int) -> tuple[int, int] | None:
    """The ends of the shortest stretches from ``i`` and ``j`` spelling the same letters."""
    a, b = targets[i], letters[j]
    i2, j2 = i + 1, j + 1
    for _ in range(2 * _LOOKAHEAD):
        if a == b:
            return i2, j2
        if len(a) < len(b) and b.startswith(a) and i2 < len(targets):
            a += targets[i2]
            i2 += 1
        elif len(b) < len(a) and a.startswith(b) and j2 < len(letters):
            b += letters[j2]
            j2 += 1
        else:
            return None
    return None


def _resync(targets: list[str], letters: list[str], i: int, j: int) -> tuple[int, int]:
    """The next pair of equal words within the look-ahead, or one step on both sides."""
    best: tuple[int, int] | None = None
    for di in range(_LOOKAHEAD):
        for dj in range(_LOOKAHEAD):
            if (di or dj) and i + di < len(targets) and j + dj < len(letters) and \
                    targets[i + di] == letters[j + dj] and \
                    (best is None or di + dj < best[0] + best[1]):
                best = (di, dj)
    if best is None:
        return i + 1, j + 1
    return i + best[0], j + best[1]


def _walk(written: list[WordAnalysis], targets: list[str], canonical: list[str],
          letters: list[str]) -> list[_Aligned]:
    """Written words against correct words with the same letters, one by one."""
    out: list[_Aligned] = []
    ci = 0
    for w, target in zip(written, targets, strict=True):
        got, covered = "", []
        while ci < len(canonical) and len(got) < len(target):
            covered.append(canonical[ci])
            got += letters[ci]
            ci += 1
        if got != target:
            break  # a split inside a correct word: nothing safe to say from here
        out.append(_Aligned(w, covered))
    return out


def _match_case(written: str, suggestion: str) -> str:
    """The suggestion with the writer's initial capital (or its absence)."""
    first = suggestion[:1].upper() if written[:1].isupper() else suggestion[:1].lower()
    return first + suggestion[1:]


def _is_particle(word: str) -> bool:
    return _letters(word) in PARTICLES


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


def _prose_words(ctx: Context, found: list[Finding], judge: SpellingJudge,
                 guesser: LanguageGuesser) -> Iterator[Finding]:
    """A missing macron in a word standing alone among English words, in prose or an
    English title (the ritsuryo system, the Todaiji compound, Saicho’s temple), or in a
    person's full name JMnedict knows (Kobo Daishi), where no other finding stands and
    the data leave little doubt (:mod:`jpterms.prose`); possible. For a writer who marks no long vowel at all, in a document that shows
    Japanese."""
    taken = _merged([(f.start, f.end) for f in found] + [(p.start, p.end) for p in ctx.paired_words])
    titles = ctx.title_spans  # romanised titles: analysed whole
    words = ProseWords.for_judge(judge, guesser)
    shows: bool | None = None
    # an emperor named after the English title anywhere (Emperor Kosho) is that emperor
    # wherever the name stands alone (Kosho's reign)
    sovereigns: dict[str, str] = {}
    for segment in ctx.document.segments:
        sovereigns.update(words.sovereigns(segment.text))
    for segment in ctx.document.segments:
        text = segment.text
        for ws, we, spelled, why in words.found(text, sovereigns):
            start = segment.source_offset(ws)
            end = segment.source_offset(we - 1) + 1
            if (taken and _overlaps(taken, start, end)) or inside(start, titles):
                continue
            if not why and _in_english_order(text, ws, we, judge):
                continue  # a person named in the English order (Kenzaburo Oe): their spelling
            if shows is None:
                shows = not ctx.shows_no_japanese
            if not shows:
                return
            because = f" ({_BY_FULL_NAME})" if why == BY_NAME else \
                f" ({_BY_ERA})" if why == BY_ERA else ""
            yield ctx.make(start, end, MACRON,
                           f"'{text[ws:we]}' needs a macron: '{spelled}'{because}",
                           [spelled], confidence=POSSIBLE)


def _in_english_order(text: str, start: int, end: int, judge: SpellingJudge) -> bool:
    """Whether ``text[start:end]`` is half of a person's name in the English order, the
    given name before the family name (:func:`_western_order`: Ryoichi Mita, Yuri
    Shinoto): the person's own spelling, not a missing macron."""
    word, _ = _possessive(text[start:end])
    after = _NAME_AFTER.match(text, end)
    if after is not None and _western_order(word, _possessive(after.group(0).strip())[0], judge):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and _western_order(before.group(0).strip(), word, judge)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (for :func:`_overlaps`).

    >>> _merged([(5, 9), (0, 3), (2, 4), (9, 10)])
    [(0, 4), (5, 9), (9, 10)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _institution(source: str, finding: Finding) -> bool:
    """Whether a macron finding's word names a university or college in English
    (Keio University, Kyushu University Press), or a publisher's English imprint
    (Kodansha International): the body's own English name, spelled as the body spells
    it, unless an original decides it."""
    return finding.code == MACRON.code and \
        _INSTITUTION_AFTER.match(source, finding.end) is not None and \
        not finding.message.endswith(f"({_BY_ORIGINAL})")


def _period(source: str, finding: Finding, judge: SpellingJudge) -> bool:
    """Whether a macron finding's capitalised word names a period of Japanese history
    before the English word for one (the Kofun period, "Kofun Culture", the Heian era):
    a word that with 時代 *jidai* spells one dictionary word as written (古墳時代 *kofun
    jidai*, not 興奮 *kōfun*), unless an original decides it. A period the dictionary
    spells long keeps its finding (the Jomon period: 縄文時代 *jōmon jidai*).

    >>> from jpterms.findings import Finding
    >>> judge = SpellingJudge.for_glossary(None)
    >>> text = "the Kofun period and the Jomon period"
    >>> def finding(word: str, spelled: str) -> Finding:
    ...     at = text.index(word)
    ...     return Finding("a.md", 1, at + 1, 1, at + len(word) + 1, MACRON.code, MACRON.kind,
    ...                    word, (spelled,), start=at, end=at + len(word))
    >>> _period(text, finding("Kofun", "Kōfun"), judge), _period(text, finding("Jomon", "Jōmon"), judge)
    (True, False)
    """
    return finding.code == MACRON.code and finding.text[:1].isupper() and \
        _PERIOD_AFTER.match(source, finding.end) is not None and \
        not finding.message.endswith(f"({_BY_ORIGINAL})") and \
        judge.phrase_as_written([finding.text, "jidai"])


#: The English word for a period after a word: " period", " era", " Culture" (時代).
_PERIOD_AFTER = re.compile(r"[ \t-]+(?:[Pp]eriod|[Ee]ra|[Cc]ulture)\b")


#: A syllabic n set off from a vowel or y after it by an apostrophe (Shin’ichi, hen'yō).
_SYLLABIC_N_APOSTROPHE = re.compile(r"[nN]['’][aiueoyāīūēōAIUEOYĀĪŪĒŌ]")
#: An English name of a body after the word: " University", " Junior College", and the
#: English imprint of a publisher (" International": 講談社インターナショナル).
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:(?:Junior|Women['’]s)[ \t]+)?(?:University|College|International)\b")


def _in_writers_marks(ctx: Context, finding: Finding, *, apostrophes: bool = True) -> Finding:
    """A macron finding whose suggestion keeps the writer's own apostrophes and quotes
    (in’yō, not in'yō: the word is read with its apostrophe made plain, and a fix must
    change its vowels only). ``apostrophes``: whether the document sets off a syllabic n
    with an apostrophe anywhere (Shin’ichi); where it never does, the suggestion adds
    none either (*Nihon bunka no henyo*: henyō, not hen'yō, which would be certain and
    change more than the vowel the writer left short)."""
    if finding.code != MACRON.code or not finding.suggestions:
        return finding
    raw = ctx.document.source[finding.start:finding.end]
    first = finding.suggestions[0]
    if first == raw or (raw.isascii() and (apostrophes or not _SYLLABIC_N_APOSTROPHE.search(first))):
        return finding
    kept = with_marks_of(raw, first)
    if kept is None or kept == first:
        return finding
    message = finding.message.replace(f"'{first}'", f"'{kept}'")
    head, sep, tail = message.partition("' needs a macron: ")
    if sep and head.startswith("'"):
        message = f"'{raw}{sep}{tail}"  # the word as written, its apostrophe too
    return replace(finding, suggestions=(kept, *finding.suggestions[1:]), message=message)


def _english_form_unfixed(finding: Finding, guesser: LanguageGuesser, source: str,
                          plurals: dict[str, bool]) -> Finding:
    """A certain macron finding, as likely, when the word is English as it stands: English
    writes it (Zipf :data:`_PROSE_ENGLISH`: shogun 2.9, ramen 3.4, rōnin 2.8), or the
    document gives it an English plural (*A shido ... the number of shidos*, judo's
    penalty). The English word is a real alternative, which a writer who marks no long
    vowel may mean (*the fifth Tokugawa shogun*), so the finding is shown but ``--fix``
    leaves it. ``plurals`` keeps, by word, whether ``source`` writes its plural.

    >>> from jpterms.check import check
    >>> [(f.text, f.confidence) for f in check("*Shogun to ronin no kenkyu* (1990)", path="a.md")]
    [('Shogun', 'likely'), ('ronin', 'likely'), ('kenkyu', 'certain')]
    """
    if finding.confidence != CERTAIN or finding.code != MACRON.code or \
            not finding.text.isalpha():
        return finding
    word = finding.text.lower()
    plural = plurals.get(word)
    if plural is None:
        plural = plurals[word] = _writes_plural(source, word)
    if not plural and guesser.word(finding.text).english < _PROSE_ENGLISH:
        return finding
    return replace(finding, confidence=LIKELY)


def _writes_plural(source: str, word: str) -> bool:
    """Whether ``source`` writes ``word`` (in lower case) with an English plural s, as a
    word of its own, in lower case or capitalised (*shidos*, *Shidos*).

    >>> _writes_plural("the first shidos to result", "shido"), _writes_plural("shidoso", "shido")
    (True, False)
    """
    for form in (word + "s", word[:1].upper() + word[1:] + "s"):
        at = source.find(form)
        while at >= 0:
            end = at + len(form)
            if (not at or not _WORD_CHAR.match(source[at - 1])) and \
                    (end == len(source) or not _WORD_CHAR.match(source[end])):
                return True
            at = source.find(form, end)
    return False


#: A character that continues a word (a letter, a digit, an apostrophe or a hyphen).
_WORD_CHAR = re.compile(r"[\w'’-]")


def _short_notes(ctx: Context, found: list[Finding], judge: SpellingJudge,
                 guesser: LanguageGuesser) -> Iterator[Finding]:
    """A family name alone before a cited title in a short note that gives no year
    ("102. Ota, _The Chronicle of Lord Nobunaga_, 165."; "and Ota, *Kodakara*, 88"; "Ota,
    ed., *Kinsei*"), not a full name's given name (Ota Motoko, ed., *Kinsei*), where no
    other finding stands: read as most bearers of that name read it
    (:meth:`SpellingJudge.surname`), as possible. For a writer who marks no long vowel at all."""
    taken = sorted((f.start, f.end) for f in found)
    for segment in ctx.document.segments:
        text = segment.text
        for m in _short_note_authors(text, guesser):
            word = m.group(1)
            first = segment.source_offset(m.start(1))
            last = segment.source_offset(m.end(1) - 1) + 1
            if (taken and _overlaps(taken, first, last)) or \
                    guesser.word(word).english >= _ENGLISH_SURNAME:
                continue
            surname = judge.surname(word)
            if surname is not None and not ctx.shows_no_japanese:
                yield ctx.make(first, last, MACRON, f"'{word}' needs a macron: '{surname}' "
                               f"({_BY_NAME})", [surname], confidence=POSSIBLE)


def _short_note_titles(text: str, guesser: LanguageGuesser) -> frozenset[int]:
    """Where an emphasised title begins right after a short note's author ("48. Takahashi,
    *Zaigomachi*, 134–135."; "; see Arimoto, *Shinshu,* 151"): a cited work, though a
    short note gives no year to make its line a citation.

    >>> text = "48. Takahashi, *Zaigomachi*, 134–135. He wrote *kaihatsu* too."
    >>> sorted(_short_note_titles(text, LanguageGuesser()))
    [16]
    """
    return frozenset(m.end() for m in _short_note_authors(text, guesser)
                     if text[m.end() - 1] in "*_")


def _short_note_authors(text: str, guesser: LanguageGuesser) -> Iterator[re.Match[str]]:
    """The matches of :data:`_SHORT_NOTE` in ``text``: a short note's author (group 1) and
    the mark of its title; not a name after a capitalised word other than an English one
    (See Arimoto, *Shinshu*): that is a full name's given name (Ota Motoko, ed.,
    *Kinsei*; Hozumi Hoan, *Kyumin*), a full citation read whole elsewhere.

    >>> text = "See Ota, *Kodakara*; Ota Motoko, ed., *Kinsei*"
    >>> [m.group(1) for m in _short_note_authors(text, LanguageGuesser())]
    ['Ota']
    """
    for m in _in_lines_holding(_SHORT_NOTE_CORE, _SHORT_NOTE, text):
        before = _NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
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


def _emphasised_terms(ctx: Context, found: list[Finding], judge: SpellingJudge,
                      guesser: LanguageGuesser) -> Iterator[Finding]:
    """A missing macron in a word set alone in *emphasis* in running text (a term the
    writer marks as foreign: "households designated 'particularly upper class'
    (*betsujo*)"), where no other finding stands and the lexicon is fairly sure of it
    (likely or certain, reported as likely): running text gives no other evidence, and a
    mere guess there was wrong more often than right (*shugo*, *Kirishito-ki*). A guess
    is reported, as possible, only for a word in lower case of four letters or more that
    is no word as written and that the lexicon spells one way with macrons (*kakocho*,
    *ninbetsucho*: dev +8 words, no false alarm, no wrong suggestion), or several ways of
    which one is far the commonest (:func:`_every_reading_long`: *shudo*), unless another
    finding of the document spells the word (which :func:`_elsewhere` spreads). For a
    writer who marks no long vowel at all."""
    taken = sorted((f.start, f.end) for f in found)
    spelled = {f.text for f in found if f.code == MACRON.code}
    titles = ctx.title_spans
    for segment in ctx.document.segments:
        text = segment.text
        for start, end, role in segment.spans:
            if role != EMPHASIS or not _TITLE_WORD.fullmatch(text, start, end):
                continue
            first = segment.source_offset(start)
            last = segment.source_offset(end - 1) + 1
            if (taken and _overlaps(taken, first, last)) or inside(first, titles):
                continue
            word = text[start:end]
            glossed = _glossed(word, text, start, end, judge, guesser)
            if glossed is not None:
                # the English beside the term says which word it is (*karo* (chief
                # retainer): 家老 karō): the gloss decides, whatever the lexicon guesses
                if glossed != word and not ctx.shows_no_japanese:
                    yield ctx.make(first, last, MACRON,
                                   f"'{word}' needs a macron: '{glossed}' ({_BY_GLOSS})",
                                   [glossed], confidence=LIKELY)
                continue
            if guesser.word(word).language != JAPANESE or word.lower() in PARTICLES:
                continue
            verdict = judge.missing_macron(word)
            if verdict is None or ctx.shows_no_japanese:
                continue
            if verdict.confidence == POSSIBLE:
                if not word.islower() or len(word) < 4:
                    continue  # (a word emphasised alone: Latin, Sanskrit, Chinese as often)
                if len(verdict.alternatives) > 1:
                    if word in spelled or not _every_reading_long(word, verdict, judge, guesser):
                        continue
                elif judge.exists_as_written(word):
                    continue
                others = [a for a in verdict.alternatives if a != verdict.suggestion]
                yield ctx.make(first, last, MACRON,
                               f"'{word}' needs a macron: '{verdict.suggestion}'",
                               [verdict.suggestion, *others], confidence=POSSIBLE)
                continue
            yield ctx.make(first, last, MACRON,
                           f"'{word}' needs a macron: '{verdict.suggestion}'",
                           [verdict.suggestion], confidence=LIKELY)


def _glossed(word: str, text: str, start: int, end: int, judge: SpellingJudge,
             guesser: LanguageGuesser) -> str | None:
    """The emphasised ``word`` (``text[start:end]``) as the English glossing it in
    parentheses beside it spells it (:mod:`jpterms.glossed_terms`: *karo* (chief
    retainer): *karō*; *kanji* (Chinese characters): as written); ``None`` where no gloss
    stands beside it or the gloss decides nothing. Not a Japanese word English has
    borrowed (*kaiju* (monster movie): the guesser takes it for Japanese, and English
    writes it), which the writer may mean as English (English writing the letters for
    words of its own, *karo* or *chu*, says nothing of that); nor a particle, nor a
    word the writer divides (*o-metsuke* (inspector), the honorific お before 目付, not
    大目付 *ōmetsuke*): a dictionary word is glossed whole.

    >>> judge = SpellingJudge.for_glossary(None)
    >>> guesser = LanguageGuesser.for_lexicon(judge.lexicon)
    >>> text = "chief retainers (*karo*) and one era name (*nengo*)"
    >>> _glossed("karo", text, 18, 22, judge, guesser), _glossed("nengo", text, 44, 49, judge, guesser)
    ('karō', 'nengō')
    """
    if "-" in word or word.lower() in PARTICLES or parse_word(word) is None:
        return None
    language = guesser.word(word)
    if language.language == JAPANESE and language.english >= ENGLISH_FORM:
        return None
    gloss = adjacent_gloss(text, start, end)
    spelled = spelled_by_gloss(judge, word, gloss) if gloss else None
    return None if spelled is None else with_long_vowels(word, spelled)


def _every_reading_long(word: str, verdict: MacronVerdict, judge: SpellingJudge,
                        guesser: LanguageGuesser) -> bool:
    """Whether an emphasised word in lower case that the lexicon spells several ways with
    long vowels (*shudo*: shudō 衆道 4.1, shūdō 3.6, shūdo 1.8) is a Japanese term that needs
    the commonest of them: the guesser takes it for Japanese, English hardly writes it (not
    *supa*, *osho*), no common word is spelled as written (Zipf below
    :data:`_EMPHASIS_AS_WRITTEN`: not *shojo* 処女 3.8, *horo* 3.0), and the commonest
    spelling is at least :data:`_EMPHASIS_LEAD` commoner than the next (not *roshu*: roshū
    1.8, rōshū 1.4; *kogo*: kōgo 3.7, kōgō 3.4). On dev, stripped: 20 words right (shudō 14,
    rōjū, sōsho, kōhī, ryūkō), 1 wrong (hyōdo for hyōdō, which is offered after it), no
    false alarm.

    >>> judge = SpellingJudge.for_glossary(None)
    >>> guesser = LanguageGuesser.for_lexicon(judge.lexicon)
    >>> [_every_reading_long(w, judge.missing_macron(w), judge, guesser)
    ...  for w in ("shudo", "shojo", "roshu")]
    [True, False, False]
    """
    language = guesser.word(word)
    if language.language != JAPANESE or language.english >= ENGLISH_FORM or \
            judge.frequency_as_written(word.lower()) >= _EMPHASIS_AS_WRITTEN:
        return False
    forms = judge.forms(word)
    best = forms.get(verdict.suggestion.lower(), 0.0)
    return all(best - forms.get(other, 0.0) >= _EMPHASIS_LEAD
               for other in verdict.alternatives if other != verdict.suggestion.lower())


#: A word spelled as written at least this often (Zipf) may be meant as written, though
#: emphasised (*shojo* 処女 3.8, *hoko* 3.4).
_EMPHASIS_AS_WRITTEN = 3.0
#: How much commoner (Zipf: about three times) the commonest of several long spellings of
#: an emphasised word must be than each other one.
_EMPHASIS_LEAD = 0.5


def _publisher_fields(ctx: Context, judge: SpellingJudge) -> dict[tuple[int, int], tuple[str, str]]:
    """The words of publisher fields (BibTeX ``publisher``, CSL ``publisher``) that the
    shipped publisher table reads one way: source span -> (as written, as the table
    spells it)."""
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for segment in ctx.document.segments:
        if segment.role != PUBLISHER:
            continue
        words = list(_CAPITALISED_WORD.finditer(segment.text))
        if not 0 < len(words) <= _MOST_PUBLISHER_WORDS or \
                segment.text[words[0].start():words[-1].end()].count(","):
            continue
        spelled = judge.publisher([w.group(0) for w in words])
        if spelled is None:
            continue
        for w, sp in zip(words, spelled, strict=True):
            span = (segment.source_offset(w.start()), segment.source_offset(w.end() - 1) + 1)
            out[span] = (w.group(0), sp)
    return out


#: The most words a publisher's name spans (*Nihon Koten Zenshū Kankōkai*).
_MOST_PUBLISHER_WORDS = 4


def _elsewhere(ctx: Context, found: list[Finding], judge: SpellingJudge,
               guesser: LanguageGuesser, only: set[str] | None = None,
               terms: frozenset[str] | set[str] = frozenset()) -> Iterator[Finding]:
    """The same missing macron where the same word is written again in a title or a
    citation of the document (a short citation "in Ota, ..." after the full name that
    decided Ōta), for a word all the findings on it spell one way and no original decided
    as written; at most likely. From a certain finding or one resting on an original, a
    name or a publisher, also a capitalised name in running text; from any other finding,
    only a word that is no word as written (*Zushoryobon* in a title reported, then in the
    English gloss after it: "(The Zushoryobon Manuscript ...)"), only in titles and
    citations, and possible. ``only``: the words to spread, when not every decided one
    (the names a full name in the prose decided: Nakano Shogen, then Shogen’s reply).
    ``terms``: words the writer emphasised as terms (*kakocho*), spread into running text
    too (an analysis of kakocho). For a writer who marks no long vowel at all."""
    decided: dict[str, set[str]] = {}
    strong: set[str] = set()  # words a certain or deciding finding spelled
    for f in found:
        if f.code != MACRON.code or not f.suggestions:
            continue
        deciding = f.confidence == CERTAIN or f.message.endswith(_DECIDING)
        if deciding:
            strong.add(f.text)
        elif judge.exists_as_written(f.text):
            continue  # a word as written too (josei, Ono): one title's guess decides no other
        elif guesser.word(f.text).english >= _SPREAD_ENGLISH:
            continue  # a word English writes (Dogen, Ryukyu, Shogun): perhaps so on purpose
        decided.setdefault(f.text, set()).add(f.suggestions[0])
    source = ctx.document.source
    for p in ctx.paired_words:
        if not p.suggestion:
            decided.setdefault(source[p.start:p.end], set()).add(source[p.start:p.end])
    # a word English writes too (Tokyo, Osaka) may be written so on purpose elsewhere
    spelled = {w: next(iter(s)) for w, s in decided.items() if len(s) == 1 and w not in s
               and (only is None or w in only)
               and guesser.word(w).language not in (AMBIGUOUS, ENGLISH, OTHER)}
    if not spelled:
        return
    sure = {f.text for f in found if f.code == MACRON.code and f.confidence == CERTAIN}
    taken = sorted((f.start, f.end) for f in found)
    # the word alone, or with a possessive after it (Sorin’s second son)
    pattern = Alternation(sorted(spelled, key=len, reverse=True), r"(?<![\w'’-])",
                          r"(?=['’]s(?![\w'’-])|(?![\w'’-]))", r"[\w'’-]")
    everywhere = any(seg.role == TITLE for seg in ctx.document.segments) or \
        _is_bibliography(source)
    entries = [] if everywhere else _wrapped_entry_lines(source)
    titles = ctx.title_spans
    for segment in ctx.document.segments:
        text = segment.text
        cited = _CitationLines(text)
        for m in pattern.finditer(text):
            start = segment.source_offset(m.start())
            end = segment.source_offset(m.end() - 1) + 1
            if _overlaps(taken, start, end):
                continue
            word = m.group(0)
            held = everywhere or inside(start, titles) or inside(start, entries) or \
                cited(m.start(), m.end())
            if not held and word not in terms and (word not in strong or not (
                    word[:1].isupper() and guesser.word(word).english < _PROSE_ENGLISH)):
                # running text: only a name the document decided (the Otomo vassals),
                # not a term English writes too (daimyo, Kyushu, the Shogun)
                continue
            if word in strong and word[:1].isupper() and \
                    not _same_person(word, spelled[word], text, m.start(), m.end(), judge) and (
                    _NAME_AFTER.match(text, m.end()) or
                    _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                # a full name: perhaps another person of the name a name decided (Ono
                # Kazuo); a word that is no word as written names no one else
                continue
            yield ctx.make(start, end, MACRON,
                           f"'{word}' needs a macron: '{spelled[word]}' (as it is spelled "
                           "where the document decides it)", [spelled[word]],
                           confidence=LIKELY if held and word in sure else POSSIBLE)


#: A word English writes at least this often (Zipf: Senryu 1.4, Dogen 1.9, Shogun 2.9) is
#: decided again elsewhere only by a certain or deciding finding, never by a guess: a
#: document may write it the English way on purpose (precision7's Wikipedia and
#: biography pages: 24 of the 26 spread false alarms were Dogen, Ryukyu, Shogun, Senryu).
_SPREAD_ENGLISH = 1.0


def _same_person(word: str, spelled: str, text: str, start: int, end: int,
                 judge: SpellingJudge) -> bool:
    """Whether ``word`` (at ``text[start:end]``) and the capitalised word beside it are a
    full name JMnedict knows that spells ``word`` as ``spelled``: the very person the
    document decided (Naito Konan, again and again in the prose after the citations that
    decided Naitō), not another bearer of the family name.

    >>> judge = SpellingJudge.for_glossary(None)
    >>> _same_person("Naito", "Naitō", "the Naito Konan’s legacy", 4, 9, judge)
    True
    >>> _same_person("Naito", "Naitō", "Naito Kenkichi", 0, 5, judge)
    False
    """
    after = _NAME_AFTER.match(text, end)
    if after is not None:
        given, _ = _possessive(after.group(0).strip())
        name = judge.full_name(word, given)
        if name is not None and name[0] == spelled:
            return True
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        given, _ = _possessive(word)
        name = judge.full_name(before.group(0).strip(), given)
        if name is not None and name[1] == spelled:
            return True
    return False


#: A name English writes at least this often (Zipf: Kyushu 2.7, Shogun 2.9) may be
#: written so on purpose in running text, whatever the document's citations decide.
_PROSE_ENGLISH = 2.5


#: What a finding rests on, when not the lexicon alone (said in its message).
_BY_ORIGINAL = "its original written after it reads so"
_BY_PUBLISHER = "as the publisher of this name is read"
_BY_NAME = "as most people of this name read it"
_BY_FULL_NAME = "as the person of this full name is spelled"
_BY_ERA = "as the era the year or noun after it shows is spelled"
_BY_GLOSS = "as the English beside it glosses it"
#: Findings resting on such evidence decide the same word elsewhere (:func:`_elsewhere`).
_DECIDING = tuple(f"({e})" for e in (_BY_ORIGINAL, _BY_PUBLISHER, _BY_NAME, _BY_FULL_NAME,
                                      _BY_ERA, _BY_GLOSS))


#: A capitalised word right after or before a word: part of a full name.
_NAME_AFTER = re.compile(r"[ \t]+[A-ZĀĪŪĒŌ][a-zāīūēō'’]+(?![\w'’-])")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZĀĪŪĒŌ][a-zāīūēō'’]+[ \t]+$")


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


def _marks_long_vowels(text: str) -> bool:
    """Whether the writer marks long vowels anywhere (then a word that exists as written
    is taken at its word)."""
    return not _LONG_MARKS.isdisjoint(text)  # as any(c in _LONG_MARKS ...), at C speed


_LONG_MARKS = frozenset("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ\u0304")
#: A line longer than this is prose, not a citation (a note is shorter).
_CITATION_LINE = 500
#: A year: not an issue's or pull request's number (#1845, .../pull/1845, .../issues/1888), as
#: a changelog cites them (looked behind once four digits are found: as fast as no look)
#: A year (1000-2099) standing alone. The word boundary before it is tested just behind its
#: first digit, so that every match begins with a literal 1 or 2 and the regex engine skips
#: ahead to those characters (with ``\b`` first it tried every character of the text).
_YEAR = re.compile(
    r"(?:1(?<=\b1)[0-9]{3}|2(?<=\b2)0[0-9]{2})(?<!#\d{4})(?<!pull/\d{4})(?<!issues/\d{4})[a-z]?\b")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?![\s*_])([^*_\n]{2,300}?)(?<![\s*_])\1(?![\w*])")


def _citation_words(ctx: Context, judge: SpellingJudge, guesser: LanguageGuesser,
                    marks: bool) -> Iterator[Finding]:
    """Missing macrons in the romanised words of citations outside the titles already
    analysed: author and publisher names, places, series, italic titles.

    Running prose may write names without macrons (Shinzo Abe, Tokyo): only lines that
    read as citations (a year, and an italic or quoted title) and the fields of BibTeX
    and CSL-JSON entries are held to the style.
    """
    spans = ctx.title_spans
    source = ctx.document.source
    everywhere = any(seg.role == TITLE for seg in ctx.document.segments) or \
        _is_bibliography(source)
    entries = [] if everywhere else _wrapped_entry_lines(source)
    for segment in ctx.document.segments:
        text = segment.text
        fielded = everywhere or segment.role == TITLE
        in_entry = bool(entries) and text != "" and _overlaps(
            entries, segment.source_offset(0), segment.source_offset(len(text) - 1) + 1)
        if not (fielded or in_entry or _may_cite(text)):
            continue  # no line of it can read as a citation: no run would be checked
        cited = _CitationLines(text)
        lines_only = not (fielded or in_entry)
        stretches = _citation_stretches(text, guesser.stretches(text)) if lines_only else None
        checked = partial(_held_to_style, segment, spans, entries if in_entry else None,
                          fielded, cited)
        published = {} if marks else _publishers(text, judge, stretches, checked)
        houses: dict[tuple[int, int], str] = {}  # house words of names the table lacks
        if not marks:  # and a publisher named in an imprint, whatever marks the title,
            # or named with its house word wherever it stands
            published = {**_house_publishers(text, judge, segment, spans, houses),
                         **_imprint_publishers(text, judge, segment, spans), **published}
        for (ps, pe), spelled in published.items():
            if spelled != text[ps:pe]:
                yield ctx.make(segment.source_offset(ps), segment.source_offset(pe - 1) + 1,
                               MACRON, f"'{text[ps:pe]}' needs a macron: '{spelled}' "
                               f"({_BY_PUBLISHER})", [spelled], confidence=LIKELY)
        inverted = {} if marks else _inverted_authors(text, judge, guesser, checked)
        for (ns, ne), (spelled, sure) in inverted.items():
            if spelled and spelled != text[ns:ne]:
                yield ctx.make(segment.source_offset(ns), segment.source_offset(ne - 1) + 1,
                               MACRON, f"'{text[ns:ne]}' needs a macron: '{spelled}' "
                               f"({_BY_NAME})", [spelled], confidence=sure)
        # decided (or left to the writer) here: no other rule reads these words
        published = {**published, **{span: s for span, (s, _) in inverted.items()}}
        reported: set[int] = set()  # where a finding on this segment starts
        if not marks:
            short = _short_note_titles(text, guesser)
            for ws, we in _lone_words(segment, text, stretches, checked, short):
                if (ws, we) in published:
                    continue
                reading = partial(_read_alone, text[ws:we], ctx)
                lone = _lone_word(text[ws:we], judge, guesser, reading)
                if lone is None and ws in short:
                    # a short note's title, as a title of one word (Arimoto, *Shinshu*)
                    lone = _lone_title(text[ws:we], judge, guesser, reading)
                if lone is not None and not ctx.shows_no_japanese:
                    reported.add(ws)
                    yield ctx.make(segment.source_offset(ws), segment.source_offset(we - 1) + 1,
                                   MACRON, f"'{text[ws:we]}' needs a macron: '{lone}'",
                                   [lone], confidence=POSSIBLE)
        read = _entry_stretches(segment, text, entries, guesser.stretches(text)) \
            if in_entry and not fielded else stretches
        foreign_house = segment.role == PUBLISHER and _foreign_name(text, guesser)
        # in a title field, an English possessive on a name (*Hashino Shogen’s agreement*)
        # ends the name's run as a comma would, so the name is read (same offsets)
        runs_text = _POSSESSIVE.sub(r"\1, ", text) if fielded and _POSSESSIVE.search(text) \
            else text
        for run in () if foreign_house else guesser.runs(runs_text, spans=read):
            first = segment.source_offset(run.start)
            entry = in_entry and inside(first, entries)
            if not (fielded or entry or cited(run.start, run.end)):
                continue
            if inside(first, spans) or inside(segment.source_offset(run.end - 1), spans):
                continue  # a title: analysed whole
            if _among_foreign(text, run, guesser):
                continue  # Apo tou Nilou mehri tou Dounaveos (Greek): not a Japanese phrase
            if not _taken_for_japanese(ctx, (w for w, _, _, _ in run.words), guesser):
                continue  # Kojo Elliot, Maina Muiruri in English that shows no Japanese
            single = len(run.words) == 1
            if single and not (fielded or cited.emphasised(run.start, run.end)):
                # one capitalised word in a citation line, or on a line an entry wrapped
                # onto (Ryukyu in an English title): too little to go on
                continue
            # (a writer who marks long vowels is trusted with names: nothing to decide)
            names = {} if marks else _full_names([w for w, _, _, _ in run.words], judge,
                                                 text, run.words, people=True)
            # two words alone, not a longer run (Heibonsha Chiho Shiryo Senta); whether
            # they name a person in the English order is asked only before a finding
            two = len(run.words) == 2 and not text[run.words[0][2]:run.words[1][1]].strip()
            western: bool | None = None
            for index, (word, ws, we, verdict) in enumerate(run.words):
                if (ws, we) in published:
                    continue  # a publisher's name, decided above
                if index in names:
                    spelled = names[index]
                    if spelled != word and not marks:
                        if western is None:
                            western = two and _western_order(run.words[0][0], run.words[1][0],
                                                             judge)
                        if western:
                            continue  # a person named in the English order: their spelling
                        reported.add(ws)
                        yield ctx.make(segment.source_offset(ws), segment.source_offset(we - 1) + 1,
                                       MACRON, f"'{word}' needs a macron: '{spelled}' ({_BY_NAME})", [spelled],
                                       confidence=LIKELY)
                    continue
                if verdict.language == AMBIGUOUS and (marks or word.lower() in PARTICLES):
                    continue  # Tokyo, sake, no: English or a particle, as the writer wishes
                if marks and verdict.english >= ENGLISH_FORM:
                    continue  # shogun, daimyo: an English form, from a writer who marks
                    # long vowels where they mean the Japanese word (as prose reads it)
                found = judge.missing_macron(word, trusts_as_written=marks)
                if found is None:
                    continue
                if found.confidence == POSSIBLE and not single:
                    # a guess at a capitalised word among others of a name: the spelling
                    # the names give its letters (Yamamoto Jocho: Jōchō, not 情緒 jōcho)
                    named = ProseWords.for_judge(judge, guesser).name_spelling(word)
                    if named is not None and named != found.suggestion:
                        found = MacronVerdict(named, POSSIBLE, found.alternatives)
                if _given_name_as_written(word, judge):
                    continue  # Yoshiki: 38 people so, none Yōshiki (yōshiki 様式 is a noun)
                if western is None:
                    western = two and _western_order(run.words[0][0], run.words[1][0], judge)
                if western:
                    continue  # a person named in the English order: their own spelling
                found = _lexicon_only(found, _alone([x[0] for x in run.words],
                                                    [x[3] for x in run.words], index)) or found
                confidence = POSSIBLE if verdict.language == AMBIGUOUS else found.confidence
                start = segment.source_offset(ws)
                end = segment.source_offset(we - 1) + 1
                reported.add(ws)
                yield ctx.make(start, end, MACRON,
                               f"'{word}' needs a macron: '{found.suggestion}'",
                               [found.suggestion], confidence=confidence)
        if not marks and segment.role == TITLE and not ctx.shows_no_japanese:
            for ws, we, spelled in _compounds_in_english(segment, text, spans, judge, guesser):
                if ws not in reported:
                    reported.add(ws)
                    yield ctx.make(segment.source_offset(ws), segment.source_offset(we - 1) + 1,
                                   MACRON, f"'{text[ws:we]}' needs a macron: '{spelled}'",
                                   [spelled], confidence=POSSIBLE)
        for (hs, he), spelled in houses.items():
            if hs not in reported and (hs, he) not in published and spelled != text[hs:he]:
                yield ctx.make(segment.source_offset(hs), segment.source_offset(he - 1) + 1,
                               MACRON, f"'{text[hs:he]}' needs a macron: '{spelled}' "
                               f"({_BY_PUBLISHER})", [spelled], confidence=LIKELY)
        if not marks:
            # a family name alone where a citation names its author ("in Ota, ed.",
            # "Ota, “Tosa hanryo-nai”"): read as most bearers of that name read it
            for m in _in_lines_holding(_SHORT_AUTHOR_CORE, _SHORT_AUTHOR, text):
                ws, we = m.span(1)
                if ws in reported or (ws, we) in published or not checked(ws, we):
                    continue
                if guesser.word(m.group(1)).english >= _ENGLISH_SURNAME:
                    continue  # Moran, Cho: a name English (or Korean) writes so
                if m.group("initials") and not _japanese_title_after(text, m.end(), guesser):
                    continue  # Kudo, T., Yamamoto, K.: authors of an English work, as they
                    # spell their names
                surname = judge.surname(m.group(1))
                if surname is not None and not ctx.shows_no_japanese:
                    yield ctx.make(segment.source_offset(ws), segment.source_offset(we - 1) + 1,
                                   MACRON, f"'{m.group(1)}' needs a macron: '{surname}' "
                                   f"({_BY_NAME})", [surname], confidence=LIKELY)


def _compounds_in_english(segment: Segment, text: str, spans: list[tuple[int, int]],
                          judge: SpellingJudge, guesser: LanguageGuesser
                          ) -> Iterator[tuple[int, int, str]]:
    """In a title field that is no romanised title (an English title: *A Translation and
    Study of the Gukansho*), a compound no list knows whole that only Japanese explains
    (:func:`_compounds_only_japanese_explains`: 愚管抄 *Gukanshō* as gukan + shō), with
    the macrons the lexicon reads it with: (start, end, spelling). A run of romanised
    words needs a word a list knows (:meth:`LanguageGuesser.runs`), so such a word alone
    among English ones was read by no rule."""
    for m in _LONG_WORD.finditer(text):
        if inside(segment.source_offset(m.start()), spans):
            return  # a romanised title: analysed whole
        verdict = guesser.word(m.group(0))
        if verdict.language == UNKNOWN and \
                _compounds_only_japanese_explains([verdict], judge, guesser):
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
    words = _TITLE_WORD.findall(piece.group(0)) if piece else []
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
                guesser.word(family).english >= _ENGLISH_SURNAME:
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
_ENGLISH_SURNAME = 3.3
#: A family name alone in an author's place: at a line's start or after "in", "and", "; ",
#: ". ", "See", and before ", ed." or the title's quotation or emphasis mark.
_SHORT_AUTHOR = re.compile(
    r"(?:^|\bin[ \t]|\band[ \t]|;[ \t]|\.[ \t]|\b[Ss]ee[ \t]|\b[Cf]f\.[ \t])"
    r"([A-Z][a-z]{1,12}),[ \t]*(?:eds?\.|[“\"*_]|(?P<initials>[A-Z]\.(?:[ \t-]?[A-Z]\.)*,))",
    re.MULTILINE)
#: What every match of _SHORT_AUTHOR holds (from its name on): see :func:`_in_lines_holding`.
_SHORT_AUTHOR_CORE = re.compile(
    r"[A-Z][a-z]{1,12},[ \t]*(?:eds?\.|[“\"*_]|[A-Z]\.(?:[ \t-]?[A-Z]\.)*,)")


_BIBLIOGRAPHY_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|\*\*|__)?(?:select(?:ed)?[ \t]+)?"
    r"(?:bibliography|references|works[ \t]+cited|further[ \t]+reading|reading[ \t]+list|参考文献)"
    r"[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
#: What ends such a section: the next heading (Markdown, or a line that is bold alone).
_NEXT_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|\*\*[^\n]*\*\*[ \t]*$|__[^\n]*__[ \t]*$)",
                           re.MULTILINE)


def _held_to_style(segment: Segment, titles: list[tuple[int, int]],
                   entries: list[tuple[int, int]] | None, fielded: bool,
                   cited: Callable[[int, int], bool], start: int, end: int) -> bool:
    """Whether ``segment.text[start:end]`` is a citation's word held to the style outside
    the titles: in a field, on a line of a wrapped entry, or on a citation line."""
    first = segment.source_offset(start)
    if inside(first, titles):
        return False  # a title: analysed whole
    return fielded or (entries is not None and inside(first, entries)) or cited(start, end)


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


def _foreign_name(text: str, guesser: LanguageGuesser) -> bool:
    """Whether a publisher's name (a BibTeX or CSL publisher field) holds a word that can be
    neither romaji nor English: the name is in another language, all of it (*Yuanliu chuban
    gongsi*, 遠流出版公司: *chuban* is no Japanese word missing its macron).

    >>> guesser = LanguageGuesser()
    >>> _foreign_name("Yuanliu chuban gongsi", guesser), _foreign_name("Chuo Koron Sha", guesser)
    (True, False)
    >>> _foreign_name("Kodansha International", guesser)
    False
    """
    return any(parse_word(w) is None and guesser.word(w).language == OTHER
               for w in _IMPRINT_WORD.findall(text))


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


def _lone_word(word: str, judge: SpellingJudge, guesser: LanguageGuesser,
               reading: Callable[[], str] = str) -> str | None:
    """The macron a word standing alone as a title or a publisher lacks, when no run of
    words holds it: a word English hardly writes (Bushido, not Tokyo) or one no list
    knows (Teiyusha); the lexicon alone decides, so at most possible. A word no Japanese
    list knows that another European language writes commonly is that language's
    ("facho" in a French context, Museo). ``reading``: the conversion's reading of the
    word, asked only to settle a toss-up (:func:`_settled`)."""
    verdict = guesser.word(word)
    if verdict.language not in (AMBIGUOUS, UNKNOWN) or verdict.english >= _LONE_ENGLISH:
        return None
    if verdict.language == UNKNOWN and guesser.other(word) >= COMMON:
        return None
    found = judge.missing_macron(word)
    if found is not None and found.torn:
        found = _settled(found, reading())
    if found is None or strip_macrons(normalize_romaji(found.suggestion)).lower() != \
            strip_macrons(normalize_romaji(word)).lower():
        return None
    if "-" in word and _part_in_doubt(word, found.suggestion, judge):
        return None
    return with_long_vowels(word, found.suggestion)  # the writer's apostrophes kept


def _part_in_doubt(word: str, suggestion: str, judge: SpellingJudge) -> bool:
    """Whether a part of a hyphenated ``word`` that ``suggestion`` lengthens is a word as
    written as common as the lengthened one (within :data:`_TIE`): *Kokin-denju*, 古今伝授,
    whose 古今 *kokin* (Zipf 3.3028) the lexicon weighs against 公金 *kōkin* (3.3032). Not a
    part a commoner long word reads (*Kito-ryu*: kitō 3.5, kito 2.6; *karate-do*: dō 5.9,
    do 5.6), which the dev pages write long.

    >>> _part_in_doubt("Kokin-denju", "Kōkin-denju", SpellingJudge.for_glossary(None))
    True
    """
    parts, spelled = word.split("-"), suggestion.split("-")
    if len(parts) != len(spelled):
        return False
    for part, long in zip(parts, spelled, strict=True):
        if part == long:
            continue
        as_written = judge.frequency_as_written(part)
        if as_written and judge.forms(part).get(long.lower(), 0.0) - as_written < _TIE:
            return True
    return False


#: Zipf figures closer than this are a tie (:func:`_part_in_doubt`).
_TIE = 0.1


def _read_alone(word: str, ctx: Context) -> str:
    """The conversion's reading of ``word`` as a title of its own (*Kyoyugaki*: kyōyu ga
    ki, 教諭が来), asked only to settle a toss-up (:func:`_settled`)."""
    from jpterms.lookup import analyze_title

    return analyze_title(word, "", ctx.glossary).romaji


def _lone_title(word: str, judge: SpellingJudge, guesser: LanguageGuesser,
                reading: Callable[[], str] = str) -> str | None:
    """The macron a title of one Japanese word lacks, by the lexicon: as the word reads
    capitalised (*Manyoshu*: *Man'yōshū*), else judged in lower case: a title is
    capitalised because titles are, so a given name spelled so (豊 *Toyo*) is no reading
    of it, and the words left decide (*Toyo*: 東洋 *Tōyō*, as common as 投与 *tōyo*, and
    more words share its spelling). At most possible, like every lexicon verdict on a
    word alone.

    >>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
    >>> _lone_title("Toyo", judge, guesser), _lone_title("Manyoshu", judge, guesser)
    ('Tōyō', "Man'yōshū")
    """
    if not (word[:1].isupper() and word[1:].islower()) or \
            guesser.word(word).language != JAPANESE:
        return None
    found = judge.missing_macron(word)
    if found is not None and found.torn:
        found = _settled(found, reading())
    if found is not None:
        return found.suggestion  # as the word reads capitalised (Man'yōshū, Kūkai)
    found = judge.missing_macron(word.lower())
    if found is not None and found.torn:
        found = _settled(found, reading())
    found = found or judge.missing_macron_of_word(word.lower())
    return None if found is None else with_long_vowels(word, found.suggestion)


#: An English word at least this common (Zipf: Kyoto 3.4, Judo 3.3) alone in a title is
#: the English word.
_LONE_ENGLISH = 3.0


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
        if _TITLE_WORD.fullmatch(text, start, end) and (start in short or checked(start, end)):
            yield start, end
    for begin, end in ((0, len(text)),) if stretches is None else stretches:
        for m in _LONE_CAPITALISED.finditer(text, begin, end):
            if _AFTER_PUBLISHER.match(text, m.end()) and checked(m.start(), m.end()):
                yield m.start(), m.end()


#: A capitalised word alone between punctuation: ". Teiyusha, 1906", or opening a
#: bracket: "(Hozokan, 2001)", as a citation without the place gives its publisher.
#: (The look-behind after the capital: the engine then skips to each capital.)
_LONE_CAPITALISED = re.compile(r"[A-Z](?:(?<=[.:;][ \t][A-Z])|(?<=\([A-Z]))[a-z]{3,}(?=,)")


#: Capitalised words in a row (a publisher's name: Chuo Koron Sha, Misuzu Shobo).
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z'’]+(?:[ -][A-Z][a-z'’]+)*(?![\w'’-])")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z'’]+")
#: Where a one-word publisher stands: before ", 1933", or ending the entry, or after
#: its place ("Tokyo: Shobunsha").
_AFTER_PUBLISHER = re.compile(r"[ \t]*(?:,[ \t]*(?:\d{4}|[A-Z][a-z]+[ \t,]+\d{4})|\.?[ \t]*(?:\n|$)|\\?\))")
_BEFORE_PUBLISHER = re.compile(r"[A-Z][a-z]+:[ \t]*$")


def _publishers(text: str, judge: SpellingJudge, stretches: list[tuple[int, int]] | None,
                checked: Callable[[int, int], bool]) -> dict[tuple[int, int], str]:
    """The publishers' names (one to four capitalised words: *Kodansha*, *Chuo Koron Sha*)
    in the citation parts of ``text`` that the shipped publisher table reads one way,
    each word's span -> its spelling with the macrons that reading gives. A single word
    counts only where a publisher stands in a citation (before the year, ending the entry,
    after the place)."""
    out: dict[tuple[int, int], str] = {}
    for begin, end in ((0, len(text)),) if stretches is None else stretches:
        for m in _CAPITALISED.finditer(text, begin, end):
            words = _capitalised_words(m)
            i = 0
            while i < len(words):
                for n in range(min(4, len(words) - i), 0, -1):
                    part = words[i:i + n]
                    ws, we = part[0][1], part[-1][2]
                    if n == 1 and not (_AFTER_PUBLISHER.match(text, we) or
                                       _BEFORE_PUBLISHER.search(text, max(0, ws - 40), ws)):
                        continue
                    if not checked(ws, we):
                        continue
                    spelled = judge.publisher([w for w, _, _ in part])
                    if spelled is not None:
                        for (_, s, e), w in zip(part, spelled, strict=True):
                            out[(s, e)] = w
                        i += n
                        break
                else:
                    i += 1
    return out


def _imprint_publishers(text: str, judge: SpellingJudge, segment: Segment,
                        titles: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """The publishers' names in the imprints of ``text`` (*(Tokyo: Chikuma shobo, 1969)*,
    *Tokyo: Kodansha, 1974*), outside the titles, that the shipped publisher table reads one
    way: each word's span -> its spelling, the writer's case kept; and where a sentence
    names the publisher (*published monthly by Shibundo.*). An imprint is a
    citation's however its title is set (a note may give the title plain, its English in
    brackets), and a writer may put a publisher's last word in lower case (*shobo*). An
    imprint may name a house without its 社 (*Tokyo: Chuo koron, 1972*)."""
    out: dict[tuple[int, int], str] = {}
    imprints = [m for m in _IMPRINT_PUBLISHER.finditer(text)
                if _IMPRINT_PLACE.search(text, max(0, m.start() - 40), m.start())]
    for m in [*imprints, *_PUBLISHED_BY.finditer(text)]:
        if inside(segment.source_offset(m.start(1)), titles):
            continue
        words = [(w.group(0), m.start(1) + w.start(), m.start(1) + w.end())
                 for w in _IMPRINT_WORD.finditer(m.group(1))]
        named = [w[:1].upper() + w[1:] for w, _, _ in words]
        spelled = judge.publisher(named)
        if spelled is None and m.re is _IMPRINT_PUBLISHER:
            # a house named without its 社, as its magazine is (Tokyo: Chuo koron, 1972:
            # 中央公論社, Chūō Kōron Sha)
            with_sha = judge.publisher([*named, "Sha"])
            spelled = None if with_sha is None else with_sha[:-1]
        if spelled is None:
            continue
        for (w, s, e), new in zip(words, spelled, strict=True):
            out[(s, e)] = (new[:1].lower() if w[:1].islower() else new[:1]) + new[1:]
    return out


def _house_publishers(text: str, judge: SpellingJudge, segment: Segment,
                      titles: list[tuple[int, int]],
                      lone: dict[tuple[int, int], str] | None = None,
                      ) -> dict[tuple[int, int], str]:
    """Publishers named with a house word of their own (*from Chikuma Shobo)*, *(Tokyo: Kawade
    shobo*), wherever they stand, outside the titles: one to three words before the house word,
    the first capitalised, that with it the shipped publisher table reads one way; or that
    read one publisher of the table without it (*Kobundo shobo*: 弘文堂 and 書房, Kōbundō
    shobō). Each word's span -> its spelling, the writer's case kept. Where the table reads
    no name there, a house word with a long vowel goes to ``lone`` (*Hajinkaku-shobo*:
    shobō)."""
    from jpterms.publishers import house_words

    out: dict[tuple[int, int], str] = {}
    houses = house_words()
    for m in _house_word().finditer(text):
        before = _BEFORE_HOUSE.search(text, max(0, m.start() - 60), m.start())
        if before is None or inside(segment.source_offset(before.start(1)), titles):
            continue
        words = [(w.group(0), before.start(1) + w.start(), before.start(1) + w.end())
                 for w in _IMPRINT_WORD.finditer(before.group(1))]
        house = m.group(0)
        for n in range(len(words), 0, -1):
            part = words[-n:]
            if not part[0][0][:1].isupper():
                continue
            named = [w[:1].upper() + w[1:] for w, _, _ in part]
            spelled = judge.publisher([*named, house[:1].upper() + house[1:]])
            if spelled is None:
                stem = judge.publisher(named)
                if stem is None:
                    continue
                spelled = [*stem, houses[house.lower()]]
            for (w, s, e), new in zip([*part, (house, m.start(), m.end())], spelled, strict=True):
                out[(s, e)] = (new[:1].lower() if w[:1].islower() else new[:1].upper()) + new[1:]
            break
        else:
            if lone is not None and houses[house.lower()] != house.lower():
                lone[(m.start(), m.end())] = house[:1] + houses[house.lower()][1:]
    for m in _house_ending().finditer(text):
        # a name written as one word with its house word, where a publisher stands before
        # the year: (Ronshobo, 1978), 崙書房 (the table reads the whole word, or its long
        # vowel is the house word's)
        rest = _STEM_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if rest is None or (rest.start(), m.end()) in out or \
                inside(segment.source_offset(rest.start()), titles):
            continue
        whole = judge.publisher([text[rest.start():m.end()]])
        out[(rest.start(), m.end())] = whole[0] if whole else rest.group(0) + houses[m.group(0)]
    return out


@functools.cache
def _house_ending() -> re.Pattern[str]:
    """A house word with a long vowel ending a word before a comma and the year (*Ronshobo,
    1978*)."""
    from jpterms.publishers import house_words

    words = "|".join(sorted((w for w, spelled in house_words().items() if w != spelled),
                            key=len, reverse=True))
    return re.compile(rf"(?:{words})(?=,[ \t]*(?:1[0-9]{{3}}|20[0-9]{{2}})\b)")


#: The rest of a word before its house word: a capital and at least one letter (*Ron*).
_STEM_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")


@functools.cache
def _house_word() -> re.Pattern[str]:
    """A publisher's house word as a word of its own (*Shobo*, *shoten*, *Kankokai*)."""
    from jpterms.publishers import house_words

    words = "|".join(sorted((f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in house_words()),
                            key=len, reverse=True))
    return re.compile(rf"(?<=[ \t-])(?:{words})(?![\w'’-])")


#: The words before a house word: one to three, the first capitalised (*Kawade*, *Kobundo*).
_BEFORE_HOUSE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:[ \t-]+[A-Za-z][a-z]+){0,2})[ \t-]+$")
#: An imprint's publisher after its place and colon (one to four words, the first
#: capitalised) before a comma and the year; and the place, a capitalised word before the
#: colon (looked for only where the rest is found: a colon is rarer than a capital).
_IMPRINT_PUBLISHER = re.compile(r":[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3}),"
                                r"[ \t]*(?:1[0-9]{3}|20[0-9]{2})\b")
#: A sentence that names a work's publisher: *published monthly by Shibundo.* (its
#: literal first: a pattern that begins with a class tries every letter, 20 ms a MB)
_PUBLISHED_BY = re.compile(r"ublished(?<=[Pp]ublished)(?<![\w'’-][Pp]ublished)(?:[ \t]+[a-z]+)?[ \t]+by[ \t]+"
                           r"([A-Z][a-z]+(?:[ \t]+[A-Za-z][a-z]+){0,3})(?:,|\.(?!\S))")
_IMPRINT_PLACE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+$")
_IMPRINT_WORD = re.compile(r"[A-Za-z]+")


def _capitalised_words(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The words of a match of :data:`_CAPITALISED`, with their spans in the text; one word
    (most matches) is the whole match, found without a second pattern."""
    found = m.group(0)
    if " " not in found and "-" not in found:
        return [(found, m.start(), m.end())]
    return [(w.group(0), m.start() + w.start(), m.start() + w.end())
            for w in _CAPITALISED_WORD.finditer(found)]


def _full_names(words: list[str], judge: SpellingJudge, text: str = "",
                spans: tuple[tuple[str, int, int, object], ...] | None = None, *,
                people: bool = False) -> dict[int, str]:
    """Which of consecutive ``words`` form a person's full name JMnedict knows (Naito
    Konan: Naitō Konan), by index, with the spelling the name gives each; only words
    with nothing but spaces between them (``text`` and ``spans`` say where they stand).
    With ``people``, also a family and a given name that many people bear, each read
    as most of them read it (Sagara Toru: Tōru)."""
    out: dict[int, str] = {}
    for i in range(len(words) - 1):
        if i in out or not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
            continue
        if spans is not None and text[spans[i][2]:spans[i + 1][1]].strip():
            continue  # punctuation between them: two entries, not one name
        given, possessive = _possessive(words[i + 1])
        found = judge.full_name(words[i], given)
        if found is not None:
            out[i], out[i + 1] = found[0], found[1] + possessive  # Naito Konan’s
            continue
        if people and _name_shaped(words[i], words[i + 1], judge):
            # a family and a given name many people bear: each read as most of them read it
            for k, family in ((i, True), (i + 1, False)):
                spelled = judge.name_part(words[k], family=family)
                if spelled is None and family:
                    spelled = judge.surname(words[k])
                if spelled is not None:
                    out[k] = spelled
    return out


def _western_order(first: str, second: str, judge: SpellingJudge) -> bool:
    """Two words that read as a given name and then a family name, the English order
    (Kohei Ueno, Yosuke Furukawa, Koichi Kobayashi): a person named as they name
    themselves in English, whose romanisation is their own spelling, not a missing
    macron. The first is a given name of at least :data:`_WESTERN_GIVEN` people JMnedict
    lists, and at least twice as many as bear it as a family name or the second word as
    a given name (Abe Shinzo, Sagara Toru: the Japanese order); the second is a family
    name spelled exactly so."""
    if not (first[:1].isupper() and second[:1].isupper()):
        return False
    given = sum(judge.name_people(first, family=False).values())
    if given < _WESTERN_GIVEN:
        return False
    if not (2 * sum(judge.name_people(first, family=True).values()) < given and
            2 * sum(judge.name_people(second, family=False).values()) < given):
        return False
    # the second a family name exactly as written (Ueno; not Shiryo, nor Kyuta: Kyūta)
    written = second.lower()
    return any(p.kind == "surname" and p.hepburn.lower() == written
               for p in judge.lexicon.spellings(second))


def _given_name_as_written(word: str, judge: SpellingJudge) -> bool:
    """A capitalised word that is a given name at least :data:`NAME_PEOPLE` people
    JMnedict lists bear, nine in ten or more of them spelled exactly so (Yoshiki: 38,
    none Yōshiki): a person's name with no long vowel, whatever noun shares its letters."""
    if not word[:1].isupper():
        return False
    counts = judge.name_people(word, family=False)
    total = sum(counts.values())
    return total >= NAME_PEOPLE and 10 * counts.get(word.lower(), 0) >= 9 * total


#: A title that is two capitalised words and nothing else (Kohei Ueno).
_TWO_NAMES = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)")
#: People JMnedict lists with a given name before it is read as the given name of a
#: name in the English order (Daijiro: 11; Hirobumi: 5).
_WESTERN_GIVEN = 5


def _possessive(word: str) -> tuple[str, str]:
    """``word`` without a possessive ending, and the ending (``Konan’s``: Konan, ’s)."""
    if len(word) > 3 and word[-2:] in ("’s", "'s"):
        return word[:-2], word[-2:]
    return word, ""


def _name_shaped(first: str, second: str, judge: SpellingJudge) -> bool:
    """Two words that read as a family name JMnedict lists and a given name many people
    bear (Sagara Toru)."""
    from jpterms.spelling import NAME_PEOPLE

    return sum(judge.name_people(second, family=False).values()) >= NAME_PEOPLE and \
        bool(judge.name_people(first, family=True))


def _bibliography_sections(source: str) -> list[tuple[int, int]]:
    """The spans of sections headed *Bibliography*, *References*, *Works cited* (or
    参考文献): every line there is an entry or the wrapped part of one, even where
    the entry's year or title mark went onto another line.

    >>> text = "Intro 1990.\\n\\n## References\\n\\nKato. *Nihon*\\n\\n(Tokyo, 1990).\\n\\n## Next\\n"
    >>> [text[s:e].split() for s, e in _bibliography_sections(text)]
    [['Kato.', '*Nihon*', '(Tokyo,', '1990).']]
    """
    out = []
    for heading in _heading_ends(source):
        following = _NEXT_HEADING.search(source, heading)
        end = following.start() if following else len(source)
        prose = _PROSE_LINE.search(source, heading, end)  # a paragraph: the entries ended
        out.append((heading, prose.start() if prose else end))
    return out


def _heading_ends(source: str) -> list[int]:
    """Where each heading :data:`_BIBLIOGRAPHY_HEADING` finds ends, in order: the pattern
    is tried only at the start of the lines that hold one of its words, found in the text
    lower-cased (tried at every character, as ``finditer`` does, it took 19 ms of 1 MB).

    >>> _heading_ends("Intro.\\n## REFERENCES\\nSato.\\nFurther reading\\nMore reading")
    [20, 42]
    """
    if any(c in source for c in _CASE_FOLDS):
        return [m.end() for m in _BIBLIOGRAPHY_HEADING.finditer(source)]
    # the words are found in the text's UTF-8 bytes, lower-cased: bytes.lower() changes
    # ASCII letters only, and no other letter lower-cases to one (but those of
    # _CASE_FOLDS) or to more than one, so the same lines hold them as in the text
    # lower-cased, which took 4-7 ms of 1 MB written with macrons (a letter at a time)
    data = source.encode("utf-8", "surrogatepass")
    lowered = data.lower()
    starts = set()
    for word in _HEADING_WORDS:
        encoded = word.encode("utf-8")
        at = lowered.find(encoded)
        while at != -1:
            starts.add(lowered.rfind(b"\n", 0, at) + 1)
            at = lowered.find(encoded, at + 1)
    return [m.end() for m in map(_BIBLIOGRAPHY_HEADING.match, repeat(source),
                                 _character_offsets(data, sorted(starts))) if m is not None]


def _character_offsets(data: bytes, offsets: list[int]) -> list[int]:
    """Where each of the sorted ``offsets`` into ``data`` (UTF-8, each at a character's
    start) stands in the text ``data`` encodes.

    >>> _character_offsets("Tōkyō\\nKyōto".encode(), [0, 8])
    [0, 6]
    """
    out, last, at = [], 0, 0
    for offset in offsets:
        at += len(data[last:offset].decode("utf-8", "surrogatepass"))
        out.append(at)
        last = offset
    return out


#: One of these stands, lower-cased, in every heading :data:`_BIBLIOGRAPHY_HEADING` finds.
_HEADING_WORDS = ("bibliography", "references", "works", "further", "reading", "参考文献")
#: Letters a case-blind pattern takes for i, s or k that lower-case to no such letter (or,
#: for İ, to two characters): where one stands, every line is tried.
_CASE_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _wrapped_entry_lines(source: str) -> list[tuple[int, int]]:
    """The lines of bibliography sections (:func:`_bibliography_sections`) that belong to
    an entry: a short line with a year, or within two lines of one (an entry wraps its
    title and its year onto several lines). Other lines there are left to prose.

    >>> text = "## References\\n\\nSato. “Jukyu seiki no kenkyu”\\n\\n(Tokyo, 1990).\\n"
    >>> [text[s:e] for s, e in _wrapped_entry_lines(text)]
    ['Sato. “Jukyu seiki no kenkyu”', '(Tokyo, 1990).']
    """
    out = []
    for begin, end in _bibliography_sections(source):
        lines = [(m.start(), m.end()) for m in _NON_BLANK_LINE.finditer(source, begin, end)]
        short = [e - s <= _CITATION_LINE for s, e in lines]
        # each run of up to three short lines under the heading: an entry with its year?
        windows = [all(short[i:i + 3]) and
                   bool(_YEAR.search(source, s, lines[min(i + 2, len(lines) - 1)][1]))
                   for i, (s, _) in enumerate(lines)]
        for i, (s, e) in enumerate(lines):
            if short[i] and any(windows[j] for j in range(max(0, i - 2), i + 1)):
                out.append((s, e))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted, disjoint ``spans`` overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (start, start)) - 1
    return any(s < end and start < e for s, e in spans[max(i, 0):i + 3])


_NON_BLANK_LINE = re.compile(r"^[^\n]*\S[^\n]*", re.MULTILINE)
#: A line longer than a note is prose (see :data:`_CITATION_LINE`).
_PROSE_LINE = re.compile(rf"^[^\n]{{{_CITATION_LINE + 1},}}", re.MULTILINE)


def _is_bibliography(source: str) -> bool:
    """A document most of whose lines read as citations (see :func:`_in_citation`): a
    bibliography or reading list, where every romanised name, publisher and place is held
    to the style, even on a line an entry wraps onto."""
    lines = [line for line in source.splitlines() if len(line.strip()) > 3]
    if len(lines) < 5:
        return False
    total, cited = len(lines), 0
    needed = total / 2
    for judged, line in enumerate(lines, 1):
        cited += _citation_line(line)
        if cited >= needed or cited + (total - judged) < needed:
            break  # the lines judged so far decide it either way
    return cited >= needed


def _citation_stretches(text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches (whole lines no run crosses) where a run may lie on a citation line:
    a line of the stretch is short enough and the stretch holds a year and a title mark
    (every line a run covers is in one stretch, so no other run can pass
    :func:`_in_citation`). The other stretches' words need no verdict."""
    out = []
    for begin, end in stretches:
        lines = text[begin:end]
        if not _may_cite(lines):
            continue
        if any(len(line) <= _CITATION_LINE for line in lines.split("\n")):
            out.append((begin, end))
            continue
        # long lines only (a note that cites several works between its sentences): the
        # pieces that read as citations (no run crosses a piece's end, see :func:`_pieces`)
        at = begin
        for line in lines.split("\n"):
            if _IMPRINT.search(line) or _TITLE_THEN_DATE.search(line):
                out.extend((at + s, at + e) for s, e in _pieces(line)
                           if _cited_piece(line[s:e]))
            at += len(line) + 1
    return out


def _entry_stretches(segment: Segment, text: str, entries: list[tuple[int, int]],
                     stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a text that holds a bibliography's entries where a run may lie in an
    entry (``entries``: source spans of its lines) or on a citation line: a stretch that
    overlaps an entry whole, any other as :func:`_citation_stretches` keeps it. A run lies
    in one stretch, so no run elsewhere starts in an entry or passes :func:`_in_citation`:
    the words of the rest of the text (its prose) need no verdict."""
    out = []
    for begin, end in stretches:
        if end > begin and _overlaps(entries, segment.source_offset(begin),
                                     segment.source_offset(end - 1) + 1):
            out.append((begin, end))
        else:
            out.extend(_citation_stretches(text, [(begin, end)]))
    return out


#: Where and by whom a cited work was published, and when: "(Tokyo: Shōbunsha, 1979".
_IMPRINT = re.compile(r"[A-Z][^\s:;,()]{1,30}:[ \t]+[^:;()\n]{2,60}?,[ \t]*(?:1[0-9]{3}|20[0-9]{2})\b")


#: A title and its date or imprint in brackets after it: "*Hokuchiku zakkō* (1675)",
#: "*Nihon to Shanhai* (Shanghai: Tairiku Shinpōsha, 1943)".
_TITLE_THEN_DATE = re.compile(r"[*_”\"][ \t]*[,.]?[ \t]*\\?\([^()\n]{0,60}?\b(?:1[0-9]{3}|20[0-9]{2})\b")


def _cited_piece(piece: str) -> bool:
    """A piece of a long line (see :func:`_pieces`) that is a citation: a title mark, a
    year, and the work's imprint (place: publisher, year) or its date in brackets after
    the title, as a note gives them; prose between the citations is not held to the
    style."""
    return _citation_line(piece) and bool(_IMPRINT.search(piece) or _TITLE_THEN_DATE.search(piece))


#: Where a piece of a long line ends: a full stop, semicolon, question or exclamation mark
#: before a space (every run ends there too).
_PIECE_END = re.compile(r"[;.?!](?=\s)")


def _pieces(line: str) -> list[tuple[int, int]]:
    """The pieces of a line longer than a note, cut after each sentence's or clause's end
    (``; ``, ``. ``): a note citing several works, and prose between them, is judged a
    piece at a time.

    >>> line = "See Sato, *Nihon* (Tokyo, 1990); Abe, *Kyoto* (1991). It rained."
    >>> [line[s:e] for s, e in _pieces(line)]
    ['See Sato, *Nihon* (Tokyo, 1990);', ' Abe, *Kyoto* (1991).', ' It rained.']
    """
    out, start = [], 0
    for m in _PIECE_END.finditer(line):
        out.append((start, m.end()))
        start = m.end()
    if start < len(line):
        out.append((start, len(line)))
    return out


def _citation_line(line: str) -> bool:
    return len(line) <= _CITATION_LINE and \
        ("*" in line or "_" in line or "“" in line or '"' in line) and bool(_YEAR.search(line))


def _may_cite(text: str) -> bool:
    """Whether some lines of ``text`` may read as a citation (:func:`_citation_line` needs a
    year and an italic or quoted title): without both anywhere, none can."""
    # (the marks of _citation_line, each looked for at C speed: 9,000 texts a 1 MB check)
    return ("*" in text or "_" in text or "“" in text or '"' in text) and \
        bool(_YEAR.search(text))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, (len(text) if last == -1 else last)


def _in_citation(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` reads as a citation: a year and an
    italic or quoted title on a line no longer than a note (a paragraph of prose that
    quotes a title is prose)."""
    first, last = _line_bounds(text, start, end)
    return _citation_line(text[first:last])


class _CitationLines:
    """:func:`_in_citation` for the runs of one text, each span of lines judged once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._judged: dict[tuple[int, int], bool] = {}
        self._emphasis: dict[tuple[int, int], list[tuple[int, int]]] = {}
        #: the last line found (first, last): a long line's runs find it again at no cost
        self._line = (0, -1)
        #: a long line's pieces (see :func:`_pieces`) and where each starts, by the line
        self._pieces: dict[tuple[int, int], tuple[list[int], list[tuple[int, int]]]] = {}

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """:func:`_line_bounds`, without scanning a long line again for each of its runs
        (a single line of 8 MB took 31 s, a quarter of it 2.6 s)."""
        first, last = self._line
        if first <= start and end <= last:
            return first, last
        bounds = _line_bounds(self._text, start, end)
        if "\n" not in self._text[start:end]:
            self._line = bounds  # one line
        return bounds

    def __call__(self, start: int, end: int) -> bool:
        bounds = self._bounds(start, end)
        if bounds[1] - bounds[0] > _CITATION_LINE and "\n" not in self._text[start:end]:
            # a line longer than a note: the piece of it that holds the words
            cut = self._pieces.get(bounds)
            if cut is None:
                pieces = _pieces(self._text[bounds[0]:bounds[1]])
                cut = self._pieces[bounds] = ([s for s, _ in pieces], pieces)
            i = bisect.bisect_right(cut[0], start - bounds[0]) - 1
            if i >= 0 and start - bounds[0] < cut[1][i][1]:
                s, e = cut[1][i]
                bounds = (bounds[0] + s, bounds[0] + e)
            found = self._judged.get(bounds)
            if found is None:
                found = self._judged[bounds] = _cited_piece(self._text[bounds[0]:bounds[1]])
            return found
        found = self._judged.get(bounds)
        if found is None:
            found = self._judged[bounds] = _citation_line(self._text[bounds[0]:bounds[1]])
        return found

    def emphasised(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside *emphasis* on its lines (each span
        of lines scanned once: a long line holds many runs). Offsets are the text's, on
        every line alike (a word on a paragraph's later line counts as on its first)."""
        first, last = self._bounds(start, end)
        spans = self._emphasis.get((first, last))
        if spans is None:
            spans = self._emphasis[first, last] = [
                (m.start(2), m.end(2)) for m in _EMPHASIS.finditer(self._text, first, last)]
        return any(s <= start and end <= e for s, e in spans)


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

#: A case particle and no run together (:func:`_joined_wrongly`).
_JOINED_PARTICLES = frozenset({"tono", "deno", "eno"})


def _compounds_only_japanese_explains(verdicts: list[WordVerdict], judge: SpellingJudge,
                                      guesser: LanguageGuesser) -> bool:
    """Whether a title's words hold a compound no list knows whole that the lexicon reads
    as Japanese words with a long vowel (*keibojutsu*: 警棒 + 術, *Koyogunkan*, 甲陽軍鑑),
    where no other word is only Japanese (*Edo no keibojutsu*): such a compound is as
    plainly Japanese as a listed word. Not a word another European language writes
    (wordfreq), nor one spelled as another system or pinyin would (*Goujian*: ou).

    >>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
    >>> verdicts = [guesser.word(w) for w in ("Edo", "no", "keibojutsu")]
    >>> _compounds_only_japanese_explains(verdicts, judge, guesser)
    True
    """
    return any(v.language == UNKNOWN and len(v.word) >= _COMPOUND_LETTERS and
               guesser.other(v.word) == 0.0 and not _OTHER_SYSTEM.search(v.word.lower()) and
               parse_word(v.word) is not None and (
                   judge.missing_macron(v.word) is not None or _lords(v.word, judge))
               for v in verdicts)


def _lords(word: str, judge: SpellingJudge) -> bool:
    """Whether ``word`` is a lord named by his given or art name and 公 *kō* after a
    hyphen (*Naoshige-ko*, :func:`_lord`)."""
    head, hyphen, tail = word.rpartition("-")
    return bool(hyphen) and tail.lower() == "ko" and _lord(head, judge)


def _lord_word(word: str, judge: SpellingJudge) -> str | None:
    """``word``, a lord's given or art name and *-ko* (:func:`_lords`), spelled with
    公 *kō* and the macrons the lexicon gives the name (*Rakuo-ko*: Rakuō-kō 楽翁公);
    ``None`` for any other word. A lake's 湖 *ko* follows a place (Biwa-ko, Suwa-ko).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> _lord_word("Rakuo-ko", judge), _lord_word("Biwa-ko", judge)
    ('Rakuō-kō', None)
    """
    if not _lords(word, judge):
        return None
    head, _, tail = word.rpartition("-")
    found = judge.missing_macron(head)
    return f"{found.suggestion if found else head}-{_match_case(tail, 'kō')}"


#: Letters a compound no list knows must have to count as Japanese by its parts alone.
_COMPOUND_LETTERS = 7


_OTHER_SYSTEM = re.compile(r"ou|uu|m[bmp]|oh(?![aiueoy])")


_TITLE_WORD = re.compile(r"[A-Za-zāīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ'’-]+")


#: A title or run with at least this many words only Japanese explains is romanised
#: Japanese in any document; one with fewer only in a document that shows Japanese.
_STRONG_ALONE = 2


def _taken_for_japanese(ctx: Context, words: Iterable[str], guesser: LanguageGuesser) -> bool:
    """Whether a title's or a run's ``words`` may be read as romanised Japanese: two of
    them only Japanese explains (in a document that writes no other language's script,
    :attr:`Context.writes_other_script`), or the document does not show that it holds
    none (:attr:`Context.shows_no_japanese`). English that shows none writes names and titles
    of many languages that parse as romaji, one word of which the lexicon knows:
    *Kojo Elliot* (Ghanaian), *Maina Muiruri* (Kenyan), "Ajo" (an Albanian song)."""
    if ctx.__dict__.get("shows_no_japanese") is False:
        return True  # already asked, and it shows Japanese: yes, whatever the words are
    strong = 0
    for word in words:
        strong += guesser.word(word).language == JAPANESE
        if strong >= _STRONG_ALONE and not ctx.writes_other_script:
            return True
    return not ctx.shows_no_japanese


def _written_abroad(written: str, guesser: LanguageGuesser) -> bool:
    """Whether English writes ``written`` itself as often as a name it keeps (Zipf
    _PROSE_ENGLISH: Siva 2.9) or another European language commonly (COMMON)."""
    word = written.lower()
    return guesser.english(word) >= _PROSE_ENGLISH or guesser.other(word) >= COMMON


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


def _lone_lower(word: str, judge: SpellingJudge, guesser: LanguageGuesser,
                reading: Callable[[], str] = str) -> str | None:
    """The macron a title of one Japanese word in lower case lacks, by the lexicon alone
    (*tatoshi*: tatōshi), where the analysis of the title found nothing: its conversion
    read the word as two (他都市 *Ta toshi*), a division that takes one syllable of it
    for a word of its own and so is no better than the lexicon's guess. At most
    possible, like every lexicon verdict on a word alone.

    >>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
    >>> [_lone_lower(w, judge, guesser) for w in ("tatoshi", "toshi", "tokin")]
    ['tatōshi', None, None]
    """
    if guesser.word(word).language != JAPANESE:
        return None
    found = judge.missing_macron(word)
    if found is not None and found.torn:
        found = _settled(found, reading())
    if found is None or strip_macrons(normalize_romaji(found.suggestion)).lower() != word:
        return None
    if not _far_commoner(word, found, judge):
        return None  # a word as written too, nearly as common (と金 tokin, tōkin 2.8 to 2.7)
    return found.suggestion


def _far_commoner(word: str, found: MacronVerdict, judge: SpellingJudge) -> bool:
    """Whether the lexicon's reading ``found`` of ``word`` is :data:`GAP` commoner than
    the word as written, or that is in no frequency list (JMnedict's ロノ *Rono*,
    against 労農 *rōnō*)."""
    as_written = judge.frequency_as_written(word)
    return not as_written or \
        judge.forms(word).get(found.suggestion.lower(), 0.0) - as_written >= GAP


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


def _guessed_prefix(found: MacronVerdict | None, parts: list[str]) -> MacronVerdict | None:
    """The lexicon's reading ``found`` of a word the conversion divided into ``parts``,
    unless the conversion only guessed at a one-syllable prefix (:func:`_divided_into_words`)
    and the lexicon's reading begins with the same syllable, long vowel and all: then it
    guessed the same (*Hō kuchiku*, *Hōkuchiku*; *hō kumō*, *Hōkumo* for 北毛 *Hokumō*).
    Where it reads the start otherwise, it read longer words (農村史 *Nōsonshi*, nōson +
    shi, for the conversion's *No sonshi*), and stands; so does a reading that is no
    guess at a compound, a dictionary word's certain or likely one (ようこそ *yōkoso*,
    which the conversion reads *yō koso*).

    >>> found = MacronVerdict("Nōsonshi", POSSIBLE, ("nōsonshi",))
    >>> _guessed_prefix(found, ["No", "sonshi"]).suggestion
    'Nōsonshi'
    >>> _guessed_prefix(MacronVerdict("Hōkumo", POSSIBLE), ["hō", "kumō"]) is None
    True
    """
    if found is None or found.confidence != POSSIBLE or _divided_into_words(parts):
        return found
    return None if _joined(found.suggestion).startswith(_joined(parts[0])) else found


def _divided_into_words(parts: list[str]) -> bool:
    """Whether a conversion's division of one written word reads words before its last
    part, not single syllables: *kyōiku shi* and *Tai jingū* divide a compound, *Hō
    kuchiku* and *de kijō* only guess at a one-syllable prefix (any of dozens of
    kanji), so the compound is no better read whole (*Hokuchiku*, *dekijo*).

    >>> _divided_into_words(["kyōiku", "shi"]), _divided_into_words(["Hō", "kuchiku"])
    (True, False)
    """
    for part in parts[:-1]:
        syllables = parse_word(part)
        if syllables is None or len(syllables) < 2:
            return False
    return True


def _capitalised_by_style(found: MacronVerdict | None, index: int, words: list[WordAnalysis],
                          judge: SpellingJudge) -> MacronVerdict | None:
    """``found``, unless it is a possible verdict on a capitalised word inside a title
    that capitalises its words but particles and a few more (*Kojisho ni okeru Bushu
    Hairetsu no Kijun*), which the lexicon reads as written in lower case: the capital is the title's
    style, not a name's (部首 *bushu*, not 武州 *Bushū*)."""
    if found is None or found.confidence != POSSIBLE or not index:
        return found
    written = words[index].written
    if not written[:1].isupper() or not written[1:].islower():
        return found
    # after the first word: three capitalised words at least, three to each word in lower
    # case but particles (ni okeru, ni tsuite: a phrase titles in this style keep so)
    capitalised = [v.written[:1].isupper() for v in words[1:] if not _is_particle(v.written)
                   and v.written[:1].isalpha()]
    upper = sum(capitalised)
    if upper < 3 or upper < 3 * (len(capitalised) - upper):
        return found
    lower = written.lower()
    return None if judge.exists_as_written(lower) and judge.missing_macron(lower) is None \
        else found


def _published_spelling(words: list[str], text: str) -> bool:
    """Whether a title is written the way a work's publisher romanises it: every word but
    particles capitalised (one word at least) and no long vowel marked, as in the titles
    of songs, films and series (*Saikou no Rikon*, *Budou*), not as a writer who
    romanises titles in sentence case (*Daitou chōshi*) or with macrons (*Zōho to Datsuro*).

    >>> [_published_spelling(t.split(), t) for t in (
    ...     "Saikou no Rikon", "Daitou chōshi", "Oto no Shohousen: Ai no Shūhasū")]
    [True, False, False]
    """
    if any(c in _LONG_MARKS for c in text):
        return False
    capitalised = [w[:1].isupper() for w in words if w[:1].isalpha() and not _is_particle(w)]
    return bool(capitalised) and all(capitalised)


def _title_case_word(w: WordAnalysis, index: int, words: list[WordAnalysis],
                     judge: SpellingJudge) -> MacronVerdict | None:
    """The macron a title's first word lacks when it is capitalised only because it
    begins the title (the next word is in lower case: *Toyoshi kenkyu*) and only names are
    spelled as it is written (:meth:`SpellingJudge.missing_macron_of_word`)."""
    if index or len(words) < 2 or not (w.written[:1].isupper() and w.written[1:].islower()) \
            or not words[1].written[:1].islower():
        return None
    found = judge.missing_macron_of_word(w.written.lower())
    return None if found is None else MacronVerdict(
        with_long_vowels(w.written, found.suggestion), POSSIBLE, found.alternatives)


def _era_in_title(w: WordAnalysis, index: int, words: list[WordAnalysis],
                  judge: SpellingJudge, found: MacronVerdict | None) -> MacronVerdict | None:
    """``found`` (the word's verdict so far), or the era name (``data/eras.tsv``) a
    capitalised word of a title in sentence case spells without its long vowels, alone
    among lower-case words, where nothing surer was found: *Tenpo kikin igo*, *Ninzu
    aratamecho ni miru Tenpo-ki no* (天保, not 店舗 tenpo), *Shoho jiroku* (正保, not the
    lexicon's guess Shohō), possible. Not beside another capitalised word (*Shichijo
    Jisho*: a name's words), nor in a title that capitalises its words (*Jisho
    Seikatsushi to Gengoshi*, 辞書)."""
    if found is not None and found.confidence != POSSIBLE:
        return found
    era = _era_word(w.written, judge)
    if era is None:
        return found
    for k in (index - 1, index + 1):
        if 0 <= k < len(words) and not words[k].written[:1].islower():
            return found  # beside a capitalised word (or a number, a mark)
    if not any(k != index and v.written[:1].islower() and not _is_particle(v.written)
               for k, v in enumerate(words)):
        return found  # no lower-case word but particles: every word may be capitalised
    return MacronVerdict(era, POSSIBLE, (era.lower(),))


def _era_word(written: str, judge: SpellingJudge) -> str | None:
    """``written`` (Tenpo, Tenpo-ki) with the long vowels of the era name it spells before
    any hyphen, when capitalised; else ``None``."""
    head, hyphen, rest = written.partition("-")
    if not (head[:1].isupper() and head[1:].islower()):
        return None
    era = judge.era_name(head)
    return None if era is None else era + hyphen + rest


class _PhrasesAsWritten:
    """Whether a title's word, with its neighbours (two to five words), spells one
    dictionary word exactly as written (*Buke shohatto* 武家諸法度): then it lacks no
    macron, whatever the word alone might be. Only the runs around a word a possible
    finding rests on are looked up."""

    def __init__(self, words: list[WordAnalysis], judge: SpellingJudge) -> None:
        self._words, self._judge = words, judge
        self._usable: list[bool] | None = None
        self._parsed: list[bool] = []
        self._runs: dict[tuple[int, int], bool] = {}

    def __contains__(self, index: object) -> bool:
        if not isinstance(index, int):
            return False
        words = self._words
        if self._usable is None:
            self._parsed = [w.syllables is not None and not w.merged for w in words]
            # no particle at either end of a run (chiho no is no ちほの); one inside it is
            # part of the word (*Oku no Hosomichi* 奥の細道, *Cha no yu* 茶の湯)
            self._usable = [parsed and not _is_particle(w.written)
                            for parsed, w in zip(self._parsed, words, strict=True)]
        usable, parsed = self._usable, self._parsed
        if not usable[index]:
            return False
        if self._judge.titles_write(words[index].written):
            return True  # a word titles are made of, as written (序説 josetsu, 辞書 jisho)
        for n in range(min(5, len(words)), 1, -1):
            for i in range(max(0, index - n + 1), min(index, len(words) - n) + 1):
                if not (usable[i] and usable[i + n - 1] and all(parsed[i : i + n])):
                    continue
                held = self._runs.get((i, n))
                if held is None:
                    held = self._runs[i, n] = self._judge.phrase_as_written(
                        [w.written for w in words[i : i + n]])
                if held:
                    return True
        return False


class _PhrasesWithMacrons:
    """A title word's spelling when, with its neighbours (two or three words, no particle
    among them), it spells one dictionary word only long vowels spell (*Hoken shakai*
    封建社会 hōken shakai, *Toyo Daigaku* 東洋大学): the words around it decide what the
    word alone cannot (hoken is also 保険). Two runs that disagree decide nothing."""

    def __init__(self, words: list[WordAnalysis], judge: SpellingJudge,
                 english: list[float]) -> None:
        self._words, self._judge = words, judge
        # no particle, and no word English writes (*in* Toyo rekishi: no 陰 in)
        self._usable = [w.syllables is not None and not w.merged and "-" not in w.written
                        and not _is_particle(w.written) and e < _LONE_ENGLISH
                        for w, e in zip(words, english, strict=True)]
        self._runs: dict[tuple[int, int], list[str] | None] = {}

    def get(self, index: int) -> str | None:
        spelling = self._spelled(index)
        return spelling if spelling != self._words[index].written else None

    def keeps(self, index: int) -> bool:
        """Whether the dictionary word the word spells with its neighbours spells it as
        written, long vowels being the neighbours' (*Kokin wakashu* 古今和歌集 Kokin
        wakashū: no 公金 kōkin)."""
        return self._spelled(index) == self._words[index].written

    def _spelled(self, index: int) -> str | None:
        words, usable = self._words, self._usable
        if not usable[index]:
            return None
        found: set[str] = set()
        for n in (3, 2):
            for i in range(max(0, index - n + 1), min(index, len(words) - n) + 1):
                if not all(usable[i : i + n]):
                    continue
                if (i, n) not in self._runs:
                    self._runs[i, n] = self._judge.phrase_with_macrons(
                        [w.written for w in words[i : i + n]])
                spelled = self._runs[i, n]
                if spelled is not None:
                    found.add(spelled[index - i])
        if len(found) != 1:
            return None
        return found.pop()


#: A number and a word after it, joined by a hyphen (*30-shunen*, *17-nen*).
_COUNTED = re.compile(r"(\d+-)([A-Za-z]+)")


def _counted_word(word: str, judge: SpellingJudge) -> str | None:
    """The macron a word of two syllables or more after a number lacks, by the lexicon
    (周年 *shūnen* of *30-shunen*), where no word is written so: a word as written after a
    number may be what is counted or a numeral itself (億 *oku*, not 多く *ōku*), and a
    counter of one syllable reads either way (度 *do* of *3-do*, 号 *gō*). Nothing for
    letters no word starts with (*3-ttsu*).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> _counted_word("shunen", judge), _counted_word("oku", judge), _counted_word("do", judge)
    ('shūnen', None, None)
    """
    syllables = parse_word(word)
    if syllables is None or len(syllables) < 2 or (word[0] == word[1] and word[0] not in "aiueo") \
            or judge.frequency_as_written(word) >= REAL:
        return None
    found = judge.missing_macron(word)
    return None if found is None else found.suggestion


#: Words that close a title after a noun, always long there: 考 kō "a study of" (in the
#: dev bibliographies' titles that write macrons: kō 6 times after a noun, ko never).
_CLOSING_WORDS = {"ko": "kō"}


def _closes(title: str, end: int) -> bool:
    """Whether the word ending at ``end`` closes ``title`` or its main title: nothing
    after it but a subtitle's colon or a part in brackets (*Shuttenkō (Jō)*)."""
    rest = title[end:].lstrip()
    return not rest or rest[0] in ":("


#: An apostrophe between two vowels: no Hepburn spelling of one word's syllables writes
#: it (only n' does), so the writer divides two words there (歌意 ka’i).
_VOWELS_DIVIDED = re.compile("[aiueoāīūēō]['’][aiueoāīūēō]", re.IGNORECASE)


def _lord(head: str, judge: SpellingJudge) -> bool:
    """Whether ``head``, written before *-ko*, is a person's given or art name and nothing
    else the lexicon knows (JMnedict lists 直茂 *Naoshige* and 楽翁 *Rakuō* only as given
    or unclassified names), a name many people bear (:data:`_LORD_SPELLINGS` spellings in
    kanji or more): 公 *kō*, "lord", follows it. A word, a place or a family name spelled
    so may be a lake's name (琵琶 Biwa, 諏訪 Suwa, 浜名 Hamana, 宍道 Shinji: 湖 ko), and so
    may a name JMnedict gives one or two spellings (佐呂間 Saroma, a town, as given).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> _lord("Naoshige", judge), _lord("Suwa", judge), _lord("Biwa", judge), _lord("Saroma", judge)
    (True, False, False, False)
    """
    if not head[:1].isupper() or not head[1:].islower() or not head.isalpha():
        return False
    spellings = judge.lexicon.spellings(head)
    if not spellings or any(s.kind not in _GIVEN_ONLY for s in spellings):
        return False
    return len({s.written for s in spellings
                if any("\u4e00" <= c <= "\u9fff" for c in s.written)}) >= _LORD_SPELLINGS


#: The kinds of JMnedict's names that a lord's given or art name has (:func:`_lord`).
_GIVEN_ONLY = frozenset({"given", "name"})
#: Spellings in kanji a name before *-ko* has at least, to be a name people bear
#: (直茂 Naoshige: 12, 楽翁 Rakuō: 12; 佐呂間 Saroma, a town JMnedict lists as given: 1).
_LORD_SPELLINGS = 4


def _closing_compound(word: str, judge: SpellingJudge) -> MacronVerdict | None:
    """A compound no list knows that closes a title with *ko* after a word of two
    syllables or more: *kō*, "a study of" (出典考 *Shuttenkō*) or a confraternity (女人講
    *nyoninkō*), as a title's closing *ko* alone is (:data:`_CLOSING_WORDS`); the word
    before it judged as a word. Possible only. A word known as written is no such
    compound, unless the writer's apostrophe between two vowels divides it where no
    such word is divided (*Ka’iko*, 歌意考: not 蚕 *kaiko*).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> _closing_compound("Shuttenko", judge).suggestion, _closing_compound("Ka’iko", judge).suggestion
    ('Shuttenkō', 'Ka’ikō')
    """
    head, tail = word[:-2], word[-2:]
    if tail.lower() not in _CLOSING_WORDS or (
            judge.is_known(word) and not _VOWELS_DIVIDED.search(head)):
        return None
    syllables = parse_word(head)
    if syllables is None or len(syllables) < 2 or not judge.exists_as_written(head):
        return None
    found = judge.missing_macron(head)
    spelled = (found.suggestion if found else head) + _CLOSING_WORDS[tail.lower()]
    return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))


class _GuessedWords:
    """The words of a title's conversion whose reading is a guess (a kanji no dictionary
    knows, read by a single-kanji fallback): a finding drawn from them is never certain,
    so ``--fix`` never applies it. Worked out only when a finding needs it."""

    def __init__(self, ctx: Context, japanese: str, romaji: str) -> None:
        self._ctx, self._japanese, self._romaji = ctx, japanese, romaji
        self._words: frozenset[str] | None = None

    def cap(self, aligned: _Aligned, finding: Finding) -> Finding:
        """``finding`` at most possible when the words it rests on were guessed."""
        if finding.confidence == POSSIBLE or not any(
                c in self.words for c in aligned.canonical):
            return finding
        return replace(finding, confidence=POSSIBLE)

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = _guessed_words(self._ctx, self._japanese, self._romaji)
        return self._words


def _guessed_words(ctx: Context, japanese: str, romaji: str) -> frozenset[str]:
    """The words of ``romaji`` (the romanisation of ``japanese``) that rest on a guessed
    reading, found by the letters each explained word covers; every word when the two
    cannot be lined up."""
    if not japanese or not romaji:
        return frozenset()
    try:
        explained = ctx.terms.romanizer().explain(japanese)
    except Exception:  # a romaniser failure: trust nothing drawn from the conversion
        return frozenset(_canonical_words(romaji))
    if not any(w.is_guess for w in explained):
        return frozenset()
    guessed: list[tuple[int, int]] = []
    at = 0
    for w in explained:
        n = len(_letters(w.romaji.replace(" ", "")))
        if w.is_guess:
            guessed.append((at, at + n))
        at += n
    canonical = _canonical_words(romaji)
    if at != sum(len(_letters(c)) for c in canonical):
        return frozenset(canonical)
    out: set[str] = set()
    at = 0
    for c in canonical:
        n = len(_letters(c))
        if any(s < at + n and at < e for s, e in guessed):
            out.add(c)
        at += n
    return frozenset(out)


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


def _alone(words: list[str], verdicts: list[WordVerdict], index: int) -> bool:
    """Whether no word but the one at ``index`` is Japanese (only Japanese explains it, or a
    particle: *no*, *to*): a word alone among English words, or a one-word title, where the
    lexicon's one spelling is no certainty (a word no list holds may be written so on
    purpose); beside other Japanese words (*Nichiei saiba kyogi*) it is a romanised phrase.

    >>> from jpterms.language import LanguageGuesser
    >>> guesser = LanguageGuesser.for_lexicon(SpellingJudge.for_glossary(None).lexicon)
    >>> words = "Shiryo no kenkyu".split(), "The kenkyu".split()
    >>> [_alone(w, [guesser.word(x) for x in w], len(w) - 1) for w in words]
    [False, True]
    """
    return not any(j != index and (v.language == JAPANESE or (
        v.language == AMBIGUOUS and _letters(w) in PARTICLES))
        for j, (w, v) in enumerate(zip(words, verdicts, strict=True)))


def _lexicon_only(found: MacronVerdict | None, alone: bool) -> MacronVerdict | None:
    """``found`` (a verdict of the lexicon alone), likely where it was certain when the word
    stands ``alone``: only paired evidence (an original, a translation) or the other
    words of a romanised phrase make a sole spelling certain."""
    if found is None or not alone or found.confidence != CERTAIN:
        return found
    return MacronVerdict(found.suggestion, LIKELY, found.alternatives, found.torn)


def _macron(w: WordAnalysis, correct: str, title: DocumentTitle, judge: SpellingJudge,
            trusts: bool, *, alone: bool = False) -> MacronVerdict | None:
    """The macron a title word lacks: decided by the title's context (its translation chose
    the word) or by the lexicon alone. ``alone``: no other word of the title is Japanese
    (:func:`_alone`), so the lexicon's verdict is at most likely (:func:`_lexicon_only`)."""
    context = title.title.context
    context_chose = bool(context) and (
        (w.best is not None and _matches(w, context))
        or correct.lower() in normalize_romaji(context).lower().split())
    if not _missing_macron(w.written, correct):
        if context_chose:
            return None  # the translation chose the word as written (Kyogi [falsehood])
        # the conversion saw no missing macron; the lexicon may still see one (jinkoshi)
        found = _lexicon_only(_settled(judge.missing_macron(w.written, trusts_as_written=trusts),
                                       correct), alone)
        if found is None or strip_macrons(correct).lower() != strip_macrons(w.written).lower():
            return found
        return found if found.confidence != CERTAIN else \
            MacronVerdict(found.suggestion, LIKELY, found.alternatives)
    if context_chose:  # the translation chose the word: its spelling decides
        decided = judge.missing_macron(w.written, decided=correct)
        if decided is not None:
            # the translation agrees with the curated glossary: paired evidence, certain
            curated = w.best is not None and w.best.source == "glossary"
            return MacronVerdict(_match_case(w.written, decided.suggestion),
                                 CERTAIN if curated else LIKELY, decided.alternatives)
    found = _lexicon_only(_settled(judge.missing_macron(w.written, trusts_as_written=trusts),
                                   correct), alone)
    if found is not None and "-" not in w.written and not judge.is_known(w.written) and \
            correct.lower() != found.suggestion.lower() and \
            _last_syllable(correct) == _last_syllable(found.suggestion) and \
            not _inflects(w):
        # a compound the lexicon knows only as two words it guesses at (kōseki + hyō):
        # the conversion read its head with the rest (戸籍表 kosekihyō), possible as every
        # guess; the lexicon's own reading of its end (集 shū of Kyōunshū) stands. Not
        # where the conversion read a phrase with an inflected word in it (良い区報 yoi
        # kuhō for *yoikuho*, 養育法 yōikuhō): no compound, so the lexicon's stands
        return MacronVerdict(_match_case(w.written, correct), POSSIBLE, (correct,))
    if found is not None:
        suggestion = _match_case(w.written, correct)
        if correct.lower() in found.alternatives and "-" not in w.written and \
                w.best is not None and judge.outweighs_conversion(
                    w.written, found.suggestion, w.best.kanji, correct):
            return found  # a loanword (ロード) or Mozc's own word (子虫) against a native word
        if correct.lower() in found.alternatives:
            confidence = found.confidence
            if context_chose and confidence == POSSIBLE:
                confidence = LIKELY  # the translation chose this word
            return MacronVerdict(suggestion, confidence, found.alternatives)
        return found
    if not trusts and not context and "-" not in w.written and \
            judge.near_tie(w.written, _joined(correct)):
        # a word as common as written as with the long vowels the conversion of the
        # whole title reads (Tokei shūshi 統計収支, Honpō shizanritsu 本邦死産率): the
        # lexicon leaves the toss-up to the word as written, the title settles it
        return MacronVerdict(_match_case(w.written, correct), POSSIBLE, (correct,))
    if judge.is_known(w.written) or trusts:
        return None  # the lexicon knows the word, or the writer marks long vowels
    if LOAN_VOWEL.search(correct) and not LOAN_VOWEL.search(w.written):
        # a long e or i no native word writes (ē, ī: a loanword's ー), where the lexicon
        # knows no loanword spelled so: a guess of the conversion's (玉櫛 + ゲー for
        # *tamakushige*, 櫛笥), not a word
        return None
    # a compound the lexicon does not know (kaisaikai): the conversion is all we have
    return MacronVerdict(_match_case(w.written, correct), POSSIBLE, (correct,))


#: Hiragana: in the conversion's kanji of one written word, an inflected ending
#: (okurigana, 良い) or a particle, which no compound's kanji hold.
_HIRAGANA = re.compile("[\u3041-\u309f]")


def _inflects(w: WordAnalysis) -> bool:
    """Whether the conversion read the word ``w`` as a phrase with an inflected word or a
    particle in it (its kanji hold hiragana: 良い区報 for *yoikuho*), not as one compound.

    >>> from jpterms.title_analysis import Candidate
    >>> _inflects(WordAnalysis("yoikuho", 0, 7, None, [Candidate("良い区報", "よいくほう", 0.0, "mozc")]))
    True
    """
    return w.best is not None and bool(_HIRAGANA.search(w.best.kanji))


_DIVISION = re.compile(r"[\s'’-]")


def _joined(romaji: str) -> str:
    """``romaji`` in lower case with its word division (spaces, hyphens, apostrophes) taken
    out, long vowels kept: how :func:`_guessed_prefix` and :func:`_settled` compare a
    reading with the conversion's.

    >>> _joined("Bendō shō"), _joined("Ka’i-kō")
    ('bendōshō', 'kaikō')
    """
    return _DIVISION.sub("", normalize_romaji(romaji).lower())


def _half_of_a_word(words: list[WordAnalysis], index: int, judge: SpellingJudge) -> bool:
    """Whether the written word joined to the word before or after it is a common word
    as written in kana (:func:`_kana_word`), which the writer divided in two: *sa reta*, された
    *sareta* (5.9), whose *reta* alone read as the loanword レター *retā* was a certain
    finding. Both words are in lower case, as a title's inflections are (a writer's
    capitals mark words of their own).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> words = [WordAnalysis(w, 0, 0, None, []) for w in ("Chukei", "sa", "reta", "Tei", "Sho")]
    >>> _half_of_a_word(words, 2, judge), _half_of_a_word(words, 0, judge), _half_of_a_word(words, 4, judge)
    (True, False, False)
    """
    written = words[index].written
    if not written.islower():
        return False  # (Tei Shō, 鄭樵: a name's two words, as the capitals say)
    joined = []
    if index and words[index - 1].written.islower():
        joined.append(words[index - 1].written + written)
    if index + 1 < len(words) and words[index + 1].written.islower():
        joined.append(written + words[index + 1].written)
    return any(word.isalpha() and _kana_word(word, judge) for word in joined) or \
        (index > 0 and _loanword_only(written, judge) and
         _inflected_ending(words[index - 1].written, written))


def _loanword_only(written: str, judge: SpellingJudge) -> bool:
    """Whether every word the lexicon spells ``written`` with a long vowel is a loanword
    in katakana (レター retā), so that the long vowel only a loanword gives is in doubt
    where the letters read as an inflection (*reta* of 抱かれた); a native word (条 jō,
    地方 chihō) is not.

    >>> judge = SpellingJudge.for_glossary(None)
    >>> _loanword_only("reta", judge), _loanword_only("jo", judge)
    (True, False)
    """
    long = [s for s in judge.lexicon.spellings(written) if strip_macrons(s.hepburn) != s.hepburn]
    return bool(long) and all(all("\u30a0" <= c <= "\u30ff" for c in s.written) for s in long)


@functools.lru_cache(maxsize=1024)
def _inflected_ending(before: str, written: str) -> bool:
    """Whether ``written`` is the inflection of a verb the word ``before`` begins, which
    the writer divided from its stem: Mozc, converting the kana of the two run together,
    writes ``before`` ending in kanji or hiragana (a verb's stem: 抱か *daka*, 愛さ
    *aisa*) and ``written``'s kana all in hiragana (れ + た: *Daka reta* 抱かれた, *Aisa
    reta* 愛された); after a loanword in katakana (ラブ *rabu*) it is a word of its own.

    >>> _inflected_ending("Michibika", "reta"), _inflected_ending("rabu", "reta")
    (True, False)
    """
    head, tail = parse_word(before.lower()), parse_word(written)
    if head is None or tail is None:
        return False
    head_kana, tail_kana = to_hiragana(kana_of(head)), to_hiragana(kana_of(tail))
    at, boundary, stem = 0, len(head_kana), ""
    for reading, spelled in mozc_convert(head_kana + tail_kana):
        if at < boundary < at + len(reading):
            return False  # a word across the two (零戦 zerosen: Zero senmo)
        if at < boundary:
            stem = spelled
        elif not all("\u3040" <= c <= "\u309f" for c in spelled):
            return False  # written's kana not all inflection
        at += len(reading)
    return bool(stem) and not all("\u30a0" <= c <= "\u30ff" for c in stem)


def _kana_word(letters: str, judge: SpellingJudge) -> bool:
    """Whether the commonest word spelled ``letters`` as written is one Japanese writes in
    kana, an inflected form (された sareta), and common (:data:`_WHOLE_WORD`); a compound
    in kanji (提唱 teishō) may be two words as well (*Tei Shō*, a name)."""
    found = [s for s in judge.lexicon.spellings(letters) if s.hepburn.lower() == letters]
    if not found:
        return False
    best = max(found, key=lambda s: s.frequency)
    return best.frequency >= _WHOLE_WORD and all("\u3040" <= c <= "\u30ff" for c in best.written)


#: Letters no romaji word has (c outside ch): a word with one is another language's
#: (Robocon, passion cachee, Mandalas, Xinfang), not romaji mistyped (daigajku).
_FOREIGN_LETTERS = re.compile(r"[lqvx]|c(?!h)")
#: A word no syllables spell that English writes at least this often (Zipf: kiss 4.6,
#: against nit 3.1) is English in the title, not a fragment of the next word.
_ENGLISH_IN_TITLE = 4.0
#: A word written in two that is this common as written (Zipf) when joined is one word
#: divided (sareta 5.9, sarete 5.0, shiteiru 5.4).
_WHOLE_WORD = 4.0


def _settled(found: MacronVerdict | None, reading: str) -> MacronVerdict | None:
    """``found``, unless the lexicon's guess was a toss-up between two readings of a
    piece of a compound (:attr:`MacronVerdict.torn`: *Bendōshō* or *Bendōsho*) that
    ``reading``, the conversion's of the whole word (its words run together), does not
    settle: then nothing. The conversion reads the word as one: 教諭書 *kyōyusho* where
    the lexicon's commoner piece is 共有 *kyōyū*.

    >>> torn = MacronVerdict("Bendōshō", POSSIBLE, ("bendōshō",), torn=True)
    >>> _settled(torn, "bendosho") is None, _settled(torn, "Bendō shō").suggestion
    (True, 'Bendōshō')
    """
    if found is None or not found.torn:
        return found
    read = _joined(reading)
    if read and any(_joined(a) == read for a in found.alternatives):
        return MacronVerdict(with_long_vowels(strip_macrons(found.suggestion), read), POSSIBLE,
                             (read,))
    return None


def _last_syllable(romaji: str) -> str:
    """The last written syllable of a romanised word, lower case (``kosekihyō``: ``hyō``).

    >>> _last_syllable("Kyōunshū"), _last_syllable("kosekihyō")
    ('shū', 'hyō')
    """
    syllables = parse_word(romaji)
    return syllables[-1].text if syllables else romaji.lower()


def _with_neighbours(found: MacronVerdict | None, index: int, phrases: _PhrasesAsWritten,
                     joint: _PhrasesWithMacrons | None, paired: bool) -> MacronVerdict | None:
    """A title word's macron verdict weighed with the words around it: a possible one
    goes where the word and its neighbours spell one dictionary word as written (Buke
    shohatto); where there is none, the macron the word lacks by the dictionary word it
    spells with its neighbours (Hoken shakai), at most possible, as a guess from them.
    That word also outweighs another possible guess at the word (*Joryu Kaikyu*: 上流階級
    jōryū kaikyū, not the conversion's 女流 joryū)."""
    if found is not None and found.confidence == POSSIBLE and not paired and \
            (index in phrases or (joint is not None and joint.keeps(index))):
        found = None
    if found is not None and found.confidence == POSSIBLE and joint is not None:
        spelled = joint.get(index)
        if spelled is not None and spelled != found.suggestion:
            return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))
    if found is None and joint is not None:
        spelled = joint.get(index)
        if spelled is not None:
            return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))
    return found


def _read_in_title(w: WordAnalysis, index: int, title: DocumentTitle, judge: SpellingJudge,
                   phrases: _PhrasesAsWritten) -> MacronVerdict | None:
    """The macron a word that exists as written lacks as its title's words read it together
    (:meth:`SpellingJudge.read_in_title`: *Shinshu Hitachi shishi*, 信州), at most
    possible; none for a particle, or where the word and its neighbours spell one
    dictionary word as written (*Buke shohatto*)."""
    if _is_particle(w.written) or w.merged or index in phrases:
        return None  # the phrase first: it is cheap, the reading dear
    return judge.read_in_title(w.written, title.text, w.start)


def _matches(w: WordAnalysis, context: str) -> bool:
    from jpterms.title_analysis import _context_stems, _matches_context, english_for

    best = w.best
    if best is None:
        return False
    return _matches_context(english_for(best.kanji, best.kana, best.entry),
                            _context_stems(context))


def _own_name(analysis: TitleAnalysis, w: WordAnalysis) -> bool:
    """A capitalised word after another capitalised word: part of a proper name
    (Asahi Shimbun, Nihon Keizai Shimbunsha), spelled as its owner spells it."""
    words = analysis.words
    i = next(k for k, x in enumerate(words) if x is w)
    return w.written[:1].isupper() and i > 0 and words[i - 1].written[:1].isupper()


def _in_style(correct: str, style: str) -> str:
    """The modified-Hepburn form as the chosen style writes it."""
    if style == "traditional":
        return _SYLLABIC_N.sub("m", correct).replace("n'", "n-")
    return correct


_SYLLABIC_N = re.compile(r"n(?=[bmp])")


def _other_style(written: str, expected: str) -> bool:
    """Same word, spelled another system's way: kyougi/kyōgi (wāpuro), Shimbun/Shinbun
    (traditional Hepburn), Shinbun/Shimbun under --style traditional. Only those
    spellings count: a written macron is never turned into a doubled vowel, and a
    conversion that merely disagrees (Satoshikusa) is no other system."""
    w, e = written.lower().replace("-", ""), expected.lower().replace("-", "")
    if w == e or strip_macrons(w) == strip_macrons(e) or _MACRON_VOWELS.search(w):
        return False  # identical, only macrons differ, or the writer marks long vowels
    if _letters(w) != _letters(e):
        return False
    explained = _WAPURO_LONG.sub(lambda m: _LONG_OF[m.group(0)], w)
    return explained in (e, _SYLLABIC_M.sub("n", e), _SYLLABIC_N.sub("m", e)) or \
        _SYLLABIC_M.sub("n", explained) == e or _SYLLABIC_N.sub("m", explained) == e


_WAPURO_LONG = re.compile(r"ou|uu|oo|oh(?![aiueoy])")
_LONG_OF = {"ou": "ō", "uu": "ū", "oo": "ō", "oh": "ō"}


def _styled(text: str, style: str) -> str:
    return strip_macrons(text) if style == "plain" else text


def _particle_joined_on(a: _Aligned, judge: SpellingJudge) -> bool:
    """Whether the division of a written word is likely for the particle it splits off:
    the word as written is no word of its own (Nihonno: Nihon no), or it is a case
    particle and no run together (tono: to no, see :func:`_joined_wrongly`). A word that
    exists as written (Puroto プロト, "proto-", not Puro to) may be the writer's word, and
    its division is only possible.

    >>> judge = SpellingJudge.for_glossary(None)
    >>> def aligned(written, *canonical):
    ...     return _Aligned(WordAnalysis(written, 0, len(written), None), list(canonical))
    >>> _particle_joined_on(aligned("Nihonno", "Nihon", "no"), judge)
    True
    >>> _particle_joined_on(aligned("Puroto", "Puro", "to"), judge)
    False
    """
    if not any(_is_particle(c) for c in a.canonical):
        return False
    parts = [_letters(c) for c in a.canonical]
    if len(parts) == 2 and parts[0] in ("to", "de", "e") and parts[1] == "no":
        return True
    return judge.frequency_as_written(a.word.written) < REAL


def _joined_wrongly(a: _Aligned, judge: SpellingJudge, trusts: bool) -> bool:
    """A written word covering several correct words: a particle joined on, or a word the
    glossary or dictionary knows as two. Never a name or a hyphenated word, and never a
    word that is itself a word unless it splits into particles only (tono: to no); every
    part must be a real word. A writer who marks long vowels is trusted to divide
    words (ALA-LC leaves room): only the glossary's divisions are reported then. A
    compound only a conversion divides is never reported (*raifukosu*, ライフコース)."""
    written = a.word.written
    if "-" in written or not all(judge.is_known(c) or _is_particle(c) for c in a.canonical):
        return False
    if _drops_macron(written, "".join(a.canonical)):
        return False  # a macron the writer wrote says it is another word (Tōshite: to shite)
    if judge.is_name(written) and written[:1].isupper():
        return False  # names are never split
    best = a.word.best
    if best is not None and best.source == "glossary" and " " in best.hepburn:
        if written.islower() and not best.hepburn.islower():
            return False  # a name the glossary divides (Ō Ki, 王毅 Wang Yi) is no word
            # written in lower case (Hawai Mare oki kaisen: 沖 oki)
        # the glossary divides it (Eikoku bōshō); but a word JMdict holds as one
        # conjunction is written both ways (narabini and narabi ni 並びに)
        return not _one_conjunction(best.kanji)
    parts = [_letters(c) for c in a.canonical]
    if len(parts) == 2 and parts[0] in ("to", "de", "e") and parts[1] == "no":
        return True  # tono, deno, eno: a case particle and no, run together
    if trusts:
        return False  # a writer who marks long vowels is trusted to divide words too
    particles = [_is_particle(c) for c in a.canonical]
    if judge.is_dictionary_word(written):  # toshi is not "to shi", monto not "mon to"
        return False
    if any(particles):
        # a particle joined on at the end (Nihonno; tono above), never one found inside
        # a word (satoshigaki is not "satoshi ga ki") nor at its start, where the
        # conversion reads a particle out of the word's own first syllable (nisennen
        # 二千年 is no "ni sennen", moraiko 貰い子 no "mo Raiko", dekijo 溺女 no "de
        # kijō"); the rest must be real words
        inner = particles[1:-1]
        rest = [c for c, p in zip(a.canonical, particles, strict=True) if not p]
        return not any(inner) and not particles[0] and all(len(_letters(c)) >= 3 and judge.is_dictionary_word(c)
                                      for c in rest)
    # a compound only a conversion splits (raifukosu as raifu kōsu, bakusaku as baku
    # saku) is the writer's own division: a closed compound is no error, and its long
    # vowels are the macron rule's to report in the writer's division (raifukōsu). In
    # the dev sets stripped of macrons (BibTeX titles and documents), all 42 were wrong.
    return False


@functools.lru_cache(maxsize=256)
def _one_conjunction(written: str) -> bool:
    """Whether JMdict holds ``written`` as one word whose every sense is a conjunction
    (並びに narabini, 又は matawa): English historiography writes *Kinchū narabini kuge
    shohatto* as often as *narabi ni*, so the glossary's division of it is a style, not
    an error. Expressions made of a particle and a verb (について ni tsuite, として
    to shite) are no conjunctions and stay divided.

    >>> _one_conjunction("並びに"), _one_conjunction("について")
    (True, False)
    """
    if not written:
        return False
    rows = jamdict_rows(_SENSE_POS, (written,))
    return bool(rows) and all(pos == "conjunction" for (pos,) in rows)


_SENSE_POS = ("SELECT p.text FROM Kanji k JOIN Sense s ON s.idseq = k.idseq "
              "JOIN pos p ON p.sid = s.ID WHERE k.text = ?")


def _drops_macron(written: str, correct: str) -> bool:
    """Whether ``correct`` (the same letters, spaces aside) lacks a long vowel the
    writer marked in ``written``.

    >>> _drops_macron("Tōshite", "to shite"), _drops_macron("Nihonno", "Nihon no")
    (True, False)
    """
    marked = normalize_romaji(written).lower().replace("-", "")
    plain = normalize_romaji(correct).lower().replace(" ", "").replace("-", "")
    if len(marked) != len(plain):
        return any(c in _LONG_MARKS for c in written)
    return any(m in _LONG_MARKS and p not in _LONG_MARKS for m, p in zip(marked, plain, strict=True))


def _spelled_compound(w: WordAnalysis, raw: str, judge: SpellingJudge) -> MacronVerdict | None:
    """The long vowels of a compound no dictionary lists whole, read from the kana its
    conversion was made from (ずしょりょうぼん, 図書寮本), where the romanisation of the
    kanji reads them another way (Toshoryōhon) and so lines up with nothing: possible,
    as every reading the conversion alone decides."""
    best = w.best
    if not isinstance(best, CompoundCandidate) or best.added_long == 0 or \
            judge.is_known(w.written) or not _long_in_kanji(best.kana):
        return None
    spelled = with_marks_of(raw, kana_to_romaji(best.kana))  # the writer's own apostrophe
    if spelled is None or spelled == raw:
        return None
    return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))


def _long_in_kanji(kana: str) -> bool:
    """Whether every long vowel of a conversion's kana lies inside one word it wrote in
    kanji (ずしょりょう 図書寮, not こう + 返し nor じしょ + おし): a long vowel Mozc
    only met in kana, or split across two words, is no reading of the compound.

    >>> _long_in_kanji("ずしょりょうぼん"), _long_in_kanji("こうがえし"), _long_in_kanji("じしょおし")
    (True, False, False)
    """
    segments = mozc_convert(kana)
    total = sum(c in _LONG_MARKS for c in kana_to_romaji(kana))
    inside = 0
    for reading, written in segments:
        longs = sum(c in _LONG_MARKS for c in kana_to_romaji(reading))
        if longs and not all("\u4e00" <= c <= "\u9fff" or c in "々〆ヶ" for c in written):
            return False
        inside += longs
    return inside == total


def _divided_as_written(written: str, correct: str, judge: SpellingJudge,
                        trusts: bool) -> str | None:
    """The correct form of a hyphenated word in the writer's division, where every part
    that gains a macron is one the lexicon itself gives that macron alone (ryo: ryō, so
    Mito-ryō; not Karatsū-han, whose tsu has none); None otherwise.

    The head before the first hyphen is mostly a name, whose reading the lexicon only
    guesses: where it is also a word as written (Oku-Aizu, 奥会津), a guess does not
    lengthen it; the suffixes after it (-ryō, -in, -shū) are words the lexicon knows."""
    divided = with_marks_of(written, correct)
    if divided is None:
        return None
    for i, (part, marked) in enumerate(zip(written.split("-"), divided.split("-"), strict=True)):
        if part == marked:
            continue
        verdict = judge.missing_macron(part, trusts_as_written=trusts) if part else None
        if verdict is None or verdict.suggestion.lower() != marked.lower():
            return None
        if i == 0 and verdict.confidence == POSSIBLE and judge.exists_as_written(part):
            return None
    return divided


def with_marks_of(written: str, correct: str) -> str | None:
    """``written`` with the long vowels of ``correct`` where both spell the same letters
    once hyphens, spaces and apostrophes are set aside (the writer's division and case
    kept); None where the letters differ.

    >>> with_marks_of("Mito-ryo", "Mitoryō"), with_marks_of("Kozan-ji-bon", "Kōzanji Bon")
    ('Mito-ryō', 'Kōzan-ji-bon')
    >>> with_marks_of("Sendai-ryo", "Sendai ryū") is None
    True
    """
    marks = [c for c in normalize_romaji(correct) if c.isalpha()]
    out: list[str] = []
    k = 0
    for c in written:
        if not c.isalpha():
            out.append(c)
            continue
        if k >= len(marks) or strip_macrons(marks[k]).lower() != strip_macrons(c).lower():
            return None
        mark = marks[k]
        k += 1
        if mark.lower() in "āīūēō" and c.lower() in "aiueo":
            out.append(mark.upper() if c.isupper() else mark.lower())
        else:
            out.append(c)
    return "".join(out) if k == len(marks) else None


def _missing_macron(written: str, correct: str) -> bool:
    """True when the correct form has a long vowel the written form lacks."""
    if not _MACRON_VOWELS.search(correct.lower()):
        return False
    w = written.lower()
    c = correct.lower()
    if strip_macrons(c) == strip_macrons(w):
        return sum(ch in "āīūēōâîûêô" for ch in c) > sum(ch in "āīūēōâîûêô" for ch in w)
    return False
