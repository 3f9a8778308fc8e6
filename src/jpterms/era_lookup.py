"""How a look-up reads era names (大正, 天文, 寛政) in a query.

An era name is read as the era table reads it (:class:`jpterms.eras.EraTable`) where the
query says it is one: a query that is the era's name alone (*Tenbun* 天文, not 天分), the
era before *no* and an event named after it (*Kakitsu no ran* 嘉吉の乱), or the era before
a year (*Taisho juninen* 大正十二年). :class:`EraLookup` adds the first two to a look-up's
lattice and tells :meth:`jpterms.reverse.ReverseEngine._rescore` where a year begins and
which written words spell an era. The engine owns one and builds it on first use.

>>> from jpterms.lattice import query_slots
>>> from jpterms.package_data import read_rows
>>> from jpterms.slot_spelling import spelling_cost
>>> eras = EraLookup(read_rows("citation_words.tsv"), spelling_cost, 9500)
>>> eras.keys["tenbun"]
(('天文', 'てんぶん'),)
>>> slots = query_slots("Tenbun")
>>> edges = [[] for _ in slots]
>>> sorted(eras.add_era_alone(edges, slots, "Tenbun")), [e.written for e in edges[0]]
(['天文'], ['天文'])
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cached_property

from jpterms.eras import EraTable
from jpterms.kana import kana_to_romaji
from jpterms.lattice import Edge, Slot
from jpterms.lexicon import romaji_key
from jpterms.mozc_contexts import NOUN_CONTEXT

__all__ = ["EraLookup"]

#: A query that is one capitalised written word that spells an era name (*Tenbun* 天文,
#: *Kansei* 寛政, *Tenpo* 天保) always has that era among its results. Where a dictionary
#: offers the era's word read as the era table reads it, that word costs this much less:
#: enough to settle a near tie in the era's favour (天文 before 天分 "natural gift", which
#: Mozc prices 41 lower), not to pass a common word (漢文 for *Kanbun*, not the era 寛文;
#: 源氏 for *Genji*, not 元治; 完成 for *Kansei*, with 寛政 among the five).
ERA_ALONE_BONUS = 300
#: What an era name costs less as the first written word of a query, before *no* and a
#: word of events named after their era (乱, 変, 改革): *Kakitsu no ran* 嘉吉の乱, not
#: 下記つの乱; *Chokyo no ran* 長享の乱, not 調教 "training"; *Kansei no kaikaku* 寛政の改革.
ERA_EVENT_BONUS = 5000


class EraLookup:
    """Era names where a look-up's query spells one: read alone, before an event, or before
    a year. ``citation_rows`` are the rows of ``data/citation_words.tsv`` (the words of
    events named after their era are marked ``era`` in the fifth column);
    ``spelling_cost`` prices reading some kana over some slots of a query (None: they cannot
    be read so), and an era no dictionary offers with its reading costs ``unlisted_cost``
    and its spelling choices besides, what a lexicon word of unknown frequency costs: a
    candidate behind the common words (大映 for *Daiei*, the era 大永 among the five)."""

    def __init__(self, citation_rows: list[list[str]],
                 spelling_cost: Callable[[list[Slot], int, int, str], int | None],
                 unlisted_cost: int) -> None:
        self._citation_rows = citation_rows
        self._spelling_cost = spelling_cost
        self._unlisted_cost = unlisted_cost

    @cached_property
    def table(self) -> EraTable:
        """The era table (``data/eras.tsv``): each era's name and readings."""
        return EraTable.bundled()

    @cached_property
    def keys(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """The era table's (written, reading) pairs by the romaji key of the reading."""
        found: dict[str, list[tuple[str, str]]] = {}
        for written in self.table:
            for reading in self.table.readings(written):
                pair = (written, reading)
                key = romaji_key(kana_to_romaji(reading))
                if pair not in found.setdefault(key, []):
                    found[key].append(pair)
        return {key: tuple(pairs) for key, pairs in found.items()}

    def add_era_alone(self, edges: list[list[Edge]], slots: list[Slot],
                      query: str) -> frozenset[str]:
        """A query that is one capitalised word and spells an era name (*Tenbun*, *Kansei*)
        may be that era: a dictionary's word for the era, read as the table reads it, costs
        :data:`ERA_ALONE_BONUS` less, and an era no dictionary offers so is added as a
        candidate. So may a capitalised era that begins a query before *no* and a word of
        an event named after its era (乱, 改革: ``era`` in the fifth column of
        ``data/citation_words.tsv``), by :data:`ERA_EVENT_BONUS` (*Kakitsu no ran* 嘉吉の乱,
        not 下記つの乱; *Kansei no kaikaku* 寛政の改革, not 完成). Returns the eras so offered
        (written)."""
        if not slots or not slots[0].capital or any(s.fixed for s in slots):
            return frozenset()
        end = next(i for i, s in enumerate(slots) if s.last) + 1
        bonus = ERA_ALONE_BONUS
        if end < len(slots):  # Kakitsu no ran: the era, の and an event word
            event = [s.written for s in slots[end + 1:]
                     if s.word == slots[end + 1].word] if end + 1 < len(slots) else []
            if slots[end].written.lower() != "no" or not slots[end].last or \
                    romaji_key("".join(event)) not in self._event_keys:
                return frozenset()
            bonus = ERA_EVENT_BONUS
        offered = set()
        word = "".join(s.written for s in slots[:end])
        for written, reading in self.keys.get(romaji_key(word), ()):
            spent = self._spelling_cost(slots, 0, end, reading)
            if spent is None:
                continue
            offered.add(written)
            known = [i for i, e in enumerate(edges[0])
                     if e.end == end and e.written == written and e.kana == reading]
            for i in known:
                edges[0][i] = dataclasses.replace(edges[0][i], cost=edges[0][i].cost - bonus)
            if not known:
                edges[0].append(Edge(0, end, written, reading, NOUN_CONTEXT, NOUN_CONTEXT,
                                     self._unlisted_cost + spent + ERA_ALONE_BONUS - bonus,
                                     "era", "era"))
        return frozenset(offered)

    @cached_property
    def _event_keys(self) -> frozenset[str]:
        """The romaji keys of the words of events named after their era (乱, 変, 改革:
        ``era`` in the fifth column of the data file)."""
        return frozenset(romaji_key(kana_to_romaji(row[0])) for row in self._citation_rows
                         if "era" in row[4:5])

    @staticmethod
    def year_starts(edges: list[list[Edge]], slots: list[Slot]) -> set[int]:
        """The slots where a written year begins: a number of years (*juninen* 十二年, *gannen*
        元年), digits before *nen* (*20-nen*), or an era's span, *nenkan* 年間 as a written
        word of its own (*Tenbun nenkan* 天文年間)."""
        out = set()
        for p, row in enumerate(edges):
            if not slots[p].first:
                continue
            if slots[p].fixed.isdigit():
                if p + 1 < len(edges) and any(e.written == "年" for e in edges[p + 1]):
                    out.add(p)
            elif any((e.written[-1:] == "年" and (e.source == "number" or e.written == "元年"))
                     or (e.written == "年間" and slots[e.end - 1].last) for e in row):
                out.add(p)
        return out

