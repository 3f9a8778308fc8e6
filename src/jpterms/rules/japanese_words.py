"""Whether a title's or a citation's words are romanised Japanese at all.

A word only Japanese explains (the language guesser's verdict), or a compound no list
knows that the lexicon reads as Japanese words with a long vowel (*keibojutsu*), makes a
title Japanese; in English that shows no Japanese, names of many languages parse as
romaji (*Kojo Elliot*), so one such word is not enough there
(:func:`taken_for_japanese`).

>>> from jpterms.language import LanguageGuesser
>>> from jpterms.spelling import SpellingJudge
>>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
>>> TITLE_WORD.findall("Edo no keibojutsu (1990)")
['Edo', 'no', 'keibojutsu']
>>> compounds_only_japanese_explains([guesser.word("keibojutsu")], judge, guesser)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jpterms.language import COMMON, JAPANESE, UNKNOWN, LanguageGuesser, WordVerdict
from jpterms.romaji import parse_word
from jpterms.rules.base import Context
from jpterms.rules.title_macrons import lords
from jpterms.rules.title_styles import OTHER_SYSTEM
from jpterms.spelling import SpellingJudge

#: A name English writes at least this often (Zipf: Kyushu 2.7, Shogun 2.9) may be
#: written so on purpose in running text, whatever the document's citations decide.
PROSE_ENGLISH = 2.5


def compounds_only_japanese_explains(verdicts: list[WordVerdict], judge: SpellingJudge,
                                     guesser: LanguageGuesser) -> bool:
    """Whether a title's words hold a compound no list knows whole that the lexicon reads
    as Japanese words with a long vowel (*keibojutsu*: 警棒 + 術, *Koyogunkan*, 甲陽軍鑑),
    where no other word is only Japanese (*Edo no keibojutsu*): such a compound is as
    plainly Japanese as a listed word. Not a word another European language writes
    (wordfreq), nor one spelled as another system or pinyin would (*Goujian*: ou).

    >>> guesser, judge = LanguageGuesser(), SpellingJudge.for_glossary(None)
    >>> verdicts = [guesser.word(w) for w in ("Edo", "no", "keibojutsu")]
    >>> compounds_only_japanese_explains(verdicts, judge, guesser)
    True
    """
    return any(v.language == UNKNOWN and len(v.word) >= _COMPOUND_LETTERS and
               guesser.other(v.word) == 0.0 and not OTHER_SYSTEM.search(v.word.lower()) and
               parse_word(v.word) is not None and (
                   judge.missing_macron(v.word) is not None or lords(v.word, judge))
               for v in verdicts)


#: Letters a compound no list knows must have to count as Japanese by its parts alone.
_COMPOUND_LETTERS = 7


TITLE_WORD = re.compile(r"[A-Za-zāīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ'’-]+")


#: A title or run with at least this many words only Japanese explains is romanised
#: Japanese in any document; one with fewer only in a document that shows Japanese.
_STRONG_ALONE = 2


def taken_for_japanese(ctx: Context, words: Iterable[str], guesser: LanguageGuesser) -> bool:
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


def written_abroad(written: str, guesser: LanguageGuesser) -> bool:
    """Whether English writes ``written`` itself as often as a name it keeps (Zipf
    PROSE_ENGLISH: Siva 2.9) or another European language commonly (COMMON)."""
    word = written.lower()
    return guesser.english(word) >= PROSE_ENGLISH or guesser.other(word) >= COMMON
