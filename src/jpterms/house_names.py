"""Houses, offices and publishers: what makes or follows a family's name in a run of nouns.
A family name before its house (毛利家 Mōri-ke) or an office (原首相 Hara shushō), a whole
name whose family or given name is read as the family's other people read theirs (吉川経信
*Kikkawa Tsunenobu*), a publisher read as the publisher reads its name (吉川弘文館
Yoshikawa Kōbunkan), and the coined name of a house, a shop or a temple no list knows
(研光社 Kenkōsha).

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`HouseNames`
(``resolver.houses``), which reads the units the resolver hands it with the resolver's
dictionaries, Mozc and the publishers' list.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("毛利家文書"), r.romanize("原首相")
('Mōri-ke monjo', 'Hara shushō')
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import (
    GIVEN,
    MAX_UNITS,
    MOZC_WHOLE_NAME,
    PEOPLE_INSIDE,
    hira,
)
from jpterms.reading_parts import merge_units, on_joined, split_over_kanji
from jpterms.rule_words import clan_table, house_endings, temple_go_on_kanji

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

#: How many of a family's other people whose given names begin with a kanji must read the
#: family name one way for a whole name of that family and kanji to read it so
#: (:meth:`HouseNames.house_family`). Dev readings: +2 -0 at 3, +3 -0 at 2; on the
#: names of JMnedict's people (each person's own entry left out), +2 -0 at 3 but +2 -3
#: at 2 (小山 + 義治 おやま, 吉川 + 広和 きっかわ, 香西 + 元近: two namesakes by chance).
_HOUSE_PEOPLE = 3
#: ... and at least this share of the people JMnedict lists under the family name, for a
#: given name to begin as theirs (:meth:`HouseNames.house_given`): five of 松平's
#: 37, nine of 伊東's 39, not five of 鈴木's 332 (鈴木隆一, 鈴木隆夫 ... share 隆 たか by
#: chance; without it, JMnedict's people each read with its own entry left out: +7 -38).
_HOUSE_SHARE = 0.1
#: A kanji UniDic reads as a prefix (原 げん) before an office (首相) is a family name when
#: at least this many of JMnedict's people bear it as one (原 はら: 95; but 新 あたらし: 4,
#: 新首相 "the new prime minister").
_FAMILY_BEFORE_OFFICE_PEOPLE = 5


class HouseNames:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` for houses, offices and
    publishers, each taking units of a run and giving them back, read anew where the rule
    applies. The publishers' list and the offices' first characters are read on first use.

    >>> from jpterms.morpheme import Morpheme
    >>> from jpterms.readings import ReadingResolver
    >>> [(m.surface, m.kana) for m in ReadingResolver().houses.family_before_office([
    ...     Morpheme("原", "ゲン", "ゲン", "接頭辞"),
    ...     Morpheme("首相", "シュショー", "シュショウ", "名詞-普通名詞-一般")])]
    [('原', 'ハラ'), ('首相', 'シュショウ')]
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver
        self._publishers: dict[str, str] | None = None
        self._publisher_starts: frozenset[str] = frozenset()
        self._publisher_fit: dict[str, bool] = {}
        #: The first characters of the offices and titles :meth:`family_before_office`
        #: looks for (made on first use).
        self._office_starts: frozenset[str] | None = None

    def house_of_family(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A family name and its house that UniDic cut as one kanji and a given name:
        毛 + 利家 (Toshiie) in 毛利家文書 is 毛利 + 家, Mōri-ke monjo. The two kanji must
        be a family name at least :data:`PEOPLE_INSIDE` of JMnedict's people bear, read
        as most of them read it; the house is then read by ``after_family_name``."""
        resolver = self._resolver
        house = _house_words()
        written = "".join([m.surface for m in morphemes])
        if not any([h in written for h in house]):
            return morphemes  # (most runs: no house in them; both passes look for one)
        for k in range(1, len(morphemes)):
            before, m = morphemes[k - 1], morphemes[k]
            if not m.surface.endswith(house):  # (most units: one C call, no generator)
                continue
            key = next((h for h in house if m.surface.endswith(h)
                        and len(m.surface) > len(h)), None)
            if (key is None or len(before.surface) != 1 or "人名-姓" not in before.pos
                    or any(x.locked or x.source == "glossary" for x in (before, m))):
                continue
            family = before.surface + m.surface[: -len(key)]
            counts = resolver.index.name_counts(family, family=True)
            if sum(counts.values()) < PEOPLE_INSIDE:
                continue
            reading = max(counts, key=lambda r: (counts[r], r))
            name = merge_units([before], resolver.mark(family, reading), to_katakana(reading),
                               "jmnedict", "likely", ())
            name = replace(name, surface=family, proper=True, pos=before.pos)
            rest = replace(m, surface=key, reading="", kana="", pos="接尾辞-名詞的-一般",
                           proper=False, source="unidic", alternatives=())
            return [*morphemes[: k - 1], name, rest, *morphemes[k + 1 :]]
        return self._house_after_units(morphemes, house)

    def _house_after_units(self, morphemes: list[Morpheme],
                           house: tuple[str, ...]) -> list[Morpheme]:
        """A family name UniDic cut into other units, or read as a place, before a house
        (家, 家本) of its own: 九 + 条 + 家本 (Kyūjō kahon) is 九条 + 家本, Kujō-kebon; 一条
        (a place to UniDic) + 家本 Ichijō-kebon. The units (two or three, or one proper
        noun) must spell a family name at least :data:`PEOPLE_INSIDE` of JMnedict's
        people bear, read as most of them read it."""
        resolver = self._resolver
        for k in range(1, len(morphemes)):
            if morphemes[k].surface not in house or "人名-姓" in morphemes[k - 1].pos:
                continue
            for start in range(max(0, k - 3), k):
                units = morphemes[start:k]
                family = "".join(m.surface for m in units)
                if (len(units) == 1 and not units[0].proper) or not 2 <= len(family) <= 4 \
                        or not all(has_kanji(ch) for ch in family) \
                        or any(m.locked or m.source == "glossary" for m in units):
                    continue
                counts = resolver.index.name_counts(family, family=True)
                if sum(counts.values()) < PEOPLE_INSIDE:
                    continue
                reading = max(counts, key=lambda r: (counts[r], r))
                name = merge_units(units, resolver.mark(family, reading), to_katakana(reading),
                                   "jmnedict", "likely", ())
                name = replace(name, surface=family, proper=True, pos="名詞-固有名詞-人名-姓")
                return [*morphemes[:start], name, *morphemes[k:]]
        return morphemes

    def house_family(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input read as a family name of two kanji or more and a given name whose
        family name is read as the family's other people whose given names begin with
        the same kanji read it (a house's men share a kanji, 通字; a school of rakugo or
        of an art its stage names' first kanji), where at least :data:`_HOUSE_PEOPLE`
        of them do and none reads it as chosen (:meth:`_house_readings`): 吉川 + 経信
        *Kikkawa Tsunenobu* as 吉川経家 and 吉川経安 (was Yoshikawa, as most of JMnedict's
        people named 吉川 are), 立川 + 志らく *Tatekawa* as 立川志の輔. Only where
        neither JMnedict nor Mozc lists the whole name."""
        resolver = self._resolver
        if len(out) != 2 or "人名-姓" not in out[0].pos or "人名-名" not in out[1].pos:
            return out
        family, given = out[0].surface, out[1].surface
        written = family + given
        if (len(family) < 2 or not given or not all(is_kanji(ch) for ch in family + given[0])
                or self._fixed_or_listed(out, written)):
            return out
        surnames = list(dict.fromkeys(r for r, k in resolver.names(family) if "surname" in k))
        chosen = to_hiragana(out[0].kana)
        if len(surnames) < 2 or chosen not in surnames or chosen.endswith("の"):
            return out
        found = self._house_readings(family, given[0], written, surnames)
        if not found or found.get(chosen):
            return out
        best = max(found, key=lambda r: (found[r], r))
        if found[best] < _HOUSE_PEOPLE:
            return out
        return [replace(out[0], reading=resolver.mark(family, best), kana=to_katakana(best),
                        alternatives=(chosen, *(a for a in out[0].alternatives if a != best))[:5]),
                out[1]]

    def house_given(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole name's given name of two or three kanji begins as the given names of the
        family's other people that begin with the same kanji begin, where at least
        :data:`_HOUSE_PEOPLE` of them and :data:`_HOUSE_SHARE` of the people JMnedict
        lists under the family name read that kanji one way and none reads it as the
        given name was read (a house's men share a kanji, 通字): a reading JMnedict
        lists of the name that begins so, else (two kanji) that beginning and the second
        kanji as JMnedict's given names most often end with it. 伊東 + 祐崇 *Itō Suketaka*
        (伊東祐亨, 伊東祐兵 ... すけ; was JMnedict's Yutaka), 松平 + 頼多 *Yorita* (松平頼恕,
        頼則 ... より; was Raita). Only where neither JMnedict nor Mozc lists the whole
        name, and not after a clan's の (:meth:`CourtNames.clan_of` reads those)."""
        resolver = self._resolver
        if len(out) != 2 or "人名-姓" not in out[0].pos or "人名-名" not in out[1].pos:
            return out
        family, given = out[0].surface, out[1].surface
        written = family + given
        if (len(family) < 2 or not 2 <= len(given) <= 3 or out[1].kana.startswith("ノ")
                or not all(is_kanji(ch) for ch in written)
                or self._fixed_or_listed(out, written)):
            return out
        fam, chosen = to_hiragana(out[0].kana), to_hiragana(out[1].kana).removeprefix("の")
        heads = resolver.index.name_part_counts(given[0], head=True)
        found: dict[str, int] = {}
        for read in self._namesakes(family, given[0], written):
            got = set()
            for r in read:
                if not r.startswith(fam):
                    continue
                rest = r[len(fam):].removeprefix("の")
                fits = [h for h in heads if rest.startswith(h) and len(rest) > len(h)]
                if fits:
                    got.add(max(fits, key=len))
            for h in got:
                found[h] = found.get(h, 0) + 1
        if not found:
            return out
        best = max(found, key=lambda h: (found[h], h))
        people = sum(resolver.persons.family_counts(family).values())
        if found[best] < max(_HOUSE_PEOPLE, _HOUSE_SHARE * people) or any(
                chosen.startswith(h) for h in found):
            return out
        listed = [r for r, k in resolver.names(given) if (k & GIVEN or k <= {"unclass"})
                  and r.startswith(best) and len(r) > len(best)]
        if listed:
            reading = resolver.cheapest(given, listed)
        elif len(given) == 2:
            tails = resolver.index.name_part_counts(given[1], head=False)
            if not tails:
                return out
            reading = best + max(tails, key=lambda t: (tails[t], t))
        else:
            return out
        giv = out[1]
        kana = to_katakana(reading)
        return [out[0], replace(giv, reading=resolver.mark(given, reading), kana=kana,
                                alternatives=(chosen, *(a for a in giv.alternatives
                                                        if a != reading))[:5])]

    def _fixed_or_listed(self, out: list[Morpheme], written: str) -> bool:
        """Whether a unit of ``out`` is fixed (locked, or the glossary's) or JMdict,
        JMnedict or Mozc lists ``written``, the whole: the house rules then leave it."""
        resolver = self._resolver
        return (any(m.locked or m.source == "glossary" for m in out)
                or bool(resolver.index.readings(written))
                or ("mozc" in resolver.sources and written in resolver.mozc_written))

    def _house_readings(self, family: str, head: str, written: str,
                        surnames: list[str]) -> dict[str, int]:
        """How many people JMnedict or Mozc lists (but ``written``) whose whole name is
        ``family``, then ``head`` and one or two characters more, read as each of the
        family's ``surnames`` (the longest that begins the whole name's reading; one
        that is another and a genitive の counts as that other: ふじわらの as ふじわら)."""
        found: dict[str, int] = {}
        for read in self._namesakes(family, head, written):
            fams = {f for f in surnames for r in read if r.startswith(f) and len(r) > len(f)}
            for f in {f[:-1] if f.endswith("の") and f[:-1] in surnames else f for f in fams
                      if not any(g != f and g.startswith(f) for g in fams)}:
                found[f] = found.get(f, 0) + 1
        return found

    def _namesakes(self, family: str, head: str, written: str) -> Iterator[set[str]]:
        """The readings of each person JMnedict or Mozc lists (but ``written``) whose whole
        name is ``family``, then ``head`` and one or two characters more (吉川経家 for
        吉川 + 経), as a person (JMnedict) or a name (Mozc)."""
        resolver = self._resolver
        others = set(resolver.index.beginning(family + head))
        if "mozc" in resolver.sources:
            others |= set(resolver.mozc_written.beginning(family + head))
        for other in sorted(others):
            if other == written or not len(family) + 2 <= len(other) <= len(family) + 3:
                continue
            read = {r.reading for r in resolver.index.readings(other)
                    if r.source == "jmnedict" and "person" in r.kinds}
            if "mozc" in resolver.sources:
                read |= {r for r in resolver.mozc_readings(other)
                         if resolver.mozc_contexts(other, r) & MOZC_WHOLE_NAME}
            if read:
                yield read

    def family_before_office(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A family name before an office or title (``office`` rows of
        data/citation_words.tsv: 首相, 外相, 知事; ``titles_after_family``: 先生, 教授) that
        the units before it read as something else: 原 + 首相 is Hara shushō, not UniDic's
        prefix げん (*Genshushō*); 関外 + 相 is 関 + 外相, Seki gaishō, not UniDic's 関外
        かんがい; and a family name a dictionary read otherwise before an honorific too (島 +
        氏 Shima-shi, not JMdict's suffix とう "island"). The kanji must be a family name at
        least :data:`_FAMILY_BEFORE_OFFICE_PEOPLE` of JMnedict's people bear, none of them
        read as the unit was, and no country's abbreviation or ancient clan: 新首相 (the new
        prime minister), 今首相, 中外相 (China's) and 源首相 stay."""
        offices = _offices()
        honorifics = _rules()["hyphen_suffixes"]
        if self._office_starts is None:
            self._office_starts = frozenset(office[0] for office in offices)
        if self._office_starts.isdisjoint("".join([m.surface for m in morphemes])) and \
                honorifics.keys().isdisjoint([m.surface for m in morphemes[1:]]):
            # (most runs: no office begins in them and no honorific follows a unit, which
            # is all that :meth:`_office_after` finds)
            return list(morphemes)
        out = list(morphemes)
        k = 0
        while k < len(out) - 1:
            m = out[k]
            found = None
            if not m.locked and m.source != "glossary" and has_kanji(m.surface):
                found = self._office_after(m, out[k + 1:k + 4], offices, honorifics,
                                           out[k - 1] if k else None)
            if found is None:
                k += 1
                continue
            person, title, ends = found
            out[k:k + 1 + ends] = [person] if title is None else [person, title]
            k += 1
        return out

    def _office_after(self, m: Morpheme, after: list[Morpheme], offices: dict[str, str],
                      honorifics: dict[str, Any], before: Morpheme | None
                      ) -> tuple[Morpheme, Morpheme | None, int] | None:
        """For :meth:`family_before_office`: the family name ``m`` (or its head) is, the
        office re-cut from its tail if the office begins inside it (else None), and how
        many of the units ``after`` it that office replaces. ``before``: the unit before
        ``m``, if any: after a noun in kanji, ``m`` ends a compound and begins no name."""
        resolver = self._resolver
        written = [x.surface for x in after]
        whole = m.pos.startswith("接頭辞") or "人名-姓" in m.pos
        if not whole and after[0].pos.startswith("接尾辞") and after[0].surface in honorifics:
            if before is not None and has_kanji(before.surface) and \
                    before.pos.startswith(("名詞", "接頭辞")):
                return None  # (尊 + 星 + 殿: a hall's name, not Hoshi-dono)
            named = self._named_before_honorific(m, after[0])
            return None if named is None else (named, None, 0)
        for cut in range(len(m.surface) - 1, 0, -1) if len(m.surface) > 1 else (0,):
            if cut == 0 and not whole:
                return None
            head, family = (m.surface[cut:], m.surface[:cut]) if cut else ("", m.surface)
            office = self._office_at(head, written, offices)
            if office is None and cut == 0 and after[0].pos.startswith("接尾辞") and \
                    after[0].surface in honorifics:
                office = (after[0].surface, 0)
            if office is None or not self._borne_family(family, hira(m) if not cut else ""):
                continue
            word, ends = office
            person = resolver.persons.family(replace(m, surface=family, reading="", kana="",
                                                     pos="名詞-固有名詞-人名-姓", proper=True,
                                                     source="jmnedict"))
            if not cut:
                return person, None, 0
            title = replace(after[0], surface=word, reading=resolver.mark(word, offices[word]),
                            kana=to_katakana(offices[word]), pos="名詞-普通名詞-一般",
                            proper=False, source="unidic", role="")
            return person, title, ends
        return None

    def _named_before_honorific(self, m: Morpheme, honorific: Morpheme) -> Morpheme | None:
        """``m``, a common noun of one to three kanji before an honorific (さん, 氏, 君),
        as the name it is there: a family or given name at least
        :data:`_FAMILY_BEFORE_OFFICE_PEOPLE` of JMnedict's people bear as UniDic reads it,
        where JMdict lists no word of the two (西 + さん Nishi-san, 星 + さん Hoshi-san,
        太郎 + くん Tarō-kun; not 奥さん okusan, 王様 ōsama, 皆さん minasan); else None."""
        resolver = self._resolver
        if not m.pos.startswith("名詞-普通名詞") or len(m.surface) > 3 or not all(
                "\u4e00" <= ch <= "\u9fff" for ch in m.surface):
            return None
        if any(r.source == "jmdict"
               for r in resolver.index.readings(m.surface + honorific.surface)):
            return None
        own = hira(m)
        family = resolver.index.name_counts(m.surface, family=True).get(own, 0)
        given = resolver.index.name_counts(m.surface).get(own, 0)
        if max(family, given) < _FAMILY_BEFORE_OFFICE_PEOPLE:
            return None
        kind = "姓" if family >= given else "名"
        return replace(m, proper=True, pos=f"名詞-固有名詞-人名-{kind}")

    @staticmethod
    def _office_at(head: str, after: list[str], offices: dict[str, str]
                   ) -> tuple[str, int] | None:
        """The office that ``head`` (the rest of a unit, or "") and the next units spell,
        ending where a unit ends, with how many of those units it takes.

        >>> HouseNames._office_at("", ["外務", "大臣", "は"], _offices())
        ('外務大臣', 2)
        """
        begins = _office_beginnings()
        if head and head not in begins:
            return None
        written = head
        for n, surface in enumerate(after, 1):
            written += surface
            if written in offices:
                return written, n
            if written not in begins:
                return None
        return None

    def _borne_family(self, written: str, own: str) -> bool:
        """Whether at least :data:`_FAMILY_BEFORE_OFFICE_PEOPLE` of JMnedict's people bear
        ``written`` as a family name, none of them read ``own`` (UniDic's reading)."""
        if written in _rules()["country_abbreviations"]["kanji"] or written in clan_table():
            return False  # 中外相: China's foreign minister; 源 + 首相 is no Minamoto no
        counts = self._resolver.index.name_counts(written, family=True)
        return own not in counts and max(counts.values(), default=0) >= \
            _FAMILY_BEFORE_OFFICE_PEOPLE

    def publisher(self, run: list[Morpheme], s: int) -> tuple[int, list[Morpheme]] | None:
        """A publisher's name starting at ``s``, read as the publisher reads it (吉川弘文館
        Yoshikawa Kōbunkan, not the person Yoshikawa Hirofumi's kan): (end, its words)."""
        resolver = self._resolver
        if "jmnedict" not in resolver.sources:
            return None
        if self._publishers is None:
            from jpterms.gazetteer import publisher_readings

            self._publishers = publisher_readings()
            self._publisher_starts = frozenset(w[0] for w in self._publishers)
        if run[s].surface[:1] not in self._publisher_starts:
            return None
        written = ""
        best: tuple[int, str] | None = None
        for e in range(s, min(len(run), s + MAX_UNITS)):
            written += run[e].surface
            reading = self._publishers.get(written)
            if reading is not None and self._publisher_fits(written, reading) and \
                    self._keeps_locked(run[s:e + 1], reading):
                best = (e + 1, reading)
            if run[e].locked and e > s:
                break  # (a glossary's word ends the name at the latest: 原 + 書房)
        if best is None:
            return None
        if best[1] == "".join(hira(m) for m in run[s:best[0]]):
            if best[0] < len(run):
                return None  # (inside a longer run: 学校図書館 + 法, read and divided whole)
            # UniDic reads it so: its units stand, divided and capitalised as the usual
            # pass would, but locked, so that no later pass reads them anew (新泉 + 社
            # しんせんしゃ, not JMnedict's place しんいずみ a site is named after; 三 + 一 +
            # 書房, one name, not Mozc's さんぴん)
            words = [replace(m, source=f"{m.source}+publishers", locked=True)
                     for m in run[s:best[0]]]
            numerals = 0
            while numerals < len(words) and words[numerals].pos.startswith("名詞-数詞"):
                numerals += 1
            if numerals > 1:
                head = words[:numerals]
                words = [replace(merge_units(head, "".join(m.reading for m in head),
                                             "".join(m.kana for m in head),
                                             "unidic+publishers", "likely", ()),
                                 proper=True, locked=True), *words[numerals:]]
            return best[0], words
        words = resolver.put_reading(run[s:best[0]], best[1], "publishers", "likely", ())
        # a name, its first word no prefix joined to the house word (原 + 書房 Hara Shobō),
        # locked as a glossary's reading is: no later pass reads it anew
        return best[0], [replace(m, proper=True, role="" if m.role == "next" else m.role,
                                 locked=True) for m in words]

    def coined_house(self, run: list[Morpheme], s: int) -> list[Morpheme] | None:
        """A whole run naming a publisher, a shop or a temple that no list knows (研光社,
        弘教書院, 円久寺), read the Chinese way: a stem of two or three kanji that no
        dictionary lists as a word, before a word of ``house_endings``, where each kanji
        UniDic reads the Japanese way or as a given name (光 ひかる) takes its commonest on
        reading (こう): Kenkōsha, not Ken Hikaru sha. A guess, and said to be one. Not a
        stem UniDic reads as one place's name: a house is named after its place (三島 + 社
        Mishimasha, not Santōsha)."""
        resolver = self._resolver
        if s or "jmnedict" not in resolver.sources:
            return None
        written = "".join(m.surface for m in run)
        if not written.endswith(house_endings()) or any(  # (most runs: the one C call)
                m.locked or m.source == "glossary" for m in run):
            return None
        endings: dict[str, str] = _rules()["house_endings"]["words"]
        ending = max((w for w in endings if written.endswith(w)), key=len, default="")
        stem = written[: len(written) - len(ending)]
        if not ending or not 2 <= len(stem) <= 3 or not all(
                has_kanji(ch) and ch != "々" for ch in stem):
            return None
        if resolver.index.readings(written) or resolver.mozc_readings(written) or any(
                r.source == "jmdict" for n in range(len(ending) + 1, len(written))
                for r in resolver.index.readings(written[-n:])) or any(
                r.source == "jmdict" for r in resolver.index.readings(stem)):
            # a dictionary knows the whole (三井寺 みいでら), the stem, or a word that ends
            # it (里 + 美術館): it stands
            return None
        if run[0].surface == stem and "地名" in run[0].pos and ending != "寺":
            # a place UniDic names (三島 + 社 Mishimasha): a house named after it (a temple's
            # name is one word all the same: 錦江寺 Kinkōji)
            return None
        if len(stem) == 3 and any("surname" in k for _, k in resolver.names(stem[:2])) \
                and ending == "堂":
            return None  # a family name and an art name (中根 + 環堂 Nakane Kandō)
        parts: list[str] = []
        at = 0
        for m in run:
            if at >= len(stem):
                break
            inside = len(stem) - at  # how many of the unit's characters are the stem's
            at += len(m.surface)
            pieces = [(hira(m), m.surface)] if len(m.surface) == 1 else split_over_kanji(
                m.surface, hira(m), resolver.index)
            if pieces is None or len(pieces) != len(m.surface):
                return None  # a word of its own (汐文 ちょうぶん, 檜隈 ひのくま): it stands
            if inside < len(m.surface) and any(
                    r.source == "jmdict" for r in resolver.index.readings(m.surface)):
                return None  # the ending is part of a word (出雲 + 大社): no house's name
            for own, ch in pieces[:inside]:
                parts.append(own if own and "on" in resolver.reading_kinds(ch, own)
                             else resolver.commonest_on(ch))
        if not all(parts):
            return None
        if ending == "寺":  # a temple's name: the older Buddhist reading (真静寺 しんじょうじ)
            table = temple_go_on_kanji()
            parts = [table[ch][1] if ch in table and table[ch][0] == part else part
                     for part, ch in zip(parts, stem, strict=True)]
        reading = on_joined(parts) + to_hiragana(endings[ending])
        words = resolver.put_reading(list(run), reading, "kanjidic", "guess", ())
        return [replace(m, proper=True) for m in words]

    def family_house(self, run: list[Morpheme]) -> list[Morpheme] | None:
        """A shop or a publisher named by a family name and a coined name of two kanji
        before a word of ``house_endings`` (中岡 + 好仁堂, 廣瀬 + 直船堂, 森田 + 草楽堂), that
        no list knows whole: the family name as read, the coined name the Chinese way as
        :meth:`coined_house` reads it (Nakaoka Kōjindō, not the given name Yoshihito's
        dō). The family name must be two kanji, a unit or units of their own, that at least
        :data:`PEOPLE_INSIDE` of JMnedict's people bear so read; the coined name no given
        name that as many bear (野口英世館 stays Hideyo's, 山田花子館 Hanako's). A guess, and
        said to be one."""
        resolver = self._resolver
        if "jmnedict" not in resolver.sources or len(run) < 2:
            return None
        written = "".join(m.surface for m in run)
        if not written.endswith(house_endings()):  # (most runs: the one C call)
            return None
        ending = max((w for w in _rules()["house_endings"]["words"] if written.endswith(w)),
                     key=len)
        if len(written) - len(ending) != 4 or len(run[0].surface) > 2:
            return None
        k = 1 if len(run[0].surface) == 2 else 2
        family = "".join(m.surface for m in run[:k])
        if len(family) != 2 or any(m.locked or m.source == "glossary" for m in run[:k]) \
                or resolver.index.name_counts(family, family=True).get(
                    "".join(hira(m) for m in run[:k]), 0) < PEOPLE_INSIDE \
                or resolver.index.readings(written) or resolver.mozc_readings(written) \
                or sum(resolver.index.name_counts(written[2:4]).values()) >= PEOPLE_INSIDE:
            return None  # (a person's given name: 野口 + 英世 + 館 Hideyo, 山田 + 花子)
        coined = self.coined_house(run[k:], 0)
        if coined is None:
            return None
        return [*(replace(m, proper=True) for m in run[:k]), *coined]

    @staticmethod
    def _keeps_locked(span: list[Morpheme], reading: str) -> bool:
        """Whether the table's ``reading`` of ``span`` keeps the reading of every unit a
        glossary locked in it, the span's last: a house word the glossary reads
        (原 + 書房 はらしょぼう keeps 書房 しょぼう; was "Genshobō", the prefix 原 before a
        locked unit no publisher's name could take)."""
        if not any(m.locked for m in span):
            return True
        return not any(m.locked for m in span[:-1]) and reading.endswith(hira(span[-1]))

    def _publisher_fits(self, written: str, reading: str) -> bool:
        """Whether the table's reading is one of those characters (財経詳報社 is not
        ざいけいしゅっぱんしゃ: :func:`jpterms.kanji_fallback.reading_fits`)."""
        fits = self._publisher_fit.get(written)
        if fits is None:
            from jpterms.kanji_fallback import reading_fits

            fits = self._publisher_fit[written] = reading_fits(written, reading, self._resolver)
        return fits


@cache
def _house_words() -> tuple[str, ...]:
    """The words ``after_family_name`` reads after a family name (家, 家本)."""
    return tuple(h for h in _rules()["after_family_name"] if h != "_doc")


@cache
def _offices() -> dict[str, str]:
    """The offices and titles a family name goes before (``office`` rows of
    ``data/citation_words.tsv``: 首相, 外務大臣, 知事; ``titles_after_family`` of
    word_division.json: 先生, 教授), with their readings (hiragana)."""
    from jpterms.package_data import read_rows

    offices = {row[1]: row[0] for row in read_rows("citation_words.tsv") if row[2] == "office"}
    return {**_rules()["titles_after_family"]["words"], **offices}


@cache
def _office_beginnings() -> frozenset[str]:
    """Every beginning of an office or title of :func:`_offices` (首, 首相, 外務, 外務大...)."""
    return frozenset(o[:k] for o in _offices() for k in range(1, len(o) + 1))
