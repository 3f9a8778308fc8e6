"""A whole input of kanji cut into a family name and a given name where JMnedict lists
both, whatever UniDic's units (長谷川 + 集平, 日野 + 強, 石波 + 杏): first at a boundary of
UniDic's units, then inside one (荒木 + 見悟, where UniDic reads 荒 + 木見 + 悟), last with a
given name no dictionary lists composed from its kanji's name readings; each part read as
UniDic, Mozc or most of JMnedict's people of that name read it.

A :class:`~jpterms.person_names.PersonNames` owns one :class:`WholeNameCuts`
(``persons.whole_cuts``): :meth:`PersonNames.whole_name` asks it for the split
(:meth:`WholeNameCuts.split`), and :class:`~jpterms.court_names.CourtNames` for a cut at a
given place (:meth:`WholeNameCuts.family_given`).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("長谷川集平"), r.romanize("荒木見悟")
('Hasegawa Shūhei', 'Araki Kengo')
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import to_hiragana, to_katakana
from jpterms.morpheme_tests import GIVEN, PEOPLE_INSIDE, PLACE, hira
from jpterms.reading_parts import units_from

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.person_names import PersonNames
    from jpterms.reading_index import IndexedReading
    from jpterms.readings import ReadingResolver

__all__ = ["WholeNameCuts", "two_names"]


class WholeNameCuts:
    """The rules of a :class:`~jpterms.person_names.PersonNames` that cut a whole input of
    kanji into a family name and a given name JMnedict lists (or one composed), with the
    resolver's dictionaries and the person rules' choice of readings
    (:meth:`PersonNames.commonest`, :meth:`PersonNames.regular_first`).

    >>> from jpterms.readings import ReadingResolver
    >>> cuts = ReadingResolver().persons.whole_cuts
    >>> cuts.pure_surname("長谷川"), cuts.pure_surname("中庸")
    (True, False)
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    @property
    def _persons(self) -> PersonNames:
        """The person rules of the resolver, which own this one."""
        return self._resolver.persons

    def split(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """:meth:`PersonNames.whole_name`'s split, before the check of common words."""
        resolver = self._resolver
        written = "".join(m.surface for m in morphemes)
        if not resolver.name_sized(written):
            return None
        if any(m.locked or m.source == "glossary" for m in morphemes[1:]) or morphemes[0].locked:
            return None
        whole_entries = resolver.index.readings(written)
        if written[-1] in _rules()["admin_suffixes"] or any(
                r.source == "jmdict" or not r.kinds & (GIVEN | {"surname"})
                for r in whole_entries):
            return None  # a word, a place, a station, a company, a work, a notable person
        if whole_entries and all(r.kinds <= GIVEN for r in whole_entries) and any(
                r.reading == "".join(hira(m) for m in morphemes) for r in whole_entries):
            return None  # a given name JMnedict lists as UniDic reads it (美奈斗 みなと)
        if len(morphemes) == 2 and not any(
                "surname" in r.kinds for r in resolver.index.readings(morphemes[0].surface)):
            # no family name first, but one kanji no dictionary lists as one before a
            # listed given name: one given name (磋一郎 さいちろう, was "Sa Ichirō")
            made = self._persons.composed.head_then_given(morphemes)
            if made is not None:
                return [made]
        if self._unpeopled_family_unit(morphemes):
            person = self.family_given(morphemes, written, 1, composed=False, inside=True)
            if person is not None:
                return person
        if resolver.court.clan_before_unpeopled(written):
            person = self.family_given(morphemes, written, 1, composed=True)
            if person is not None:
                return person
        if "人名-姓" in morphemes[0].pos and all("人名-名" in m.pos for m in morphemes[1:]) and not (
                len(morphemes) > 2
                and any("surname" in k for _, k in resolver.names(morphemes[0].surface
                                                                  + morphemes[1].surface))
                and any(k & GIVEN for _, k in resolver.names(
                    "".join(m.surface for m in morphemes[2:])))):
            # UniDic has found the name itself (沼田 + 真 + 佑): the run's own pass reads
            # it; but not where its family name and first given unit are a listed family
            # name and the rest a listed given name (永 + 益 + 英敏: 永益 + 英敏)
            return None
        person = self._cut_at_units(morphemes, written)
        if person is not None:
            return person
        return self._cut_inside_units(morphemes, written, whole_entries)

    def _cut_at_units(self, morphemes: list[Morpheme], written: str) -> list[Morpheme] | None:
        """:meth:`split`'s first cuts, at a boundary of UniDic's units, the longest family
        name first: with a listed given name (出 | 屋敷 is no 出屋 + 敷), then with a given
        name no dictionary lists, read as JMnedict's given names read its kanji
        (:meth:`ComposedGivenNames.compose`); :meth:`_cut_inside_units` after them."""
        bounds = _unit_ends(morphemes)
        inside = range(len(written) - 1, 0, -1)
        for cuts, composed in (([c for c in inside if c in bounds], False),
                               ([c for c in inside if c in bounds], True)):
            for cut in cuts:
                if composed and morphemes[0].source == "glossary" and (
                        "人名-姓" not in morphemes[0].pos):
                    # a glossary word with a given name no dictionary lists: its own; but
                    # not a family name the glossary holds (佐藤 + 運宜 うん + ぎ, was
                    # "Satō un yo")
                    break
                person = self.family_given(morphemes, written, cut, composed=composed)
                if person is not None:
                    return person
        return None

    def _cut_inside_units(self, morphemes: list[Morpheme], written: str,
                          whole_entries: tuple[IndexedReading, ...]) -> list[Morpheme] | None:
        """:meth:`split`'s cuts inside one of UniDic's units (吉 | 永虎 | 馬: 吉永 + 虎馬 is
        read no other way), then, where no dictionary lists the whole (``whole_entries``),
        inside a unit that is no given name of UniDic's."""
        resolver = self._resolver
        bounds = _unit_ends(morphemes)
        inside = range(len(written) - 1, 0, -1)
        for cut in inside:
            if cut not in bounds and 2 <= cut <= len(written) - 2:
                person = self.family_given(morphemes, written, cut, composed=False,
                                           inside=True)
                if person is not None:
                    return person
        # Last, where no dictionary lists the whole, a cut inside a unit that is no given
        # name of UniDic's (大 + 国富 + 丸: 大国 + 富丸; not 藤左衛門, 川 + 藤左衛門)
        crossed = [c for c in inside if c not in bounds and not whole_entries
                   and "人名-名" not in _unit_at(morphemes, c).pos]
        for cut in crossed:
            if 2 <= cut <= len(written) - 2:
                person = self.family_given(morphemes, written, cut, composed=False,
                                           inside=True, listed=True)
                if person is not None:
                    return person
        for cut in crossed:
            if len(written) - cut == 2 and self.pure_surname(written[:cut]):
                person = self.family_given(resolver.cut_units(morphemes, cut), written, cut,
                                           composed=True)
                if person is not None:
                    return person
        return None

    def _unpeopled_family_unit(self, morphemes: list[Morpheme]) -> bool:
        """Whether UniDic's family name of two kanji before its one-kanji given name is
        one none of JMnedict's people bear, while its first kanji alone is a family name
        at least :data:`PEOPLE_INSIDE` of them bear and the other two kanji a given name
        JMnedict lists (not a word or a place): 森 + 成利, not 森成 + 利 ("Morinari Toshi");
        平 + 義隆, not 平義 + 隆. (Of the dev rows of three kanji that split both ways into
        listed names, none has its gold the other way.)"""
        resolver = self._resolver
        if len(morphemes) != 2 or "人名-姓" not in morphemes[0].pos or "人名-名" not in \
                morphemes[1].pos or len(morphemes[0].surface) != 2 or len(morphemes[1].surface) != 1:
            return False
        family = morphemes[0].surface
        given = family[1] + morphemes[1].surface
        if sum(resolver.index.name_counts(family, family=True).values()) or sum(
                resolver.index.name_counts(family[0], family=True).values()) < PEOPLE_INSIDE:
            return False
        entries = resolver.index.readings(given)
        return any(r.source == "jmnedict" and r.kinds & GIVEN for r in entries) and not any(
            r.source == "jmdict" or r.kinds & PLACE for r in entries)

    def pure_surname(self, family: str) -> bool:
        """Whether JMnedict lists ``family`` (two kanji or more) as a family name and no
        dictionary lists it as a word or a given name."""
        entries = self._resolver.index.readings(family)
        return len(family) > 1 and any(
            r.source == "jmnedict" and "surname" in r.kinds for r in entries) and not any(
            r.source == "jmdict" or r.kinds & GIVEN for r in entries)

    def family_given(self, morphemes: list[Morpheme], written: str, cut: int, *,
                     composed: bool, inside: bool = False, listed: bool = False,
                     house: str = "") -> list[Morpheme] | None:
        """:meth:`PersonNames.whole_name` cut after ``cut`` characters, or None where
        JMnedict lists no family name before it or (unless ``composed``) no given name
        after it. A cut ``inside`` one of UniDic's units needs a family name at least
        :data:`PEOPLE_INSIDE` people bear and a listed given name after it (荒木 + 見悟,
        where UniDic reads 荒 + 木見 + 悟), or a name JMnedict lists of no known kind (浦上 +
        成宗 しげむね, where UniDic reads 浦 + 上成 + 宗). A family name of one kanji UniDic
        calls no family name needs as many people and (``composed``) a given name no
        dictionary lists (湊 + 長博 ながひろ, where UniDic reads 湊 as a place). ``house``:
        the family name is a house of the court read so (:meth:`CourtNames.court_person`),
        whatever the dictionaries say of it.

        The steps: whether the family name may lead (:meth:`_family_may_lead`), its
        listed readings, the given name's (:meth:`_given_after`) or one composed for it
        (:meth:`_composed_rest`), each picked (:meth:`_pick`).

        >>> from jpterms.readings import ReadingResolver
        >>> from jpterms.morpheme import Morpheme
        >>> units = [Morpheme("荒", "アラ", "アラ", "名詞-固有名詞-人名-姓"),
        ...          Morpheme("木見", "キミ", "キミ", "名詞-固有名詞-人名-名"),
        ...          Morpheme("悟", "サトル", "サトル", "名詞-固有名詞-人名-名")]
        >>> cuts = ReadingResolver().persons.whole_cuts
        >>> words = cuts.family_given(units, "荒木見悟", 2, composed=False, inside=True)
        >>> [w.surface for w in words]
        ['荒木', '見悟']
        """
        resolver = self._resolver
        family, given = written[:cut], written[cut:]
        if not self._family_may_lead(morphemes, family, given, composed=composed,
                                     inside=inside, listed=listed, house=house):
            return None
        surnames = [house] if house else [r.reading for r in resolver.index.readings(family)
                                          if r.source == "jmnedict" and "surname" in r.kinds]
        if not surnames:
            return None
        given_entries = resolver.index.readings(given)
        found = self._given_after(morphemes, family, given, given_entries, cut, inside=inside,
                                  house=house)
        if found is None:
            return None
        givens, as_surname = found
        confidence = "possible" if len(surnames) > 1 or len(givens) > 1 or as_surname \
            else "likely"
        made: Morpheme | None = None
        if not givens:
            made = self._composed_rest(morphemes, cut, given_entries, composed=composed)
            if made is None:
                return None
            givens, confidence = [to_hiragana(made.kana)], "guess"
        fam = house or self._pick(family, surnames, morphemes, 0, cut)
        giv = self._pick(given, givens, morphemes, cut, len(written), given=True)
        # two entries put together, not one person's: possible where others are listed
        words = resolver.name_words(two_names(morphemes, family, given, fam, giv), 1,
                                    [fam + giv], "jmnedict", confidence)
        if words is not None and made is not None:
            # a composed given name keeps UniDic's reading as its alternative
            words = [words[0], replace(words[1], alternatives=made.alternatives)]
        return words

    def _bearers(self, family: str) -> int:
        """How many of JMnedict's people bear the family name ``family``."""
        return sum(self._resolver.index.name_counts(family, family=True).values())

    def _family_may_lead(self, morphemes: list[Morpheme], family: str, given: str, *,
                         composed: bool, inside: bool, listed: bool, house: str) -> bool:
        """Whether ``family`` may be the family name of :meth:`family_given`'s cut before
        ``given`` (one to three kanji), whatever the lists say of its readings."""
        if not given or len(given) > 3 or (
                len(family) == 1 and "人名-姓" not in morphemes[0].pos and not (
                    composed and self._bearers(family) >= PEOPLE_INSIDE)):
            return False
        if house:
            return True  # a house of the court: its reading is the file's, whatever the lists say
        if inside and listed:
            return self._named_pair(family, given)
        if inside:
            return self._bearers(family) >= PEOPLE_INSIDE
        entries = self._resolver.index.readings(family)
        # a common word first (中庸), unless UniDic calls it a family name or people
        # bear it (土佐 + 光元, 一条 + 兼冬), or calls all the rest a given name (定本 +
        # 正志 さだもと + まさし, not the word ていほん), or the word is a rare one and
        # the rest a given name people bear (伏水 + 修)
        return not (any(r.source == "jmdict" for r in entries) and "人名-姓" not in (
            morphemes[0].pos if morphemes[0].surface == family else "")
            and self._bearers(family) < PEOPLE_INSIDE
            and not (len(morphemes) == 2 and morphemes[0].surface == family
                     and "人名-名" in morphemes[1].pos)
            and not self._rare_word_then_given(entries, given))

    def _given_after(self, morphemes: list[Morpheme], family: str, given: str,
                     given_entries: tuple[IndexedReading, ...], cut: int, *, inside: bool,
                     house: str) -> tuple[list[str], bool] | None:
        """The readings of ``given`` after :meth:`family_given`'s family name and whether
        they are a family name's (:meth:`PersonNames.given_as_surname`): JMnedict's given
        names (regular and borne ones first), else its names of no known kind, else its
        family names; or the one Mozc lists over a word's
        (:meth:`PersonNames.mozc_given_over_word`). [] where none is (a given name to
        compose); None where ``given`` is a place or a word, no given name."""
        unclassed = [r.reading for r in given_entries if r.source == "jmnedict"
                     and r.kinds and r.kinds <= {"unclass"}]
        givens = self._persons.regular_first(given, list(dict.fromkeys(
            r.reading for r in given_entries if r.source == "jmnedict" and r.kinds & GIVEN)),
            unclassed)
        givens = self._persons.unborne_sino_last(given, givens, unclassed)
        as_surname = False
        if not givens and len(given) > 1:
            # no given name of that spelling: a name of no known kind (喜前 よしあき; not
            # one kanji's, 善光 + 寺)
            givens = list(dict.fromkeys(unclassed))
            if not givens and not inside and not any(
                    m.surface == given and m.pos.startswith("名詞-普通名詞") for m in morphemes):
                # nor of no known kind: a family name's (光元 みつもと), unless UniDic knows
                # the given name's spelling as a word (九条 + 家本, the house's copy)
                givens = self._persons.given_as_surname(
                    given, [(r.reading, r.kinds) for r in given_entries if r.source == "jmnedict"])
                as_surname = bool(givens)
        if len(given) > 1 and not inside and not house and any(
                r.source == "jmdict" for r in given_entries):
            # a word's spelling Mozc lists as a given name read otherwise (野村 + 重臣
            # しげおみ, not the word じゅうしん "senior vassal")
            unidic = "".join(hira(m) for m in units_from(morphemes, cut))
            over = self._persons.mozc_given_over_word(
                given, unidic, [(r.reading, r.kinds) for r in given_entries
                                if r.source == "jmnedict"])
            if over is not None:
                return [over], False
        if (any(r.kinds & PLACE for r in given_entries) and not (
                as_surname and not any(m.surface == given for m in morphemes)
                and self._bearers(family) >= PEOPLE_INSIDE)) or (
                len(given) > 1 and any(r.source == "jmdict" for r in given_entries)):
            # no given name after: a place (古市), a word (文庫); but a family name's
            # spelling too, read so, where UniDic reads it as no word of its own and
            # people bear the family name (京極 + 高 + 長: たかなが, not the place こうちょう)
            return None
        return givens, as_surname

    def _composed_rest(self, morphemes: list[Morpheme], cut: int,
                       given_entries: tuple[IndexedReading, ...], *,
                       composed: bool) -> Morpheme | None:
        """The rest of a whole input after :meth:`family_given`'s cut as a given name no
        dictionary lists (``composed``), composed from its kanji's name readings
        (:meth:`ComposedGivenNames.compose`): its last kanji may be what UniDic calls a
        suffix (一色 + 公 + 深), and a numeral last is read as names end with it. None where
        a dictionary lists the spelling, or a numeral keeps its reading (萬壱 まんいち)."""
        parts = units_from(morphemes, cut)  # UniDic's units of the given name
        numeral = len(parts) == 2 and parts[1].pos.startswith("名詞-数詞") and not (
            parts[0].pos.startswith("名詞-数詞"))
        if not composed or given_entries or (
                not numeral and any(m.pos.startswith("名詞-数詞") for m in parts)):
            return None
        return self._persons.composed.compose(parts, whole=True, rest=True, numeral=numeral)

    def _named_pair(self, family: str, given: str) -> bool:
        """Whether a cut inside one of UniDic's units that few people bear as a family
        name may still part a whole name: JMnedict lists ``family`` as a family name and
        ``given`` (two kanji or more) as a given name, and as nothing JMdict lists nor a
        place (大国 + 富丸 おおくに + とみまる, where UniDic reads 大 + 国富 + 丸)."""
        resolver = self._resolver
        given_entries = resolver.index.readings(given)
        return len(given) > 1 and any(
            r.source == "jmnedict" and "surname" in r.kinds for r in resolver.index.readings(family)
        ) and any(r.source == "jmnedict" and r.kinds & GIVEN for r in given_entries) and not any(
            r.source == "jmdict" or r.kinds & PLACE for r in given_entries)

    def _rare_word_then_given(self, entries: tuple[IndexedReading, ...], given: str) -> bool:
        """Whether a family name that is also a JMdict word (``entries``: its readings)
        may stand before ``given`` in a whole name: no reading of the word is a common
        one, and ``given`` is a given name JMnedict lists that at least
        :data:`PEOPLE_INSIDE` of its people bear (伏水 ふくすい, a rare word, + 修
        おさむ: Fushimizu Osamu, not 伏 + a given name composed for 水修)."""
        resolver = self._resolver
        if any(r.common for r in entries if r.source == "jmdict"):
            return False
        listed = resolver.index.readings(given)
        if not any(r.source == "jmnedict" and r.kinds & GIVEN for r in listed):
            return False
        return sum(resolver.index.name_counts(given).values()) >= PEOPLE_INSIDE or (
            self._given_name_only(given, listed))

    @staticmethod
    def _given_name_only(given: str, listed: tuple[IndexedReading, ...]) -> bool:
        """Whether ``given``, two kanji or more, is listed as a given name and as nothing
        else, no word, place or family name (熊八 くまはち after the rare word 油屋: Aburaya
        Kumahachi, though JMnedict names none of its people so)."""
        return len(given) > 1 and all(
            r.source == "jmnedict" and r.kinds and r.kinds <= GIVEN for r in listed)

    def _pick(self, written: str, readings: list[str], morphemes: list[Morpheme],
              start: int, end: int, *, given: bool = False) -> str:
        """UniDic's reading of ``written`` (characters start:end of the morphemes) where
        the dictionary lists it, else the reading Mozc writes that way most cheaply; but
        the reading most people of that family (or ``given``) name have where clearly
        more have it (:meth:`PersonNames.commonest`). UniDic's reading made of several of
        its units (忍 + 足 おし + あし) stands only where Mozc lists none of the readings: it
        is no reading UniDic knows of the name (忍足 おしたり, 重善 しげよし, 島薗 しまぞの)."""
        chosen = self._pick_unidic_or_mozc(written, readings, morphemes, start, end)
        return self._persons.commonest(written, chosen, readings, family=not given)[0]

    def _pick_unidic_or_mozc(self, written: str, readings: list[str],
                             morphemes: list[Morpheme], start: int, end: int) -> str:
        at = 0
        parts = []
        covered = 0
        for m in morphemes:
            if start <= at and at + len(m.surface) <= end:
                parts.append(hira(m))
                covered += len(m.surface)
            at += len(m.surface)
        unidic = "".join(parts)
        costs = {r: self._resolver.mozc_cost(written, r) for r in readings}
        if covered == end - start and unidic in readings and (
                len(parts) == 1 or all(c is None for c in costs.values())) and not (
                costs[unidic] is None and any(c is not None for c in costs.values())):
            # (but not a reading Mozc does not write, where it writes another listed one:
            # 弭間 + 花菜 かな, not UniDic's はなな)
            return unidic
        return min(readings, key=lambda r: (costs[r] is None, costs[r] or 0))


def two_names(morphemes: list[Morpheme], family: str, given: str, fr: str,
               gr: str) -> list[Morpheme]:
    """A family name ``family`` read ``fr`` and a given name ``given`` read ``gr``, two
    words of JMnedict's made from the first of ``morphemes``."""
    blank = replace(morphemes[0], role="", words=(), capitals=(), alternatives=(),
                    locked=False, proper=True, source="jmnedict")
    fam_m = replace(blank, surface=family, reading=to_katakana(fr), kana=to_katakana(fr),
                    pos="名詞-固有名詞-人名-姓")
    giv_m = replace(blank, surface=given, reading=to_katakana(gr), kana=to_katakana(gr),
                    pos="名詞-固有名詞-人名-名")
    return [fam_m, giv_m]


def _unit_ends(morphemes: list[Morpheme]) -> set[int]:
    """Where each of ``morphemes`` ends, in characters from the start."""
    bounds: set[int] = set()
    at = 0
    for m in morphemes:
        at += len(m.surface)
        bounds.add(at)
    return bounds


def _unit_at(morphemes: list[Morpheme], cut: int) -> Morpheme:
    """The unit of ``morphemes`` that character ``cut`` (counted from 0) falls in."""
    at = 0
    for m in morphemes:
        at += len(m.surface)
        if cut < at:
            return m
    return morphemes[-1]
