"""What a look-up's query says by its shape, read once before its lattice is priced.

The costs that depend on where a word stands in the query
(:meth:`jpterms.reverse.ReverseEngine._rescore`) read the query's written words: whether it
is shaped like a person's name (two or three capitalised words, no particle, no hyphen), a
name in lower case that a title goes on from (*Adachi Seifu nikki*), which written words are
capitalised or particles, which a context word marks as a place, a family name, a role
(*cho* 著 after a name), a municipality's or a clan's suffix (*Iwakuni-shi*, *Kishida-shi*),
where a year begins. :meth:`QueryShape.analyse` reads all that once; the engine's pricing
steps read the :class:`QueryShape` and never change it.

>>> from jpterms.reverse import ReverseEngine
>>> shape = ReverseEngine().query_shape
>>> shape("Hara Takushi").name_shaped, shape("Hara Takushi", "place").name_shaped
(True, False)
>>> adachi = shape("Adachi Seifu nikki")
>>> adachi.name_shaped, adachi.led, sorted(adachi.capitals), adachi.last_word
(False, True, [0, 1], 2)
>>> dict(shape("Iwakuni-shi").suffixed), sorted(shape("Natsume Soseki cho").credited)
({1: '市'}, [2])
>>> sorted(shape("Yo to mannenhitsu").particle_words)
[1]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from jpterms.kana import is_hiragana
from jpterms.lattice import written_words
from jpterms.lexicon import PROPER_NAME_KINDS, romaji_key
from jpterms.mozc_contexts import PROPER_CONTEXTS, SURNAME_CONTEXT
from jpterms.romaji import PARTICLE_WORDS, SURU_WORDS

if TYPE_CHECKING:
    from jpterms.era_lookup import EraLookup
    from jpterms.lattice import Edge, Slot
    from jpterms.municipal_lookup import MunicipalLookup
    from jpterms.name_context import NameContext

__all__ = ["QueryShape", "proper_marked"]


@dataclasses.dataclass(frozen=True, slots=True)
class QueryShape:
    """A query's written words and what its shape says of them (indexes are those of
    :func:`jpterms.lattice.written_words`, as a :class:`jpterms.lattice.Slot`'s ``word``)."""

    #: The look-up's kind ("title", "name", "place", "publisher"; None: not given).
    kind: str | None
    #: The written words and punctuation: (text, is_punctuation, hyphenated).
    parts: list[tuple[str, bool, bool]]
    #: How many written words the query has, punctuation left out.
    word_count: int
    #: Shaped like a person's name: two or three capitalised words, no particle, no hyphen
    #: (a hyphen joins a place's parts, *Shin-Fuji*, never a surname to a given name), each
    #: its own word of the slots; any two or three words for a ``name``, none for a
    #: ``place`` or a ``publisher``.
    name_shaped: bool
    #: A person's name of two capitalised words that a title in lower case goes on from
    #: (*Adachi Seifu nikki*: 安達清風日記, not 足立政府日記).
    led: bool
    #: The capitalised written words.
    capitals: AbstractSet[int]
    #: (start, end, written) of the names read over whole written words one of which a
    #: capital marks as a name inside a title in sentence case (:func:`proper_marked`), and
    #: of every word spelled as one of them over the same words.
    named_spans: AbstractSet[tuple[int, int, str]]
    #: The index of the last written word.
    last_word: int
    #: The written words that are particles (*no*, *to*).
    particle_words: AbstractSet[int]
    #: The written words that are forms of する (*suru*, *shite*).
    suru_words: AbstractSet[int]
    #: The written words each glossary word read over whole written words spans.
    glossary_spans: Sequence[range]
    #: The written words right before an institution named after a place (*Saiki
    #: yubinkyoku*) (:meth:`jpterms.name_context.NameContext.before_institution`).
    placed: AbstractSet[int]
    #: The slots of a founder's name before a house word (*Harashobo*: 原), or None.
    house_stem: tuple[int, int] | None
    #: The written words right before an office a person holds (*genba gaimu daijin*).
    holders: AbstractSet[int]
    #: The written words that are a municipality's suffix after a hyphen (*Iwakuni-shi*),
    #: each to the suffix's kanji (:meth:`jpterms.municipal_lookup.MunicipalLookup.suffixed`).
    suffixed: Mapping[int, str]
    #: Those of them whose place is read as a place (*Yashima-machi*).
    place_led: AbstractSet[int]
    #: The prefectures two written words joined by a hyphen spell (*Miyagi-ken*).
    prefectures: frozenset[str]
    #: The written words that say a family name's clan or house (*Kishida-shi* 岸田氏,
    #: *Tokugawa-ke*), each to its kanji.
    clans: Mapping[int, str]
    #: The lower-case written words after two capitalised ones, or after a capitalised one
    #: and "and others": what a person did for a work (*Natsume Soseki cho*, *Yamada hoka
    #: yaku*).
    credited: AbstractSet[int]
    #: The slots where a written year begins (*juninen*, *20-nen*, *nenkan*).
    years: AbstractSet[int]
    #: The written words that spell an era name, where a year begins somewhere: the year or
    #: span after one is the era's (*Tenbun nenkan* 天文年間), not a citation word (*Asahi
    #: nenkan* 朝日年鑑).
    eras: AbstractSet[int]
    #: The slots right after a number, where a year begins somewhere (*Jugo nenkan* 十五年間
    #: "fifteen years", *15-nenkan*).
    counted: AbstractSet[int]

    @classmethod
    def analyse(cls, edges: list[list[Edge]], slots: list[Slot], query: str, kind: str | None,
                name_context: NameContext, municipal: MunicipalLookup, era_lookup: EraLookup,
                others: AbstractSet[str]) -> QueryShape:
        """The shape of ``query``, whose ``slots`` and lattice ``edges`` are given: the
        engine's ``name_context``, ``municipal`` and ``era_lookup`` find the words context
        words mark, ``others`` are the romaji of "and others" after a name (*hoka*)."""
        parts = written_words(query)
        words = [w for w, punct, _ in parts if not punct]
        # A hyphen joins a place's parts (Shin-Fuji), never a surname to a given name.
        name_shaped = (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
                       and not any(hyphen for _, _, hyphen in parts)
                       and not any(w.lower() in PARTICLE_WORDS for w in words)
                       and len(words) == len({s.word for s in slots}))
        if kind == "name":  # *Adachi seifu* written in lower case is still a name
            name_shaped = 2 <= len(words) <= 3 and len(words) == len({s.word for s in slots})
        elif kind in ("place", "publisher"):
            name_shaped = False
        capitals = {s.word for s in slots if s.capital}
        # the written words a capital marks as names inside a title in sentence case, and
        # the names read from them (a name is its spelling, in any context Mozc gives it:
        # 世界 the surname is 世界 the noun, which follows この more cheaply)
        marked = proper_marked(query, parts) if not name_shaped else frozenset()
        named_spans = {(e.start, e.end, e.written) for row in edges for e in row
                       if e.source != "text" and slots[e.start].first and slots[e.end - 1].last
                       and (e.left in PROPER_CONTEXTS or e.kind in PROPER_NAME_KINDS) and any(
                           w in marked for w in range(slots[e.start].word,
                                                      slots[e.end - 1].word + 1))
                       } if marked else set()
        last_word = slots[-1].word if slots else 0
        led = not name_shaped and kind not in ("place", "publisher") and \
            name_context.name_led(parts, slots, edges)
        particle_words = {i for i, (w, punct, _) in enumerate(parts)
                          if not punct and w.lower() in PARTICLE_WORDS}
        suru_words = {i for i, (w, punct, hyphen) in enumerate(parts)
                      if not punct and not hyphen and w.lower() in SURU_WORDS}
        glossary_spans = [range(slots[e.start].word, slots[e.end - 1].word + 1)
                          for row in edges for e in row
                          if e.source == "glossary" and slots[e.start].first and
                          slots[e.end - 1].last and not all(is_hiragana(ch) for ch in e.written)]
        placed = name_context.before_institution(slots) if len(words) > 1 else set()
        house_stem = name_context.house_stem(slots)  # Tosanshoin: 陶山, the stem of 陶山書院
        holders = name_context.before_office(slots, edges) if len(words) > 1 else set()
        suffixed, place_led = municipal.suffixed(slots, parts)
        prefectures = municipal.prefectures_named(parts) if len(suffixed) > 1 else frozenset()
        clans = name_context.clan_suffixed(slots, edges, parts, suffixed) if len(words) > 1 else {}
        credited = {i for i in range(2, len(parts)) if not parts[i][1] and
                    not parts[i][2] and parts[i][0][:1].islower() and (all(
                        not parts[j][1] and parts[j][0][:1].isupper() for j in (i - 2, i - 1))
                        or (parts[i - 1][0] in others and not parts[i - 2][1]
                            and parts[i - 2][0][:1].isupper()))}
        years = era_lookup.year_starts(edges, slots)
        eras = {i for i, (w, punct, _) in enumerate(parts) if not punct and
                era_lookup.keys.get(romaji_key(w))} if years else set()
        counted = {e.end for row in edges for e in row if e.source == "number"} | {
            p + 1 for p, s in enumerate(slots) if s.fixed.isdigit()} if years else set()
        return cls(kind, parts, len(words), name_shaped, led, capitals, named_spans, last_word,
                   particle_words, suru_words, glossary_spans, placed, house_stem, holders, suffixed,
                   place_led, prefectures, clans, credited, years, eras, counted)

    def whole_word(self, e: Edge, slots: Sequence[Slot]) -> bool:
        """Whether ``e`` spans whole written words, one of them at most (*Hojo* of
        *Hojo-shi*)."""
        first, last = slots[e.start], slots[e.end - 1]
        return first.first and last.last and first.word == last.word

    def office_holder(self, e: Edge, slots: Sequence[Slot]) -> bool:
        """Whether ``e`` is a family name read over the whole written word right before an
        office (*genba gaimu daijin*: 玄葉)."""
        return self.whole_word(e, slots) and slots[e.start].word in self.holders and \
            (e.left == SURNAME_CONTEXT or e.kind == "surname")

    def particle_inside(self, e: Edge, slots: Sequence[Slot]) -> bool:
        """Whether a word starts with a written particle and goes on past it (*Seinen
        to shi*: と 死, not 投資; a known title may hold one: 或阿呆の一生)."""
        return slots[e.start].word in self.particle_words and e.source != "particle" and \
            not all(is_hiragana(ch) for ch in e.written)

    def particle_swallowed(self, e: Edge, slots: Sequence[Slot]) -> bool:
        """Whether a word runs on from an earlier written word over a particle written as
        a word of its own and writes no kana for it (*Yo to mannenhitsu*: 余 と, not 用途
        over "Yo to"; *doji ni* may be 同時に)."""
        return slots[e.end - 1].word in self.particle_words and \
            slots[e.start].word != slots[e.end - 1].word and e.source != "particle" \
            and not is_hiragana(e.written[-1])

    def suru_swallowed(self, e: Edge, slots: Sequence[Slot]) -> bool:
        """Whether a word over several written words goes on past a form of する written
        as a word of its own, or ends on one that it does not write in kana (*suru me*:
        not 寿留女, nor するめ; 研究する may end on *suru*)."""
        first, last = slots[e.start].word, slots[e.end - 1].word
        return first != last and e.source != "particle" and (
            any(w in self.suru_words for w in range(first, last)) or (
                last in self.suru_words
                and not e.written.endswith(SURU_WORDS[self.parts[last][0].lower()])))

    def policy_context(self, e: Edge, slots: Sequence[Slot]) -> bool:
        """Whether another written word of the query reads as a glossary word."""
        own = range(slots[e.start].word, slots[e.end - 1].word + 1)
        return any(span.start > own[-1] or span[-1] < own.start
                   for span in self.glossary_spans)

    def after_capital(self, word: int) -> bool:
        """Whether the written word before ``word``, or before the particle written
        as a word before it, is capitalised (*Yarigatake kiko*, *Tabi no kiko*)."""
        before = word - 2 if word - 1 in self.particle_words else word - 1
        return before in self.capitals


def proper_marked(query: str, parts: Sequence[tuple[str, bool, bool]]) -> frozenset[int]:
    """The written words (indexes into ``parts``, :func:`jpterms.lattice.written_words` of
    ``query``) that a capital marks as names: each capitalised one but the first, where the
    query is written in sentence case, its words (split at spaces) that begin in lower case
    and are no particles as many as those after the first that begin with a capital; none in
    a title written in title case, whose lower-case words are its particles and grammar
    (*Kojisho ni okeru Bushu Hairetsu no Kijun*: 部首, not the province 武州).

    >>> [sorted(proper_marked(q, written_words(q)))
    ...  for q in ("Zoku-Basho zakki", "Kohon Basho zenshu", "Ruiju Myogisho no Kenkyu")]
    [[1], [1], []]
    """
    chunks = query.split()
    lower = sum(1 for c in chunks if c[:1].islower() and c.lower() not in PARTICLE_WORDS)
    if not lower or lower < sum(1 for c in chunks[1:] if c[:1].isupper()):
        return frozenset()
    return frozenset(i for i, (word, punct, _) in enumerate(parts)
                     if i and not punct and word[:1].isupper())
