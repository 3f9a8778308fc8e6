"""Readings from the best source for each kind of word.

UniDic (through MeCab) splits text into short units and reads each one. That is
right for running prose and wrong surprisingly often for what our users romanise:
compounds (日本人 is にほんじん, not にほんにん), names (山田孝雄 is Yamada Yoshio),
places (稲荷山 is Inariyama) and kanji UniDic only knows as characters. A
:class:`ReadingResolver` looks again at every run of nouns:

* the longest span of short units that JMdict knows as one word takes JMdict's
  reading (the readings of its parts that agree are kept as UniDic wrote them);
* a surname followed by a given name is looked up as a notable person's full name
  in JMnedict, else the given name among JMnedict's given-name readings;
* proper nouns, and a whole input that is one short run of kanji, also hear
  JMnedict's place and name readings;
* where the dictionaries allow several readings, the Mozc dictionary's cost of
  writing that reading with those kanji decides (a lower cost is a more common
  pairing), and the others are kept as alternatives;
* a kanji no dictionary reads gets its KANJIDIC2 reading, marked as a guess, so no
  kanji is ever left in the output.

Glossary readings are never changed; they may only begin or end a longer span
whose reading agrees with them. Every morpheme keeps its ``source`` and
``confidence`` for :meth:`jpterms.Romanizer.explain`.

The resolver hands some kinds of name to collaborators it owns, each made on first
use with the resolver lent to it: the cuts of a whole input naming a school, an
address or a municipality (``cuts``, :mod:`jpterms.input_cuts`), places (``places``,
:mod:`jpterms.place_readings`), the court's and the ancient clans' names (``court``,
:mod:`jpterms.court_names`), a person's family and given names (``persons``,
:mod:`jpterms.person_names`), the cuts of a run into a family name and a given name
that other rules left (``family_cuts``, :mod:`jpterms.family_cuts`), houses, offices
and publishers around a family's name (``houses``, :mod:`jpterms.house_names`), names
and runs of kanji read the Chinese way (``sino``, :mod:`jpterms.sino_readings`),
numerals and counters (``counted``, :mod:`jpterms.counted_readings`), the parts of
compounds that voice (``voicing``, :mod:`jpterms.compound_voicing`), words written with
kana left out (``unwritten``, :mod:`jpterms.unwritten_kana`), municipalities as the
official list reads them (``municipal``, :mod:`jpterms.municipal_readings`), names and
works as JMnedict divides them (``glossed``, :mod:`jpterms.glossed_words`), runs the
dictionaries list whole (``listed``, :mod:`jpterms.listed_wholes`), short whole inputs
Mozc lists (``mozc_words``, :mod:`jpterms.mozc_whole_words`), names in man'yōgana
(``phonograms``, :mod:`jpterms.phonogram_names`), and era names and old provinces
(``eras_provinces``, :mod:`jpterms.eras_provinces`). Passes that need no dictionary are
functions of :mod:`jpterms.neighbour_readings` (a unit read otherwise by the units
around it) and :mod:`jpterms.name_roles` ("and others" and roles after a name). The
resolver and its collaborators share the tests on characters and morphemes of
:mod:`jpterms.morpheme_tests`, the readings taken apart and joined of
:mod:`jpterms.reading_parts` and the word lists of :mod:`jpterms.rule_words`, which
import none of them.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("日本人"), r.romanize("山田孝雄"), r.romanize("稲荷山")
('Nihonjin', 'Yamada Yoshio', 'Inariyama')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from jpterms import dictionaries
from jpterms.compound_voicing import (
    CompoundVoicing,
    temple_voiced,
    voiced_pair,
    voiced_start,
)
from jpterms.counted_readings import (
    OTHER_DIGITS,
    TITLE_LIMIT,
    CountedReadings,
    counted_days,
    counted_span,
    counts,
    cups,
    fractions,
    positional_number,
)
from jpterms.division import rules as _rules
from jpterms.family_cuts import FamilyCuts
from jpterms.gazetteer import StationNames
from jpterms.glossed_words import WORK_KINDS, GlossedWords
from jpterms.kana import (
    LONG_MARK,
    has_kanji,
    is_kanji,
    mark_long_vowels,
    sayable,
    to_hiragana,
    to_katakana,
)
from jpterms.listed_wholes import ListedWholes
from jpterms.morpheme_tests import (
    BODIES,
    GIVEN,
    KANA_NAME,
    KATAKANA_WORD,
    MAX_CHARS,
    MAX_UNITS,
    MOZC_MARGIN,
    MOZC_PERSON,
    PLACE,
    SOMEONE_OR_UNCLASSED,
    WORKS,
    all_common_words,
    hira,
    honorific_after_name,
    is_connector,
    is_nominal,
)
from jpterms.mozc_whole_words import MOZC_WHOLE_LIMIT, MozcWholeWords
from jpterms.name_roles import (
    ends_in_role,
    foreign_name,
    others_after_name,
    others_start,
)
from jpterms.neighbour_readings import (
    after_hiragana,
    after_katakana,
    after_person_name,
    archive_papers,
    before_last,
    between_nouns,
    counter_after_numeral,
    hill_before_word,
    iroha_classes,
    kami_before_shrine,
    owners_copies,
)
from jpterms.phonogram_names import PhonogramNames
from jpterms.reading_parts import (
    VOICE,
    VOICINGS,
    as_place,
    halves_at_no,
    kanji_readings,
    merge_units,
    spelled,
    split_over_kanji,
    with_genitive,
)
from jpterms.rule_words import (
    clan_table,
    court_name_tables,
)

if TYPE_CHECKING:
    from jpterms.court_names import CourtNames
    from jpterms.eras_provinces import ErasAndProvinces
    from jpterms.house_names import HouseNames
    from jpterms.input_cuts import InputCuts
    from jpterms.morpheme import Morpheme
    from jpterms.mozc_written import MozcWrittenForms
    from jpterms.municipal_readings import MunicipalReadings
    from jpterms.person_names import PersonNames
    from jpterms.place_readings import PlaceReadings
    from jpterms.reading_index import ReadingIndex
    from jpterms.sino_readings import SinoReadings
    from jpterms.unwritten_kana import UnwrittenKana

__all__ = ["SOURCES", "Candidate", "ReadingResolver", "has_kanji", "is_nominal",
           "reads_with_previous"]

#: The dictionaries a resolver may use: JMdict words, JMnedict names, Mozc as the judge.
SOURCES = ("jmdict", "jmnedict", "mozc")

_MOZC_MARGIN_KNOWN = 2500


@cache
def _kanji_then_kana_name() -> re.Pattern[str]:
    """A family name in kanji and a given name in kana (尼野ゆたか): :meth:`PersonNames.kana_given`,
    or in kanji with ん inside (古今亭志ん橋: :meth:`PersonNames.listed_mixed_given`). Compiled on
    first use (its three kanji classes cost ~1.4 ms to compile), which text without kana
    never makes: every way it matches holds kana of :data:`KANA_NAME`."""
    return re.compile(
        "[\u4e00-\u9fff々]{1,4}(?:[\u3041-\u3096ー]{2,6}|[\u30a1-\u30faー]{2,6}"
        "|[\u3041-\u3096ー]{2,4}[\u4e00-\u9fff]|[\u30a1-\u30faー]{2,4}[\u4e00-\u9fff]"
        "|ん[\u4e00-\u9fff])")


#: The marks between names in a list (渡辺みえこ、大島ともよ) or around one (（渡辺みえこ）).
#: A name inside brackets is none: 「牛山ホテル」, 『高尾ざんげ』 are titles.
_OPENING, _CLOSING = "（「『【", "）」』】"
_NAME_MARKS = frozenset("、・，" + _OPENING + _CLOSING)


@cache
def _name_marks_split() -> re.Pattern[str]:
    """:data:`_NAME_MARKS`, captured, to split a text at. Compiled on first use, as are
    :func:`_unmarked_long` (and
    :func:`jpterms.municipal_readings._maybe_small`): ``jpterms romanize`` of a word asks none
    of them, and each kana class costs about 0.4 ms of its start-up to compile."""
    return re.compile(f"([、・，{_OPENING}{_CLOSING}])")


def _names_only(text: str) -> bool:
    """Whether every piece of ``text`` outside brackets (:func:`_outside_brackets`) is a
    name of kanji and kana: 渡辺みえこ、大島ともよ, 渡辺みえこ「詩集」; not 高津ライフ・ケア
    専門学校, where ケア専門学校 is none."""
    first = _name_marks_split().split(text, maxsplit=1)[0]  # (outside any bracket)
    if first and _kanji_then_kana_name().fullmatch(first) is None:
        return False  # (most texts: a sentence is no name, decided before it is split)
    pieces = [p for p in _outside_brackets(text) if p]
    return bool(pieces) and all(_kanji_then_kana_name().fullmatch(p) is not None
                                for p in pieces)


def _outside_brackets(text: str) -> list[str]:
    """The pieces of ``text`` between :data:`_NAME_MARKS` that no bracket encloses.

    >>> _outside_brackets("渡辺みえこ「詩集」、大島ともよ")
    ['渡辺みえこ', '', '大島ともよ']
    """
    out: list[str] = []
    depth = 0
    for i, piece in enumerate(_name_marks_split().split(text)):
        if i % 2 == 0:
            if not depth:
                out.append(piece)
        elif piece in _OPENING:
            depth += 1
        elif piece in _CLOSING:
            depth = max(0, depth - 1)
    return out


_UNWRITTEN = ("の", "が")
#: The longest input whose walk of Mozc's trie also tries, for its last kanji, the names
#: JMnedict lists written with it alone (a person's given name: 遠藤史 えんどうふびと; not
#: for one kanji alone, whose Mozc readings tell a Chinese family name, 袁 えん)
_NAME_WALK = 5
#: The readings of the small ke of place names and counts (霞ヶ関 が, 三ヶ所 か, 八ヶ岳 が,
#: 一ヶ月 か, 鎌ヶ谷 が), and of the shime mark (〆切 しめ), in a walk of Mozc's trie
_SMALL_KE = {"ヶ": ("が", "か", "こ", "け"), "ヵ": ("か", "が"), "〆": ("しめ",)}
#: JMnedict's kinds of a body: an organisation, a company (史料編纂所, 三井物産)
_BODY = frozenset({"organization", "company"})


@cache
def _name_titles_ending() -> tuple[str, ...]:
    """The titles written after a woman's name (``name_titles`` in word_division.json)."""
    return tuple(_rules()["name_titles"])


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading a dictionary gives a written form."""

    reading: str  # hiragana
    source: str  # "jmdict", "jmnedict", "unidic"
    kinds: frozenset[str] = frozenset()
    common: bool = False


def reads_with_previous(surface: str) -> bool:
    """Whether :meth:`ReadingResolver.refine` may read a morpheme with this surface
    otherwise because of the morpheme before it, even outside a run of nouns: 口 voiced
    after a noun, 文書 after a house or temple, 家 after a family name, 版 after a
    numeral, 本 after a temple (高山寺本). (A new rule that looks at the morpheme before
    must be listed here: the romaniser never cuts a text before these.)"""
    rules = _rules()
    return surface != "_doc" and (
        surface in rules["rendaku"] or surface in rules["archive_words"]["words"]
        or surface in rules["after_family_name"] or surface in rules["after_numeral"]
        or surface in rules["counter_sounds"] or surface in rules["after_hour"]["words"]
        or surface in rules["after_katakana"]["words"]
        or surface in rules["after_place"]["words"]
        or surface in rules["after_person_name"]["words"]
        or surface in rules["owners_copies"]["word"]
        or surface in rules["counter_after_numeral"]["words"])


_WALKS_KEPT = 20_000
#: Kana and marks that a phrase of running text, but no title or name, begins or ends
#: with (を呼ぶ前に, この問題は, 比較します。): such a run is read in segments as usual.
#: Inside a title: の and が join its words (遠山の金さん, 希望が丘); other particles,
#: auxiliaries and verbs inside a short run make it a phrase of running text.
_INSIDE_PHRASE = ("助詞", "助動詞", "動詞")
_TITLE_LINKS = frozenset({"の", "が", "ノ", "ガ", "ヶ", "ケ"})
_NOT_FIRST = frozenset("をがにでとのはへもや、。）)」』")
_NOT_LAST = frozenset("のがにをでとはへもやかよねばてたするうだずわなさ、。）)」』：:！？!?，．")


class _RunFacts(NamedTuple):
    """What the passes of :attr:`ReadingResolver._PASSES` know of the run they read:
    whether it is ``named`` (a whole input that counts nothing), whether a year in digits
    follows it, how the text writes it, and the units :meth:`ReadingResolver._matched`
    matched."""

    named: bool
    year_after: bool
    written: str
    units: list[Morpheme]


if TYPE_CHECKING:
    #: A pass over a run's readings (see :attr:`ReadingResolver._PASSES`).
    _Pass = Callable[["ReadingResolver", list[Morpheme], _RunFacts], list[Morpheme]]

#: The facts a pass of :attr:`ReadingResolver._PASSES` needs of a run and the resolver.
_ALWAYS: frozenset[str] = frozenset()
_NAMED = frozenset({"named"})
_JMNEDICT = frozenset({"jmnedict"})
_BOTH = frozenset({"jmnedict", "mozc"})
_NAMED_JMNEDICT = frozenset({"named", "jmnedict"})
_NAMED_MOZC = frozenset({"named", "mozc"})
_NAMED_BOTH = frozenset({"named", "jmnedict", "mozc"})


class ReadingResolver:
    """Chooses readings for runs of nouns from JMdict, JMnedict, Mozc and KANJIDIC2.

    The dictionaries are opened on first use (an indexed SQLite database and a
    memory-mapped Mozc trie) and every answer is cached, here and in
    :mod:`jpterms.dictionaries`.
    """

    def __init__(self, index: ReadingIndex | None = None,
                 sources: Collection[str] = SOURCES) -> None:
        unknown = set(sources) - set(SOURCES)
        if unknown:
            raise ValueError(f"unknown reading sources {sorted(unknown)}; choose from "
                             f"{', '.join(SOURCES)}")
        self.sources = frozenset(sources)
        self._marks: dict[tuple[str, str], str] = {}
        self._index = index
        self._old_forms: dict[int, str] | None = None
        self._gazetteer: dict[str, str] | None = None
        self._pieces: dict[str, tuple[str, ...]] = {}
        self._walks: dict[str, dict[str, tuple[int, tuple[str, ...]]]] = {}
        #: :meth:`_irregular_readings` of each word asked about: a walk down Mozc's trie
        #: asks for the same two to four kanji once per way it reaches them.
        self._irregular: dict[str, tuple[str, ...]] = {}
        #: How many words :meth:`_irregular_readings` worked out (not recalled).
        self.irregular_misses = 0
        #: How many walks :meth:`mozc_reads` found it need not take.
        self.walks_spared = 0
        self._stations: StationNames | None = None
        self._new_to_old: dict[str, list[str]] | None = None
        self._mozc_forms: MozcWrittenForms | None = None
        #: The counters with their own sounds after a numeral (see :meth:`_mozc_span`).
        self._counters: frozenset[str] | None = None
        #: The passes of :attr:`_PASSES` for each of the sources, named and whole.
        self._plans: dict[tuple[frozenset[str], bool, bool], tuple[_Pass, ...]] = {}

    @property
    def index(self) -> ReadingIndex:
        """The written-form index of JMdict and JMnedict (opened on first use)."""
        if self._index is None:
            from jpterms.reading_index import ReadingIndex

            self._index = ReadingIndex.default()
        return self._index

    @property
    def mozc_written(self) -> MozcWrittenForms:
        """The Mozc dictionary's written forms (opened on first use, then kept here): whether
        Mozc writes any word so, asked before a walk of its trie.

        >>> resolver = ReadingResolver()
        >>> "山田" in resolver.mozc_written, "ああ山田" in resolver.mozc_written
        (True, False)
        """
        if self._mozc_forms is None:
            from jpterms.mozc_written import MozcWrittenForms

            self._mozc_forms = MozcWrittenForms.default()
        return self._mozc_forms

    def old_forms(self) -> dict[int, str]:
        """Old kanji forms → modern forms (a ``str.translate`` table); empty without sources.

        The table ships with the package: reading it does not open the reading index."""
        if self._old_forms is None:
            from jpterms.old_forms import old_forms

            self._old_forms = old_forms() if self.sources else {}
        return self._old_forms

    def preload(self) -> None:
        """Open the reading index and the Mozc dictionary now rather than on first need."""
        if self.sources:
            self.index.readings("日本")
        if "mozc" in self.sources:
            dictionaries.mozc_costs("にほん")

    @cached_property
    def cuts(self) -> InputCuts:
        """Where a whole input naming a school, an address, a municipality, a temple or a
        person with a role is cut (:class:`jpterms.input_cuts.InputCuts`; made on first use)."""
        from jpterms.input_cuts import InputCuts

        return InputCuts(self)

    @cached_property
    def court(self) -> CourtNames:
        """The names of the court nobility, the ancient clans and the imperial house
        (:class:`jpterms.court_names.CourtNames`; made on first use)."""
        from jpterms.court_names import CourtNames

        return CourtNames(self)

    @cached_property
    def houses(self) -> HouseNames:
        """Houses, offices and publishers: what makes or follows a family's name in a run
        (:class:`jpterms.house_names.HouseNames`; made on first use)."""
        from jpterms.house_names import HouseNames

        return HouseNames(self)

    @cached_property
    def persons(self) -> PersonNames:
        """A person's family and given names
        (:class:`jpterms.person_names.PersonNames`; made on first use)."""
        from jpterms.person_names import PersonNames

        return PersonNames(self)

    @cached_property
    def counted(self) -> CountedReadings:
        """Numerals and counters read with this resolver's dictionaries
        (:class:`jpterms.counted_readings.CountedReadings`; made on first use)."""
        return CountedReadings(self)

    @cached_property
    def voicing(self) -> CompoundVoicing:
        """The parts of compounds and names that voice after the word before them
        (:class:`jpterms.compound_voicing.CompoundVoicing`; made on first use)."""
        return CompoundVoicing(self)

    @cached_property
    def family_cuts(self) -> FamilyCuts:
        """The cuts of a run into a family name and a given name
        (:class:`jpterms.family_cuts.FamilyCuts`; made on first use)."""
        return FamilyCuts(self)

    @cached_property
    def municipal(self) -> MunicipalReadings:
        """Municipalities read as the official list reads them
        (:class:`jpterms.municipal_readings.MunicipalReadings`; made on first use)."""
        from jpterms.municipal_readings import MunicipalReadings

        return MunicipalReadings(self)

    @cached_property
    def glossed(self) -> GlossedWords:
        """Names, titles and works read as a gloss or JMnedict divides them
        (:class:`jpterms.glossed_words.GlossedWords`; made on first use)."""
        return GlossedWords(self)

    @cached_property
    def listed(self) -> ListedWholes:
        """Runs read whole as JMdict, JMnedict or Mozc list them
        (:class:`jpterms.listed_wholes.ListedWholes`; made on first use)."""
        return ListedWholes(self)

    @cached_property
    def mozc_words(self) -> MozcWholeWords:
        """Short whole inputs read as Mozc reads them, written exactly so
        (:class:`jpterms.mozc_whole_words.MozcWholeWords`; made on first use)."""
        return MozcWholeWords(self)

    @cached_property
    def phonograms(self) -> PhonogramNames:
        """Gods' and shrines' names written in man'yōgana
        (:class:`jpterms.phonogram_names.PhonogramNames`; made on first use)."""
        return PhonogramNames(self)

    @cached_property
    def eras_provinces(self) -> ErasAndProvinces:
        """Era names and old provinces, with their tables
        (:class:`jpterms.eras_provinces.ErasAndProvinces`; made on first use)."""
        from jpterms.eras_provinces import ErasAndProvinces

        return ErasAndProvinces(self)

    @cached_property
    def places(self) -> PlaceReadings:
        """The readings of villages, towns, stations, temples and other places
        (:class:`jpterms.place_readings.PlaceReadings`; made on first use)."""
        from jpterms.place_readings import PlaceReadings

        return PlaceReadings(self)

    @cached_property
    def sino(self) -> SinoReadings:
        """Names and runs of kanji read the Chinese way
        (:class:`jpterms.sino_readings.SinoReadings`; made on first use)."""
        from jpterms.sino_readings import SinoReadings

        return SinoReadings(self)

    @cached_property
    def unwritten(self) -> UnwrittenKana:
        """The readings of words written with their okurigana or their の left out
        (:class:`jpterms.unwritten_kana.UnwrittenKana`; made on first use)."""
        from jpterms.unwritten_kana import UnwrittenKana

        return UnwrittenKana(self)

    def names(self, written: str) -> list[tuple[str, frozenset[str]]]:
        """JMnedict's readings of ``written`` with their kinds (surname, given, place...)."""
        if "jmnedict" not in self.sources:
            return []
        return [(r.reading, r.kinds) for r in self.index.readings(written)
                if r.source == "jmnedict"]

    def people(self, written: str) -> list[str]:
        """JMnedict's readings of ``written`` as one notable person's full name. Where it
        lists the name both with the genitive の of a clan name and without (藤原道長
        ふじわらのみちなが and ふじわらみちなが, 紀貫之 きのつらゆき and きつらゆき, 在原業平
        ありわらのなりひら and ありはらなりひら), the の form comes first: scholarship writes
        pre-modern names so (Fujiwara no Michinaga, Ki no Tsurayuki), and JMnedict lists
        the second form of a modern name (藤原紀香 ふじわらのりか) under no such pair.
        Otherwise the reading under which JMnedict describes the person (dates, a role)
        comes before one it only lists: 伊藤博文 Itō Hirobumi (1841–1909), not Itō Hakubun."""
        entries = self.names(written)
        people = [r for r, k in entries if "person" in k]
        if not people:
            clan = self._clan_form(written) if entries else None
            if clan is not None:
                return [clan]
            # (a name JMnedict lists in modern forms is read as listed: 藤原基経, not as
            # the person it lists as 藤原基經 ふじわらもとつね)
            old = None if entries else self._old_spelling(written)
            return self.people(old) if old else []
        if len(people) > 1:  # the person JMnedict describes before a name it only spells
            from jpterms.names import described_readings

            described = described_readings(written)
            people.sort(key=lambda r: r not in described)
        of = [r for r, k in entries if ("person" in k or k <= {"unclass"})
              and self._of_form(written, r, people)]
        return self._clan_read_so(written, _court_house_first(
            written, list(dict.fromkeys([*of, *people]))))

    def _clan_read_so(self, written: str, people: list[str]) -> list[str]:
        """``people``, the readings of a person of one of the ancient clans
        (``data/clan_names.tsv``), with Mozc's cheapest reading of the whole first where
        JMnedict's first reads the clan otherwise than the clans' table and Mozc reads it
        so, with the genitive: 大伴旅人, which JMnedict lists only as おととものたびと
        (*Ototomo*, a slip), is Mozc's おおとものたびと, *Ōtomo no Tabito*. Other readings
        keep their order."""
        table = clan_table()
        clan = next((written[:n] for n in range(len(written) - 1, 0, -1)
                     if written[:n] in table), None)  # the longest: 平群, not 平
        if not people or clan is None or people[0].startswith(table[clan]) or \
                "mozc" not in self.sources:
            return people
        best = self.mozc_cheapest(written)
        if best.startswith(table[clan] + "の"):
            return [best, *(r for r in people if r != best)]
        return people

    def _old_spelling(self, written: str) -> str | None:
        """``written`` as JMnedict lists one notable person's name in old kanji forms,
        where it lists the name so and not in the modern forms the romaniser reads (原口証
        is 原口證 Haraguchi Akira; the input's 證 became 証 before MeCab read it)."""
        if self._new_to_old is None:
            table: dict[str, list[str]] = {}
            for old, new in self.old_forms().items():
                if len(new) == 1:
                    table.setdefault(new, []).append(chr(old))
            self._new_to_old = table
        spots = [(i, [ch, *self._new_to_old[ch]]) for i, ch in enumerate(written)
                 if ch in self._new_to_old]
        if not spots or len(spots) > 4:
            return None
        found = None
        for choice in itertools.islice(itertools.product(*(o for _, o in spots)), 1, 64):
            chars = list(written)
            for (i, _), ch in zip(spots, choice, strict=True):
                chars[i] = ch
            spelled = "".join(chars)
            if any("person" in k for _, k in self.names(spelled)):
                if found is not None:
                    return None  # two old spellings: no telling which
                found = spelled
        return found

    def _clan_form(self, written: str) -> str | None:
        """The reading of an ancient name JMnedict lists as no person that is one person's
        full name with a clan's genitive (:meth:`CourtNames.clan_name_readings
        <jpterms.court_names.CourtNames.clan_name_readings>`), where Mozc's cheapest reading
        of the whole is the same: two lists agree on a person of the court or of the
        Man'yōshū (阿倍仲麻呂 あべのなかまろ, 柿本人麻呂 かきのもとのひとまろ, 坂上田村麻呂
        さかのうえのたむらまろ), whom a longer title names too (阿倍仲麻呂伝研究: *Abe no
        Nakamaro den kenkyū*, was "Abe Nakamaro")."""
        if "mozc" not in self.sources:
            return None
        readings = self.court.clan_name_readings(written)
        best = self.mozc_cheapest(written) if readings else ""
        return best if best in readings else None

    def _of_form(self, written: str, reading: str, people: list[str]) -> bool:
        """Whether ``reading`` is a family name of ``written``'s (the longest listed one it
        begins with: 山内 やまのうち, not 山 やま + の), の and a given name, beside another
        listed reading of the person that has the same family or given reading and no の
        after the family name. The の must be no part of the given name (安部 + 信行
        のぶゆき)."""
        split = self.family_cut(written, reading)
        if split is None:
            return False
        cut, fam = split
        given = reading[len(fam) + 1:]
        if reading[len(fam)] != "の" or not given:
            return False
        givens = {r for r, k in self.names(written[cut:]) if k & GIVEN}
        if given not in givens and any(
                r.startswith("の") for r in kanji_readings(written[cut], self.index)):
            return False
        for other in people:
            split2 = self.family_cut(written, other) if other != reading else None
            if split2 is not None and split2[0] == cut:
                rest = other[len(split2[1]):]
                if rest[0] != "の" and (split2[1] == fam or rest == given):
                    return True
            if other == fam + given:  # the same name without the の (橘諸兄 たちばなもろえ)
                return True
        return False

    def family_cut(self, written: str, reading: str) -> tuple[int, str] | None:
        """Where the longest family name JMnedict lists that ``reading`` begins with ends:
        (characters, its reading; the shortest of them: 紀 き, not きの, in きのつらゆき;
        but one the の of a clan name follows before others: 橘 たちばな, not たち); None where
        JMnedict lists no such family name.

        >>> resolver = ReadingResolver()
        >>> resolver.family_cut("紀貫之", "きのつらゆき"), resolver.family_cut("橘諸兄", "たちばなのもろえ")
        ((1, 'き'), (1, 'たちばな'))
        """
        for cut in range(len(written) - 1, 0, -1):
            fams = [fam for fam, kinds in self.names(written[:cut]) if "surname" in kinds
                    and reading.startswith(fam) and len(reading) > len(fam)]
            if fams:
                # (a family reading the の of a clan name follows first: 橘 たちばな, not
                # たち, in たちばなのもろえ)
                return cut, min(fams, key=lambda fam: (reading[len(fam)] != "の", len(fam)))
        return None

    # --- the pass --------------------------------------------------------------------------

    def refine(self, morphemes: list[Morpheme], *, whole: bool = False,
               year_after: bool = False, written: str = "") -> list[Morpheme]:
        """Better readings for the runs of nouns in one chunk of text.

        ``whole`` says the chunk is a whole input on its own (a title, a name, a place),
        so a short run of kanji may be a name even where UniDic calls it a common noun.
        ``year_after`` says a year in digits follows the chunk (天文 before 5年).
        ``written``: the chunk as the text writes it, where that is in old kanji forms
        (萬年寺) and the morphemes are in the modern ones the dictionaries read (万年寺).
        No reading put together from parts is left that no one can say (:meth:`_sayable`).
        """
        out = [self._sayable(m) for m in self._refine(
            morphemes, whole=whole, year_after=year_after, written=written)]
        if whole and "jmnedict" in self.sources and out and \
                out[-1].surface.endswith(_name_titles_ending()):
            out = self._name_title(out)
        if whole and len(out) == 2 and out[0].proper and not out[1].proper and \
                "jmnedict" in self.sources:
            out = self._listed_word_given(out)
        for k in range(len(out) - 1):
            m = out[k]
            if (m.kana.endswith("ッ") and not m.locked and m.source != "glossary"
                    and has_kanji(m.surface[-1]) and has_kanji(out[k + 1].surface[:1])
                    and not sayable("っ" + hira(out[k + 1])[:1])):
                # one kanji's form before a doubled consonant, then a kanji that does not
                # begin with one: 絶 ぜっ + 代 だい is ぜつ + だい
                out[k] = self._sayable(m, before=True)
        return out

    def _listed_word_given(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of a family name and one katakana word after it that UniDic
        reads as a common noun and JMnedict lists as a given name written in kana alone
        (イソ いそ, a woman's name; UniDic's 磯): the word is the person's given name,
        capitalised (陸奥イソ Mutsu Iso, was "Mutsu iso"). The family name is one UniDic
        calls one, or a proper noun JMnedict lists as a family name read as UniDic reads
        it; a whole that Mozc or JMnedict lists is left as read (宮城野原). Common words in
        kanji that JMnedict also lists as given names are not so read: on the dev rows
        元気 of 平澤元気 was one right against eight titles wrong (室町時代, 奥谷公園, 小野
        葉桜, 宇垣工作: 時代, 公園, 葉桜, 工作 are JMnedict given names too)."""
        fam, giv = out
        reading = hira(giv)
        if (fam.locked or giv.locked or giv.source == "glossary" or giv.role
                or not giv.pos.startswith(("名詞-普通名詞", "形状詞"))
                or not 2 <= len(reading) <= 4 or KATAKANA_WORD.fullmatch(giv.surface) is None):
            return out
        if "人名-姓" not in fam.pos and not any(
                r == hira(fam) and "surname" in kinds for r, kinds in self.names(fam.surface)):
            return out
        written = fam.surface + giv.surface
        if self.names(written) or self.mozc_readings(written):
            return out  # listed whole: a series, a place (岩波文庫, 宮城野原)
        from jpterms.glosses import kana_given_name

        if not kana_given_name(to_hiragana(giv.surface)):
            return out
        return [replace(fam, pos="名詞-固有名詞-人名-姓"),
                replace(giv, proper=True, pos="名詞-固有名詞-人名-名")]

    def _name_title(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of a woman's name and the title after it that JMnedict's people
        write as a word of their own (``name_titles`` in data/word_division.json: 御前
        ごぜん, as in 巴御前 *Tomoe Gozen*): the title its own word, capitalised, and the
        name before it a given name, where JMnedict lists the whole as a woman, a name of
        no class or nothing (a place never, a family name not alone), and the name before the title as a given name or the first
        word is a proper noun (静御前 Shizuka Gozen, was "Shizukagozen"; 常盤御前 Tokiwa
        Gozen, was "Tokiwa gozen"). A place so written stays one word (地御前 Jigozen)."""
        last = out[-1]
        title = next(t for t in _name_titles_ending() if last.surface.endswith(t))
        said = to_katakana(_rules()["name_titles"][title])
        written = "".join(m.surface for m in out)
        if last.locked or last.source == "glossary" or not last.reading.endswith(said) \
                or written == title or any(m.role == "punct" for m in out):
            return out
        kinds = set().union(*(k for _, k in self.names(written))) if self.names(written) \
            else set()
        if "place" in kinds or (kinds and not kinds & {"fem", "given", "unclass", "person"}):
            return out  # (a place, or a family alone: 地御前, 尼御前)
        if last.surface == title:
            head = out[:-1]
            if len(head) != 1 or not head[0].proper or head[0].pos.endswith("人名-姓"):
                return out
            name = replace(head[0], pos="名詞-固有名詞-人名-名")
            tail = last
        else:
            stem = last.surface[: -len(title)]
            reading = last.reading[: -len(said)]
            if len(out) != 1 or not reading or not any(
                    kinds & {"fem", "given"} for r, kinds in self.names(written)):
                return out
            name = replace(last, surface=stem, reading=reading,
                           kana=last.kana[: len(reading)], proper=True,
                           pos="名詞-固有名詞-人名-名", alternatives=())
            tail = replace(last, surface=title, reading=said, kana=said, alternatives=())
        return [name, replace(tail, proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def _refine(self, morphemes: list[Morpheme], *, whole: bool,
                year_after: bool, written: str) -> list[Morpheme]:
        """:meth:`refine` before its readings are made sayable, in four steps that hand
        their result on: the name parts JMnedict knows (:meth:`_name_parts`), a reading
        of the whole run (:meth:`_whole_run`), else each run of nouns matched
        (:meth:`_matched`), then every pass of :attr:`_PASSES` that the run's facts
        (:class:`_RunFacts`) allow, in order."""
        if not self.sources & {"jmdict", "jmnedict"}:
            return morphemes
        if "jmnedict" in self.sources:
            morphemes = self._name_parts(morphemes, whole=whole)
        named = whole and not counts(morphemes) and not positional_number(morphemes)
        morphemes, done = self._whole_run(morphemes, named=named, written=written)
        if done:  # (a name read whole may still cut at the の of a title: 大弐三位)
            return self.court.court_words(morphemes) if "jmnedict" in self.sources \
                else morphemes
        out, units = self._matched(morphemes, named=named)
        run = _RunFacts(named, year_after, written, units)
        for step in self._passes(named, whole):
            out = step(self, out, run)
        return out

    def _name_parts(self, morphemes: list[Morpheme], *, whole: bool) -> list[Morpheme]:
        """The parts of names JMnedict knows, found before anything is read: a family
        and its house, a name's kanji inside a word, a founder's municipality, a family
        with an affix (a whole input only), a place of katakana and ノ (with Mozc)."""
        morphemes = self.houses.house_of_family(morphemes)
        morphemes = self.persons.name_kanji_inside(morphemes)
        morphemes = self.municipal.founder_municipality(morphemes)
        if whole:
            morphemes = self.family_cuts.affixed_family(morphemes)
        if "ノ" in "".join([m.surface for m in morphemes]) and "mozc" in self.sources:
            morphemes = self.places.katakana_no_place(morphemes)
        return morphemes

    def _whole_run(self, morphemes: list[Morpheme], *, named: bool, written: str
                   ) -> tuple[list[Morpheme], bool]:
        """A reading of the run as a whole, where it is ``named`` (a whole input that
        counts nothing): a coined house, a family's house or a province abroad, a person
        (perhaps before 'and others'), a municipality the official list reads. True and
        that reading, else False and the morphemes to match, the names between marks
        found (:meth:`_names_between_marks`)."""
        if named and all(has_kanji(m.surface) for m in morphemes):
            coined = self.houses.coined_house(morphemes, 0)  # 円久寺: no person 円 Hisashi
            if coined is None:
                coined = self.houses.family_house(morphemes)  # 中岡 + 好仁堂: no Yoshihito
            if coined is None and "mozc" in self.sources:
                coined = self.sino.province_abroad(morphemes)  # 安東省: no person 安東 Shō
            if coined is not None:
                return coined, True
        others = others_start(morphemes) if named else None
        if others is not None and "jmnedict" in self.sources:
            # a name and 'and others' (山田太郎 + 他, 尾崎紅葉 + ほか + 訳): the name read
            # as a whole input of its own, the rest as a citation reads it
            head = morphemes[:others]
            person = self._whole_person(head, written[:len("".join(m.surface for m in head))])
            if person is not None:
                return [*person, *others_after_name([person[-1],
                                                      *morphemes[others:]])[0][1:]], True
        elif named and "jmnedict" in self.sources and not ends_in_role(morphemes):
            person = self._whole_person(morphemes, written)
            if person is not None:
                return person, True
            morphemes = self._names_between_marks(morphemes)
        if named and len(morphemes) > 1 and morphemes[-1].surface in ("市", "町", "村") and all(
                has_kanji(m.surface) for m in morphemes) and not all(map(is_nominal, morphemes)):
            # a municipality the official list reads one way, as a whole input, whose name
            # UniDic reads as no noun, so that no run of nouns reads it (朝来 + 市 あさごし:
            # UniDic's 朝来 is an adverb, ちょうらい)
            text = "".join(m.surface for m in morphemes)
            if text in self.municipalities():
                official = self.municipal.official(morphemes, text, self.candidates(text))
                if official is not None:
                    return official, True
        return morphemes, False

    def _matched(self, morphemes: list[Morpheme], *, named: bool
                 ) -> tuple[list[Morpheme], list[Morpheme]]:
        """Each run of nouns read by its longest match (:meth:`_run`), and the units
        matched: the morphemes with a city before its ward, 'and others' after a name and
        a family's house (阿部 + 家, Abe-ke) marked."""
        morphemes = self.municipal.city_then_ward(morphemes)
        morphemes, others_at = others_after_name(morphemes)
        out: list[Morpheme] = []
        i, n = 0, len(morphemes)
        house = _rules()["after_family_name"]
        morphemes = list(morphemes)  # (changed in place below: one copy, not one per house)
        for k in range(1, n):
            m = morphemes[k]
            if (m.surface in house and "人名-姓" in morphemes[k - 1].pos and not m.locked
                    and m.source != "glossary"):
                # 阿部 + 家: the house, ケ, after a hyphen (Abe-ke); its own unit, so no run
                # reads あべか
                morphemes[k] = replace(m, reading=house[m.surface], kana=house[m.surface],
                                       role="hyphen", pos="接尾辞-名詞的-一般")
        if any([m.surface == "本" for m in morphemes]):
            morphemes = owners_copies(morphemes)  # 高山寺 + 本 Kōzanjibon: see the function
        # nouns, affixes, glossary words and the kanji UniDic reads only as characters
        nominal = [is_nominal(m) and k not in others_at for k, m in enumerate(morphemes)]
        for k in range(len(morphemes) - 1):
            if not nominal[k] and nominal[k + 1] and self._adverb_begins_word(
                    morphemes[k], morphemes[k + 1]):
                nominal[k] = True
        while i < n:
            if not nominal[i]:
                out.append(morphemes[i])
                i += 1
                continue
            j = i + 1
            while j < n and nominal[j]:
                j += 1
            alone = named and i == 0 and j == n
            if j == i + 1:
                m = morphemes[i]
                # one noun on its own: only a name, a guess or a whole input is looked up
                if m.locked or not (m.proper or m.confidence == "guess" or alone) \
                        or not has_kanji(m.surface):
                    out.append(m)
                    i = j
                    continue
            out.extend(self._run(morphemes[i:j], whole=alone))
            i = j
        return out, morphemes

    def _passes(self, named: bool, whole: bool) -> tuple[_Pass, ...]:
        """The passes of :attr:`_PASSES` that run for a run so ``named`` and ``whole``
        with this resolver's sources, in order (worked out once for each pair)."""
        key = (self.sources, named, whole)
        plan = self._plans.get(key)
        if plan is None:
            facts = self.sources & {"jmnedict", "mozc"} | {
                fact for fact, holds in (("named", named), ("whole", whole)) if holds}
            plan = self._plans[key] = tuple(step for need, step in self._PASSES
                                            if need <= facts)
        return plan

    def _name_units(self, out: list[Morpheme]) -> list[Morpheme]:
        """Each proper noun not locked split into the units of its name
        (:meth:`_name_unit`), where there is one."""
        if any([m.proper and not m.locked for m in out]):
            return [piece for m in out for piece in self._name_unit(m)]
        return out

    #: The passes over a run once matched, in order, each with the facts of the run
    #: (:class:`_RunFacts`) and the sources it needs: "named" (a whole input that counts
    #: nothing), "whole", "jmnedict", "mozc". Each takes the resolver, the morphemes so far
    #: and the run's facts, and returns the morphemes; no pass calls another.
    _PASSES: ClassVar[tuple[tuple[frozenset[str], _Pass], ...]] = (
        (_ALWAYS, lambda r, out, run: r._name_units(out)),
        (_JMNEDICT, lambda r, out, run: r.houses.family_before_office(out)),
        (_ALWAYS, lambda r, out, run: _direction_and_place(out)),
        (_ALWAYS, lambda r, out, run: r.counted.counted_words(out)),
        (_ALWAYS, lambda r, out, run: archive_papers(out)),
        (_ALWAYS, lambda r, out, run: counted_days(out)),
        (_ALWAYS, lambda r, out, run: fractions(out)),
        (_ALWAYS, lambda r, out, run: cups(out)),
        (_ALWAYS, lambda r, out, run: iroha_classes(out)),
        (_ALWAYS, lambda r, out, run: r.eras_provinces.era_names(
            out, alone=run.named, year_after=run.year_after)),
        (_ALWAYS, lambda r, out, run: r.eras_provinces.province_names(out)),
        (frozenset({"whole", "mozc"}), lambda r, out, run: r.counted.numbered_title(out)),
        (_ALWAYS, lambda r, out, run: after_katakana(out)),
        (_ALWAYS, lambda r, out, run: after_person_name(out)),
        (_ALWAYS, lambda r, out, run: after_hiragana(out)),
        (_ALWAYS, lambda r, out, run: counter_after_numeral(out)),
        (_ALWAYS, lambda r, out, run: r.voicing.voiced_parts(out)),
        (_ALWAYS, lambda r, out, run: hill_before_word(out)),
        (_ALWAYS, lambda r, out, run: between_nouns(out)),
        (_ALWAYS, lambda r, out, run: before_last(out)),
        (_ALWAYS, lambda r, out, run: kami_before_shrine(out)),
        (_ALWAYS, lambda r, out, run: r.municipal.municipal_body(out)),
        (_NAMED_MOZC, lambda r, out, run: r.mozc_words.mozc_whole(out, written=run.written)),
        (_NAMED_MOZC, lambda r, out, run: r.places.temple_on(out)),
        (_NAMED_MOZC, lambda r, out, run: r.places.temple_go_on(out)),
        (_NAMED_MOZC, lambda r, out, run: r._sino_suffix(out)),
        (_NAMED_MOZC, lambda r, out, run: temple_voiced(out)),
        (_NAMED_MOZC, lambda r, out, run: r.places.bridge_hashi(out)),
        (_NAMED_MOZC, lambda r, out, run: r.persons.mozc_given(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.direction_village(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.direction_place(out, run.units)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.listed_pair(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.village_mura(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.village_mountain(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.village_both_ways(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.village_place(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.composed_village(out)),
        (_NAMED_BOTH, lambda r, out, run: r.places.school_place(out)),
        (_NAMED_BOTH, lambda r, out, run: r.places.site_place(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.mountain_place(out, run.units)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.unlisted_place_span(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.unlisted_place_whole(out, run.written)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.dropped_linker_place(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.station_whole(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.station_family(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.places.given_alone_place(out)),
        (_JMNEDICT, lambda r, out, run: r.places.before_station(out) if any(
            [m.surface.endswith(("駅", "停留場")) for m in out]) else out),
        (_NAMED_JMNEDICT, lambda r, out, run: r.glossed.titled_whole(out)),
        (_JMNEDICT, lambda r, out, run: r.glossed.as_glossed(out)),
        (_JMNEDICT, lambda r, out, run: [r.glossed.work_words(m) for m in out]),
        (_BOTH, lambda r, out, run: r.sino.chinese_given(out)),
        (_JMNEDICT, lambda r, out, run: r.court.deity_title(out)),
        (_JMNEDICT, lambda r, out, run: r.court.great_king(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.court.mausoleum(out)),
        (_NAMED_MOZC, lambda r, out, run: r.listed.jmdict_whole(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.court.court_word_given(out)),
        (_JMNEDICT, lambda r, out, run: r.court.court_given(out)),
        (_NAMED, lambda r, out, run: r.listed.compound_head(out)),
        (_NAMED, lambda r, out, run: r.sino.sino_pair(out, run.written)),
        (_NAMED, lambda r, out, run: r.sino.cycle_name(out)),
        (_NAMED_MOZC, lambda r, out, run: r.sino.given_pair(out)),
        (_NAMED_MOZC, lambda r, out, run: r.sino.foreign_district(out)),
        (_ALWAYS, lambda r, out, run: r.listed.listed_names(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.municipal.municipality_whole(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.court.clan_of(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.court.court_title(out)),
        (_JMNEDICT, lambda r, out, run: r.court.court_words(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.phonograms.phonogram_name(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.family_cuts.borne_family_person(out, run.units)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.houses.house_family(out)),
        (_NAMED_JMNEDICT, lambda r, out, run: r.houses.house_given(out)),
        (_NAMED_MOZC, lambda r, out, run: r.unwritten.okurigana_left_out(out)),
        (_NAMED_MOZC, lambda r, out, run: r.unwritten.lone_okurigana(out)),
        (_NAMED_MOZC, lambda r, out, run: r.unwritten.unwritten_no(out)),
        (_NAMED_MOZC, lambda r, out, run: r.places.place_end_kun(out)),
        (_JMNEDICT, lambda r, out, run: r.persons.listed_pair_named(out)),
        (_JMNEDICT, lambda r, out, run: out if run.named and len(out) == 1
         else r.persons.lone_given_as_word(out)),
        # again: a whole word a later source read (Mozc's 紀伊国 きいのくに) is a province too
        (_ALWAYS, lambda r, out, run: r.eras_provinces.province_names(out)),
    )

    def _sayable(self, m: Morpheme, *, before: bool = False) -> Morpheme:
        """``m`` with a reading put together from its parts (a guess, or KANJIDIC2's or
        pykakasi's) that no one can say (:func:`jpterms.kana.sayable`: a small っ last or
        before a kana it cannot double) said: that っ is the full kana of its kanji's
        reading again, つ, く, ち or き as KANJIDIC2 has it (鉄 てっ + 央 お: てつお, was
        "Teo"). ``before``: the word after ``m`` does not begin with a kana its last っ
        can double, whatever the source (絶 ぜっ + 代 だい: ぜつ, was "zeddai")."""
        if not before and (m.locked or m.source == "glossary" or not (
                m.confidence == "guess" or (("kanjidic" in m.source or "pykakasi" in m.source)
                                            and {"kanjidic", "pykakasi"} & set(
                                                m.source.split("+"))))):
            return m  # (the cheap tests first: refine asks this of every morpheme; the
            #           sources split into a set only where one of the two names is in them)
        kana = hira(m)
        if not before and (sayable(kana) or not has_kanji(m.surface)):
            return m
        after = "あ" if before else ""  # (a vowel: a small っ last is said in full)
        pieces = split_over_kanji(m.surface, kana, self.index)
        if pieces is None:
            said = re.sub(_UNSAID, "つ", kana + after)[:len(kana)]
        else:
            said = ""
            for k, (piece, ch) in enumerate(pieces):
                rest = "".join(p for p, _ in pieces[k + 1:]) + after
                if piece.endswith("っ") and not sayable(piece + rest[:1]):
                    full = next((r for r in kanji_readings(ch, self.index) if ch
                                 and r[:-1] == piece[:-1] and r[-1] in "つくちき"), "")
                    piece = full or piece[:-1] + "つ"
                said += piece
        if said == kana or not sayable(said + after):
            return m
        return replace(m, reading=self.mark(m.surface, said), kana=to_katakana(said),
                       alternatives=tuple(a for a in m.alternatives if a != said))

    def _adverb_begins_word(self, m: Morpheme, after: Morpheme) -> bool:
        """Whether ``m`` is an adverb of one kanji that MeCab cut off a common word JMdict
        lists, which it and the noun after it make: 偶 たま + 数 of 偶数ページ (MeCab: "now
        and then, several pages"), the even pages, ぐうすう."""
        if not (m.pos.startswith("副詞") and len(m.surface) == 1 and has_kanji(m.surface)
                and not m.locked and has_kanji(after.surface[:1])):
            return False
        written = m.surface + after.surface
        return any(r.source == "jmdict" and r.common for r in self.index.readings(written))

    def _name_unit(self, m: Morpheme) -> list[Morpheme]:
        """A proper noun's long vowels as a name has them, and a prefix of its own.

        UniDic keeps the う of 下総 (しもうさ) short, as it must across a boundary (子牛
        koushi); in a lexicalised name it is long (Shimōsa, Ōme) unless it begins a
        kanji's reading (井上 Inoue). 新横浜 is Shin-Yokohama: a prefix before a vowel
        or y takes a hyphen, not an apostrophe.
        """
        if m.locked or not m.proper or len(m.surface) < 2 or not m.reading:
            return [m]
        if _unmarked_long().search(m.reading):
            marked = self.mark(m.surface, to_hiragana(m.kana))
            if marked != m.reading and len(marked) == len(m.reading):
                m = replace(m, reading=marked)
        prefix = _rules()["name_prefixes"].get(m.surface[0])
        rest = m.surface[1:]
        if (prefix and m.reading.startswith(prefix) and len(m.reading) > len(prefix)
                and m.reading[len(prefix)] in _VOWEL_OR_Y and has_kanji(rest)
                and any(r.kinds & PLACE for r in self.index.readings(rest))):
            head = replace(m, surface=m.surface[0], reading=prefix, kana=prefix,
                           pos="接頭辞", role="next", proper=False)
            tail = replace(m, surface=rest, reading=m.reading[len(prefix):],
                           kana=m.kana[len(prefix):], role="")
            return [head, tail]
        return [m]

    def _clan_unit(self, m: Morpheme) -> list[Morpheme] | None:
        """A span read whole as a person's name with a clan's genitive in it, as JMnedict
        lists the person (橘 + 諸兄 read たちばなのもろえ before 政権, one word): the family
        name and the given name, the genitive a word of its own, as every listed person is
        read (*Tachibana no Moroe seiken*, was "Tachibananomoroe"); None for any other
        word."""
        reading = hira(m)
        if m.locked or m.source == "glossary" or len(m.surface) < 2 or \
                "の" not in reading[1:-1] or not has_kanji(m.surface[0]):
            return None
        people = self.people(m.surface)
        if reading not in people:
            return None
        if "の" in people[0][1:-1]:
            reading = people[0]  # (the person's first reading: 大伴旅人 おおとも, not おととも)
        split = self.family_cut(m.surface, reading)
        if split is None or split[0] >= len(m.surface) or \
                reading[len(split[1]):len(split[1]) + 1] != "の":
            return None
        return self.name_words(self.cut_units([m], split[0]), 1, [reading], "jmnedict")

    def _only_a_work(self, written: str) -> bool:
        """Whether JMnedict lists ``written`` as a work or product only (名義抄, the
        dictionary 類聚名義抄), or as a body only (an organisation or a company: 史料編纂所
        しりょうへんさんじょ, the Historiographical Institute): its reading holds inside a
        longer title or name too (東京大学史料編纂所研究紀要: *hensanjo*, not UniDic's 所
        ショ)."""
        entries = self.names(written) if len(written) >= 3 else []
        return bool(entries) and all(kinds and (kinds <= WORK_KINDS or kinds <= _BODY)
                                     for _, kinds in entries)

    def _run(self, run: list[Morpheme], *, whole: bool) -> list[Morpheme]:
        """One run of nouns read from its first unit on: a whole input's full name or
        family and given pair, then at each unit a publisher, a coined house, a listed
        pair or a person, else the longest span read whole (:meth:`_longest_span`), else
        the unit alone (a name, a guess or a whole input of one unit read anew)."""
        out: list[Morpheme] = []
        if whole and len(run) > 1:
            person = self.family_cuts.full_name(run)
            if person is not None:
                return person
        if whole and len(run) == 2:
            coined = self.persons.family_on_pair(run)
            if coined is not None:
                return coined
        s = 0
        kept = 0  # run[:kept] is a place listed whole as UniDic reads it: read so
        while s < len(run):
            published = self.houses.publisher(run, s)
            if published is not None:
                out.extend(published[1])
                s = published[0]
                continue
            coined = self.houses.coined_house(run, s)
            if coined is not None:
                out.extend(coined)
                break
            word = self.persons.listed_sino_pair(run, s)
            if word is not None:
                out.append(word)
                s += 2
                continue
            named = self.persons.person(run, s, whole=whole)
            if named is not None:
                end, pieces = named
                if whole and s == 0 and end == len(run):
                    pieces = self.court.mozc_clan_name(pieces)
                out.extend(pieces)
                s = end
                continue
            hit, kept = self._longest_span(run, s, kept, whole=whole)
            if hit is not None:
                for m in hit[1]:
                    out.extend(self._clan_unit(m) or [m])
                s = hit[0]
                continue
            m = run[s]
            if s < kept:
                out.append(m)
            elif not m.locked and has_kanji(m.surface) and (
                    m.proper or m.confidence == "guess" or (whole and len(run) == 1)):
                single = None
                if s > 0 and _ends_address(run[s - 1]):
                    single = self.municipal.official_unit(m)
                if single is None:
                    single = self._resolve([m], m.surface, names=True,
                                           whole=whole and len(run) == 1)
                out.extend(single if single is not None else [m])
            else:
                out.append(m)
            s += 1
        return out

    def _longest_span(self, run: list[Morpheme], s: int, kept: int, *, whole: bool
                      ) -> tuple[tuple[int, list[Morpheme]] | None, int]:
        """The step of :meth:`_run` at unit ``s``: the longest span from there that a
        dictionary, Mozc or a place's list reads (its end and its morphemes), else None; and
        ``kept``, the end of a place listed whole as UniDic reads it, moved on where such a
        place begins at ``s``."""
        admin = _rules()["admin_suffixes"]
        for e in range(min(len(run), s + MAX_UNITS), s + 1, -1):
            span = run[s:e]
            if e - s > 2 and any(m.locked for m in span[1:-1]):
                continue
            written = "".join([m.surface for m in span])
            if len(written) > MAX_CHARS or not has_kanji(written) or _two_places(span):
                continue
            if not self.index.readings(written) and (
                    "mozc" not in self.sources or written not in self.mozc_written) and not (
                    e - s > 1 and span[-1].surface in admin) and not (
                    whole and e - s == len(run)) and "ケ" not in written and "ヶ" not in written:
                # no dictionary lists the span (most spans of running text): nothing
                # reads it whole, as _resolve, _mozc_span and _place_span would find
                # (they ask the same lists; a municipality and a whole input are read
                # from their parts too, and 梅ケ丘 as 梅ヶ丘)
                continue
            names = (whole and e - s == len(run)) or any(m.proper for m in span) or any(
                is_connector(m) for m in span[1:-1]) or self._only_a_work(written)
            found = self._resolve(span, written, names=names, whole=whole and e - s == len(run))
            if found is None and e > kept and e - s > 1 and names and \
                    self._listed_as_read(span, written):
                kept = e  # 千住 + 柳町: JMnedict's せんじゅやなぎちょう, not 柳町 やなぎまち
            if found is None and s >= kept:
                found = self._mozc_span(span, written, inside=s > 0)
            if found is None and s >= kept:
                found = self._place_span(span, written)
            if found is not None and s < kept and "".join(map(hira, found)) != "".join(
                    map(hira, span)):
                continue  # (inside such a place, a shorter span reads nothing anew)
            if found is not None and _suffix_read_away(span, found):
                continue  # 森 + 氏: Mori-shi, not JMnedict's given name もりうじ
            if found is not None and counted_span(span) and not any(
                    "jmdict" in m.source.split("+") for m in found):
                continue  # 三千 + 人: sanzennin, not the name Mozc lists (みちと)
            if found is not None and self._rare_count(span, written, found):
                continue  # 二十 + 年: nijūnen, not JMdict's archaic はたとせ
            if found is not None and e < len(run) and self._word_goes_on(run, e) and (
                    span[-1].pos.startswith("接頭辞") or not any(
                        r.source == "jmdict" for r in self.index.readings(written))):
                # 旭 + 中学校, not the place 旭中 + 学校; and a prefix UniDic gives the
                # word after it stays there, even where JMdict lists the span: 日本 +
                # 中小企業 chūshō, not JMdict's 日本中 にほんじゅう "all over Japan"
                continue
            if found is not None and any(is_connector(m) for m in span[1:-1]):
                found = [replace(m, proper=True) for m in found]  # a place: Umegaoka
            if found is not None:
                return (e, found), kept
        return None, kept

    def _rare_count(self, span: list[Morpheme], written: str, found: list[Morpheme]
                    ) -> bool:
        """Whether ``found`` reads numerals and 年 after them as a reading JMdict does
        not mark common and that does not end in 年's own (二十年 はたとせ, 百年 ももとせ:
        archaic counts of years), where the units read にじゅう + ねん. JMdict's 四年
        よねん stands, and a common reading of a count would (二十歳 はたち, 二十日 はつか:
        no 年)."""
        if len(span) < 2 or span[-1].surface != "年" or not all(
                m.pos.startswith("名詞-数詞") for m in span[:-1]):
            return False
        reading = "".join(map(hira, found))
        return not reading.endswith(hira(span[-1])) and not any(
            r.source == "jmdict" and r.common and r.reading == reading
            for r in self.index.readings(written))

    def _mozc_span(self, span: list[Morpheme], written: str, *, inside: bool
                   ) -> list[Morpheme] | None:
        """The span read as the one word Mozc lists it as, where neither JMdict nor JMnedict
        lists it (or JMnedict only, among its readings Mozc's cheapest: see
        :meth:`_named_only`), nor the reading UniDic's units make: 極楽 + 寺坂 (a family name to UniDic)
        is Mozc's 極楽寺坂 ごくらくじざか, 溶融 + 塩 its ようゆうえん (not しお), 狭 + 母音
        せまぼいん, 北 + 投 + 温泉 ほくとうおんせん, 五 + 箇荘 ごかしょう. UniDic cuts such a
        word into shorter units that it reads each on its own, and no run of them reached
        Mozc's word list, only JMdict's and JMnedict's.

        Not for a span of fewer than three characters (two kanji read apart are as often
        Mozc's name as the word: 崩拳, 一君), one ending in a municipality's suffix (the
        official list and :meth:`MunicipalReadings.official` read those) or an honorific (殿, 君), one over a
        glossary word or a numeral and its counter (三杯目 さんばいめ, not Mozc's はい), nor a
        reading Mozc lists only as a person's. ``inside``: the span
        starts after another unit of the run, and Mozc's reading must keep the first
        unit's own (阿武隈 + 東道路 stays ひがし, not Mozc's とうどうろ; 八幡 + 大神社), unless
        JMnedict names the span so read too (新 + 浅香山: あさかやま, 浜松 + 大平台:
        おおひらだい)."""
        if "mozc" not in self.sources or any(m.locked or m.source == "glossary" for m in span):
            return None
        if len(written) < 3 or (written.endswith(tuple(_rules()["admin_suffixes"]))
                                and not self._named_no_place(written)) \
                or span[-1].surface in _rules()["hyphen_suffixes"] or _KATAKANA.search(written):
            return None  # (a katakana word reads as written: ファイル名補完 is no Mozc word)
        if written not in self.mozc_written:
            return None  # (no Mozc word is written so: most spans, told at once)
        if self._counters is None:
            self._counters = frozenset(
                _rules()["counter_sounds"].keys() | _rules()["after_numeral"].keys())
        counters = self._counters
        if any(a.pos.startswith("名詞-数詞") and b.surface in counters
               for a, b in itertools.pairwise(span)):
            return None  # a numeral and its counter: the counters' own sounds (三杯目 ばい)
        named = self._named_only(written)
        if named is None:
            return None
        ours = "".join(hira(m) for m in span)
        if not ours or ours in named or self.mozc_contexts(written, ours):
            return None  # Mozc lists it read as now (one walk down its trie, not all readings)
        found = self.mozc_readings(written)
        if not found or ours in found:
            return None
        best = min(found, key=lambda r: (found[r], r))
        if named and best not in named:
            return None
        if not named and self._units_cheaper(span, found[best]):
            return None
        if inside and not named and not best.startswith(hira(span[0])):
            return None
        if self.mozc_contexts(written, best) <= MOZC_PERSON:
            return None
        others = tuple(r for r in sorted(found, key=lambda r: (found[r], r)) if r != best)[:4]
        return self.put_reading(span, best, "mozc", "possible" if others else "likely", others)

    def _named_no_place(self, written: str) -> bool:
        """Does JMnedict alone list ``written``, and never as a place (座頭市 ざとういち, a
        name, though it ends as a city's name does)?"""
        entries = self.index.readings(written)
        return bool(entries) and all(
            r.source == "jmnedict" and r.kinds and not r.kinds & PLACE for r in entries)

    def _units_cheaper(self, span: list[Morpheme], whole: int) -> bool:
        """Whether Mozc writes every unit of ``span`` as UniDic reads it, at costs that add
        up to less than ``whole``, its cost of the span as one word read otherwise: 最終 +
        行 さいしゅう + ぎょう (3553 + 3723), not Mozc's 最終行 さいしゅうこう (7689)."""
        total = 0
        for m in span:
            cost = self.mozc_cost(m.surface, hira(m))
            if cost is None:
                return False
            total += cost
        return total < whole

    def _place_span(self, span: list[Morpheme], written: str) -> list[Morpheme] | None:
        """The span read as the one place JMnedict lists it as, under one reading only,
        where JMdict lists no such word, the span's units are no name to UniDic (so JMnedict
        was not asked, see :meth:`_run`) and neither Mozc nor JMnedict lists the units'
        reading, which JMnedict's splits over the characters: 四 + 貫 + 島 しかんじま (not
        よんかんとう), 羽 + 室 + 台 はむろだい (not ばねしつだい). Spans of three characters
        or more, as :meth:`_mozc_span`'s (JMnedict's places of two are as often other
        words)."""
        if len(written) < 3 or any(m.locked or m.source == "glossary" for m in span):
            return None
        listed = self.index.readings(written)
        if not listed or len({r.reading for r in listed}) != 1 or not all(
                r.source == "jmnedict" and r.kinds <= PLACE for r in listed):
            return None
        reading = listed[0].reading
        ours = "".join(hira(m) for m in span)
        if not ours or ours == reading or self.mozc_reads(written, ours):
            return None
        split = split_over_kanji(written, reading, self.index)
        if not split or not all(char for _, char in split):
            return None
        return self.put_reading(span, reading, "jmnedict", "likely", ())

    def _named_only(self, written: str) -> set[str] | None:
        """The readings JMnedict gives ``written`` where JMdict lists no word so written
        (an empty set where neither lists it); None where JMdict does. A span JMnedict
        names, read as the names were not looked up (no unit of it is a name to UniDic),
        is read as Mozc's word where Mozc's cheapest reading is one of JMnedict's: two
        lists agree (聚楽 + 園 + 大仏: 聚楽園 しゅうらくえん, not じゅらくえん; 浅香 + 山 +
        浄水場: 浅香山 あさかやま, not せんこうさん)."""
        listed = self.index.readings(written)
        if any(r.source == "jmdict" for r in listed):
            return None
        return {r.reading for r in listed}

    def _listed_as_read(self, span: list[Morpheme], written: str) -> bool:
        """Whether JMnedict lists ``written`` as a place read as UniDic reads ``span``'s
        units (千住 + 柳町: せんじゅやなぎちょう)."""
        unidic = "".join(map(hira, span))
        return any(r.reading == unidic and r.source == "jmnedict" and r.kinds & PLACE
                   for r in self.index.readings(written))

    # --- candidates and choice -------------------------------------------------------------

    def candidates(self, written: str, *, names: bool = True) -> list[Candidate]:
        """Every reading JMdict (and, with ``names``, JMnedict) gives ``written``.

        >>> [c.reading for c in ReadingResolver().candidates("下総")]
        ['しもうさ', 'しもふさ']
        """
        found: dict[str, Candidate] = {}
        entries = self.index.readings(written)
        if not entries and ("ケ" in written or "ヶ" in written):
            # 梅ケ丘 as JR East writes it, 梅ヶ丘 as JMnedict does: one place
            other = "ヶ" if "ケ" in written else "ケ"
            entries = self.index.readings(re.sub("(?<=[^\u3041-\u30ff])[ケヶ](?=[^\u3041-\u30ff])",
                                                 other, written))
        for r in entries:
            if r.source == "jmdict" and "jmdict" in self.sources:
                found.setdefault(r.reading, Candidate(r.reading, "jmdict", common=r.common))
        if names and "jmnedict" in self.sources:
            for reading, kinds in ((r.reading, r.kinds) for r in entries if r.source == "jmnedict"):
                have = found.get(reading)
                if have is None:
                    found[reading] = Candidate(reading, "jmnedict", kinds)
                elif not have.kinds:
                    found[reading] = replace(have, kinds=kinds)
        return list(found.values())

    def gives(self, written: str, reading: str) -> bool:
        """Whether a dictionary (JMdict, JMnedict or Mozc, as far as this resolver reads
        them) gives ``written`` the hiragana ``reading``.

        >>> ReadingResolver().gives("日本", "にっぽん"), ReadingResolver().gives("歌", "か")
        (True, False)
        """
        return any(c.reading == reading for c in self.candidates(written)) or \
            self.mozc_cost(written, reading) is not None

    def mozc_cost(self, written: str, reading: str) -> int | None:
        """The Mozc dictionary's cost of writing ``reading`` as ``written``, or None."""
        if len(reading) < 2 or "mozc" not in self.sources:
            return None
        return dictionaries.mozc_costs(reading).get(written)

    def cheapest(self, written: str, readings: Collection[str]) -> str:
        """Of ``readings`` (one at least), the one Mozc writes as ``written`` most cheaply;
        the first of those it does not write, where it writes none.

        >>> ReadingResolver().cheapest("上田", ["かみた", "うえだ"])
        'うえだ'
        """
        costs = {r: self.mozc_cost(written, r) for r in readings}
        return min(readings, key=lambda r: (costs[r] is None, costs[r] or 0))

    def pronoun_reading(self, written: str, reading: str) -> str | None:
        """JMdict's headword reading of a pronoun in kanji that UniDic reads as a word of
        one of JMdict's later entries, where Mozc writes the headword more cheaply than
        UniDic's reading: 私 わたし (UniDic always わたくし; Mozc 263 against 463), or None.
        A reading Mozc prefers stays (何 なん 17 against なに 1094; 僕 ぼく, 貴方 あなた).

        >>> ReadingResolver().pronoun_reading("私", "わたくし"), ReadingResolver().pronoun_reading("何", "なん")
        ('わたし', None)
        """
        if "mozc" not in self.sources or "jmdict" not in self.sources:
            return None
        entries = dictionaries.jmdict_entries(written)
        if not entries or reading in entries[0] or not any(reading in e for e in entries[1:]):
            return None
        head = entries[0][0]
        cost, own = self.mozc_cost(written, head), self.mozc_cost(written, reading)
        if cost is None or (own is not None and own <= cost):
            return None
        return head

    def _headword_reading(self, span: list[Morpheme], written: str, unidic: str) -> str | None:
        """JMdict's headword reading of a word UniDic cuts into units, where the units read
        as another reading of the same entry, one its editors put after the headword's, and
        Mozc does not write the units' reading more cheaply: 雲形 + 定規 くもがたじょうぎ
        (not the units' うんけい), 指差 + 喚呼 しさかんこ (Mozc 7916, ゆびさし none). A single
        unit only where Mozc writes the headword's reading and never the unit's: 釜山 プサン
        (UniDic ふざん), the era 嘉慶 かけい. A glossary word may begin or end the span where
        the headword's reading begins or ends as the glossary reads it: 中継 + 貿易
        なかつぎぼうえき."""
        if any(m.locked for m in span[1:-1]) or any(m.pos.startswith("名詞-数詞") for m in span):
            return None
        listed = {r.reading for r in self.index.readings(written) if r.source == "jmdict"}
        if unidic not in listed or len(listed) < 2:
            return None  # (no other reading to prefer: JMdict itself is not asked)
        entries = [e for e in dictionaries.jmdict_entries(written) if unidic in e]
        if len(entries) != 1 or entries[0][0] == unidic:
            return None
        head = entries[0][0]
        if (span[0].locked and not head.startswith(hira(span[0]))) or (
                span[-1].locked and not head.endswith(hira(span[-1]))):
            return None  # (a glossary word it begins or ends with keeps its reading)
        own = self.mozc_cost(written, unidic)
        cost = self.mozc_cost(written, head)
        if len(span) == 1:
            return head if own is None and cost is not None else None
        if own is not None and (cost is None or cost > own):
            return None
        return head

    def _mozc_reads_units(self, written: str, unidic: str, listed: str) -> bool:
        """Whether Mozc lists ``written`` as one word read as UniDic's units read it and not
        as JMdict's rare compound: 男 + 達 おとこたち (JMdict lists 男達 only as おとこだて,
        "chivalrous man"), 角 + 括弧 かくかっこ (not かくがっこ), 上付き + 文字 うえつき."""
        return self.mozc_reads(written, unidic) and not self.mozc_reads(written, listed)

    def _composed(self, span: list[Morpheme], have: set[str]) -> list[Candidate]:
        """Readings of a place name built from its parts' readings, for Mozc to judge:
        a leading 上 may be かみ, a later part may voice (赤羽 + 橋 = あかばねばし)."""
        if "mozc" not in self.sources or len(span) > 4:
            return []
        prefixes = _rules()["place_prefixes"]
        options: list[list[str]] = []
        for i, m in enumerate(span):
            own = hira(m)
            if not own:
                return []
            choice = [own]
            if i == 0:
                choice += prefixes.get(m.surface, [])
                if len(m.surface) <= 2 and (m.proper or m.confidence == "guess"):
                    choice += [r for r, k in self.names(m.surface) if k & (PLACE | {"surname"})][:3]
            else:
                if own[0] in VOICE:
                    choice.append(VOICE[own[0]] + own[1:])
                if own[0] in _UNVOICE:
                    choice.append(_UNVOICE[own[0]] + own[1:])
            options.append(list(dict.fromkeys(choice)))
        readings = [""]
        for choice in options:
            readings = [head + c for head in readings for c in choice][:24]
        plain = "".join(hira(m) for m in span)  # UniDic's parts side by side: not a word
        written = "".join(m.surface for m in span)
        return [Candidate(r, "mozc", frozenset({"place"})) for r in readings
                if r not in have and r != plain and self.mozc_cost(written, r) is not None]

    def _rank(self, written: str, cands: list[Candidate], place: bool,
              penalty: dict[str, int] | None = None,
              span: list[Morpheme] | None = None) -> list[Candidate]:
        """Candidates best first: Mozc's cost, then JMdict's common words, then kind, then
        JMdict's order (its headword's reading first: 八咫鏡 やたのかがみ before やたかがみ,
        neither of which Mozc writes);
        among equals, the one whose parts ``span``'s units read as UniDic reads them
        (類聚名義抄: るいじゅみょうぎしょう, as UniDic reads 類聚, before るいじゅう...)."""
        order: dict[str, int] = {}
        if sum(c.source == "jmdict" for c in cands) > 1:  # JMdict's own order, headword first
            for entry in dictionaries.jmdict_entries(written):
                for at, reading in enumerate(entry):
                    order.setdefault(reading, at)

        def key(c: Candidate) -> tuple[int, int, int]:
            cost = self.mozc_cost(written, c.reading)
            if cost is not None and penalty:
                cost += penalty.get(c.reading, 0)
            kind = 0 if c.source == "jmdict" and c.common else 1 if c.source != "jmnedict" else 2
            if c.source == "mozc":
                kind = 4  # made up from parts: only Mozc's word list can vouch for it
            elif c.source == "jmnedict":
                kind = 2 if (place and c.kinds & PLACE) or (not place and c.kinds - {"unclass"}) else 3
            return (cost if cost is not None else 1 << 20, kind,
                    order.get(c.reading, 0) if c.source == "jmdict" else 0)
        ranked = sorted(cands, key=key)
        if span and len(span) > 1 and len(ranked) > 1 and key(ranked[0]) == key(ranked[1]):
            top = key(ranked[0])
            tied = [c for c in ranked if key(c) == top]
            tied.sort(key=lambda c: -self._units_agree(span, c.reading))
            ranked = tied + ranked[len(tied):]
        return ranked

    def _not_dearer(self, written: str, common: Candidate, chosen: Candidate) -> bool:
        """Whether Mozc writes ``common``'s reading as ``written`` at least as cheaply as
        ``chosen``'s, or knows neither (饒舌 じょうぜつ only; not 玩具, where がんぐ is
        cheaper than おもちゃ)."""
        mine = self.mozc_cost(written, common.reading)
        other = self.mozc_cost(written, chosen.reading)
        if mine is None:
            return other is None
        return other is None or mine <= other

    def _units_agree(self, span: list[Morpheme], reading: str) -> int:
        """How many of ``span``'s units read their part of ``reading`` as UniDic does."""
        pieces = split_over_kanji("".join(m.surface for m in span), reading, self.index)
        if pieces is None or any(not char for _, char in pieces):
            return 0
        agree, at = 0, 0
        for m in span:
            agree += "".join(p for p, _ in pieces[at : at + len(m.surface)]) == hira(m)
            at += len(m.surface)
        return agree

    def _whole_person(self, morphemes: list[Morpheme], written: str) -> list[Morpheme] | None:
        """A whole input read as one person's name, by the first of the ways below that
        finds one (a listed person, a court noble, a family and a composed given name, a
        given name in kana ...), or None. ``written``: as :meth:`refine` takes it."""
        persons = self.persons
        ways = (persons.listed_person, persons.listed_name_with_no, persons.family_with_no,
                self.court.court_person,
                persons.whole_name, persons.kana_given,
                persons.listed_kana_given, persons.kana_then_kanji_given, persons.kana_family,
                persons.listed_mixed_given)
        person = next((p for way in ways if (p := way(morphemes)) is not None), None)
        if person is None:
            return None
        person = self.persons.mozc_person(person, written=written)
        person = self.court.mozc_clan_name(person)
        if "mozc" in self.sources:
            person = self.sino.chinese_given(person)
        return self.houses.house_given(self.houses.house_family(
            self.glossed.as_glossed(self.court.clan_of(self.court.court_given(person)))))

    def _word_goes_on(self, run: list[Morpheme], e: int) -> bool:
        """Whether the last unit before ``e`` begins a JMdict word of two or three units
        that goes on past ``e`` (中 + 学校): a name must not take that unit from it."""
        if "jmdict" not in self.sources or run[e].locked:
            return False
        written = run[e - 1].surface
        for k in range(e, min(len(run), e + 2)):
            written += run[k].surface
            if any(r.source == "jmdict" for r in self.index.readings(written)):
                return True
        return False

    def commonest_on(self, ch: str) -> str:
        """The on reading KANJIDIC2 gives ``ch`` first, its commoner (創 そう, not しょう;
        清 せい; 月 げつ; 平 へい), "" where it gives none. Not the one Mozc writes ``ch`` alone
        most cheaply: that prices the kanji as a word of its own (清 しん, the Qing; 月 がつ,
        of the months; 平 ひょう; 仏 ふつ, France), not as a part of a coined name. (Read
        over JMnedict's names of two or three kanji before 寺, 院, 社, 堂, 庵 or 館 where the
        two differ, KANJIDIC2's first is the name's reading 141 times, Mozc's cheapest 72.
        Development: 月狂条例 げっきょう, 西生浦倭城 せいせいほ fixed, none broken; the
        publisher list read with the list set aside 815 -> 816 of 886, 清文堂 せいぶんどう.)

        >>> r = ReadingResolver()
        >>> r.commonest_on("清"), r.commonest_on("月"), r.commonest_on("創")
        ('せい', 'げつ', 'そう')
        """
        on = [to_hiragana(r) for r in self.index.kanji(ch)[0]]
        return on[0] if on else ""

    def _lone_kanji(self, written: str, cands: list[Candidate]) -> list[Candidate]:
        """A kanji that no word list reads on its own (only KANJIDIC2 does) keeps to the
        readings KANJIDIC2 gives it: JMnedict's one person named 彁 (じゅんこ) is not how
        the character is read, but a name reading KANJIDIC2 lists (nanori) still counts."""
        if any(c.source == "jmdict" for c in cands):
            return cands
        own = set(kanji_readings(written, self.index))
        return [c for c in cands if c.reading in own]

    def municipalities(self) -> dict[str, str]:
        """The official list's reading of each municipality (:mod:`jpterms.gazetteer`:
        八千代町 やちよまち), read on first need and kept by this reader.

        >>> ReadingResolver().municipalities()["八千代町"]
        'やちよまち'
        """
        if self._gazetteer is None:
            from jpterms.gazetteer import municipality_readings

            self._gazetteer = municipality_readings()
        return self._gazetteer

    def _suffix_penalty(self, span: list[Morpheme], cands: list[Candidate]) -> dict[str, int]:
        """Handicaps for a municipality's readings: 市 read いち where the same place also
        reads as a city, し (西宮市 にしのみやし, not the market にしみやいち; 四日市 has
        no し). Mozc's costs do not tell 町 まち from ちょう or 村 むら from そん any
        better than chance on the MIC list, so those are left to them."""
        if span[-1].surface != "市":
            return {}
        readings = [c.reading for c in cands] + ["".join(hira(m) for m in span)]
        if not any(r.endswith("し") for r in readings):
            return {}
        return {r: 1 << 21 for r in readings if r.endswith("いち")}  # after unknown ones

    def _resolve(self, span: list[Morpheme], written: str, *, names: bool,
                 whole: bool) -> list[Morpheme] | None:
        """The span with the dictionaries' reading, or None when they do not know it."""
        cands = self.candidates(written, names=names)
        municipality = len(span) > 1 and span[-1].surface in _rules()["admin_suffixes"] and (
            names or any(m.proper for m in span[:-1]))
        # 市 after a place UniDic knows (西宮 + 市) is the city, し; after other words it
        # may be a market town's いち (八日市, 布市)
        last_is_city = span[-1].surface == "市" and (
            all("地名" in m.pos for m in span[:-1]) or (
                all("固有名詞" in m.pos for m in span[:-1]) and any(
                    k & PLACE for _, k in self.names("".join(m.surface for m in span[:-1])))))
        if municipality:
            done, cands = self._municipal_candidates(span, written, cands, last_is_city)
            if done is not None:
                return done
            names = True
        elif whole and len(span) > 1:
            cands += self._composed(span, {c.reading for c in cands})
        if not cands:
            return None
        first, last = span[0], span[-1]
        if first.locked:
            cands = [c for c in cands if c.reading.startswith(hira(first))]
        if last.locked and len(span) > 1:
            cands = [c for c in cands if c.reading.endswith(hira(last))]
        if len(written) == 1 and first.confidence == "guess":
            cands = self._lone_kanji(written, cands)
        if not cands:
            return None
        unidic = "".join(hira(m) for m in span)
        if (len(span) == 1 and span[0].confidence != "guess" and unidic
                and unidic not in {c.reading for c in cands}):
            # UniDic knows this unit and reads it otherwise: its reading competes too.
            cands.append(Candidate(unidic, "unidic"))
        if not names and not whole:
            # A common word in running text: UniDic's reading stands where JMdict has it;
            # otherwise JMdict's common reading first. Mozc is not asked.
            have = [c for c in cands if c.reading == unidic]
            if have or len(cands) == 1 or (cands[0].common and not cands[1].common):
                return self._common_in_text(span, written, cands, unidic, have)
        place = whole or any("地名" in m.pos for m in span)
        penalty = self._suffix_penalty(span, cands) if municipality and last_is_city else {}
        ranked = self._rank(written, cands, place, penalty, span)
        readings = [c.reading for c in ranked]
        chosen = ranked[0]
        if not municipality and all_common_words(span) and self._only_someones(written, chosen):
            # UniDic reads the whole as common words (弓部 きゅうぶ, 角 + 部), and the
            # only other evidence is that someone bears it as a name (ゆみべ, かくべ):
            # a word's or a place's reading comes first (筬島 おさしま, the place, not
            # the family おさじま); with none, UniDic's words stand
            better = [c for c in ranked if c.source in ("unidic", "jmdict")
                      or not self._only_someones(written, c)]
            if not better:
                return None
            chosen = better[0]
        if unidic in readings:
            chosen = self._unidic_or_chosen(span, written, cands, ranked, chosen, penalty,
                                            names=names, whole=whole,
                                            municipality=municipality)
        if whole and not municipality and not chosen.kinds & PLACE:
            common = [c for c in ranked if c.source == "jmdict" and c.common]
            if common and not any(c.reading == chosen.reading for c in common) and (
                    "人名" in span[0].pos or self._not_dearer(written, common[0], chosen)):
                # a whole input of one word JMdict lists as a common word, read by UniDic
                # as a given name (忠義 ただよし) or a rare reading (蛙 かわず, 葱 き; in
                # two units too, 法華 + 経 ほっけきょう, JMdict's rare reading): the
                # common word (ちゅうぎ, かえる, ねぎ, ほけきょう), unless it is a place's reading
                # (高麗 こま) or Mozc knows the other reading only (玩具 がんぐ, not おもちゃ)
                chosen = common[0]
        return self._read_as_chosen(span, written, ranked, chosen, names=names,
                                    municipality=municipality)

    def _municipal_candidates(self, span: list[Morpheme], written: str,
                              cands: list[Candidate], last_is_city: bool
                              ) -> tuple[list[Morpheme] | None, list[Candidate]]:
        """The first step of :meth:`_resolve` for a span ending in a municipality's suffix:
        the span read as the official list reads it, or as the suffix's commoner reading
        where nobody knows the municipality (and the candidates as they were); else None
        and the candidates to choose among, JMnedict's places first."""
        official = self.municipal.official(span, written, cands)
        if official is not None:
            return official, cands
        named = [c for c in cands if c.source == "jmnedict" and c.kinds & PLACE]
        if named:  # and the common word: 城下町 じょうかまち, not only the town
            named += [c for c in cands if c.source == "jmdict" and c.common
                      and c not in named]
        if named:
            cands = named  # JMnedict lists the municipality itself: its readings only
            if last_is_city and not any(c.reading.endswith("し") for c in named):
                # only the market town (丹波市 たんばいち): the city is its stem + し
                cands += [c for c in self.municipal.municipality(span, set()) if
                          c.reading.endswith("し")]
        else:
            made = self.municipal.municipality(span, {c.reading for c in cands})
            if not any(self.mozc_cost(written, c.reading) is not None for c in cands + made):
                # nobody knows this municipality: the suffix's commoner reading
                # (町 is ちょう more often than まち, 466 to 277 in the MIC list)
                stem = "".join(hira(m) for m in span[:-1])
                head = _rules()["place_prefixes"].get(span[0].surface, [""])[0]
                if len(span) > 2 and head and span[-1].surface in "町村" and not any(
                        r.source == "jmdict" for r in self.index.readings(
                            span[0].surface + span[1].surface)):  # (大 + 司教 + 区)
                    # and a place's first word (上 かみ, 下 しも, 小 こ, 大 おお): 下 +
                    # 有住 + 村 しもありす, not したありす
                    stem = head + "".join(hira(m) for m in span[1:-1])
                suffix = spelled(_rules()["admin_suffixes"][span[-1].surface][0])
                if stem + suffix == "".join(hira(m) for m in span):
                    return as_place(list(span)), cands
                return as_place(self.put_reading(span, stem + suffix, "unidic", "possible",
                                                  ())), cands
            cands += made
        return None, cands

    def _common_in_text(self, span: list[Morpheme], written: str, cands: list[Candidate],
                        unidic: str, have: list[Candidate]) -> list[Morpheme] | None:
        """The step of :meth:`_resolve` for a common word in running text (neither a name
        nor a whole input) that UniDic reads as a dictionary does (``have``: those
        candidates), or that has one candidate or one common one: UniDic's reading stands
        where JMdict has it; otherwise JMdict's common reading first. Mozc is not asked."""
        head = self._headword_reading(span, written, unidic) if have else None
        if head is not None:
            others = tuple(c.reading for c in cands if c.reading != head)[:4]
            return self.put_reading(span, head, "jmdict", "likely", others)
        if have:
            if len(span) > 1 and not _one_word(span):
                return None
            others = tuple(c.reading for c in cands if c.reading != unidic)[:4]
            return self._annotate(span, f"unidic+{have[0].source}", "likely", others,
                                  merge=True)
        if (len(span) > 1 and not cands[0].common and "mozc" in self.sources
                and not any(m.pos.startswith("名詞-数詞") for m in span)
                and self._mozc_reads_units(written, unidic, cands[0].reading)):
            return self._annotate(span, "unidic+mozc", "likely", (cands[0].reading,),
                                  merge=True)
        others = tuple(c.reading for c in cands[1:])[:4]
        return self.put_reading(span, cands[0].reading, cands[0].source,
                                "possible" if others else "likely", others)

    def _unidic_or_chosen(self, span: list[Morpheme], written: str, cands: list[Candidate],
                          ranked: list[Candidate], chosen: Candidate, penalty: dict[str, int],
                          *, names: bool, whole: bool, municipality: bool) -> Candidate:
        """The step of :meth:`_resolve` where UniDic's reading is among the ``ranked``
        candidates and is not the one ``chosen``: UniDic's stands unless Mozc's costs (with
        the suffix's ``penalty``) put the chosen one ahead by a margin, and UniDic and the
        dictionaries do not agree on a person's name, a common noun of one kanji or a place;
        then JMdict's headword reading, where UniDic's stood and JMdict has one."""
        unidic = "".join(hira(m) for m in span)
        readings = [c.reading for c in ranked]
        mine = ranked[readings.index(unidic)]
        if mine is not chosen:
            best = self.mozc_cost(written, chosen.reading)
            own = self.mozc_cost(written, unidic)
            if best is not None:
                best += penalty.get(chosen.reading, 0)
            if own is not None:
                own += penalty.get(unidic, 0)
            in_jmdict = any(c.reading == unidic and c.source == "jmdict" for c in ranked)
            margin = _MOZC_MARGIN_KNOWN if "固有名詞-一般" in span[0].pos else MOZC_MARGIN
            if municipality or (whole and len(span) > 1):
                margin = 0  # UniDic reads 町 and 村 one way; Mozc lists the municipalities
            elif (whole and chosen.kinds & PLACE and not mine.kinds & PLACE
                  and "固有名詞-一般" not in span[0].pos):
                margin = 0  # a place name on its own: a place's reading before a surname's
            displace = best is not None and (
                best + margin < own if own is not None
                else not in_jmdict and "固有名詞-一般" not in span[0].pos)
            # UniDic and JMnedict agree that one unit is a person's name (横井 | 清:
            # Kiyoshi, not the dynasty Shin): no other reading displaces theirs.
            person = len(span) == 1 and "人名-名" in span[0].pos and any(
                c.reading == unidic and c.kinds & GIVEN for c in cands)
            # one kanji, a common noun UniDic and JMdict read alike (橋 はし): no
            # name's reading (the suffix ばし) displaces theirs
            person = person or (len(span) == 1 and len(span[0].surface) == 1
                                and in_jmdict and "普通名詞" in span[0].pos)
            # one unit UniDic reads as a place, a place's reading in the dictionaries
            # too (港 みなと of 港国道, 港中学校): no reading that is none (Mozc's cheap
            # こう, the suffix of 大間港) displaces theirs (development: 4 rows right
            # that were wrong, 正法寺 しょうぼうじ among them, none the other way); nor
            # does only someone's name displace a place UniDic reads (中信 ちゅうしん
            # of 八ヶ岳中信高原国定公園, not the family name なかのぶ)
            person = person or (len(span) == 1 and "地名" in span[0].pos and (
                (bool(mine.kinds & PLACE) and not chosen.kinds & PLACE)
                or self._only_someones(written, chosen)))
            if not (names or mine.source == "unidic") or not displace or person:
                chosen = mine
        head = self._headword_reading(span, written, unidic) if chosen is mine else None
        if head is not None:
            chosen = ranked[readings.index(head)]
        return chosen

    def _read_as_chosen(self, span: list[Morpheme], written: str, ranked: list[Candidate],
                        chosen: Candidate, *, names: bool, municipality: bool
                        ) -> list[Morpheme] | None:
        """The last step of :meth:`_resolve`: the span read as ``chosen`` (or as UniDic's
        units, where Mozc reads them so and the chosen reading is a body's or JMdict's rare
        compound), with the other ``ranked`` readings as its alternatives, a
        ``municipality``'s name a proper noun; None where UniDic's reading stands over
        units that are no one word."""
        unidic = "".join(hira(m) for m in span)
        readings = [c.reading for c in ranked]
        if (len(span) > 1 and unidic and unidic not in readings and "mozc" in self.sources
                and ((chosen.kinds and chosen.kinds <= BODIES) or (
                    # or JMdict's rare compound, one sound voiced or not where the units'
                    # is (鍋底景気: なべそこけいき; Mozc and the units: なべぞこ)
                    chosen.source == "jmdict" and not chosen.common
                    and (voiced_pair(chosen.reading, unidic)
                         or voiced_pair(unidic, chosen.reading))))
                and not any(m.pos.startswith("名詞-数詞") or m.locked for m in span)
                and self._mozc_reads_units(written, unidic, chosen.reading)):
            return self._annotate(span, "unidic+mozc", "likely", (chosen.reading,), merge=True)
        if municipality and chosen.source == "jmdict" and chosen.common \
                and chosen.reading != unidic:
            municipality = False  # a common word (城下町 jōkamachi): no suffix's hyphen
        alternatives = tuple(c.reading for c in ranked if c.reading != chosen.reading and (
            c.source in ("jmdict", "unidic") or self.mozc_cost(written, c.reading) is not None))[:4]
        source = chosen.source if chosen.reading != unidic else f"unidic+{chosen.source}"
        confidence = "likely" if not alternatives or (chosen.reading == unidic and not names) \
            else "possible"
        if chosen.reading == unidic:
            if len(span) > 1 and not _one_word(span):
                # nothing to change here; a shorter span may still be one word
                return as_place(list(span)) if municipality else None
            pieces = self._annotate(span, source, confidence, alternatives, merge=True)
        else:
            pieces = self.put_reading(span, chosen.reading, source, confidence, alternatives)
        return as_place(pieces) if municipality else pieces

    # --- building the new morphemes --------------------------------------------------------

    def _annotate(self, span: list[Morpheme], source: str, confidence: str,
                  alternatives: tuple[str, ...], *, merge: bool) -> list[Morpheme]:
        """The span as UniDic read it, with the dictionaries' agreement noted."""
        if merge and _one_word(span):
            return [merge_units(span, "".join(m.reading for m in span),
                                "".join(m.kana for m in span), source, confidence, alternatives)]
        alternatives = alternatives if len(span) == 1 else ()
        return [m if m.locked else replace(m, source=source, confidence=confidence,
                                           alternatives=alternatives) for m in span]

    def put_reading(self, span: list[Morpheme], reading: str, source: str, confidence: str,
                    alternatives: tuple[str, ...]) -> list[Morpheme]:
        """Put ``reading`` (hiragana) on the span: the units at either end whose kana
        agree with it keep their own reading (``source`` joined to theirs), the rest takes
        what is left of it.

        >>> from jpterms.morpheme import Morpheme
        >>> words = ReadingResolver().put_reading([
        ...     Morpheme("日本", "ニホン", "ニホン", "名詞-固有名詞-地名-国", proper=True),
        ...     Morpheme("郵船", "ユーセン", "ユウセン", "名詞-普通名詞-一般")],
        ...     "にっぽんゆうせん", "jmnedict", "likely", ())
        >>> [(m.surface, m.reading, m.source) for m in words]
        [('日本', 'ニッポン', 'jmnedict'), ('郵船', 'ユーセン', 'unidic+jmnedict')]
        """
        p, rest = 0, reading
        while p < len(span) - 1 and rest.startswith(hira(span[p])) and hira(span[p]):
            rest = rest[len(hira(span[p])):]
            p += 1
        q = len(span)
        while q - 1 > p and rest.endswith(hira(span[q - 1])) and hira(span[q - 1]):
            rest = rest[: len(rest) - len(hira(span[q - 1]))]
            q -= 1
        if not rest:
            return self._annotate(span, source, confidence, alternatives, merge=True)
        if (p or q < len(span)) and split_over_kanji(
                "".join(m.surface for m in span[p:q]), rest, self.index) is None:
            # a unit's own reading begins the whole's but is not its part (類聚 るいじゅ in
            # るいじゅう|みょうぎしょう): each unit takes what its characters read
            aligned = self._aligned(span, reading, source, confidence)
            if aligned is not None:
                return aligned
        middle = span[p:q]
        written = "".join(m.surface for m in middle)
        marked = self.mark(written, rest)
        head = "".join(hira(m) for m in span[:p])
        tail = "".join(hira(m) for m in span[q:])
        own = tuple(a[len(head) : len(a) - len(tail)] for a in alternatives
                    if a.startswith(head) and a.endswith(tail) and len(a) > len(head) + len(tail))
        new = merge_units(middle, marked, to_katakana(rest), source, confidence, own)
        if p and source != "jmdict" and len(written) == 1 \
                and voiced_start(hira(middle[0]), rest):
            # a name's listed reading voices the first sound of its last kanji (天神 + 社
            # しゃ: じゃ in きたのてんじんじゃ; 木津 + 川 かわ: がわ in きづがわ): rendaku
            # joins the kanji to the unit before, one word (Kitano Tenjinja, Kizugawa-shi;
            # were "Tenjin ja", "Kizu Gawa-shi")
            new = replace(new, role="prev")
        if source == "jmdict" and any(m.source == "glossary" for m in middle):
            new = replace(new, proper=False)  # a common word over a family name: 市町村
        elif source == "jmnedict" and not new.proper and any(m.proper for m in span[:p]) \
                and written not in _rules()["admin_suffixes"]:
            new = replace(new, proper=True)  # a name's part after a name: 羽前 + 水沢 Mizusawa
        kept = [m if m.locked else replace(m, source=f"unidic+{source}") for m in span[:p]]
        after = [m if m.locked else replace(m, source=f"unidic+{source}") for m in span[q:]]
        if _one_word(span) and not any(m.locked for m in span):
            parts = [*kept, new, *after]
            merged = merge_units(span, "".join(m.reading for m in parts),
                                 "".join(m.kana for m in parts), source, confidence, alternatives)
            if source == "jmdict":  # a common word, even over a family name (市町村)
                merged = replace(merged, proper=any(m.proper and m.source != "glossary"
                                                    for m in span))
            return [merged]
        return [*kept, new, *after]

    def _aligned(self, span: list[Morpheme], reading: str, source: str,
                 confidence: str) -> list[Morpheme] | None:
        """The span's units, each with the part of ``reading`` its characters read
        (KANJIDIC2's readings), or None where the reading does not split so."""
        pieces = split_over_kanji("".join(m.surface for m in span), reading, self.index)
        if pieces is None or any(not char for _, char in pieces):
            return None
        out: list[Morpheme] = []
        at = 0
        for m in span:
            own = "".join(piece for piece, _ in pieces[at : at + len(m.surface)])
            at += len(m.surface)
            if m.locked and own != hira(m):
                return None
            if own == hira(m) or m.locked:
                out.append(m if m.locked else replace(m, source=f"unidic+{source}"))
            else:
                out.append(merge_units([m], self.mark(m.surface, own), to_katakana(own),
                                       source, confidence, ()))
        return out

    # --- people ----------------------------------------------------------------------------

    def _names_between_marks(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A whole input's runs between marks (、, ・, brackets) where every run outside
        brackets is a name of kanji and kana (:func:`_names_only`): each read as it is
        alone (:meth:`PersonNames.kana_given`, :meth:`PersonNames.listed_kana_given`): 尼野ゆたか、渡辺みえこ,
        渡辺みえこ「詩集」."""
        if not any(m.surface in _NAME_MARKS for m in morphemes) or not _names_only(
                "".join(m.surface for m in morphemes)):
            return morphemes
        out: list[Morpheme] = []
        start = depth = 0
        for k in [*(k for k, m in enumerate(morphemes) if m.surface in _NAME_MARKS),
                  len(morphemes)]:
            piece = morphemes[start:k]
            person = None
            if not depth and len(piece) >= 2 and _kanji_then_kana_name().fullmatch(
                    "".join(m.surface for m in piece)) is not None:
                person = self.persons.kana_given(piece) or self.persons.listed_kana_given(piece)
            out.extend(person or piece)
            out.extend(morphemes[k:k + 1])
            if k < len(morphemes):
                mark = morphemes[k].surface
                depth = depth + 1 if mark in _OPENING else max(
                    0, depth - 1) if mark in _CLOSING else depth
            start = k + 1
        return out

    def reading_kinds(self, ch: str, reading: str) -> set[str]:
        """Whether ``reading`` is one of KANJIDIC2's on readings of ``ch`` ("on"), one of
        its kun or name readings ("kun"), or both, as the part of a name it would be
        (voiced, or with a small っ for its last kana).

        >>> resolver = ReadingResolver()
        >>> resolver.reading_kinds("山", "やま"), resolver.reading_kinds("山", "ざん")
        ({'kun'}, {'on'})
        """
        on, kun, nanori = self.index.kanji(ch)
        out = set()
        for kind, readings in (("on", on), ("kun", (*kun, *nanori))):
            for raw in readings:
                r = raw.strip("-").split(".")[0]
                if not r:
                    continue
                forms = {r, r[:-1] + "っ"} if len(r) > 1 and r[-1] in "つくちき" else {r}
                if r[0] in VOICE:
                    forms.add(VOICE[r[0]] + r[1:])
                if r[0] in "はひふへほ":
                    forms.add("ぱぴぷぺぽ"["はひふへほ".index(r[0])] + r[1:])
                if reading in forms:
                    out.add(kind)
        return out

    def read_as(self, written: str, reading: str, kinds: set[str]) -> bool:
        """Whether ``reading`` splits over ``written``'s kanji, each read one of ``kinds``
        only (:meth:`reading_kinds`: ``{"on"}``, ``{"kun"}``).

        >>> resolver = ReadingResolver()
        >>> resolver.read_as("山田", "やまだ", {"kun"}), resolver.read_as("山田", "やまだ", {"on"})
        (True, False)
        """
        pieces = split_over_kanji(written, reading, self.index)
        return pieces is not None and len(pieces) == len(written) and all(
            self.reading_kinds(ch, piece) == kinds for piece, ch in pieces)

    def reads_whole(self, text: str) -> bool:
        """True when :meth:`refine` of ``text`` as a whole input looks at all of it at once
        (three to five kanji may be one person's name, :meth:`PersonNames.whole_name`, and so may
        kanji and kana, :meth:`PersonNames.kana_given`; a short title
        with 四, 七 or 九 may be one Mozc knows, :meth:`CountedReadings.numbered_title`), so a caller
        must not cut it into pieces read apart (see also :meth:`reads_whole_if_cut`); and
        a name and a role after it (:meth:`InputCuts.role_cut`)."""
        return self.name_sized(text) or self.cuts.role_cut(text) is not None or (
            "mozc" in self.sources and len(text) <= TITLE_LIMIT
            and not OTHER_DIGITS.isdisjoint(text)) or (
            "jmnedict" in self.sources and KANA_NAME.search(text) is not None
            and (_kanji_then_kana_name().fullmatch(text) is not None
                 or (_name_marks_split().search(text) is not None and _names_only(text))))

    def reads_whole_if_cut(self, text: str, morphemes: list[Morpheme] | None = None) -> bool:
        """True when a whole input the caller would cut into pieces must be read whole
        instead: a short one may be one Mozc word (:meth:`mozc_whole`). (A run the caller
        does not cut reaches :meth:`refine` whole anyway.) With its ``morphemes``, a run
        with a particle other than の or が, an auxiliary or a verb inside it is running
        text, not a title (実際に物理ディスク, 通常使うコマンド)."""
        return ("mozc" in self.sources and 2 <= len(text) <= MOZC_WHOLE_LIMIT
                and has_kanji(text) and text[0] not in _NOT_FIRST
                and text[-1] not in _NOT_LAST and not any(
                    m.pos.startswith(_INSIDE_PHRASE) and m.surface not in _TITLE_LINKS
                    for m in (morphemes or [])[1:-1])) or (
            # a station's name (:meth:`PlaceReadings.station_whole`): はるひ野, cut after はる, is read
            # whole as explain reads it (Haruhino, not "Haru hiya")
            "jmnedict" in self.sources and has_kanji(text)
            and self.station_names.reading(text) is not None) or (
            # a word JMdict lists whole (いつの間にか, 気に入る), or a work, a place or a
            # body JMnedict does (宝玉と勺杖): read whole as explain reads it
            "jmdict" in self.sources and has_kanji(text) and len(text) <= MAX_CHARS
            and any(r.source == "jmdict" or r.kinds & (PLACE | BODIES | WORKS)
                    for r in self.index.readings(text)))

    @property
    def station_names(self) -> StationNames:
        """The nationwide station list (``data/stations.tsv``), read on first use and kept
        by this reader.

        >>> ReadingResolver().station_names.reading("はるひ野")
        'はるひの'
        """
        if self._stations is None:
            self._stations = StationNames()
        return self._stations

    def name_sized(self, text: str) -> bool:
        """Three to five kanji: maybe one person's name (:meth:`PersonNames.whole_name`). Not an
        address's numbered block, whose counter of two kanji (丁目, data ``numbered_blocks``)
        no name holds: 三丁目東 is さんちょうめ + ひがし, not the family name 三丁 + the given
        name 目東.

        >>> resolver = ReadingResolver()
        >>> resolver.name_sized("山田孝雄"), resolver.name_sized("三丁目東")
        (True, False)
        """
        return "jmnedict" in self.sources and 3 <= len(text) <= 5 and all(
            is_kanji(ch) for ch in text) and not any(
                len(counter) > 1 and counter in text
                for counter in _rules()["numbered_blocks"] if counter != "_doc")

    def _sino_suffix(self, out: list[Morpheme]) -> list[Morpheme]:
        """A kanji UniDic reads the Japanese way after a word of kanji read the Chinese
        way throughout (``sino_suffixes`` in ``data/word_division.json``) is read the
        Chinese way: 寺 じ, the temple of a name (本願 + 寺 + 神戸別院 *Honganji Kōbe
        betsuin*, was *Hongantera*), 神 しん, a deity (太歳 + 神 *Taisaishin*, was
        *Taisaikami*); a word of two kanji ending in such a kanji, its first read the
        Chinese way, likewise where the kanji ends names (``in_words``: 興国 + 禅寺
        *Kōkoku zenji*, was *zendera*, JMdict's common word for a Zen temple). Not where a
        dictionary or Mozc lists the two together read the Japanese way (a temple so named:
        仏国寺 ぶっこくでら)."""
        words = _rules()["sino_suffixes"]["words"]
        in_words = _rules()["sino_suffixes"]["in_words"]
        for k in range(1, len(out)):
            m, before = out[k], out[k - 1]
            rule = words.get(m.surface if len(m.surface) == 1 or m.surface[-1] not in in_words
                             else m.surface[-1])
            if (not rule or m.locked or m.source == "glossary" or len(before.surface) < 2
                    or not all(is_kanji(ch) for ch in before.surface)):
                continue
            own = next((e for e in rule[0] if m.kana.endswith(e)), None)
            head, head_kana = m.surface[:-1], m.kana[:len(m.kana) - len(own or "")]
            if own is None or (not head and m.kana != own) or (head and not (
                    all(is_kanji(ch) for ch in head) and head_kana)):
                continue
            # (a word of two kanji ending in one, 禅 + 寺 ぜんでら, counts as the kanji
            # after the word before and its own first kanji read the Chinese way)
            kinds = self.on_kun(before.surface + head, hira(before) + to_hiragana(head_kana))
            if kinds is None or "kun" in kinds:
                continue
            written = before.surface + m.surface
            theirs = {r.reading for r in self.index.readings(written)} | set(
                self.mozc_readings(written))
            if any(r.endswith(tuple(to_hiragana(k) for k in rule[0])) for r in theirs):
                continue
            reading = head_kana + rule[1]
            # (its long vowel marked: 葉 ヨー, *yō*, not "you")
            out = [*out[:k], replace(m, reading=self.mark(m.surface, to_hiragana(reading)),
                                     kana=reading, alternatives=(
                to_hiragana(m.kana), *m.alternatives)[:4]), *out[k + 1:]]
        return out

    def on_kun(self, written: str, reading: str) -> list[str] | None:
        """For each kanji of ``written`` read ``reading``: "on", "kun" or "both" (see
        :meth:`reading_kinds`), or None where the reading does not split over them.

        >>> resolver = ReadingResolver()
        >>> resolver.on_kun("日本", "にほん"), resolver.on_kun("山田", "あいう")
        (['kun', 'on'], None)
        """
        pieces = split_over_kanji(written, reading, self.index)
        if pieces is None or len(pieces) != len(written):
            return None
        out = []
        for piece, ch in pieces:
            kinds = self.reading_kinds(ch, piece)
            if not kinds:
                return None
            out.append("both" if len(kinds) == 2 else next(iter(kinds)))
        return out

    def mozc_cheapest(self, written: str) -> str:
        """Of :meth:`mozc_readings`, the one Mozc writes ``written`` with most cheaply (the
        first in kana order among equals), or "" where it gives none."""
        found = self.mozc_readings(written)
        return min(found, key=lambda r: (found[r], r)) if found else ""

    def mozc_readings(self, written: str) -> dict[str, int]:
        """The readings the Mozc dictionary gives ``written`` as one word, with their costs,
        among those that split over its characters as KANJIDIC2 reads them (voiced or
        doubled; kana stand for themselves). The walk follows Mozc's reading trie, so a
        reading no word begins with is given up at its first impossible kana.

        >>> ReadingResolver().mozc_readings("遠山の金さん")
        {'とおやまのきんさん': 6949}
        """
        return {reading: cost for reading, (cost, _) in self.mozc_walk(written).items()}

    def mozc_reads(self, written: str, reading: str) -> bool:
        """Whether ``reading`` is one of :meth:`mozc_readings` of ``written``. Where Mozc
        writes no word so, or lists ``written`` under no such reading
        (:meth:`mozc_contexts`: one step down its trie per byte), the walk, which finds
        only readings Mozc lists it under, is not taken: most readings asked about are
        none.

        >>> resolver = ReadingResolver()
        >>> resolver.mozc_reads("遠山の金さん", "とおやまのきんさん")
        True
        >>> resolver.mozc_reads("遠山の金さん", "えんざんのきんさん")
        False
        """
        if written not in self._walks and (
                "mozc" not in self.sources or not written or written not in self.mozc_written
                or not self.mozc_contexts(written, reading)):
            self.walks_spared += 1
            return False
        return reading in self.mozc_walk(written)

    def mozc_contexts(self, written: str, reading: str) -> set[int]:
        """The contexts (parts of speech) under which Mozc lists ``written`` read
        ``reading`` (:mod:`jpterms.mozc_contexts` names them): none where Mozc does not
        list it.

        >>> resolver = ReadingResolver()
        >>> sorted(resolver.mozc_contexts("東京", "とうきょう")), resolver.mozc_contexts("東京", "ひがしきょう")
        ([1923, 1927], set())
        """
        if "mozc" not in self.sources:
            return set()
        from jpterms.mozcdic import mozc_dictionary

        mozc = mozc_dictionary()
        node = mozc.walk(mozc.ROOT, reading)
        return {w.left for w in mozc.words(node) if w.written == written} \
            if node is not None else set()

    def _only_someones(self, written: str, c: Candidate) -> bool:
        """A reading JMnedict lists only as a family or given name or as a name it does
        not class (左衛門 よも), and Mozc (if it lists it at all) only as a person's name:
        no word, no place."""
        return (c.source == "jmnedict" and bool(c.kinds) and c.kinds <= SOMEONE_OR_UNCLASSED
                and self.mozc_contexts(written, c.reading) <= MOZC_PERSON)

    def mozc_walk_as_written(self, written: str, as_written: str
                             ) -> tuple[str, dict[str, tuple[int, tuple[str, ...]]]]:
        """(spelling, :meth:`mozc_walk` of it): of ``written``, or, where Mozc lists it
        under no reading, of ``as_written``, the same input in the old kanji forms it was
        written in (萬年寺 for 万年寺), which Mozc may list.

        >>> ReadingResolver().mozc_walk_as_written("万年寺", "萬年寺")
        ('萬年寺', {'ばんねんじ': (7200, ('ばん', 'ねん', 'じ'))})
        """
        found = self.mozc_walk(written)
        if not found and as_written != written and as_written.translate(
                self.old_forms()) == written:
            return as_written, self.mozc_walk(as_written)
        return written, found

    def mozc_walk(self, written: str) -> dict[str, tuple[int, tuple[str, ...]]]:
        """:meth:`mozc_readings` with each reading's pieces, one per character
        (remembered: a document repeats its short runs).

        >>> ReadingResolver().mozc_walk("遠山の金さん")
        {'とおやまのきんさん': (6949, ('とお', 'やま', 'の', 'きん', 'さ', 'ん'))}
        """
        if "mozc" not in self.sources or not written:
            return {}
        hit = self._walks.get(written)
        if hit is None:
            if len(self._walks) >= _WALKS_KEPT:
                self._walks.clear()
            hit = self._walks[written] = self._walk(written)
        return hit

    def _walk(self, written: str) -> dict[str, tuple[int, tuple[str, ...]]]:
        if written not in self.mozc_written:
            return {}  # no Mozc word is written so (most runs asked about): nothing to walk
        options: list[tuple[str, ...]] = []
        for at, ch in enumerate(written, 1):
            if ch == "々" and options:
                options.append(options[-1])
            elif ch in _SMALL_KE:
                options.append(_SMALL_KE[ch])  # 峯ヶ塚 みねがづか, 三ヶ町 さんかちょう
            elif has_kanji(ch):
                pieces = self.kanji_pieces(ch, named=1 < at == len(written) <= _NAME_WALK)
                if not pieces:
                    return {}
                options.append(pieces)
            else:
                options.append((to_hiragana(ch),))
        from jpterms.mozcdic import mozc_dictionary

        mozc = mozc_dictionary()
        found: dict[str, tuple[int, tuple[str, ...]]] = {}
        last = len(written)
        kanji = [is_kanji(ch) and ch not in _SMALL_KE for ch in written]
        stack: list[tuple[int, int, tuple[str, ...], int]] = [(0, mozc.ROOT, (), 0)]
        while stack:
            i, node, done, added = stack.pop()
            if i == last:
                reading = "".join(done)
                for word in mozc.words(node):
                    if word.written == written and (
                            reading not in found or (word.cost, done.count("")) < (
                                found[reading][0], found[reading][1].count(""))):
                        # (of two ways to the same reading, the one with fewer words read
                        # whole over several characters: 大神 + 神社, not 大 + 神神社)
                        found[reading] = (word.cost, done)
                continue
            for j in range(i + 2, min(last, i + 4) + 1) if kanji[i] else ():
                # a word of two to four kanji read as the dictionaries list it whole, where
                # its kanji do not read it one by one (祝詞 のりと, 忌部 いんべ, 大神
                # おおみわ): its reading on its first character, nothing on the others
                if not kanji[j - 1] or j - i == last:
                    break  # (not the whole, which the dictionaries' listing of it reads)
                for listed in self._irregular_readings(written[i:j]):
                    step = mozc.walk(node, listed)
                    if step is not None:
                        stack.append((j, step, (*done, listed, *("",) * (j - i - 1)), added))
            pieces = options[i]  # each that goes on, in order (shared beginnings walked once)
            between = added < 2 and i + 1 < last and has_kanji(written[i]) and has_kanji(
                written[i + 1])
            for k, nxt in mozc.walk_each(node, mozc.piece_trie(pieces)):
                stack.append((i + 1, nxt, (*done, pieces[k]), added))
                if between:
                    for particle in _UNWRITTEN:
                        step = mozc.walk(nxt, particle)
                        if step is not None:
                            stack.append((i + 1, step, (*done, pieces[k] + particle), added + 1))
        return found

    def _irregular_readings(self, word: str) -> tuple[str, ...]:
        """The readings JMdict and JMnedict list for ``word`` that do not split over its
        characters as KANJIDIC2 reads them (祝詞 のりと, 大神 おおみわ; not 大神 おおかみ).
        Remembered: a walk asks for the same word once per way it reaches it."""
        hit = self._irregular.get(word)
        if hit is None:
            if len(self._irregular) >= _WALKS_KEPT:
                self._irregular.clear()
            self.irregular_misses += 1
            hit = self._irregular[word] = tuple(
                r for r in dict.fromkeys(r.reading for r in self.index.readings(word))
                if split_over_kanji(word, r, self.index) is None)
        return hit

    def kanji_pieces(self, ch: str, *, named: bool = False) -> tuple[str, ...]:
        """A kanji's readings as they may sound inside a word: voiced (は: ば, ぱ), doubled,
        and a verb's continuative (落 おとし, 嘗 なめ). ``named``: also the names JMnedict
        lists written with the kanji alone (史 ふびと, 平 おさむ, 樹 みき), for the last kanji
        of a short input (a person's given name) that Mozc may list so.

        >>> resolver = ReadingResolver()
        >>> "ふびと" in resolver.kanji_pieces("史", named=True), "ふびと" in resolver.kanji_pieces("史")
        (True, False)
        """
        pieces = self._pieces.get(ch + "\0" * named)
        if pieces is None:
            out = kanji_readings(ch, self.index)
            # an ichidan verb's stem is its continuative too (嘗 な.める: なめ, 天井嘗)
            out += [stem + okurigana[:-1] for stem, _, okurigana in (
                k.strip("-").partition(".") for k in self.index.kanji(ch)[1])
                if len(okurigana) > 1 and okurigana.endswith("る")]
            out += [v + r[1:] for r in list(out) if r for v in VOICINGS.get(r[0], ())]
            if named:  # (as listed: not voiced)
                out += [r.reading for r in self.index.readings(ch) if r.source == "jmnedict"]
            pieces = self._pieces[ch + "\0" * named] = tuple(dict.fromkeys(out))
        return pieces

    def cut_units(self, morphemes: list[Morpheme], cut: int) -> list[Morpheme]:
        """UniDic's units with the one that spans character ``cut`` cut in two there, its
        reading shared out over its kanji where that can be done (else left empty).

        >>> from jpterms.morpheme import Morpheme
        >>> units = ReadingResolver().cut_units([
        ...     Morpheme("日本", "ニホン", "ニホン", "名詞-固有名詞-地名-国", proper=True),
        ...     Morpheme("郵船", "ユーセン", "ユウセン", "名詞-普通名詞-一般")], 1)
        >>> [(m.surface, m.kana) for m in units]
        [('日', 'ニ'), ('本', 'ホン'), ('郵船', 'ユウセン')]
        """
        parts: list[Morpheme] = []
        at = 0
        for m in morphemes:
            end = at + len(m.surface)
            if at < cut < end:
                pieces = split_over_kanji(m.surface, hira(m), self.index)
                if pieces is None or [c for _, c in pieces] != list(m.surface):
                    pieces = [("", c) for c in m.surface]
                left = "".join(p for p, _ in pieces[:cut - at])
                right = "".join(p for p, _ in pieces[cut - at:])
                parts += [replace(m, surface=m.surface[:cut - at], reading=to_katakana(left),
                                  kana=to_katakana(left), alternatives=()),
                          replace(m, surface=m.surface[cut - at:], reading=to_katakana(right),
                                  kana=to_katakana(right), alternatives=())]
            else:
                parts.append(m)
            at = end
        return parts

    def name_words(self, span: list[Morpheme], split_after: int, readings: list[str],
                   source: str, confidence: str = "likely") -> list[Morpheme] | None:
        """Family and given name as two capitalised words, from a full-name reading: the
        family name is the units of ``span`` before ``split_after``, read as the first of
        ``readings`` (hiragana) that splits into a family reading and a given one allows;
        None where none does.

        >>> from jpterms.morpheme import Morpheme
        >>> words = ReadingResolver().name_words([
        ...     Morpheme("山田", "ヤマダ", "ヤマダ", "名詞-固有名詞-人名-姓"),
        ...     Morpheme("孝雄", "タカオ", "タカオ", "名詞-固有名詞-人名-名")], 1, ["やまだよしお"],
        ...     "jmnedict")
        >>> [(m.surface, m.reading) for m in words]
        [('山田', 'ヤマダ'), ('孝雄', 'ヨシオ')]
        """
        family, given = span[:split_after], span[split_after:]
        family_written = "".join(m.surface for m in family)
        given_written = "".join(m.surface for m in given)
        family_readings = ["".join(hira(m) for m in family)]
        family_readings += [r for r, k in self.names(family_written)
                            if "surname" in k]
        if len(family) == 1 and not has_kanji(family_written):
            return None
        for reading in readings:
            for fr in self.persons.family_first(family_readings, reading, given_written):
                if fr and reading.startswith(fr) and len(reading) > len(fr):
                    gr = reading[len(fr):]
                    givens = [r for r, k in self.names(given_written) if k & GIVEN]
                    # the genitive of a clan name (菅原 + の + 道真, 源の + 頼朝): a word of
                    # its own, "Sugawara no Michizane", "Minamoto no Yoritomo"; not the の
                    # a given name in kana begins with (川崎 + のぼる Kawasaki Noboru)
                    of = False
                    if gr[0] == "の" and len(gr) > 2 and gr not in givens and has_kanji(
                            given_written[0]) and (
                            gr[1:] in givens or not any(
                                r.startswith("の") for r in
                                kanji_readings(given_written[0], self.index))):
                        gr, of = gr[1:], True  # not 信夫 のぶお: 信 may be read のぶ
                    elif fr[-1] == "の" and fr[:-1] in family_readings:
                        fr, of = fr[:-1], True
                    alts = tuple(r for r in givens if r != gr)[:5]
                    fam = merge_units(family, self.mark(family_written, fr), to_katakana(fr),
                                      source, confidence, ())
                    giv = merge_units(given, self.mark(given_written, gr), to_katakana(gr),
                                      source, confidence, alts)
                    fam = replace(fam, proper=True, role="", pos="名詞-固有名詞-人名-姓")
                    giv = replace(giv, proper=True, role="", pos="名詞-固有名詞-人名-名")
                    if of:
                        giv = with_genitive(giv)
                    return [fam, giv]
        return None

    # --- long vowels -----------------------------------------------------------------------

    def mark(self, written: str, reading: str) -> str:
        """Katakana with long vowels marked, but only within one kanji's reading.

        井上 いのうえ is Inoue, not Inōe: the う begins 上 (うえ). The reading is split
        over the kanji with KANJIDIC2's readings; without a split, the word is read as one.

        >>> ReadingResolver().mark("井上", "いのうえ"), ReadingResolver().mark("大野", "おおの")
        ('イノウエ', 'オーノ')
        """
        key = (written, reading)
        hit = self._marks.get(key)
        if hit is None:
            pieces = split_over_kanji(written, reading, self.index)
            halves = halves_at_no(written, reading) if pieces is None else None
            if halves is not None:
                # 長太ノ浦: なご + の + うら, each side marked on its own (Nagonoura)
                hit = self.mark(halves[0], halves[1]) + "ノ" + self.mark(halves[2], halves[3])
            elif pieces is None:
                hit = mark_long_vowels(to_katakana(reading))
                if _kanji_count(written) < 2:  # see _kanji_count
                    hit = _long_a(hit)
            else:
                joined: list[str] = []
                last_char = ""
                for piece, char in pieces:
                    if joined and char and last_char and not has_kanji(char + last_char):
                        joined[-1] += piece  # kana written in a row: ゆう + 子 Yūko
                    elif (joined and joined[-1][-1:] in _O_OR_U and piece[:1] in "うお"
                            and self._contracted(joined[-1], last_char, piece, char)):
                        joined[-1] += piece
                    else:
                        joined.append(piece)
                    # 々 repeats the kanji before it, whose readings it has (野 + 々 + 内
                    # の|の|うち: Nonouchi, two readings, not Nonōchi)
                    last_char = last_char if char == "々" and last_char else char
                hit = "".join(mark_long_vowels(to_katakana(p)) for p in joined)
            self._marks[key] = hit
        return hit

    def _contracted(self, before: str, before_char: str, piece: str, char: str) -> bool:
        """Whether an o or u ending one kanji's reading and the う (お) beginning the next
        make one long vowel: a kanji read う alone (左右吉 Sōkichi), or a name reading
        only (下総 しも|うさ Shimōsa, 青梅 お|うめ Ōme); not two words (井上 Inoue)."""
        if piece in ("う", "お") or not has_kanji(char) or not has_kanji(before_char):
            if (piece == "う" and len(before) > 1 and before[-1] in _U_ROW
                    and before in kanji_readings(before_char, self.index, names=False)):
                return False  # 緑 りょく + 雨 う, 陸 りく + 羽 う: two readings, Ryokuu, Rikuu
            return piece == "う" and has_kanji(char)
        ordinary = kanji_readings(char, self.index, names=False)
        if piece not in ordinary:
            return True
        return len(before) == 1 and before not in kanji_readings(before_char, self.index,
                                                                   names=False)

    def kanji_guess(self, surface: str) -> str:
        """A reading for kanji no dictionary reads: KANJIDIC2's first reading of each.

        >>> ReadingResolver().kanji_guess("壽")
        'ジュ'
        """
        out = []
        for ch in surface:
            if not has_kanji(ch):
                out.append(to_katakana(ch))
                continue
            on, kun, nanori = self.index.kanji(ch)
            if on:
                out.append(to_katakana(on[0]))
            elif kun:
                out.append(to_katakana(kun[0].split(".")[0].strip("-")))
            elif nanori:
                out.append(to_katakana(nanori[0]))
            else:
                return ""
        return mark_long_vowels("".join(out))


@cache
def _unmarked_long() -> re.Pattern[str]:
    """A vowel UniDic left unmarked: オウ, ウウ or オオ after a kana of that vowel."""
    return re.compile("[オコソトノホモヨロゴゾドボポョ][ウオ]|[ウクスツヌフムユルグズヅブプュ]ウ")


_VOWEL_OR_Y = frozenset("アイウエオヤユヨ")
_KATAKANA = re.compile("[ァ-ヺー]")
_U_ROW = frozenset("くすつぬふむゆるぐずづぶぷ")
_O_OR_U = frozenset("おこそとのほもよろごぞどぼぽょうくすつぬふむゆるぐずづぶぷゅ")
_A_ROW = frozenset("アカサタナハマヤラワガザダバパャ")


#: A small っ before a kana it cannot double, or last (see :func:`jpterms.kana.sayable`).
_UNSAID = re.compile("っ(?![かきくけこさしすせそたちつてとぱぴぷぺぽ])")


def _kanji_count(written: str) -> int:
    """How many kanji ``written`` has. A doubled a is one long vowel only in a word of
    one kanji read as one piece (お母さん okāsan); across two kanji it is two vowels, in
    a name whose kanji KANJIDIC2 does not split (定敬 さだあき: Sadaaki, not Sadāki)."""
    return sum(1 for ch in written if has_kanji(ch))


def _long_a(katakana: str) -> str:
    """カア → カー: the doubled a of a word read as one piece (お母さん, okāsan)."""
    return "".join(LONG_MARK if c == "ア" and i and katakana[i - 1] in _A_ROW else c
                   for i, c in enumerate(katakana))


def _two_places(span: list[Morpheme]) -> bool:
    """Whether ``span`` holds a county's or prefecture's 郡, 県, 都 or 府 before its end
    and ends in a municipality's suffix: an address (京都 + 郡 + 苅田 + 町, 郡 + 苅田 + 町),
    no one name."""
    return len(span) > 2 and span[-1].surface in _rules()["admin_suffixes"] and any(
        m.surface in _ADDRESS_LEVELS for m in span[:-1])


_ADDRESS_LEVELS = frozenset("郡県都府")


def _ends_address(m: Morpheme) -> bool:
    """Whether ``m`` ends a county or a prefecture, after which a 町 or 村 is a
    municipality (下閉伊郡 + 山田町), not a town district of a city."""
    return m.surface.endswith(("郡", "県", "府", "都", "北海道"))


def _direction_and_place(morphemes: list[Morpheme]) -> list[Morpheme]:
    """``morphemes`` with each word of a direction and a place's name in katakana, which a
    dictionary read as one word (東アジア ひがしアジア), as two words, both capitalised
    (``direction_before_place`` in word_division.json): Higashi Ajia, not "Higashiajia";
    and a direction that is a word of its own before such a name capitalised (Chūō Ajia).

    >>> from jpterms.romanize import Romanizer
    >>> Romanizer().romanize("東アジアの歴史")
    'Higashi Ajia no rekishi'
    """
    table = _rules()["direction_before_place"]
    directions, apart = table["words"], table["apart"]
    out = morphemes
    for k, m in enumerate(morphemes):
        if m.surface in apart and not m.proper and k + 1 < len(morphemes) and \
                "地名" in morphemes[k + 1].pos and foreign_name(morphemes[k + 1].surface):
            if out is morphemes:
                out = list(morphemes)
            out[k] = replace(m, proper=True)  # 中央 + アジア: Chūō Ajia
            continue
        head = directions.get(m.surface[:1])
        if head is None or len(m.surface) < 3 or m.words or m.locked or \
                m.source == "glossary" or not m.reading.startswith(head) or \
                not foreign_name(m.surface[1:]):
            continue
        place = m.reading[len(head):]
        if out is morphemes:
            out = list(morphemes)
        out[k] = replace(m, words=(head, place), capitals=(True, True), proper=True,
                         kana=f"{to_katakana(m.kana[:len(head)])} {m.kana[len(head):]}")
    return out


def clan_names() -> dict[str, str]:
    """The ancient clans (uji) whose people take the genitive の after the clan name, with
    their readings (``data/clan_names.tsv``).

    >>> clan_names()["藤原"]
    'ふじわら'
    """
    return clan_table()


def _court_house_first(written: str, readings: list[str]) -> list[str]:
    """``readings`` of a person JMnedict lists under several, those that begin with the
    name of a house of the court nobility read as the house reads it
    (``data/court_houses.tsv``) first: 綾小路きみまろ あやのこうじきみまろ before
    あやこうじきみまろ (*Ayanokōji Kimimaro*), as the house's name is read. Other names,
    and a person listed once, keep their order."""
    if len(readings) < 2:
        return readings
    houses = court_name_tables()[0]
    house = max((h for h in houses if houses[h] and written.startswith(h)), key=len,
                default="")
    if not house:
        return readings
    return sorted(readings, key=lambda r: not r.startswith(houses[house]))


def _suffix_read_away(span: list[Morpheme], found: list[Morpheme]) -> bool:
    """Whether ``found``, a reading of ``span`` whole, reads its last unit otherwise than as
    the suffix after a family name UniDic reads it as (:func:`honorific_after_name`): 森 +
    氏 is Mori-shi, "Mr Mori", not JMnedict's given name もりうじ. Nor is a family name
    alone before it read otherwise for the pair: 関 + さん is Seki-san, not Mozc's かんさん."""
    if len(span) < 2:
        return False
    own = hira(span[-1])
    read = "".join(map(hira, found))
    return bool(own) and honorific_after_name(span[-2], span[-1], own) and (
        not read.endswith(own) or (len(span) == 2 and read != hira(span[0]) + own))


def _one_word(span: list[Morpheme]) -> bool:
    """Whether a dictionary word made of these units is written as one word (Nihongo).

    Two units where one is a single kanji (語, 人, 的) or an affix make one word; two
    words of their own (日本語 + 教育) stay apart, as ALA-LC divides them.
    """
    if len(span) < 2 or len(span) > 3:
        return False
    if any(m.locked and len(m.words) > 1 for m in span):
        return False
    if span[-1].surface in _rules()["admin_suffixes"]:
        return False  # 千代田区 is Chiyoda-ku: the suffix keeps its hyphen
    if span[0].pos.startswith("接頭辞") and span[1].proper:
        return False  # 新日本 is Shin-Nihon: a prefix to a name keeps its hyphen
    short = [m for m in span if len(m.surface) == 1 or m.pos.startswith(("接頭辞", "接尾辞"))]
    return len(span) - len(short) <= 1


_UNVOICE = dict(zip("がぎぐげござじずぜぞだでど", "かきくけこさしすせそたてと", strict=True))
