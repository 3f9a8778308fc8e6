"""How a look-up reads a query shaped like a person's name (*Surname Given*).

:class:`NameLookup` is the part of :class:`jpterms.reverse.ReverseEngine` that knows
names: it adds the surnames and given names Mozc lists to a name's lattice and re-prices
them by the people who bear them (:class:`jpterms.name_evidence.NameEvidence`) and the
dictionaries that list them (Mozc, UniDic, JMnedict); it re-orders the readings found, a
whole name a dictionary lists before a bare variant of it; and it tells whether a reading
is a person's name, surname first or the wrong way round. The engine owns one and builds
it on a name's first look-up, with what it needs: Mozc's dictionary, the engine's cached
words at a node of Mozc's trie, its price of a word, and the name evidence.

>>> from jpterms.mozcdic import mozc_dictionary
>>> from jpterms.reading_index import ReadingIndex
>>> from jpterms.word_prices import word_cost
>>> mozc = mozc_dictionary()
>>> names = NameLookup(mozc, mozc.words, word_cost(),
...                    NameEvidence(ReadingIndex.default()))
>>> names.splits_as_name("伊藤若冲", "いとうじゃくちゅう"), names.listed_given("清明", "せいめい")
(True, True)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from jpterms.glosses import describes_person, kana_given_name, name_types
from jpterms.kana import to_hiragana
from jpterms.lattice import Edge, Path, Slot, new_edge, repriced
from jpterms.lexicon import GIVEN_KINDS, PERSON_KINDS, PROPER_NAME_KINDS
from jpterms.mozc_contexts import (
    GIVEN_NAME_CONTEXT,
    PERSON_CONTEXTS,
    PERSON_NAME_CONTEXT,
    PROPER_CONTEXTS,
    PROPER_NOUN_CONTEXT,
    SURNAME_CONTEXT,
)
from jpterms.mozcdic import MozcDictionary, MozcWord
from jpterms.name_evidence import NameEvidence
from jpterms.old_forms import old_forms

if TYPE_CHECKING:
    from jpterms.unidic_names import UniDicNames

__all__ = ["NameLookup"]

#: Surnames (given names) Mozc lists for the first (last) written word of a name-shaped
#: query that the lattice keeps, the cheapest first, beyond its few words per span.
NAME_WORDS_PER_SPAN = 20
#: How many times more a given name's evidence (people bearing it so, JMnedict's full
#: names) counts on top of :class:`jpterms.name_evidence.NameEvidence`'s own preference: a
#: given name has many spellings of one reading, and Mozc's costs rank them as words.
GIVEN_EVIDENCE_EXTRA = 2
#: What a common word reading the last written word of a name costs more in a look-up
#: (several readings asked for), beyond :data:`jpterms.lookup_costs.COMMON_GIVEN_COST`: dev
#: (15 files + JR East) first +2 (北村四海, 清水紫琴), top five +1, none lost at 1000; 500 gives
#: the firsts alone, 1500 loses 桜間中庸 and 中村文選, 3500 ten rows (four titles in
#: 氏 such as 谷崎潤一郎氏, five HDIC titles such as 望月和訓集成, read as names).
COMMON_GIVEN_LOOKUP_COST = 1000
#: What a look-up's reading of a name costs less where UniDic (the tagger's dictionary,
#: chosen from real text) lists its given name's spelling as a given name read so
#: (:mod:`jpterms.unidic_names`): a second dictionary's word that people bear it, where
#: Mozc lists pieces no one is named as cheaply (梅田良忠, not 亮中; 籾山泰一, not 保一).
UNIDIC_GIVEN_BONUS = 600
#: In a look-up, a person JMnedict lists whose given name no dictionary lists, read so,
#: after any surname (:meth:`NameLookup.splits_as_name`), costs this much more: such
#: an entry is most often a variant or a misprint of a name listed beside it (佐藤一斉,
#: whose 一斉 is the word "all at once", beside 佐藤一斎; 伊藤若中 beside 伊藤若冲). More
#: than the 1,000 an old form costs (:data:`jpterms.lookup_costs.OLD_FORM_COST`: 冲 of 若冲). Dev: Sato Issai
#: first; 300, 600 and 1,500 change the same dev rows (and none of 1,200 Wikidata names
#: of other occupations).
UNLISTED_GIVEN_PERSON_COST = 1500
#: What a given name written in the kana JMnedict lists it in alone (三浦みどり) costs more
#: than the best reading's spelling of it in kanji (三浦緑): it joins a name's top five.
KANA_GIVEN_COST = 1000
#: What a word that is no surname (no surname in Mozc's contexts or JMnedict's kinds, and
#: no family name of a person JMnedict lists, read so) costs more in a look-up where it
#: reads the whole first written word of a name-shaped query that a surname also reads
#: (:meth:`NameLookup.non_surname_surcharge`). Lookup dev: first +0 -0, top five +1 -0
#: (円つぶら), four rows up within the five; the readings' people and places looked up
#: (measure_title_lookup, draw): first +3 -0 (古城佳子, not 向上 "improvement"; 東名浜名湖;
#: 千里中華街). 1500 and 3000 lose 万象名義 (an HDIC title of two capitalised words) from the
#: five; 500 gives back two of the three firsts.
NON_SURNAME_COST = 800


def _modern(written: str) -> str:
    """``written`` in modern kanji forms (柳田國男: 柳田国男).

    >>> _modern("柳田國男")
    '柳田国男'
    """
    return written.translate(old_forms())


class NameLookup:
    """The readings of a name-shaped query: the words of its surname and given name, their
    prices and order, and whether a reading is a person's name."""

    def __init__(self, mozc: MozcDictionary, words_at: Callable[[int], tuple[MozcWord, ...]],
                 word_cost: Callable[[str, str, int], int | None],
                 evidence: NameEvidence) -> None:
        self._mozc = mozc
        #: the words at a node of Mozc's trie (the engine's, cached)
        self._words_at = words_at
        #: a dictionary word's cost as the lattice prices it (None: it may not stand for romaji)
        self._word_cost = word_cost
        self._evidence = evidence

    def add_name_words(self, edges: list[list[Edge]], slots: list[Slot]) -> None:
        """Mozc's surnames reading the first written word of a name-shaped query, and its
        given names reading the last, up to :data:`NAME_WORDS_PER_SPAN` of each: the lattice
        keeps only a few words per span, the cheapest of every kind (休止 "pause", 給し,
        きゅうし for *Kyushi*), which leaves out the given names people bear (九紫). Where
        JMnedict has already put the same spelling there, read the same, at its own higher
        price (a given name only JMnedict lists costs about 9,000), Mozc's word replaces it:
        幸平 こうへい for *Saito Kohei* costs Mozc's 4,951, not JMnedict's 9,260."""
        if not slots or slots[-1].word == 0:
            return
        word_cost = self._word_cost
        last_word = slots[-1].word
        for word, context in ((0, SURNAME_CONTEXT), (last_word, GIVEN_NAME_CONTEXT)):
            start = next((i for i, s in enumerate(slots) if s.word == word), None)
            if start is None or slots[start].fixed:
                continue
            end = start
            while end < len(slots) and slots[end].word == word:
                end += 1
            found: dict[tuple[str, int], Edge] = {}
            stack: list[tuple[int, int, str, int]] = [(self._mozc.ROOT, start, "", 0)]
            while stack:
                node, q, kana, spent = stack.pop()
                for option, cost in slots[q].options:
                    nxt = self._mozc.walk(node, option)
                    if nxt is None:
                        continue
                    if q + 1 < end:
                        stack.append((nxt, q + 1, kana + option, spent + cost))
                        continue
                    for w in self._words_at(nxt):
                        if w.left != context:
                            continue
                        priced = word_cost(w.written, "", w.cost)
                        if priced is None:
                            continue
                        key = (w.written, w.left)
                        old = found.get(key)
                        if old is None or old.cost > priced + spent + cost:
                            found[key] = new_edge(start, end, w.written, kana + option,
                                                  w.left, w.right, priced + spent + cost, "mozc")
            known = {(e.end, e.written, e.left): i for i, e in enumerate(edges[start])}
            for e in sorted(found.values(), key=lambda e: e.cost)[:NAME_WORDS_PER_SPAN]:
                at = known.get((e.end, e.written, e.left))
                if at is None:
                    edges[start].append(e)
                elif edges[start][at].kana == e.kana and edges[start][at].cost > e.cost:
                    edges[start][at] = e  # Mozc's price, not JMnedict's (幸平 for *Kohei*)

    def weigh_given_names(self, edges: list[list[Edge]],
                          slots: list[Slot]) -> list[list[Edge]]:
        """Given names that read the last written word of a name-shaped query re-priced
        more strongly by the people who bear them (:data:`GIVEN_EVIDENCE_EXTRA`) than
        :class:`jpterms.name_evidence.NameEvidence` prices them. A whole name read as
        one word (a person Mozc or JMnedict lists: 伊達政宗) is a person of that name, whoever
        else bears its given name: it gets the largest such preference of any spelling of
        its given name's reading, so that the evidence ranks split readings against each
        other, never against a known person."""
        if not slots or slots[-1].word == 0:
            return edges
        evidence = self._evidence
        last_word = slots[-1].word
        start = next(i for i, s in enumerate(slots) if s.word == last_word)
        out = [list(row) for row in edges]
        best: dict[str, int] = {}  # the largest preference per reading of the given name
        for i, e in enumerate(out[start]):
            if e.end != len(slots):
                continue
            delta = min(0, evidence.adjustment(e.written, e.kana, family=False))
            delta *= GIVEN_EVIDENCE_EXTRA
            best[e.kana] = min(delta, best.get(e.kana, 0))
            if delta:
                out[start][i] = e.priced(e.cost + delta)
        if not best:
            return out
        for i, e in enumerate(out[0]):
            if e.end == len(slots) and slots[0].first:
                delta = min((d for kana, d in best.items()
                             if e.kana.endswith(kana) and len(e.kana) > len(kana)), default=0)
                if delta:
                    out[0][i] = e.priced(e.cost + delta)
        return out

    def surnames_as_given(self, edges: list[list[Edge]],
                          slots: list[Slot]) -> list[list[Edge]]:
        """``edges`` with the words Mozc lists as surnames only that read the whole last
        written word of a name-shaped query, where UniDic or JMnedict lists that spelling
        as a given name read so, taken as given names: they join the surname before them
        as a given name does (Mozc's matrix charges 433 for a given name after a surname,
        2053 for a surname after a surname). *Hayashida Seimei* is 林田清明, not 林田正明:
        Mozc lists 清明 せいめい as a surname, UniDic as a given name."""
        if not slots or slots[-1].word == 0:
            return edges
        last_word = slots[-1].word
        start = next(i for i, s in enumerate(slots) if s.word == last_word)
        if not slots[start].first:
            return edges
        out = list(edges)
        out[start] = [new_edge(e.start, e.end, e.written, e.kana, GIVEN_NAME_CONTEXT,
                               GIVEN_NAME_CONTEXT, e.cost, e.source, e.kind)
                      if e.left == SURNAME_CONTEXT and e.end == len(slots) and
                      self.listed_given(e.written, e.kana) else e for e in edges[start]]
        return out

    def common_given_surcharge(self, edges: list[list[Edge]],
                               slots: list[Slot]) -> list[list[Edge]]:
        """``edges`` with the common words (no name in Mozc's contexts or JMnedict's
        kinds) that read the last written word of a name-shaped query, or begin in it,
        costing :data:`COMMON_GIVEN_LOOKUP_COST` more than
        :data:`jpterms.lookup_costs.COMMON_GIVEN_COST` already charges them: where a look-up
        asks for several readings, a name's 号 is read before a common word (*Kitamura Shikai* 北村四海, not 視界 "field of view";
        *Shimizu Shikin* 清水紫琴, not 資金 "funds"). The checker's one reading keeps
        the smaller charge."""
        if not slots or slots[-1].word == 0:
            return edges
        last_word = slots[-1].word
        return [[e.priced(e.cost + COMMON_GIVEN_LOOKUP_COST)
                 if slots[e.start].word == last_word and e.left not in PROPER_CONTEXTS and
                 e.kind not in GIVEN_KINDS and e.source != "text" else e for e in row]
                for row in edges]

    def non_surname_surcharge(self, edges: list[list[Edge]],
                              slots: list[Slot]) -> list[list[Edge]]:
        """``edges`` with the words that read the whole first written word of a name-shaped
        query and are no surname costing :data:`NON_SURNAME_COST` more, where a surname
        reads that word too: Mozc's noun 向上 "improvement" is cheaper than the surname 古城,
        and the search keeps only the cheapest few at each position, before the given name
        after them shows which one begins a name (*Kojo Yoshiko* 古城佳子); a given name
        alone (莉子 りこ) is no surname either."""
        if not slots or slots[-1].word == 0:
            return edges
        end = next(i for i, s in enumerate(slots) if s.word != 0)
        row = edges[0]
        if not any(e.end == end and (e.left == SURNAME_CONTEXT or e.kind == "surname")
                   for e in row):
            return edges
        people = self._evidence.people
        out = list(edges)
        out[0] = [e.priced(e.cost + NON_SURNAME_COST)
                  if e.end == end and self._no_surname(e) and
                  not people(e.written, e.kana, family=True) else e
                  for e in row]
        return out

    @staticmethod
    def _no_surname(e: Edge) -> bool:
        """Whether a word is a common word (no name in Mozc's contexts or JMnedict's kinds)
        or a given name alone: a place, another proper noun (祇園寺) or a person may be a
        family's name.

        >>> NameLookup._no_surname(new_edge(0, 2, "市場", "しじょう", 1851, 1851, 0, "mozc")), \\
        ...     NameLookup._no_surname(new_edge(0, 2, "四条", "しじょう", 1923, 1923, 0, "mozc"))
        (True, False)
        """
        if e.source == "text" or e.left == SURNAME_CONTEXT or e.kind == "surname":
            return False
        return e.left == GIVEN_NAME_CONTEXT or e.kind == "given" or (
            e.left not in PROPER_CONTEXTS and e.left != PROPER_NOUN_CONTEXT and
            e.kind not in PROPER_NAME_KINDS)

    def listed_given(self, written: str, kana: str) -> bool:
        """Whether UniDic or JMnedict lists ``written`` read ``kana`` as a given name."""
        return self._unidic_names.given(written, kana) or \
            not name_types(written, kana).isdisjoint({"given", "masc", "fem"})

    def _mozc_given(self, written: str, kana: str) -> bool:
        """Whether Mozc lists ``written`` read ``kana`` as a given name."""
        node = self._mozc.walk(self._mozc.ROOT, kana)
        return node is not None and any(w.written == written and w.left == GIVEN_NAME_CONTEXT
                                        for w in self._words_at(node))

    def splits_as_name(self, written: str, kana: str) -> bool:
        """Whether a whole name written as one word splits into a surname and a given
        name that dictionaries list, each read as ``kana`` needs: a surname Mozc or
        JMnedict lists, then a given name Mozc, UniDic or JMnedict lists (伊藤 + 若冲;
        not 佐藤 + 一斉, which only JMdict lists, as a word)."""
        mozc = self._mozc
        for cut in range(1, len(written)):
            family, given = written[:cut], written[cut:]
            family_readings = set(self._evidence.family_readings(family))
            node: int | None = mozc.ROOT
            for i in range(1, len(kana)):
                node = mozc.walk(node, kana[i - 1]) if node is not None else None
                head, rest = kana[:i], kana[i:]
                if head not in family_readings and not (node is not None and any(
                        w.written == family and w.left == SURNAME_CONTEXT
                        for w in self._words_at(node))) and \
                        "surname" not in name_types(family, head):
                    continue
                if self.listed_given(given, rest) or self._mozc_given(given, rest):
                    return True
        return False

    @cached_property
    def _unidic_names(self) -> UniDicNames:
        """The given names UniDic lists, with their readings."""
        from jpterms.unidic_names import UniDicNames
        return UniDicNames.default()

    def prefer_unidic_given(self, found: list[Path], slots: list[Slot]) -> list[Path]:
        """The readings of a name-shaped query again in order of cost, where a person's
        name whose given name (the last written word, one word) UniDic lists, read so,
        costs :data:`UNIDIC_GIVEN_BONUS` less; so does a whole name read as one word (a
        person Mozc or JMnedict lists) whose given name's reading is so listed, as the
        evidence never ranks split readings against a known person. Other readings (見た
        良一, a verb and a name) keep their cost."""
        if not slots or slots[-1].word == 0:
            return found
        names = self._unidic_names
        last = slots[-1].word
        listed: set[str] = set()  # the kana of given names UniDic lists
        bonus: list[int] = []
        for path in found:
            given = path.edges[-1] if path.edges else None
            ok = given is not None and given.end == len(slots) and \
                slots[given.start].word == last and slots[given.start].first and \
                names.given(given.written, given.kana) and self.reads_as_person(path, slots)
            if ok and given is not None:
                listed.add(given.kana)
            bonus.append(UNIDIC_GIVEN_BONUS if ok else 0)
        if not listed:
            return found
        for i, path in enumerate(found):
            if not bonus[i] and len(path.edges) == 1 and path.edges[0].end == len(slots) and \
                    any(path.kana.endswith(kana) and len(path.kana) > len(kana)
                        for kana in listed) and self.reads_as_person(path, slots):
                bonus[i] = UNIDIC_GIVEN_BONUS
        return repriced(found, [-b for b in bonus])

    def charge_unlisted_given(self, found: list[Path], slots: list[Slot]) -> list[Path]:
        """The readings of a name-shaped query again in order of cost, where a person
        JMnedict lists, read as one word over the whole name, whose given name no
        dictionary lists read so (:meth:`splits_as_name`) costs
        :data:`UNLISTED_GIVEN_PERSON_COST` more: *Sato Issai* is 佐藤一斎 before 佐藤一斉,
        whose 一斉 is the word "all at once"."""
        charge = [UNLISTED_GIVEN_PERSON_COST if len(path.edges) == 1 and
                  path.edges[0].source == "jmnedict" and path.edges[0].kind == "person" and
                  slots[path.edges[0].start].word != slots[path.edges[0].end - 1].word and
                  not self.splits_as_name(path.edges[0].written, path.edges[0].kana) else 0
                  for path in found]
        return repriced(found, charge)

    def listed_names_first(self, found: list[Path], slots: list[Slot]) -> list[Path]:
        """``found`` (readings of a name-shaped look-up, cheapest first) with each whole
        name Mozc lists as one word (:meth:`_mozc_whole_name`) that JMnedict lacks moved
        before the persons JMnedict lists read the same that it neither describes nor Mozc
        lists (:meth:`_bare_person`), at the cost of the first it passes. Such a JMnedict
        entry is a bare spelling, often a variant or a namesake; a whole name in Mozc's
        dictionary is the person people type: *Nijo Akizane* is 二条昭実 before JMnedict's
        二條昭実, *Tsugaru Nobuhira* 津軽信枚 before 津軽信牧, *Ishikawa Kinichi* 石川欣一
        before 石川欣. A described person (*Saito Mokichi* 斎藤茂吉 (1882-1953), before
        Mozc's 斉藤茂吉) keeps its place, and moves the same way before a bare namesake
        spelled otherwise than in other kanji forms: *Yasuda Yojuro* is 保田與重郎
        (1910-81), whose old form 與 costs more, before the bare 安田与重郎; 柳田国男 stays
        before the described 柳田國男, the same name in old forms."""
        out = list(found)
        for path in found:
            listed = self._mozc_whole_name(path, slots)
            if not listed and not self._described_person(path):
                continue
            at = out.index(path)
            j = next((k for k in range(at) if out[k].kana == path.kana and
                      self._bare_person(out[k]) and
                      (listed or _modern(out[k].written) != _modern(path.written))), None)
            if j is not None:
                out[j:at + 1] = [dataclasses.replace(path, cost=out[j].cost), *out[j:at]]
        return out

    def mozc_person_first(self, found: list[Path], slots: list[Slot]) -> list[Path]:
        """``found`` (readings of a name-shaped look-up of two or more written words, a
        person's name first) with the first's spelling in old kanji forms moved first, at
        the first's cost, where Mozc lists that spelling as a whole name (a person's, a
        surname's or another proper noun's word over the whole reading) and lists the
        first's modern spelling as none: Mozc lists the name people type, and *Aikawa Sho*
        is 會川昇, the only whole name あいかわしょう, not 会川昇 pieced from its parts
        (*Bando Mariko* 坂東眞理子). 三遊亭円朝, a whole name of Mozc's too, stays before
        三遊亭圓朝."""
        if not found or not slots or slots[-1].word == 0:
            return found
        first = found[0]
        node = self._mozc.walk(self._mozc.ROOT, to_hiragana(first.kana))
        if node is None:
            return found
        wholes = {w.written for w in self._words_at(node)
                  if w.left in (PERSON_NAME_CONTEXT, SURNAME_CONTEXT, PROPER_NOUN_CONTEXT)}
        if first.written in wholes:
            return found
        at = next((i for i, p in enumerate(found) if p.written in wholes and
                   p.kana == first.kana and p.written != first.written and
                   _modern(p.written) == first.written), None)
        if at is None:
            return found
        return [dataclasses.replace(found[at], cost=first.cost), *found[:at], *found[at + 1:]]

    @staticmethod
    def _described_person(path: Path) -> bool:
        """Whether ``path`` is one person JMnedict describes (dates, a role)."""
        return len(path.edges) == 1 and path.edges[0].source == "jmnedict" and \
            path.edges[0].kind == "person" and \
            describes_person(path.edges[0].written, path.edges[0].kana)

    @staticmethod
    def _mozc_whole_name(path: Path, slots: list[Slot]) -> bool:
        """Whether ``path`` is one word of Mozc's, a person's name or a proper noun, over
        every written word of a query of two or more, that JMnedict does not list read so
        (井上寛 is JMnedict's いのうえかん only: Mozc's いのうえひろし counts)."""
        if len(path.edges) != 1 or not slots:
            return False
        e = path.edges[0]
        return e.source == "mozc" and e.start == 0 and e.end == len(slots) and \
            slots[-1].word > 0 and \
            e.left in (PERSON_NAME_CONTEXT, SURNAME_CONTEXT, PROPER_NOUN_CONTEXT) and \
            not name_types(e.written, e.kana)

    def _bare_person(self, path: Path) -> bool:
        """Whether ``path`` is one person JMnedict lists by name alone (no dates, no role:
        :func:`jpterms.glosses.describes_person`) whom Mozc does not list as one word read so."""
        if len(path.edges) != 1:
            return False
        e = path.edges[0]
        if e.source != "jmnedict" or e.kind != "person" or describes_person(e.written, e.kana):
            return False
        node = self._mozc.walk(self._mozc.ROOT, e.kana)
        return node is None or all(w.written != e.written for w in self._words_at(node))

    def reads_as_person(self, path: Path, slots: list[Slot], given_first: bool = False) -> bool:
        """Whether a reading of a two-word query is a person's name, surname first: the
        whole read as a person (Mozc lists whole names as surnames: 富士川游), or the first
        written word as a name and the second as a given name (Mozc's contexts, JMnedict's
        kinds, or JMnedict listing the spelling so: not 中村 after 門前). With
        ``given_first``: whether it is a person's name the wrong way round, the given name
        written first (良一三田 for *Ryoichi Mita*), as no one writes a name in kanji so."""
        for e in path.edges:
            first, last = slots[e.start].word, slots[e.end - 1].word
            if given_first:  # 良一三田: a given name, then a surname, each one word
                if first != last:
                    return False
                first = last = slots[-1].word if first == 0 else 0
            if first != last:
                ok = e.left in PERSON_CONTEXTS or e.kind == "person"
            elif first == 0:
                ok = e.left in (SURNAME_CONTEXT, PERSON_NAME_CONTEXT) or \
                    e.kind in ("surname", "person") or \
                    "surname" in name_types(e.written, e.kana)
            else:
                ok = e.left in (GIVEN_NAME_CONTEXT, PERSON_NAME_CONTEXT) or \
                    e.kind in GIVEN_KINDS | {"person"} or \
                    not name_types(e.written, e.kana).isdisjoint({"given", "masc", "fem"})
            if not ok:
                return False
        return bool(path.edges)

    @staticmethod
    def reads_as_name(path: Path) -> bool:
        """Whether every word of a reading is a name: Mozc's persons, surnames and given
        names (a name of two written words also as another proper noun: 二条昭実), or a
        spelling JMnedict lists as a person's name with that reading. Looser than
        :meth:`reads_as_person`: which word is the surname is not asked (京極高長)."""
        for e in path.edges:
            if e.left in PERSON_CONTEXTS or e.kind in PERSON_KINDS or e.kind == "name":
                continue
            if e.left == PROPER_NOUN_CONTEXT and len(path.edges) == 1:
                continue
            if name_types(e.written, e.kana).isdisjoint(PERSON_KINDS):
                return False
        return bool(path.edges)

    def backwards(self, path: Path, slots: list[Slot]) -> bool:
        """Whether a reading of a two-word query is a person's name only the wrong way
        round, its given name written first (良一三田 for *Ryoichi Mita*; not 三好雲仙 for
        *Miyoshi Unzen*, a name either way)."""
        return self.reads_as_person(path, slots, given_first=True) and \
            not self.reads_as_person(path, slots)

    def borne_as_written(self, path: Path, slots: list[Slot]) -> bool:
        """Whether a reading of a two-word query is a name people bear as it is written:
        one word for the whole name, or a first written word read whole that some of
        JMnedict's people bear as their family name, or a last read whole that some bear as
        their given name (:meth:`jpterms.name_evidence.NameEvidence.people`). 浅野 + 長友 is
        (浅野 is a family name); 藤助 + 竹野 for *Tohsuke Takeno* is not: no one is
        a 藤助 by family or a 竹野 by given name, and the name is 竹野藤助 written the
        English way."""
        if len(path.edges) == 1:
            return True
        last = slots[-1].word
        for e in path.edges:
            first, final = slots[e.start], slots[e.end - 1]
            if not (first.first and final.last and first.word == final.word):
                continue
            if first.word == 0 and self._evidence.people(e.written, e.kana, family=True):
                return True
            if first.word == last and \
                    self._evidence.people(e.written, e.kana, family=False):
                return True
        return False

    @staticmethod
    def given_in_first_word(path: Path, slots: list[Slot]) -> bool:
        """Whether a reading of a two-word query reads a given name in its first written
        word, after a surname there (森 + 三郎 of 森三郎田内 for *Morisaburoh Tauchi*): the
        first word is a whole name, so the second, a surname, is no given name after it."""
        return any(slots[e.start].word == 0 and e.start > 0 and
                   (e.left == GIVEN_NAME_CONTEXT or e.kind in GIVEN_KINDS) for e in path.edges)

    @staticmethod
    def with_kana_given_name(found: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
        """``found`` with the best reading's given name also written in kana, where
        JMnedict lists that kana as a given name people write so (みどり, ちひろ): the
        surname and the kana cost :data:`KANA_GIVEN_COST` more than the best reading."""
        path, read = found[0]
        if len(path.edges) != 2:
            return found
        surname, given = path.edges
        kana = to_hiragana(given.kana)
        if given.written == kana or not kana_given_name(kana):
            return found
        written = surname.written + kana
        other = Path(path.cost + KANA_GIVEN_COST, (surname, dataclasses.replace(
            given, written=kana, kana=kana, left=GIVEN_NAME_CONTEXT, right=GIVEN_NAME_CONTEXT,
            source="jmnedict", kind="given")))
        rest = [(p, q) for p, q in found if p.written != written]
        at = next((i for i, (p, _) in enumerate(rest) if p.cost > other.cost), len(rest))
        return [*rest[:at], (other, read), *rest[at:]]

