"""The romaji-to-Japanese engine: one object per glossary, owning its caches.

:class:`ReverseEngine` turns a romanised query (a word, a name, a title, with or
without macrons) into its most likely Japanese spellings. The whole query is
searched at once (:mod:`jpterms.lattice`): every written word stands for a set
of kana spellings, and the Mozc dictionary and the glossary are searched
together over all of them, so that a compound (中央公論) or a name (原 卓志)
spanning several written words competes as a whole. The romaji reported for a
result is what :class:`jpterms.romanize.Romanizer` makes of its kanji with the
same glossary, each word read as the result reads it (:meth:`Romanizer.romanize_as`):
lookup and romanisation agree wherever they read the kanji alike, and a result's romaji
always spells its own kana.

>>> engine = ReverseEngine()
>>> engine.search("Chuo Koron")[0].kanji
'中央公論'
>>> engine.search("Hara Takushi")[0].kanji
'原卓志'
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Container, Iterable, Sequence
from functools import cached_property, lru_cache, partial
from typing import TYPE_CHECKING, Any

from jpterms.citation_words import CITATION_BONUS_PER_KANA, CITATION_WORD_BONUS, CONTEXT_KINDS
from jpterms.dictionaries import (
    jmdict_band,
    jmdict_common,
    jmdict_glosses,
    jmdict_usually_kana,
    jmdict_word,
    jmnedict_glosses,
    mozc_costs,
    mozc_entries,
)
from jpterms.glossary import Entry, Glossary
from jpterms.glosses import (
    FAMILY_NAME,
    ROLE_ORDER,
    name_part,
    name_types,
    person_gloss,
    reads_as,
    word_glosses,
    work_gloss,
)
from jpterms.kana import (
    is_hiragana,
    is_japanese_char,
    is_kanji,
    is_katakana,
    kana_to_romaji,
    kanji_of,
    normalize_romaji,
    strip_macrons,
    to_hiragana,
    to_katakana,
    word_kana,
)
from jpterms.lexicon import (
    GIVEN_KINDS,
    PERSON_KINDS,
    PROPER_NAME_KINDS,
    Lexicon,
    Spelling,
    romaji_key,
)
from jpterms.lookup_costs import (
    BARE_NUMBER_COST,
    CAPITAL_PROPER_BONUS,
    CAPITAL_TERM_EDGE,
    CITATION_COST,
    CLAN_FAMILY_BONUS,
    CLAN_OTHER_COST,
    CLAN_SUFFIX_BONUS,
    COMMON_GIVEN_COST,
    COMMON_OVER_STATION_BAND,
    COMMON_OVER_STATION_ZIPF,
    COMMONEST_PLACE_ZIPF,
    COMPANY_SUFFIX_BONUS,
    COMPOUND_BONUS,
    COUNTER_BONUS,
    DEEPER_READINGS,
    END_PREFIX_COST,
    ERA_YEAR_BONUS,
    FAR_COMMON_OVER_STATION_BAND,
    FAR_COMMON_OVER_STATION_ZIPF,
    FIELD_HEAD_BONUS,
    FINAL_TOPIC_COST,
    FORMAL_CONJUNCTION_BONUS,
    GLOSSARY_COST,
    GLOSSARY_GIVEN_COST,
    GLOSSARY_PER_KANA,
    GLOSSARY_TERM_COST,
    GLOSSARY_TERM_PER_KANA,
    GLUED_PRONOUN_BONUS,
    HIRAGANA_PENALTY,
    HOUSE_FAMILY_BONUS,
    HYPHEN_PERSON_COST,
    INSTITUTION_PLACE_BONUS,
    KANA_PIECE_NAME_COST,
    KANA_SUFFIX_COST,
    KANJI_PARTICLE_COST,
    KATAKANA_NAME_COST,
    KATAKANA_PENALTY,
    LATTICES_KEPT,
    LEADING_SUFFIX_COST,
    LEXICON_COST,
    LISTED_COMPOUND_BONUS,
    LOWERCASE_NAME_COST,
    MIXED_KATAKANA_COST,
    MUNICIPAL_ACROSS_COST,
    MUNICIPAL_SUFFIX_BONUS,
    NAME_BONUS,
    NAME_SUFFIX_WORD_COST,
    NOT_PLACE_COST,
    NUMBER_COST,
    NUMBER_PREFIX_COST,
    NUMBER_WORD_REFUND,
    OFFICE_COMMON_COST,
    OFFICE_FAMILY_BONUS,
    OKURIGANA_PENALTY,
    OLD_FORM_COST,
    OLD_OKURIGANA_KANJI,
    OMITTED_OKURIGANA_COST,
    ORDINAL_COST,
    OWNER_BONUS,
    P_START_COST,
    PARTICLE_COST,
    PIECED_WORD_COST,
    PLACE_COMMON_COST,
    PLAIN_NOUN_NA_COST,
    PLAIN_TERM_EDGE,
    PRONOUN_BONUS,
    PRONOUN_VARIANT_COST,
    PUBLISHER_BONUS,
    RENDAKU_START_COST,
    ROLE_BONUS,
    SPARE_READINGS,
    SPLIT_HOUSE_COST,
    START_FUNCTION_COST,
    START_SUFFIX_COST,
    STATION_COST,
    SURNAME_BONUS,
    SWALLOWED_PARTICLE_COST,
    TITLE_SUFFIX_BONUS,
    TRANSLITERATED_SLOTS,
    TRANSLITERATION_COST,
    UNCOMMON_HOMOPHONE_COST,
    UNLISTED_SHA_COST,
    UNNUMBERED_COST,
    VERB_STEM_INSIDE_COST,
    WESTERN_ORDER_COST,
    WHOLE_WORD_BONUS,
    WHOLE_WORD_KANJI,
    WORDS_PER_READING,
)
from jpterms.match import LOOKUP_KINDS, Match
from jpterms.mozc_contexts import (
    ADNOMINAL_CONTEXTS,
    AUXILIARY_STEM_CONTEXTS,
    COUNTER_CONTEXT,
    ENDING_CONTEXTS,
    FINAL_PARTICLE_CONTEXTS,
    FUNCTION_CONTEXTS,
    GIVEN_NAME_CONTEXT,
    INFLECTING_CONTEXTS,
    NA_ADJECTIVE_CONTEXTS,
    NOUN_CONTEXT,
    NOUN_CONTEXTS,
    NUMBER_CONTEXTS,
    NUMERAL_PREFIX_CONTEXTS,
    ORGANISATION_CONTEXT,
    PERSON_CONTEXTS,
    PERSON_NAME_CONTEXT,
    PLACE_CONTEXT,
    PLACE_CONTEXTS,
    PREFIX_CONTEXTS,
    PRONOUN_CONTEXTS,
    PROPER_CONTEXTS,
    STEM_CONTEXTS,
    SUFFIX_CONTEXTS,
    SURNAME_CONTEXT,
)
from jpterms.mozcdic import MozcDictionary, MozcWord, mozc_dictionary
from jpterms.name_evidence import NameEvidence, add_hyoe_names, name_shaped, order_namesakes
from jpterms.names import station_names
from jpterms.numbers import COUNTERS, number_words
from jpterms.old_forms import old_forms
from jpterms.publishers import (
    Publishers,
    add_publisher_edges,
    house_words,
    name_endings,
    prefer_named_bodies,
)
from jpterms.reading_index import ReadingIndex
from jpterms.readings import clan_names, rendaku_parts
from jpterms.romaji import PARTICLE_WORDS
from jpterms.romanize import Romanizer, WordReading, spells_kana
from jpterms.title_analysis import PARTICLES, TitleAnalysis, TitleAnalyzer, english_for

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.era_lookup import EraLookup
    from jpterms.lattice import Adnominal, Bound, Edge, Numeral, Path, Prefixes, Slot
    from jpterms.lattice_words import LatticeWords
    from jpterms.municipal_lookup import MunicipalLookup
    from jpterms.name_context import NameContext
    from jpterms.name_lookup import NameLookup
    from jpterms.query_shape import QueryShape
    from jpterms.title_compounds import TitleCompounds
    from jpterms.word_frequencies import FrequencyTable

__all__ = ["ReverseEngine"]

#: Words a title writes in hiragana: particles and the phrases built on them.
FUNCTION_WORDS = frozenset(
    ["の", "に", "と", "で", "が", "も", "や", "は", "へ", "を", "か", "な", "ね", "よ", "から", "まで", "より", "について", "における", "において", "による", "によって", "により", "にて", "として", "とは", "との", "への", "での", "からの", "までの", "に関する", "にかんする", "および", "ならびに", "また", "または", "そして", "ほか", "など"])
NUMERALS = frozenset("〇一二三四五六七八九十百")
#: Arabic digits to kanji digits (12: 一二), and a run of two or more kanji digits.
_DIGIT_CHARS = "〇一二三四五六七八九"  # 0 to 9
_KANJI_DIGITS = str.maketrans("0123456789", _DIGIT_CHARS)
_DIGIT_RUN = re.compile(f"[{_DIGIT_CHARS}]{{2,}}")
_KANJI_DIGITS_SET = frozenset(_DIGIT_CHARS)
_UNITS = {"十": 10, "百": 100, "千": 1000}


def _kanji_number_value(kanji: str) -> int | None:
    """The value of a well-formed kanji number below 10,000, None for anything else.

    >>> _kanji_number_value("十二"), _kanji_number_value("百五"), _kanji_number_value("第二")
    (12, 105, None)
    """
    total = digit = 0
    for ch in kanji:
        if ch in _UNITS:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
        elif ch in _KANJI_DIGITS_SET and ch != "〇" and not digit:
            digit = _DIGIT_CHARS.index(ch)
        else:
            return None
    return total + digit if kanji else None
#: Conjunctions that titles of laws, reports and bodies write in kanji (及び, 並びに, 又は:
#: :data:`jpterms.lookup_costs.FORMAL_CONJUNCTION_BONUS`).
FORMAL_CONJUNCTIONS = ("および", "ならびに", "または")
_GLOSSARY_CONTEXT = {"person": PERSON_NAME_CONTEXT, "place": PLACE_CONTEXT,
                     "org": ORGANISATION_CONTEXT, "newspaper": ORGANISATION_CONTEXT}
#: Mozc's context of counters (名詞,接尾,助数詞: 年, 巻, 号 after a number): a number word that
#: ends in one goes on as the counter does (十年後, the 後 "after" Mozc joins to a counter for
#: far less than to a plain noun, which takes 語 "word" there: *Junengono* 十年後の, not 十年語の).
_COUNTER = COUNTER_CONTEXT
#: What a result made of several sources says it came from: the least certain one.
_SOURCE_ORDER = ("mozc", "number", "era", "citation", "station", "jmnedict", "publisher", "jmdict",
                 "glossary")
_PLACE = PLACE_CONTEXT
#: The part of a name each person context is, for its gloss.
_PERSON_ROLES = {PERSON_NAME_CONTEXT: "person", GIVEN_NAME_CONTEXT: "given",
                 SURNAME_CONTEXT: "surname"}
#: Syllables that end a written word as the particles の and と (*Heitaino shi*, *Seinen to
#: shi*): a bound suffix (``bound`` in ``data/citation_words.tsv``: 史) after one is no
#: citation word.
GENITIVE_SYLLABLES = frozenset({"no", "to"})
#: Mozc's context of 子 read こ or し as the end of a name (花子, 孔子): one that begins a
#: written word costs this much more (*Seinen to shi* 青年と死, *Kooreru* 氷れる, not 子).
_NAME_SUFFIX = 1870
#: 社 "company" and its kana, which a publisher's name ends in
#: (:data:`jpterms.lookup_costs.COMPANY_SUFFIX_BONUS`).
COMPANY_SUFFIX = ("社", "しゃ")
#: Mozc's context of organisations and JMnedict's kinds of bodies.
_BODY = ORGANISATION_CONTEXT
_BODY_KINDS = frozenset({"company", "organization"})
#: Left context ids of the verbs (動詞,自立 and 非自立, every conjugated form: 着, 見, 出),
#: the first range of :data:`jpterms.mozc_contexts.STEM_CONTEXTS`; its second is the adjectives'.
_VERB_CONTEXTS = STEM_CONTEXTS[0]
#: A compound noun whose okurigana may be left out: kanji with one kana of a verb's stem
#: (:data:`_STEM_KANA`) after each run of them, ending in a kanji or in such a kana (気乗り,
#: 子育て, 返り点); a longer run is an inflection kept in older spellings too (風変わり
#: 風変り, never 風変), and の, が, い or き are no okurigana of such a noun (春の夜, 青白き).
_STEM_KANA = "ぎしじちびみりえけげせてでべめれ"
_OKURIGANA_NOUN = re.compile(f"(?:[\u3400-\u4dbf\u4e00-\u9fff々]+[{_STEM_KANA}])+"
                             "[\u3400-\u4dbf\u4e00-\u9fff々]*").fullmatch
#: A noun of a noun run with its okurigana: kanji or katakana with one or two kana after
#: each run of kanji (落とし穴, 組み込みシステム, 繰り返し), ending in a kanji, a katakana or
#: a kana of a verb's stem (:data:`_STEM_KANA`), not an inflection (生まれて, 出来上がった).
_RUN_SHAPE = re.compile("(?:[\u3400-\u4dbf\u4e00-\u9fff々]+[\u3041-\u3096]{1,2}|[\u30a1-\u30fc]+)+"
                        "[\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30fc]*").fullmatch


def _run_noun(written: str) -> bool:
    """Whether ``written`` is shaped as a noun of a noun run with its okurigana.

    >>> [_run_noun(w) for w in ("落とし穴", "組み込みシステム", "繰り返し", "生まれて", "美しい")]
    [True, True, True, False, False]
    """
    return _RUN_SHAPE(written) is not None and (
        not is_hiragana(written[-1]) or written[-1] in _STEM_KANA)


#: The particles a writer glues onto the word before (*Akumano shita*, *Kajito pochi*), which
#: the lexicon is also asked about without (:func:`jpterms.lattice_words._lexicon_spans`).
GLUED_PARTICLES = frozenset({"no", "ni", "to", "wa", "ga"})
#: The syllables only loanwords have (フォ, ティ, ヴァ, ウィ, シェ), and a vowel written
#: twice (バルタザアル *Barutazaaru*, where Hepburn writes a Japanese long vowel once): what
#: marks a written word as a foreign one worth reading in katakana.
LOANWORD_SYLLABLES = frozenset({"fa", "fi", "fe", "fo", "ti", "di", "tu", "du", "va", "vi",
                                "vu", "ve", "vo", "wi", "we", "she", "che", "je", "ye"})
_DOUBLED_VOWEL = re.compile(r"([aeiou])\1")


#: A word the lattice may price, as :meth:`ReverseEngine._word_cost` tests it: kana and
#: kanji only (:func:`jpterms.kana.is_hiragana`, :func:`~jpterms.kana.is_katakana`,
#: :func:`~jpterms.kana.is_kanji`), the long mark after katakana only; all hiragana, all
#: katakana, or kanji with hiragana.
_WORD_CHARS = re.compile("[\u3041-\u309f\u30a1-\u30ff\u4e00-\u9fff\u3400-\u4dbf々〆]+").fullmatch
_ORPHAN_LONG_MARK = re.compile("(?<![\u30a1-\u30ff])ー").search
_ALL_HIRAGANA = re.compile("[\u3041-\u309f]+").fullmatch
_ALL_KATAKANA = re.compile("[\u30a1-\u30ff]+").fullmatch
_HAS_HIRAGANA = re.compile("[\u3041-\u309f]").search
_HAS_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf々〆]").search
#: ``all(map(is_kanji, text))`` for a text that is not empty.
_ALL_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf々〆ヶ]+").fullmatch


def _runs_read_as(romaji: str, pieces: Sequence[tuple[str, str]], romanizer: Romanizer) -> str:
    """``romaji`` (:meth:`jpterms.Romanizer.romanize` of a reading that quotes, digits or
    letters cut into runs, which :meth:`jpterms.Romanizer.romanize_as` reads as romanize
    does) with each run of Japanese written as the search read it: “富嶽百景”序 read
    じょ is “fugaku hyakkei”jo, and 女 read じょ no longer “…”onna. A run is found in
    ``romaji`` as romanize writes it alone (its capital as there); where one is not,
    ``romaji`` is kept as it is.

    >>> _runs_read_as("“fugaku hyakkei”onna", [("“", ""), ("富嶽百景", "ふがくひゃっけい"),
    ...                                        ("”", ""), ("女", "じょ")], Romanizer())
    '“fugaku hyakkei”jo'
    """
    out: list[str] = []
    at = 0
    run: list[tuple[str, str]] = []
    for piece in (*pieces, None):
        if piece is not None and any(map(is_japanese_char, piece[0])):
            run.append(piece)
            continue
        if run:
            text = "".join(w for w, _ in run)
            alone, read = romanizer.romanize(text), romanizer.romanize_as(text, run)
            found = romaji.lower().find(alone.lower(), at)
            if not alone or found < 0:
                return romaji
            first = romaji[found]
            read = (read[:1].upper() if first.isupper() else read[:1].lower()) + read[1:]
            out += [romaji[at:found], read]
            at = found + len(alone)
            run = []
    return "".join(out) + romaji[at:]


def _spelled_kana(text: str, words: Sequence[WordReading]) -> str:
    """The kana of ``text`` from its words' readings; what lies between them (digits,
    punctuation) is kept as written.

    >>> _spelled_kana("3日前", Romanizer().explain("3日前"))
    '3にちまえ'
    >>> _spelled_kana("帝國文庫", Romanizer().explain("帝國文庫"))
    'ていこくぶんこ'
    """
    out: list[str] = []
    at = 0
    for w in words:
        found = text.find(w.text, at)
        if found < 0:  # old forms explain read as new ones (顏 as 顔): the next kanji or kana
            found = next((i for i in range(at, len(text)) if is_japanese_char(text[i])), len(text))
        out.append(text[at:found].strip())
        out.append(word_kana(w.text, w.kana))
        at = found + len(w.text)
    out.append(text[at:].strip())
    return "".join(out)


def _foreign_text(e: Edge) -> bool:
    """Whether ``e`` keeps a query's letters that are not Japanese (a word that is not
    romaji: xqzvwk, Songling); digits, punctuation and kanji or kana written in the query
    are kept as they are.

    >>> from jpterms.lattice import Edge
    >>> _foreign_text(Edge(0, 1, "Songling", "", 0, 0, 0, "text"))
    True
    >>> _foreign_text(Edge(0, 1, "2", "2", 0, 0, 0, "text"))
    False
    >>> _foreign_text(Edge(0, 1, "NHK", "", 0, 0, 0, "text"))
    False
    """
    if e.source != "text":
        return False
    if _ACRONYM.fullmatch(e.written):
        return False  # NHK 出版, PHP 研究所: a body's letters, written so in Japanese too
    return any(ch.isalpha() and not is_japanese_char(ch) for ch in e.written)


def _vowel_meets_vowel(slots: Sequence[Slot]) -> bool:
    """Whether a written word of the query begins with a vowel right after one that ends
    with a vowel (*Seito uta*): the only place :meth:`ReverseEngine._long_across_words`
    finds a long vowel read across two written words.

    >>> from jpterms.lattice import query_slots
    >>> _vowel_meets_vowel(query_slots("Seito uta")), _vowel_meets_vowel(query_slots("Seito undo kenkyu"))
    (True, True)
    >>> _vowel_meets_vowel(query_slots("Nihon no rekishi"))
    False
    """
    return any(slots[q].first and slots[q].written[:1].lower() in "aiueo" and
               slots[q - 1].written[-1:].lower() in "aiueo" for q in range(1, len(slots)))


def _sounded_particles(slots: Sequence[Slot]) -> dict[int, str]:
    """The slots of the particles the query writes as they sound (*e*, *o*, *wa* as a word
    of its own, or written onto the word before it, read as the particle), with the
    particle's kana: a word that begins or ends there with that kana but does not write it
    (経 へ for the *e* of *Tokyo e*, 葉 は for a *wa*, 指派 ゆびは for *yubiwa*, 走破 そうは
    for *Sowa*) romanises otherwise (*Tōkyō he*, *yubiha*), and is no reading of the query;
    a particle phrase that writes it (をめぐる) is one.

    >>> from jpterms.lattice import query_slots
    >>> _sounded_particles(query_slots("Tokyo e")), _sounded_particles(query_slots("Shiki no e"))
    ({2: 'へ'}, {})
    """
    from jpterms.lattice import SOUNDED_PARTICLES

    out = {}
    for p, slot in enumerate(slots):
        kana = SOUNDED_PARTICLES.get(slot.written.lower())
        if kana is not None and slot.last and \
                any(option == kana for option, _ in slot.options):
            out[p] = kana  # a word of its own, or written onto its word (yubiwa: 指は)
    return out


#: The syllable the particle は is spelled with, which Hepburn writes as it sounds (*wa*): a
#: query that writes *ha* inside a word means the syllable. (Not *he*: *kyuuyuuh e*, a
#: word cut before its particle へ, writes one.)
_SPELLED_PARTICLES = {"ha": "は"}


def _spelled_particle_slots(slots: Sequence[Slot]) -> frozenset[int]:
    """The slots of an *ha* inside a longer written word, where the particle は is no
    reading: it romanises *wa*, not the letters the query wrote (葉は read
    *Ha wa* for *Haha*, 彼は *kare wa* for *kareha*). An *ha* written as a word of its own
    may be the particle (the second of *Wagahai ha neko*), as older romanisations spell it.

    >>> from jpterms.lattice import query_slots
    >>> [sorted(_spelled_particle_slots(query_slots(q))) for q in ("Haha", "Wagahai ha neko")]
    [[0, 1], [2]]
    """
    return frozenset(p for p, slot in enumerate(slots)
                     if slot.written.lower() in _SPELLED_PARTICLES and not (slot.first and slot.last))


def _misreads_particle(e: Edge, sounded: dict[int, str], spelled: frozenset[int]) -> bool:
    """Whether a word reads a particle's slot otherwise than the query writes it: a word
    that begins or ends on a sounded particle's slot (:func:`_sounded_particles`) with its
    kana but does not write it (経 for *Tokyo e*, 走破 そうは for *Sowa*), or the particle は
    alone on an *ha* inside a word (:func:`_spelled_particle_slots`: 葉 + は for *Haha*)."""
    first, last = sounded.get(e.start), sounded.get(e.end - 1)
    if first is not None and e.kana.startswith(first) and not e.written.startswith(first):
        return True
    if last is not None and e.start < e.end - 1 and e.kana.endswith(last) and \
            not e.written.endswith(last):
        return True
    return e.start in spelled and e.end == e.start + 1 and e.written == e.kana and \
        e.kana in _SPELLED_PARTICLES.values() and e.left in FUNCTION_CONTEXTS


#: A person's name as catalogues and indexes head it, surname, comma, given name
#: (*Murakami, Haruki*): read as the name surname first, without the comma.
_INVERTED_NAME = re.compile(r"([A-Z][A-Za-z']*), ([A-Z][A-Za-z']*)")

#: A hyphen inside a word of a name, English's mark of a syllable boundary: after a
#: syllabic n before a vowel or y (*Shin-ichi*, *Jun-ya*: the apostrophe of *Shin'ichi*),
#: or between two vowels (*Yo-ichi*, *Ko-ichi*: a long vowel's end before the next one).
_NAME_HYPHEN = re.compile(r"(?<=[A-Za-z])(?:(?<=[nN])-(?=[aiueoy])|(?<=[aiueo])-(?=[aiueo]))")
#: The h of a passport's long o (*Ohe*, *Tohyama*, *Itoh*).
_PASSPORT_OH = re.compile(r"(?<=[oO])h")
#: A query of two or three capitalised words, one of them with such a hyphen.
_HYPHENED_NAME = re.compile(r"[A-Z][a-z'-]*[a-z](?: [A-Z][a-z'-]*[a-z]){1,2}")


def hyphens_as_name(query: str) -> str:
    """``query`` with the hyphens inside its words that mark a syllable boundary in a
    person's name written as English does (given name first or not) turned into the
    apostrophe or dropped: ``Shin-ichi Hoshi`` is *Shin'ichi Hoshi*, ``Yo-ichi Takahashi``
    *Yoichi Takahashi*. A hyphen before a capital (*Shin-Yokohama*), between consonants
    (*Tenpyo-shoho*) or in a query of one word (*Go-on*) stays a word boundary.

    >>> hyphens_as_name("Shin-ichi Hoshi"), hyphens_as_name("Yo-ichi Takahashi")
    ("Shin'ichi Hoshi", 'Yoichi Takahashi')
    >>> hyphens_as_name("Shin-Yokohama"), hyphens_as_name("Go-on"), hyphens_as_name("Kita-ku Sapporo")
    ('Shin-Yokohama', 'Go-on', 'Kita-ku Sapporo')
    """
    if "-" not in query or not _HYPHENED_NAME.fullmatch(query) or \
            any(w.lower() in PARTICLE_WORDS for w in query.split()):
        return query
    return _NAME_HYPHEN.sub(lambda m: "'" if query[m.start() - 1] in "nN" else "", query)


#: Capital letters a Japanese name writes as they are (NHK出版, PHP研究所, JR難波).
_ACRONYM = re.compile(r"[A-Z]{2,5}")


class LRU:
    """A small least-recently-used map (the engine's caches are bounded)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[Any, Any] = OrderedDict()

    def get(self, key: Any) -> Any:
        value = self.data.get(key)
        if value is not None:
            self.data.move_to_end(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        self.data[key] = value
        if len(self.data) > self.size:
            self.data.popitem(last=False)


class ReverseEngine:
    """Romaji to Japanese with one glossary; build one per glossary and reuse it."""

    def __init__(self, glossary: Glossary | None = None) -> None:
        self.glossary = glossary if glossary is not None else Glossary.bundled()
        self._lock = threading.RLock()
        self._node_words = LRU(100_000)
        self._results = LRU(2_000)
        self._costed = LRU(100_000)
        self._walks = LRU(20_000)
        self._lattices = LRU(LATTICES_KEPT)
        self._cheapest_found = LRU(LATTICES_KEPT)
        #: how many searches :meth:`_cheapest` answered from one made before
        self.searches_reused = 0
        #: how many lattices :meth:`_lattice` has built (a look-up of one word builds one)
        self.lattices_built = 0
        self._commonest = LRU(20_000)
        self._mozc_costs = LRU(20_000)
        self._field_heads = LRU(20_000)

    @property
    def romanizer(self) -> Romanizer:
        """The glossary's romaniser: every result's Hepburn comes from it."""
        return self.glossary.romanizer()

    @cached_property
    def titles(self) -> TitleAnalyzer:
        """The word-by-word title analyser the checker reads (same glossary, own caches)."""
        return TitleAnalyzer(self.glossary, self.romanize)

    def analyze_title(self, text: str, context: str = "") -> TitleAnalysis:
        """Analyse a romanised title word by word (``context``: its English translation)."""
        return self.titles.analyze(text, context)

    @cached_property
    def _mozc(self) -> MozcDictionary:
        return mozc_dictionary()

    @cached_property
    def _glossary_readings(self) -> dict[str, list[Entry]]:
        return {reading.replace(" ", ""): entries
                for reading, entries in self.glossary.by_reading.items()}

    @cached_property
    def _homophone_terms(self) -> frozenset[str]:
        """Readings the glossary gives two or more terms of different kanji (寄稿 and 寄港
        for きこう, 派遣 and 覇権): its preference for its terms says nothing between them,
        nor against a homophone it lacks (機構)."""
        return frozenset(reading for reading, entries in self._glossary_readings.items()
                         if len({kanji_of(e.written) for e in entries
                                 if e.kind == "term" and not any(map(str.isdigit, e.written))
                                 }) > 1)

    @cached_property
    def _glossary_prefixes(self) -> Prefixes:
        """Beginnings of the readings the Mozc trie may lack: the glossary's, numbers', and
        the citation words' (古辞書 こじしょ, which no word of Mozc's begins with)."""
        from jpterms.lattice import Prefixes

        return Prefixes([*self._glossary_readings, *self._numbers, *self._citation_readings])

    @cached_property
    def _numbers(self) -> dict[str, str]:
        return number_words()

    def _words_at(self, node: int) -> tuple[MozcWord, ...]:
        found: tuple[MozcWord, ...] | None = self._node_words.get(node)
        if found is None:
            found = self._mozc.words(node)
            self._node_words.put(node, found)
        return found

    def _costed_words(self) -> Any:
        """Words at a trie node as the lattice prices them, cheapest first (cached)."""
        cache = self._costed
        word_cost = self._word_cost()

        def words(node: int) -> tuple[tuple[str, int, int, int], ...]:
            found: tuple[tuple[str, int, int, int], ...] | None = cache.get(node)
            if found is None:
                priced: dict[tuple[str, int, int], int] = {}
                for w in self._words_at(node):
                    cost = word_cost(w.written, "", w.cost)
                    if cost is not None and w.left in AUXILIARY_STEM_CONTEXTS and \
                            all(is_hiragana(ch) for ch in w.written):
                        cost -= HIRAGANA_PENALTY  # よう of ような is written in kana
                    key = (w.written, w.left, w.right)
                    if cost is not None and cost < priced.get(key, 1 << 30):
                        priced[key] = cost
                ranked = sorted(priced.items(), key=lambda kv: kv[1])[:WORDS_PER_READING]
                found = tuple((*key, cost) for key, cost in ranked)
                cache.put(node, found)
            return found

        return words

    def _glossary_words(self, reading: str) -> list[tuple[str, int, int, int, str, str]]:
        out = []
        for e in self._glossary_readings.get(reading, ()):
            context = _GLOSSARY_CONTEXT.get(e.kind, NOUN_CONTEXT)
            if e.kind == "term":  # common vocabulary: preferred, but not over every homophone
                cost = GLOSSARY_TERM_COST - GLOSSARY_TERM_PER_KANA * len(reading)
            else:
                cost = GLOSSARY_COST - GLOSSARY_PER_KANA * len(reading)
            out.append((e.written, context, context, cost, "glossary", e.kind))
        return out

    def _commonest_place_refund(self, slots: list[Slot], e: Edge) -> int:
        """The spelling cost ``e`` paid, up to one long vowel's, where its written word and
        reading are the commonest JMdict word for the word's macron-less spelling (else 0):
        a whole refund would also break compounds the name begins (東京海上)."""
        from jpterms.lattice import LONG_COST
        romaji = "".join(s.written for s in slots[e.start:e.end])
        top = self._commonest.get(romaji)
        if top is None:
            words = [sp for sp in self._lexicon.spellings(romaji) if sp.source == "jmdict"]
            top = (words[0].written, words[0].kana) if words and \
                words[0].frequency >= COMMONEST_PLACE_ZIPF and (
                    len(words) == 1 or words[1].frequency < words[0].frequency) else ("", "")
            self._commonest.put(romaji, top)
        if top != (e.written, e.kana):
            return 0
        return min(_spelling_cost(slots, e.start, e.end, e.kana) or 0, LONG_COST)

    def _cut_family_name(self, e: Edge) -> bool:
        """Whether a glossary word is a family name the glossary cut from a person's row
        (甘利 of 甘利明): read from a word written in lower case, it keeps no glossary
        preference, and costs what Mozc charges for it as any name so read does."""
        entry = self._entry(e)
        return entry is not None and entry.english.endswith(FAMILY_NAME)

    def _term_surcharge(self, e: Edge, edge: int) -> int:
        """What a glossary term's edge must cost more so that it is at most ``edge`` below
        Mozc's own cost for the same word (0 where it is already, or Mozc lacks it)."""
        mozc_cost = self._mozc_cost(e.kana, e.written)
        preferred = GLOSSARY_TERM_COST - GLOSSARY_TERM_PER_KANA * len(e.kana) \
            if e.kind == "term" else GLOSSARY_COST - GLOSSARY_PER_KANA * len(e.kana)
        return max(0, mozc_cost - edge - preferred) if mozc_cost is not None else 0

    def _mozc_cost(self, reading: str, written: str) -> int | None:
        """Mozc's cheapest cost for ``written`` read ``reading`` (None: Mozc lacks it)."""
        key = (reading, written)
        found: tuple[int | None] | None = self._mozc_costs.get(key)
        if found is None:
            node = self._mozc.walk(self._mozc.ROOT, reading)
            found = (None if node is None else min(
                (w.cost for w in self._words_at(node) if w.written == written), default=None),)
            self._mozc_costs.put(key, found)
        return found[0]

    def _aligned_words(self, reading: str) -> list[tuple[str, int, int, int, str, str]]:
        """Words for a reading that covers whole written words: a particle written as a
        word (``no``, ``ni tsuite``) is that particle; a citation word written as a word
        (``Shinsha``) may be that word even where the dictionaries lack it (新社)."""
        if reading not in FUNCTION_WORDS:
            found = [(written, NOUN_CONTEXT, NOUN_CONTEXT, CITATION_COST, "citation", "")
                     for written in self._citation_readings.get(reading, ())]
            number = self._numbers.get(reading)
            if number is not None:  # Nijugokan: 二十五巻, not 二重互換
                cost = (ORDINAL_COST if number.startswith("第") else
                        NUMBER_COST if number[-1] not in NUMERALS else BARE_NUMBER_COST)
                found.append((number, NOUN_CONTEXT,
                              NOUN_CONTEXT if number[-1] in NUMERALS else _COUNTER,
                              cost, "number", ""))
            return found
        node = self._mozc.walk(self._mozc.ROOT, reading)
        words = [w for w in self._words_at(node) if w.written == reading and
                 (len(reading) > 1 or w.left in FUNCTION_CONTEXTS)] if node is not None else []
        found = [(w.written, w.left, w.right, w.cost + PARTICLE_COST, "particle", "")
                 for w in words[:6]]
        kanji = self._particle_kanji.get(reading)
        if kanji is not None and found:  # ni tsuite: について, then its kanji form に就いて
            _, left, right, cost, _, _ = min(found, key=lambda t: t[3])
            found.append((kanji, left, right, cost + KANJI_PARTICLE_COST, "particle", ""))
        kanji = self._conjunction_kanji.get(reading)
        if kanji is not None and found:  # oyobi: 及び, as laws and reports write it
            _, left, right, cost, _, _ = min(found, key=lambda t: t[3])
            found.append((kanji, left, right, cost - FORMAL_CONJUNCTION_BONUS, "particle", ""))
        return found

    @cached_property
    def _particle_kanji(self) -> dict[str, str]:
        """The kanji form JMdict gives first for a compound particle built on に (について:
        に就いて, において: に於いて), which older titles write."""
        out = {}
        for reading in FUNCTION_WORDS:
            if len(reading) < 3 or not reading.startswith("に"):
                continue  # the compound particles built on に
            key = kana_to_romaji(reading).replace("'", "").lower()
            for sp in self._lexicon.spellings(key):
                if sp.source == "jmdict" and sp.kana == reading and sp.written != reading \
                        and sp.written[:1] == reading[:1]:
                    out[reading] = sp.written
                    break
        return out

    @cached_property
    def _conjunction_kanji(self) -> dict[str, str]:
        """The kanji form JMdict gives first for each of :data:`FORMAL_CONJUNCTIONS` (及び,
        並びに), written as the kana ends (okurigana kept)."""
        out = {}
        for reading in FORMAL_CONJUNCTIONS:
            key = kana_to_romaji(reading).replace("'", "").lower()
            for sp in self._lexicon.spellings(key):
                if sp.source == "jmdict" and sp.kana == reading and is_kanji(sp.written[0]) \
                        and sp.written[-1] == reading[-1]:
                    out[reading] = sp.written
                    break
        return out

    def _number_prefix(self, reading: str) -> list[tuple[str, int, int, int, str, str]]:
        """A number that begins a written word and goes on into another word (*Sanjusanno*
        三十三の, *Junengono* 十年後の)."""
        number = self._numbers.get(reading)
        if number is None:
            return []
        cost = ORDINAL_COST if number.startswith("第") else \
            NUMBER_COST if number[-1] not in NUMERALS else BARE_NUMBER_COST
        right = NOUN_CONTEXT if number[-1] in NUMERALS else _COUNTER
        return [(number, NOUN_CONTEXT, right, cost + NUMBER_PREFIX_COST, "number", "")]

    def _station_words(self, reading: str) -> list[tuple[str, int, int, int, str, str]]:
        """A query that is one name and reads as a railway station's name is that station."""
        names = self._stations.get(reading)
        if not names:
            return []
        node = self._mozc.walk(self._mozc.ROOT, reading)
        # Mozc's cost for the name as a place where it has one (富士川 the river and town,
        # before 藤川 the surname), else as anything.
        known: dict[str, int] = {}
        for w in self._words_at(node) if node is not None else ():
            cost = w.cost if w.left == _PLACE else w.cost + NOT_PLACE_COST
            known[w.written] = min(cost, known.get(w.written, cost))
        ranked = sorted(names, key=lambda name: known.get(name, 1 << 20))
        return [(name, _PLACE, _PLACE, STATION_COST + 300 * rank, "station", "station")
                for rank, name in enumerate(ranked)]

    @staticmethod
    def _word_cost() -> Any:
        """A dictionary word's cost as the lattice prices it, None where it may not stand
        for romaji at all. A word with a digit is one of them: the digits a query writes are
        kept as text in slots of their own, so a digit inside a word read from romaji would
        stand for a numeral the query spelled out (*kanwa go*: 緩和後, never 緩和5), however
        many digits the rest of the query writes."""
        old_forms = _old_form_chars()

        def cost(written: str, reading: str, base: int) -> int | None:
            # (each test a regular expression's, in C: this prices every word of every
            # trie node a look-up reaches)
            if not _WORD_CHARS(written):
                return None  # Latin letters, symbols, digits
            if "ー" in written and _ORPHAN_LONG_MARK(written):
                return None  # the long mark belongs after katakana only
            if not old_forms.isdisjoint(written):
                # 中澤 after 中沢: the modern form is the usual one
                base += OLD_FORM_COST * sum(ch in old_forms for ch in written)
            if _ALL_HIRAGANA(written):
                return base + HIRAGANA_PENALTY
            if _ALL_KATAKANA(written):
                return base + KATAKANA_PENALTY
            if _HAS_HIRAGANA(written) and _HAS_KANJI(written):
                return base + OKURIGANA_PENALTY
            return base
        return cost

    def _lattice(self, query: str, kind: str | None,
                 lookup: bool) -> tuple[list[Slot], list[list[Edge]], frozenset[str]] | None:
        """The slots of a query, its lattice priced for :func:`jpterms.lattice.n_best` and the
        slots of the era names it reads alone
        (:meth:`jpterms.era_lookup.EraLookup.add_era_alone`), as :meth:`paths` searches
        them for a look-up (``lookup``: several readings) or a check; None where
        the query has no slots. Kept for the last few queries: a look-up of one word
        searches again, deeper (:data:`jpterms.one_word.ONE_WORD_DEPTH`), and the lattice
        does not depend on how many readings are asked for."""
        key = (query, kind, lookup)
        known: tuple[list[Slot], list[list[Edge]], frozenset[str]] | None = \
            self._lattices.get(key)
        if known is not None:
            return known
        from jpterms.lattice import build_lattice, query_slots
        slots = query_slots(query, old_yoon=lookup)  # Tokio 東京 in a look-up
        if not slots:
            return None
        self.lattices_built += 1
        mozc = self._mozc
        stations = kind == "place" or (kind is None and self._is_one_name(query))
        names_shaped = self._names_shaped(query, kind)  # (a pure test of the query: once)
        edges = build_lattice(slots, mozc, self._costed_words(), self._glossary_prefixes,
                              self._glossary_words, self._aligned_words,
                              self._station_words if stations else None,
                              memo=self._walks, keep=self._kept_words,
                              stems=self._stems, prefix_extra=self._number_prefix,
                              each_reading=lookup)  # 機構 as well as 聞こ, 紀子
        added = self._lattice_words
        added.add_lexicon_words(edges, slots, self._word_cost(), lookup=lookup)
        added.add_loanwords(edges, slots)
        if lookup and not names_shaped:  # a look-up
            added.add_glued_suffixes(edges, slots)  # Pekin nikkisho: 北京日記抄
            added.add_classical_forms(edges, slots)  # ni kotau: 答う, not 答ふ
            added.add_radical_sections(edges, slots)  # Kyubu: 弓部 among the five
            _add_transliterations(edges, slots)  # Barutazaaru: バルタザアル
        if lookup:  # a look-up, a name's too (Kosodate Jizo: 子育地蔵)
            _add_omitted_okurigana(edges)  # Ichiban kinori: 気乗 among the five
        if lookup and _vowel_meets_vowel(slots):
            # Seito uta: no 性淘汰, whose *tō* is "to" + "u" of two words
            edges = [[e for e in row if not self._long_across_words(e, slots)]
                     for row in edges]
        # A word that is no romanised Japanese (xqzvwk, Songling) and no English word with
        # a loanword stands for nothing: no reading echoes its letters (プーSongling).
        sounded = _sounded_particles(slots)
        spelled = _spelled_particle_slots(slots)
        if sounded or spelled:
            edges = [[e for e in row if not _foreign_text(e) and
                      not _misreads_particle(e, sounded, spelled)] for row in edges]
        else:  # no particle's slot to misread: only the text kept as written is tested
            edges = [[e for e in row if e.source != "text" or not _foreign_text(e)]
                     for row in edges]
        eras = self._era_lookup.add_era_alone(edges, slots, query) if kind in (None, "title") \
            else frozenset()  # Tenbun: 天文, not 天分; Kansei: 寛政 among the five
        add_publisher_edges(edges, slots, self._publishers, _spelling_cost,  # Kobundo 弘文堂
                            _old_form_codes())
        if names_shaped:
            self._name_lookup.add_name_words(edges, slots)  # Tatsuno Kyushi: 九紫, not only 休止
            add_hyoe_names(edges, slots, mozc_entries)  # Chubei 忠兵衛
        edges = self._rescore(edges, slots, query, kind)
        if lookup and not names_shaped:
            compounds = self._title_compounds
            compounds.add_cited_compounds(edges, slots)  # jitaichu: 字体注, not 自体注
            compounds.add_named_works(edges, slots)  # Kyoka zenshu: 鏡花全集, not 強化全集
            compounds.add_placed_works(edges, slots)  # Tono monogatari: 遠野物語, not 殿物語
            compounds.add_seats(edges, slots)  # Torisakajo: 鳥坂城, not 鳥坂所
            edges = _charge_p_starts(edges, slots)  # Po no hen'ei: ポー, not 歩 (ぽ) or ぽ
        if lookup and not names_shaped:
            # a look-up of words (the checker's one reading keeps Mozc's order; a name's
            # parts are not chosen by how common a word is: 高祖 of *Koso Tamotsu*)
            edges = _prefer_common_homophones(edges)
            edges = self._prefer_field_heads(edges, slots)  # Shoko daijin: 商工, not 証拠
        if lookup:  # Sore kara: それから, not 其れから
            edges = _prefer_usual_kana(edges)
        edges = prefer_named_bodies(edges, slots, self._name_endings, CITATION_BONUS_PER_KANA,
                                    CITATION_WORD_BONUS)  # 国書刊行会, not 酷暑 + 刊行会
        if names_shaped:
            edges = self._name_evidence.rescore(edges, slots)  # 太田 before 織田 for Ota
            names = self._name_lookup
            edges = names.weigh_given_names(edges, slots)  # 由香里 before 縁 for Yukari
            if lookup:  # a look-up, not a check
                edges = names.surnames_as_given(edges, slots)  # Seimei: 清明, a given name
                edges = names.common_given_surcharge(edges, slots)  # Shikai: 四海, not 視界
                edges = names.non_surname_surcharge(edges, slots)  # Kojo Yoshiko: 古城, not 向上
        digits = _KANJI_DIGITS_SET.isdisjoint  # (most words write no kanji digit)
        edges = [[e for e in row if digits(e.written) or not self._digit_by_digit(e)]
                 for row in edges]
        built = (slots, edges, eras)
        self._lattices.put(key, built)
        return built

    def _cheapest(self, query: str, kind: str | None, lookup: bool,
                  built: tuple[list[Slot], list[list[Edge]], frozenset[str]],
                  depth: int) -> list[Path]:
        """The ``depth`` cheapest readings of a query's lattice (:meth:`_lattice`'s
        ``built``), as :func:`jpterms.lattice.n_best` finds them. A look-up's search looks
        as deep as a one-word look-up's second search asks (:data:`DEEPER_READINGS`) and
        keeps what it found with the lattice: the cheapest readings to any depth are the
        first of the cheapest to a greater one."""
        from jpterms.lattice import Mixed, n_best
        key = (query, kind, lookup)
        known: tuple[int, list[Path]] | None = self._cheapest_found.get(key)
        if known is not None and known[0] >= depth:
            self.searches_reused += 1
            return known[1][:depth]
        slots, edges, _ = built
        mozc = self._mozc
        deep = max(depth, DEEPER_READINGS) if lookup else depth
        mixed = Mixed([not s.first for s in slots], self._prefixes, MIXED_KATAKANA_COST,
                      self._suffixes)
        found = n_best(edges, mozc.matrix, mozc.width, limit=deep,
                       bound=self._bound, mixed=mixed, numeral=self._numeral,
                       adnominal=self._adnominal, endings=self._endings)
        self._cheapest_found.put(key, (deep, found))
        return found[:depth]

    def paths(self, query: str, limit: int = 5, kind: str | None = None,
              spare: int = 0) -> list[Path]:
        """The cheapest readings of a romanised query as lattice paths (``kind``: what the
        caller knows the query is, one of :data:`LOOKUP_KINDS`, or None), and up to
        ``spare`` more after them, the next cheapest. Where more than one reading is asked
        for, each reading of a span keeps its own few words in the lattice
        (:func:`jpterms.lattice.build_lattice`'s ``each_reading``); the one best reading is
        searched among the cheapest words of each span, as the checker asks for it."""
        from jpterms.lattice import orphan_kana
        built = self._lattice(query, kind, limit + spare > 1)
        if built is None:
            return []
        slots, lattice, eras = built
        names_shaped = self._names_shaped(query, kind)  # (a pure test of the query: once)
        found = self._cheapest(query, kind, limit + spare > 1, built,
                               limit + spare + (3 if eras else 0))
        # well formed only, where any reading is (no ぎゃっ行 among the readings of Gyakko)
        found = [p for p in found if not orphan_kana(p.written)] or found
        if limit + spare > 1 and names_shaped:  # a look-up, not a check
            found = self._name_lookup.prefer_unidic_given(found, slots)
            found = self._name_lookup.charge_unlisted_given(found, slots)  # 佐藤一斎, not 佐藤一斉
            found = self._charge_kana_pieces(found, slots)  # 三文字屋, not 三文字や
        if limit + spare > 1 and kind in (None, "publisher") and \
                not names_shaped:
            found = self._charge_unlisted_sha(found, slots)  # Kasetsusha: 仮説社
            found = self._charge_split_houses(found, slots)  # Daiichishobo: 第一書房
        if limit + spare > 1:
            found = _charge_verb_stems_inside(found, slots)  # Kigei: 機芸, not 着 + 芸
        if limit + spare > 1 and not names_shaped and slots[0].word != slots[-1].word:
            found = self._charge_pieced_words(  # 一房の花, not 人房の花
                found, limit + (3 if eras else 0), slots, lattice)
        if limit + spare > 1:  # 伊達政宗 (1567.9.5-1636.6.27) before 伊達正宗 (1567-1636)
            found = order_namesakes(found)
            if found and (slots[0].word != slots[-1].word or sum(
                    map(is_kanji, found[0].written)) >= OLD_OKURIGANA_KANJI):
                found = found if _noun_run_in_sentence_case(query, found[0]) else \
                    _short_okurigana_first(  # 東京に生れて; not 目黒通 for *Meguro dori*
                        found, limit, lambda e: slots[e.start].word == slots[e.end - 1].word or
                        self._mozc_cost(e.kana, e.written) is not None or
                        jmdict_word(e.written, e.kana) is not None)
            if names_shaped and found and \
                    self._name_lookup.reads_as_person(found[0], slots):  # Numata Ichiga: 一雅, 一芽
                found = self._name_lookup.listed_names_first(found, slots)  # 二条昭実, not 二條昭実
                found = self._name_lookup.mozc_person_first(found, slots)  # 會川昇, not 会川昇
                found = self._name_evidence.order_given_ties(found)
                found = self._name_evidence.order_given_near_ties(found)  # 雄二, 25 people
                found = self._name_evidence.with_house_head(  # 京極高長, not 京極貴永
                    found, limit + spare)
                found = self._name_evidence.with_old_form_given(  # 矢野眞 after 矢野真
                    found, limit, lambda path: self._name_lookup.reads_as_person(path, slots))
            found = self._clan_genitive_unwritten(found, slots)  # Minamoto no Muneyuki
        top = _keep_one(found, limit, eras)
        if not spare:
            return top
        return top + [p for p in found[limit:] if p not in top][:spare]

    def _clan_genitive_unwritten(self, found: list[Path], slots: list[Slot]) -> list[Path]:
        """``found`` (readings, cheapest first) with a name of an ancient clan, *no* and a
        given name (*Minamoto no Muneyuki*) also written without the の it reads, as such
        names are written (源宗于, 藤原道長), just before the reading that writes it
        (源の宗幸): the clan is one of ``data/clan_names.tsv`` read as it reads it, and the
        given name a whole written word Mozc, JMnedict or UniDic lists as one. A person a
        dictionary lists whole (源頼朝) is among the readings already, written so.

        >>> from jpterms.glossary import Glossary
        >>> [p.written for p in Glossary.bundled().reverse_engine.paths(
        ...     "Minamoto no Muneyuki", limit=2)]
        ['源宗幸', '源の宗幸']
        """
        from jpterms.lattice import Path, new_edge
        if len(slots) < 3 or slots[-1].word != 2 or \
                [s.written.lower() for s in slots if s.word == 1] != ["no"]:
            return found
        clans = clan_names()
        out: list[Path] = []
        shown = {p.written for p in found}
        for path in found:
            edges = path.edges
            if len(edges) == 3 and edges[1].kana == edges[1].written == "の" and \
                    slots[edges[1].start].word == 1 and edges[1].end == edges[2].start and \
                    clans.get(edges[0].written) == edges[0].kana and \
                    slots[edges[2].start].first and edges[2].end == len(slots) and \
                    self._given_edge(edges[2]):
                clan, given = edges[0], edges[2]
                written = clan.written + given.written
                if written not in shown:
                    shown.add(written)
                    out.append(Path(path.cost - 1, (new_edge(
                        clan.start, given.start, clan.written, clan.kana + "の",
                        SURNAME_CONTEXT, SURNAME_CONTEXT, clan.cost + edges[1].cost,
                        clan.source, clan.kind), given)))
            out.append(path)
        return out

    def _given_edge(self, e: Edge) -> bool:
        """Whether a word is a given name: by Mozc's context, JMnedict's kind, or a
        dictionary listing the spelling so read
        (:meth:`jpterms.name_lookup.NameLookup.listed_given`)."""
        return e.left == GIVEN_NAME_CONTEXT or e.kind in GIVEN_KINDS or \
            self._name_lookup.listed_given(e.written, e.kana)

    @staticmethod
    def _charge_kana_pieces(found: list[Path], slots: list[Slot]) -> list[Path]:
        """The readings of a name-shaped query again in order of cost, where one that
        writes hiragana as part of a written word costs :data:`KANA_PIECE_NAME_COST` more:
        *Sanmonjiya Kinpira* is 三文字屋金平 before 三文字や金平, *Taguchi Junto* no longer
        田口潤と first."""
        from jpterms.lattice import repriced
        def pieced(path: Path) -> bool:
            for e in path.edges:
                if not e.written or not all(map(is_hiragana, e.written)):
                    continue
                first, last = slots[e.start], slots[e.end - 1]
                if not (first.first and last.last and first.word == last.word):
                    return True
            return False

        return repriced(found, [KANA_PIECE_NAME_COST if pieced(p) else 0 for p in found])

    @staticmethod
    def _charge_pieced_words(found: list[Path], head: int, slots: list[Slot],
                             lattice: list[list[Edge]]) -> list[Path]:
        """The readings of a look-up again in order of cost (the first ``head`` among
        themselves, the spare ones after them, costing no less than the last of them),
        where one that pieces the start of a written word together out of two or more
        one-kanji words of Mozc's costs :data:`PIECED_WORD_COST` more if the ``lattice``
        searched writes those sounds there as one other word of kanji that JMdict or Mozc
        lists:
        *hitofusa no hana* is 一房の花 "a spray of flowers" before 人 "person" + 房 + の花,
        *Jakan reikyakuki* 蛇管冷却器 before 蛇 + 感.

        >>> from jpterms.glossary import Glossary
        >>> [p.written for p in Glossary.bundled().reverse_engine.paths(
        ...     "hitofusa no hana", limit=2)]
        ['一房の花', '人房の花']
        """
        from jpterms.lattice import repriced
        listed: dict[tuple[int, int, str], set[str]] = {}
        for row in lattice:
            for e in row:
                if slots[e.start].first and slots[e.start].word == slots[e.end - 1].word \
                        and e.source in ("jmdict", "mozc") and len(e.written) > 1 and \
                        all(map(is_kanji, e.written)):
                    listed.setdefault((e.start, e.end, e.kana), set()).add(e.written)

        def pieced(path: Path) -> bool:
            edges = path.edges
            for k, first in enumerate(edges):
                if not slots[first.start].first:
                    continue
                end = k
                while end < len(edges) and edges[end].source == "mozc" and \
                        len(edges[end].written) == 1 and is_kanji(edges[end].written) and \
                        slots[edges[end].start].word == slots[first.start].word:
                    end += 1
                    words = listed.get((first.start, edges[end - 1].end, "".join(
                        e.kana for e in edges[k:end])), ())
                    if end - k > 1 and words and "".join(
                            e.written for e in edges[k:end]) not in words:
                        return True  # (割 + 注 is the listed 割注 pieced: no charge)
            return False

        first = repriced(found[:head], [PIECED_WORD_COST if pieced(p) else 0
                                         for p in found[:head]])
        spare = repriced(found[head:], [PIECED_WORD_COST if pieced(p) else 0
                                         for p in found[head:]])
        floor = first[-1].cost if first else 0
        return first + [p if p.cost >= floor else dataclasses.replace(p, cost=floor)
                        for p in spare]

    @staticmethod
    def _charge_unlisted_sha(found: list[Path], slots: list[Slot]) -> list[Path]:
        """The readings of a query whose last written word is capitalised and ends in *sha*
        glued onto it again in order of cost, where one that reads that word as a noun and
        者 "person", 車 "vehicle" or 舎 "building" that no dictionary lists together (仮説者,
        規制者, 無保険車; JMdict lists 媒介者, 教育者, 展望車) costs :data:`UNLISTED_SHA_COST`
        more: such a word names a company, 社 (*Kasetsusha* 仮説社, *Nihon hyoronsha*
        日本評論社), where Mozc composes each from the noun and a suffix, 者 the cheapest."""
        from jpterms.lattice import repriced
        if not found or len(slots) < 2 or slots[-1].first or not slots[-1].capital or \
                slots[-1].written.lower() != "sha":
            return found
        last = slots[-1].word

        def unlisted(path: Path) -> bool:
            word = "".join(e.written for e in path.edges if slots[e.end - 1].word == last)
            return len(word) > 1 and word.endswith(("者", "車", "舎")) and not jmdict_glosses(word)

        return repriced(found, [UNLISTED_SHA_COST if unlisted(p) else 0 for p in found])

    def _charge_split_houses(self, found: list[Path], slots: list[Slot]) -> list[Path]:
        """The readings of a query whose last written word is capitalised and ends in a
        publisher's house word (*shobo*, *shoten*, *shoin*, *sha*) again in order of cost,
        where one that reads a word across the house word's first syllable (across that of
        each house word the word may end in: *shinsha* 新社 and *sha*) costs
        :data:`SPLIT_HOUSE_COST` more, unless that word ends the query and is the whole
        written word or ends in a house word itself: *Daiichishobo* is 第一書房, not 第一章 +
        簿; 媒介者 "mediator", one word, and 新 + 古書店 stay."""
        from jpterms.lattice import repriced
        if not found or not slots[-1].last or not slots[-1].capital:
            return found
        last = slots[-1].word
        start = next(i for i, s in enumerate(slots) if s.word == last)
        keys = self._house_keys
        cuts = [c for c in range(start + 1, len(slots)) if romaji_key(
            "".join(s.written for s in slots[c:])) in keys]
        if not cuts:
            return found
        houses = tuple(written for written, _ in self._name_words)

        def across(e: Edge, cut: int) -> bool:
            return e.start < cut < e.end and not (e.end == len(slots) and (
                e.start <= start or e.written.endswith(houses)))

        def split(path: Path) -> bool:  # Seishinsha: 精神 + 社 parts *shinsha* as 精 + 新社 would not
            return all(any(across(e, cut) for e in path.edges) for cut in cuts)

        return repriced(found, [SPLIT_HOUSE_COST if split(p) else 0 for p in found])

    @cached_property
    def _numbers_by_digits(self) -> dict[str, tuple[str, ...]]:
        """A number of two or more digits written digit by digit in kanji (一二 for 12, as
        vertical print writes 12) to the kana of the number (じゅうに)."""
        out: dict[str, list[str]] = {}
        for kana, kanji in self._numbers.items():
            value = _kanji_number_value(kanji)
            if value is not None and value >= 10:
                out.setdefault(str(value).translate(_KANJI_DIGITS), []).append(kana)
        return {digits: tuple(kanas) for digits, kanas in out.items()}

    def _digit_by_digit(self, e: Edge) -> bool:
        """Whether ``e`` writes a number the query spelled out digit by digit in kanji
        (*juni gatsu*: 一二月 for 十二月, *juichigatsu*: 一一月): not a well-formed number.
        Names made of digits read otherwise (三四郎 Sanshirō, 二四三 Nishizō) are kept."""
        if e.source == "text" or _KANJI_DIGITS_SET.isdisjoint(e.written):
            return False  # (a run needs kanji digits: most words have none)
        for run in _DIGIT_RUN.findall(e.written):
            if any(kana in e.kana for kana in self._numbers_by_digits.get(run, ())):
                return True
        return False

    @cached_property
    def _numeral(self) -> Numeral:
        """第 and 約 before a word that is not a number (第日本 for *Dainihon*) cost more."""
        from jpterms.lattice import Numeral
        prefixes = [False] * self._mozc.width
        numbers = [False] * self._mozc.width
        for c in NUMERAL_PREFIX_CONTEXTS:
            if c < len(prefixes):
                prefixes[c] = True
        for c in NUMBER_CONTEXTS:
            if c < len(numbers):
                numbers[c] = True
        return Numeral(prefixes, numbers, UNNUMBERED_COST)

    @cached_property
    def _endings(self) -> list[int]:
        """What ending the query costs after a verb or adjective form, by right context: how
        much more Mozc charges it before 。 than a noun (沿わ, 咲い, 暗けれ need an ending;
        思う, 暗い end a phrase as well as a noun does). Mozc's matrix charges nothing for
        the end of the input after any form."""
        mozc = self._mozc
        stop = _full_stop_context(mozc)
        out = [0] * mozc.width
        if stop is None:
            return out
        noun = mozc.matrix[NOUN_CONTEXT + mozc.width * stop]
        for contexts in STEM_CONTEXTS:
            for c in contexts:
                if c < len(out):
                    out[c] = max(0, mozc.matrix[c + mozc.width * stop] - noun)
        return out

    def _adnominal_start_refund(self, left: int) -> int:
        """What Mozc's matrix charges an adnominal (連体詞) with left context ``left`` more
        than a common noun for beginning a sentence: a title begins with one as often as
        with a noun (*Waga seikatsu* 我が生活, not the noun 我 read わが + 生活)."""
        matrix, width = self._mozc.matrix, self._mozc.width
        return max(0, matrix[width * left] - matrix[width * NOUN_CONTEXT])

    @cached_property
    def _adnominal(self) -> Adnominal:
        """な after a noun that is not a na-adjective (機会な for *Kikai na*) costs more."""
        from jpterms.lattice import Adnominal
        plain = [False] * self._mozc.width
        for c in NOUN_CONTEXTS:
            if c < len(plain) and c not in NA_ADJECTIVE_CONTEXTS:
                plain[c] = True
        return Adnominal(plain, PLAIN_NOUN_NA_COST)

    def _context_flags(self, contexts: Iterable[int]) -> list[bool]:
        """For each context id of Mozc's matrix, whether it is one of ``contexts``."""
        flags = [False] * self._mozc.width
        for c in contexts:
            if c < len(flags):
                flags[c] = True
        return flags

    @cached_property
    def _prefixes(self) -> list[bool]:
        """Right contexts of prefixes (新, 超, 非, お), by id."""
        return self._context_flags(PREFIX_CONTEXTS)

    @cached_property
    def _suffixes(self) -> list[bool]:
        """Left contexts of noun suffixes (人, 語, 社, 氏), by id."""
        return self._context_flags(SUFFIX_CONTEXTS)

    @cached_property
    def _stems(self) -> list[bool]:
        """Left contexts of verb and adjective stems (描か, 咲い, 暗く), by id."""
        stems = [False] * self._mozc.width
        for contexts in STEM_CONTEXTS:
            for c in contexts:
                if c < len(stems):
                    stems[c] = True
        return stems

    @cached_property
    def _bound(self) -> Bound:
        """An ending (れ, た, て) written in kana after its verb or adjective (描か|れ|た) costs
        no more than the word would in one piece: its hiragana penalty is taken back."""
        from jpterms.lattice import Bound
        binds = [False] * self._mozc.width
        for contexts in INFLECTING_CONTEXTS:
            for c in contexts:
                if c < len(binds):
                    binds[c] = True
        refunds = {c: HIRAGANA_PENALTY for contexts in ENDING_CONTEXTS for c in contexts}
        return Bound(refunds, binds)

    @staticmethod
    def _names_shaped(query: str, kind: str | None) -> bool:
        """Whether the query is read as a person's name (``kind`` settles it)."""
        from jpterms.lattice import written_words
        parts = written_words(query)
        words = [w for w, punct, _ in parts if not punct]
        if kind == "name":
            return 2 <= len(words) <= 3
        if kind in ("place", "publisher"):
            return False
        return name_shaped(words, any(hyphen for _, _, hyphen in parts), PARTICLE_WORDS)

    @cached_property
    def _publishers(self) -> Publishers:
        """Publishers no dictionary has (弘文堂, 風間書房), by romaji."""
        return Publishers.bundled()

    @cached_property
    def _name_endings(self) -> tuple[tuple[str, str], ...]:
        return name_endings()

    @cached_property
    def _name_evidence(self) -> NameEvidence:
        """How many people bear each surname and given name, spelled and read one way."""
        return NameEvidence(ReadingIndex.default())

    @cached_property
    def _name_context(self) -> NameContext:
        """The written words a query's context words mark as names: a place before an
        institution, a family name before an office or a clan's suffix, a founder's name
        before a house word, a person's name before words in lower case."""
        from jpterms.name_context import NameContext
        return NameContext(self._citation_rows, _spelling_cost, CLAN_FAMILY_BONUS)

    @cached_property
    def _municipal_lookup(self) -> MunicipalLookup:
        """The municipalities and prefectures of the official list, and the suffixes a query
        writes after them (*Iwakuni-shi* 岩国市, *Miyagi-ken* 宮城県)."""
        from jpterms.municipal_lookup import MunicipalLookup
        return MunicipalLookup(self._citation_rows)

    @cached_property
    def _era_lookup(self) -> EraLookup:
        """Era names where a query spells one: alone (天文), before an event (嘉吉の乱) or a
        year (大正十二年); an era no dictionary offers costs what an unknown word does."""
        from jpterms.era_lookup import EraLookup
        return EraLookup(self._citation_rows, _spelling_cost, LEXICON_COST)

    @cached_property
    def _title_compounds(self) -> TitleCompounds:
        """The compounds a title writes as one word that no dictionary lists (字体注, 鏡花全集,
        遠野物語, 鳥坂城), which a look-up of words adds to its lattice."""
        from jpterms.title_compounds import TitleCompounds
        return TitleCompounds(self._citation_rows)

    @cached_property
    def _lattice_words(self) -> LatticeWords:
        """The words a look-up's lattice gets besides Mozc's own: JMdict's and JMnedict's,
        loanwords, glued title suffixes, classical verb forms, radical sections."""
        from jpterms.lattice_words import LatticeWords
        return LatticeWords(self._mozc, self._words_at, self._mozc_cost, self._citation_rows,
                            lambda: self._title_suffixes, lambda: self._lexicon,
                            lambda: self._ja_frequencies, lambda: self._name_lookup,
                            _spelling_cost, LEXICON_COST, GLUED_PARTICLES, LRU(5_000))

    @cached_property
    def _name_lookup(self) -> NameLookup:
        """How a look-up reads a name-shaped query: the words of its surname and given name,
        their prices and order, and whether a reading is a person's name."""
        from jpterms.name_lookup import NameLookup
        return NameLookup(self._mozc, self._words_at, self._word_cost(), self._name_evidence)

    def _long_across_words(self, e: Edge, slots: list[Slot]) -> bool:
        """Whether ``e`` reads a long vowel out of a vowel ending one written word and the
        vowel beginning the next: its Hepburn (as :meth:`romanize` writes it, where that
        spells ``e``'s reading) is the query's letters over it with that second vowel left
        out (*Seito uta*: 性淘汰 *Seitōta*, *Minanogawa to uzaemon*: 藤左衛門). A writer who
        divides words divides no long vowel; a compound read across the space keeps both
        vowels (生徒運動 *Seito undō* for *Seito undo*)."""
        cuts = [q for q in range(e.start + 1, e.end) if slots[q].first and
                slots[q].written[:1].lower() in "aiueo" and
                slots[q - 1].written[-1:].lower() in "aiueo"]
        if not cuts or e.source == "text":
            return False
        letters = [s.written.lower() for s in slots[e.start:e.end]]
        absorbed = ["".join(letters[:q - e.start]) + letters[q - e.start][1:] +
                    "".join(letters[q - e.start + 1:]) for q in cuts]
        # the Hepburn must spell the reading and one of these: without a cut that spells
        # the reading, no romanisation is made (most words spell none)
        reading = romaji_key(kana_to_romaji(e.kana))
        if all(romaji_key(a) != reading for a in absorbed):
            return False
        hepburn = self.romanize(e.written)
        plain = "".join(ch for ch in strip_macrons(hepburn.lower()) if "a" <= ch <= "z")
        return romaji_key(plain) == reading and plain in absorbed

    @cached_property
    def _stations(self) -> Stations:
        """Station names by reading: the nationwide list (``data/stations.tsv``) as each
        railway writes them, then JMnedict's stations the list lacks."""
        from jpterms.package_data import read_rows

        return Stations(read_rows("stations.tsv"), station_names)

    @cached_property
    def _lexicon(self) -> Lexicon:
        """JMdict and JMnedict by romaji key; the lattice has Mozc and the glossary already."""
        return Lexicon.load(mozc=False)

    @cached_property
    def _kept_words(self) -> frozenset[tuple[str, str]]:
        """Words never pruned from the lattice, as a later step may prefer them: citation
        words, the counters of volumes and issues (巻, 号) a digit may come before, and a
        castle's or a domain's word after its place (城, 藩)."""
        return self._citation_words | self._counter_words | self._title_compounds.seat_words

    @cached_property
    def _compound_voiced(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the parts ``data/rendaku.tsv`` lists read with the voiced
        first sound compounds give them, where JMdict does not list that reading of the
        part itself (時計 どけい, not 頃 ごろ), and the voiced citation words
        (:attr:`_voiced_title_rows`): see :data:`RENDAKU_START_COST`."""
        return frozenset((part, voiced) for part, forms in rendaku_parts().items()
                         for voiced in forms.values() if jmdict_common(part, voiced) is None
                         ) | {(row[1], row[0]) for row in self._voiced_title_rows}

    @cached_property
    def _counter_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the counters of citations, voiced as after a number (版: はん,
        ばん, ぱん)."""
        sounds = {"か": "が", "は": "ばぱ", "へ": "べぺ", "さ": "ざ", "し": "じ"}
        return frozenset((written, changed + kana[1:]) for kana, written in COUNTERS.items()
                         for changed in kana[0] + sounds.get(kana[0], ""))

    @cached_property
    def _citation_rows(self) -> list[list[str]]:
        """The rows of ``data/citation_words.tsv``: kana, written, kind; and the
        :attr:`_voiced_title_rows`."""
        from jpterms.package_data import read_rows

        return read_rows("citation_words.tsv") + self._voiced_title_rows

    @cached_property
    def _voiced_title_rows(self) -> list[list[str]]:
        """Each ``title`` row of ``data/citation_words.tsv`` that JMdict's compounds voice
        (``data/rendaku.tsv``) again with its voiced reading, as it is read after another
        word: 草紙 ぞうし (*Mekura zoshi* めくら草紙, *Otogi zoshi* お伽草紙). Nothing before
        it voices it at a query's start or after a particle written as a word, where
        :meth:`_rescore` drops it (*zoshi no kenkyu* is 増資 "a capital increase")."""
        from jpterms.package_data import read_rows

        voicing = rendaku_parts()
        return [[voicing[row[1]][row[0]], *row[1:]] for row in read_rows("citation_words.tsv")
                if row[2:3] == ["title"] and row[0] in voicing.get(row[1], {})]

    @cached_property
    def _kana_suffixes(self) -> dict[str, str]:
        """Suffix kanji current writing spells in kana, to that kana (達: たち; data file)."""
        from jpterms.package_data import read_rows

        return {row[0]: row[1] for row in read_rows("kana_suffixes.tsv")}

    def _kana_suffixed(self, written: str, kana: str) -> bool:
        """Whether Mozc's word ``written`` (read ``kana``) ends in a suffix that current
        writing spells in kana, and Mozc also lists the word so spelled, read alike (人達
        and 人たち, both ひとたち; not 伊達, whose 達 is no suffix).

        >>> engine = ReverseEngine()
        >>> engine._kana_suffixed("人達", "ひとたち"), engine._kana_suffixed("伊達", "だて")
        (True, False)
        """
        suffix = self._kana_suffixes.get(written[-1:])
        return suffix is not None and len(written) > 1 and kana.endswith(suffix) and \
            self._mozc_cost(kana, written[:-1] + suffix) is not None

    @cached_property
    def _citation_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the words titles and publishers are made of (data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if len(row) >= 2 and not set(row[2:3]) & CONTEXT_KINDS)

    @cached_property
    def _roles(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of what a person did for a work, written after the name (著, 編,
        訳: ``role`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["role"])

    @cached_property
    def _others_romaji(self) -> frozenset[str]:
        """How 'and others' after a name is written in romaji (*hoka*: ``others_after_name``
        of word_division.json), before a role (*Yamada hoka yaku*)."""
        from jpterms.division import rules

        return frozenset(kana_to_romaji(kana).lower()
                         for kana in rules()["others_after_name"]["words"].values())

    @cached_property
    def _owner_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of what a school or library a municipality runs is called after
        its name (市立, 県立, 町立: ``owner`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["owner"])

    @cached_property
    def _house_keys(self) -> frozenset[str]:
        """The romaji keys of :func:`house_words` (*shobo*, *shoten*, *kankokai*) and of
        社 (*sha*)."""
        return frozenset(romaji_key(word) for word in house_words()) | {"sha"}

    @cached_property
    def _title_suffixes(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the citation words that end a title glued to its last word
        (記, 伝, 考, 抄: ``suffix`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if len(row) >= 3 and row[2] == "suffix")

    @cached_property
    def _bound_suffixes(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the title suffixes written only after their noun (史:
        ``bound`` in the data file's fourth column)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[3:4] == ["bound"])

    @cached_property
    def _placed_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the accounts of a journey, named after a place (紀行:
        ``placed`` in the data file's fourth column)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[3:4] == ["placed"])

    @cached_property
    def _name_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the citation words that end a publisher's or a body's name
        (書房, 社, 庁, 省): preferred only where the name ends, before punctuation or at the
        end of the query (*Kyoshi cho* keeps 著, not 庁), and not as a word of its own after a
        particle (*Anto no sho*: no name is 安藤 + の + 省)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if len(row) >= 3 and row[2] in ("publisher", "body"))

    @cached_property
    def _series_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the citation words that name a series or a journal (紀要, 新報,
        年報: ``series`` rows): a journal's name is one compound (法学新報), so as a written word of
        its own after a particle no such word is preferred to a word read otherwise
        (*Kagaku no shinpo* is 科学の進歩 "the progress of science", not a journal 新報); only
        to its homophones (*Kuno no nenkan* 苦悩の年鑑, not 年間)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if len(row) >= 3 and row[2] == "series")

    @cached_property
    def _citation_readings(self) -> dict[str, tuple[str, ...]]:
        by_reading: dict[str, list[str]] = {}
        for written, kana in sorted(self._citation_words):
            by_reading.setdefault(kana, []).append(written)
        return {kana: tuple(words) for kana, words in by_reading.items()}

    def _query_shape(self, edges: list[list[Edge]], slots: list[Slot], query: str,
                     kind: str | None) -> QueryShape:
        """What ``query``'s shape says of its written words, read once for :meth:`_rescore`
        (:class:`jpterms.query_shape.QueryShape`)."""
        from jpterms.query_shape import QueryShape
        return QueryShape.analyse(edges, slots, query, kind, self._name_context,
                                  self._municipal_lookup, self._era_lookup, self._others_romaji)

    @cached_property
    def _voiced_titles(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the :attr:`_voiced_title_rows` (草紙 ぞうし)."""
        return frozenset((row[1], row[0]) for row in self._voiced_title_rows)

    def _rescore(self, edges: list[list[Edge]], slots: list[Slot],
                 query: str, kind: str | None = None) -> list[list[Edge]]:
        """Costs that depend on where a word stands in the query.

        A citation word (紀要, 書房, 集) that ends a written word is preferred to its
        homophones. In a query shaped like a person's name (two or three capitalised
        words, no particles), a surname reading the first word and a given name
        reading the last are preferred to common words (原 卓志, not 腹 タクシー).
        No title begins with a noun suffix (族 of 一族). A name read from a word written
        without its capital costs more (*jinbu* 人部),
        and a person's name read across a hyphen more still (*Go-on* 呉音). A ``kind``
        settles what the query's shape leaves open: a name of two or three words is read as
        a person's name, a place or a publisher not, and a place is a name before a common
        word.

        The query's shape is read once (:meth:`_query_shape`); a word with no place where it
        stands goes (:meth:`_misplaced`), and each step says, from the word, the slots and
        that shape alone, what comes off the word's cost: a word read whole or over several
        written words (:meth:`_compound_costs`), a name a context word marks
        (:meth:`_context_name_costs`), a municipality's or a clan's suffix
        (:meth:`_suffix_costs`), citation words, years and counters
        (:meth:`_citation_costs`), the glossary's preferences kept or taken back
        (:meth:`_glossary_costs`), a person's name (:meth:`_person_name_costs`), capitals and
        hyphens (:meth:`_capital_costs`), particles and pronouns (:meth:`_particle_costs`),
        suffixes, prefixes and function words where they cannot stand
        (:meth:`_word_class_costs`) and a look-up's kind (:meth:`_kind_costs`). In a query
        shaped like a person's name, a name JMnedict gives no type is then typed by its place
        (:meth:`_name_part_typed`). A step the shape rules out is not asked (no suffix after
        a hyphen, no person's name, no kind), nor a step for some words (Mozc's, the
        glossary's, particles and pronouns) about others.
        """
        shape = self._query_shape(edges, slots, query, kind)
        # (the steps bound once, and those the shape rules out left out: a lattice has
        # some hundreds of words, three in four of them Mozc's)
        misplaced, compound_costs = self._misplaced, self._compound_costs
        context_name_costs, citation_costs = self._context_name_costs, self._citation_costs
        glossary_costs, capital_costs = self._glossary_costs, self._capital_costs
        particle_costs, word_class_costs = self._particle_costs, self._word_class_costs
        suffix_costs = self._suffix_costs if shape.suffixed or shape.clans else None
        person_name_costs = self._person_name_costs \
            if shape.led or shape.name_shaped else None
        kind_costs = self._kind_costs if kind in ("place", "publisher") else None
        name_part_typed = self._name_part_typed if shape.name_shaped else None
        out = []
        for row in edges:
            new_row = []
            for e in row:
                source = e.source  # (and the steps for some words only, for those alone)
                if source in ("particle", "citation") and misplaced(e, slots, shape):
                    continue
                bonus = compound_costs(e, slots, shape) + context_name_costs(e, slots, shape) \
                    + citation_costs(e, row, slots, shape) + capital_costs(e, slots, shape)
                if source == "mozc":
                    bonus += word_class_costs(e, slots, shape)
                elif source == "glossary":
                    bonus += glossary_costs(e, slots, shape)
                if source == "particle" or e.left in PRONOUN_CONTEXTS:
                    bonus += particle_costs(e, slots, shape)
                if suffix_costs is not None:
                    bonus += suffix_costs(e, slots, shape)
                if person_name_costs is not None:
                    bonus += person_name_costs(e, slots, shape)
                if kind_costs is not None:
                    bonus += kind_costs(e, slots, shape)
                if name_part_typed is not None:
                    e = name_part_typed(e, slots, shape)
                new_row.append(e.priced(e.cost - bonus) if bonus else e)
            out.append(new_row)
        return out

    def _misplaced(self, e: Edge, slots: list[Slot], shape: QueryShape) -> bool:
        """Whether ``e`` has no place where it stands: a particle of two kana or less read
        from a capitalised written word of its own that spells no particle (*Tono*
        (*monogatari*) is a name, 遠野; *tono* (*kaidan*) is との), or a citation word voiced as
        after another word (:attr:`_voiced_titles`) at the query's start or after a particle
        written as a word (*zoshi no kenkyu*: 増資; 草紙 ぞうし only after its word)."""
        first_slot = slots[e.start]
        if e.source == "particle" and first_slot.word == slots[e.end - 1].word \
                and len(e.kana) < 3:
            written = "".join(s.written for s in slots[e.start:e.end])
            if first_slot.capital and written.lower() not in PARTICLE_WORDS:
                return True
        return e.source == "citation" and (e.written, e.kana) in self._voiced_titles and \
            (e.written, e.kana) in self._compound_voiced and (e.start == 0 or (
                first_slot.first and first_slot.word - 1 in shape.particle_words))

    def _compound_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost as a written word read whole, a compound over several,
        or a part voiced as only a compound voices it: a dictionary word of
        :data:`WHOLE_WORD_KANJI` kanji or more over one written word (*Seibunho*: 成文法, not
        成分 + 法); Mozc's number word after a written word that is no particle (*Kocho
        sandai*: 校長三代, not 校長参内); a compound over several written words (東洋文庫 over
        "Toyo bunko"; JMdict's kanji, more: *Kaijo hoken* 海上保険), not over a particle
        written as a word of its own (*Shina no e*: 支那の, not 信濃); a compound's voiced
        part at the query's start or after such a particle (:data:`RENDAKU_START_COST`:
        *Doke no hana* 道化, not 時計 read どけい)."""
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        bonus = 0
        if (e.start == 0 or (first_slot.first and first_slot.word - 1 in shape.particle_words)
                ) and (e.written, e.kana) in self._compound_voiced:
            bonus -= RENDAKU_START_COST  # Doke no hana: 道化, not 時計 read どけい
        if not (first_slot.first and last_slot.last):
            return bonus
        written, source = e.written, e.source
        if not shape.name_shaped and first_slot.word == last_slot.word and \
                source in ("mozc", "jmdict") and len(written) >= WHOLE_WORD_KANJI and \
                all(map(is_kanji, written)) and e.left not in PROPER_CONTEXTS and \
                e.kind not in PROPER_NAME_KINDS:
            bonus += WHOLE_WORD_BONUS  # Seibunho: 成文法, not 成分 + 法
        if source == "mozc" and e.left in NUMBER_CONTEXTS and first_slot.word > 0 and \
                first_slot.word - 1 not in shape.particle_words and not shape.name_shaped \
                and len(written) > 1:
            bonus += NUMBER_WORD_REFUND  # Kocho sandai: 校長三代, not 校長参内
        if source != "text":
            spanned = last_slot.word - first_slot.word
            if spanned and shape.particle_swallowed(e, slots):
                bonus -= SWALLOWED_PARTICLE_COST  # Shina no e: 支那の, not 信濃
            elif spanned and not shape.particle_inside(e, slots):  # 東洋文庫 over "Toyo bunko"
                bonus += COMPOUND_BONUS * spanned
                if source == "jmdict" and e.kind == "word" and all(map(is_kanji, written)) \
                        and not any(shape.parts[w][2] for w in range(first_slot.word,
                                                                     last_slot.word + 1)):
                    bonus += LISTED_COMPOUND_BONUS  # Kaijo hoken: 海上保険
        return bonus

    def _context_name_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost as a word a context word marks, read over one whole
        written word: a founder's family name before a house word (*Harashobo*: 原書房, not
        腹), what a municipality runs after its capitalised name (*Hiroshima shiritsu*: 市立,
        not 私立 "private"), a place before an institution (*Saiki yubinkyoku*: 佐伯, not
        再起), a role after a person's name (*Natsume Soseki cho*: 著, not 庁), a family name
        before an office, and no common word there (*genba gaimu daijin*: 玄葉, not 現場;
        *kono gaimu daijin*: 河野, not この)."""
        bonus = 0
        if (e.start, e.end) == shape.house_stem and \
                (e.left == SURNAME_CONTEXT or e.kind == "surname"):
            bonus += HOUSE_FAMILY_BONUS  # Harashobo: 原書房, not 腹 "belly"
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        if not (first_slot.first and last_slot.last and first_slot.word == last_slot.word):
            return bonus
        word, pair = first_slot.word, (e.written, e.kana)
        if word - 1 in shape.capitals and word - 1 not in shape.particle_words and \
                pair in self._owner_words:
            bonus += OWNER_BONUS  # Hiroshima shiritsu: 市立, not 私立 "private"
        if word in shape.placed and (e.left == _PLACE or e.kind in ("place", "station")):
            bonus += INSTITUTION_PLACE_BONUS  # Saiki yubinkyoku: 佐伯, not 再起
        if word in shape.credited and pair in self._roles:
            bonus += ROLE_BONUS  # Natsume Soseki cho: 著, not 庁
            if shape.parts[word - 1][0] in self._others_romaji:
                # after "and others" nothing but a role is said: Kita Kenji hoka
                # cho 著, though 庁 follows the particle ほか more cheaply
                bonus += ROLE_BONUS
        if word in shape.holders:
            if e.left == SURNAME_CONTEXT or e.kind == "surname":
                bonus += OFFICE_FAMILY_BONUS  # genba gaimu daijin: 玄葉, not 現場
            elif e.left not in PROPER_CONTEXTS and e.kind not in PROPER_NAME_KINDS and \
                    e.source != "text":
                bonus -= OFFICE_COMMON_COST  # kono gaimu daijin: 河野, not この
        return bonus

    def _suffix_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost where a hyphen joins a municipality's suffix to a
        written word (*Iwakuni-shi*: 市, not 史; the place before it, *Kani-shi*: 可児, not
        カーニー; not a word across, *Saga-shi*: 佐賀 + 市, not 探し; the municipality as one
        word, さいたま市) or a clan's or a house's (*Kishida-shi*: 氏, not 史 or 死; the family
        name before it, *Hojo-shi*: 北条, not 補助)."""
        suffixed, clans = shape.suffixed, shape.clans
        if not suffixed and not clans:
            return 0
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        first, last = first_slot.word, last_slot.word
        one_word = first_slot.first and last_slot.last and first == last
        bonus = 0
        municipal = self._municipal_lookup
        if one_word and first + 1 in suffixed and municipal.names_municipality(
                e, shape.parts[first + 1][0], suffixed[first + 1], shape.prefectures):
            bonus += MUNICIPAL_SUFFIX_BONUS  # Kani-shi: 可児, not カーニー
        if last in suffixed and last_slot.last:
            if first == last and first_slot.first:
                # Iwakuni-shi: 市, not 史
                bonus += MUNICIPAL_SUFFIX_BONUS if (e.written, e.kana) in \
                    municipal.suffixes else -MUNICIPAL_SUFFIX_BONUS
            elif first < last and not any(e.written.endswith(w) and e.kana.endswith(k)
                                          for w, k in municipal.suffixes):
                bonus -= MUNICIPAL_ACROSS_COST  # Saga-shi: 佐賀 + 市, not 探し
            elif first < last and (municipal.listed(
                    e.written, romaji_key(kana_to_romaji(e.kana)), shape.prefectures) or (
                        last in shape.place_led and e.source != "text" and
                        e.written.endswith(suffixed[last]))):
                # the municipality as one word, as the split is: さいたま市 (and
                # for *Yashima-machi* Mozc's place 矢島町)
                bonus += MUNICIPAL_SUFFIX_BONUS
        if last_slot.last and last in clans and first + 1 >= last:
            # Kishida-shi: 氏, not 史 or 死; 北条氏 as one word, not 森石 across
            clan = clans[last]
            bonus += CLAN_SUFFIX_BONUS if first_slot.first and e.written.endswith(clan) and \
                (first == last or e.written != clan) else -CLAN_OTHER_COST
        if one_word and first + 1 in clans and \
                (e.left == SURNAME_CONTEXT or e.kind == "surname"):
            bonus += CLAN_FAMILY_BONUS  # Hojo-shi: 北条, not 補助
        return bonus

    def _citation_costs(self, e: Edge, row: list[Edge], slots: list[Slot],
                        shape: QueryShape) -> int:
        """What comes off ``e``'s cost as a citation word that ends a written word (a title
        suffix glued to the last, more: *Jimokuki* 耳目記, not 耳目期), an era's year
        (*Taisho juninen*: 大正十二年, not 対処) or a counter after digits (*dai 2-kan*: 第2巻).
        No citation word is preferred in a year after an era or a number (*Tenbun nenkan*
        天文年間), a publisher's or a body's word inside a name or after a particle, a
        series' word after a particle against a word read otherwise (*Kagaku no shinpo*
        科学の進歩, where ``row`` holds the words that begin where ``e`` does), a bound suffix
        after a genitive syllable (*Heitaino shi*: 兵隊の死, not 兵隊の史) or an account of a
        journey after no capitalised word (*hyoka kiko*: 機構)."""
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        e_start, e_end, pair = e.start, e.end, (e.written, e.kana)
        whole = first_slot.first and last_slot.last
        bonus = 0
        years = shape.years
        if last_slot.last and pair in self._citation_words and \
                len(slots) > e_end - e_start and not (
                    e_start in years and (first_slot.word - 1 in shape.eras or
                                          e_start in shape.counted)) and not (
                    pair in self._name_words and (
                        (e_end < len(slots) and slots[e_end].options) or (
                            first_slot.first and
                            first_slot.word - 1 in shape.particle_words))) and not (
                    pair in self._series_words and whole and
                    first_slot.word - 1 in shape.particle_words and
                    any(o.end == e_end and o.kana != e.kana for o in row)) and not (
                    whole and pair in self._bound_suffixes and
                    e_start > 0 and slots[e_start - 1].written.lower() in
                    GENITIVE_SYLLABLES) and not (  # Heitaino shi: 兵隊の死, not 兵隊の史
                    whole and pair in self._placed_words and
                    not shape.after_capital(first_slot.word)):  # hyoka kiko: 機構
            bonus += CITATION_BONUS_PER_KANA * len(e.kana) + (
                CITATION_WORD_BONUS if whole else 0)
            if e_end == len(slots) and not shape.name_shaped and (
                    not first_slot.first or (
                        whole and first_slot.word > 0 and
                        first_slot.word - 1 not in shape.particle_words)) \
                    and pair in self._title_suffixes:
                bonus += TITLE_SUFFIX_BONUS  # Jimokuki: 耳目記, not 耳目期
        if years and e_end in years and whole:
            table = self._era_lookup.table
            if e.written in table and e.kana in table.readings(e.written):
                # Taisho juninen: 大正十二年, not 対処; Tenpo 3-nen: 天保, long vowel and all
                bonus += ERA_YEAR_BONUS + (_spelling_cost(slots, e_start, e_end, e.kana) or 0)
        if e_start and slots[e_start - 1].fixed.isdigit() and pair in self._counter_words:
            bonus += COUNTER_BONUS  # dai 2-kan: 第2巻, as catalogues write volumes
        return bonus

    def _glossary_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off a glossary word's cost (negative: the preference the glossary gave
        it taken back, :meth:`_term_surcharge`): a publisher's word inside a name (*shobo
        honbu*: 消防本部, not 書房 + 本部), a term some homophone shares (*kiko*: 機構, not 寄稿
        or 寄港), a term read from a capitalised word (*Josei*: 女性, not 情勢) or in a query
        no other word of which is the glossary's (*Yarigatake kiko*: 紀行), a family name the
        glossary cut from a person's row read from a word in lower case (*amari ni*: あまりに,
        not 甘利 + に)."""
        if e.source != "glossary":
            return 0
        bonus = 0
        first_slot = slots[e.start]
        if (e.written, e.kana) in self._name_words and \
                e.end < len(slots) and slots[e.end].options:
            # a publisher's word inside a name (*shobo honbu*: 消防本部, not 書房 +
            # 本部) keeps no glossary preference: it costs what Mozc charges for it
            bonus -= self._term_surcharge(e, 0)
        elif e.kind == "term" and e.kana in self._homophone_terms:
            bonus -= self._term_surcharge(e, 0)  # kiko: 機構, not 寄稿 or 寄港
        elif e.kind == "term" and first_slot.capital:
            bonus -= self._term_surcharge(e, CAPITAL_TERM_EDGE)  # Josei: 女性, not 情勢
        elif e.kind == "term" and shape.word_count > 1 and not shape.policy_context(e, slots):
            bonus -= self._term_surcharge(e, PLAIN_TERM_EDGE)  # Yarigatake kiko: 紀行
        if first_slot.word not in shape.capitals and self._cut_family_name(e):
            # amari ni: あまりに, not 甘利 (a minister's family name) + に
            bonus -= self._term_surcharge(e, 0) + LOWERCASE_NAME_COST
        return bonus

    @staticmethod
    def _person_name_costs(e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost in a person's name: in a query shaped like one, a
        surname reading the first written word and a given name the last (*Adachi Seifu*:
        清風, not 政府 nor the glossary's 政府); in a name of two capitalised words a title in
        lower case goes on from, a surname the first and a given name the second, and no
        common word over them (*Adachi Seifu nikki*: 安達清風, not 足立政府; *Fujikawa Yu den*:
        游 + 伝, not 油田 across)."""
        if not shape.led and not shape.name_shaped:
            return 0
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        whole = first_slot.first and last_slot.last
        first, last, left = first_slot.word, last_slot.word, e.left
        bonus = 0
        if shape.led and first <= 1 < last:
            bonus -= COMMON_GIVEN_COST  # Fujikawa Yu den: 游 + 伝, not 油田 across
        elif shape.led and whole and first == last < 2:
            if left == SURNAME_CONTEXT and first == 0:
                bonus += SURNAME_BONUS  # Adachi Seifu nikki: 安達
            elif first == 1 and (left == GIVEN_NAME_CONTEXT or (
                    e.source == "jmnedict" and e.kind in GIVEN_KINDS)):
                bonus += NAME_BONUS
            elif first == 1 and left not in PROPER_CONTEXTS and \
                    e.kind not in PROPER_NAME_KINDS and e.source != "text":
                bonus -= COMMON_GIVEN_COST + (  # Seifu nikki: 清風, not 政府
                    GLOSSARY_GIVEN_COST if e.source == "glossary" else 0)
        if not shape.name_shaped:
            return bonus
        last_word = shape.last_word
        if whole:
            if left == SURNAME_CONTEXT and first == 0 and last == 0:
                bonus += SURNAME_BONUS
            elif (left == GIVEN_NAME_CONTEXT and first == last == last_word) or (
                    left == PERSON_NAME_CONTEXT and first == 0 and last == last_word):
                bonus += NAME_BONUS
        if last_word and first == last_word and left not in PROPER_CONTEXTS and \
                e.kind not in GIVEN_KINDS and e.source != "text":
            bonus -= COMMON_GIVEN_COST  # Seifu: a given name, not 政府
        if last_word and first == last_word and e.source == "glossary" and first_slot.first:
            bonus -= GLOSSARY_GIVEN_COST  # Adachi Seifu: 清風, not the glossary's 政府
        return bonus

    def _capital_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost for the capitals and hyphens of the words it reads: a
        name read from a word in lower case costs more (*jinbu*: 人部, not 神部), one a capital
        marks inside a title in sentence case less (*Zoku-Basho zakki*: 芭蕉, not 場所), a
        place read from a capitalised word pays no long vowel where it is the commonest word
        so spelled (*Tokai*: 東海, not 都会); a Japanese name in katakana (*Ishikawa*: 石川,
        not イシカワ) and a person's name across a hyphen (*Go-on*: 呉音, not 後恩) cost
        more."""
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        left, source = e.left, e.source
        bonus = 0
        if first_slot.word not in shape.capitals and source not in ("glossary", "text") and (
                left in PROPER_CONTEXTS or e.kind in PROPER_NAME_KINDS) and \
                not (shape.holders and shape.office_holder(e, slots)):
            bonus -= LOWERCASE_NAME_COST  # jinbu: 人部, not 神部
        if shape.named_spans and (e.start, e.end, e.written) in shape.named_spans:
            bonus += CAPITAL_PROPER_BONUS  # Zoku-Basho zakki: 芭蕉, not 場所
        if first_slot.first and last_slot.last and first_slot.capital and \
                left in PLACE_CONTEXTS and first_slot.word == last_slot.word:
            bonus += self._commonest_place_refund(slots, e)  # Tokai 東海, not 都会
        if e.written and "\u30a1" <= e.written[0] <= "\u30ff" and (
                (left in PERSON_CONTEXTS and source == "mozc") or
                e.kind == "foreign-name") and \
                self._katakana_for_native(e, shape.capitals, slots):
            bonus -= KATAKANA_NAME_COST  # Ishikawa: 石川, not イシカワ
        if left in PERSON_CONTEXTS and last_slot.word > first_slot.word and any(
                shape.parts[w][2] for w in range(first_slot.word, last_slot.word + 1)):
            bonus -= HYPHEN_PERSON_COST  # Go-on: 呉音, not a person 後恩
        return bonus

    @staticmethod
    def _particle_costs(e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost as a particle or a pronoun where it stands: a final
        particle before more of its written word or after a particle written as a word (*yo
        na*: ような), a pronoun next to a particle written as a word (*Yo to mannenhitsu*: 余,
        then 予, not 用) or before one glued onto it (*Yoga*: 余が, not ヨガ), a particle that
        begins the query before more (*To shishun*: 杜子春, not と); は after *no* ending the
        query costs more (*Ichijikuno ha*: の葉, not のは)."""
        first_slot = slots[e.start]
        e_start, e_end, left, source = e.start, e.end, e.left, e.source
        bonus = 0
        if source == "particle":
            if left in FINAL_PARTICLE_CONTEXTS and ((
                    e_end < len(slots) and not slots[e_end].fixed) or (
                        first_slot.first and first_slot.word - 1 in shape.particle_words)):
                # yo na: ような; a final よ ends a sentence, and follows no particle
                # written as a word (Hasegawakun to yo: 長谷川君と余 among the five)
                bonus += PARTICLE_COST
            if e.written == "は" and e_end == len(slots) and e_start > 0 and \
                    slots[e_start - 1].written.lower() == "no":
                bonus -= FINAL_TOPIC_COST  # Ichijikuno ha: の葉, not のは
            if e_start == 0 and e_end < len(slots) and left in FUNCTION_CONTEXTS:
                bonus += PARTICLE_COST - START_FUNCTION_COST  # To shishun: 杜子春, not と
            return bonus
        if left not in PRONOUN_CONTEXTS or source != "mozc":
            return bonus
        last_slot = slots[e_end - 1]
        if first_slot.first and last_slot.last and first_slot.word == last_slot.word and (
                first_slot.word - 1 in shape.particle_words or
                first_slot.word + 1 in shape.particle_words) and \
                _spelling_cost(slots, e_start, e_end, e.kana) == 0:
            bonus += PRONOUN_BONUS - (  # Yo to mannenhitsu: 余, then 予, not 用 (よう)
                0 if _unidic_lemma(e.written) == e.written else PRONOUN_VARIANT_COST)
        elif _before_glued_particle(slots, e_start, e_end) and \
                _spelling_cost(slots, e_start, e_end, e.kana) == 0:
            bonus += GLUED_PRONOUN_BONUS - (  # Yoga: 余が, then 予が, not ヨガ
                0 if _unidic_lemma(e.written) == e.written else PRONOUN_VARIANT_COST)
        return bonus

    def _word_class_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off a Mozc word's cost for its class (Mozc's context) where it stands:
        a noun suffix that begins the query or a written word (*Zokusaiho*: 続 + 西方, not
        族 + 再訪; *Matsue inshoki*: 印象記, not 員 + 初期), a name's suffix that begins a
        written word (*Seinen to shi*: 青年と死, not 青年と子), a one-kanji prefix that ends the
        query (*Karenosho*: 枯野抄, not 初), an auxiliary's stem or a function word that
        begins it or a written word (*Nojokaiho*: 農場開放, not の + 女), and a suffix in kanji
        that current writing spells in kana (*Anitachi*: 兄たち, not 兄達) cost more; an
        adnominal that begins the query costs what a noun there does (*Waga seikatsu*:
        我が)."""
        if e.source != "mozc":
            return 0
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        e_start, e_end, e_written, left = e.start, e.end, e.written, e.left
        bonus = 0
        if e_written[-1:] in self._kana_suffixes and self._kana_suffixed(e_written, e.kana):
            bonus -= KANA_SUFFIX_COST  # Anitachi: 兄たち, not 兄達
        if left == _NAME_SUFFIX and first_slot.first:
            bonus -= NAME_SUFFIX_WORD_COST  # Seinen to shi: 青年と死, not 青年と子
        if e_start == 0 and first_slot.first and last_slot.last and \
                first_slot.word == last_slot.word and e_end < len(slots) and \
                left in ADNOMINAL_CONTEXTS and e.right == left and not shape.name_shaped and \
                _spelling_cost(slots, e_start, e_end, e.kana) == 0:
            # Waga seikatsu: 我が; not 当の (とうの) for *Tono monogatari*
            bonus += self._adnominal_start_refund(left)
        if left in PREFIX_CONTEXTS and len(e_written) == 1 and e_start > 0 and \
                e_end == len(slots):
            bonus -= END_PREFIX_COST  # Karenosho: 枯野抄 among the five, not 初
        if left in AUXILIARY_STEM_CONTEXTS and e_start == 0 and e_end < len(slots):
            bonus -= START_FUNCTION_COST  # Yo to mannenhitsu: 余 or 予, not 様
        if left in FUNCTION_CONTEXTS and (e_start == 0 or (
                first_slot.first and not last_slot.last)):
            bonus -= START_FUNCTION_COST  # Nojokaiho: 農場開放, not の + 女
        if e_start == 0 and slots[0].capital and left in SUFFIX_CONTEXTS:
            bonus -= START_SUFFIX_COST  # Zokusaiho: 続 + 西方, not 族 + 再訪
        elif e_start and len(e_written) == 1 and first_slot.first and not last_slot.last and \
                left in SUFFIX_CONTEXTS and self._leads_written_word(e, slots):
            bonus -= LEADING_SUFFIX_COST  # Matsue inshoki: 印象記, not 員 + 初期
        return bonus

    def _kind_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
        """What comes off ``e``'s cost for the look-up's kind: a common word over the whole
        of a place costs more (*Hara* as a place: 原, not 腹); a publisher or a body over
        whole written words of a publisher costs less (*Kenkyusha*: 研究社, not 研究者), and
        社 ending its last written word (*Kiseisha*: 規制 + 社, not 規制者)."""
        kind = shape.kind
        if kind == "place":
            if e.start == 0 and e.end == len(slots) and e.left not in PROPER_CONTEXTS and \
                    e.kind not in PROPER_NAME_KINDS and e.source not in ("text", "glossary"):
                return -PLACE_COMMON_COST  # Hara as a place: 原, not 腹
            return 0
        if kind != "publisher":
            return 0
        first_slot = slots[e.start]
        if first_slot.first and slots[e.end - 1].last and self._is_body(e, slots):
            return PUBLISHER_BONUS  # Kenkyusha as a publisher: 研究社, not 研究者
        if not first_slot.first and e.end == len(slots) and \
                (e.written, e.kana) == COMPANY_SUFFIX:
            return COMPANY_SUFFIX_BONUS  # Kiseisha: 規制 + 社, not 規制者
        return 0

    @staticmethod
    def _name_part_typed(e: Edge, slots: list[Slot], shape: QueryShape) -> Edge:
        """``e``, where it is a name JMnedict gives no type (茂時 for *Shigetoki*) read over
        the first or the last written word of a query shaped like a person's name, typed
        as the part of a person's name its place says: a surname first, a given name
        last."""
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        if not (e.kind == "name" and e.source == "jmnedict" and first_slot.first and
                last_slot.last and first_slot.word == last_slot.word and
                first_slot.word in (0, shape.last_word)):
            return e
        from jpterms.lattice import new_edge
        context = SURNAME_CONTEXT if first_slot.word == 0 else GIVEN_NAME_CONTEXT
        return new_edge(e.start, e.end, e.written, e.kana, context, context, e.cost,
                        e.source, e.kind)

    def _prefer_field_heads(self, edges: list[list[Edge]],
                            slots: list[Slot]) -> list[list[Edge]]:
        """``edges`` with :data:`FIELD_HEAD_BONUS` taken off each dictionary word of two
        kanji or more that ends a written word right before an office or a body named
        after its field (``field_bodies.offices`` of word_division.json: 大臣, 本部, 委員会)
        and names a field a government body is named after (:meth:`_names_field`): a
        minister, a bureau, a headquarters is named after what it governs (商工大臣 for
        *Shoko daijin*, as 商工省, not 証拠 "evidence"; 陸軍航空本部, as 航空局, not 国)."""
        offices = self._field_offices
        # the slots that begin a written word some office or body ends
        before = [slots[p].first and any(slots[t.end - 1].last and t.written.endswith(offices)
                                         for t in row) for p, row in enumerate(edges)]
        if not any(before):
            return edges
        out = []
        for row in edges:
            new_row = []
            for e in row:
                if e.end < len(slots) and before[e.end] and len(e.written) > 1 and \
                        slots[e.end - 1].last and e.source in ("mozc", "jmdict") and \
                        all(map(is_kanji, e.written)) and self._names_field(e.written, e.kana):
                    e = e.priced(e.cost - FIELD_HEAD_BONUS)
                new_row.append(e)
            out.append(new_row)
        return out

    @cached_property
    def _field_offices(self) -> tuple[str, ...]:
        """The offices and bodies named after a field (``field_bodies.offices`` of
        word_division.json: 大臣, 長官, 本部, 委員会)."""
        from jpterms.division import rules

        return tuple(rules()["field_bodies"]["offices"])

    def _names_field(self, written: str, kana: str) -> bool:
        """Whether Mozc lists ``written`` with a government body's word after it
        (``field_bodies.bodies`` of word_division.json: 省, 庁, 局), as a field such a body
        governs (cached; three trie steps at most).

        >>> from jpterms.glossary import Glossary
        >>> engine = Glossary.bundled().reverse_engine
        >>> engine._names_field("商工", "しょうこう"), engine._names_field("証拠", "しょうこ")
        (True, False)
        """
        from jpterms.division import rules

        key = (written, kana)
        found: bool | None = self._field_heads.get(key)
        if found is None:
            mozc = self._mozc
            node = mozc.walk(mozc.ROOT, kana)
            found = False
            if node is not None:
                for body, reading in rules()["field_bodies"]["bodies"].items():
                    end = mozc.walk(node, reading)
                    if end is not None and any(w.written == written + body
                                               for w in self._words_at(end)):
                        found = True
                        break
            self._field_heads.put(key, found)
        return found

    @staticmethod
    def _leads_written_word(e: Edge, slots: list[Slot]) -> bool:
        """Whether ``e`` is a one-kanji noun suffix of Mozc's that begins a written word
        after the first and leaves more of that word than a particle: a writer who parts a
        suffix from its word writes it apart (*Matsue in shoki*), and one who writes a word
        whole does not begin it with the last word's suffix (*Matsue inshoki* 印象記, not
        員 + 初期). A particle may follow one (*Chiisaki monoe* 小さき者へ)."""
        if e.source != "mozc" or e.left not in SUFFIX_CONTEXTS or len(e.written) != 1 or \
                e.start == 0 or not slots[e.start].first or slots[e.end - 1].last:
            return False
        rest = []
        for s in slots[e.end:]:
            rest.append(s.written)
            if s.last:
                break
        return "".join(rest).lower() not in PARTICLE_WORDS

    def _is_body(self, e: Edge, slots: list[Slot]) -> bool:
        """Whether ``e`` is a publisher (:mod:`jpterms.publishers`' list) or a company or
        body (Mozc's context of organisations, JMnedict's types), however it was found:
        Mozc also lists 研究社, as a common noun."""
        if e.source == "publisher" or e.kind in _BODY_KINDS or e.left == _BODY:
            return True
        romaji = "".join(s.written for s in slots[e.start:e.end])
        return any(p.written == e.written for p in self._publishers.spellings(romaji)) or \
            not name_types(e.written, e.kana).isdisjoint(_BODY_KINDS)

    @staticmethod
    def _katakana_for_native(e: Edge, capitals: Container[int], slots: list[Slot]) -> bool:
        """Whether ``e`` writes in katakana a Japanese person's name (Mozc's person
        contexts), or is a foreign name read from a word written in lower case, whose
        reading Mozc also writes in kanji (イシカワ for いしかわ: 石川)."""
        if not e.written or not is_katakana(e.written[0]) or \
                not all(is_katakana(ch) for ch in e.written):
            return False
        if not ((e.left in PERSON_CONTEXTS and e.source == "mozc") or (
                e.kind == "foreign-name" and slots[e.start].word not in capitals)):
            return False
        return any(is_kanji(ch) for written in mozc_costs(e.kana) for ch in written)

    @staticmethod
    def _is_one_name(query: str) -> bool:
        """A query of one or two capitalised words (Ikezuki, Shin-Yokohama) may be a place."""
        words = query.replace("-", " ").split()
        return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words[:1]) and \
            all(w.isalpha() for w in words)

    def search(self, query: str, limit: int = 5, kind: str | None = None) -> list[Match]:
        """The best Japanese readings of ``query``, best first, each a different spelling
        (``kind``: "title", "name", "place" or "publisher" where the caller knows it)."""
        if kind is not None and kind not in LOOKUP_KINDS:
            raise ValueError(f"unknown kind {kind!r}: use one of {', '.join(LOOKUP_KINDS)}")
        query = normalize_romaji(query).strip()
        if not query or limit <= 0:
            return []
        inverted = _INVERTED_NAME.fullmatch(query)
        if inverted:  # Murakami, Haruki: a catalogue's heading, a name surname first
            query = f"{inverted[1]} {inverted[2]}"
        if kind in (None, "name"):
            query = hyphens_as_name(query)
        key = (query, limit, kind)
        with self._lock:
            cached: list[Match] | None = self._results.get(key)
            if cached is None:
                cached = self._search(query, limit, kind)
                self._results.put(key, cached)
        return list(cached)

    def japanese(self, text: str) -> Match | None:
        """A query written in Japanese, looked up as what it is: its kana as
        :meth:`jpterms.Romanizer.explain` reads it, its Hepburn as :meth:`romanize` writes
        it, and its English (the glossary's entry, JMnedict's person or work, JMdict's
        senses for that reading, else word by word). None where it has no Japanese word.

        >>> m = ReverseEngine().japanese("東京")
        >>> m.kanji, m.kana, m.romaji, m.english
        ('東京', 'とうきょう', 'Tōkyō', 'Tokyo')
        """
        from jpterms.lattice import Edge
        read = [w for w in self.romanizer.explain(text) if w.kana]
        if not read:
            return None
        kana = _spelled_kana(text, read)
        edges = [Edge(i, i + 1, w.text, word_kana(w.text, w.kana), 0, 0, 0,
                      "glossary" if "glossary" in w.source else "jmdict")
                 for i, w in enumerate(read)]
        whole = Edge(0, len(edges), text, kana, 0, 0, 0, "glossary")
        entry = self._entry(whole) if len(edges) > 1 else None
        person = person_gloss(text, kana, self._hepburn(text, kana)) if len(edges) > 1 else ""
        senses = "; ".join(word_glosses(text, kana)) if len(edges) > 1 else ""
        work = work_gloss(text, kana) if len(edges) > 1 and not senses else ""
        english = (entry.english if entry is not None else "") or person or senses or work \
            or self._english(edges)
        if entry is not None or (len(edges) == 1 and edges[0].source == "glossary"):
            source = "glossary"
        else:
            source = "jmnedict" if person or work else "jmdict" if english else "romanize"
        words = tuple(Match(w.text, e.kana, w.romaji, partial(self._gloss, e), e.source, 0.0)
                      for w, e in zip(read, edges, strict=True)) if len(edges) > 1 else ()
        return Match(text, kana, self.romanize(text), english, source, 1.0, words)

    def _kana(self, path: Path) -> str:
        """The kana of a reading, where kanji or kana the query wrote (東京 *daigaku*) are
        read as :meth:`jpterms.Romanizer.explain` reads them."""
        if all(e.source != "text" or e.kana or not e.written for e in path.edges):
            return path.kana
        out: list[str] = []
        run: list[str] = []
        for e in (*path.edges, None):
            if e is not None and e.source == "text" and any(map(is_japanese_char, e.written)):
                run.append(e.written)
                continue
            if run:
                written = "".join(run)
                out.append(_spelled_kana(written, self.romanizer.explain(written)))
                run = []
            if e is not None:
                out.append(e.kana)
        return "".join(out)

    def _search(self, query: str, limit: int, kind: str | None = None) -> list[Match]:
        from jpterms.lattice import query_slots
        found = [(path, query) for path in self.paths(query, limit=limit, kind=kind,
                                                      spare=SPARE_READINGS)]
        swapped = self._western_order(query, kind) if found else None
        if swapped is not None:  # Haruki Murakami: 村上春樹 as Murakami Haruki, not 春樹村上
            slots = query_slots(swapped)
            # the other order costs more only where the order as written reads as a name
            # too (Kana Akatsuki: 神奈暁 or 暁佳奈); else it is the person's name (Tamaki Yano:
            # 玉木矢野 is none). Its readings as a person take their places among the
            # readings as written by cost, first only where cheaper: 暁佳奈 second after
            # 神奈暁 (it was left out wherever the order as written read better)
            mine = query_slots(query)
            names = self._name_lookup
            extra = WESTERN_ORDER_COST if names.reads_as_name(found[0][0]) and \
                not names.given_in_first_word(found[0][0], mine) else 0
            people = [path for path in self.paths(swapped, limit=limit, kind=kind,
                                                  spare=SPARE_READINGS)
                      if names.reads_as_person(path, slots)]
            # nor where people bear the other order's best and not the order as written
            # (a family name first, a given name last: 竹野藤助 for *Tohsuke Takeno*, where
            # no one is a 藤助 by family name or a 竹野 by given name)
            if extra and people and names.borne_as_written(people[0], slots) and \
                    not names.borne_as_written(found[0][0], mine):
                extra = 0
            other = [(dataclasses.replace(path, cost=path.cost + extra), swapped)
                     for path in people]
            if other:  # where the other order reads better, the name backwards (良一三田) last
                won = other[0][0].cost < found[0][0].cost
                backwards = [t for t in found[:limit] if won and names.backwards(t[0], mine)]
                found = _merge_orders([t for t in found[:limit] if t not in backwards],
                                      other, limit)
                found += backwards[:limit - len(found)]
        if not found:
            return []
        best = found[0][0].cost
        # a name's words: which written word each slot is in, where the query is a name
        words_of = {q: tuple(s.word for s in query_slots(q))
                    if self._names_shaped(q, kind) else None for q in {q for _, q in found}}
        out: list[Match] = []
        slot_words: tuple[int, ...] | None = None
        held: list[Path] = []  # composed of a piece no dictionary lists: after the others
        taken: list[Path] = []
        # a name-shaped query of two words whose best reading is a person's name: its other
        # readings that read as no name (見た良一 beside 三田良一) come after those that do
        person = words_of[found[0][1]] is not None and self._two_words(found[0][1]) and \
            self._name_lookup.reads_as_person(found[0][0], query_slots(found[0][1]))
        no_person: list[tuple[Path, tuple[int, ...] | None]] = []
        if person:
            found = self._name_lookup.with_kana_given_name(found)  # 三浦みどり beside 三浦緑
        for path, read in found:
            if len(out) >= limit:
                break
            words = words_of[read]
            kanji = path.written
            if not kanji:
                continue
            if person and out and read == found[0][1] and \
                    not self._name_lookup.reads_as_name(path):
                no_person.append((path, words))
                continue
            same = [p for p in taken if p.kana == path.kana] if out and words is None else []
            if same:
                if slot_words is None:
                    slot_words = tuple(s.word for s in query_slots(query))
                if any(e.start <= start and e.end >= end and e.end - e.start > 1 and
                       e.source not in ("text", "number") and all(map(is_kanji, e.written))
                       for start, end in self._unlisted_pieces(path, slot_words)
                       for p in same for e in p.edges):
                    held.append(path)  # 東京台学 after 東京大学's other readings
                    continue
            out.append(self._match(path, best, words))
            taken.append(path)
        for path, words in no_person[:limit - len(out)]:
            match = self._match(path, best, words)
            out.append(match.replace(score=min(match.score, out[-1].score)))
        for path in held[:limit - len(out)]:  # only readings of a query read as no name
            match = self._match(path, best, None)
            out.append(match.replace(score=min(match.score, out[-1].score)))
        if kind is None and len(out) > 1 and out[0].source == "station" and \
                len(query.split()) == 1 and "-" not in query:
            shown = {m.kanji for m in out}
            further = [self._match(path, best, None) for path, _ in found
                       if path.written and path.written not in shown]
            out = self._common_word_first(out, further)  # Umi: 海, then the station 宇美
        if kind in (None, "title") and len(out) > 1 and len(query.split()) == 1 and \
                "-" not in query and _unlisted(out[0]):
            out = _listed_word_first(out)  # Shunchu: 春昼, not 旬 + 注
        return out

    def _common_word_first(self, out: list[Match],
                           further: Sequence[Match] = ()) -> list[Match]:
        """``out`` (a one-word query's results, a station first) with the first result of the
        station's reading, or of a shorter one, that is one of the commonest words
        (:data:`COMMON_OVER_STATION_BAND`) moved before it, where wordfreq counts that word
        well above the station's name; such a word among ``further`` readings (the search's
        next, beyond ``out``) is put first, ``out``'s last left out (*Yuki* 雪, after the
        stations 由岐, 油木 and 結城, and words read ゆうき). A word that also names a
        station counts (*Sakura* 桜, not the station 佐倉)."""
        from jpterms.word_frequencies import zipf
        station = out[0]
        station_zipf = zipf(self._ja_frequencies.get(station.kanji))
        for i, m in enumerate([*out[1:], *further], 1):
            # the same reading, or a shorter one: a word the query spells as written
            # before a station whose name adds a long vowel (*Tori* 鳥, not 鳥居 とりい)
            if not (m.kana == station.kana or len(m.kana) < len(station.kana)):
                continue
            band = jmdict_band(m.kanji, m.kana)
            above = zipf(self._ja_frequencies.get(m.kanji)) - station_zipf
            if (0 < band <= COMMON_OVER_STATION_BAND and above >= COMMON_OVER_STATION_ZIPF) or \
                    (i == 1 and 0 < band <= FAR_COMMON_OVER_STATION_BAND and
                     above >= FAR_COMMON_OVER_STATION_ZIPF):
                if i >= len(out):  # one of the further readings: in place of the last
                    out, i = [*out[:-1], m.replace(score=out[-1].score)], len(out) - 1
                return _moved_first(out, i)
        return out

    @cached_property
    def _ja_frequencies(self) -> FrequencyTable:
        """wordfreq's Japanese table (from the user cache)."""
        from jpterms.word_frequencies import FrequencyTable
        return FrequencyTable.open("ja", "best")

    def _western_order(self, query: str, kind: str | None) -> str | None:
        """The query with its two words the other way round, where it is shaped like a
        person's name that English may write given name first (*Haruki Murakami*); None
        for any other query."""
        from jpterms.lattice import written_words
        if kind not in (None, "name"):
            return None
        parts = written_words(query)
        if len(parts) != 2 or any(punct or hyphen for _, punct, hyphen in parts) or \
                not self._names_shaped(query, kind):
            return None
        given, family = parts[0][0], parts[1][0]
        # only where JMnedict has a given name for the first word (Haruki; not Murakami),
        # or a name it gives no type (Yasukage: 康景), and any name for the second (its
        # first type may be a place's: 土橋): most names written surname first are not
        # searched twice. A passport's oh is asked as o (*Kenzaburo Ohe*, *Tohru Itoh*).
        if not any(sp.kind in GIVEN_KINDS and sp.source == "jmnedict"
                   for sp in self._spellings_plain(given)) or \
                not any(sp.source == "jmnedict" for sp in self._spellings_plain(family)):
            return None
        return f"{family} {given}"

    def _spellings_plain(self, word: str) -> tuple[Spelling, ...]:
        """The lexicon's spellings of ``word``, or, where it has none and the word writes a
        long o as *oh* (*Ohe*, *Tohyama*, *Itoh*), those of the word without the h."""
        found = self._lexicon.spellings(word)
        if not found and "h" in word.lower():
            plain = _PASSPORT_OH.sub("", word)
            if plain != word:
                found = self._lexicon.spellings(plain)
        return found

    @staticmethod
    def _two_words(query: str) -> bool:
        """Whether a query is two written words, with no punctuation or hyphen."""
        from jpterms.lattice import written_words
        parts = written_words(query)
        return len(parts) == 2 and not any(punct or hyphen for _, punct, hyphen in parts)

    def _match(self, path: Path, best: int, words: tuple[int, ...] | None) -> Match:
        """A reading as a result: its romaji, English and words are made when first read."""
        kanji = path.written
        edges = [e for e in path.edges if e.source != "text"]
        sources = {e.source for e in edges} - {"particle", "text"}
        source = next((s for s in _SOURCE_ORDER if s in sources), "mozc")
        score = 0.8 * math.exp(-(path.cost - best) / 4000)
        return Match(kanji, self._kana(path), partial(self._romaji, path),
                     partial(self._english, edges, words), source, round(score, 3),
                     partial(self._words, edges, words))

    def _unlisted_pieces(self, path: Path, slot_words: tuple[int, ...]
                         ) -> list[tuple[int, int]]:
        """The runs of kanji words inside one written word of the query that a reading
        writes and no dictionary lists as a word (台学 of *daigaku*: 台 + 学), as
        (first slot, end slot)."""
        found: list[tuple[int, int]] = []
        run: list[Edge] = []
        for e in (*path.edges, None):
            if e is not None and e.source != "text" and e.written and \
                    not any(map(is_hiragana, e.written)) and \
                    not any(map(is_katakana, e.written)) and \
                    (not run or slot_words[e.start] == slot_words[run[-1].end - 1]) and \
                    slot_words[e.start] == slot_words[e.end - 1]:
                run.append(e)
                continue
            if len(run) > 1:
                written = "".join(r.written for r in run)
                kana = "".join(r.kana for r in run)
                if self._mozc_cost(kana, written) is None and \
                        not word_glosses(written, kana) and not name_types(written, kana) \
                        and not _word_and_suffix(run):
                    found.append((run[0].start, run[-1].end))
            run = [e] if e is not None and e.source != "text" and e.written and \
                all(map(is_kanji, e.written)) and slot_words[e.start] == slot_words[e.end - 1] \
                else []
        return found

    def _words(self, edges: list[Edge], words: tuple[int, ...] | None = None
               ) -> tuple[Match, ...]:
        """A title's reading word by word (empty for a single word); the parts of a
        person's name each glossed as the part they are."""
        if len(edges) <= 1:
            return ()
        matches = tuple(self._word_match(e) for e in edges)
        if words is None or not self._name_english(edges, words):
            return matches
        return tuple(m.replace(english=self._name_part(
            [e], "surname" if words[e.start] == 0 else "given"))
            for m, e in zip(matches, edges, strict=True))

    def _english(self, edges: list[Edge], words: tuple[int, ...] | None = None) -> str:
        """The English of a reading: a word's own, or the first sense of each word; a
        person's name (``words``: the written word of each slot, for a query shaped like
        a name) as a name, part by part."""
        if words is not None:
            named = self._name_english(edges, words)
            if named:
                return named
        glosses = [self._gloss(e) for e in edges]
        if len(glosses) == 1:
            e = edges[0]
            if not glosses[0] and words is not None and words[e.start] != words[e.end - 1]:
                # a whole name Mozc lists and no dictionary glosses: 藤川一男
                return name_part(e.written, e.kana, "person", self._hepburn(e.written, e.kana))
            return glosses[0]
        return " ".join(_short_gloss(g) for g in glosses if g and g != "(particle)")

    def _name_english(self, edges: list[Edge], words: tuple[int, ...]) -> str:
        """A reading of a name-shaped query as a person's name: JMnedict's own gloss of the
        whole (Natsume Souseki (1867-1916)), else each written word's Hepburn and part,
        "Okada (surname) Nozomu (given name)", where every word is read as a name is
        ("" where one is not: that reading is glossed word by word)."""
        if len(edges) == 1:
            e = edges[0]
            if e.source == "glossary":
                return ""
            romaji = self._hepburn(e.written, e.kana)
            described = person_gloss(e.written, e.kana, romaji)
            if described or words[e.start] == words[e.end - 1] or not self._is_name(e):
                return described
            return name_part(e.written, e.kana, "person", romaji)  # Okada Kansen (name)
        parts: dict[int, list[Edge]] = {}
        for e in edges:
            first, last = words[e.start], words[e.end - 1]
            if first != last or not self._is_name(e):
                return ""
            parts.setdefault(first, []).append(e)
        return " ".join(self._name_part(part, "surname" if word == 0 else "given")
                        for word, part in sorted(parts.items()))

    def _name_part(self, edges: list[Edge], role: str) -> str:
        """A written word of a name read by ``edges``, glossed as the part it is."""
        written, kana = "".join(e.written for e in edges), "".join(e.kana for e in edges)
        return name_part(written, kana, role, self._hepburn(written, kana))

    @staticmethod
    def _is_name(edge: Edge) -> bool:
        """Whether a word is a person's name read as such: Mozc's person contexts, the
        lexicon's name kinds, or a spelling JMnedict lists as a name with this reading."""
        return edge.left in PERSON_CONTEXTS or edge.kind in PERSON_KINDS | {"name"} or \
            not name_types(edge.written, edge.kana).isdisjoint(PERSON_KINDS)

    def _gloss(self, edge: Edge) -> str:
        """A word's English, as the reading found (原 read はら is "field", not "original");
        a person's name as a name (Hara (surname)); a station's name says it is one (*Hara*:
        "Hara Station", before 原's own senses)."""
        english = self._word_english(edge)
        if edge.kind != "station":
            return english
        station = f"{self.romanize(edge.written)} Station"
        if not english or station in english or reads_as(english, edge.kana):
            return station  # not "Hara Station; Hara (surname; place)"
        return f"{station}; {english}"

    def _word_english(self, edge: Edge) -> str:
        entry = self._entry(edge)
        if entry is not None and entry.english.endswith(FAMILY_NAME):  # 中川: not "Hidenao"
            return name_part(edge.written, edge.kana, "surname", entry.hepburn)
        if entry is not None or edge.written in PARTICLES.values() or \
                all(is_hiragana(ch) or is_katakana(ch) for ch in edge.written):
            return english_for(edge.written, edge.kana, entry)
        if edge.source == "publisher":
            return name_part(edge.written, edge.kana, "publisher", self._hepburn(edge.written, edge.kana))
        described = person_gloss(edge.written, edge.kana, self._hepburn(edge.written, edge.kana))
        if edge.left in PERSON_CONTEXTS or edge.kind in PERSON_KINDS:
            role = _PERSON_ROLES.get(edge.left) or edge.kind
            return described or name_part(edge.written, edge.kana, role, self._hepburn(edge.written, edge.kana))
        senses = word_glosses(edge.written, edge.kana)
        if senses:
            return "; ".join(senses)
        if described:
            return described
        work = work_gloss(edge.written, edge.kana)  # 人間失格: No Longer Human (1948 novel …)
        if work:
            return work
        types = name_types(edge.written, edge.kana)
        role = "|".join(t for t in ROLE_ORDER if t in types)
        if role:
            return name_part(edge.written, edge.kana, role, self._hepburn(edge.written, edge.kana))
        # a reading JMdict lacks (米国 read あめりか): its senses, which hold whatever the
        # reading; never JMnedict's names, which are other readings' romanisations
        return "; ".join(jmdict_glosses(edge.written)[:3])

    def _hepburn(self, written: str, kana: str) -> str:
        """A name's Hepburn as romanize() writes it (Inoue, Iwanami Shoten), where it spells
        the reading found ("" where it reads the kanji otherwise)."""
        romaji = self.romanize(written)
        same = romaji_key("".join(romaji.split())) == romaji_key(kana_to_romaji(kana))
        return romaji if same else ""

    def romanize(self, kanji: str) -> str:
        """Hepburn for Japanese text with this engine's glossary."""
        return self.romanizer.romanize(kanji)

    def _romaji(self, path: Path) -> str:
        """A reading's Hepburn: :meth:`romanize` of its kanji, each word read as the search
        read it (東京大顎 read とうきょうだいがく is *Tōkyō daigaku*, where romanize alone
        reads 大顎 *ōago*)."""
        pieces = [(e.written, word_kana(e.written, e.kana)) for e in path.edges]
        romaji = self.romanizer.romanize_as(path.written, pieces)
        if spells_kana(romaji, path.kana) or all(map(is_japanese_char, path.written)):
            return romaji
        return _runs_read_as(romaji, pieces, self.romanizer)

    def _entry(self, edge: Edge) -> Entry | None:
        if edge.source != "glossary":
            return None
        return next((e for e in self._glossary_readings.get(edge.kana, ())
                     if e.written == edge.written), None)

    def _word_match(self, edge: Edge) -> Match:
        """One word of a reading as a result; its romaji and English are made when read
        (a look-up asks only whether a reading has words)."""
        return Match(edge.written, edge.kana, partial(self._word_romaji, edge),
                     partial(self._gloss, edge), edge.source, 0.0)

    def _word_romaji(self, edge: Edge) -> str:
        entry = self._entry(edge)
        if entry is not None:
            romaji = entry.hepburn
        elif all(is_hiragana(ch) for ch in edge.written):
            romaji = self.romanize(edge.written)  # particles: ni tsuite, as romanize divides them
        else:
            romaji = kana_to_romaji(edge.kana)  # the reading this search found for the word
        proper = (entry is not None and entry.hepburn[:1].isupper()) or (
            entry is None and edge.left in PROPER_CONTEXTS)
        return (romaji[:1].upper() if proper else romaji[:1].lower()) + romaji[1:]


def _add_transliterations(edges: list[list[Edge]], slots: list[Slot]) -> None:
    """Each written word of :data:`TRANSLITERATED_SLOTS` syllables or more that looks foreign
    (:data:`LOANWORD_SYLLABLES`, a vowel written twice) also read as its
    letters in katakana, as written (short vowels), at :data:`TRANSLITERATION_COST` a
    syllable: a foreign name or word (*Barutazaaru* バルタザアル, *Fosuforessusensu*) no
    dictionary lists reads so before the pieces the lattice makes of it (バルタ + 座 + ある),
    and after any reading of Japanese words. A written word a dictionary or a list reads
    whole (*tozanguchi* 登山口, a station's name) is none."""
    from jpterms.lattice import new_edge
    p = 0
    while p < len(slots):
        end = p + 1
        while end < len(slots) and not slots[end - 1].last:
            end += 1
        run = slots[p:end]
        if len(run) >= TRANSLITERATED_SLOTS and run[0].first and run[-1].last and \
                all(s.options and not s.fixed for s in run) and \
                all(e.end != end for e in edges[p]) and (  # a word some list has whole is none
                    any(s.written.lower() in LOANWORD_SYLLABLES for s in run) or
                    _DOUBLED_VOWEL.search("".join(s.written.lower() for s in run))):
            kana = "".join(s.options[0][0] for s in run)
            edges[p].append(new_edge(p, end, to_katakana(kana), kana, NOUN_CONTEXT, NOUN_CONTEXT,
                                     TRANSLITERATION_COST * len(run), "letters"))
        p = end


def _add_omitted_okurigana(edges: list[list[Edge]]) -> None:
    """Each compound noun of Mozc or JMdict written with okurigana (:data:`_OKURIGANA_NOUN`)
    also written without them, for :data:`OMITTED_OKURIGANA_COST` more, where no word
    over the same slots is so written already (*Ichiban kinori no suru toki*: 気乗 among
    the five; *Sakiiresakidashiho*: 先入先出法).

    >>> from jpterms.lattice import Edge
    >>> row = [Edge(0, 3, "気乗り", "きのり", 1841, 1841, 7680, "mozc"),
    ...        Edge(0, 5, "風変わり", "ふうがわり", 1841, 1841, 7000, "mozc"),
    ...        Edge(0, 5, "風変り", "ふうがわり", 1841, 1841, 8000, "mozc")]
    >>> edges = [row]
    >>> _add_omitted_okurigana(edges)
    >>> [(e.written, e.cost) for e in edges[0][3:]]
    [('気乗', 9180)]
    """
    from jpterms.lattice import new_edge

    def bare(written: str) -> str:
        return "".join(ch for ch in written if not is_hiragana(ch))

    for p, row in enumerate(edges):
        nouns = [e for e in row if e.source in ("mozc", "jmdict") and not e.kind and
                 _OKURIGANA_NOUN(e.written)]
        if not nouns:
            continue  # (most rows have none: nothing to write without its okurigana)
        known = {(e.end, e.written) for e in row}
        # the most okurigana a spelling of the same kanji writes: 風変り is 風変わり with
        # one left out already, and leaves out no more
        most: dict[tuple[int, str], int] = {}
        for e in row:
            key = (e.end, bare(e.written))
            most[key] = max(most.get(key, 0), len(e.written) - len(key[1]))
        extra = []
        for e in nouns:
            kanji = bare(e.written)
            if len(kanji) < 2 or (e.end, kanji) in known or \
                    most[e.end, kanji] > len(e.written) - len(kanji):
                continue
            known.add((e.end, kanji))
            extra.append(new_edge(p, e.end, kanji, e.kana, e.left, e.right,
                                  e.cost + OMITTED_OKURIGANA_COST, e.source))
        row.extend(extra)


def _word_and_suffix(run: Sequence[Edge]) -> bool:
    """Whether a run of kanji words is one word of two kanji or more and a noun suffix
    after it (競走 + 法), as Mozc lists them: a word any such pair makes, listed or not."""
    return len(run) == 2 and run[1].left in SUFFIX_CONTEXTS and len(run[0].written) >= 2 \
        and run[0].left not in SUFFIX_CONTEXTS and run[0].source in ("mozc", "jmdict")


def _unlisted(m: Match) -> bool:
    """Whether a result is two kanji no dictionary lists together (旬注 of *Shunchu*: 旬 +
    注): not JMdict's, JMnedict's nor Mozc's for its reading. (A longer one is often a word
    and a suffix, which no dictionary needs to list: 規制者 "regulator" of *Kiseisha*.)"""
    return m.source not in ("glossary", "station") and len(m.kanji) == 2 and \
        all(map(is_kanji, m.kanji)) and m.kanji not in mozc_costs(m.kana) and \
        not jmdict_glosses(m.kanji) and not jmnedict_glosses(m.kanji)


def _listed_word_first(out: list[Match]) -> list[Match]:
    """A one-word query's results with the first two-kanji JMdict word among them moved
    before the first result, which is two kanji no dictionary lists together
    (:func:`_unlisted`): the writer wrote one word (*Shunchu* 春昼, *Kamoryo* 鴨猟, *Hekiken* 僻見, *Botei* 亡弟)."""
    for i, m in enumerate(out[1:], 1):
        if m.source != "glossary" and len(m.kanji) == 2 and jmdict_glosses(m.kanji):
            return _moved_first(out, i)
    return out


def _moved_first(out: list[Match], i: int) -> list[Match]:
    """``out`` with its ``i``-th result first, each result given the score of the place it
    now has (scores stay in order)."""
    order = [out[i], *out[:i], *out[i + 1:]]
    return [m.replace(score=old.score) for m, old in zip(order, out, strict=True)]


#: Kana a native or Sino-Japanese word never begins with: a p-sound only comes after っ or
#: ん inside a word (一歩 いっぽ, 散歩 さんぽ), so a word that begins with one is a loanword
#: or a sound word, written in katakana (ポー, パン).
P_SOUNDS = frozenset("ぱぴぷぺぽ")


def _charge_p_starts(edges: list[list[Edge]], slots: Sequence[Slot]) -> list[list[Edge]]:
    """``edges`` with :data:`P_START_COST` added to each word that begins a written word,
    is not written all in katakana and is read from a p-sound (:data:`P_SOUNDS`): the
    counter 歩 read ぽ as in 一歩, the piece ぽ of っぽい, 版 read ぱん. *Po no hen'ei* is
    ポーの片影 "a glimpse of Poe", not 歩の片影; *Pan to mizu* パンと水 keeps no 版と見ず in
    its five. A katakana word, and a p-sound inside a written word (*Ippo*: 一歩), pay
    nothing; a unit written in kanji (頁 ページ) only comes after its katakana spelling."""
    if not any(s.first and any(k[:1] in P_SOUNDS for k, _ in s.options) for s in slots):
        return edges
    return [[e.priced(e.cost + P_START_COST)
             if e.kana[:1] in P_SOUNDS and slots[e.start].first and
             not all(map(is_katakana, e.written)) else e for e in row] for row in edges]


def _before_glued_particle(slots: Sequence[Slot], start: int, end: int) -> bool:
    """Whether slots ``start`` to ``end`` are all of a written word but its last syllable,
    and that syllable is a particle writers glue onto the word before (:data:`GLUED_PARTICLES`:
    the が of *Yoga*, the の of *Bokuno*).

    >>> from jpterms.lattice import query_slots
    >>> slots = query_slots("Yoga honyakuno hyojun")
    >>> _before_glued_particle(slots, 0, 1), _before_glued_particle(slots, 0, 2)
    (True, False)
    """
    if end >= len(slots) or not slots[start].first or not slots[end].last or \
            slots[end].first or slots[end].word != slots[start].word:
        return False
    return slots[end].written.lower() in GLUED_PARTICLES


def _prefer_common_homophones(edges: list[list[Edge]]) -> list[list[Edge]]:
    """``edges`` with :data:`UNCOMMON_HOMOPHONE_COST` added to each common word of two or
    more kanji (Mozc's or JMdict's, not a name) that JMdict lists but does not mark common,
    where a homophone over the same slots is a word JMdict marks common."""
    groups: dict[tuple[int, int, str], list[Edge]] = {}
    for row in edges:
        for e in row:
            if len(e.written) >= 2 and e.source in ("mozc", "jmdict") and \
                    e.left not in PROPER_CONTEXTS and e.kind not in PROPER_NAME_KINDS and \
                    _ALL_KANJI(e.written):
                groups.setdefault((e.start, e.end, e.kana), []).append(e)
    uncommon: set[tuple[int, int, str, str]] = set()
    for (start, end, kana), group in groups.items():
        if len({e.written for e in group}) < 2:
            continue
        marks = {e.written: jmdict_common(e.written, kana) for e in group}
        if any(marks.values()):
            uncommon.update((start, end, kana, w) for w, mark in marks.items() if mark is False)
    if not uncommon:
        return edges
    written = {w for _, _, _, w in uncommon}  # (a test of one string first: most words fail)
    return [[e.priced(e.cost + UNCOMMON_HOMOPHONE_COST)
             if e.written in written and (e.start, e.end, e.kana, e.written) in uncommon
             else e for e in row]
            for row in edges]


#: A word written with kanji and hiragana (其れから, 微か), as :func:`_prefer_usual_kana`
#: looks for them; and one written with the prefix 御 before a kanji (御洒落).
_KANJI_AND_KANA = re.compile("[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ].*[\u3041-\u309f]|"
                             "[\u3041-\u309f].*[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ]").search
_HONORIFIC_KANJI = re.compile("御[\u3400-\u4dbf\u4e00-\u9fff々]").match


def _prefer_usual_kana(edges: list[list[Edge]]) -> list[list[Edge]]:
    """``edges`` with each word written with kanji and kana (其れから, 微か), or with the
    prefix 御 read お (御洒落), that JMdict says is usually written in kana alone also
    written in hiragana (それから, かすか) as the same word, for one less."""
    from jpterms.lattice import new_edge

    out = edges
    for p, row in enumerate(edges):
        twins = [new_edge(p, e.end, e.kana, e.kana, e.left, e.right, e.cost - 1, e.source,
                          e.kind) for e in row
                 if (_KANJI_AND_KANA(e.written) or (e.kana[:1] == "お" and
                     _HONORIFIC_KANJI(e.written))) and jmdict_usually_kana(e.written, e.kana)]
        if twins:
            if out is edges:
                out = list(edges)
            out[p] = row + twins
    return out


@lru_cache(maxsize=1024)
def _unidic_lemma(written: str) -> str:
    """UniDic's lemma of ``written`` where UniDic reads it as one word, its usual spelling
    (余 for 予 read よ, 我 for 吾), else "".

    >>> _unidic_lemma("予"), _unidic_lemma("吾"), _unidic_lemma("余と万年筆")
    ('余', '我', '')
    """
    from jpterms.mecab_rows import tagger

    nodes = [n for n in tagger().parseToNodeList(written) if n.surface]
    if len(nodes) != 1 or len(nodes[0].feature) < 8:
        return ""
    return str(nodes[0].feature[7]).split("-")[0]


@lru_cache(maxsize=1)
def _old_form_codes() -> frozenset[int]:
    """Code points of old kanji forms (經, 澤) whose modern forms the dictionaries list."""
    return frozenset(old_forms())


@lru_cache(maxsize=1)
def _old_form_chars() -> frozenset[str]:
    """Old kanji forms (經, 澤) whose modern forms the dictionaries list."""
    return frozenset(map(chr, _old_form_codes()))


def _verb_stem_inside(path: Path, slots: Sequence[Slot]) -> bool:
    """Whether a reading writes a verb's stem as one kanji of Mozc's (着 read き, 見 read
    み) and then, inside the same written word of the query, a word beginning with kanji:
    a composition no dictionary lists (:data:`VERB_STEM_INSIDE_COST`).

    >>> from jpterms.lattice import Edge, Path, query_slots
    >>> slots = query_slots("Kigei shuppansha")
    >>> stem = Edge(0, 1, "着", "き", 707, 707, 15, "mozc")
    >>> noun = Edge(0, 1, "機", "き", 1973, 1973, 2009, "mozc")
    >>> art = Edge(1, 3, "芸", "げい", 1949, 1949, 4098, "mozc")
    >>> _verb_stem_inside(Path(0, (stem, art)), slots)
    True
    >>> _verb_stem_inside(Path(0, (noun, art)), slots)
    False
    """
    for e, after in itertools.pairwise(path.edges):
        if e.source == "mozc" and len(e.written) == 1 and e.left in _VERB_CONTEXTS and \
                is_kanji(e.written) and not slots[e.end - 1].last and \
                after.written[:1] and is_kanji(after.written[0]):
            return True
    return False


def _charge_verb_stems_inside(found: list[Path], slots: Sequence[Slot]) -> list[Path]:
    """``found`` (readings, cheapest first) again in order of cost, a reading that writes
    a verb's stem inside a written word (:func:`_verb_stem_inside`) costing
    :data:`VERB_STEM_INSIDE_COST` more."""
    from jpterms.lattice import repriced
    return repriced(found, [VERB_STEM_INSIDE_COST if _verb_stem_inside(path, slots) else 0
                             for path in found])


def _merge_orders(found: list[tuple[Path, str]], other: list[tuple[Path, str]],
                  limit: int) -> list[tuple[Path, str]]:
    """The ``limit`` cheapest of two searches' paths (each with the query it read), each
    spelling once: where both orders read the same kanji, the cheaper reading stands."""
    out: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for path, read in sorted((*found, *other), key=lambda t: t[0].cost):
        if path.written not in seen:
            seen.add(path.written)
            out.append((path, read))
    return out[:limit]


def _drops_okurigana(short: str, full: str) -> bool:
    """Whether ``short`` is the word ``full`` with okurigana left out, as writing before
    the 1973 rules did (成行 for 成り行き, 生れる for 生まれる, 出来上った for
    出来上がった): hiragana dropped after a kanji or its kana, none of them っ or つ (坊っちゃん,
    一つ), and no の or が where a particle would stand, between kanji or at the end
    (小屋の畑, 我が).

    >>> [_drops_okurigana(s, f) for s, f in (("成行", "成り行き"), ("出来上った", "出来上がった"),
    ...                                     ("小屋畑", "小屋の畑"), ("我", "我が"), ("一", "一つ"))]
    [True, True, False, False, False]
    """
    if len(short) >= len(full):
        return False
    i = 0
    for k, ch in enumerate(full):
        if i < len(short) and short[i] == ch:
            i += 1
            continue
        prev, after = full[k - 1:k], full[k + 1:k + 2]
        if not is_hiragana(ch) or ch in "つっ" or not prev or \
                not (is_kanji(prev) or is_hiragana(prev)) or \
                (ch in "のが" and (not after or is_kanji(after))):
            return False
    return i == len(short)


def _noun_run_in_sentence_case(query: str, best: Path) -> bool:
    """Whether ``query`` is a run of nouns written in sentence case, as a current title or
    term is (*Kumikomi shisutemu*, *kurikaeshi fugo*: two written words or more, one after
    the first in lower case, none a particle) and its ``best`` reading writes only nouns:
    each word kanji or katakana alone, or a compound noun with its okurigana
    (:data:`_run_noun`: 組み込みシステム, 落とし穴, 繰り返し). Such a reading keeps its place before
    the same words with okurigana left out (組込みシステム): those are the older spelling
    that a phrase of an old title writes (東京に生れて, 博士問題の成行), not the current one
    of a noun run; a name in title case keeps either (*Kosodate Jizo* 子育地蔵).

    >>> from jpterms.lattice import Edge, Path
    >>> best = Path(0, (Edge(0, 3, "繰り返し", "くりかえし", 0, 0, 0, "mozc"),
    ...                 Edge(3, 5, "符号", "ふごう", 0, 0, 0, "mozc")))
    >>> _noun_run_in_sentence_case("kurikaeshi fugo", best)
    True
    >>> _noun_run_in_sentence_case("Kurikaeshi Fugo", best), _noun_run_in_sentence_case("kurikaeshi", best)
    (False, False)
    """
    words = query.split()
    if len(words) < 2 or not any(w[:1].islower() for w in words[1:]) or \
            any(w.lower().strip(",.:;!?") in PARTICLE_WORDS for w in words):
        return False
    return all(not any(map(is_hiragana, e.written)) or _run_noun(e.written)
               for e in best.edges)


def _short_okurigana_first(found: list[Path], limit: int,
                           written_so: Callable[[Edge], bool] = lambda e: True) -> list[Path]:
    """``found`` (readings of a look-up, cheapest first) with the first of the top
    ``limit`` that spells the best reading's words with okurigana left out
    (:func:`_drops_okurigana`, word by word, same kana) moved first: a romanised title
    is most often an old one (東京に生れて, 博士問題の成行, 返点). Each word so shortened
    must pass ``written_so``: a look-up asks that a dictionary list the short spelling or
    that it stand within one written word, for a writer who parts two words (*Meguro
    dori*, *Kote nage*) writes each with its okurigana (目黒通り, 小手投げ), where the
    lattice's unlisted 目黒通 or 小手投 joins them."""
    if not found:
        return found
    best = found[0]
    for k, p in enumerate(found[1:limit], 1):
        if len(p.edges) == len(best.edges) and p.written != best.written and all(
                a.kana == b.kana and (a.written == b.written or (
                    _drops_okurigana(a.written, b.written) and written_so(a)))
                for a, b in zip(p.edges, best.edges, strict=True)):
            return [p, *found[:k], *found[k + 1:]]
    return found


def _keep_one(found: list[Path], limit: int, wanted: frozenset[str]) -> list[Path]:
    """The first ``limit`` paths, with the best path written as one of ``wanted`` (an era
    the query spells) in the last place if none of them is."""
    top = found[:limit]
    if not wanted or not top or any(p.written in wanted for p in top):
        return top
    extra = next((p for p in found[limit:] if p.written in wanted), None)
    return top if extra is None else [*top[:-1], extra]


class Stations:
    """Station names by reading: the listed rows (reading, name) first, as the list writes
    them, then the names of the same reading ``more`` gives (JMnedict's, asked one reading
    at a time) that the list lacks. JMnedict's names are written with ケ, so a listed name
    written with ヶ stands for the same station.

    >>> more = {"はたがや": ("幡ケ谷",), "はら": ("腹",), "ふじ": ("富士",)}
    >>> stations = Stations([["はたがや", "幡ヶ谷"], ["はら", "原"]],
    ...                     lambda reading: more.get(reading, ()))
    >>> stations.get("はたがや"), stations.get("はら"), stations.get("ふじ"), stations.get("げんば")
    (('幡ヶ谷',), ('原', '腹'), ('富士',), ())
    """

    def __init__(self, listed: list[list[str]],
                 more: Callable[[str], tuple[str, ...]], size: int = 20_000) -> None:
        self._listed: dict[str, list[str]] = {}
        for reading, name, *_ in listed:
            names = self._listed.setdefault(reading, [])
            if name not in names:
                names.append(name)
        self._more = more
        self._found = LRU(size)

    def get(self, reading: str) -> tuple[str, ...]:
        """The names of the stations read ``reading`` (hiragana), listed ones first."""
        found: tuple[str, ...] | None = self._found.get(reading)
        if found is None:
            names = self._listed.get(reading, [])
            folded = {name.replace("ヶ", "ケ") for name in names}
            found = (*names, *(name for name in self._more(reading) if name not in folded))
            self._found.put(reading, found)
        return found


def _spelling_cost(slots: list[Slot], start: int, end: int, kana: str) -> int | None:
    """What reading ``kana`` over ``slots[start:end]`` costs in spelling choices (None: it
    cannot be read so)."""
    best: dict[tuple[int, int, bool], int | None] = {}

    def walk(i: int, j: int, was_long: bool) -> int | None:
        from jpterms.lattice import LONG_COST
        if i == end:
            return 0 if j == len(kana) else None
        key = (i, j, was_long)
        if key in best:
            return best[key]
        found: int | None = None
        for (option, cost), is_long in zip(slots[i].options, slots[i].longs, strict=True):
            if kana.startswith(option, j):
                if is_long and was_long:
                    cost -= LONG_COST  # as the lattice prices them: once a word
                rest = walk(i + 1, j + len(option), was_long or is_long)
                if rest is not None and (found is None or cost + rest < found):
                    found = cost + rest
        best[key] = found
        return found

    return walk(start, 0, False)


def _full_stop_context(mozc: MozcDictionary) -> int | None:
    """Mozc's left context of the full stop 。 (None if its dictionary lacks one)."""
    node = mozc.walk(mozc.ROOT, "。")
    return min((w.left for w in mozc.words(node) if w.written == "。"), default=None) \
        if node is not None else None


def _short_gloss(english: str) -> str:
    """The first sense of a gloss, without its parenthesised notes."""
    import re

    plain = re.sub(r"\s*\([^)]*\)", "", english)  # Kōshoku (surname; place): Kōshoku
    first = plain.split(";")[0].strip()
    return first or english.split(";")[0].strip()


def kana_of(text: str) -> str:
    """Hiragana for a kana string (helper for callers comparing readings)."""
    return to_hiragana(text)
