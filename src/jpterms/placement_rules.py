"""The rules that price a word of a look-up's lattice by where it stands in the query
(:meth:`jpterms.reverse.ReverseEngine._rescore` asks each, then takes what they say off
the word's cost): a word read whole or over several written words, a name a context word
marks, a municipality's or a clan's suffix, citation words, years and counters
(:class:`PlacementRules`, which owns the tables these need), a person's name, particles
and pronouns, and the type of a name JMnedict leaves untyped (functions of the word, the
slots and the query's shape alone). No rule asks another.

>>> from jpterms.lattice import Edge, query_slots
>>> from jpterms.reverse import ReverseEngine
>>> slots, shape = query_slots("Adachi Seifu"), ReverseEngine().query_shape("Adachi Seifu")
>>> shape.name_shaped
True
>>> person_name_costs(Edge(3, 6, "政府", "せいふ", 1851, 1851, 3000, "mozc"), slots, shape)
-1500
>>> person_name_costs(Edge(0, 3, "安達", "あだち", 1923, 1923, 3000, "mozc"), slots, shape)
1500
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from jpterms.citation_tables import CitationTables
from jpterms.citation_words import CITATION_BONUS_PER_KANA, CITATION_WORD_BONUS
from jpterms.kana import is_kanji, kana_to_romaji
from jpterms.lexicon import GIVEN_KINDS, PROPER_NAME_KINDS, romaji_key
from jpterms.lookup_costs import (
    CLAN_FAMILY_BONUS,
    CLAN_OTHER_COST,
    CLAN_SUFFIX_BONUS,
    COMMON_GIVEN_COST,
    COMPOUND_BONUS,
    COUNTER_BONUS,
    ERA_YEAR_BONUS,
    FINAL_TOPIC_COST,
    GLOSSARY_GIVEN_COST,
    GLUED_PRONOUN_BONUS,
    HOUSE_FAMILY_BONUS,
    HOUSE_WORD_BONUS,
    INSTITUTION_PLACE_BONUS,
    LISTED_COMPOUND_BONUS,
    MUNICIPAL_ACROSS_COST,
    MUNICIPAL_SUFFIX_BONUS,
    NAME_BONUS,
    NUMBER_WORD_REFUND,
    OFFICE_COMMON_COST,
    OFFICE_FAMILY_BONUS,
    OWNER_BONUS,
    PARTICLE_COST,
    PRONOUN_BONUS,
    PRONOUN_VARIANT_COST,
    RENDAKU_START_COST,
    ROLE_BONUS,
    START_FUNCTION_COST,
    SURNAME_BONUS,
    SWALLOWED_PARTICLE_COST,
    TITLE_SUFFIX_BONUS,
    WHOLE_WORD_BONUS,
    WHOLE_WORD_KANJI,
)
from jpterms.mozc_contexts import (
    FINAL_PARTICLE_CONTEXTS,
    FUNCTION_CONTEXTS,
    GIVEN_NAME_CONTEXT,
    NUMBER_CONTEXTS,
    PERSON_NAME_CONTEXT,
    PLACE_CONTEXT,
    PRONOUN_CONTEXTS,
    PROPER_CONTEXTS,
    SURNAME_CONTEXT,
)
from jpterms.particle_slots import GENITIVE_SYLLABLES, before_glued_particle
from jpterms.romaji import PARTICLE_WORDS
from jpterms.slot_spelling import spelling_cost

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.era_lookup import EraLookup
    from jpterms.lattice import Edge, Slot
    from jpterms.municipal_lookup import MunicipalLookup
    from jpterms.query_shape import QueryShape

__all__ = ["PlacementRules", "name_part_typed", "particle_costs", "person_name_costs",
           "unidic_lemma"]


class PlacementRules:
    """The rules of a word's place that need tables: citation words
    (:class:`jpterms.citation_tables.CitationTables`), municipalities
    (:class:`jpterms.municipal_lookup.MunicipalLookup`) and era names
    (:class:`jpterms.era_lookup.EraLookup`). Each rule says, from the word, the slots and
    the query's shape, what comes off the word's cost (or, :meth:`misplaced`, whether the
    word has no place at all)."""

    def __init__(self, tables: CitationTables, municipal: MunicipalLookup,
                 eras: EraLookup) -> None:
        self._tables = tables
        self._municipal = municipal
        self._eras = eras

    # (the tables a rule reads, each one attribute of the rules once read: the rules run for
    # every word of every lattice)
    @cached_property
    def _voiced_titles(self) -> frozenset[tuple[str, str]]:
        return self._tables.voiced_titles

    @cached_property
    def _compound_voiced(self) -> frozenset[tuple[str, str]]:
        return self._tables.compound_voiced

    @cached_property
    def _owner_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.owner_words

    @cached_property
    def _founder_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.founder_words

    @cached_property
    def _roles(self) -> frozenset[tuple[str, str]]:
        return self._tables.roles

    @cached_property
    def _others_romaji(self) -> frozenset[str]:
        return self._tables.others_romaji

    @cached_property
    def _citation_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.words

    @cached_property
    def _name_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.name_words

    @cached_property
    def _series_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.series_words

    @cached_property
    def _bound_suffixes(self) -> frozenset[tuple[str, str]]:
        return self._tables.bound_suffixes

    @cached_property
    def _placed_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.placed_words

    @cached_property
    def _title_suffixes(self) -> frozenset[tuple[str, str]]:
        return self._tables.title_suffixes

    @cached_property
    def _counter_words(self) -> frozenset[tuple[str, str]]:
        return self._tables.counter_words

    def misplaced(self, e: Edge, slots: list[Slot], shape: QueryShape) -> bool:
        """Whether ``e`` has no place where it stands: a particle of two kana or less read
        from a capitalised written word of its own that spells no particle (*Tono*
        (*monogatari*) is a name, 遠野; *tono* (*kaidan*) is との), or a citation word voiced as
        after another word (:attr:`jpterms.citation_tables.CitationTables.voiced_titles`) at the query's start or after a particle
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

    def compound_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
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
            if spanned and (shape.particle_swallowed(e, slots) or shape.suru_swallowed(e, slots)):
                bonus -= SWALLOWED_PARTICLE_COST  # Shina no e: 支那の, not 信濃
            elif spanned and not shape.particle_inside(e, slots):  # 東洋文庫 over "Toyo bunko"
                bonus += COMPOUND_BONUS * spanned
                if source == "jmdict" and e.kind == "word" and all(map(is_kanji, written)) \
                        and not any(shape.parts[w][2] for w in range(first_slot.word,
                                                                     last_slot.word + 1)):
                    bonus += LISTED_COMPOUND_BONUS  # Kaijo hoken: 海上保険
        return bonus

    def context_name_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
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
        if shape.house_stem is not None and (e.start, e.end) == (shape.house_stem[1], len(
                slots)) and (e.written, e.kana) in self._founder_words:
            bonus += HOUSE_WORD_BONUS  # Kokyo Shoin: 書院, not the given name 松陰
        first_slot, last_slot = slots[e.start], slots[e.end - 1]
        if not (first_slot.first and last_slot.last and first_slot.word == last_slot.word):
            return bonus
        word, pair = first_slot.word, (e.written, e.kana)
        if word - 1 in shape.capitals and word - 1 not in shape.particle_words and \
                pair in self._owner_words:
            bonus += OWNER_BONUS  # Hiroshima shiritsu: 市立, not 私立 "private"
        if word in shape.placed and (e.left == PLACE_CONTEXT or e.kind in ("place", "station")):
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

    def suffix_costs(self, e: Edge, slots: list[Slot], shape: QueryShape) -> int:
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
        municipal = self._municipal
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

    def citation_costs(self, e: Edge, row: list[Edge], slots: list[Slot],
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
            table = self._eras.table
            if e.written in table and e.kana in table.readings(e.written):
                # Taisho juninen: 大正十二年, not 対処; Tenpo 3-nen: 天保, long vowel and all
                bonus += ERA_YEAR_BONUS + (spelling_cost(slots, e_start, e_end, e.kana) or 0)
        if e_start and slots[e_start - 1].fixed.isdigit() and pair in self._counter_words:
            bonus += COUNTER_BONUS  # dai 2-kan: 第2巻, as catalogues write volumes
        return bonus


def person_name_costs(e: Edge, slots: list[Slot], shape: QueryShape) -> int:
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


def particle_costs(e: Edge, slots: list[Slot], shape: QueryShape) -> int:
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
            spelling_cost(slots, e_start, e_end, e.kana) == 0:
        bonus += PRONOUN_BONUS - (  # Yo to mannenhitsu: 余, then 予, not 用 (よう)
            0 if unidic_lemma(e.written) == e.written else PRONOUN_VARIANT_COST)
    elif before_glued_particle(slots, e_start, e_end) and \
            spelling_cost(slots, e_start, e_end, e.kana) == 0:
        bonus += GLUED_PRONOUN_BONUS - (  # Yoga: 余が, then 予が, not ヨガ
            0 if unidic_lemma(e.written) == e.written else PRONOUN_VARIANT_COST)
    return bonus


def name_part_typed(e: Edge, slots: list[Slot], shape: QueryShape) -> Edge:
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


@lru_cache(maxsize=1024)
def unidic_lemma(written: str) -> str:
    """UniDic's lemma of ``written`` where UniDic reads it as one word, its usual spelling
    (余 for 予 read よ, 我 for 吾), else "".

    >>> unidic_lemma("予"), unidic_lemma("吾"), unidic_lemma("余と万年筆")
    ('余', '我', '')
    """
    from jpterms.mecab_rows import tagger

    nodes = [n for n in tagger().parseToNodeList(written) if n.surface]
    if len(nodes) != 1 or len(nodes[0].feature) < 8:
        return ""
    return str(nodes[0].feature[7]).split("-")[0]
