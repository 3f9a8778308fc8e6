"""Macron verdicts on the words of a romanised title (JP101).

A written word's missing long vowel is read from the title's conversion
(:func:`macron`), from the lexicon where the conversion lost the word, and from the words
around it: a run of words that spells one dictionary word as written (*Buke shohatto*,
:class:`PhrasesAsWritten`) or only with long vowels (*Hoken shakai*,
:class:`PhrasesWithMacrons`), the title's reading as a whole, an era name, a closing
*kō* (考) or a lord's *-kō* (公). A word standing alone (a one-word title, a publisher, an
emphasised word) is read by the lexicon alone (:mod:`.lone_words`).
Each verdict is a :class:`MacronVerdict`; the rules turn it into a finding.

>>> judge = SpellingJudge.for_glossary(None)
>>> counted_word("shunen", judge), lord_word("Rakuo-ko", judge)
('shūnen', 'Rakuō-kō')
>>> with_marks_of("Mito-ryo", "Mitoryō"), missing_macron("kyogi", "kyōgi")
('Mito-ryō', True)
"""

from __future__ import annotations

import functools
import re

from jpterms.dictionaries import mozc_convert
from jpterms.findings import CERTAIN, LIKELY, POSSIBLE
from jpterms.kana import kana_to_romaji, normalize_romaji, strip_macrons, to_hiragana
from jpterms.language import AMBIGUOUS, JAPANESE, WordVerdict
from jpterms.lookup import PARTICLES, WordAnalysis
from jpterms.romaji import kana_of, parse_word
from jpterms.rules.base import DocumentTitle
from jpterms.rules.title_alignment import is_particle, letters_of, match_case
from jpterms.rules.title_styles import LONG_MARKS, MACRON_VOWELS
from jpterms.spelling import LOAN_VOWEL, REAL, MacronVerdict, SpellingJudge, with_long_vowels
from jpterms.title_analysis import CompoundCandidate

#: An English word at least this common (Zipf: Kyoto 3.4, Judo 3.3) alone in a title is
#: the English word.
LONE_ENGLISH = 3.0


def lords(word: str, judge: SpellingJudge) -> bool:
    """Whether ``word`` is a lord named by his given or art name and 公 *kō* after a
    hyphen (*Naoshige-ko*, :func:`_lord`)."""
    head, hyphen, tail = word.rpartition("-")
    return bool(hyphen) and tail.lower() == "ko" and _lord(head, judge)


def lord_word(word: str, judge: SpellingJudge) -> str | None:
    """``word``, a lord's given or art name and *-ko* (:func:`lords`), spelled with
    公 *kō* and the macrons the lexicon gives the name (*Rakuo-ko*: Rakuō-kō 楽翁公);
    ``None`` for any other word. A lake's 湖 *ko* follows a place (Biwa-ko, Suwa-ko).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> lord_word("Rakuo-ko", judge), lord_word("Biwa-ko", judge)
    ('Rakuō-kō', None)
    """
    if not lords(word, judge):
        return None
    head, _, tail = word.rpartition("-")
    found = judge.missing_macron(head)
    return f"{found.suggestion if found else head}-{match_case(tail, 'kō')}"


def guessed_prefix(found: MacronVerdict | None, parts: list[str]) -> MacronVerdict | None:
    """The lexicon's reading ``found`` of a word the conversion divided into ``parts``,
    unless the conversion only guessed at a one-syllable prefix (:func:`_divided_into_words`)
    and the lexicon's reading begins with the same syllable, long vowel and all: then it
    guessed the same (*Hō kuchiku*, *Hōkuchiku*; *hō kumō*, *Hōkumo* for 北毛 *Hokumō*).
    Where it reads the start otherwise, it read longer words (農村史 *Nōsonshi*, nōson +
    shi, for the conversion's *No sonshi*), and stands; so does a reading that is no
    guess at a compound, a dictionary word's certain or likely one (ようこそ *yōkoso*,
    which the conversion reads *yō koso*).

    >>> found = MacronVerdict("Nōsonshi", POSSIBLE, ("nōsonshi",))
    >>> guessed_prefix(found, ["No", "sonshi"]).suggestion
    'Nōsonshi'
    >>> guessed_prefix(MacronVerdict("Hōkumo", POSSIBLE), ["hō", "kumō"]) is None
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


def capital_counts(words: list[WordAnalysis]) -> tuple[int, int]:
    """How many of a title's words after the first are capitalised, and how many are
    counted (words of letters but particles: *ni okeru*, *ni tsuite* stay in lower case
    in a title that capitalises the rest)."""
    capitalised = [v.written[:1].isupper() for v in words[1:] if not is_particle(v.written)
                   and v.written[:1].isalpha()]
    return sum(capitalised), len(capitalised)


def capitalised_by_style(found: MacronVerdict | None, index: int, words: list[WordAnalysis],
                         judge: SpellingJudge, counts: tuple[int, int] | None = None
                         ) -> MacronVerdict | None:
    """``found``, unless it is a possible verdict on a capitalised word inside a title
    that capitalises its words but particles and a few more (*Kojisho ni okeru Bushu
    Hairetsu no Kijun*), which the lexicon reads as written in lower case: the capital is the title's
    style, not a name's (部首 *bushu*, not 武州 *Bushū*). ``counts``: the words'
    :func:`capital_counts`, where the caller keeps them (a long title's words each ask)."""
    if found is None or found.confidence != POSSIBLE or not index:
        return found
    written = words[index].written
    if not written[:1].isupper() or not written[1:].islower():
        return found
    # after the first word: three capitalised words at least, three to each word in lower
    # case but particles (ni okeru, ni tsuite: a phrase titles in this style keep so)
    upper, counted = counts if counts is not None else capital_counts(words)
    if upper < 3 or upper < 3 * (counted - upper):
        return found
    lower = written.lower()
    return None if judge.exists_as_written(lower) and judge.missing_macron(lower) is None \
        else found


def title_case_word(w: WordAnalysis, index: int, words: list[WordAnalysis],
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


def era_in_title(w: WordAnalysis, index: int, words: list[WordAnalysis],
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
    era = era_word(w.written, judge)
    if era is None:
        return found
    for k in (index - 1, index + 1):
        if 0 <= k < len(words) and not words[k].written[:1].islower():
            return found  # beside a capitalised word (or a number, a mark)
    if not any(k != index and v.written[:1].islower() and not is_particle(v.written)
               for k, v in enumerate(words)):
        return found  # no lower-case word but particles: every word may be capitalised
    return MacronVerdict(era, POSSIBLE, (era.lower(),))


def era_word(written: str, judge: SpellingJudge) -> str | None:
    """``written`` (Tenpo, Tenpo-ki) with the long vowels of the era name it spells before
    any hyphen, when capitalised; else ``None``."""
    head, hyphen, rest = written.partition("-")
    if not (head[:1].isupper() and head[1:].islower()):
        return None
    era = judge.era_name(head)
    return None if era is None else era + hyphen + rest


class PhrasesAsWritten:
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
            self._usable = [parsed and not is_particle(w.written)
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


class PhrasesWithMacrons:
    """A title word's spelling when, with its neighbours (two or three words, no particle
    among them), it spells one dictionary word only long vowels spell (*Hoken shakai*
    封建社会 hōken shakai, *Toyo Daigaku* 東洋大学): the words around it decide what the
    word alone cannot (hoken is also 保険). Two runs that disagree decide nothing."""

    def __init__(self, words: list[WordAnalysis], judge: SpellingJudge,
                 english: list[float]) -> None:
        self._words, self._judge = words, judge
        # no particle, and no word English writes (*in* Toyo rekishi: no 陰 in)
        self._usable = [w.syllables is not None and not w.merged and "-" not in w.written
                        and not is_particle(w.written) and e < LONE_ENGLISH
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
COUNTED = re.compile(r"(\d+-)([A-Za-z]+)")


def counted_word(word: str, judge: SpellingJudge) -> str | None:
    """The macron a word of two syllables or more after a number lacks, by the lexicon
    (周年 *shūnen* of *30-shunen*), where no word is written so: a word as written after a
    number may be what is counted or a numeral itself (億 *oku*, not 多く *ōku*), and a
    counter of one syllable reads either way (度 *do* of *3-do*, 号 *gō*). Nothing for
    letters no word starts with (*3-ttsu*).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> counted_word("shunen", judge), counted_word("oku", judge), counted_word("do", judge)
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
CLOSING_WORDS = {"ko": "kō"}


def closes(title: str, end: int) -> bool:
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


def closing_compound(word: str, judge: SpellingJudge) -> MacronVerdict | None:
    """A compound no list knows that closes a title with *ko* after a word of two
    syllables or more: *kō*, "a study of" (出典考 *Shuttenkō*) or a confraternity (女人講
    *nyoninkō*), as a title's closing *ko* alone is (:data:`CLOSING_WORDS`); the word
    before it judged as a word. Possible only. A word known as written is no such
    compound, unless the writer's apostrophe between two vowels divides it where no
    such word is divided (*Ka’iko*, 歌意考: not 蚕 *kaiko*).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> closing_compound("Shuttenko", judge).suggestion, closing_compound("Ka’iko", judge).suggestion
    ('Shuttenkō', 'Ka’ikō')
    """
    head, tail = word[:-2], word[-2:]
    if tail.lower() not in CLOSING_WORDS or (
            judge.is_known(word) and not _VOWELS_DIVIDED.search(head)):
        return None
    syllables = parse_word(head)
    if syllables is None or len(syllables) < 2 or not judge.exists_as_written(head):
        return None
    found = judge.missing_macron(head)
    spelled = (found.suggestion if found else head) + CLOSING_WORDS[tail.lower()]
    return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))


def japanese_alone(words: list[str], verdicts: list[WordVerdict], index: int) -> bool:
    """Whether no word but the one at ``index`` is Japanese (only Japanese explains it, or a
    particle: *no*, *to*): a word alone among English words, or a one-word title, where the
    lexicon's one spelling is no certainty (a word no list holds may be written so on
    purpose); beside other Japanese words (*Nichiei saiba kyogi*) it is a romanised phrase.

    >>> from jpterms.language import LanguageGuesser
    >>> guesser = LanguageGuesser.for_lexicon(SpellingJudge.for_glossary(None).lexicon)
    >>> words = "Shiryo no kenkyu".split(), "The kenkyu".split()
    >>> [japanese_alone(w, [guesser.word(x) for x in w], len(w) - 1) for w in words]
    [False, True]
    """
    return not any(j != index and (v.language == JAPANESE or (
        v.language == AMBIGUOUS and letters_of(w) in PARTICLES))
        for j, (w, v) in enumerate(zip(words, verdicts, strict=True)))


def lexicon_only(found: MacronVerdict | None, alone: bool) -> MacronVerdict | None:
    """``found`` (a verdict of the lexicon alone), likely where it was certain when the word
    stands ``alone``: only paired evidence (an original, a translation) or the other
    words of a romanised phrase make a sole spelling certain."""
    if found is None or not alone or found.confidence != CERTAIN:
        return found
    return MacronVerdict(found.suggestion, LIKELY, found.alternatives, found.torn)


def macron(w: WordAnalysis, correct: str, title: DocumentTitle, judge: SpellingJudge,
           trusts: bool, *, alone: bool = False) -> MacronVerdict | None:
    """The macron a title word lacks: decided by the title's context (its translation chose
    the word) or by the lexicon alone. ``alone``: no other word of the title is Japanese
    (:func:`japanese_alone`), so the lexicon's verdict is at most likely (:func:`lexicon_only`)."""
    context = title.title.context
    context_chose = bool(context) and (
        (w.best is not None and _matches(w, context))
        or correct.lower() in normalize_romaji(context).lower().split())
    if not missing_macron(w.written, correct):
        if context_chose:
            return None  # the translation chose the word as written (Kyogi [falsehood])
        # the conversion saw no missing macron; the lexicon may still see one (jinkoshi)
        found = lexicon_only(settled(judge.missing_macron(w.written, trusts_as_written=trusts),
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
            return MacronVerdict(match_case(w.written, decided.suggestion),
                                 CERTAIN if curated else LIKELY, decided.alternatives)
    found = lexicon_only(settled(judge.missing_macron(w.written, trusts_as_written=trusts),
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
        return MacronVerdict(match_case(w.written, correct), POSSIBLE, (correct,))
    if found is not None:
        suggestion = match_case(w.written, correct)
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
        return MacronVerdict(match_case(w.written, correct), POSSIBLE, (correct,))
    if judge.is_known(w.written) or trusts:
        return None  # the lexicon knows the word, or the writer marks long vowels
    if LOAN_VOWEL.search(correct) and not LOAN_VOWEL.search(w.written):
        # a long e or i no native word writes (ē, ī: a loanword's ー), where the lexicon
        # knows no loanword spelled so: a guess of the conversion's (玉櫛 + ゲー for
        # *tamakushige*, 櫛笥), not a word
        return None
    # a compound the lexicon does not know (kaisaikai): the conversion is all we have
    return MacronVerdict(match_case(w.written, correct), POSSIBLE, (correct,))


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
    out, long vowels kept: how :func:`guessed_prefix` and :func:`settled` compare a
    reading with the conversion's.

    >>> _joined("Bendō shō"), _joined("Ka’i-kō")
    ('bendōshō', 'kaikō')
    """
    return _DIVISION.sub("", normalize_romaji(romaji).lower())


def half_of_a_word(words: list[WordAnalysis], index: int, judge: SpellingJudge) -> bool:
    """Whether the written word joined to the word before or after it is a common word
    as written in kana (:func:`_kana_word`), which the writer divided in two: *sa reta*, された
    *sareta* (5.9), whose *reta* alone read as the loanword レター *retā* was a certain
    finding. Both words are in lower case, as a title's inflections are (a writer's
    capitals mark words of their own).

    >>> judge = SpellingJudge.for_glossary(None)
    >>> words = [WordAnalysis(w, 0, 0, None, []) for w in ("Chukei", "sa", "reta", "Tei", "Sho")]
    >>> half_of_a_word(words, 2, judge), half_of_a_word(words, 0, judge), half_of_a_word(words, 4, judge)
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
        (index > 0 and loanword_only(written, judge) and
         _inflected_ending(words[index - 1].written, written))


def loanword_only(written: str, judge: SpellingJudge) -> bool:
    """Whether every word the lexicon spells ``written`` with a long vowel is a loanword
    in katakana (レター retā), so that the long vowel only a loanword gives is in doubt
    where the letters read as an inflection (*reta* of 抱かれた); a native word (条 jō,
    地方 chihō) is not.

    >>> judge = SpellingJudge.for_glossary(None)
    >>> loanword_only("reta", judge), loanword_only("jo", judge)
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
#: A word written in two that is this common as written (Zipf) when joined is one word
#: divided (sareta 5.9, sarete 5.0, shiteiru 5.4).
_WHOLE_WORD = 4.0


def settled(found: MacronVerdict | None, reading: str) -> MacronVerdict | None:
    """``found``, unless the lexicon's guess was a toss-up between two readings of a
    piece of a compound (:attr:`MacronVerdict.torn`: *Bendōshō* or *Bendōsho*) that
    ``reading``, the conversion's of the whole word (its words run together), does not
    settle: then nothing. The conversion reads the word as one: 教諭書 *kyōyusho* where
    the lexicon's commoner piece is 共有 *kyōyū*.

    >>> torn = MacronVerdict("Bendōshō", POSSIBLE, ("bendōshō",), torn=True)
    >>> settled(torn, "bendosho") is None, settled(torn, "Bendō shō").suggestion
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


def with_neighbours(found: MacronVerdict | None, index: int, phrases: PhrasesAsWritten,
                    joint: PhrasesWithMacrons | None, paired: bool) -> MacronVerdict | None:
    """A title word's macron verdict weighed with the words around it: a possible one
    goes where the word and its neighbours spell one dictionary word as written (Buke
    shohatto); where there is none, the macron the word lacks by the dictionary word it
    spells with its neighbours (Hoken shakai), at most possible, as a guess from them.
    That word also outweighs another possible guess at the word (*Joryu Kaikyu*: 上流階級
    jōryū kaikyū, not the conversion's 女流 joryū), and a likely one of the lexicon's, which
    it makes possible (*kyodo gangu*: 郷土玩具 kyōdo, not the commoner 共同 kyōdō)."""
    if found is not None and found.confidence == POSSIBLE and not paired and \
            (index in phrases or (joint is not None and joint.keeps(index))):
        found = None
    if found is not None and found.confidence == POSSIBLE and joint is not None:
        spelled = joint.get(index)
        if spelled is not None and spelled != found.suggestion:
            return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))
    if found is not None and found.confidence == LIKELY and joint is not None \
            and found.suggestion.lower() in found.alternatives[:1]:
        # the lexicon's commoner word alone (共同 kyōdō) against the dictionary word it
        # spells with its neighbours (郷土玩具 kyōdo gangu, 樹状細胞 jujō saibō): the
        # neighbours' spelling, as a guess (two pieces of evidence disagree)
        spelled = joint.get(index)
        if spelled is not None and spelled.lower() != found.suggestion.lower() \
                and spelled.lower() in found.alternatives:
            return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))
    if found is None and joint is not None:
        spelled = joint.get(index)
        if spelled is not None:
            return MacronVerdict(spelled, POSSIBLE, (spelled.lower(),))
    return found


def read_in_title(w: WordAnalysis, index: int, title: DocumentTitle, judge: SpellingJudge,
                  phrases: PhrasesAsWritten) -> MacronVerdict | None:
    """The macron a word that exists as written lacks as its title's words read it together
    (:meth:`SpellingJudge.read_in_title`: *Shinshu Hitachi shishi*, 信州), at most
    possible; none for a particle, or where the word and its neighbours spell one
    dictionary word as written (*Buke shohatto*)."""
    if is_particle(w.written) or w.merged or index in phrases:
        return None  # the phrase first: it is cheap, the reading dear
    return judge.read_in_title(w.written, title.text, w.start)


def _matches(w: WordAnalysis, context: str) -> bool:
    from jpterms.title_analysis import context_stems, english_for, matches_context

    best = w.best
    if best is None:
        return False
    return matches_context(english_for(best.kanji, best.kana, best.entry),
                           context_stems(context))


def spelled_compound(w: WordAnalysis, raw: str, judge: SpellingJudge) -> MacronVerdict | None:
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
    total = sum(c in LONG_MARKS for c in kana_to_romaji(kana))
    inside = 0
    for reading, written in segments:
        longs = sum(c in LONG_MARKS for c in kana_to_romaji(reading))
        if longs and not all("\u4e00" <= c <= "\u9fff" or c in "々〆ヶ" for c in written):
            return False
        inside += longs
    return inside == total


def divided_as_written(written: str, correct: str, judge: SpellingJudge,
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


def missing_macron(written: str, correct: str) -> bool:
    """True when the correct form has a long vowel the written form lacks."""
    if not MACRON_VOWELS.search(correct.lower()):
        return False
    w = written.lower()
    c = correct.lower()
    if strip_macrons(c) == strip_macrons(w):
        return sum(ch in "āīūēōâîûêô" for ch in c) > sum(ch in "āīūēōâîûêô" for ch in w)
    return False
