"""A person's family and given names: a family name and a given name cut where the
dictionaries say (JMnedict's people, its family and given names, Mozc's names), a given
name in kana or composed of the readings its kanji take in names, a family name alone, a
listed person, a clan's name with の, and the pick between UniDic's, JMnedict's and Mozc's
readings of a name.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`PersonNames`
(``resolver.persons``), which reads the runs of nouns and the whole inputs the resolver
hands it with the resolver's dictionaries and Mozc. It owns two helpers in modules of
their own: the given names no dictionary lists, composed from their kanji's name readings
(:class:`~jpterms.composed_given.ComposedGivenNames`, ``persons.composed``), and the cuts
of a whole input of kanji into a family name and a given name
(:class:`~jpterms.whole_name_cuts.WholeNameCuts`, ``persons.whole_cuts``).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("小林芳規"), r.romanize("長谷川集平"), r.romanize("今井喬裕")
('Kobayashi Yoshinori', 'Hasegawa Shūhei', 'Imai Takahiro')
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jpterms.composed_given import ComposedGivenNames
from jpterms.division import rules as _rules
from jpterms.kana import (
    has_kanji,
    is_kana,
    is_kanji,
    mark_long_vowels,
    split_morae,
    to_hiragana,
    to_katakana,
)
from jpterms.morpheme_tests import (
    GIVEN,
    HIRAGANA_WORD,
    KANA_NAME,
    KATAKANA_WORD,
    MOZC_EVERYDAY,
    MOZC_MARGIN,
    MOZC_PERSON,
    MOZC_WHOLE_NAME,
    PEOPLE_INSIDE,
    PLACE,
    RULED,
    SOMEONE_OR_UNCLASSED,
    all_common_words,
    hira,
    is_kana_function_word,
    kana_honorific,
)
from jpterms.mozc_contexts import GIVEN_NAME_CONTEXT, PERSON_NAME_CONTEXT
from jpterms.reading_parts import (
    merge_units,
    on_joined,
    split_over_kanji,
    units_from,
)
from jpterms.rule_words import site_words
from jpterms.whole_name_cuts import WholeNameCuts, two_names

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.reading_index import IndexedReading
    from jpterms.readings import ReadingResolver

#: The old kana a given name may be written with, as they are spoken (こずゑ Kozue).
_SPOKEN_KANA = str.maketrans("ゑゐを", "えいお")
#: Given names JMnedict lists that end in a kanji read one way, for a kana given name
#: ending in that kanji to be read so (:meth:`PersonNames.kana_then_kanji_given`).
_NAME_END_NAMES = 100
#: Mozc's contexts of a given name, and of a person's name it lists in kana (トモヤ)
_MOZC_GIVEN = frozenset({PERSON_NAME_CONTEXT, GIVEN_NAME_CONTEXT})


class PersonNames:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` that read a person's
    name, each taking a run's units (or a whole input, or a family and a given name) and
    giving them back read as a name where the rule applies.

    >>> from jpterms.readings import ReadingResolver
    >>> persons = ReadingResolver().persons
    >>> persons.commonest("小倉", "こくら", ["こくら", "おぐら"], family=True)
    ('おぐら', ['おぐら', 'こくら'])
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver
        #: Given names no dictionary lists, composed from their kanji's name readings.
        self.composed = ComposedGivenNames(resolver)
        #: Whole inputs of kanji cut into a family name and a given name.
        self.whole_cuts = WholeNameCuts(resolver)

    @staticmethod
    def given_as_surname(written: str, entries: list[tuple[str, frozenset[str]]]) -> list[str]:
        """A given name of several kanji that JMnedict lists only as a family name is read
        as that family name (松平 + 定安: さだやす), rather than as a shorter given name with
        its last kanji left over as a suffix (定 さだむ + 安 やす: "Sadamuyasu")."""
        return [r for r, k in entries if "surname" in k and not k & PLACE]

    def listed_person(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of kanji that JMnedict lists as one notable person's full name
        (and as nothing else), read so and split where a family name JMnedict lists ends,
        whatever UniDic's units: 及能 + 正男 Kyūno Masao (UniDic: the conjunction 及び),
        勢古 + 浩爾 Seko Kōji, 五百城 + 文哉 Ioki Bunsai. Where JMnedict lists the person
        under two readings, the one whose given name is a listed reading of it comes
        first (阿部真之助 Shinnosuke, not Shin'osuke)."""
        resolver = self._resolver
        written = "".join(m.surface for m in morphemes)
        head = next((k for k, ch in enumerate(written) if not is_kanji(ch)), len(written))
        if not 3 <= len(written) <= 8 or not head or not all(
                is_kanji(ch) or is_kana(ch) for ch in written):
            return None
        if any(m.locked for m in morphemes) or kana_honorific(morphemes):
            return None
        entries = resolver.index.readings(written)
        people = resolver.people(written) or resolver.court.clan_name_readings(written)
        if not people or any(r.source == "jmdict" or r.kinds & PLACE for r in entries):
            return None
        # UniDic's own family name, where it found one, then two kanji, three, one, four
        first = morphemes[0]
        own = len(first.surface) if "人名-姓" in first.pos else 0
        best: tuple[tuple[int, int], str, str, int] | None = None
        for order, cut in enumerate(sorted((2, 3, 1, 4), key=lambda c: c != own)):
            family, given = written[:cut], written[cut:]
            if not given or cut > head or given[0] == "の":
                continue  # (kanji before kana: 鳥居 + かほり; 隆の里 is listed_name_with_no's)
            surnames = [r for r, k in resolver.names(family) if "surname" in k]
            given_entries = resolver.names(given)
            givens = {r for r, k in given_entries if k & GIVEN or k <= {"unclass"}}
            listed = {r for r, _ in given_entries}
            for reading in people:
                for fr in surnames:
                    gr = reading[len(fr):]
                    if not reading.startswith(fr) or not gr:
                        continue
                    # the rest read as a listed given name, else as a listed name of any
                    # kind, else as JMnedict's full name alone has it (after the の of a
                    # clan name: 藤原 + の + 道長)
                    core = gr[1:] if gr[0] == "の" and gr not in listed else gr
                    # (a given name in kana: as written, else in as many kana as JMnedict
                    # reads the whole, 鳥居 + かほり かおり; not こひな + 向しえ たしえ)
                    kana = is_kana(given) and len(core) == len(given)
                    tier = 0 if core in givens or (kana and core == to_hiragana(given)) \
                        else 1 if core in listed or kana else 2
                    key = (tier, order)
                    if best is None or key < best[0]:
                        best = (key, fr, gr, cut)
        if best is None:
            return None
        (tier, _), fr, gr, cut = best
        if tier == 2 and own and cut != own:
            # the listed reading parts at no family name of UniDic's unit and leaves no
            # given name JMnedict lists: a reading of its own (新納忠元 にいふただもと,
            # UniDic's 新納 にいろ + 忠元): not cut at another family name (新 にい +
            # 納忠元 "Futadamoto"); the other ways read the name
            return None
        for m in morphemes:  # a glossary word keeps its reading (or the person is not read)
            if m.source == "glossary" and (m.surface, hira(m)) not in (
                    (written[:cut], fr), (written[cut:], gr)):
                return None
        return self.split_person(morphemes, written[:cut], written[cut:], fr, gr, people)

    def listed_name_with_no(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of kanji with one の between them that JMnedict lists whole as one
        person's name (or a name of no kind) under one reading, and as nothing else: a
        wrestler's or a pen name with the の written out, read as listed and split after
        the family name. A person splits before a given name JMnedict lists read as the
        reading ends, where what comes before is a family name it lists read so (鳥羽の山
        + 喜充 とわのやま + よしみつ, was "Toba no yama Yoshimitsu"; 千代の富士 + 貢). A name
        of no kind (JMnedict's unclassified names are mostly places: 袋田の滝, 八幡の瀬戸)
        splits only after a family name of two kanji or more that at least
        :data:`PEOPLE_INSIDE` of its people bear, before a rest JMnedict does not list
        (矢崎 + 嵯峨の舎 やざき + さがのや, was "Yazaki Saga no sha"; not 津軽 + 湯の沢).
        :meth:`listed_person` reads such names written in kanji only."""
        resolver = self._resolver
        written = "".join(m.surface for m in morphemes)
        at = written.find("の")
        if (not 4 <= len(written) <= 10 or written.count("の") != 1 or not 0 < at < len(written) - 1
                or not all(is_kanji(ch) for ch in written.replace("の", ""))
                or any(m.locked or m.source == "glossary" for m in morphemes)):
            return None
        entries = resolver.index.readings(written)
        readings = {e.reading for e in entries}
        if len(readings) != 1 or not all(
                e.source == "jmnedict" and e.kinds and e.kinds <= {"person", "unclass"}
                for e in entries):
            return None
        reading = readings.pop()
        if "の" not in reading:
            return None
        if any("person" in e.kinds for e in entries):
            for cut in range(at + 2, len(written)):  # the longest given name first
                family, given = written[:cut], written[cut:]
                for gr in (r for r, k in resolver.names(given) if k & GIVEN):
                    fr = reading[: -len(gr)]
                    if reading.endswith(gr) and any(
                            r == fr and "surname" in k for r, k in resolver.names(family)):
                        return self.split_person(morphemes, family, given, fr, gr, [reading])
            return None
        for cut in range(at - 1, 1, -1):  # the longest family name first
            family, rest = written[:cut], written[cut:]
            if resolver.index.readings(rest):
                continue
            people = resolver.index.name_counts(family, family=True)
            for fr in (r for r, k in resolver.names(family) if "surname" in k):
                if (reading.startswith(fr) and "の" in reading[len(fr) + 1 :]
                        and people.get(fr, 0) >= PEOPLE_INSIDE):
                    return self.split_person(morphemes, family, rest, fr,
                                             reading[len(fr):], [reading])
        return None

    def family_with_no(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name with の written out that JMnedict lists under
        one reading and as a family name only (a stage or pen name's house: 月の家
        つきのや), then a given name in kana: the family name read as listed, the given
        name as written (月の家 + かがみ Tsukinoya Kagami, was "Tsuki no ie kagami")."""
        written = "".join(m.surface for m in morphemes)
        at = written.find("の")
        if at < 1 or written.count("の") != 1 or any(m.locked or m.source == "glossary"
                                                   for m in morphemes):
            return None
        for cut in range(at + 2, len(written) - 1):
            family, given = written[:cut], written[cut:]
            if not all(is_kanji(ch) for ch in family.replace("の", "")):
                return None
            if not KANA_NAME.fullmatch(given) or len(given) < 2:
                continue
            ends = list(itertools.accumulate(len(m.surface) for m in morphemes))
            if cut not in ends or any(
                    not m.pos.startswith(("名詞", "形状詞")) or m.surface in _rules()[
                        "hyphen_suffixes"] for m in units_from(morphemes, cut)):
                return None  # (a particle or an honorific: 月の家 + から, 月の家 + さん)
            entries = self._resolver.index.readings(family)
            readings = {e.reading for e in entries}
            if len(readings) != 1 or not all(
                    e.source == "jmnedict" and e.kinds == {"surname"} for e in entries):
                return None
            return self.split_person(morphemes, family, given, readings.pop(),
                                     to_hiragana(given), [])
        return None

    def kana_given(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name JMnedict lists, in kanji, and a given name in
        kana that UniDic does not take for one (尼 + 野 + ゆたか, an adjective to UniDic;
        中地 + シゲヨ): the family name read as JMnedict's people of that name read it,
        the given name as written."""
        resolver = self._resolver
        head, rest, family, given = _kanji_then_rest(morphemes)
        # katakana UniDic cuts into a particle, a symbol or a suffix (安野 + モ + ヨコ, 桜井
        # + セ + ン + リ) are one unknown word, after a family name UniDic tags as one;
        # katakana it reads as nouns are words (石木 + ダム, 川口 + バス + ストップ)
        katakana = bool(head) and "人名-姓" in head[-1].pos and \
            KATAKANA_WORD.fullmatch(given) is not None and \
            any(not m.pos.startswith(("名詞", "形状詞")) for m in rest)
        if (not head or not rest or len(family) > 4 or not 2 <= len(given) <= 6
                or not KANA_NAME.fullmatch(given)
                or any(m.locked or m.source == "glossary"
                       for m in (rest if katakana else morphemes))
                or ("人名-姓" in head[-1].pos and "人名-名" in rest[0].pos)
                or (not katakana and any(not m.pos.startswith(("名詞", "形状詞"))
                                         for m in rest))):
            return None
        entries = resolver.index.readings(family)
        if (any(r.source == "jmdict" for r in entries) and not katakana) or not any(
                "surname" in r.kinds for r in entries if r.source == "jmnedict"):
            return None
        fam = self._family_of(head)  # (a glossary's family name as it reads it: 金沢)
        if fam is None:
            return None
        if katakana:  # as written: UniDic's symbols read nothing of their own
            giv = merge_units(rest, _katakana_name_reading(given), given, "unidic",
                              "likely", ())
        else:
            giv = merge_units(rest, "".join(m.reading for m in rest),
                              "".join(m.kana for m in rest), "unidic", "likely", ())
        return [fam, replace(giv, proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def _family_of(self, head: list[Morpheme]) -> Morpheme | None:
        """The kanji before a given name in kana read as a family name: a glossary word
        alone as the glossary reads it (its reading has the last word), else as the words
        were read, the family name's own way (:meth:`family`); None where a glossary word
        is only part of it."""
        if len(head) == 1 and head[0].source == "glossary":
            return replace(head[0], proper=True, role="", pos="名詞-固有名詞-人名-姓")
        if any(m.source == "glossary" for m in head):
            return None
        fam = merge_units(head, "".join(m.reading for m in head),
                          "".join(m.kana for m in head), "unidic", "likely", ())
        return self.family(replace(fam, pos="名詞-固有名詞-人名-姓", proper=True))

    def listed_kana_given(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name JMnedict lists, in kanji, and a given name that
        JMnedict lists written in kana alone (:func:`jpterms.glosses.kana_given_name`),
        which UniDic reads as words (渡辺 + み + えこ "mi eko", 大島 + とも + よ, 岡崎 +
        えん "yen"): the family name as :meth:`kana_given` reads it, the given name as
        written (Watanabe Mieko, Ōshima Tomoyo, Okazaki En). Not after kanji that are a
        word UniDic takes for no family name (赤 + もみじ, 中華 + まん), nor after a
        glossary's word (長崎 + みつぐ stays), nor before kana that are one particle
        (逗子 + より "from Zushi"). Kana that UniDic itself begins with a given name after
        a family name it tags so are one given name too, listed or not (加藤 + みち + あき
        Katō Michiaki, was "Michi Aki"; on 8,708 Wikidata names 12 changed, all names now
        one word; no title of Aozora's or Wikipedia's changed). So are kana of two or more
        UniDic units that Mozc lists as the reading of a given name
        (:meth:`_mozc_given_reading`: 富安 + も + よこ Tomiyasu Moyoko, was "mo yoko"; 高石 +
        とも + や; but 山田 + でし + た stays "deshita"). A common word before a given
        name in hiragana is a family name where :meth:`_word_as_surname` says so (暁 +
        なつめ Akatsuki Natsume)."""
        resolver = self._resolver
        head, rest, family, given = _kanji_then_rest(morphemes)
        if (not head or not rest or len(family) > 4 or not 2 <= len(given) <= 6
                or not KANA_NAME.fullmatch(given) or any(m.locked for m in morphemes)
                or any(m.source == "glossary" for m in rest)
                or (len(rest) == 1 and "人名-名" in rest[0].pos)  # (UniDic's given name)
                or (len(rest) == 1 and is_kana_function_word(rest[0]))  # (逗子 + より)
                or not any("surname" in kinds for _, kinds in resolver.names(family))):
            return None
        worded = "人名-姓" not in head[-1].pos and any(
            r.source == "jmdict" for r in resolver.index.readings(family))
        if worded and not (len(head) == 1 and HIRAGANA_WORD.fullmatch(given) is not None
                           and self._word_as_surname(head[0], family + given)):
            return None  # a word before a word (赤 + もみじ, 中華 + まん)
        from jpterms.glosses import kana_given_name

        # (or kana that UniDic begins with a given name after its family name: 加藤 + みち
        # + あき, 柴田 + のり + よし, 横田 + みさ + を)
        begun = len(rest) > 1 and "人名-名" in rest[0].pos and "人名-姓" in head[-1].pos
        spoken = to_hiragana(given).translate(_SPOKEN_KANA)  # (いくを: いくお, as Mozc lists it)
        if not begun and not kana_given_name(given) and not (len(rest) > 1 and any(
                self._mozc_given_reading(kana) for kana in dict.fromkeys((given, spoken)))):
            return None
        fam = self._family_of(head)
        if fam is None or (worded and hira(fam) != hira(head[0])):
            return None  # (a word read as a family name as the word reads: 暁 あかつき)
        reading = spoken  # (こずゑ Kozue, としを Toshio)
        giv = merge_units(rest, resolver.mark(given, reading), to_katakana(reading), "jmnedict",
                          "likely", ())
        return [fam, replace(giv, proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def _word_as_surname(self, head: Morpheme, written: str) -> bool:
        """Whether ``head``, a common word before a given name in hiragana
        (:meth:`listed_kana_given`), may be a family name there: JMnedict lists it as a
        family name read as the word reads, and as no place under that reading, and no
        dictionary lists the whole ``written`` (暁 あかつき of 暁なつめ, Akatsuki Natsume,
        was "Akatsuki natsume"; 円 えん of 円つぶら). A word JMnedict lists as a place as
        well heads a title's phrase (源氏 げんじ of 源氏まつり stays "Genji matsuri"; it
        leaves 東宮たくみ, 天王はるか, people, to "Tōgū takumi"), and a word JMnedict does not
        list as a family name so read stays a word (赤 あか of 赤もみじ).

        >>> from jpterms.readings import ReadingResolver

        >>> from jpterms.morpheme import Morpheme
        >>> r = ReadingResolver()
        >>> dawn = Morpheme("暁", "アカツキ", "アカツキ", "名詞-普通名詞-一般")
        >>> genji = Morpheme("源氏", "ゲンジ", "ゲンジ", "名詞-普通名詞-一般")
        >>> r.persons._word_as_surname(dawn, "暁なつめ"), r.persons._word_as_surname(genji, "源氏まつり")
        (True, False)
        """
        resolver = self._resolver
        kinds = frozenset[str]().union(*(k for r, k in resolver.names(head.surface)
                                          if r == hira(head)))
        return "surname" in kinds and (
            "place" not in kinds or self._borne_before_kana_name(head, written)
        ) and not resolver.index.readings(written) and not resolver.mozc_readings(written)

    def _borne_before_kana_name(self, head: Morpheme, written: str) -> bool:
        """Whether ``head``, a word that JMnedict lists as a family name and a place, is a
        family name before the hiragana of ``written`` after it: at least
        :data:`PEOPLE_INSIDE` of JMnedict's people bear it, and the hiragana are no common
        word of JMdict's (川瀬 + はづき Kawase Hazuki, borne by nine, was "Kawase wa
        zuki"; but not 源氏 + まつり, borne by one, nor 星 + まつり "festival", 林 + あまり
        "remainder", unless JMnedict lists the whole person: :meth:`listed_person`)."""
        resolver = self._resolver
        kana = written[len(head.surface):]
        return sum(resolver.index.name_counts(head.surface, family=True).values()
                   ) >= PEOPLE_INSIDE and not any(
            r.source == "jmdict" and r.common for r in resolver.index.readings(kana))

    def _mozc_given_reading(self, kana: str) -> bool:
        """Whether Mozc lists a given name read ``kana`` (ともや: 智也, 友也; もよこ), as it
        lists no phrase of particles and endings (でした, のこと)."""
        if "mozc" not in self._resolver.sources:
            return False
        from jpterms.mozcdic import mozc_dictionary

        mozc = mozc_dictionary()
        node = mozc.walk(mozc.ROOT, to_hiragana(kana))
        return node is not None and any(w.left in _MOZC_GIVEN for w in mozc.words(node))

    def kana_then_kanji_given(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name JMnedict lists, in kanji, and a given name of
        kana and one kanji that ends given names that UniDic cuts into words (山田 + じん +
        子 "jinshi", 林家 + の + ん + 平): the family name as :meth:`kana_given` reads it,
        the given name as its kana and the reading JMnedict's given names most often give
        that kanji at their end (子 こ, 平 へい, ぺい after ん), where at least
        :data:`_NAME_END_NAMES` of them do."""
        resolver = self._resolver
        k = 0
        while k < len(morphemes) and all(is_kanji(ch)
                                         for ch in morphemes[k].surface):
            k += 1
        head, rest = morphemes[:k], morphemes[k:]
        if not head or len(rest) < 2 or any(m.locked or m.source == "glossary"
                                            for m in rest) or any(m.locked for m in head):
            return None
        last, kana = rest[-1], "".join(m.surface for m in rest[:-1])
        family = "".join(m.surface for m in head)
        if (len(family) > 4 or len(last.surface) != 1 or not has_kanji(last.surface)
                or not 2 <= len(kana) <= 4 or not KANA_NAME.fullmatch(kana)
                or last.surface in _rules()["not_given_name_ends"]["kanji"]):
            return None
        entries = resolver.index.readings(family)
        if (any(r.source == "jmdict" for r in entries) and "人名-姓" not in head[-1].pos) or \
                not any("surname" in r.kinds for r in entries if r.source == "jmnedict"):
            return None
        tails = resolver.index.name_part_counts(last.surface, head=False)
        if not tails:
            return None
        tail = max(tails, key=lambda r: (tails[r], r))
        if tails[tail] < _NAME_END_NAMES:
            return None
        if kana[-1] in "んン" and tail[0] in "はひふへほ":
            half = "ぱぴぷぺぽ"["はひふへほ".index(tail[0])] + tail[1:]
            if tails.get(half, 0) * 5 >= tails[tail]:
                tail = half  # のん + 平: ぺい, as 110 of JMnedict's 430 names ending 平 read it
        reading = to_hiragana(kana) + tail
        own = "".join(hira(m) for m in rest)
        fam = self._family_of(head)
        if fam is None:
            return None
        giv = merge_units(rest, resolver.mark(kana + last.surface, reading),
                          to_katakana(reading), "jmnedict", "possible",
                          (own,) if own and own != reading else ())
        return [fam, replace(giv, proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def kana_family(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name in kana that UniDic cuts into words and a given
        name in kanji, where Mozc lists the whole as a person read as the units read it
        (こう + の + 史代: Kōno Fumiyo, the manga artist, not "Kō no Fumiyo"): the kana are
        one family name."""
        resolver = self._resolver
        if len(morphemes) < 3 or "mozc" not in resolver.sources:
            return None
        *head, last = morphemes
        family = "".join(m.surface for m in head)
        if ("人名-名" not in last.pos or not has_kanji(last.surface) or last.locked
                or not 2 <= len(family) <= 5 or not KANA_NAME.fullmatch(family)
                or any(m.locked or m.source == "glossary" for m in head)):
            return None
        written = family + last.surface
        reading = "".join(hira(m) for m in morphemes)
        found = resolver.mozc_readings(written)
        if reading not in found or not resolver.mozc_contexts(written, reading) & MOZC_PERSON:
            return None
        fam = merge_units(head, resolver.mark(family, to_hiragana(family)), to_katakana(family),
                          "mozc", "likely", ())
        return [replace(fam, proper=True, role="", pos="名詞-固有名詞-人名-姓"),
                replace(last, proper=True)]

    def listed_mixed_given(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name in kanji that JMnedict lists and a given name of
        kanji and kana that it lists as a given name (a performer's name), whatever UniDic's
        units, cut between two of them: 立川 + 志らく Tachikawa Shiraku (was "Tachikawashi
        raku"), 柳家 + さん喬 Yanagiya Sankyō (was "Yanagiyasankyō"), 瀧川 + 鯉かん りかん
        (was "koi kan"). The family name is read as :meth:`kana_given` reads it, the given
        name as JMnedict lists it (the one Mozc writes so most cheaply); where JMnedict
        lists the whole as a person, both as it reads the person, cut after the family name
        (古今亭 + 志ん橋 ここんてい + しんきょう, was "Kokonteishi n hashi"; 立川 + 志の輔
        たてかわ). Not a given name it lists only as of no kind (桂 + さん福: its さんぷく,
        but さんふく)."""
        resolver = self._resolver
        written = "".join(m.surface for m in morphemes)
        if len(written) > 10 or not has_kanji(written) or not any(
                KANA_NAME.fullmatch(ch) for ch in written) or any(
                m.locked or m.source == "glossary" for m in morphemes):
            return None
        person = next(iter(resolver.people(written)), "")
        ends = list(itertools.accumulate(len(m.surface) for m in morphemes))[:-1]
        for k in range(len(ends) - 1, -1, -1):  # (the longest family name first)
            family, given = written[:ends[k]], written[ends[k]:]
            if not all(is_kanji(ch) for ch in family):
                continue
            surnames = [r for r, kinds in resolver.names(family) if "surname" in kinds]
            if person:  # (the person JMnedict lists, cut after its family name)
                fr = max((r for r in surnames if person.startswith(r) and len(person) > len(r)),
                         key=len, default="")
                if not fr:
                    continue
                if not has_kanji(given) or all(is_kanji(ch) for ch in given):
                    return None  # (舞風 + りら: a given name in kana, read by the others)
                fam = replace(merge_units(morphemes[:k + 1], resolver.mark(family, fr),
                                          to_katakana(fr), "jmnedict", "likely", ()),
                              proper=True, role="", pos="名詞-固有名詞-人名-姓")
                reading = person[len(fr):]
            else:
                listed = [r for r, kinds in resolver.names(given) if kinds & GIVEN]
                if not listed or not surnames or not has_kanji(given) or all(
                        is_kanji(ch) for ch in given):
                    continue
                found = self._family_of(morphemes[:k + 1])
                if found is None:
                    return None
                fam = found
                reading = (resolver.cheapest(given, listed) if "mozc" in resolver.sources
                           else listed[0])
            giv = merge_units(morphemes[k + 1:], resolver.mark(given, reading),
                              to_katakana(reading), "jmnedict", "likely", ())
            return [fam, replace(giv, proper=True, role="", pos="名詞-固有名詞-人名-名")]
        return None

    def split_person(self, morphemes: list[Morpheme], family: str, given: str, fr: str,
                     gr: str, people: list[str]) -> list[Morpheme] | None:
        """:meth:`listed_person`'s two words: ``family`` read ``fr``, ``given`` ``gr``."""
        return self._resolver.name_words(two_names(morphemes, family, given, fr, gr), 1,
                                         [fr + gr], "jmnedict",
                                         "likely" if len(people) == 1 else "possible")

    def person(self, run: list[Morpheme], s: int, *,
               whole: bool) -> tuple[int, list[Morpheme]] | None:
        """A family name at ``s`` followed by a given name: (end, the two words). The
        steps: no person where JMnedict knows the family name and what follows as a place
        (:meth:`_no_person_at`); a given name in kana; a whole input's given name ending
        in a name's last kanji or begun by a kanji read as no name
        (:meth:`_whole_given_first`); then the longest run of kanji after the family name
        that a dictionary lists as a given name or that reads as one
        (:meth:`_given_ending`), else one word no dictionary lists
        (:meth:`_unlisted_given`).

        >>> from jpterms.readings import ReadingResolver
        >>> from jpterms.morpheme import Morpheme
        >>> run = [Morpheme("小林", "コバヤシ", "コバヤシ", "名詞-固有名詞-人名-姓"),
        ...        Morpheme("芳規", "ヨシノリ", "ヨシノリ", "名詞-固有名詞-人名-名")]
        >>> end, words = ReadingResolver().persons.person(run, 0, whole=True)
        >>> end, [w.surface for w in words]
        (2, ['小林', '芳規'])
        """
        if self._no_person_at(run, s, whole=whole):
            return None
        family, nxt = run[s], run[s + 1]
        if ("人名-名" in nxt.pos and not has_kanji(nxt.surface) and not nxt.locked
                and (s + 2 == len(run) or not has_kanji(run[s + 2].surface))):
            # a given name in kana (深田 + みお; not あゆ + 香): the family name as most
            # people of that name read it (Fukada, not UniDic's Fukata), the given name
            # as written
            return s + 2, [self.family(family), replace(nxt, proper=True)]
        if whole and s == 0:
            first = self._whole_given_first(run)
            if first is not None:
                return first
        plain = False  # a given name UniDic reads as common nouns (英 + 重: ひでしげ)
        if not ("人名" in nxt.pos or nxt.confidence == "guess"):
            if not (whole and s == 0 and self._plain_given(run[1:])):
                return None
            plain = True
        reach = len(run) if plain else _given_reach(run, s)
        unread = any(m.confidence == "guess" for m in run[s + 1 : reach])
        for e in range(reach, s + 1, -1):
            if plain and e < reach:
                return None
            if unread and e < reach:
                break  # a character no dictionary reads would be left alone: read them together
            if whole and s == 0 and e < reach == len(run) and _lone_kanji_after(run, e):
                break  # (谷 + 衛 + 衝: no given name 衛 with 衝 left alone as a word; read
                # together, Mamorushō, as 照井 + 日出 + 喜 Hideki, not "Hide ki")
            found = self._given_ending(run, s, e, reach, whole=whole, plain=plain)
            if found is not None:
                return found
        return self._unlisted_given(run, s, reach, whole=whole)

    def _no_person_at(self, run: list[Morpheme], s: int, *, whole: bool) -> bool:
        """Whether :meth:`person` finds no person at ``s``: UniDic reads no family name
        there, nothing follows it, or JMnedict knows the whole input (東中山
        ひがしなかやま) or the family name and the kanji after it (谷川 + 岳 in a title,
        たにがわだけ) as a place and not as a person."""
        family = run[s]
        if "人名-姓" not in family.pos or s + 1 >= len(run):
            return True
        if whole and s == 0 and self._listed_place("".join(m.surface for m in run)):
            return True
        nxt = run[s + 1]
        return has_kanji(nxt.surface) and self._listed_place(family.surface + nxt.surface)

    def _listed_place(self, written: str) -> bool:
        """Whether JMnedict knows ``written`` as a place and not as a person or a given
        name."""
        known = self._resolver.index.readings(written)
        return any(r.kinds & PLACE for r in known) and not any(
            r.kinds & (GIVEN | {"person"}) for r in known)

    def _whole_given_first(self, run: list[Morpheme]) -> tuple[int, list[Morpheme]] | None:
        """A whole input's family name and a given name read before the listed given
        names are looked for: one that ends in a name's last kanji before an
        administrative suffix (:meth:`_given_with_name_end`), or one kanji read as no name
        before a listed given name (:meth:`ComposedGivenNames.head_then_given`)."""
        if len(run) == 3:
            ended = self._given_with_name_end(run)
            if ended is not None:
                return 3, ended
        made = self.composed.head_then_given(run[1:])
        if made is not None:
            return len(run), [self.family(run[0]), made]
        return None

    def _given_ending(self, run: list[Morpheme], s: int, e: int, reach: int, *, whole: bool,
                      plain: bool) -> tuple[int, list[Morpheme]] | None:
        """The family name at ``s`` and the given name ``run[s + 1 : e]`` (``reach``: the
        end of the longest given name), where JMnedict lists the whole as a person, lists
        the given name (or, at the longest, a family name of its spelling:
        :meth:`given_as_surname`), or its kanji compose one
        (:meth:`ComposedGivenNames.compose`); else None."""
        resolver = self._resolver
        family, given = run[s], run[s + 1 : e]
        given_written = "".join(m.surface for m in given)
        people = resolver.people(family.surface + given_written)
        if people:
            named = resolver.name_words(run[s:e], 1, people, "jmnedict")
            if named is not None:
                return e, named
        entries = resolver.names(given_written)
        readings = self.regular_first(given_written, [r for r, k in entries if k & GIVEN] + [
            r for r, k in entries if not k & GIVEN and (not k or k <= {"unclass"})])
        as_surname = not readings and e == reach > s + 2
        if as_surname:  # see given_as_surname
            readings = self.given_as_surname(given_written, entries)
        if readings:
            word = self._listed_given(given, entries, readings, plain=plain,
                                      as_surname=as_surname)
            return e, [self.family(family), word]
        # the rest of a whole input after its family name (宇山 + 久 + 兼, 足利 + 義 +
        # 尊): the given name, though UniDic reads its last kanji as a word or suffix
        rest = (whole and s == 0 and e == reach == len(run) and len(given) > 1
                and (given[-1].pos.startswith("接尾辞")
                     or any("surname" in k for _, k in entries)
                     or (len(given[-1].surface) == 1 and "人名" not in given[-1].pos
                         and len(family.surface) > 1)))
        # (a place or a word of that spelling is no reading of a given name)
        composed = None if e < reach or any(
            k & (GIVEN | {"person"}) or ("surname" in k and not rest)
            for _, k in entries) else self.composed.compose(
                given, whole=whole, rest=rest, nanori=rest and len(family.surface) > 1)
        if composed is not None:
            return e, [self.family(family), composed]
        return None

    def _listed_given(self, given: list[Morpheme], entries: list[tuple[str, frozenset[str]]],
                      readings: list[str], *, plain: bool, as_surname: bool) -> Morpheme:
        """The given name ``given`` read as one of its listed ``readings``
        (:meth:`_given_choice`), the others its alternatives."""
        resolver = self._resolver
        given_written = "".join(m.surface for m in given)
        unidic = "".join(hira(m) for m in given)
        chosen, readings = self._given_choice(given, entries, readings, plain=plain)
        chosen, readings = self.commonest(given_written, chosen, readings)
        alts = tuple(r for r in readings if r != chosen)[:5]
        word = merge_units(given, resolver.mark(given_written, chosen), to_katakana(chosen),
                           "jmnedict" if chosen != unidic else "unidic+jmnedict",
                           "possible" if alts or as_surname else "likely", alts)
        return replace(word, proper=True, role="", pos="名詞-固有名詞-人名-名")

    def _given_choice(self, given: list[Morpheme], entries: list[tuple[str, frozenset[str]]],
                      readings: list[str], *, plain: bool) -> tuple[str, list[str]]:
        """Which of the listed ``readings`` of the given name ``given`` is read, before
        :meth:`commonest` has its say, and the readings with it among them: a reading
        Mozc lists over a word's (:meth:`mozc_given_over_word`) or over a scholarly one
        (:meth:`unborne_sino_last`), else UniDic's where JMnedict lists it, else UniDic's
        own given name where Mozc writes it and writes it most cheaply, else the one Mozc
        writes most cheaply."""
        resolver = self._resolver
        given_written = "".join(m.surface for m in given)
        unidic = "".join(hira(m) for m in given)
        over = self.mozc_given_over_word(given_written, unidic, entries) if plain else None
        givens = [r for r, k in entries if k & GIVEN]
        unborne = self.unborne_sino_last(given_written, givens, [
            r for r, k in entries if not k & GIVEN and k and k <= {"unclass"}])
        if over is None and unborne and unborne[0] not in givens:
            # a warrior's name JMnedict also gives a scholarly reading (吉田 + 永憲
            # ながのり, not えいけん)
            over = unborne[0]
        if over is not None:
            # a word's spelling Mozc lists as a given name read otherwise (小川 + 時代
            # ときよ, not the word じだい "era")
            return over, [over, *(r for r in readings if r != over)]
        if (unidic in readings or unidic in {r for r, _ in entries}) and not (
                self._sino_mozc_does_not_write(given_written, unidic, readings)):
            # UniDic's reading stands where JMnedict lists it at all (橘 たちばな, a
            # surname JMnedict does not list as a given name: not the rare きつ)
            return unidic, readings if unidic in readings else [unidic, *readings]
        if (len(given) == 1 and "人名-名" in given[0].pos and given[0].source == "unidic"
                and resolver.mozc_cost(given_written, unidic) is not None):
            # UniDic's own given name, in one unit, read as JMnedict does not list it
            # but Mozc writes it (忠栄 ただひで; JMnedict's ちゅうえい only): it competes
            # with the listed readings for Mozc's cheapest (Matsudaira Tadahide)
            chosen = resolver.cheapest(given_written, [*readings, unidic])
            return chosen, [unidic, *readings] if chosen == unidic else readings
        return resolver.cheapest(given_written, readings), readings

    def _unlisted_given(self, run: list[Morpheme], s: int, reach: int, *,
                        whole: bool) -> tuple[int, list[Morpheme]] | None:
        """A given name no dictionary lists (``run[s + 1 : reach]``): composed from the
        readings its kanji take in names (:meth:`ComposedGivenNames.compose`), else its
        characters as UniDic reads them, one word (or as
        :meth:`ComposedGivenNames.combining` reads two); None where it is one unit UniDic
        reads."""
        resolver = self._resolver
        family, given = run[s], run[s + 1 : reach]
        if not given or (len(given) == 1 and given[0].confidence != "guess"):
            return None
        composed = self.composed.compose(given, whole=whole)
        if composed is not None:
            return s + 1 + len(given), [self.family(family), composed]
        written = "".join(m.surface for m in given)
        unidic = "".join(hira(m) for m in given)
        reading = self.composed.combining(given) or unidic
        sources = "+".join(dict.fromkeys(m.source for m in given))
        word = merge_units(given, resolver.mark(written, reading), to_katakana(reading),
                           sources, "guess", (unidic,) if reading != unidic else ())
        word = replace(word, proper=True, role="", pos="名詞-固有名詞-人名-名")
        fam = self.family(family)
        return s + 1 + len(given), [fam, word]

    def listed_sino_pair(self, run: list[Morpheme], s: int) -> Morpheme | None:
        """A family name and a given name of one kanji each that UniDic reads at ``s``,
        before a common noun read the Chinese way throughout, where a list (Mozc, JMdict,
        JMnedict) gives the two kanji together a reading read the Chinese way throughout:
        one Sino-Japanese word, not a person (明浄 + 学院 めいじょうがくいん, was the person
        明 Kiyoshi; 天賜 + 礼 てんしれい, was 天 Tamau). Each kanji keeps the on reading
        UniDic gives it, else takes the listed word's reading of it (浄 じょう of Mozc's
        みょうじょう). None where it is not so (林 + 忠 + 旭 あさひ: no Sino-Japanese word
        after the name, and no list reads 林忠), or where JMnedict lists the two as a
        person or a given name, or Mozc only so. (Development: 2 rows right that were
        wrong, none the other way.)"""
        resolver = self._resolver
        if s + 2 >= len(run):
            return None
        family, given, after = run[s], run[s + 1], run[s + 2]
        if ("人名-姓" not in family.pos or "人名-名" not in given.pos
                or any(len(m.surface) != 1 or not is_kanji(m.surface) or m.locked
                       or m.source != "unidic" for m in (family, given))
                or after.proper or not after.pos.startswith("名詞-普通名詞")
                or set(resolver.on_kun(after.surface, hira(after)) or ["kun"]) != {"on"}):
            return None
        written = family.surface + given.surface
        if any(r.kinds & (GIVEN | {"person"}) for r in resolver.index.readings(written)):
            return None  # (a person JMnedict lists: a Chinese name read on, 孫 + 文)
        listed = [*((r, "mozc") for r in resolver.mozc_readings(written)),
                  *((r.reading, r.source) for r in resolver.index.readings(written))]
        for reading, source in listed:
            if source == "mozc" and resolver.mozc_contexts(written, reading) & _MOZC_GIVEN:
                continue  # (Mozc's person or given name: 李 + 斯 りし, 周 + 瑜)
            pieces = split_over_kanji(written, reading, resolver.index)
            if pieces is None or len(pieces) != 2 \
                    or "kun" in (resolver.on_kun(written, reading) or ["kun"]):
                continue
            own = [hira(m) if "on" in resolver.reading_kinds(m.surface, hira(m)) else piece
                   for m, (piece, _) in zip((family, given), pieces, strict=True)]
            joined = on_joined(own)
            word = merge_units([family, given], resolver.mark(written, joined),
                               to_katakana(joined), source if joined == reading
                               else "unidic+" + source, "possible",
                               (reading,) if reading != joined else ())
            return replace(word, pos="名詞-固有名詞-一般")
        return None

    def family_on_pair(self, run: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of two kanji, one unit each, that UniDic reads as a family name
        and a common noun or a given name, read as one word where the two kanji together
        form one, or as a Chinese person (None where neither is so):

        - before a given name, where Mozc lists the two kanji, read as UniDic reads them,
          as a word and not as a name: 宣和 せんわ, the era (was the given name のぶかず;
          Mozc's 宣 + 和 of the person, 1922, is no word).
        - before a common noun, a family name UniDic reads the Chinese way (on), where no
          list knows the two kanji together and JMnedict does not list the family name
          with that reading: a coined name read the Chinese way throughout, each kanji as
          UniDic reads it where that is on, else in its commonest on reading
          (:meth:`ReadingResolver.commonest_on`): 宝 ほう + 陵 りょう Hōryō, a school's (was Takara ryō:
          JMnedict's family name 宝 is たから or とみ, never ほう).
        - a family name JMnedict lists with that reading, before a word UniDic reads the
          Japanese way: a Chinese person (no Japanese given name is a common noun read
          after a family name read on), the given name read the Chinese way in its
          commonest on reading, a guess: 盧 ろ + 楚 Ro So (was Rō suwae), 袁 えん + 翻 En
          Hon (was En koboshi). Before a word UniDic reads the Chinese way it stands (李 り
          + 萍 Ri Hei, 毛 もう + 部), and so does one that ends no given name (李 + 町, 国).

        An administrative suffix is never the second unit (李 + 町 Ri-chō).

        (Development: 2 rows right that were wrong, none the other way; the Chinese person
        2 more, none the other way.)"""
        resolver = self._resolver
        family, word = run
        if ("人名-姓" not in family.pos or word.surface in _rules()["admin_suffixes"]
                or not word.pos.startswith(("名詞-普通名詞", "名詞-固有名詞-人名-名"))
                or any(len(m.surface) != 1 or not is_kanji(m.surface) or m.locked
                       or m.source != "unidic" for m in run)):
            return None
        if word.pos.endswith("人名-名"):
            return self._mozc_word_pair(run)
        if "on" not in resolver.reading_kinds(family.surface, hira(family)):
            return None
        written = family.surface + word.surface
        if resolver.index.readings(written) or resolver.mozc_readings(written):
            return None
        on = "on" in resolver.reading_kinds(word.surface, hira(word))
        second = hira(word) if on else resolver.commonest_on(word.surface)
        if not second:
            return None
        if any(r == hira(family) and "surname" in k for r, k in resolver.names(family.surface)):
            if on or word.surface in _rules()["not_given_name_ends"]["kanji"]:
                return None
            return self._chinese_given_on(family, word, second)
        return [self._coined_on_pair(run, second)]

    def _mozc_word_pair(self, run: list[Morpheme]) -> list[Morpheme] | None:
        """A family name and a given name of one kanji each (see :meth:`family_on_pair`)
        as one word where Mozc lists the two, read as UniDic reads them, as a word and as
        no name (宣和 せんわ, the era); else None."""
        resolver = self._resolver
        written = "".join(m.surface for m in run)
        own = "".join(hira(m) for m in run)
        contexts = resolver.mozc_contexts(written, own)
        if not contexts or contexts & MOZC_WHOLE_NAME:
            return None
        merged = merge_units(run, resolver.mark(written, own), to_katakana(own), "unidic+mozc",
                             "possible", ())
        return [replace(merged, proper=True, pos="名詞-固有名詞-一般")]

    def _chinese_given_on(self, family: Morpheme, word: Morpheme, reading: str
                          ) -> list[Morpheme]:
        """A Chinese person (see :meth:`family_on_pair`): the family name as UniDic reads
        it, and ``word`` as the given name read ``reading``, a guess (盧 + 楚 そ)."""
        given = replace(word, reading=self._resolver.mark(word.surface, reading),
                        kana=to_katakana(reading), source="kanjidic", confidence="guess",
                        alternatives=(hira(word),), proper=True, role="",
                        pos="名詞-固有名詞-人名-名")
        return [replace(family, proper=True, role=""), given]

    def _coined_on_pair(self, run: list[Morpheme], second: str) -> Morpheme:
        """Two kanji (see :meth:`family_on_pair`) as one coined name read the Chinese way,
        the first as UniDic reads it and the second ``second`` (宝陵 ほうりょう)."""
        resolver = self._resolver
        written = "".join(m.surface for m in run)
        own = "".join(hira(m) for m in run)
        reading = on_joined([hira(run[0]), second])
        merged = merge_units(run, resolver.mark(written, reading), to_katakana(reading),
                             "unidic" if reading == own else "kanjidic", "possible",
                             (own,) if reading != own else ())
        return replace(merged, proper=True, pos="名詞-固有名詞-一般")

    def _given_with_name_end(self, run: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of a family name of two kanji or more, one kanji UniDic reads as
        a given name and an administrative suffix (村, 町: data ``admin_suffixes``), where
        JMnedict lists the last two kanji as a name only (no place, no word) and no list
        knows the whole: a person whose given name ends with that kanji, read as Mozc
        writes it most cheaply among JMnedict's readings that end as two of JMnedict's
        two-kanji given names at least end with it (村 むら, 8 names; 市 いち; not 町
        まち, 1 name: 山田 + 正町 stays): 本多 + 忠村 ただむら (was the
        village "Hondatadashi-mura"), 浪岡 + 顕村 あきむら, as JMnedict's 三浦光村 and
        赤松義村 are read. A place is a place's name and the suffix, and a place's name is
        seldom a family name and a given name (宝江村: a family name of one kanji).
        (Development: 2 rows right that were wrong, none the other way.)"""
        resolver = self._resolver
        family, head, end = run
        if (len(family.surface) < 2 or "人名-名" not in head.pos or len(head.surface) != 1
                or not is_kanji(head.surface) or head.locked or end.locked
                or end.surface not in _rules()["admin_suffixes"]):
            return None
        written = head.surface + end.surface
        entries = resolver.names(written)
        if not entries or any(not k or not k <= SOMEONE_OR_UNCLASSED | {"person"}
                              for _, k in entries) or any(
                r.source == "jmdict" for r in resolver.index.readings(written)):
            return None
        whole = "".join(m.surface for m in run)
        if resolver.index.readings(whole) or resolver.mozc_readings(whole):
            return None
        tails = resolver.index.name_part_counts(end.surface, head=False)
        readings = [r for r in dict.fromkeys(r for r, _ in entries)
                    if any(r.endswith(t) and n >= 2 for t, n in tails.items())]
        if not readings:
            return None  # (given names seldom end so: 町 まち ends one)
        chosen = resolver.cheapest(written, readings)
        word = merge_units([head, end], resolver.mark(written, chosen), to_katakana(chosen),
                           "jmnedict", "possible",
                           tuple(r for r in readings if r != chosen)[:4])
        return [self.family(family), replace(word, proper=True, role="",
                                             pos="名詞-固有名詞-人名-名")]

    def _sino_mozc_does_not_write(self, written: str, reading: str,
                                  readings: list[str]) -> bool:
        """Whether ``reading`` (UniDic's) of the given name ``written`` reads each of its
        kanji the Chinese way only, and Mozc does not write the name so but writes it as
        another of JMnedict's ``readings`` (富樫 + 泰俊 やすとし, not たいしゅん), or writes
        another more cheaply by more than :data:`MOZC_MARGIN` (井上 + 正順 まさより 6456,
        not せいじゅん 8017; but 橋口 + 隆吉 stays りゅうきち, 6221 against たかよし 6219).
        (Development: 5 rows fixed, none broken; without the margin 6 fixed, 2 broken.)"""
        resolver = self._resolver
        if "mozc" not in resolver.sources or len(written) < 2:
            return False
        pieces = split_over_kanji(written, reading, resolver.index)
        if pieces is None or len(pieces) != len(written) or not all(
                resolver.reading_kinds(ch, piece) == {"on"} for piece, ch in pieces):
            return False  # (asked first: cheaper than Mozc's costs)
        own = resolver.mozc_cost(written, reading)
        others = [c for r in readings if r != reading
                  and (c := resolver.mozc_cost(written, r)) is not None]
        return bool(others) and (own is None or own > min(others) + MOZC_MARGIN)

    def regular_first(self, written: str, readings: list[str],
                       others: Collection[str] = ()) -> list[str]:
        """``readings`` of the given name ``written`` (two kanji or more) with those that
        split over its kanji (:func:`split_over_kanji`: KANJIDIC2's readings, name
        readings and their voiced forms) before those that do not, so that where neither
        UniDic, Mozc nor JMnedict's people decide, a regular reading is taken: 房郎 ふさお,
        not JMnedict's given name すえじろう; 奈智美 なちみ, not ちなみ. Where none of
        ``readings`` splits, the ones of ``others`` that do (JMnedict's readings of the
        spelling as a name of no kind) come first: 秀朝 ひでとも (Mozc's reading too),
        not JMnedict's given name ひどても, a slip.

        Of JMnedict's people whose given name of two or three kanji JMnedict lists both
        ways, 8,934 bear a reading that splits and 372 one that does not (of those whose
        spelling two people at most bear, 1,457 against 269). Dev readings +3 -0; on
        JMnedict's people read with their entries set aside +17 -16, a measure that
        favours the irregular readings, JMnedict's given names listing each person's own
        reading."""
        resolver = self._resolver
        if not readings or len(written) < 2:
            return readings
        regular = [r for r in readings if split_over_kanji(written, r, resolver.index) is not None]
        if len(regular) == len(readings):
            return readings
        if not regular:
            regular = [r for r in dict.fromkeys(others)
                       if split_over_kanji(written, r, resolver.index) is not None]
        return [*regular, *(r for r in readings if r not in regular)]

    def unborne_sino_last(self, written: str, readings: list[str],
                           others: Collection[str]) -> list[str]:
        """``readings`` (JMnedict's given names of the spelling ``written``, two kanji or
        more) after ``others`` (its names of no known kind) that Mozc writes or that read
        each kanji the Japanese way only, where every one of ``readings`` reads each kanji
        the Chinese way only and no counted person bears it nor Mozc writes it: such a
        given name is a scholarly reading of a warrior's or a courtier's name (禰寝 + 清年
        せいねん, JMnedict's given name; きよとし, its name of no kind; 吉田 + 永憲
        ながのり, not えいけん; 馬場 + 正尊 まさたか, Mozc's, not しょうそん)."""
        resolver = self._resolver
        if len(written) < 2 or not readings or not others:
            return readings
        counts = resolver.index.name_counts(written)
        if any(counts.get(r) or resolver.mozc_cost(written, r) is not None
               or not resolver.read_as(written, r, {"on"}) for r in readings):
            return readings
        first = [r for r in dict.fromkeys(others) if r not in readings and (
            resolver.mozc_cost(written, r) is not None or resolver.read_as(written, r, {"kun"}))]
        return [*first, *readings] if first else readings

    def listed_pair_named(self, out: list[Morpheme]) -> list[Morpheme]:
        """Two words side by side that JMnedict lists together as one person, read as it
        reads the person, the second a common noun to UniDic: that second word is the
        person's name too, capitalised (和泉 + 式部 of 和泉式部日記: *Izumi Shikibu nikki*,
        was "Izumi shikibu"), as 紫式部日記's already was.

        >>> from jpterms.morpheme import Morpheme
        >>> from jpterms.readings import ReadingResolver
        >>> [m.proper for m in ReadingResolver().persons.listed_pair_named([
        ...     Morpheme("和泉", "イズミ", "イズミ", "名詞-固有名詞-地名-一般", proper=True),
        ...     Morpheme("式部", "シキブ", "シキブ", "名詞-普通名詞-一般"),
        ...     Morpheme("日記", "ニッキ", "ニッキ", "名詞-普通名詞-一般")])]
        [True, True, False]
        """
        for k in range(len(out) - 1):
            first, second = out[k], out[k + 1]
            if not first.proper or second.proper or second.words or second.locked or \
                    not (has_kanji(first.surface) and has_kanji(second.surface)):
                continue
            if hira(first) + hira(second) in self._resolver.people(first.surface + second.surface):
                out = [*out[:k + 1], replace(second, proper=True), *out[k + 2:]]
        return out

    def lone_given_as_word(self, out: list[Morpheme]) -> list[Morpheme]:
        """A unit of two kanji or more that UniDic reads as a given name, standing between
        particles, marks or the ends of the text, whose written form JMdict lists as a
        word by other readings only, is that word: 一房 + の + 葡萄 *Hitofusa no budō*
        (Arishima's story; UniDic's given name かずふさ). Beside a noun or an affix it is
        a name's part and stays (横井 + 清, 倉石 + 平, 千秋 + 村); so does a name JMdict does
        not list (清光 きよみつ), and a name of one kanji, which a story calls its people by
        (健は, 学が). The resolver does not ask this of a whole input that is the name alone.

        >>> from jpterms.morpheme import Morpheme
        >>> from jpterms.readings import ReadingResolver
        >>> [(m.kana, m.proper) for m in ReadingResolver().persons.lone_given_as_word([
        ...     Morpheme("一房", "カズフサ", "カズフサ", "名詞-固有名詞-人名-名", proper=True)])]
        [('ヒトフサ', False)]
        """
        for k, m in enumerate(out):
            if ("人名-名" not in m.pos or m.locked or m.source == "glossary"
                    or len(m.surface) < 2 or not all(is_kanji(ch) for ch in m.surface)
                    or (k and out[k - 1].pos.startswith(_NOMINAL))
                    or (k + 1 < len(out) and out[k + 1].pos.startswith(_NOMINAL))):
                continue  # (a noun or an affix beside it: a family name, a place's suffix)
            words = [e for e in self._resolver.index.readings(m.surface) if e.source == "jmdict"]
            if not words or any(e.reading == hira(m) for e in words):
                continue
            word = next((e for e in words if e.common), words[0])
            kana = to_katakana(word.reading)
            out = [*out[:k], replace(m, reading=self._resolver.mark(m.surface, word.reading),
                                     kana=kana, proper=False, pos="名詞-普通名詞-一般",
                                     source="jmdict", confidence="possible",
                                     alternatives=(hira(m), *m.alternatives)[:4]),
                   *out[k + 1:]]
        return out

    def family(self, family: Morpheme) -> Morpheme:
        """A family name before a given name, read as most of JMnedict's people of that
        name read it where UniDic's reading is clearly the rarer (:meth:`commonest`)."""
        resolver = self._resolver
        if family.locked or family.source == "glossary":
            return family
        unidic = hira(family)
        readings = [r for r, k in resolver.names(family.surface) if "surname" in k]
        start = unidic
        if readings and unidic not in readings and not any(
                r.reading == unidic and r.source == "jmdict"
                for r in resolver.index.readings(family.surface)):
            # UniDic reads it as no family name JMnedict lists, nor as a word (喜舎場 ちしゃば,
            # the place's reading; but 下総 しもうさ, the province): the listed family name
            # Mozc writes that way most cheaply (きしゃば)
            start = resolver.cheapest(family.surface, readings)
        chosen, ranked = self.commonest(family.surface, start, readings, family=True)
        if chosen == unidic:
            return replace(family, proper=True)
        alts = tuple(r for r in ranked if r != chosen)[:5]
        word = merge_units([family], resolver.mark(family.surface, chosen), to_katakana(chosen),
                           "jmnedict", "possible", alts)
        return replace(word, proper=True, role="", pos=family.pos)

    def mozc_person(self, person: list[Morpheme], *, written: str = "") -> list[Morpheme]:
        """A whole input read as a name, read as Mozc reads it (see
        :meth:`jpterms.mozc_whole_words.MozcWholeWords.mozc_whole`) where Mozc lists the
        whole written so, not as the parts were read, and JMnedict lists it as nothing, or
        only as a person that Mozc lists under a name's context and reads otherwise. 小林未郁
        is *Kobayashi Mika* (JMnedict's given names have 未郁 only as みいく), 海野つなみ *Umino Tsunami*, 大聖寺藩 だいしょうじはん (藩 is no
        given name まもる), 北条泰時 *Hōjō Yasutoki* (JMnedict's person: よしとき). Where
        the two disagree on a person, Wikipedia's reading (the titles of
        jawiki-kana-kanji-dict) is Mozc's for 41 names and JMnedict's for 9. JMnedict's
        の of a clan name, which Mozc's readings leave out, stays (坂田金時 Sakata no
        Kintoki). ``written``: the name in the old kanji forms it was written in, which
        Mozc may list where it has no modern spelling (岩崎啓眞). JMnedict's person stands
        where Mozc's whole reads the given name as Mozc does not write it alone
        (:meth:`_mozc_given_disagrees`: 滝川一益 Kazumasu, not Ichimasu)."""
        resolver = self._resolver
        as_written, written = written, "".join(m.surface for m in person)
        if len(written) < 3 or "mozc" not in resolver.sources:
            return person
        listed = resolver.index.readings(written)
        if any(r.source != "jmnedict" or "person" not in r.kinds for r in listed):
            return person
        spelled, found = resolver.mozc_walk_as_written(written, as_written)
        if not found:
            return person
        top = min(found, key=lambda r: (found[r][0], r))
        contexts = resolver.mozc_contexts(spelled, top)
        if (listed and (not contexts or not contexts <= MOZC_PERSON)) or any(
                r.reading.replace("の", "") == top.replace("の", "") for r in listed):
            return person
        if listed and self._mozc_given_disagrees(person, top):
            return person  # (JMnedict's person and Mozc's given name alone agree)
        return resolver.mozc_words.mozc_whole(person, over_listed=True, written=as_written)

    def _mozc_given_disagrees(self, person: list[Morpheme], top: str) -> bool:
        """Whether Mozc's reading ``top`` of a whole name (a family name and a given name
        of two kanji or more, ``person``) reads the given name as Mozc does not write it
        alone, where Mozc writes it alone as another reading JMnedict lists as a given
        name. Where JMnedict lists the person, its reading then stands (滝川 + 一益: Mozc's
        whole たきがわいちます, but 一益 alone かずます, as JMnedict reads the person: Takigawa
        Kazumasu). Not asked of every whole name Mozc reads
        (:meth:`jpterms.mozc_whole_words.MozcWholeWords.mozc_whole`): there it fixes 1
        development row (加藤嘉明 Yoshiaki) and breaks 8 (上杉憲寛 のりひろ, 李宗仁 りそうじん)."""
        resolver = self._resolver
        if len(person) != 2 or len(person[1].surface) < 2:
            return False
        family, given = hira(person[0]), person[1].surface
        if not family or not top.startswith(family):
            return False
        alone = resolver.mozc_readings(given)
        listed = {r for r, k in resolver.names(given) if k & GIVEN or k <= {"unclass"}}
        return top[len(family):] not in alone and bool(listed & set(alone))

    def rare_word_as_given(self, given: str, reading: str) -> bool:
        """Whether ``given`` after a clan's name (:meth:`CourtNames.clan_of`) is a word only JMdict
        lists, read ``reading``, and no common one, which may be a given name of those
        centuries (橘 + 氏人 うじひと "clansman": Tachibana no Ujihito); a common word
        (中臣 + 神社, 蘇我 + 高麗 こうらい) is none, nor one that ends as a site's name does
        (藤原 + 氏寺 うじでら, the clan's temple). Its kanji must still read the Japanese
        way, as :meth:`CourtNames.clan_of` asks of every given name."""
        entries = self._resolver.index.readings(given)
        return (len(given) == 2 and not given.endswith(site_words())
                and any(r.source == "jmdict" and r.reading == reading for r in entries)
                and not any(r.source == "jmdict" and r.common for r in entries)
                and not any(r.kinds & PLACE for r in entries))

    def mozc_given(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of two units, a family name JMnedict lists so read (倉石 くらいし,
        松浦) and a common word read as a given name JMnedict lists (平 おさむ, 大悟
        だいご), that Mozc lists whole so read as a name (its context a name; Mozc files
        many shrines and places under one too, 中村神社, hence JMnedict's word on both
        parts): the second unit is the given name, a word with a capital (Kuraishi Osamu,
        Matsuura Daigo; was Kuraishi osamu, Matsuura daigo)."""
        resolver = self._resolver
        if (len(out) != 2 or not out[0].proper or out[1].proper or out[1].locked
                or out[1].source == "glossary" or not out[1].pos.startswith("名詞")
                or out[1].surface in _rules()["admin_suffixes"]
                or any(s in m.source for m in out for s in RULED if s != "mozc")
                or not all(has_kanji(m.surface) and m.kana for m in out)):
            return out
        written = out[0].surface + out[1].surface
        reading = hira(out[0]) + hira(out[1])
        if not any(r == hira(out[1]) and k & GIVEN for r, k in resolver.names(out[1].surface)):
            return out
        if not any(r == hira(out[0]) and "surname" in k for r, k in resolver.names(out[0].surface)):
            return out
        if not MOZC_PERSON >= resolver.mozc_contexts(written, reading) != set():
            return out
        return [out[0], replace(out[1], proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def name_kanji_inside(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A kanji UniDic reads alone as a whole given name (哲 あきら, 翼 つばさ, 碩 ひろし)
        inside a run of nouns, with no name before or after it (三 + 哲 + 神社, 翼 + 細胞,
        熊本市立 + 碩 + 台): no one's given name, but a part of a word, read the Chinese way
        (:meth:`ReadingResolver.commonest_on`): San Tetsu jinja, yoku saibō (was San Akira
        jinja, Tsubasa saibō, Hiroshi dai); one word with the unit after it where Mozc
        lists the two so, its first kanji read the Chinese way (碩台 せきだい: Sekidai).
        Not where JMnedict lists it with the unit
        after it (敬 + 祐 けいすけ), nor next to a family or given name (野崎 + 武 + 吉郎),
        where the names' own passes read it. (Development: 5 rows fixed, none broken;
        reading its neighbours' names, as a name's first kanji, fixed 4 more and broke 4.)"""
        resolver = self._resolver
        out = list(morphemes)
        k = -1
        while k + 2 < len(out):
            k += 1
            m, nxt = out[k], out[k + 1]
            if (len(m.surface) != 1 or not has_kanji(m.surface) or "人名-名" not in m.pos
                    or m.locked or m.source == "glossary" or len(hira(m)) < 3
                    or not has_kanji(nxt.surface) or not nxt.pos.startswith("名詞")):
                continue
            ch = m.surface
            if any(r.source == "jmnedict" for r in resolver.index.readings(ch + nxt.surface)):
                continue  # a name listed whole (敬 + 祐: けいすけ): the name's own pass reads it
            before = out[k - 1] if k else None
            if (before is not None and "人名" in before.pos) or "人名" in nxt.pos:
                continue
            pair = ch + nxt.surface
            top = resolver.mozc_cheapest(pair)
            pieces = split_over_kanji(pair, top, resolver.index) if top else None
            if pieces and "on" in resolver.reading_kinds(ch, pieces[0][0]):
                # Mozc lists the two as one word (碩台 せきだい): one word, read so
                out[k : k + 2] = [merge_units([m, nxt], resolver.mark(pair, top),
                                              to_katakana(top), "mozc", "possible",
                                              (hira(m) + hira(nxt),))]
                continue
            new = resolver.commonest_on(ch)
            if not new or new == hira(m):
                continue
            out[k] = replace(m, reading=resolver.mark(ch, new), kana=to_katakana(new),
                             alternatives=(hira(m), *m.alternatives)[:4])
        return out

    def whole_name(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of three to five kanji that no dictionary knows as a word or a
        place, split where JMnedict knows a family name before and a given name after
        (長谷川 + 集平, 日野 + 強, 石波 + 杏), whatever UniDic's units: two words (see
        :meth:`WholeNameCuts.split`); but not common words read as a person whose given
        name is their last word (see :meth:`_word_as_given`), nor a given name alone that
        JMnedict lists (as a given name only) as UniDic reads it: 美奈斗 みなと, not the
        family name 美奈 and 斗 はかる (development: 1 row right that was wrong, none the
        other way)."""
        person = self.whole_cuts.split(morphemes)
        if person is not None and self._word_as_given(morphemes, person):
            return None
        return person

    def _word_as_given(self, morphemes: list[Morpheme], person: list[Morpheme]) -> bool:
        """Whether ``person`` (family and given name) reads UniDic's common words
        (:func:`all_common_words`) as a person whose given name is the last unit, one kanji
        UniDic reads as a word JMdict marks common, by another reading: 見立 + 絵 え (a
        picture), not the woman's name ぬい; 法貴 + 発 はつ, not ひらく; 三角 + 数 すう, not
        かず (though JMdict marks かず common too). A given name UniDic reads by no common
        word's reading (石波 + 杏: キョウ, not あんず) stays.

        Nor is a word a given name that no dictionary lists as a name (a guess) where
        UniDic reads it as one common noun, or JMdict lists it as a word, of two kanji or
        more, read so: 東大寺 + 要録 ようろく, a temple's digest, not the family 東大寺
        (ひがしおおじ) and the given name Yōroku.

        Nor is a place read as a person whose given name ends in the site word of data
        ``site_words`` that UniDic reads as a suffix ending the input, read otherwise:
        富士見 + 庵 あん (a hermitage; not the given name いおり), 柳野 + 城 じょう (a castle;
        not 柳 + 野城 のしろ). (Dev: 2 rows right that were wrong, none the other way; any
        suffix of one kanji instead: 3 right, 13 wrong, given names UniDic takes for
        suffixes, 新田 + 洋 ひろし.) Nor is one whose given name is a suffix that voices
        after a noun (data ``rendaku``) read otherwise: 大社 + 造 つくり, the style of the
        shrine, not the family 大社 おおこそ and the given name いたる (JMnedict lists no
        person of a two-kanji family name and the given name 造)."""
        if len(person) != 2:
            return False
        given, unit = person[-1], morphemes[-1]
        if len(given.surface) >= 2 and given.confidence == "guess" and (
                any(m.surface == given.surface and m.pos.startswith("名詞-普通名詞")
                    and m.confidence != "guess"  # (not a word UniDic does not know: 暹涯)
                    and to_hiragana(m.kana) == to_hiragana(given.kana) for m in morphemes)
                or to_hiragana(given.kana) in {
                    e.reading for e in self._resolver.index.readings(given.surface)
                    if e.source == "jmdict"}):
            return True  # 東大寺 + 要録 ようろく (a digest), not a man named Yōroku
        if ((unit.surface in site_words() or unit.surface in _rules()["rendaku"])
                and unit.pos.startswith("接尾辞-名詞的")
                and not unit.locked and unit.source.startswith("unidic")
                and given.surface.endswith(unit.surface)
                and not to_hiragana(given.kana).endswith(to_hiragana(unit.kana))):
            return True  # 富士見 + 庵 あん: a hermitage, not Fujimi Iori; 大社 + 造 づくり
        if not all_common_words(morphemes):
            return False
        if len(given.surface) != 1 or unit.surface != given.surface:
            return False
        common = {e.reading for e in self._resolver.index.readings(given.surface)
                  if e.source == "jmdict" and e.common}
        return (to_hiragana(unit.kana) in common
                and to_hiragana(given.kana) != to_hiragana(unit.kana))

    def commonest(self, written: str, chosen: str, readings: list[str], *,
                  family: bool = False) -> tuple[str, list[str]]:
        """The reading most of JMnedict's people named ``written`` have (as a given name, or
        a ``family`` name), where clearly more have it than ``chosen``: 日野 + 正 is Tadashi
        (65 people) rather than Shō (4), 小倉 + 右一郎 Ogura (24), not the city's Kokura (0).
        ``readings`` come back most-named first, for the alternatives.

        "Clearly more": for a given name, more people and at least two when none has
        ``chosen``; for a family name, more than twice as many and at least two. (Measured
        on 6,000 people born since 1850 whose names JMnedict lists, against counts from
        its other people: given names 84.5 -> 85.4%, family names 92.5 -> 93.8%.)

        Where Mozc writes the name the most-named way more cheaply than ``chosen`` (or
        writes only that way), more people is enough, one where none has ``chosen``: two
        sources agree (朝永 + 三十郎 ともなが, Tomonaga, not UniDic's あさなが; 太田 + 昌克
        まさかつ, not まさよし; 桑原 くわばら, 18 people against 17).
        """
        resolver = self._resolver
        counts = (self.family_counts(written) if family
                  else resolver.index.name_counts(written, family=False))
        if not counts or not readings:
            return chosen, readings
        ranked = sorted(readings, key=lambda r: -counts.get(r, 0))
        top, have = counts.get(ranked[0], 0), counts.get(chosen, 0)
        if family:
            clearly = top >= 2 * have + 1 and top >= 2
        else:
            clearly = top > have and top >= (2 if have == 0 else 1)
        if not clearly and top > have and ranked[0] != chosen:
            # (dev rows: 12 fixed, 4 broken: 中尾 + 知代 ともよ, 来島 くるしま, 安藤 + 信哉
            # のぶや, 塩谷 しおたに; without Mozc's word, family names by more people alone:
            # 7 fixed, 8 broken)
            best, mine = resolver.mozc_cost(written, ranked[0]), resolver.mozc_cost(written, chosen)
            clearly = best is not None and (mine is None or best < mine)
        return (ranked[0] if clearly else chosen), ranked

    def family_counts(self, written: str) -> dict[str, int]:
        """How many of JMnedict's people bear the family name ``written`` each way, in its
        modern spelling and in its old kanji forms together (one family, two spellings:
        木沢 きざわ 1 person, 木澤 きざわ 1 more, so 木澤義之 is Kizawa, not UniDic's Kisawa)."""
        resolver = self._resolver
        counts = dict(resolver.index.name_counts(written, family=True))
        for spelling in _old_spellings(written, resolver.index.old_forms):
            for kana, n in resolver.index.name_counts(spelling, family=True).items():
                counts[kana] = counts.get(kana, 0) + n
        return counts

    def _plain_given(self, rest: list[Morpheme]) -> bool:
        """After a family name, a whole input's last two or three kanji are its given name
        when JMnedict lists them as one and JMdict has no such word (岩崎 + 英重, not
        山田 + 文庫)."""
        written = "".join(m.surface for m in rest)
        if not 2 <= len(written) <= 3 or any(m.locked for m in rest) or not all(
                has_kanji(ch) for ch in written):
            return False
        entries = self._resolver.index.readings(written)
        # a word JMdict lists is no given name, unless UniDic does not read it as that word
        # either, but as suffixes (近藤 + 大 + 生: JMnedict's given name だいき, not だいせい),
        # or the word is a rare one UniDic reads as one of the given name's readings (北村 +
        # 四海 しかい, 正木 + 退蔵 たいぞう: Kitamura Shikai, was "Kitamura shikai")
        givens = {r.reading for r in entries if r.source == "jmnedict" and r.kinds & GIVEN}
        unidic = "".join(hira(m) for m in rest)
        return bool(givens) and (not any(r.source == "jmdict" for r in entries) or (
            unidic in givens and not any(r.source == "jmdict" and r.common for r in entries)
        ) or (
            len(rest) > 1 and all(m.pos.startswith("接尾辞") for m in rest))
            or self._mozc_name_first(written, givens, entries)
            or self.mozc_given_over_word(written, unidic,
                                          [(r.reading, r.kinds) for r in entries
                                           if r.source == "jmnedict"]) is not None)

    def mozc_given_over_word(self, written: str, unidic: str,
                              names: list[tuple[str, frozenset[str]]]) -> str | None:
        """The reading under which Mozc lists ``written`` as a given name and JMnedict
        lists it as a name (``names``: its readings and kinds), where UniDic's reading
        ``unidic`` is a JMdict word's that Mozc does not list as a given name: the given
        name after a family name, not the word (小川 + 時代 ときよ, not じだい "era"; 青木 +
        正教 まさのり; 野村 + 重臣 しげおみ). A word Mozc lists as a given name too stays
        (平澤 + 元気 げんき, 池田 + 夢見 ゆめみ); so does one Mozc lists as no name (岡崎 +
        産業). Nor an everyday word, one Mozc writes below :data:`MOZC_EVERYDAY` (田中 +
        時代 stays the Tanaka era, じだい 3132; 高原 + 野菜 stays vegetables, やさい 3771,
        though Mozc lists のな as a given name at 3721), nor where Mozc writes the word
        more cheaply than the name by more than :data:`MOZC_MARGIN`. The cheapest such
        reading where there are several."""
        resolver = self._resolver
        if "mozc" not in resolver.sources or not any(
                r.source == "jmdict" and r.reading == unidic
                for r in resolver.index.readings(written)):
            return None
        if resolver.mozc_contexts(written, unidic) & _MOZC_GIVEN:
            return None
        named = {r for r, _ in names}
        costs = resolver.mozc_readings(written)
        word = costs.get(unidic)
        if word is not None and word < MOZC_EVERYDAY:
            return None
        found = [(cost, r) for r, cost in costs.items()
                 if r in named and r != unidic and resolver.mozc_contexts(written, r) & _MOZC_GIVEN
                 and (word is None or cost <= word + MOZC_MARGIN)]
        return min(found)[1] if found else None

    def _mozc_name_first(self, written: str, givens: set[str],
                         entries: tuple[IndexedReading, ...]) -> bool:
        """Whether Mozc reads ``written`` most cheaply as one of its given-name readings
        ``givens``, which is no reading of the JMdict word of that spelling (雄馬 ゆうま,
        not the word おうま "stallion"), and that word is no common one (高原 + 野菜 stays
        vegetables, though Mozc's costs of のな and やさい are within 1%)."""
        resolver = self._resolver
        if "mozc" not in resolver.sources or any(r.source == "jmdict" and r.common
                                                 for r in entries):
            return False
        top = resolver.mozc_cheapest(written)
        if not top:
            return False
        return top in givens and not any(
            r.source == "jmdict" and r.reading == top for r in entries)

    def family_first(self, family_readings: list[str], reading: str,
                     given_written: str) -> list[str]:
        """``family_readings`` (no repeats), those that begin ``reading`` first, and
        among those the ones after which the rest is a given name JMnedict lists, else
        one Mozc lists as a word (羽生結弦 はにゅう + ゆづる, not JMnedict's other family
        reading はにゅ + うゆづる). Where only one begins ``reading``, nothing is looked up."""
        resolver = self._resolver
        ordered = list(dict.fromkeys(family_readings))
        fits = [fr for fr in ordered if fr and reading.startswith(fr) and len(reading) > len(fr)]
        if len(fits) < 2:
            return ordered
        listed = {r for r, k in resolver.names(given_written) if k & GIVEN}
        if not any(reading[len(fr):] in listed for fr in fits) and "mozc" in resolver.sources:
            listed = set(resolver.mozc_readings(given_written))
        return sorted(ordered, key=lambda fr: not (fr in fits and reading[len(fr):] in listed))


#: The parts of speech of the units a name's part stands beside: nouns and affixes.
_NOMINAL = ("名詞", "接頭辞", "接尾辞")


def _katakana_name_reading(name: str) -> str:
    """A given name written in katakana with its long vowels marked: ウ after an o or a
    u is one (ユウコ Yūko), but オ after an o is a vowel of its own, as a writer who
    meant one long vowel writes ー (ヒロオ Hiroo, ヒロー Hirō).

    >>> _katakana_name_reading("ユウコ"), _katakana_name_reading("ヒロオ")
    ('ユーコ', 'ヒロオ')
    """
    parts = [""]
    for mora in split_morae(name):
        if mora == "オ" and parts[-1] and mark_long_vowels(parts[-1] + mora) != parts[-1] + mora:
            parts.append("")
        parts[-1] += mora
    return "".join(mark_long_vowels(part) for part in parts)


def _kanji_then_rest(
        morphemes: list[Morpheme]) -> tuple[list[Morpheme], list[Morpheme], str, str]:
    """The morphemes written in kanji alone at the start of ``morphemes`` and the rest,
    with the text of each: a family name and a given name in kana (渡辺 | み + えこ)."""
    k = 0
    while k < len(morphemes) and all(is_kanji(ch)
                                     for ch in morphemes[k].surface):
        k += 1
    head, rest = morphemes[:k], morphemes[k:]
    return head, rest, "".join(m.surface for m in head), "".join(m.surface for m in rest)


def _given_reach(run: list[Morpheme], s: int) -> int:
    """The end of the longest given name after the family name at ``s``: the kanji after
    it that UniDic reads as a name, as characters only, or as a one-kanji suffix (芳 +
    規), four kanji at most, and no administrative suffix."""
    reach = s + 1
    while (reach < len(run) and not run[reach].locked and has_kanji(run[reach].surface)
           and run[reach].surface not in _rules()["admin_suffixes"]
           and ("人名" in run[reach].pos or run[reach].confidence == "guess"
                or (len(run[reach].surface) == 1 and reach > s + 1))
           and len("".join(m.surface for m in run[s + 1 : reach + 1])) <= 4):
        reach += 1
    return reach


def _lone_kanji_after(run: list[Morpheme], e: int) -> bool:
    """Whether every unit from ``e`` on is one kanji UniDic reads as no name, no suffix
    and no kanji that ends no given name: a given name ending before them would leave
    them alone as words (谷 + 衛 + 衝)."""
    return all(len(m.surface) == 1 and "人名" not in m.pos and not m.pos.startswith("接尾辞")
               and m.surface not in _rules()["not_given_name_ends"]["kanji"] for m in run[e:])


@cache
def _old_forms_of(pairs: tuple[tuple[int, str], ...]) -> dict[str, tuple[str, ...]]:
    """Each modern kanji and its old forms (沢: 澤), from old form -> modern ``pairs``."""
    out: dict[str, tuple[str, ...]] = {}
    for old, modern in pairs:
        out[modern] = (*out.get(modern, ()), chr(old))
    return out


def _old_spellings(written: str, old_forms: dict[int, str]) -> list[str]:
    """``written`` (in modern forms) spelt with one or more of its kanji in an old form, at
    most eight spellings (中沢: 中澤)."""
    table = _old_forms_of(tuple(sorted(old_forms.items())))
    options = [(ch, *table.get(ch, ())) for ch in written]
    return ["".join(p) for p in itertools.islice(itertools.product(*options), 1, 9)]
