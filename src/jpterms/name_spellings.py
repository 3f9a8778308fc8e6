"""How people and publishers spell their names: the long vowels a written name lacks as
the people JMnedict lists (a family or given name, a full name), Mozc's surname costs or
the shipped table of publishers read its letters. The
:class:`~jpterms.spelling.SpellingJudge` owns one (:attr:`~jpterms.spelling.SpellingJudge.names`),
which keeps its answers: a bibliography names the same people again and again.

>>> from jpterms.spelling import SpellingJudge
>>> names = SpellingJudge.for_glossary(None).names
>>> names.full_name("Naito", "Konan"), names.surname("Sato")
(('Naitō', 'Konan'), 'Satō')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from jpterms.kana import strip_macrons
from jpterms.macron_letters import adds_macrons, with_long_vowels
from jpterms.macron_letters import letters as _letters
from jpterms.mozc_contexts import SURNAME_CONTEXT

if TYPE_CHECKING:
    from jpterms.lexicon import Lexicon

__all__ = ["NAME_PEOPLE", "NAME_SHARE", "SURNAME_MARGIN", "NameSpellings"]

#: A name part is read as most people bear it only when at least this many people bear
#: it (:meth:`NameSpellings.name_part`), and this share of them read it alike.
NAME_PEOPLE = 20
NAME_SHARE = 0.8
#: How much cheaper (Mozc cost) a family name's reading with long vowels must be than
#: every other reading of its letters to decide it (太田 おおた 3564 against 織田 おた
#: 4388; 小野 おの 3415 and 大野 おおの 3474 decide nothing).
SURNAME_MARGIN = 700


class NameSpellings:
    """The spellings of names a lexicon's lists give, answers kept. ``letters_of``: a
    lexicon spelling's Hepburn as its letters (lower case, macrons), remembered by the
    judge that shares it."""

    def __init__(self, lexicon: Lexicon, letters_of: Callable[[str], str]) -> None:
        self._lexicon = lexicon
        self._letters_of = letters_of
        #: name_people's answers by (word, family): read-only
        self._people: dict[tuple[str, bool], dict[str, int]] = {}
        #: surname's answers by word (a bibliography cites the same authors again and again)
        self._surnames: dict[str, str | None] = {}

    def full_name(self, family: str, given: str) -> tuple[str, str] | None:
        """Two written words as the one person JMnedict knows by those letters spells
        them (``Naito Konan``: 内藤湖南, Naitō Konan), or ``None`` when no person, or
        more than one spelling, has them. A full name decides what each half alone
        cannot (naito is also ナイト; Konan is not Kōnan).

        >>> from jpterms.spelling import SpellingJudge
        >>> SpellingJudge.for_glossary(None).names.full_name("Naito", "Konan")
        ('Naitō', 'Konan')
        """
        if not (family[:1].isupper() and given[:1].isupper()) or "-" in family + given:
            return None
        written = _letters(family) + _letters(given)
        plain = strip_macrons(written)
        if len(plain) < 6 or self._lexicon.quick_frequency(plain) is None:
            return None  # (a trie read: no dictionary word or name has the key)
        found = {self._letters_of(p.hepburn) for p in self._lexicon.spellings(family + given)
                 if p.kind == "person"}
        found = {f for f in found if strip_macrons(f) == plain}
        if len(found) != 1:
            return None
        spelled = found.pop()
        if not adds_macrons(written, spelled) and spelled != written:
            return None  # it would take away a macron the writer wrote
        cut = len(_letters(family))
        return with_long_vowels(family, spelled[:cut]), with_long_vowels(given, spelled[cut:])

    def name_part(self, word: str, *, family: bool) -> str | None:
        """``word`` as most people JMnedict lists spell it as a family name (or, without
        ``family``, as a given name), when that adds macrons: at least
        :data:`NAME_PEOPLE` people bear a name read with these letters, of whom
        :data:`NAME_SHARE` or more read the same long vowels and at most one in ten
        none (Toru as a given name: 198 people, 徹, 亨, 透 ..., all Tōru). ``None``
        otherwise.

        >>> from jpterms.spelling import SpellingJudge
        >>> names = SpellingJudge.for_glossary(None).names
        >>> names.name_part("Toru", family=False), names.name_part("Kazuo", family=False)
        ('Tōru', None)
        """
        counts = self.name_people(word, family=family)
        total = sum(counts.values())
        if total < NAME_PEOPLE:
            return None
        written = _letters(word)
        plain = strip_macrons(written)
        best = max(counts, key=lambda f: (counts[f], f))
        if best == written or not adds_macrons(written, best) or \
                counts[best] < NAME_SHARE * total or counts.get(plain, 0) * 10 > total:
            return None
        return with_long_vowels(word, best)

    def surname(self, word: str) -> str | None:
        """``word`` as a family name with the long vowels its commonest bearers' reading
        has, when Mozc's dictionary prices that reading as a surname well below every
        reading without them (:data:`SURNAME_MARGIN`): Sato: 佐藤 さとう, Satō; Ota:
        太田 おおた, Ōta. ``None`` when the readings are close (Ono 小野 and Ōno 大野),
        when the commonest is as written, or when no surname has these letters.

        >>> from jpterms.spelling import SpellingJudge
        >>> names = SpellingJudge.for_glossary(None).names
        >>> names.surname("Sato"), names.surname("Ota"), names.surname("Ono")
        ('Satō', 'Ōta', None)
        """
        if not word[:1].isupper() or "-" in word:
            return None
        if word in self._surnames:
            return self._surnames[word]
        found = self._surname(word)
        if len(self._surnames) > 100_000:
            self._surnames.clear()
        self._surnames[word] = found
        return found

    def _surname(self, word: str) -> str | None:
        written = _letters(word)
        plain = strip_macrons(written)
        if len(plain) < 2:
            return None
        from jpterms.mozcdic import mozc_dictionary

        mozc = mozc_dictionary()
        costs: dict[str, int] = {}  # spelling (letters, macrons) -> cheapest surname cost
        kana_seen: set[str] = set()
        for p in self._lexicon.spellings(word):
            form = self._letters_of(p.hepburn)
            if p.kind != "surname" or strip_macrons(form) != plain or p.kana in kana_seen:
                continue
            kana_seen.add(p.kana)
            node = mozc.walk(mozc.ROOT, p.kana)
            if node is None:
                continue
            for w in mozc.words(node, 48):
                if w.left == SURNAME_CONTEXT:
                    costs[form] = min(costs.get(form, w.cost), w.cost)
                    break
        if not costs:
            return None
        best = min(costs, key=lambda f: (costs[f], f))
        if best == written or not adds_macrons(written, best):
            return None
        others = [c for f, c in costs.items() if f != best]
        if others and min(others) - costs[best] < SURNAME_MARGIN:
            return None
        return with_long_vowels(word, best)

    def name_people(self, word: str, *, family: bool) -> dict[str, int]:
        """How many people JMnedict lists with ``word`` as their family (or given) name,
        per Hepburn spelling with its letters (macrons aside). Each answer is worked out
        once per judge (a document names the same people again and again) and is shared:
        read it, do not change it.

        >>> from jpterms.spelling import SpellingJudge
        >>> names = SpellingJudge.for_glossary(None).names
        >>> names.name_people("Toru", family=False)["tōru"] > 100, names.name_people("toru", family=False)
        (True, {})
        """
        if not word[:1].isupper() or "-" in word:
            return {}
        cached = self._people.get((word, family))
        if cached is None:
            cached = self._name_people(word, family)
            if len(self._people) > 100_000:
                self._people.clear()
            self._people[word, family] = cached
        return cached

    def _name_people(self, word: str, family: bool) -> dict[str, int]:
        from jpterms.reading_index import ReadingIndex

        people = ReadingIndex.default().name_counts
        kind = "surname" if family else "given"
        written = _letters(word)
        plain = strip_macrons(written)
        counts: dict[str, int] = {}
        for p in self._lexicon.spellings(word):
            if p.kind == kind:
                form = self._letters_of(p.hepburn)
                if strip_macrons(form) == plain:
                    counts[form] = counts.get(form, 0) + \
                        people(p.written, family=family).get(p.kana, 0)
        return counts

    def publisher(self, words: list[str]) -> list[str] | None:
        """One to four capitalised words as the publisher they name spells them, when every
        publisher of the shipped table (:mod:`jpterms.publishers`) read with those letters
        is read alike (``Chuo Koron Sha``: 中央公論社, Chūō Kōron Sha); ``None`` otherwise.

        >>> from jpterms.spelling import SpellingJudge
        >>> SpellingJudge.for_glossary(None).names.publisher(["Chuo", "Koron", "Sha"])
        ['Chūō', 'Kōron', 'Sha']
        """
        from jpterms.kana import kana_to_romaji
        from jpterms.publishers import Publishers

        if not all(w[:1].isupper() for w in words):
            return None
        found = Publishers.bundled().spellings(" ".join(words))
        if not found:
            return None
        written = "".join(_letters(w) for w in words)
        plain = strip_macrons(written)
        readings = {r for r in (_letters(kana_to_romaji(p.kana)) for p in found)
                    if strip_macrons(r) == plain}
        if len(readings) != 1:
            return None
        spelled = readings.pop()
        if spelled != written and not adds_macrons(written, spelled):
            return None  # it would take away a macron the writer wrote
        out, at = [], 0
        for w in words:
            n = len(_letters(w))
            out.append(with_long_vowels(w, spelled[at:at + n]))
            at += n
        return out
