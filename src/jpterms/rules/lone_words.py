"""Macron verdicts on a word standing alone, by the lexicon alone: a one-word title, an
emphasised word or a publisher in a citation (*Bushido*, *Teiyusha*), at most possible.

A word English writes commonly (*Tokyo*, *Kyoto*) or another European language writes is
that language's; a toss-up between two readings of a compound's piece is settled by the
conversion's reading of the word, asked only then; a long reading must be far commoner
than the word as written.

>>> from jpterms.language import LanguageGuesser
>>> from jpterms.spelling import SpellingJudge
>>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
>>> lone_title("Manyoshu", judge, guesser), lone_lower("tatoshi", judge, guesser)
("Man'yōshū", 'tatōshi')
"""

from __future__ import annotations

from collections.abc import Callable

from jpterms.kana import normalize_romaji, strip_macrons
from jpterms.language import AMBIGUOUS, COMMON, JAPANESE, UNKNOWN, LanguageGuesser
from jpterms.prose import GAP
from jpterms.rules.title_macrons import LONE_ENGLISH, settled
from jpterms.spelling import MacronVerdict, SpellingJudge, with_long_vowels


def lone_word(word: str, judge: SpellingJudge, guesser: LanguageGuesser,
              reading: Callable[[], str] = str) -> str | None:
    """The macron a word standing alone as a title or a publisher lacks, when no run of
    words holds it: a word English hardly writes (Bushido, not Tokyo) or one no list
    knows (Teiyusha); the lexicon alone decides, so at most possible. A word no Japanese
    list knows that another European language writes commonly is that language's
    ("facho" in a French context, Museo). ``reading``: the conversion's reading of the
    word, asked only to settle a toss-up (:func:`settled`)."""
    verdict = guesser.word(word)
    if verdict.language not in (AMBIGUOUS, UNKNOWN) or verdict.english >= LONE_ENGLISH:
        return None
    if verdict.language == UNKNOWN and guesser.other(word) >= COMMON:
        return None
    found = judge.missing_macron(word)
    if found is not None and found.torn:
        found = settled(found, reading())
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


def lone_title(word: str, judge: SpellingJudge, guesser: LanguageGuesser,
               reading: Callable[[], str] = str) -> str | None:
    """The macron a title of one Japanese word lacks, by the lexicon: as the word reads
    capitalised (*Manyoshu*: *Man'yōshū*), else judged in lower case: a title is
    capitalised because titles are, so a given name spelled so (豊 *Toyo*) is no reading
    of it, and the words left decide (*Toyo*: 東洋 *Tōyō*, as common as 投与 *tōyo*, and
    more words share its spelling). At most possible, like every lexicon verdict on a
    word alone.

    >>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
    >>> lone_title("Toyo", judge, guesser), lone_title("Manyoshu", judge, guesser)
    ('Tōyō', "Man'yōshū")
    """
    if not (word[:1].isupper() and word[1:].islower()) or \
            guesser.word(word).language != JAPANESE:
        return None
    found = judge.missing_macron(word)
    if found is not None and found.torn:
        found = settled(found, reading())
    if found is not None:
        return found.suggestion  # as the word reads capitalised (Man'yōshū, Kūkai)
    found = judge.missing_macron(word.lower())
    if found is not None and found.torn:
        found = settled(found, reading())
    found = found or judge.missing_macron_of_word(word.lower())
    return None if found is None else with_long_vowels(word, found.suggestion)


def lone_lower(word: str, judge: SpellingJudge, guesser: LanguageGuesser,
               reading: Callable[[], str] = str) -> str | None:
    """The macron a title of one Japanese word in lower case lacks, by the lexicon alone
    (*tatoshi*: tatōshi), where the analysis of the title found nothing: its conversion
    read the word as two (他都市 *Ta toshi*), a division that takes one syllable of it
    for a word of its own and so is no better than the lexicon's guess. At most
    possible, like every lexicon verdict on a word alone.

    >>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
    >>> [lone_lower(w, judge, guesser) for w in ("tatoshi", "toshi", "tokin")]
    ['tatōshi', None, None]
    """
    if guesser.word(word).language != JAPANESE:
        return None
    found = judge.missing_macron(word)
    if found is not None and found.torn:
        found = settled(found, reading())
    if found is None or strip_macrons(normalize_romaji(found.suggestion)).lower() != word:
        return None
    if not far_commoner(word, found, judge):
        return None  # a word as written too, nearly as common (と金 tokin, tōkin 2.8 to 2.7)
    return found.suggestion


def far_commoner(word: str, found: MacronVerdict, judge: SpellingJudge) -> bool:
    """Whether the lexicon's reading ``found`` of ``word`` is :data:`GAP` commoner than
    the word as written, or that is in no frequency list (JMnedict's ロノ *Rono*,
    against 労農 *rōnō*)."""
    as_written = judge.frequency_as_written(word)
    return not as_written or \
        judge.forms(word).get(found.suggestion.lower(), 0.0) - as_written >= GAP
