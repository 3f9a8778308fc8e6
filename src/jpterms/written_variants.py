"""Old-form spellings of a look-up's results that the dictionaries list (澤 for 沢, 壽 for 寿).

The search reads every old kanji form as its modern one and puts modern spellings first
(中沢 before 中澤), but many names and older titles are written in the old forms, and a
caller looking *Nakazawa* up may want 中澤. :class:`WrittenVariants` finds, for a result
or each of its words, the spelling in old forms (those the Jōyō table prints in brackets:
``jpterms/data/joyo_old_forms.tsv``) that the Mozc dictionary lists **with the same
reading**, at most :data:`MAX_EXTRA_COST` dearer than the modern one: no spelling is made
by swapping characters alone, and variant forms that are no old forms (埜 of 野, 髙 of 高)
are not offered.

>>> variants = WrittenVariants.default()
>>> variants.old_spellings("沢", "さわ")
('澤',)
>>> variants.old_spellings("寿一", "じゅいち")
('壽一',)
>>> variants.old_spellings("東京", "とうきょう")
()

A look-up offers one such spelling in its last slot where the reading there is weak
(:meth:`WrittenVariants.offer`); the first result is always the search's own:

>>> from jpterms import lookup
>>> [m.kanji for m in lookup("Yamagiwa Juichi")]
['山極寿一', '山際寿一', '山際十一', '山極十一', '山極壽一']
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from jpterms.glosses import name_part
from jpterms.match import Match
from jpterms.reading_index import ReadingIndex

__all__ = ["WrittenVariants"]

#: A result's old-form spelling takes the last slot where the result there scores under
#: this share of the result respelled (a weak reading gives way to a strong one's spelling).
SLOT_SHARE = 0.5

#: How much dearer than the modern spelling Mozc may price an old one (a word cost, about
#: 500 a factor of e): 中澤 is even cheaper than 中沢, 壽一 25 dearer than 寿一, 帝國 2,199
#: dearer than 帝国.
MAX_EXTRA_COST = 2000


class WrittenVariants:
    """Spellings in old kanji forms of words and look-up results, where a dictionary lists
    them with the same reading."""

    def __init__(self, index: ReadingIndex, entries: Callable[[str], tuple[tuple[str, int], ...]],
                 table: dict[int, str], max_extra_cost: int = MAX_EXTRA_COST) -> None:
        self._index = index
        self._max_extra = max_extra_cost
        self._entries = entries  # Mozc's words for a hiragana reading, cheapest first
        self._modern = table
        olds: dict[str, list[str]] = {}
        for old, new in table.items():
            if len(new) == 1:
                olds.setdefault(new, []).append(chr(old))
        self._olds = olds
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    @classmethod
    @cache
    def default(cls) -> WrittenVariants:
        """The Jōyō table's old forms, Mozc's words, and JMdict's and JMnedict's readings
        (which part a name they list whole into its family and given names)."""
        from jpterms.dictionaries import mozc_entries
        from jpterms.package_data import read_char_table

        return cls(ReadingIndex.default(), mozc_entries, read_char_table("joyo_old_forms.tsv"))

    def old_spellings(self, written: str, kana: str) -> tuple[str, ...]:
        """Spellings of ``written`` read ``kana`` with one or more of its kanji in an old
        form, as the dictionaries list them with that reading (Mozc's cheapest first)."""
        key = (written, kana)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        found: list[str] = []
        if kana and any(ch in self._olds for ch in written):
            costs = dict(self._entries(kana))
            if written in costs:
                limit = costs[written] + self._max_extra
                found = [w for w, c in costs.items() if w != written and c <= limit
                         and w.translate(self._modern) == written]
        out = tuple(found)
        if len(self._cache) < 100_000:
            self._cache[key] = out
        return out

    def offer(self, results: list[Match], romanize: Callable[[str], str],
              depth: int) -> list[Match]:
        """The first ``depth`` of ``results`` (best first), with the old-form spelling of a
        result (:meth:`old_form`) in the last slot where the reading there scores under
        :data:`SLOT_SHARE` of that result's, or after the result where a slot is free.
        The first result always stays first."""
        out = results[:depth]
        shown = {m.kanji for m in out}
        for m in results[:depth - 1]:
            full = len(out) >= depth
            if full and out[-1].score >= SLOT_SHARE * m.score:
                continue
            variant = self.old_form(m, romanize)
            if variant is None or variant.kanji in shown:
                continue
            shown.add(variant.kanji)
            if full:
                out[-1] = variant.replace(score=min(m.score, out[-2].score))
                break
            out.insert(next(i for i, r in enumerate(out) if r is m) + 1, variant)
        return out

    def old_form(self, m: Match, romanize: Callable[[str], str]) -> Match | None:
        """``m`` spelled in the old forms Mozc lists for it or for its words (same reading;
        its Hepburn ``romanize``'s of the new kanji where that spells the reading); None
        where Mozc lists none.

        A word keeps its English, its source becomes ``mozc`` (the dictionary that lists the
        spelling). A result made of words keeps its English and source. A name a dictionary
        or the glossary lists whole (中村慎一) is no entry in old forms: it is respelled only
        as a family name and a given name that JMnedict's people bear with those readings,
        each in an old form Mozc lists (中村愼一), and glossed as those two, not as the person
        the entry names; a station is written as its railway writes it and is not respelled.
        """
        if not any(ch in self._olds for ch in m.kanji) or m.source == "station":
            return None
        if m.words:
            return self._respelled_words(m, m.words, romanize)
        if m.source not in _WHOLE_ENTRIES:
            whole = self.old_spellings(m.kanji, m.kana)
            if whole:
                return _respelled(m, whole[0], (), romanize)
        parts = self._name_parts(m)
        if not parts:
            return None
        respelled = self._respelled_words(m, parts, romanize)
        if respelled is None:
            return None
        english = " ".join(name_part(w.kanji, w.kana, role)
                           for w, role in zip(respelled.words, ("surname", "given"), strict=True))
        return respelled.replace(english=english, source="mozc", words=())

    def _respelled_words(self, m: Match, words: tuple[Match, ...],
                         romanize: Callable[[str], str]) -> Match | None:
        """``m`` with each of ``words`` that Mozc lists in old forms so spelled; None where
        none is."""
        respelled = []
        for w in words:
            olds = self.old_spellings(w.kanji, w.kana)
            respelled.append(_respelled(w, olds[0], w.words, romanize).replace(source="mozc")
                             if olds else w)
        if all(a is b for a, b in zip(respelled, words, strict=True)):
            return None
        return _respelled(m, "".join(w.kanji for w in respelled), tuple(respelled), romanize)

    def _name_parts(self, m: Match) -> tuple[Match, ...]:
        """A name without words (中村慎一) as a family name and a given name that JMnedict's
        people bear with the readings the name's reading parts into (中村 なかむら, 慎一
        しんいち); empty where there are no such two."""
        for i in range(1, len(m.kanji)):
            head, tail = m.kanji[:i], m.kanji[i:]
            for reading in self._index.name_counts(head, family=True):
                rest = m.kana[len(reading):]
                if m.kana.startswith(reading) and rest and self._index.name_counts(tail).get(rest):
                    return (Match(head, reading, "", "", m.source, m.score),
                            Match(tail, rest, "", "", m.source, m.score))
        return ()


#: Sources of a result a dictionary or the glossary lists whole: respelled only as a name.
_WHOLE_ENTRIES = frozenset({"glossary", "jmnedict"})


def _respelled(m: Match, kanji: str, words: tuple[Match, ...],
               romanize: Callable[[str], str]) -> Match:
    """``m`` written ``kanji`` (its reading's spelling in old forms)."""
    return m.replace(kanji=kanji, romaji=partial(_romaji_of, m, kanji, romanize), words=words)


def _romaji_of(m: Match, kanji: str, romanize: Callable[[str], str]) -> str:
    """The Hepburn of ``m`` respelled ``kanji``: ``romanize``'s of the old forms where that
    spells ``m``'s reading (old forms read as the modern ones), else ``m``'s own."""
    from jpterms.romanize import spells_kana

    plain = romanize(kanji)
    return plain if spells_kana(plain, m.kana) else m.romaji
