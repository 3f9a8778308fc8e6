"""Where the words around a written word of a query say it is a name.

A title's context words mark the word before them: a place before an institution named
after it (*Saiki yubinkyoku* 佐伯郵便局), a family name before an office (*Kishi shusho*
岸首相) or before its clan's or house's suffix (*Kishida-shi* 岸田氏, *Tokugawa-ke*
徳川家), a founder's name before a publisher's house word (*Harashobo* 原書房), and a
person's name of two capitalised words before words in lower case (*Adachi Seifu nikki*
安達清風日記). :class:`NameContext` finds those written words (or slots) for
:meth:`jpterms.reverse.ReverseEngine._rescore`, which prefers the names there. The
context words are rows of ``data/citation_words.tsv`` by kind. The engine owns one and
builds it on first use.

>>> from jpterms.lattice import query_slots
>>> from jpterms.package_data import read_rows
>>> from jpterms.slot_spelling import spelling_cost
>>> context = NameContext(read_rows("citation_words.tsv"), spelling_cost, 1500)
>>> sorted(context.before_institution(query_slots("Kiso Narakawa chukeikyoku")))
[0, 1]
>>> context.house_stem(query_slots("Harashobo")), context.house_stem(query_slots("Tamura shoten"))
((0, 2), (0, 3))
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from jpterms.kana import is_kanji, kana_to_romaji
from jpterms.lattice import Edge, Slot, whole_word_spans
from jpterms.lexicon import GIVEN_KINDS, PERSON_KINDS, PROPER_NAME_KINDS, romaji_key
from jpterms.mozc_contexts import (
    GIVEN_NAME_CONTEXT,
    ORGANISATION_CONTEXT,
    PERSON_CONTEXTS,
    PLACE_CONTEXT,
    PREFIX_CONTEXTS,
    SURNAME_CONTEXT,
)
from jpterms.romaji import PARTICLE_WORDS

__all__ = ["NameContext"]

#: Mozc's contexts of a body's, a person's or a place's name (組織, 人名, 姓, 名, 地域).
_NAMED_CONTEXTS = range(ORGANISATION_CONTEXT, PLACE_CONTEXT + 1)
#: The most written words an office spans (*naikaku sori daijin*).
OFFICE_WORDS = 3


class NameContext:
    """The written words a query's context words mark as names. ``citation_rows`` are the
    rows of ``data/citation_words.tsv``; ``spelling_cost`` prices reading some kana over
    some slots of a query (None: they cannot be read so); a written word reads as a family
    name where that reading costs at most ``family_margin`` more than its cheapest reading
    as no person's name (:data:`jpterms.lookup_costs.CLAN_FAMILY_BONUS`)."""

    def __init__(self, citation_rows: list[list[str]],
                 spelling_cost: Callable[[list[Slot], int, int, str], int | None],
                 family_margin: int) -> None:
        self._citation_rows = citation_rows
        self._spelling_cost = spelling_cost
        self._family_margin = family_margin

    def before_institution(self, slots: list[Slot]) -> set[int]:
        """The capitalised written words right before an institution named after its place
        (*Saiki yubinkyoku*, *Koshoku chukeikyoku*), and the capitalised words that run up to
        them (*Kiso Narakawa chukeikyoku*: 木祖楢川, not 基礎 "foundation"): those words are
        places."""
        out = set()
        for p in range(1, len(slots)):
            s, before = slots[p], slots[p - 1]
            if not (s.first and before.capital and not before.fixed and s.options):
                continue
            # only a reading that begins as one of the word's first kana may (most do not)
            heads = {option[:1] for option, _ in s.options}
            kanas = [kana for kana in self._institutions if kana[:1] in heads or "" in heads]
            if not kanas:
                continue
            for _, _, end, _ in whole_word_spans(slots, p, 2):
                if any(self._spelling_cost(slots, p, end, kana) is not None for kana in kanas):
                    out.add(before.word)
                    break
        # and the capitalised words before those: a place's parts (Kiso Narakawa chukeikyoku)
        capitals = {s.word for s in slots if s.capital and not s.fixed}
        for word in sorted(out):
            while word - 1 in capitals:
                word -= 1
                out.add(word)
        return out

    def before_office(self, slots: list[Slot], edges: list[list[Edge]]) -> set[int]:
        """The written words right before an office a person holds (*genba gaimu daijin*,
        *Kishi shusho*), where that word begins no office itself (*naikaku* of *naikaku
        sori daijin* 内閣総理大臣) and may not be a prefix (*shin gaimu daijin* 新, *zen
        shusho* 前): those words are family names."""
        starts = set()
        for p, s in enumerate(slots):
            if not (s.first and s.options) or s.word in starts:
                continue
            heads = {option[:1] for option, _ in s.options}
            kanas = [kana for kana in self._offices if kana[:1] in heads or "" in heads]
            if any(self._spelling_cost(slots, p, end, kana) is not None
                   for _, _, end, _ in whole_word_spans(slots, p, OFFICE_WORDS)
                   for kana in kanas):
                starts.add(s.word)
        before = {word - 1 for word in starts if word and word - 1 not in starts}
        if not before:
            return before  # (no office: no word before one to read the edges for)
        prefixed = {slots[e.start].word for row in edges for e in row
                    if e.right in PREFIX_CONTEXTS and slots[e.start].first and
                    slots[e.end - 1].last and slots[e.start].word == slots[e.end - 1].word}
        return before - prefixed

    def house_stem(self, slots: list[Slot]) -> tuple[int, int] | None:
        """The slots (start, end) of a publisher's name before the house word named after
        a founder that ends the query (書房, 書店, 書院: :attr:`_founder_keys`):
        the rest of its written word (*Harashobo*), else the one capitalised written word
        before it (*Tamura shoten*); None where the query ends in none, or the name's word is
        not capitalised."""
        if not slots or not slots[-1].last:
            return None
        last = slots[-1].word
        start = next(i for i, s in enumerate(slots) if s.word == last)
        for cut in range(start, len(slots)):
            if romaji_key("".join(s.written for s in slots[cut:])) not in self._founder_keys:
                continue
            if cut > start:
                return (start, cut) if slots[start].capital else None
            before = [i for i, s in enumerate(slots) if s.word == last - 1]
            if before and slots[before[0]].capital and not slots[before[0]].fixed:
                return before[0], start
            return None
        return None

    def clan_suffixed(self, slots: list[Slot], edges: list[list[Edge]],
                      parts: list[tuple[str, bool, bool]],
                      municipal: dict[int, str]) -> dict[int, str]:
        """The written words in lower case joined by a hyphen to a capitalised word before
        them that spell what follows a family name for its clan, house, faction or school
        (*shi* of *Kishida-shi*, *ke* of *Tokugawa-ke*; 氏 also written apart, *Kishida
        shi*: :attr:`_spaced_clan_suffixes`), to its kanji: where the word before
        reads as a family name, the two spell no municipality (*Iwakuni-shi*) and no word a
        dictionary lists as common (日本史 for *Nihon-shi*, 東洋史 for *Toyo-shi*)."""
        found: dict[int, str] = {}
        for w in range(1, len(parts)):
            (word, punct, hyphen), (before, punct_before, hyphen_before) = parts[w], parts[w - 1]
            if punct or punct_before or hyphen != hyphen_before or w in municipal \
                    or not word[:1].islower() or not before[:1].isupper():
                continue
            written = self._clan_suffix_keys.get(romaji_key(word))
            if written is not None and (hyphen or written in self._spaced_clan_suffixes):
                found[w] = written
        if not found:
            return found
        spans: dict[tuple[int, int], list[Edge]] = {}
        for row in edges:
            for e in row:
                first, last = slots[e.start], slots[e.end - 1]
                if first.first and last.last:
                    spans.setdefault((first.word, last.word), []).append(e)
        return {w: written for w, written in found.items()
                if self._reads_as_family(spans.get((w - 1, w - 1), []), written) and
                not any(e.source in ("mozc", "jmdict") and e.left not in _NAMED_CONTEXTS
                        and e.kind not in PROPER_NAME_KINDS and not e.written.endswith(written)
                        and all(map(is_kanji, e.written))
                        for e in spans.get((w - 1, w), ()))}

    def name_led(self, parts: list[tuple[str, bool, bool]], slots: list[Slot],
                 edges: list[list[Edge]]) -> bool:
        """Whether a query begins with a person's name of two capitalised words, no hyphen and
        no particle, that words in lower case go on from (*Adachi Seifu nikki*), where the
        first word reads as a family name about as cheaply as it reads otherwise
        (:meth:`_reads_as_family`: not *Gendai Nihon no kaika* 現代, *Kokuritsu Kokkai
        toshokan* 国立) and the second as a given name."""
        if len(parts) < 3 or any(punct or hyphen for _, punct, hyphen in parts[:3]) or \
                not (parts[0][0][:1].isupper() and parts[1][0][:1].isupper() and
                     parts[2][0][:1].islower()) or \
                any(w.lower() in PARTICLE_WORDS for w, _, _ in parts[:2]):
            return False
        readings: tuple[list[Edge], list[Edge]] = ([], [])
        for row in edges:
            for e in row:
                first, last = slots[e.start], slots[e.end - 1]
                if first.first and last.last and first.word == last.word < 2:
                    readings[first.word].append(e)
        return self._reads_as_family(readings[0], "") and any(
            e.left == GIVEN_NAME_CONTEXT or (e.source == "jmnedict" and e.kind in GIVEN_KINDS)
            for e in readings[1])

    def _reads_as_family(self, readings: list[Edge], clan: str) -> bool:
        """Whether a written word whose ``readings`` are these reads as a family name before
        ``clan`` (氏, 家): as one not ending in it (源氏 is a clan already) that costs at most
        ``family_margin`` more than its cheapest reading as no person's name (補助
        against 北条 for *Hojo*, not 近世 or 明治 against their rare family names)."""
        other = min((e.cost for e in readings if e.left not in PERSON_CONTEXTS and
                     e.kind not in PERSON_KINDS and e.kind != "name"), default=None)
        return any((e.left == SURNAME_CONTEXT or e.kind == "surname") and
                   not (clan and e.written.endswith(clan))
                   and (other is None or e.cost <= other + self._family_margin)
                   for e in readings)

    @cached_property
    def _institutions(self) -> tuple[str, ...]:
        """Readings of the institutions named after the place they stand in (郵便局, 中継局,
        駅: ``institution`` rows of the data file)."""
        return tuple(sorted({row[0] for row in self._citation_rows
                             if row[2:3] == ["institution"]}))

    @cached_property
    def _offices(self) -> tuple[str, ...]:
        """Readings of the offices written after a person's family name (外務大臣, 首相,
        知事: ``office`` rows of the data file)."""
        return tuple(sorted({row[0] for row in self._citation_rows
                             if row[2:3] == ["office"]}))

    @cached_property
    def _founder_keys(self) -> frozenset[str]:
        """The romaji keys of the house words a name often puts after its founder's family
        name (*shoten*, *shobo*: ``founder`` in the data file's fourth column)."""
        return frozenset(romaji_key(kana_to_romaji(row[0])) for row in self._citation_rows
                         if row[2:4] == ["publisher", "founder"])

    @cached_property
    def _clan_suffixes(self) -> frozenset[tuple[str, str]]:
        """(written, kana) of what is written after a family name for its clan, house,
        faction or school (氏, 家, 派, 流: ``clan`` rows of the data file)."""
        return frozenset((row[1], row[0]) for row in self._citation_rows
                         if row[2:3] == ["clan"])

    @cached_property
    def _clan_suffix_keys(self) -> dict[str, str]:
        """The clan suffixes, each romaji key to its kanji (*shi*: 氏, *ke*: 家), worked out
        once for every query."""
        return {romaji_key(kana_to_romaji(kana)): written for written, kana in self._clan_suffixes}

    @cached_property
    def _spaced_clan_suffixes(self) -> frozenset[str]:
        """What of :attr:`_clan_suffixes` is also written apart after a family name (氏 of
        *Kishida shi*: ``spaced`` in the data file's fourth column)."""
        return frozenset(row[1] for row in self._citation_rows
                         if row[2:4] == ["clan", "spaced"])

