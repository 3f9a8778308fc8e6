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
import math
import threading
from collections.abc import Container, Iterable, Sequence
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any

from jpterms.citation_tables import CitationTables
from jpterms.citation_words import CITATION_BONUS_PER_KANA, CITATION_WORD_BONUS
from jpterms.dictionaries import (
    jmdict_band,
    jmdict_glosses,
    jmdict_word,
    mozc_costs,
    mozc_entries,
)
from jpterms.edge_charges import (
    charge_p_starts,
    charge_verb_stems_inside,
    prefer_common_homophones,
    prefer_usual_kana,
)
from jpterms.foreign_words import add_transliterations, foreign_text
from jpterms.glossary import Entry, Glossary
from jpterms.glosses import (
    FAMILY_NAME,
    name_types,
    person_gloss,
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
    word_kana,
)
from jpterms.kanji_numbers import (
    KANJI_DIGITS_SET,
    NUMERALS,
    DigitByDigit,
)
from jpterms.lexicon import (
    GIVEN_KINDS,
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
    COMMON_OVER_STATION_BAND,
    COMMON_OVER_STATION_ZIPF,
    COMMONEST_PLACE_ZIPF,
    COMPANY_SUFFIX_BONUS,
    DEEPER_READINGS,
    END_PREFIX_COST,
    FAR_COMMON_OVER_STATION_BAND,
    FAR_COMMON_OVER_STATION_ZIPF,
    FIELD_HEAD_BONUS,
    FORMAL_CONJUNCTION_BONUS,
    GLOSSARY_COST,
    GLOSSARY_PER_KANA,
    GLOSSARY_TERM_COST,
    GLOSSARY_TERM_PER_KANA,
    HIRAGANA_PENALTY,
    HYPHEN_PERSON_COST,
    KANA_PIECE_NAME_COST,
    KANA_SUFFIX_COST,
    KANJI_PARTICLE_COST,
    KATAKANA_NAME_COST,
    LATTICES_KEPT,
    LEADING_SUFFIX_COST,
    LEXICON_COST,
    LOWERCASE_NAME_COST,
    MIXED_KATAKANA_COST,
    NAME_SUFFIX_WORD_COST,
    NOT_PLACE_COST,
    NUMBER_COST,
    NUMBER_PREFIX_COST,
    OLD_OKURIGANA_KANJI,
    ORDINAL_COST,
    PARTICLE_COST,
    PIECED_WORD_COST,
    PLACE_COMMON_COST,
    PLAIN_NOUN_NA_COST,
    PLAIN_TERM_EDGE,
    PUBLISHER_BONUS,
    SPARE_READINGS,
    SPLIT_HOUSE_COST,
    START_FUNCTION_COST,
    START_SUFFIX_COST,
    STATION_COST,
    UNLISTED_SHA_COST,
    UNNUMBERED_COST,
    WESTERN_ORDER_COST,
    WORDS_PER_READING,
)
from jpterms.lru import LRU
from jpterms.match import LOOKUP_KINDS, Match
from jpterms.mozc_contexts import (
    ADNOMINAL_CONTEXTS,
    AUXILIARY_STEM_CONTEXTS,
    COUNTER_CONTEXT,
    ENDING_CONTEXTS,
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
from jpterms.numbers import number_words
from jpterms.okurigana_order import (
    add_omitted_okurigana,
    noun_run_in_sentence_case,
    short_okurigana_first,
)
from jpterms.particle_slots import (
    GLUED_PARTICLES,
    misreads_particle,
    sounded_particles,
    spelled_particle_slots,
    vowel_meets_vowel,
)
from jpterms.placement_rules import name_part_typed, particle_costs, person_name_costs
from jpterms.publishers import (
    Publishers,
    add_publisher_edges,
    name_endings,
    prefer_named_bodies,
)
from jpterms.query_text import heading_as_name, hyphens_as_name, without_passport_h
from jpterms.reading_index import ReadingIndex
from jpterms.readings import clan_names
from jpterms.result_english import ResultGlosses
from jpterms.result_order import (
    keep_one,
    listed_word_first,
    merge_orders,
    moved_first,
    unlisted,
    word_and_suffix,
)
from jpterms.result_spelling import runs_read_as, spelled_kana
from jpterms.romaji import PARTICLE_WORDS
from jpterms.romanize import Romanizer, spells_kana
from jpterms.slot_spelling import spelling_cost
from jpterms.stations import Stations
from jpterms.title_analysis import TitleAnalysis, TitleAnalyzer
from jpterms.word_prices import old_form_codes, word_cost

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.era_lookup import EraLookup
    from jpterms.lattice import Adnominal, Bound, Edge, Numeral, Path, Prefixes, Slot
    from jpterms.lattice_words import LatticeWords
    from jpterms.municipal_lookup import MunicipalLookup
    from jpterms.name_context import NameContext
    from jpterms.name_lookup import NameLookup
    from jpterms.placement_rules import PlacementRules
    from jpterms.query_shape import QueryShape
    from jpterms.title_compounds import TitleCompounds
    from jpterms.word_frequencies import FrequencyTable

__all__ = ["ReverseEngine"]

#: Words a title writes in hiragana: particles and the phrases built on them.
FUNCTION_WORDS = frozenset(
    ["の", "に", "と", "で", "が", "も", "や", "は", "へ", "を", "か", "な", "ね", "よ", "から", "まで", "より", "について", "における", "において", "による", "によって", "により", "にて", "として", "とは", "との", "への", "での", "からの", "までの", "に関する", "にかんする", "および", "ならびに", "また", "または", "そして", "ほか", "など"])


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
#: Mozc's context of 子 read こ or し as the end of a name (花子, 孔子): one that begins a
#: written word costs this much more (*Seinen to shi* 青年と死, *Kooreru* 氷れる, not 子).
_NAME_SUFFIX = 1870
#: 社 "company" and its kana, which a publisher's name ends in
#: (:data:`jpterms.lookup_costs.COMPANY_SUFFIX_BONUS`).
COMPANY_SUFFIX = ("社", "しゃ")
#: Mozc's context of organisations and JMnedict's kinds of bodies.
_BODY = ORGANISATION_CONTEXT
_BODY_KINDS = frozenset({"company", "organization"})


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
    def _glosses(self) -> ResultGlosses:
        """The English and the romaji of a result's words, made when read."""
        return ResultGlosses(self.romanize, self._glossary_readings)

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

        return Prefixes([*self._glossary_readings, *self._numbers, *self._citations.readings])

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
        price = word_cost()

        def words(node: int) -> tuple[tuple[str, int, int, int], ...]:
            found: tuple[tuple[str, int, int, int], ...] | None = cache.get(node)
            if found is None:
                priced: dict[tuple[str, int, int], int] = {}
                for w in self._words_at(node):
                    cost = price(w.written, "", w.cost)
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
        return min(spelling_cost(slots, e.start, e.end, e.kana) or 0, LONG_COST)

    def _cut_family_name(self, e: Edge) -> bool:
        """Whether a glossary word is a family name the glossary cut from a person's row
        (甘利 of 甘利明): read from a word written in lower case, it keeps no glossary
        preference, and costs what Mozc charges for it as any name so read does."""
        entry = self._glosses.entry(e)
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
                     for written in self._citations.readings.get(reading, ())]
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
        self._add_lattice_words(edges, slots, lookup, names_shaped)
        edges = self._drop_misreadings(edges, slots, lookup)
        eras = self._era_lookup.add_era_alone(edges, slots, query) if kind in (None, "title") \
            else frozenset()  # Tenbun: 天文, not 天分; Kansei: 寛政 among the five
        add_publisher_edges(edges, slots, self._publishers, spelling_cost,  # Kobundo 弘文堂
                            old_form_codes())
        if names_shaped:
            self._name_lookup.add_name_words(edges, slots)  # Tatsuno Kyushi: 九紫, not only 休止
            add_hyoe_names(edges, slots, mozc_entries)  # Chubei 忠兵衛
        edges = self._rescore(edges, slots, query, kind)
        edges = self._preferred(edges, slots, lookup, names_shaped)
        built = (slots, edges, eras)
        self._lattices.put(key, built)
        return built

    def _add_lattice_words(self, edges: list[list[Edge]], slots: list[Slot], lookup: bool,
                           names_shaped: bool) -> None:
        """Add to ``edges`` the words Mozc's lattice lacks (:attr:`lattice_words`), and in a
        look-up of words (not a name: ``names_shaped``) glued suffixes, classical forms,
        radical sections and transliterations, and in any look-up the compounds written
        without their okurigana."""
        added = self.lattice_words
        added.add_lexicon_words(edges, slots, word_cost(), lookup=lookup)
        added.add_loanwords(edges, slots)
        if lookup and not names_shaped:  # a look-up
            added.add_glued_suffixes(edges, slots)  # Pekin nikkisho: 北京日記抄
            added.add_classical_forms(edges, slots)  # ni kotau: 答う, not 答ふ
            added.add_radical_sections(edges, slots)  # Kyubu: 弓部 among the five
            add_transliterations(edges, slots)  # Barutazaaru: バルタザアル
        if lookup:  # a look-up, a name's too (Kosodate Jizo: 子育地蔵)
            add_omitted_okurigana(edges)  # Ichiban kinori: 気乗 among the five

    def _drop_misreadings(self, edges: list[list[Edge]], slots: list[Slot],
                          lookup: bool) -> list[list[Edge]]:
        """``edges`` without the words no reading of the query may have: a long vowel read
        across two written words, letters that are no Japanese, a particle's slot misread."""
        if lookup and vowel_meets_vowel(slots):
            # Seito uta: no 性淘汰, whose *tō* is "to" + "u" of two words
            edges = [[e for e in row if not self._long_across_words(e, slots)]
                     for row in edges]
        # A word that is no romanised Japanese (xqzvwk, Songling) and no English word with
        # a loanword stands for nothing: no reading echoes its letters (プーSongling).
        sounded = sounded_particles(slots)
        spelled = spelled_particle_slots(slots)
        if sounded or spelled:
            edges = [[e for e in row if not foreign_text(e) and
                      not misreads_particle(e, sounded, spelled)] for row in edges]
        else:  # no particle's slot to misread: only the text kept as written is tested
            edges = [[e for e in row if e.source != "text" or not foreign_text(e)]
                     for row in edges]
        return edges

    def _preferred(self, edges: list[list[Edge]], slots: list[Slot], lookup: bool,
                   names_shaped: bool) -> list[list[Edge]]:
        """``edges``, priced by where their words stand (:meth:`_rescore`), with the
        preferences that follow: a title's compounds, common homophones, field heads, the
        usual kana, named bodies, a name's evidence; without a number written digit by
        digit."""
        if lookup and not names_shaped:
            compounds = self._title_compounds
            compounds.add_cited_compounds(edges, slots)  # jitaichu: 字体注, not 自体注
            compounds.add_named_works(edges, slots)  # Kyoka zenshu: 鏡花全集, not 強化全集
            compounds.add_placed_works(edges, slots)  # Tono monogatari: 遠野物語, not 殿物語
            compounds.add_seats(edges, slots)  # Torisakajo: 鳥坂城, not 鳥坂所
            edges = charge_p_starts(edges, slots)  # Po no hen'ei: ポー, not 歩 (ぽ) or ぽ
        if lookup and not names_shaped:
            # a look-up of words (the checker's one reading keeps Mozc's order; a name's
            # parts are not chosen by how common a word is: 高祖 of *Koso Tamotsu*)
            edges = prefer_common_homophones(edges)
            edges = self._prefer_field_heads(edges, slots)  # Shoko daijin: 商工, not 証拠
        if lookup:  # Sore kara: それから, not 其れから
            edges = prefer_usual_kana(edges)
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
        digits = KANJI_DIGITS_SET.isdisjoint  # (most words write no kanji digit)
        edges = [[e for e in row if digits(e.written) or not self._digit_by_digit(e)]
                 for row in edges]
        return edges

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
            found = charge_verb_stems_inside(found, slots)  # Kigei: 機芸, not 着 + 芸
        if limit + spare > 1 and not names_shaped and slots[0].word != slots[-1].word:
            found = self._charge_pieced_words(  # 一房の花, not 人房の花
                found, limit + (3 if eras else 0), slots, lattice)
        if limit + spare > 1:  # 伊達政宗 (1567.9.5-1636.6.27) before 伊達正宗 (1567-1636)
            found = order_namesakes(found)
            if found and (slots[0].word != slots[-1].word or sum(
                    map(is_kanji, found[0].written)) >= OLD_OKURIGANA_KANJI):
                found = found if noun_run_in_sentence_case(query, found[0]) else \
                    short_okurigana_first(  # 東京に生れて; not 目黒通 for *Meguro dori*
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
        top = keep_one(found, limit, eras)
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
        keys = self._citations.house_keys
        cuts = [c for c in range(start + 1, len(slots)) if romaji_key(
            "".join(s.written for s in slots[c:])) in keys]
        if not cuts:
            return found
        houses = tuple(written for written, _ in self._citations.name_words)

        def across(e: Edge, cut: int) -> bool:
            return e.start < cut < e.end and not (e.end == len(slots) and (
                e.start <= start or e.written.endswith(houses)))

        def split(path: Path) -> bool:  # Seishinsha: 精神 + 社 parts *shinsha* as 精 + 新社 would not
            return all(any(across(e, cut) for e in path.edges) for cut in cuts)

        return repriced(found, [SPLIT_HOUSE_COST if split(p) else 0 for p in found])

    @cached_property
    def _digit_by_digit(self) -> DigitByDigit:
        """Whether a word writes a number the query spelled out digit by digit in kanji."""
        return DigitByDigit(self._numbers)

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
        return NameContext(self._citations.rows, spelling_cost, CLAN_FAMILY_BONUS)

    @cached_property
    def _municipal_lookup(self) -> MunicipalLookup:
        """The municipalities and prefectures of the official list, and the suffixes a query
        writes after them (*Iwakuni-shi* 岩国市, *Miyagi-ken* 宮城県)."""
        from jpterms.municipal_lookup import MunicipalLookup
        return MunicipalLookup(self._citations.rows)

    @cached_property
    def _era_lookup(self) -> EraLookup:
        """Era names where a query spells one: alone (天文), before an event (嘉吉の乱) or a
        year (大正十二年); an era no dictionary offers costs what an unknown word does."""
        from jpterms.era_lookup import EraLookup
        return EraLookup(self._citations.rows, spelling_cost, LEXICON_COST)

    @cached_property
    def _title_compounds(self) -> TitleCompounds:
        """The compounds a title writes as one word that no dictionary lists (字体注, 鏡花全集,
        遠野物語, 鳥坂城), which a look-up of words adds to its lattice."""
        from jpterms.title_compounds import TitleCompounds
        return TitleCompounds(self._citations.rows)

    @cached_property
    def lattice_words(self) -> LatticeWords:
        """The words a look-up's lattice gets besides Mozc's own: JMdict's and JMnedict's,
        loanwords, glued title suffixes, classical verb forms, radical sections
        (:class:`jpterms.lattice_words.LatticeWords`, built on first use).

        >>> ReverseEngine().lattice_words.loanwords("Center")[0][:2]
        ('センター', 'せんたー')
        """
        from jpterms.lattice_words import LatticeWords
        return LatticeWords(self._mozc, self._words_at, self._mozc_cost, self._citations.rows,
                            lambda: self._citations.title_suffixes, lambda: self._lexicon,
                            lambda: self._ja_frequencies, lambda: self._name_lookup,
                            spelling_cost, LEXICON_COST, GLUED_PARTICLES, LRU(5_000))

    @cached_property
    def _name_lookup(self) -> NameLookup:
        """How a look-up reads a name-shaped query: the words of its surname and given name,
        their prices and order, and whether a reading is a person's name."""
        from jpterms.name_lookup import NameLookup
        return NameLookup(self._mozc, self._words_at, word_cost(), self._name_evidence)

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
    def _placement(self) -> PlacementRules:
        """The rules of a word's place that need the citation words, municipalities and eras."""
        from jpterms.placement_rules import PlacementRules
        return PlacementRules(self._citations, self._municipal_lookup, self._era_lookup)

    @cached_property
    def _citations(self) -> CitationTables:
        """The words titles, publishers and citations are made of, by what they are."""
        return CitationTables()

    @cached_property
    def _kept_words(self) -> frozenset[tuple[str, str]]:
        """Words never pruned from the lattice, as a later step may prefer them: citation
        words, the counters of volumes and issues (巻, 号) a digit may come before, and a
        castle's or a domain's word after its place (城, 藩)."""
        return self._citations.words | self._citations.counter_words | self._title_compounds.seat_words

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

    def query_shape(self, query: str, kind: str | None = None) -> QueryShape | None:
        """What ``query``'s shape says of its written words (:class:`jpterms.query_shape.QueryShape`),
        as a look-up of it with ``kind`` reads it before pricing its words; None where the
        query has no slots.

        >>> engine = ReverseEngine()
        >>> shape = engine.query_shape("Hara Takushi")
        >>> shape.name_shaped, engine.query_shape("Hara Takushi", "place").name_shaped
        (True, False)
        """
        built = self._lattice(query, kind, True)
        if built is None:
            return None
        slots, edges, _ = built
        return self._query_shape(edges, slots, query, kind)

    def _query_shape(self, edges: list[list[Edge]], slots: list[Slot], query: str,
                     kind: str | None) -> QueryShape:
        """What ``query``'s shape says of its written words, read once for :meth:`_rescore`
        (:class:`jpterms.query_shape.QueryShape`)."""
        from jpterms.query_shape import QueryShape
        return QueryShape.analyse(edges, slots, query, kind, self._name_context,
                                  self._municipal_lookup, self._era_lookup, self._citations.others_romaji)

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
        stands goes (:meth:`~jpterms.placement_rules.PlacementRules.misplaced`), and each step says, from the word, the slots and
        that shape alone, what comes off the word's cost: a word read whole or over several
        written words (:meth:`~jpterms.placement_rules.PlacementRules.compound_costs`), a name a context word marks
        (:meth:`~jpterms.placement_rules.PlacementRules.context_name_costs`), a municipality's or a clan's suffix
        (:meth:`~jpterms.placement_rules.PlacementRules.suffix_costs`), citation words, years and counters
        (:meth:`~jpterms.placement_rules.PlacementRules.citation_costs`), the glossary's preferences kept or taken back
        (:meth:`_glossary_costs`), a person's name (:func:`~jpterms.placement_rules.person_name_costs`), capitals and
        hyphens (:meth:`_capital_costs`), particles and pronouns (:func:`~jpterms.placement_rules.particle_costs`),
        suffixes, prefixes and function words where they cannot stand
        (:meth:`_word_class_costs`) and a look-up's kind (:meth:`_kind_costs`). In a query
        shaped like a person's name, a name JMnedict gives no type is then typed by its place
        (:func:`~jpterms.placement_rules.name_part_typed`). A step the shape rules out is not asked (no suffix after
        a hyphen, no person's name, no kind), nor a step for some words (Mozc's, the
        glossary's, particles and pronouns) about others.
        """
        shape = self._query_shape(edges, slots, query, kind)
        # (the steps bound once, and those the shape rules out left out: a lattice has
        # some hundreds of words, three in four of them Mozc's)
        placement = self._placement
        misplaced, compound_costs = placement.misplaced, placement.compound_costs
        context_name_costs, citation_costs = placement.context_name_costs, placement.citation_costs
        glossary_costs, capital_costs = self._glossary_costs, self._capital_costs
        pronoun_costs, word_class_costs = particle_costs, self._word_class_costs
        suffix_costs = placement.suffix_costs if shape.suffixed or shape.clans else None
        person_costs = person_name_costs if shape.led or shape.name_shaped else None
        kind_costs = self._kind_costs if kind in ("place", "publisher") else None
        typed = name_part_typed if shape.name_shaped else None
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
                    bonus += pronoun_costs(e, slots, shape)
                if suffix_costs is not None:
                    bonus += suffix_costs(e, slots, shape)
                if person_costs is not None:
                    bonus += person_costs(e, slots, shape)
                if kind_costs is not None:
                    bonus += kind_costs(e, slots, shape)
                if typed is not None:
                    e = typed(e, slots, shape)
                new_row.append(e.priced(e.cost - bonus) if bonus else e)
            out.append(new_row)
        return out

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
        if (e.written, e.kana) in self._citations.name_words and \
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
                spelling_cost(slots, e_start, e_end, e.kana) == 0:
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
        query = heading_as_name(query)  # Murakami, Haruki: a name surname first
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
        kana = spelled_kana(text, read)
        edges = [Edge(i, i + 1, w.text, word_kana(w.text, w.kana), 0, 0, 0,
                      "glossary" if "glossary" in w.source else "jmdict")
                 for i, w in enumerate(read)]
        whole = Edge(0, len(edges), text, kana, 0, 0, 0, "glossary")
        entry = self._glosses.entry(whole) if len(edges) > 1 else None
        person = person_gloss(text, kana, self._glosses.hepburn(text, kana)) if len(edges) > 1 else ""
        senses = "; ".join(word_glosses(text, kana)) if len(edges) > 1 else ""
        work = work_gloss(text, kana) if len(edges) > 1 and not senses else ""
        english = (entry.english if entry is not None else "") or person or senses or work \
            or self._glosses.english(edges)
        if entry is not None or (len(edges) == 1 and edges[0].source == "glossary"):
            source = "glossary"
        else:
            source = "jmnedict" if person or work else "jmdict" if english else "romanize"
        words = tuple(Match(w.text, e.kana, w.romaji, partial(self._glosses.gloss, e), e.source, 0.0)
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
                out.append(spelled_kana(written, self.romanizer.explain(written)))
                run = []
            if e is not None:
                out.append(e.kana)
        return "".join(out)

    def _search(self, query: str, limit: int, kind: str | None = None) -> list[Match]:
        from jpterms.lattice import query_slots
        found = [(path, query) for path in self.paths(query, limit=limit, kind=kind,
                                                      spare=SPARE_READINGS)]
        if found:
            found = self._with_western_order(query, kind, found, limit)
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
        return self._one_word_order(out, found, best, query, kind)

    def _with_western_order(self, query: str, kind: str | None,
                            found: list[tuple[Path, str]], limit: int) -> list[tuple[Path, str]]:
        """``found`` (the readings of ``query`` as written, each with the query it read) with
        the readings of a two-word name read given name first (*Haruki Murakami*:
        :meth:`_western_order`) merged in by cost, :data:`WESTERN_ORDER_COST` dearer where
        the order as written reads as a name too."""
        from jpterms.lattice import query_slots
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
                found = merge_orders([t for t in found[:limit] if t not in backwards],
                                      other, limit)
                found += backwards[:limit - len(found)]
        return found

    def _one_word_order(self, out: list[Match], found: list[tuple[Path, str]], best: int,
                        query: str, kind: str | None) -> list[Match]:
        """``out``, a look-up's results, with a one-word query's commonest word before a
        station (:meth:`_common_word_first`) and a listed word before two kanji no
        dictionary lists together (:func:`jpterms.result_order.listed_word_first`)."""
        if kind is None and len(out) > 1 and out[0].source == "station" and \
                len(query.split()) == 1 and "-" not in query:
            shown = {m.kanji for m in out}
            further = [self._match(path, best, None) for path, _ in found
                       if path.written and path.written not in shown]
            out = self._common_word_first(out, further)  # Umi: 海, then the station 宇美
        if kind in (None, "title") and len(out) > 1 and len(query.split()) == 1 and \
                "-" not in query and unlisted(out[0]):
            out = listed_word_first(out)  # Shunchu: 春昼, not 旬 + 注
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
                return moved_first(out, i)
        return out

    @cached_property
    def _ja_frequencies(self) -> FrequencyTable:
        """wordfreq's Japanese table (from the user cache)."""
        from jpterms.word_frequencies import FrequencyTable
        return FrequencyTable.open("ja", "best")

    def _western_order(self, query: str, kind: str | None) -> str | None:
        """The query with its two words the other way round, where it is shaped like a
        person's name that English may write given name first (*Haruki Murakami*); None
        for any other query, and for a publisher's name, a house word after a capitalised
        word (*Seiko Shobo*, :meth:`NameContext.house_stem`)."""
        from jpterms.lattice import query_slots, written_words
        if kind not in (None, "name"):
            return None
        parts = written_words(query)
        if len(parts) != 2 or any(punct or hyphen for _, punct, hyphen in parts) or \
                not self._names_shaped(query, kind):
            return None
        given, family = parts[0][0], parts[1][0]
        if self._name_context.house_stem(query_slots(query)) is not None:
            return None  # Seiko Shobo: 成甲書房, a publisher, not "Shōbo Seiko" (正保聖子)
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
            plain = without_passport_h(word)
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
                     partial(self._glosses.english, edges, words), source, round(score, 3),
                     partial(self._glosses.words, edges, words))

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
                        and not word_and_suffix(run):
                    found.append((run[0].start, run[-1].end))
            run = [e] if e is not None and e.source != "text" and e.written and \
                all(map(is_kanji, e.written)) and slot_words[e.start] == slot_words[e.end - 1] \
                else []
        return found

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
        return runs_read_as(romaji, pieces, self.romanizer)


def _full_stop_context(mozc: MozcDictionary) -> int | None:
    """Mozc's left context of the full stop 。 (None if its dictionary lacks one)."""
    node = mozc.walk(mozc.ROOT, "。")
    return min((w.left for w in mozc.words(node) if w.written == "。"), default=None) \
        if node is not None else None


def kana_of(text: str) -> str:
    """Hiragana for a kana string (helper for callers comparing readings)."""
    return to_hiragana(text)
