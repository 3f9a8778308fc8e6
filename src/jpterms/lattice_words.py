"""The words a look-up's lattice gets besides Mozc's own.

:func:`jpterms.lattice.build_lattice` reads a query with Mozc's dictionary, the glossary and
the citation words; :class:`LatticeWords` adds what those lack: words JMdict and JMnedict
know (玉篇, 空海 as a person, 阿倍仲麻呂 read with the clan's の), katakana loanwords for
English words (多摩センター), and, in a look-up of words, title suffixes and house words
glued onto the last written word (北京日記抄), the classical end forms of verbs (答う) and
the sections of a kanji dictionary (弓部). The engine
(:class:`jpterms.reverse.ReverseEngine`) owns one and builds it on first use.

>>> from jpterms.reverse import ReverseEngine
>>> ReverseEngine().lattice_words.loanwords("Center")[0][:2]
('センター', 'せんたー')
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from jpterms.english_loans import katakana_for
from jpterms.glosses import describes_person
from jpterms.kana import is_kanji, kana_to_romaji, to_hiragana
from jpterms.lexicon import romaji_key
from jpterms.mozc_contexts import (
    GIVEN_NAME_CONTEXT,
    NOUN_CONTEXT,
    ORGANISATION_CONTEXT,
    PERSON_NAME_CONTEXT,
    PLACE_CONTEXT,
    PROPER_NOUN_CONTEXT,
    SURNAME_CONTEXT,
)
from jpterms.reading_index import ReadingIndex

if TYPE_CHECKING:
    from jpterms.lattice import Edge, Slot
    from jpterms.lexicon import Lexicon, Spelling
    from jpterms.lru import LRU
    from jpterms.mozcdic import MozcDictionary, MozcWord
    from jpterms.name_lookup import NameLookup
    from jpterms.word_frequencies import FrequencyTable

__all__ = ["LatticeWords"]

#: A title suffix the dictionaries lack (抄, 考: ``suffix`` rows of
#: ``data/citation_words.tsv`` Mozc does not list) may end the query's last written word,
#: glued onto it (*Pekin nikkisho* 北京日記抄); it costs more than one Mozc lists as a suffix
#: (記 0, 録 3821), before the title-suffix preferences of :mod:`jpterms.reverse`.
GLUED_SUFFIX_COST = 4500
#: Words from the lexicon (JMdict, JMnedict): how much each point of Zipf frequency takes
#: off the cost of an unknown-frequency word (:data:`jpterms.lookup_costs.LEXICON_COST`); spans
#: of at most this many written words, in queries of at most :data:`MAX_LEXICON_QUERY`.
LEXICON_PER_ZIPF = 1200
MAX_LEXICON_WORDS = 3
#: The most a one-kanji JMdict word Mozc lacks for a reading counts as common: wordfreq's
#: figure for the kanji is for all its readings (金 is mostly きん and かね, rarely かな).
ONE_KANJI_ZIPF = 2.0
MAX_LEXICON_QUERY = 10
#: A person or a work JMnedict names (太宰治, 方丈記): the whole name written as two or
#: three words is all but certainly that person; one word is likely that work.
_NOTED = frozenset({"person", "work", "product"})
NOTED_COST = 1500
NOTED_WORD_COST = 4000
#: A person whose JMnedict entry gives dates or a description ("Maruyama Masao (1914-)")
#: is the notable bearer of the name, before a homophone JMnedict only lists.
DESCRIBED_BONUS = 400
#: A person's name Mozc knows as well, before a JMnedict alias read the same (管家 for
#: 菅原道真).
MOZC_PERSON_BONUS = 300
#: The fewest characters of a name JMnedict gives no type that a look-up takes for a
#: person's full name (伊藤若冲): two (貞省 *Tei Sho*) are as often a given name or a
#: Chinese name read in Japanese.
PERSON_NAME_KANJI = 3
#: Mozc's context id of each kind of JMnedict entry (a noun's for the rest).
_KIND_CONTEXT = {"surname": SURNAME_CONTEXT, "given": GIVEN_NAME_CONTEXT,
                 "person": PERSON_NAME_CONTEXT, "place": PLACE_CONTEXT, "station": PLACE_CONTEXT,
                 "company": ORGANISATION_CONTEXT, "organization": ORGANISATION_CONTEXT,
                 "work": ORGANISATION_CONTEXT, "product": ORGANISATION_CONTEXT}
#: A person's name JMnedict reads with the clan's genitive (あべのなかまろ) where the query
#: leaves the no out (*Abe Nakamaro*), and the kinds of entry that may be one.
CLAN_GENITIVE_COST = 500
_CLAN_KINDS = frozenset({"person", "name"})
#: What a name JMnedict spells in the old kana を, ゐ or ゑ (相田みつを あいだみつを, *Aida
#: Mitsuo*; かをる *Kaoru*; すゑ *Sue*) costs more in spelling: a query writes them *o*, *i*,
#: *e*, which the lattice reads お, い, え only in a name. Only JMnedict's people and names
#: (:data:`_OLD_KANA_KINDS`) are read so.
OLD_KANA_NAME_COST = 0
_OLD_KANA_KINDS = frozenset({"person", "given", "name"})
_OLD_KANA = str.maketrans("をゐゑ", "おいえ")
#: Syllables older romanisations spelled otherwise (*Yemyo*, *Kwannon*, *Idzumo*): the
#: modern Hepburn the lexicon keys its words by. The lattice reads them as these kana
#: (:data:`jpterms.lattice._ALSO`); the lexicon, keyed by romaji, must be asked in both.
_MODERN_SYLLABLES = {"ye": "e", "kwa": "ka", "gwa": "ga", "dzu": "zu"}
#: What a classical end form (文語の終止形) of a verb the dictionaries list only in its modern
#: one costs over Mozc's price for that one: a shimo-nidan verb ends in the u-row kana of the
#: e-row kana before its modern る (寄せる → 寄す *yosu*, 答える → 答う *kotau*), as titles
#: in the literary language write it (*Tayama Katai kun ni kotau* 田山花袋君に答う).
CLASSICAL_FORM_COST = 2500
#: The e-row kana of a modern ichidan verb's ending and the u-row kana of its classical one.
_CLASSICAL_ENDINGS = dict(zip("えけげせぜてでねへべめれ", "うくぐすずつづぬふぶむる", strict=True))
#: What a section of a kanji dictionary costs: one of the 214 radicals (Unicode's Kangxi
#: Radicals block) read the Chinese way and 部 *bu* (*Kyubu* 弓部, *Shu-bu* 手部), which
#: no dictionary lists; dear enough that a word the dictionaries list (休部, 中部) keeps
#: its place before it.
RADICAL_SECTION_COST = 12000
RADICAL_PER_ZIPF = 1000  #: less by how common the radical is as a word (wordfreq's Zipf)
RADICAL_MAX_ZIPF = 4.0  #: counted up to this: 人 (6.6) is a common word, not a common section
RADICAL_READING_COST = 1500  #: more for each KANJIDIC2 on reading before the one read
#: What a section a dictionary lists as a word (木部 もくぶ, 目部) costs less than its own
#: price, which keeps the order of such sections
RADICAL_LISTED_BONUS = 1500
_KANGXI_RADICALS = range(0x2F00, 0x2FD6)
#: The honorific 氏 glued onto a person's name (*Toyoshima Yoshioshi*): the lexicon is
#: asked about the name without it for a person alone (豊島与志雄 is JMnedict's person; *Gen
#: Senshi* is a name, not 源泉 + 氏).
GLUED_HONORIFICS = frozenset({"shi"})
#: An English word kept in Latin letters, where a katakana loanword fits it, and the
#: price of a loanword Mozc does not know.
LATIN_COST = 12000
LOAN_UNKNOWN_COST = 8000
LOAN_RANK_COST = 2000


class LatticeWords:
    """The words a look-up's lattice gets besides Mozc's own. ``mozc`` is Mozc's
    dictionary, ``words_at`` the engine's cached words of a node of it and ``mozc_cost``
    Mozc's cheapest cost of a word read some way (None: Mozc lacks it); ``citation_rows``
    are the rows of ``data/citation_words.tsv``; ``title_suffixes``, ``lexicon``,
    ``ja_frequencies`` and ``name_lookup`` give the engine's title suffixes, JMdict and
    JMnedict, wordfreq's Japanese table and its name look-up when first needed;
    ``spelling_cost`` prices reading some kana over some slots of a query (None: they
    cannot be read so), a lexicon word of unknown frequency costs ``lexicon_cost``,
    ``glued_particles`` are the particles a writer glues onto the word before, and
    ``loans`` keeps the loanwords of the English words asked about."""

    def __init__(self, mozc: MozcDictionary, words_at: Callable[[int], tuple[MozcWord, ...]],
                 mozc_cost: Callable[[str, str], int | None], citation_rows: list[list[str]],
                 title_suffixes: Callable[[], frozenset[tuple[str, str]]],
                 lexicon: Callable[[], Lexicon], ja_frequencies: Callable[[], FrequencyTable],
                 name_lookup: Callable[[], NameLookup],
                 spelling_cost: Callable[[list[Slot], int, int, str], int | None],
                 lexicon_cost: int, glued_particles: frozenset[str], loans: LRU) -> None:
        self._mozc = mozc
        self._words_at = words_at
        self._mozc_cost = mozc_cost
        self._citation_rows = citation_rows
        self._get_title_suffixes = title_suffixes
        self._get_lexicon = lexicon
        self._get_ja_frequencies = ja_frequencies
        self._get_name_lookup = name_lookup
        self._spelling_cost = spelling_cost
        self._lexicon_cost = lexicon_cost
        self._glued_endings = glued_particles | GLUED_HONORIFICS
        self._loans = loans

    @cached_property
    def _title_suffixes(self) -> frozenset[tuple[str, str]]:
        return self._get_title_suffixes()

    @cached_property
    def _lexicon(self) -> Lexicon:
        return self._get_lexicon()

    @cached_property
    def _ja_frequencies(self) -> FrequencyTable:
        return self._get_ja_frequencies()

    @cached_property
    def _name_lookup(self) -> NameLookup:
        return self._get_name_lookup()

    def loanwords(self, english: str) -> tuple[tuple[str, str, int], ...]:
        """Katakana for an English word (Center: センター), priced by Mozc (cached)."""
        found: tuple[tuple[str, str, int], ...] | None = self._loans.get(english)
        if found is None:
            priced = []
            for rank, katakana in enumerate(katakana_for(english)):
                kana = to_hiragana(katakana)
                node = self._mozc.walk(self._mozc.ROOT, kana)
                known = [w.cost for w in self._words_at(node) if w.written == katakana] \
                    if node is not None else []
                cost = min(known, default=LOAN_UNKNOWN_COST) + LOAN_RANK_COST * rank
                priced.append((katakana, kana, cost))
            found = tuple(sorted(priced, key=lambda t: t[2]))
            self._loans.put(english, found)
        return found

    def add_glued_suffixes(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A title suffix the dictionaries lack (:attr:`glued_suffix_words`) may end the
        query's last written word after at least one syllable of it (*Pekin nikkisho*:
        北京日記抄), and so may a house word they lack (:attr:`glued_house_words`) a
        capitalised one (*Buronzushinsha* ブロンズ新社); the lattice reads a citation word
        only as whole written words."""
        from jpterms.lattice import new_edge
        n = len(slots)
        if not self.glued_suffix_words or not slots or slots[-1].fixed or \
                not slots[-1].last:
            return
        last = slots[-1].word
        start = next(i for i, s in enumerate(slots) if s.word == last)
        for p in range(n - 1, 0, -1):
            if slots[p].word != last or slots[p].first:
                break
            # a house word after two syllables of a name at least, the moraic n no syllable
            # of its own (not 近 + 新社 for *Kinshinsha* 近親者)
            syllables = sum(s.written.lower() not in ("n", "n'") for s in slots[start:p])
            houses = self.glued_house_words if slots[-1].capital and syllables >= 2 else ()
            for written, kana in self.glued_suffix_words + houses:
                spelling = self._spelling_cost(slots, p, n, kana)
                if spelling is not None:
                    edges[p].append(new_edge(p, n, written, kana, NOUN_CONTEXT, NOUN_CONTEXT,
                                             GLUED_SUFFIX_COST + spelling, "citation"))

    @cached_property
    def glued_suffix_words(self) -> tuple[tuple[str, str], ...]:
        """(written, kana) of the title suffixes Mozc does not list (抄, 考), which the
        lattice would otherwise never read inside a written word.

        >>> from jpterms.reverse import ReverseEngine
        >>> ReverseEngine().lattice_words.glued_suffix_words
        (('抄', 'しょう'), ('考', 'こう'))
        """
        return tuple(sorted((w, k) for w, k in self._title_suffixes
                            if self._mozc_cost(k, w) is None))

    @cached_property
    def glued_house_words(self) -> tuple[tuple[str, str], ...]:
        """(written, kana) of the publishers' house words Mozc does not list (新社, 出版会),
        which may end a capitalised written word (*Buronzushinsha* ブロンズ新社, not 新車).

        >>> from jpterms.reverse import ReverseEngine
        >>> ReverseEngine().lattice_words.glued_house_words
        (('出版会', 'しゅっぱんかい'), ('新社', 'しんしゃ'))
        """
        return tuple(sorted((row[1], row[0]) for row in self._citation_rows
                            if len(row) >= 3 and row[2] == "publisher" and len(row[1]) >= 2
                            and self._mozc_cost(row[0], row[1]) is None))

    def add_classical_forms(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A written word (or two) whose romaji is a verb's classical end form may be that
        form where JMdict lists the modern ichidan verb it comes from and Mozc prices that
        (:data:`CLASSICAL_FORM_COST`): *yosu* 寄す from 寄せる, *kotau* 答う from 答える."""
        for p, slot in enumerate(slots):
            if not slot.first or slot.fixed:
                continue
            end = p
            for _ in range(2):  # one written word, or two (*kota u*)
                end = next((q + 1 for q in range(end, len(slots)) if slots[q].last), 0)
                if not end or any(s.fixed for s in slots[p:end]):
                    break
                self._add_classical_form(edges, slots, p, end)

    def _add_classical_form(self, edges: list[list[Edge]], slots: list[Slot], p: int,
                            end: int) -> None:
        """The classical end forms of :meth:`add_classical_forms` over ``slots[p:end]``."""
        from jpterms.lattice import new_edge
        romaji = "".join(s.written for s in slots[p:end]).lower()
        last = slots[end - 1].written.lower()
        if not last.endswith("u") or len(romaji) <= len(last):
            return
        modern = romaji[:-1] + "eru"
        known = {(e.end, e.written) for e in edges[p] if e.source == "mozc"}
        for sp in self._lexicon.spellings(modern):
            if sp.source != "jmdict" or sp.kind != "word" or len(sp.written) < 3 or \
                    not sp.written.endswith(sp.kana[-2:]) or sp.kana[-1] != "る" or \
                    sp.kana[-2] not in _CLASSICAL_ENDINGS or \
                    not any(map(is_kanji, sp.written[:-2])):
                continue
            tail = _CLASSICAL_ENDINGS[sp.kana[-2]]
            written, kana = sp.written[:-2] + tail, sp.kana[:-2] + tail
            if (end, written) in known:
                continue
            spent = self._spelling_cost(slots, p, end, kana)
            node = self._mozc.walk(self._mozc.ROOT, sp.kana)
            verbs = [w for w in self._words_at(node) if w.written == sp.written] \
                if node is not None else []
            if spent is None or not verbs:
                continue
            verb = min(verbs, key=lambda w: w.cost)
            known.add((end, written))
            # JMdict's own entry for it (寄す), priced as a rare noun, gives way
            edges[p] = [e for e in edges[p] if (e.end, e.written) != (end, written)]
            edges[p].append(new_edge(p, end, written, kana, verb.left, verb.right,
                                     verb.cost + CLASSICAL_FORM_COST + spent, "jmdict"))

    def add_radical_sections(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A last written word ending in *bu*, or a word and *bu* after a hyphen, may be a
        radical's section of a kanji dictionary (:data:`RADICAL_SECTION_COST`): *Kyubu*
        弓部, *Shu-bu* 手部; not inside a compound (*Chubu chiho* 中部地方)."""
        from jpterms.lattice import new_edge
        n = len(slots)
        for p, slot in enumerate(slots):
            if not slot.first or slot.fixed:
                continue
            end = next((q + 1 for q in range(p, n) if slots[q].last), 0)
            if end < n and slots[end].first and slots[end].last and \
                    slots[end].written.lower() == "bu":
                end += 1  # Shu-bu: the section word written apart
            if end != n or end < p + 2 or slots[end - 1].written.lower() != "bu" or \
                    any(s.fixed for s in slots[p:end]):  # a heading ends the query
                continue
            head = "".join(s.written for s in slots[p:end - 1])
            sections = {(radical + "部", kana + "ぶ"): cost for radical, kana, cost
                        in self.radical_readings.get(romaji_key(head), ())}
            listed = {(e.written, e.kana) for e in edges[p]
                      if e.end == end and e.source in ("mozc", "jmdict")} & sections.keys()
            edges[p] = [e.priced(e.cost - RADICAL_LISTED_BONUS)
                        if e.end == end and (e.written, e.kana) in listed else e
                        for e in edges[p]]
            for (written, kana), cost in sections.items():
                spent = self._spelling_cost(slots, p, end, kana)
                if spent is not None and (written, kana) not in listed:
                    edges[p].append(new_edge(p, end, written, kana, NOUN_CONTEXT,
                                             NOUN_CONTEXT, cost + spent, "citation"))

    @cached_property
    def radical_readings(self) -> dict[str, tuple[tuple[str, str, int], ...]]:
        """(radical, on reading, cost of its section) of the Kangxi radicals by the romaji
        key of the reading.

        >>> from jpterms.reverse import ReverseEngine
        >>> ReverseEngine().lattice_words.radical_readings["kyu"][0][:2]
        ('弓', 'きゅう')
        """
        from jpterms.word_frequencies import zipf
        index = ReadingIndex.default()
        out: dict[str, list[tuple[str, str, int]]] = {}
        for code in _KANGXI_RADICALS:
            radical = unicodedata.normalize("NFKC", chr(code))
            common = min(zipf(self._ja_frequencies.get(radical)), RADICAL_MAX_ZIPF)
            for rank, kana in enumerate(index.kanji(radical)[0]):
                cost = RADICAL_SECTION_COST - int(RADICAL_PER_ZIPF * common) + \
                    RADICAL_READING_COST * rank
                out.setdefault(romaji_key(kana_to_romaji(kana)), []).append(
                    (radical, kana, cost))
        return {key: tuple(sorted(found, key=lambda t: t[2])) for key, found in out.items()}

    def add_loanwords(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """An English word in a name (Tama *Center*) may be the katakana loanword Japanese
        writes for it (多摩センター); the English itself is kept as a dearer reading."""
        from jpterms.lattice import Edge
        for p, slot in enumerate(slots):
            if not (slot.fixed and slot.fixed.isascii() and slot.fixed.isalpha()):
                continue
            loans = self.loanwords(slot.fixed)
            if not loans:
                continue
            edges[p] = [dataclasses.replace(e, cost=e.cost + LATIN_COST) if e.source == "text"
                        else e for e in edges[p]]
            edges[p] += [Edge(p, p + 1, katakana, kana, NOUN_CONTEXT, NOUN_CONTEXT, cost,
                              "jmdict", "loan") for katakana, kana, cost in loans]

    def add_lexicon_words(self, edges: list[list[Edge]], slots: list[Slot],
                           word_cost: Any, lookup: bool = False) -> None:
        """Words JMdict and JMnedict know and Mozc lacks (玉篇, 空海 as a person), for
        spans of one to three whole written words, priced by how common they are. In a
        look-up (``lookup``), a name JMnedict gives no type that spans two or more
        capitalised words and splits into a surname and a given name dictionaries list
        (:meth:`jpterms.name_lookup.NameLookup.splits_as_name`) is a person's name: 伊藤若冲
        ("Itoujakuchuu") for *Ito Jakuchu*, 円山応挙 for *Maruyama Okyo*."""
        from jpterms.lattice import new_edge
        starts = [i for i, s in enumerate(slots) if s.first and not s.fixed]
        if len(starts) > MAX_LEXICON_QUERY:  # a long title: Mozc knows its words
            return
        for p in starts:
            known = {(e.end, e.written) for e in edges[p]}
            for words_spanned, mid, end, romaji in _lexicon_spans(slots, p, lookup, self._glued_endings):
                if words_spanned == 2 and slots[p].capital and slots[mid].capital \
                        and slots[end - 1].last:
                    first_romaji = "".join(s.written for s in slots[p:mid])
                    self._add_clan_names(edges, slots, p, mid, end, first_romaji,
                                         romaji[len(first_romaji):], known, word_cost)
                self._add_span_words(edges, slots, p, end, romaji, words_spanned, known,
                                     word_cost, lookup, new_edge)

    def _add_span_words(self, edges: list[list[Edge]], slots: list[Slot], p: int, end: int,
                        romaji: str, words_spanned: int, known: set[tuple[int, str]],
                        word_cost: Any, lookup: bool, new_edge: Callable[..., Edge]) -> None:
        """The JMdict and JMnedict words of the span ``p:end`` (``romaji``) that Mozc lacks,
        as edges from ``p`` (see :meth:`add_lexicon_words`); each added joins ``known``."""
        spent_on: dict[str, int | None] = {}  # _spelling_cost by reading, this span
        spellings = self._lexicon.spellings(romaji)
        modern = _modern_romaji(s.written for s in slots[p:end])
        if modern != romaji:  # Imamura Yemyo: 今村恵猛 いまむらえみょう
            spellings += self._lexicon.spellings(modern)
        # a name read with a clan's の that a dictionary also writes without it
        # (蘇我馬子 そがのうまこ): JMnedict's person with the の written (曾我の馬子)
        # is a variant of it
        unwritten_no = {e.kana for e in edges[p] if e.end == end and
                        "の" in e.kana and "の" not in e.written} | {
            sp.kana for sp in spellings if "の" in sp.kana and "の" not in sp.written}
        # cut inside its last written word (not before a particle glued on it)
        glued = "" if slots[end - 1].last or not slots[end].last else \
            slots[end].written.lower()
        partial = not slots[end - 1].last and glued not in self._glued_endings
        for sp in spellings:
            if sp.source not in ("jmdict", "jmnedict"):
                continue
            if partial and (sp.source != "jmdict" or sp.kind != "word"
                            or not all(map(is_kanji, sp.written))):
                continue
            if sp.kind == "person" and "の" in sp.written and sp.kana in unwritten_no:
                continue
            # a person Mozc also knows (菅原道真) is that person all the same
            also_mozc = words_spanned > 1 and sp.kind == "person"
            if (end, sp.written) in known and not also_mozc:
                continue
            if sp.written.count("の") > sp.kana.count("の") or (
                    sp.kind == "person" and len(sp.kana) > 3.5 * len(sp.written)):
                continue  # aliases: 源の頼朝 read みなもとよりとも, 管家 すがわらみちざね
            spent = self._spent(slots, p, end, sp, spent_on)
            if spent is None:
                continue
            kind = sp.kind
            if lookup and kind == "name" and words_spanned > 1 and \
                    len(sp.written) >= PERSON_NAME_KANJI and \
                    all(s.capital for s in slots[p:end]) and \
                    self._name_lookup.splits_as_name(sp.written, sp.kana):
                kind = "person"
            if glued in GLUED_HONORIFICS and kind != "person":
                continue  # Gen Senshi: a name, not 源泉 + 氏
            context = _KIND_CONTEXT.get(kind, NOUN_CONTEXT)
            base = self._lexicon_price(sp, kind, words_spanned, end, known)
            cost = word_cost(sp.written, sp.kana, base)
            if cost is None:  # digits, Latin letters, a misplaced long mark
                continue
            cost += spent
            known.add((end, sp.written))
            edges[p].append(new_edge(p, end, sp.written, sp.kana, context, context,
                                     cost, sp.source, kind))

    def _spent(self, slots: list[Slot], p: int, end: int, sp: Spelling,
               spent_on: dict[str, int | None]) -> int | None:
        """What spelling ``slots[p:end]`` as ``sp``'s reading costs (None: it is not spelt
        so), remembered by reading in ``spent_on``; a name's old kana read the modern way."""
        if sp.kana in spent_on:  # the words of a span share few readings
            spent = spent_on[sp.kana]
        else:
            spent = spent_on[sp.kana] = self._spelling_cost(slots, p, end, sp.kana)
        if spent is None and sp.source == "jmnedict" and \
                sp.kind in _OLD_KANA_KINDS:  # みつを for *Mitsuo*: を written o
            modern = sp.kana.translate(_OLD_KANA)
            if modern != sp.kana:
                spent = self._spelling_cost(slots, p, end, modern)
                spent = None if spent is None else spent + OLD_KANA_NAME_COST
        return spent

    def _lexicon_price(self, sp: Spelling, kind: str, words_spanned: int, end: int,
                       known: set[tuple[int, str]]) -> int:
        """The base cost of a JMdict or JMnedict word ``sp`` of ``kind`` spanning
        ``words_spanned`` written words to ``end``: by how common it is, Mozc's price for a
        listed word, a noted person's or work's bonuses."""
        frequency = sp.frequency
        if len(sp.written) == 1 and sp.source == "jmdict":
            # wordfreq counts 金 however it is read (きん, かね): as かな, which
            # Mozc does not offer, it is not that common
            frequency = min(frequency, ONE_KANJI_ZIPF)
        base = self._lexicon_cost - int(LEXICON_PER_ZIPF * frequency)
        if sp.source == "jmdict" and sp.kind == "word" and len(sp.written) > 1 \
                and all(map(is_kanji, sp.written)):
            base = self.listed_price(sp.written, sp.kana, base)  # enji: 衍字
        if kind in _NOTED:  # a person or work JMnedict records by name
            base = min(base, NOTED_COST if words_spanned > 1 else NOTED_WORD_COST)
            if kind == "person" and describes_person(sp.written, sp.kana):
                base -= DESCRIBED_BONUS  # 丸山真男 (1914-) before 丸山昌朗
            if (end, sp.written) in known:  # 菅原道真 before the alias 管家
                base -= MOZC_PERSON_BONUS
        return base

    def listed_price(self, written: str, kana: str, base: int) -> int:
        """A JMdict word of two kanji or more priced at Mozc's own cost for it where Mozc
        lists it for ``kana`` and that is below ``base``, its price by wordfreq. Such a word
        is here because the lattice kept only the cheapest few of a reading's many
        homophones (えんじ: 園児, 演じ, 臙脂...) and let Mozc's 衍字 "a redundant character"
        (8600) go; JMdict gives it back, and it should come back at Mozc's price, not at
        that of a word of unknown frequency (:data:`jpterms.lookup_costs.LEXICON_COST`, 10,000
        for 衍字)."""
        listed = self._mozc_cost(kana, written)
        return base if listed is None else min(base, listed)

    def _add_clan_names(self, edges: list[list[Edge]], slots: list[Slot], p: int, mid: int,
                        end: int, clan: str, given: str, known: set[tuple[int, str]],
                        word_cost: Any) -> None:
        """A historical person written without the clan's genitive (*Abe Nakamaro*:
        JMnedict's 阿倍仲麻呂 あべのなかまろ; *Ki Tsurayuki*): the name read with its の."""
        from jpterms.lattice import Edge
        spellings = self._lexicon.spellings(clan + "no" + given)
        unwritten_no = {sp.kana for sp in spellings if "の" not in sp.written}
        for sp in spellings:
            if sp.source != "jmnedict" or (end, sp.written) in known or \
                    len(sp.kana) > 3.5 * len(sp.written):
                continue
            # JMnedict's type may be wrong where Mozc lists the name (蘇我馬子: "given")
            customary = "の" not in sp.written and self._customary_genitive(sp.written, sp.kana)
            if sp.kind not in _CLAN_KINDS and not customary:
                continue
            if "の" in sp.written and sp.kana in unwritten_no:
                continue  # 曾我の馬子 beside 蘇我馬子: a variant of the name (above)
            spent = None
            for i, ch in enumerate(sp.kana):
                if ch != "の":
                    continue
                head = self._spelling_cost(slots, p, mid, sp.kana[:i])
                tail = self._spelling_cost(slots, mid, end, sp.kana[i + 1:])
                if head is not None and tail is not None:
                    spent = head + tail
                    break
            if spent is None:
                continue
            kind, base = sp.kind, NOTED_COST if sp.kind == "person" else self._lexicon_cost
            genitive = CLAN_GENITIVE_COST
            if customary:
                kind, genitive = "person", 0
                base = NOTED_COST - DESCRIBED_BONUS - MOZC_PERSON_BONUS
            cost = word_cost(sp.written, sp.kana, base + genitive)
            if cost is None:
                continue
            known.add((end, sp.written))
            context = _KIND_CONTEXT.get(kind, NOUN_CONTEXT)
            edges[p].append(Edge(p, end, sp.written, sp.kana, context, context, cost + spent,
                                 sp.source, kind))

    def _customary_genitive(self, written: str, kana: str) -> bool:
        """Whether Mozc lists the person ``written`` read ``kana`` with the clan's の and
        no whole name read without it: the person is customarily named with the の, and a
        query without it (*Abe Nakamaro*, as catalogues write him) means 阿倍仲麻呂
        あべのなかまろ before JMnedict's variant 安倍仲麿 あべなかまろ, which Mozc lacks."""
        node = self._mozc.walk(self._mozc.ROOT, kana)
        if node is None or all(w.written != written or w.left != PERSON_NAME_CONTEXT
                               for w in self._words_at(node)):
            return False
        bare = kana.replace("の", "", 1)
        node = self._mozc.walk(self._mozc.ROOT, bare)
        return node is None or all(w.left not in (PERSON_NAME_CONTEXT, PROPER_NOUN_CONTEXT)
                                   for w in self._words_at(node))



def _lexicon_spans(slots: Sequence[Slot], start: int,
                   lookup: bool,
                   glued_endings: frozenset[str]) -> Iterator[tuple[int, int, int, str]]:
    """The spans the lexicon is asked about from slot ``start``: one to
    :data:`MAX_LEXICON_WORDS` whole written words (:func:`jpterms.lattice.whole_word_spans`)
    and, in a look-up, two or more written words whose last, in lower case, is cut inside
    (*Koro hyoshikiho*: 航路標識 + 法, a compound JMdict lists whole over the written
    words' boundary; not *Gen Senshi*, a name: 源泉 + 氏): (words spanned, start of the
    last word, end, romaji)."""
    from jpterms.lattice import whole_word_spans
    for spanned, mid, end, romaji in whole_word_spans(slots, start, MAX_LEXICON_WORDS):
        if lookup and spanned > 1 and not slots[mid].capital:
            head = romaji[: len(romaji) - sum(len(s.written) for s in slots[mid:end])]
            for cut in range(mid + 2, end):  # (two syllables of it at least: 和菓子 + 感)
                yield spanned, mid, cut, head + "".join(s.written for s in slots[mid:cut])
        elif lookup and end - mid > 2 and slots[end - 1].written.lower() in glued_endings:
            # a particle or 氏 glued onto the word (*Hitofusano budo*: 一房 + の, a word
            # JMdict lists that no reading of the whole written word finds; 豊島与志雄 + 氏)
            yield spanned, mid, end - 1, romaji[: len(romaji) - len(slots[end - 1].written)]
        yield spanned, mid, end, romaji


def _modern_romaji(syllables: Iterable[str]) -> str:
    """The written syllables of a span as modern Hepburn writes them: an older *ye*,
    *kwa*, *gwa*, *dzu* as e, ka, ga, zu (:data:`_MODERN_SYLLABLES`), syllable by syllable
    so that no two syllables' letters are taken for one.

    >>> _modern_romaji(["i", "ma", "mu", "ra", "ye", "myo"]), _modern_romaji(["kwa", "n"])
    ('imamuraemyo', 'kan')
    """
    return "".join(_MODERN_SYLLABLES.get(s, s) for s in syllables)


