"""A macron the document decides in one place, found again elsewhere (JP101): the same
word in other titles, citations and running text (:func:`elsewhere`), a word standing
alone among English words in prose (:func:`prose_words`), an emphasised term
(*kakocho*, :func:`emphasised_terms`) and a family name alone in a short note
(:func:`short_notes`). For a writer who marks no long vowel at all.

>>> from jpterms.spelling import SpellingJudge
>>> _same_person("Naito", "Naitō", "the Naito Konan’s legacy", 4, 9,
...              SpellingJudge.for_glossary(None))
True
"""

from __future__ import annotations

from collections.abc import Iterator

from jpterms.citation_lines import (
    CitationLines,
    is_bibliography,
    merged,
    overlaps,
    wrapped_entry_lines,
)
from jpterms.citations import inside
from jpterms.document import EMPHASIS, TITLE
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE, Finding
from jpterms.glossed_terms import adjacent_gloss, spelled_by_gloss
from jpterms.language import AMBIGUOUS, ENGLISH, JAPANESE, OTHER, LanguageGuesser
from jpterms.lookup import PARTICLES
from jpterms.prose import BY_ERA, BY_NAME, ENGLISH_FORM, ProseWords
from jpterms.romaji import parse_word
from jpterms.rules.base import Alternation, Context
from jpterms.rules.citation_macrons import ENGLISH_SURNAME, short_note_authors
from jpterms.rules.citation_names import NAME_AFTER, NAME_BEFORE, split_possessive, western_order
from jpterms.rules.japanese_words import PROSE_ENGLISH, TITLE_WORD
from jpterms.rules.title_codes import (
    DECIDING,
    MACRON,
    RESTS_ON_ERA,
    RESTS_ON_FULL_NAME,
    RESTS_ON_GLOSS,
    RESTS_ON_NAME,
)
from jpterms.spelling import MacronVerdict, SpellingJudge, with_long_vowels


def prose_words(ctx: Context, found: list[Finding], judge: SpellingJudge,
                guesser: LanguageGuesser) -> Iterator[Finding]:
    """A missing macron in a word standing alone among English words, in prose or an
    English title (the ritsuryo system, the Todaiji compound, Saicho’s temple), or in a
    person's full name JMnedict knows (Kobo Daishi), where no other finding stands and
    the data leave little doubt (:mod:`jpterms.prose`); possible. For a writer who marks no long vowel at all, in a document that shows
    Japanese."""
    taken = merged([(f.start, f.end) for f in found] + [(p.start, p.end) for p in ctx.paired_words])
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
            if (taken and overlaps(taken, start, end)) or inside(start, titles):
                continue
            if not why and _in_english_order(text, ws, we, judge):
                continue  # a person named in the English order (Kenzaburo Oe): their spelling
            if shows is None:
                shows = not ctx.shows_no_japanese
            if not shows:
                return
            because = f" ({RESTS_ON_FULL_NAME})" if why == BY_NAME else \
                f" ({RESTS_ON_ERA})" if why == BY_ERA else ""
            yield ctx.make(start, end, MACRON,
                           f"'{text[ws:we]}' needs a macron: '{spelled}'{because}",
                           [spelled], confidence=POSSIBLE)


def _in_english_order(text: str, start: int, end: int, judge: SpellingJudge) -> bool:
    """Whether ``text[start:end]`` is half of a person's name in the English order, the
    given name before the family name (:func:`western_order`: Ryoichi Mita, Yuri
    Shinoto): the person's own spelling, not a missing macron."""
    word, _ = split_possessive(text[start:end])
    after = NAME_AFTER.match(text, end)
    if after is not None and western_order(word, split_possessive(after.group(0).strip())[0], judge):
        return True
    before = NAME_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and western_order(before.group(0).strip(), word, judge)


def short_notes(ctx: Context, found: list[Finding], judge: SpellingJudge,
                guesser: LanguageGuesser) -> Iterator[Finding]:
    """A family name alone before a cited title in a short note that gives no year
    ("102. Ota, _The Chronicle of Lord Nobunaga_, 165."; "and Ota, *Kodakara*, 88"; "Ota,
    ed., *Kinsei*"), not a full name's given name (Ota Motoko, ed., *Kinsei*), where no
    other finding stands: read as most bearers of that name read it
    (:meth:`SpellingJudge.surname`), as possible. For a writer who marks no long vowel at all."""
    taken = sorted((f.start, f.end) for f in found)
    for segment in ctx.document.segments:
        text = segment.text
        for m in short_note_authors(text, guesser):
            word = m.group(1)
            first = segment.source_offset(m.start(1))
            last = segment.source_offset(m.end(1) - 1) + 1
            if (taken and overlaps(taken, first, last)) or \
                    guesser.word(word).english >= ENGLISH_SURNAME:
                continue
            surname = judge.surname(word)
            if surname is not None and not ctx.shows_no_japanese:
                yield ctx.make(first, last, MACRON, f"'{word}' needs a macron: '{surname}' "
                               f"({RESTS_ON_NAME})", [surname], confidence=POSSIBLE)


def emphasised_terms(ctx: Context, found: list[Finding], judge: SpellingJudge,
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
    finding of the document spells the word (which :func:`elsewhere` spreads). For a
    writer who marks no long vowel at all."""
    taken = sorted((f.start, f.end) for f in found)
    spelled = {f.text for f in found if f.code == MACRON.code}
    titles = ctx.title_spans
    for segment in ctx.document.segments:
        text = segment.text
        for start, end, role in segment.spans:
            if role != EMPHASIS or not TITLE_WORD.fullmatch(text, start, end):
                continue
            first = segment.source_offset(start)
            last = segment.source_offset(end - 1) + 1
            if (taken and overlaps(taken, first, last)) or inside(first, titles):
                continue
            word = text[start:end]
            glossed = _glossed(word, text, start, end, judge, guesser)
            if glossed is not None:
                # the English beside the term says which word it is (*karo* (chief
                # retainer): 家老 karō): the gloss decides, whatever the lexicon guesses
                if glossed != word and not ctx.shows_no_japanese:
                    yield ctx.make(first, last, MACRON,
                                   f"'{word}' needs a macron: '{glossed}' ({RESTS_ON_GLOSS})",
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


def elsewhere(ctx: Context, found: list[Finding], judge: SpellingJudge,
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
        deciding = f.confidence == CERTAIN or f.message.endswith(DECIDING)
        if deciding:
            strong.add(f.text)
        elif judge.exists_as_written(f.text):
            continue  # a word as written too (josei, Ono): one title's guess decides no other
        elif guesser.word(f.text).english >= SPREAD_ENGLISH:
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
        is_bibliography(source)
    entries = [] if everywhere else wrapped_entry_lines(source)
    titles = ctx.title_spans
    for segment in ctx.document.segments:
        text = segment.text
        cited = CitationLines(text)
        for m in pattern.finditer(text):
            start = segment.source_offset(m.start())
            end = segment.source_offset(m.end() - 1) + 1
            if overlaps(taken, start, end):
                continue
            word = m.group(0)
            held = everywhere or inside(start, titles) or inside(start, entries) or \
                cited(m.start(), m.end())
            if not held and word not in terms and (word not in strong or not (
                    word[:1].isupper() and guesser.word(word).english < PROSE_ENGLISH)):
                # running text: only a name the document decided (the Otomo vassals),
                # not a term English writes too (daimyo, Kyushu, the Shogun)
                continue
            if word in strong and word[:1].isupper() and \
                    not _same_person(word, spelled[word], text, m.start(), m.end(), judge) and (
                    NAME_AFTER.match(text, m.end()) or
                    NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())):
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
SPREAD_ENGLISH = 1.0


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
    after = NAME_AFTER.match(text, end)
    if after is not None:
        given, _ = split_possessive(after.group(0).strip())
        name = judge.full_name(word, given)
        if name is not None and name[0] == spelled:
            return True
    before = NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        given, _ = split_possessive(word)
        name = judge.full_name(before.group(0).strip(), given)
        if name is not None and name[1] == spelled:
            return True
    return False
