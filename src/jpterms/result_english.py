"""The English and the romaji a look-up gives a result and each of its words, made only
when a caller reads them (:class:`jpterms.match.Match` holds them lazily): a word's own
gloss as the reading found it (原 read はら is "field"), a person's name part by part
("Okada (surname) Nozomu (given name)"), a station as a station, a glossary word's
Hepburn as the glossary writes it.

>>> from jpterms.lattice import Edge
>>> from jpterms.romanize import Romanizer
>>> glosses = ResultGlosses(Romanizer().romanize, {})
>>> glosses.gloss(Edge(0, 2, "原", "はら", 1851, 1851, 0, "mozc"))
'field; plain; prairie'
>>> glosses.gloss(Edge(0, 2, "原", "はら", 1851, 1851, 0, "station", "station"))
'Hara Station; field; plain; prairie'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from jpterms.dictionaries import jmdict_glosses
from jpterms.glossary import Entry
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
from jpterms.kana import is_hiragana, is_katakana, kana_to_romaji
from jpterms.lexicon import PERSON_KINDS, romaji_key
from jpterms.match import Match
from jpterms.mozc_contexts import (
    GIVEN_NAME_CONTEXT,
    PERSON_CONTEXTS,
    PERSON_NAME_CONTEXT,
    PROPER_CONTEXTS,
    SURNAME_CONTEXT,
)
from jpterms.title_analysis import PARTICLES, english_for

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Edge


__all__ = ["ResultGlosses", "short_gloss"]

#: The part of a name each person context is, for its gloss.
_PERSON_ROLES = {PERSON_NAME_CONTEXT: "person", GIVEN_NAME_CONTEXT: "given",
                 SURNAME_CONTEXT: "surname"}


class ResultGlosses:
    """The English and romaji of results, with ``romanize`` (the engine's Hepburn of
    Japanese text, with its glossary) and the glossary's entries by reading without
    spaces (``readings``)."""

    def __init__(self, romanize: Callable[[str], str],
                 readings: Mapping[str, Sequence[Entry]]) -> None:
        self._romanize = romanize
        self._readings = readings

    def english(self, edges: list[Edge], words: tuple[int, ...] | None = None) -> str:
        """The English of a reading: a word's own, or the first sense of each word; a
        person's name (``words``: the written word of each slot, for a query shaped like
        a name) as a name, part by part."""
        if words is not None:
            named = self._name_english(edges, words)
            if named:
                return named
        glosses = [self.gloss(e) for e in edges]
        if len(glosses) == 1:
            e = edges[0]
            if not glosses[0] and words is not None and words[e.start] != words[e.end - 1]:
                # a whole name Mozc lists and no dictionary glosses: 藤川一男
                return name_part(e.written, e.kana, "person", self.hepburn(e.written, e.kana))
            return glosses[0]
        return " ".join(short_gloss(g) for g in glosses if g and g != "(particle)")

    def words(self, edges: list[Edge], words: tuple[int, ...] | None = None
               ) -> tuple[Match, ...]:
        """A title's reading word by word (empty for a single word); the parts of a
        person's name each glossed as the part they are."""
        if len(edges) <= 1:
            return ()
        matches = tuple(self.word_match(e) for e in edges)
        if words is None or not self._name_english(edges, words):
            return matches
        return tuple(m.replace(english=self._name_part(
            [e], "surname" if words[e.start] == 0 else "given"))
            for m, e in zip(matches, edges, strict=True))

    def word_match(self, edge: Edge) -> Match:
        """One word of a reading as a result; its romaji and English are made when read
        (a look-up asks only whether a reading has words)."""
        return Match(edge.written, edge.kana, partial(self.word_romaji, edge),
                     partial(self.gloss, edge), edge.source, 0.0)

    def word_romaji(self, edge: Edge) -> str:
        entry = self.entry(edge)
        if entry is not None:
            romaji = entry.hepburn
        elif all(is_hiragana(ch) for ch in edge.written):
            romaji = self._romanize(edge.written)  # particles: ni tsuite, as romanize divides them
        else:
            romaji = kana_to_romaji(edge.kana)  # the reading this search found for the word
        proper = (entry is not None and entry.hepburn[:1].isupper()) or (
            entry is None and edge.left in PROPER_CONTEXTS)
        return (romaji[:1].upper() if proper else romaji[:1].lower()) + romaji[1:]

    def gloss(self, edge: Edge) -> str:
        """A word's English, as the reading found (原 read はら is "field", not "original");
        a person's name as a name (Hara (surname)); a station's name says it is one (*Hara*:
        "Hara Station", before 原's own senses)."""
        english = self._word_english(edge)
        if edge.kind != "station":
            return english
        station = f"{self._romanize(edge.written)} Station"
        if not english or station in english or reads_as(english, edge.kana):
            return station  # not "Hara Station; Hara (surname; place)"
        return f"{station}; {english}"

    def _word_english(self, edge: Edge) -> str:
        entry = self.entry(edge)
        if entry is not None and entry.english.endswith(FAMILY_NAME):  # 中川: not "Hidenao"
            return name_part(edge.written, edge.kana, "surname", entry.hepburn)
        if entry is not None or edge.written in PARTICLES.values() or \
                all(is_hiragana(ch) or is_katakana(ch) for ch in edge.written):
            return english_for(edge.written, edge.kana, entry)
        if edge.source == "publisher":
            return name_part(edge.written, edge.kana, "publisher", self.hepburn(edge.written, edge.kana))
        described = person_gloss(edge.written, edge.kana, self.hepburn(edge.written, edge.kana))
        if edge.left in PERSON_CONTEXTS or edge.kind in PERSON_KINDS:
            role = _PERSON_ROLES.get(edge.left) or edge.kind
            return described or name_part(edge.written, edge.kana, role, self.hepburn(edge.written, edge.kana))
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
            return name_part(edge.written, edge.kana, role, self.hepburn(edge.written, edge.kana))
        # a reading JMdict lacks (米国 read あめりか): its senses, which hold whatever the
        # reading; never JMnedict's names, which are other readings' romanisations
        return "; ".join(jmdict_glosses(edge.written)[:3])

    def _name_english(self, edges: list[Edge], words: tuple[int, ...]) -> str:
        """A reading of a name-shaped query as a person's name: JMnedict's own gloss of the
        whole (Natsume Souseki (1867-1916)), else each written word's Hepburn and part,
        "Okada (surname) Nozomu (given name)", where every word is read as a name is
        ("" where one is not: that reading is glossed word by word)."""
        if len(edges) == 1:
            e = edges[0]
            if e.source == "glossary":
                return ""
            romaji = self.hepburn(e.written, e.kana)
            described = person_gloss(e.written, e.kana, romaji)
            if described or words[e.start] == words[e.end - 1] or not self.is_name(e):
                return described
            return name_part(e.written, e.kana, "person", romaji)  # Okada Kansen (name)
        parts: dict[int, list[Edge]] = {}
        for e in edges:
            first, last = words[e.start], words[e.end - 1]
            if first != last or not self.is_name(e):
                return ""
            parts.setdefault(first, []).append(e)
        return " ".join(self._name_part(part, "surname" if word == 0 else "given")
                        for word, part in sorted(parts.items()))

    def _name_part(self, edges: list[Edge], role: str) -> str:
        """A written word of a name read by ``edges``, glossed as the part it is."""
        written, kana = "".join(e.written for e in edges), "".join(e.kana for e in edges)
        return name_part(written, kana, role, self.hepburn(written, kana))

    @staticmethod
    def is_name(edge: Edge) -> bool:
        """Whether a word is a person's name read as such: Mozc's person contexts, the
        lexicon's name kinds, or a spelling JMnedict lists as a name with this reading."""
        return edge.left in PERSON_CONTEXTS or edge.kind in PERSON_KINDS | {"name"} or \
            not name_types(edge.written, edge.kana).isdisjoint(PERSON_KINDS)

    def hepburn(self, written: str, kana: str) -> str:
        """A name's Hepburn as romanize() writes it (Inoue, Iwanami Shoten), where it spells
        the reading found ("" where it reads the kanji otherwise)."""
        romaji = self._romanize(written)
        same = romaji_key("".join(romaji.split())) == romaji_key(kana_to_romaji(kana))
        return romaji if same else ""

    def entry(self, edge: Edge) -> Entry | None:
        if edge.source != "glossary":
            return None
        return next((e for e in self._readings.get(edge.kana, ())
                     if e.written == edge.written), None)


def short_gloss(english: str) -> str:
    """The first sense of a gloss, without its parenthesised notes."""

    plain = re.sub(r"\s*\([^)]*\)", "", english)  # Kōshoku (surname; place): Kōshoku
    first = plain.split(";")[0].strip()
    return first or english.split(";")[0].strip()
