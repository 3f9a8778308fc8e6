"""The same name spelled two ways in one document (``variant`` kind).

* ``JP601``: one Japanese name in two romanisations (Gemba and Genba). A
  romanised title holds its words to the style, so prose is compared with the
  title's spelling (and only prose is reported, as *possible*); among prose
  spellings the one used more often wins. Spellings that differ only by macrons
  are a style choice, not a variant.
* ``JP602``: a near-miss of a name the document's own sources confirm. A
  romanised katakana name in a title (Hamondo) stands for an English name
  (Hammond, from the glossary or JMnedict); where the document also uses that
  spelling, a name one letter away (Hamond) is the odd one out, however often
  it appears.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Container, Iterator
from operator import itemgetter
from typing import TYPE_CHECKING

from jpterms.citations import inside
from jpterms.dictionaries import jmnedict_glosses
from jpterms.findings import LIKELY, POSSIBLE, Finding
from jpterms.glossary import Glossary
from jpterms.kana import fold_romaji, kana_to_romaji
from jpterms.lookup import Candidate
from jpterms.romaji import parse_word
from jpterms.rules.base import Context, Rule

if TYPE_CHECKING:
    from jpterms.language import LanguageGuesser
    from jpterms.lexicon import Lexicon

ROMANISATION = Rule(
    "JP601", "variant", "name-spelled-two-ways",
    "One Japanese name romanised two ways in the same document (Gemba and Genba).",
    bad=("Mr Homma met the press; Honma had said nothing.",
         "Foreign Minister Koichiro Gemba met Hammond. Later Gemba said more.\n"
         '  8. MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no kaidan '
         '[meeting between Foreign Minister Gemba and Hammond],” 2011.',),
    good=("Foreign Minister Koichiro Gemba met Philip Hammond. Gemba said more.",
          "Tokyo (Tōkyō in the romanised titles) is spelled both ways on purpose."),
)
NEAR_MISS = Rule(
    "JP602", "variant", "name-near-miss",
    "A name one letter away from the spelling the document's sources confirm (Hamond for "
    "Hammond).",
    bad=("Defence Secretary Michael Fallon visited Tokyo. Falon met the minister.\n"
         '  1. MOFA, “Faron kokubō daijin no rainichi [Visit by Defence Secretary Fallon],” '
         '2016.',  # Fallon confirmed by JMnedict's ファロン
         "Defence Secretary Philip Hammond visited Tokyo.\n"
         '  8. MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no kaidan '
         '[meeting between Foreign Minister Genba and Defence Secretary Hamond],” 2011.',),
    good=("Defence Secretary Philip Hammond visited Tokyo.\n"
          '  8. MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no kaidan '
          '[meeting between Foreign Minister Genba and Defence Secretary Hammond],” 2011.',),
)
KATAKANA_NAME = Rule(
    "JP603", "variant", "romanised-katakana-name",
    "A foreign name written in prose as the romanisation of its katakana (Kyameron) where "
    "the document also uses its English spelling (Cameron).",
    bad=("Prime Minister David Cameron visited Tokyo. Kyameron met Noda.",),
    good=("Prime Minister David Cameron visited Tokyo. Cameron met Noda.\n"
          '  1. MOFA, “Noda sōri to Kyameron shushō no kaidan [Noda-Cameron meeting],” 2012.',),
)
RULES = (ROMANISATION, NEAR_MISS, KATAKANA_NAME)

#: A capitalised word: ``\b[A-Z]…``, written with the capital first (and the word boundary
#: before it as a look-behind) so the regex engine can skip ahead to capitals.
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-zāīūēō]{2,}(?:'[a-z]+)?\b")
_NAME_KINDS = ("person", "place", "org", "newspaper")
_SYLLABIC_M = re.compile(r"m(?=[bmp])")
_CONNECTED = re.compile(r"[mn](?=[bmp])")
#: A title's capitalised word that may be a romanised katakana name (Hamondo).
_CAPITALISED = re.compile(r"[A-Z][a-zāīūēō]{2,}")


def _romanisation_key(word: str) -> str:
    return _CONNECTED.sub("n", fold_romaji(word))


def _names(ctx: Context) -> list[tuple[str, int, int]]:
    return list(ctx.matches(_NAME))


def findings(ctx: Context) -> Iterator[Finding]:
    """Variant findings for the whole document."""
    names = _names(ctx)
    if not names:
        return
    glossary = ctx.terms
    if ctx.enabled(ROMANISATION):
        yield from _romanisation_variants(ctx, names, glossary)
    if ctx.enabled(NEAR_MISS):
        yield from _near_misses(ctx, names)
    if ctx.enabled(KATAKANA_NAME):
        yield from _katakana_names(ctx, names, glossary)


def _romanisation_variants(ctx: Context, names: list[tuple[str, int, int]],
                           glossary: Glossary) -> Iterator[Finding]:
    """One name spelled two ways. A romanised title holds its words to the style
    (JP202 reports them there), so its spelling, in the style's form, is the one prose
    is compared with: the prose spelling is reported as *possible* (a person's own
    spelling, Gemba, may be kept on purpose), never a title word, and the two rules
    never ask for opposite changes. Spellings that only prose uses: the one used most
    wins, on a tie the modified-Hepburn one."""
    titles = ctx.title_spans
    # each distinct name's count outside titles and inside them, by its key (each name
    # comes once from _counts: plain dicts, not a Counter made for every key)
    by_key: dict[str, dict[str, int]] = {}
    in_titles: dict[str, dict[str, int]] = {}
    for word, (prose_count, title_count) in _counts(names, titles).items():
        key = _romanisation_key(word) if parse_word(word) is not None else ""
        if key and prose_count:
            by_key.setdefault(key, {})[word] = prose_count
        if key and title_count:
            in_titles.setdefault(key, {})[word] = title_count
    fixes: dict[str, tuple[str, str]] = {}  # prose spelling -> (spelling, confidence)
    none: dict[str, int] = {}  # read only
    for key in set(by_key) | set(in_titles):
        prose, titled = by_key.get(key, none), in_titles.get(key, none)
        if len({fold_romaji(s) for s in (*prose, *titled)}) < 2 or not prose:
            continue  # the same letters, differing only by macrons or case
        known = glossary.by_key.get(key.replace("'", ""))
        if known and known[0].kind not in _NAME_KINDS:
            continue  # a word the glossary knows, not a name
        if titled:
            target = _in_style(max(titled.items(), key=lambda kv: (kv[1], kv[0]))[0], ctx.style)
            fixes.update((s, (target, POSSIBLE)) for s in prose
                         if fold_romaji(s) != fold_romaji(target))
            continue
        majority, _ = max(prose.items(),
                          key=lambda kv: (kv[1], not _SYLLABIC_M.search(kv[0].lower()), kv[0]))
        fixes.update((s, (majority, LIKELY)) for s in prose
                     if fold_romaji(s) != fold_romaji(majority))
    if not fixes:
        return  # (most documents: no name to look for among their every capitalised word)
    for word, start, end in names:
        if word in fixes and not inside(start, titles):
            target, confidence = fixes[word]
            yield ctx.make(start, end, ROMANISATION,
                           f"'{word}' is spelled '{target}' elsewhere in this document",
                           [target], confidence=confidence)


def _counts(names: list[tuple[str, int, int]],
            titles: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """How often each distinct name is written outside the titles and inside them
    (``titles``: sorted, disjoint source spans), counted at C speed: every name, then the
    few that each title holds (the names come in source order; otherwise each is placed).

    >>> _counts([("Gemba", 0, 5), ("Genba", 9, 14), ("Gemba", 20, 25)], [(8, 15)])
    {'Gemba': (2, 0), 'Genba': (0, 1)}
    """
    every = Counter(map(itemgetter(0), names))
    starts = [start for _, start, _ in names]
    if starts == sorted(starts):
        titled = Counter(names[i][0] for begin, end in titles
                         for i in range(bisect_left(starts, begin), bisect_left(starts, end)))
    else:
        titled = Counter(word for word, start, _ in names if inside(start, titles))
    return {word: (n - titled[word], titled[word]) for word, n in every.items()}


def _in_style(spelling: str, style: str) -> str:
    """A title's spelling as the style writes it (modified Hepburn: n before b, m, p)."""
    if style == "traditional":
        return _CONNECTED.sub("m", spelling)
    return _SYLLABIC_M.sub("n", spelling)


def _confirmed_names(ctx: Context, wanted: set[str]) -> dict[str, str]:
    """English names among ``wanted`` (the names the document writes) that the document's
    romanised titles stand for: {Hammond: Hamondo}.

    A title the title rules analysed gives its words' chosen readings; any other title
    is read word by word from the lexicon (analysing every title only for this would
    cost more than the whole check)."""
    from jpterms.lexicon import Lexicon

    lexicon = Lexicon.for_glossary(ctx.glossary)
    confirmed: dict[str, str] = {}
    english_of: dict[str, str] = {}  # each distinct word looked up once
    for title in ctx.titles:
        if "analysis" in title.__dict__:  # already analysed: use the chosen readings
            for w in title.analysis.words:
                # a name is written with a capital (Hamondo); a lower-case word of a title is
                # a common word, whatever katakana name shares its letters (chin 鎮, not チン)
                english = _english_name(w.best) if w.written[:1].isupper() else ""
                if english in wanted:
                    confirmed[english] = w.written
            continue
        for word in _CAPITALISED.findall(title.text):
            if word not in english_of:
                english_of[word] = _english_of_katakana_name(word, ctx.terms, lexicon, wanted)
            english = english_of[word]
            if english in wanted:
                confirmed[english] = word
    return confirmed


def _english_of_katakana_name(word: str, glossary: Glossary, lexicon: Lexicon,
                              wanted: Container[str] | None = None) -> str:
    """The English name a romanised katakana name stands for (Hamondo: Hammond).

    With ``wanted``, the same answer whenever that answer is in it; the key's spellings
    are ranked only if the English name of one of its katakana names is in it (the name
    chosen is one of those), otherwise the answer is "" at once.

    >>> from jpterms.lexicon import Lexicon
    >>> lexicon, glossary = Lexicon.default(), Glossary.load()
    >>> [_english_of_katakana_name("Gurei", glossary, lexicon, names)
    ...  for names in (None, {"Gray"}, {"Smith"})]
    ['Gray', 'Gray', '']
    """
    for entry in glossary.by_key.get(fold_romaji(word), []):
        if entry.kind == "foreign-name":
            return entry.english.split()[-1]
    glosses = (_english_gloss(written, kana) for written, kana in lexicon.katakana_names(word))
    if wanted is None and not any(glosses):
        return ""  # no katakana name of this key has an English name: the look-up finds none
    if wanted is not None and not any(gloss in wanted for gloss in glosses if gloss):
        return ""  # (the name chosen below is one of these, and not wanted)
    for s in lexicon.as_written(word)[:4]:
        if s.source == "jmnedict" and all("\u30a1" <= c <= "\u30fc" for c in s.written):
            gloss = _english_gloss(s.written, s.kana)
            if gloss:
                return gloss
    return ""


def _english_gloss(katakana: str, kana: str) -> str:
    """The English name JMnedict gives a katakana name, other than its romanisation."""
    for gloss in jmnedict_glosses(katakana):
        if gloss.isalpha() and gloss[:1].isupper() and not is_romaji_spelling(gloss, kana):
            return gloss
    return ""


def _english_name(best: Candidate | None) -> str:
    """The English spelling of a foreign name written in katakana: glossary, then JMnedict."""
    if best is None:
        return ""
    if best.entry is not None:
        return best.entry.english.split()[-1] if best.entry.kind == "foreign-name" else ""
    if not best.kanji or not all("\u30a1" <= c <= "\u30fc" for c in best.kanji):
        return ""
    for gloss in jmnedict_glosses(best.kanji):
        if gloss.isalpha() and gloss[:1].isupper() and not is_romaji_spelling(gloss, best.kana):
            return gloss
    return ""


def is_romaji_spelling(name: str, kana: str) -> bool:
    """True when an English name is only the romanisation of its katakana (Hamondo)."""
    return fold_romaji(name) == fold_romaji(kana_to_romaji(kana))


#: wordfreq's Zipf figure from which a written name is itself an English word or a name
#: English text writes often (China 5.1, Chang 3.7), not a one-letter slip (Hamond 1.4).
COMMON_ENGLISH_NAME = 3.0


def _near_misses(ctx: Context, names: list[tuple[str, int, int]]) -> Iterator[Finding]:
    from jpterms.language import LanguageGuesser
    from jpterms.lexicon import Lexicon

    present = {word for word, _, _ in names}
    # only a spelling the document itself uses, and its sources confirm, decides
    confirmed = _confirmed_names(ctx, present)
    if not confirmed:
        return
    # (imported here: most documents confirm no name, and rapidfuzz takes ~5 ms to load)
    from rapidfuzz.distance import Levenshtein

    guesser = LanguageGuesser.for_lexicon(Lexicon.for_glossary(ctx.glossary))
    misses: dict[str, list[tuple[str, str]]] = {}  # each distinct word compared once
    for word, start, end in names:
        missed = misses.get(word)
        if missed is None:
            missed = misses[word] = [] if (
                # a word English writes often (China, Chang) is no one's misspelling
                word in confirmed or guesser.english(word) >= COMMON_ENGLISH_NAME) else [
                (english, romanised) for english, romanised in confirmed.items()
                if word != romanised and len(english) >= 5
                # a letter dropped or doubled (Hamond, Hammond), not one letter for another:
                # Sheng and Shang, Honan and Conan are other names (Chinese ones in a
                # book on China), and a wrong fix of someone's name costs most
                and abs(len(word) - len(english)) == 1
                and Levenshtein.distance(word.lower(), english.lower()) == 1
                and word.rstrip("s") != english and english.rstrip("s") != word
                # an apostrophe is a spelling's own mark, not a slip: Hawai'i (its ʻokina)
                # beside Hawaii, O'Brien beside OBrien
                and word.replace("'", "").lower() != english.replace("'", "").lower()]
        for english, romanised in missed:
            yield ctx.make(start, end, NEAR_MISS,
                           f"'{word}' is spelled '{english}' elsewhere, as the romanised "
                           f"'{romanised}' confirms", [english])


def _katakana_names(ctx: Context, names: list[tuple[str, int, int]],
                    glossary: Glossary) -> Iterator[Finding]:
    """Romanised katakana names in prose (Kyameron) where the English (Cameron) is used too.

    A romanisation English itself writes often (Mei: Xuguang Mei; and May is also a
    month) is a name in its own right: it is reported only where the document's own
    Japanese shows the katakana name, written in katakana (メイ) or romanised in a
    romanised Japanese title (“Mei shushō to no kaidan”)."""
    present = {word for word, _, _ in names}
    english_of: dict[str, str] = {}  # each distinct word looked up once
    common: dict[str, str] = {}  # a word English writes often -> the katakana it would be
    for word in present:
        if parse_word(word) is None:
            continue
        for entry in glossary.by_key.get(fold_romaji(word), []):
            if entry.kind != "foreign-name" or " " in entry.hepburn.strip():
                # (one written word is no romanisation of several: Shingo, a given name,
                # is not 秦剛 Shin Gō, whose English is Qin Gang)
                continue
            english = entry.english.split()[-1]
            if english != word and english in present:
                english_of[word] = english
                common[word] = entry.kanji
                break
    if not english_of:
        return
    _drop_unconfirmed_common_names(ctx, names, english_of, common)
    if not english_of:
        return
    titles = ctx.title_spans
    for word, start, end in names:
        english = english_of.get(word, "")
        if english and not inside(start, titles):
            yield ctx.make(start, end, KATAKANA_NAME,
                           f"'{word}' is the romanised katakana of '{english}', "
                           f"which this document uses", [english])


def _drop_unconfirmed_common_names(ctx: Context, names: list[tuple[str, int, int]],
                                   english_of: dict[str, str], katakana: dict[str, str]) -> None:
    """Drop from ``english_of`` each romanisation English writes often (Zipf >=
    :data:`COMMON_ENGLISH_NAME`: Mei 3.4, against Kyameron 0) that the document's Japanese
    does not confirm: its katakana (``katakana[word]``) nowhere in the source, and the word
    in no romanised title that holds a Japanese word of its own (a lower-case word English
    hardly writes: *shushō*, *kaidan*)."""
    from jpterms.language import LanguageGuesser
    from jpterms.lexicon import Lexicon

    guesser = LanguageGuesser.for_lexicon(Lexicon.for_glossary(ctx.glossary))
    source = ctx.document.source
    for word in [w for w in english_of if guesser.english(w) >= COMMON_ENGLISH_NAME]:
        kana = katakana.get(word, "")
        if kana and kana in source:
            continue
        if any(word in _CAPITALISED.findall(t.text) and _japanese_sentence(t.text, guesser)
               for t in ctx.titles):
            continue
        del english_of[word]


def _japanese_sentence(text: str, guesser: LanguageGuesser) -> bool:
    """Whether a title holds a lower-case romanised word English hardly writes (a
    Japanese word, not only names)."""
    return any(parse_word(w) is not None and guesser.english(w) < COMMON_ENGLISH_NAME
               for w in _LOWER.findall(text))


#: A lower-case word of a title (shushō, kaidan).
_LOWER = re.compile(r"(?<![\w'])[a-zāīūēō]{3,}\b")
