"""Compounds a title writes as one word that no dictionary lists, added to its lattice.

A catalogue writes a title's words together where no dictionary has the whole: a citation
word and the word a title ends in (字体注), a writer's pen name and the writer's works
(鏡花全集), a place and a work named after it (遠野物語) or its road or park (浅草公園), a
place and its castle or domain (鳥坂城, 沼津藩). :class:`TitleCompounds` adds each such
compound where the lattice of a look-up of words has its parts, cheaper than the parts
apart (the lattice is priced by :meth:`jpterms.reverse.ReverseEngine._rescore` first).
Its words are the rows of ``data/citation_words.tsv``, by kind. The engine owns one and
builds it on first use.

>>> from jpterms.package_data import read_rows
>>> compounds = TitleCompounds(read_rows("citation_words.tsv"))
>>> sorted(written for written, _ in compounds.seat_words)
['城', '藩']
>>> from jpterms.reverse import ReverseEngine
>>> [ReverseEngine().search(query)[0].kanji for query in ("Torisakajo", "Kyoka zenshu")]
['鳥坂城', '鏡花全集']
"""

from __future__ import annotations

import dataclasses
from functools import cached_property

from jpterms.citation_words import CITATION_BONUS_PER_KANA
from jpterms.dictionaries import jmdict_word
from jpterms.kana import is_kanji, kana_to_romaji
from jpterms.known_as import known_alone
from jpterms.lattice import Edge, Slot, new_edge
from jpterms.lexicon import romaji_key
from jpterms.mozc_contexts import NOUN_CONTEXT, PLACE_CONTEXTS

__all__ = ["TitleCompounds"]

#: Preference for a person's name (Mozc's 人名 and 名: the pen names 鏡花, 芭蕉, 漱石) that
#: begins a written word before a word of a work or a writer's part in it (全集, 雑記, 著:
#: data/citation_words.tsv): a catalogue names a writer's works after the writer
#: (*Kyoka zenshu* 鏡花全集, not 強化全集 "strengthening"; *Basho zakki* 芭蕉雑記).
NAMED_WORK_BONUS = 3000
#: Preference for a place (Mozc's 地名, JMnedict's) written as a word before a work's word
#: that names works after their places (物語, 日記, 紀行: data/citation_words.tsv's rows
#: marked ``place``): *Tono monogatari* 遠野物語, not 殿物語.
PLACED_WORK_BONUS = 3000
#: Preference for a place (Mozc's 地名, JMnedict's) written as a word before its road, park,
#: transport company or tram stop (道路, 公園, 交通, 停留場: ``facility`` rows of
#: data/citation_words.tsv), the two as one word: *Asakusa koen* 浅草公園, not 講演
#: "lecture"; *Arita kotsu* 有田交通, not 骨 "bone"; *Kurikoma doro* 栗駒道路, not 泥 "mud".
FACILITY_BONUS = 4000
#: A castle or a feudal domain named after the place it stands in (城 じょう, 藩 はん:
#: ``seat`` rows of ``data/citation_words.tsv``), glued onto the place's capitalised written
#: word or written after it (*Torisakajo* 鳥坂城, not 所; *Numazu han* 沼津藩, not 版
#: "edition"): the place and the word as one costs this much less than the two apart.
SEAT_BONUS = 3000


class TitleCompounds:
    """The compounds of citation words, works, facilities and seats a title's lattice gains
    (each :meth:`add_...` adds one kind), from the rows of ``data/citation_words.tsv``
    (kana, written, kind, ...)."""

    def __init__(self, citation_rows: list[list[str]]) -> None:
        self._citation_rows = citation_rows

    def add_cited_compounds(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A citation word that begins a written word and a word titles end in that ends
        it (:attr:`_title_tail_words`: 注, 注記, 集) make one word, preferred as the first
        would be were it the written word alone (*jitaichu*: 字体注, not 自体 "itself" + 注;
        the lattice prefers a citation word only where it ends a written word). Only a title's
        or a series' word begins one (:attr:`_title_heads`), and none where a dictionary
        word spans the same syllables (*kenkyusho* 研究所, not 研究 + 抄; *Chijo soshiki*
        組織, not 草紙 + 記).
        ``edges`` are priced by :meth:`jpterms.reverse.ReverseEngine._rescore`."""
        tails = self._title_tails(slots)
        if not tails:
            return
        heads, ends = self._title_heads, self._title_tail_words
        for p, row in enumerate(edges):
            if not slots[p].first:
                continue
            for e in list(row):
                if e.end not in tails or (e.written, e.kana) not in heads:
                    continue
                bonus = CITATION_BONUS_PER_KANA * len(e.kana)
                for t in edges[e.end]:
                    if slots[t.end - 1].last and (t.written, t.kana) in ends and not any(
                            o.end == t.end and o.source in ("mozc", "jmdict") for o in row):
                        row.append(new_edge(p, t.end, e.written + t.written, e.kana + t.kana,
                                            NOUN_CONTEXT, NOUN_CONTEXT, e.cost + t.cost - bonus,
                                            "citation"))

    def add_named_works(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A person's name of Mozc's (人名, 名) that begins a written word and a word of a
        work or a writer's part in it that ends one (:attr:`_work_words`: 全集, 雑記, 著)
        make one word, :data:`NAMED_WORK_BONUS` cheaper than the two apart: *Kyoka zenshu*
        鏡花全集, *Basho zakki* 芭蕉雑記. ``edges`` are priced by :meth:`jpterms.reverse.ReverseEngine._rescore`."""
        works = self._work_words
        # the works words from each slot (a row gains words only while it is read, and the
        # rows after it are read later: each slot's are found once)
        ends_at: dict[int, list[Edge]] = {}
        for p, row in enumerate(edges):
            if not slots[p].first:
                continue
            for e in list(row):
                if e.end >= len(slots) or e.source == "text":
                    continue
                # the works word first: JMnedict's people load only where one follows
                ends = ends_at.get(e.end)
                if ends is None:
                    ends = ends_at[e.end] = [t for t in edges[e.end] if slots[t.end - 1].last
                                             and (t.written, t.kana) in works]
                if not ends or not known_alone(e.written, e.kana):
                    continue
                for t in ends:
                    row.append(new_edge(p, t.end, e.written + t.written, e.kana + t.kana,
                                        e.left, t.right, e.cost + t.cost - NAMED_WORK_BONUS,
                                        "citation"))

    def add_placed_works(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A place of Mozc's (地名) or JMnedict's that is a whole written word before a
        written word that is a work's word (:attr:`_placed_work_words`: 物語, 日記, 紀行)
        make one word, :data:`PLACED_WORK_BONUS` cheaper than the two apart: a work
        named after its place (*Tono monogatari* 遠野物語, not 殿 "lord" + 物語; *Tosa
        nikki* 土佐日記). A place JMdict also lists as a word (殿) is that word, and a
        place with no kanji (Mozc's トウキョウ) is not how a title writes a Japanese place.
        So do a place and its facility (:attr:`_facility_words`: 公園, 道路, 交通),
        :data:`FACILITY_BONUS` cheaper, whatever JMdict lists: *Asakusa koen* 浅草公園 (not
        講演 "lecture"), *Waseda teiryujo* 早稲田停留場, *Gojo doro* 五條道路 (the place's
        reading, not 互助 "mutual aid"). ``edges`` are priced by :meth:`jpterms.reverse.ReverseEngine._rescore`."""
        works = self._placed_work_words
        ends_at: dict[int, list[Edge]] = {}
        for p, row in enumerate(edges):
            if not slots[p].first:
                continue
            for e in list(row):
                if e.end >= len(slots) or e.source == "text" or not slots[e.end].first or \
                        not (e.left in PLACE_CONTEXTS or e.kind in ("place", "station")):
                    continue
                ends = ends_at.get(e.end)
                if ends is None:
                    ends = ends_at[e.end] = [t for t in edges[e.end] if slots[t.end - 1].last
                                             and (t.written, t.kana) in works]
                if not ends or not any(map(is_kanji, e.written)):
                    continue  # トウキョウ is 東京 in katakana
                listed = None  # whether JMdict lists the place as a word (殿 との): asked once
                for t in ends:
                    if (t.written, t.kana) in self._facility_words:
                        bonus = FACILITY_BONUS  # 早稲田停留場, though JMdict lists 早稲田
                    else:
                        if listed is None:
                            listed = jmdict_word(e.written, e.kana) is not None
                        if listed:
                            continue  # Tono monogatari: 殿 is the word
                        bonus = PLACED_WORK_BONUS
                    row.append(new_edge(p, t.end, e.written + t.written, e.kana + t.kana,
                                        e.left, t.right, e.cost + t.cost - bonus, "citation"))

    def add_seats(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """A place of Mozc's (地名) or JMnedict's that begins a capitalised written word,
        and the word of a castle or a domain (:attr:`seat_words`: 城, 藩) that reads the
        rest of that word or the whole next one, make one word, :data:`SEAT_BONUS` cheaper
        than the two apart: *Torisakajo* 鳥坂城 (not 所, which needs no long vowel),
        *Numazu han* 沼津藩 (not 版 "edition"). A place with no kanji (Mozc's トウキョウ)
        is not how a castle's name is written, nor one of one character. A dictionary's
        word over the same syllables that ends in the castle's or domain's word (Mozc's
        三次藩) costs as much less.
        ``edges`` are priced by :meth:`jpterms.reverse.ReverseEngine._rescore`."""
        seats = self.seat_words
        if not seats:
            return
        text = romaji_key("".join(s.written for s in slots))
        if not any(key in text for key in self._seat_keys):
            return  # (most queries spell no *jo* nor *han*: nothing to look for)
        made: dict[tuple[int, int], str] = {}  # the spans read as a seat, to its word
        for p, row in enumerate(edges):
            if not slots[p].first or not slots[p].capital:
                continue
            for e in list(row):
                if e.end >= len(slots) or e.source == "text" or \
                        not (e.left in PLACE_CONTEXTS or e.kind in ("place", "station")) or \
                        len(e.written) < 2 or not any(map(is_kanji, e.written)):
                    continue  # (古 the place is no castle's: *Kojo* is 向上, 工場, 控除)
                glued = not slots[e.end].first
                if not glued and slots[e.end].word != slots[e.end - 1].word + 1:
                    continue
                for t in edges[e.end]:
                    if (t.written, t.kana) in seats and slots[t.end - 1].last and (
                            glued or slots[t.end - 1].word == slots[e.end].word):
                        row.append(new_edge(p, t.end, e.written + t.written, e.kana + t.kana,
                                            e.left, t.right, e.cost + t.cost - SEAT_BONUS,
                                            "citation"))
                        made[(p, t.end)] = t.written
        for p in {start for start, _ in made}:
            row = edges[p]
            for i, e in enumerate(row):
                word = made.get((p, e.end))
                if word and e.source in ("mozc", "jmdict", "jmnedict") and \
                        len(e.written) > len(word) and e.written.endswith(word):
                    row[i] = dataclasses.replace(e, cost=e.cost - SEAT_BONUS)  # 三次藩

    def _title_tails(self, slots: list[Slot]) -> frozenset[int]:
        """The slots, none the first of its written word, from which the rest of that word
        spells a word titles end in (a ``title`` or ``suffix`` row of
        ``data/citation_words.tsv``: 注, 注記, 集), by romaji."""
        keys = self._title_tail_keys
        out = set()
        for p in range(1, len(slots)):
            if slots[p].first or slots[p].fixed:
                continue
            rest = []
            for s in slots[p:]:
                rest.append(s.written)
                if s.last:
                    break
            if romaji_key("".join(rest)) in keys:
                out.add(p)
        return frozenset(out)

    @cached_property
    def _title_heads(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the ``title`` and ``series`` rows of the data file of two
        characters or more (字体, 日記, 叢書): what may begin a compound of citation words;
        not a house's or a body's word (省, 館, 会)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] in (["title"], ["series"]) and len(row[1]) > 1)

    @cached_property
    def _title_tail_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the ``title`` and ``suffix`` rows of the data file."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] in (["title"], ["suffix"]))

    @cached_property
    def _title_tail_keys(self) -> frozenset[str]:
        """The romaji keys of the ``title`` and ``suffix`` rows of the data file."""
        return frozenset(romaji_key(kana_to_romaji(row[0])) for row in self._citation_rows
                         if row[2:3] in (["title"], ["suffix"]))

    @cached_property
    def _work_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the ``title``, ``series`` and ``role`` rows of the data file of
        two characters or more (全集, 雑記, 編著), and of its one-character ``role`` rows (著,
        編): a person's works, or the person's part in one."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if (row[2:3] in (["title"], ["series"]) and len(row[1]) > 1)
                         or row[2:3] == ["role"])

    @cached_property
    def _placed_work_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of the ``title`` rows of the data file that name a work after
        a place (物語, 日記, 紀行: the rows marked ``place`` in its fifth column), and the
        :attr:`_facility_words`."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["title"] and "place" in row[4:5]
                         ) | self._facility_words

    @cached_property
    def _facility_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of a place's road, park or transport company, named after it
        (道路, 公園, 交通: ``facility`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["facility"])

    @cached_property
    def seat_words(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of a castle's or a domain's word after its place (城, 藩:
        ``seat`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["seat"])

    @cached_property
    def _seat_keys(self) -> frozenset[str]:
        """The romaji keys of :attr:`seat_words` (*jo*, *han*)."""
        return frozenset(romaji_key(kana_to_romaji(kana)) for _, kana in self.seat_words)

