"""Readings of places: villages and towns, sections of a town, stations, temples,
bridges, mountains and sites, where UniDic reads a place's name as words or the
Japanese way where the place is read another (浜加積村 is はまかづみむら, not はまかせき).

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`PlaceReadings`
(``resolver.places``), which reads the runs of nouns the resolver hands it with the
resolver's dictionaries, Mozc and the official and station lists.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("浜加積村"), r.romanize("豊平")
('Hamakazumi-mura', 'Toyohira')
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.morpheme import Morpheme
from jpterms.morpheme_tests import (
    GIVEN,
    MOZC_MARGIN,
    NUMERALS,
    PLACE,
    TOWN_OR_VILLAGE,
    hira,
    is_nominal,
)
from jpterms.reading_parts import admin_ending, likeliest_pair, merge_units, split_over_kanji
from jpterms.rule_words import school_words, site_words, temple_go_on_kanji

if TYPE_CHECKING:
    from jpterms.readings import ReadingResolver

#: JMnedict kinds of a person's name, given or family.
_PERSON = GIVEN | {"surname"}
#: The sources of the units :meth:`PlaceReadings.composed_village` may read anew.
_COMPOSED_SOURCES = frozenset({"unidic", "kanjidic", "pykakasi", "jmdict", "jmnedict"})
#: The small ヶ (ケ, が) that links a place's name to its last kanji (三国ヶ丘, 霞ケ関),
#: which writers often leave out (三国丘): :meth:`PlaceReadings.dropped_linker_place`.
_PLACE_LINKERS = ("ヶ", "ケ", "が")


class PlaceReadings:
    """The place rules of a :class:`~jpterms.readings.ReadingResolver`'s second look at a
    run of nouns, each taking the run's units and giving them back, read anew where the
    rule applies.

    >>> from jpterms.readings import ReadingResolver
    >>> ReadingResolver().places.section_place("石経", "せっけい")
    'いしきょう'
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def katakana_no_place(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A place's name of kanji joined by a katakana ノ (氷ノ山, 木ノ本) inside a longer
        text, which UniDic cuts at the ノ and reads as words and a particle: the place's
        reading, one word, where JMnedict lists it as a place read one way and Mozc writes
        it so. わかさ氷ノ山自然ふれあいの里 Wakasa Hyōnosen shizen... (was Kōri no yama: the
        run of nouns breaks at the particle, so no lookup saw the name). Only one or two
        units of kanji on either side, none fixed by the glossary, and not the whole text
        (a station's name on its own is the station list's: 長太ノ浦)."""
        resolver = self._resolver
        k = 1
        while k < len(morphemes) - 1:
            if morphemes[k].surface != "ノ" or not morphemes[k].pos.startswith("助詞"):
                k += 1
                continue
            found = None
            for i in (k - 2, k - 1):
                for j in (k + 3, k + 2):
                    span = morphemes[max(i, 0):j]
                    if i < 0 or j > len(morphemes) or len(span) == len(morphemes) or any(
                            m.locked or m.source == "glossary" for m in span) or not all(
                            is_kanji(ch) for m in span if m is not morphemes[k]
                            for ch in m.surface):
                        continue
                    written = "".join(m.surface for m in span)
                    places = list(dict.fromkeys(
                        r.reading for r in resolver.index.readings(written)
                        if r.source == "jmnedict" and r.kinds & PLACE))
                    if len(places) == 1 and resolver.mozc_cost(written, places[0]) is not None:
                        found = (i, j, written, places[0])
                        break
                if found:
                    break
            if found is None:
                k += 1
                continue
            i, j, written, place = found
            span = morphemes[i:j]
            ours = "".join(hira(m) for m in span)
            new = replace(merge_units(span, resolver.mark(written, place), to_katakana(place),
                                      "jmnedict", "likely", (ours,) if ours != place else ()),
                          proper=True, pos="名詞-固有名詞-地名-一般")
            morphemes = [*morphemes[:i], new, *morphemes[j:]]
            k = i + 1
        return morphemes

    def temple_on(self, out: list[Morpheme]) -> list[Morpheme]:
        """A temple's name (a whole input of kanji ending in 寺) read half the Chinese way
        and half the Japanese way (or with a reading KANJIDIC2 does not give a kanji), as
        JMnedict lists some with no kind (仏国寺 ぶっこく + でら, 金蓮寺 かな + はす + じ,
        宝厳寺 たから + がん + じ), read as Mozc also lists it, every kanji but 寺 the
        Chinese way (on) and 寺 じ: Bukkokuji, Konrenji, Hōgonji. A name read one way
        throughout (清水寺 きよみずでら, 三井寺 みいでら) stands, as does one Mozc lists
        no other way and one JMnedict lists so as a place or a family name (神大寺
        かんだいじ, 観音寺 かんのんじ)."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if (not 3 <= len(written) <= 6 or not written.endswith("寺")
                or not all("\u4e00" <= ch <= "\u9fff" for ch in written)
                or any(m.locked or m.source == "glossary" for m in out)):
            return out
        ours = "".join(hira(m) for m in out)
        kinds = resolver.on_kun(written, ours)
        if kinds is not None and not {"on", "kun"} <= set(kinds):
            return out  # read one way throughout (or no kanji only one way)
        if any(r.reading == ours and (r.source != "jmnedict" or r.kinds - {"unclass"})
               for r in resolver.index.readings(written)):
            return out  # a place of that reading (神大寺 かんだいじ, 観音寺 かんのんじ)
        found = resolver.mozc_readings(written)
        better = [r for r in sorted(found, key=lambda r: (found[r], r))
                  if r != ours and (k := resolver.on_kun(written, r)) is not None
                  and all(x in ("on", "both") for x in k[:-1]) and r.endswith("じ")]
        if not better:
            return out
        words = resolver.put_reading(list(out), better[0], "mozc", "possible", (ours,))
        return [replace(m, proper=True) for m in words]

    def temple_go_on(self, out: list[Morpheme]) -> list[Morpheme]:
        """A temple's name (a whole input of kanji ending in 寺) read the Chinese way
        throughout, whose kanji of ``temple_go_on`` (in ``data/word_division.json``) are
        read their later (kan'on) way, read the older Buddhist (go'on) way, as temples are
        named: 無極寺 Mugokuji (was Mukyokuji), 泰然寺 Tainenji (was Taizenji), 極性寺
        Gokushōji. Only where Mozc lists the name so, even where JMnedict lists it as read
        now (正暦寺 Shōryakuji, Mozc's too, not JMnedict's しょうれきじ; 真正極楽寺
        Shinshō Gokurakuji), or where Mozc lists it no way and no dictionary lists it as
        read now (金閣寺 きんかくじ stands, and so does 聖輪寺 せいりんじ, the one way Mozc
        lists it). (Development: 3 rows fixed, none broken, no other row changed; Mozc's
        go'on over JMnedict's reading: 2 more fixed, none broken.)"""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if (not 3 <= len(written) <= 6 or not written.endswith("寺")
                or not any(ch in temple_go_on_kanji() for ch in written)
                or any(m.locked or m.source == "glossary" for m in out)):
            return out
        ours = "".join(hira(m) for m in out)
        pieces = split_over_kanji(written, ours, resolver.index)
        if pieces is None or len(pieces) != len(written):
            return out
        table = temple_go_on_kanji()
        reading = ""
        for piece, ch in pieces:
            if not resolver.reading_kinds(ch, piece) & {"on"}:
                return out
            kan, go = table.get(ch, ("", ""))
            reading += go if piece == kan else piece
        found = resolver.mozc_readings(written)
        if reading == ours or (reading not in found and any(
                r.reading == ours for r in resolver.index.readings(written))):
            return out
        if found and reading not in found:
            return out
        words = resolver.put_reading(list(out), reading, "mozc" if found else "unidic",
                                     "possible", (ours,))
        return [replace(m, proper=True) for m in words]

    def village_place(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's or town's name (a whole input of kanji ending in 村 or 町), or a
        feudal domain's (藩, named after its castle town: 清末藩 Kiyosue han, was
        Shinmatsu; development: 1 row fixed, none broken; 郡 too broke 新知郡), read as
        the place JMnedict lists before its ending, where our reading of that name is none
        of the place's JMnedict lists (it may be a family or a given name's reading: 七美村
        Shichimi-mura, was Nanami; 最上村 Mogami-mura, was Saijō), unless Mozc writes that
        family name far more cheaply than the place (真山村 Mayama-mura, not the place
        しんざん): 原別村 Harabetsu-mura (was Genbetsu), 信達村
        Shindachi-mura, 須江村 Sue-mura (was Shukō), 中埣村 Nakazone-mura. The place's reading is the
        one Mozc writes most cheaply, else JMnedict's first; the ending keeps its reading.
        Not a municipality of the official list, nor a name a dictionary lists whole, nor
        one Mozc lists whole as read now (向丘村 むかおかむら, 生石村 しょうせきむら).
        (Development: 60 rows fixed, 5 broken, each a place JMnedict reads otherwise;
        Mozc's whole names gave 向丘, 生石 and 南山崎 back, 田越 たごえ and 下菅生 すがお
        are still lost. A place's reading where ours is a family or a given name's: 15
        rows more fixed, 1 broken, 猿賀 さるが, a family name of the place さるか.)

        Where JMnedict lists the name as no place, its readings as a family name (or of
        no kind; not a given name's) stand in: places give family names. 速川村
        Hayakawa-mura (was "Sokukawa": 速 + UniDic's surname 川村), 睦野村 Mutsuno-mura
        (was Bokuya), 老田村 Oida-mura, 興田村 Okita-mura. (Development: 12 rows fixed,
        none broken, 8 wrong rows still wrong.)"""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if (len(written) < 3 or written[-1] not in ("村", "町", "藩")
                or not all(has_kanji(c) for c in written)
                or any(m.locked or m.source == "glossary" for m in out)):
            return out
        ours = "".join(hira(m) for m in out)
        ending = "はん" if written[-1] == "藩" and ours.endswith("はん") else admin_ending(
            ours, written[-1])
        if not ending or resolver.index.readings(written):
            return out
        if written in resolver.municipalities() or resolver.mozc_reads(written, ours):
            return out  # (Mozc lists the whole as read now: 向丘村 むかおかむら)
        name, own = written[:-1], ours[: -len(ending)]
        entries = [r for r in resolver.index.readings(name) if r.source == "jmnedict"]
        places = list(dict.fromkeys(r.reading for r in entries if r.kinds & PLACE))
        # where JMnedict lists the name as a place, ours must be a place's reading (a
        # surname's or a given name's is not: 七美 しちみ, not ななみ); otherwise any
        # reading of it stands
        vouch = [r for r in entries if r.kinds & PLACE] if places else entries
        if not places:  # a family name of that spelling, which places often give (速川 はやかわ)
            places = list(dict.fromkeys(r.reading for r in entries
                                        if not r.kinds & GIVEN))
        from jpterms.gazetteer import full_size

        if not places or any(full_size(r.reading) == full_size(own) for r in vouch):
            return out  # (read as JMnedict reads it: 安家 あっか, the place's あつか at full size)
        place = resolver.cheapest(name, places)
        mine, theirs = resolver.mozc_cost(name, own), resolver.mozc_cost(name, place)
        if (mine is not None and theirs is not None and mine + MOZC_MARGIN < theirs
                and any(r.reading == own for r in entries)):
            return out  # a family name Mozc writes far more cheaply than the place (真山 まやま)
        return self.place_and_ending(out[0], name, place, own, written[-1], ending,
                                     source="jmnedict", confidence="possible")

    def section_place(self, text: str, ours: str) -> str | None:
        """How a town's section (what an address names after its town: 丹原町 | 石経) is
        read as the place it is, where ``ours`` (its reading as a whole input) is none of
        the readings JMnedict lists it with as a place, while it lists some: the one Mozc
        writes most cheaply, else JMnedict's first. None elsewhere.

        >>> from jpterms.readings import ReadingResolver
        >>> places = ReadingResolver().places
        >>> places.section_place("石経", "せっけい"), places.section_place("古道", "こどう")
        ('いしきょう', 'ふるみち')
        >>> places.section_place("入谷", "いりや") is None
        True
        """
        resolver = self._resolver
        if len(text) < 2 or not all(map(is_kanji, text)) or "jmnedict" not in resolver.sources:
            return None
        places = list(dict.fromkeys(r.reading for r in resolver.index.readings(text)
                                    if r.source == "jmnedict" and r.kinds & PLACE))
        from jpterms.gazetteer import full_size

        if not places or any(full_size(r) == full_size(ours) for r in places):
            return None
        return resolver.cheapest(text, places) if "mozc" in resolver.sources else places[0]

    def composed_village(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's or town's name of two kanji and its ending (a whole input: 物吉村)
        that no dictionary lists, whole or without its ending, where UniDic reads the first
        kanji as a unit of its own: each kanji as JMnedict's two-kanji places most often
        read it there (:meth:`_place_piece`), not as a word alone (物吉村 Monoyoshi-mura,
        was Monokichi: 吉 きち; 竹館村 Takedate-mura, was Chikutate: 竹 ちく; 雄神村
        Ogami-mura, was Yūshin). Not where the first kanji is a direction or a numeral,
        read as a prefix (東 + 般若村, 一 + 栗村), nor a municipality of the official
        list. (Development: 8 rows fixed, none broken.)"""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if (len(written) != 3 or written[-1] not in TOWN_OR_VILLAGE
                or not all(map(is_kanji, written)) or len(out[0].surface) != 1
                or written[0] in NUMERALS
                or written[0] in _rules()["village_directions"]["kanji"]
                or any(m.locked or not set(m.source.split("+")) <= _COMPOSED_SOURCES
                       for m in out)):
            return out
        name, ours = written[:-1], "".join(hira(m) for m in out)
        ending = admin_ending(ours, written[-1])
        if (not ending or written in resolver.municipalities() or resolver.index.readings(written)
                or resolver.index.readings(name) or resolver.mozc_readings(name)
                or resolver.mozc_readings(written)):
            return out
        own = ours[: -len(ending)]
        head = hira(out[0])
        first = self._place_piece(name[0], head, head=True)
        second = self._place_piece(name[1], own[len(head):], head=False)
        reading = likeliest_pair(resolver.index.place_class_counts(name[0], head=True),
                                 resolver.index.place_class_counts(name[1], head=False),
                                 resolver.index.place_class_sizes(), first, second
                                 ) or first + second
        if reading == own or not own[len(head):]:
            return out
        return self.place_and_ending(out[0], name, reading, own, written[-1], ending,
                                     source="jmnedict", confidence="guess")

    def _place_piece(self, ch: str, own: str, *, head: bool) -> str:
        """How a kanji is read as the first (``head``) or the second half of a place's
        name of two kanji: as most of JMnedict's such places read it there, where at least
        two do and more than read it ``own`` (UniDic's reading), else ``own``.

        >>> from jpterms.readings import ReadingResolver
        >>> places = ReadingResolver().places
        >>> places._place_piece("竹", "ちく", head=True), places._place_piece("川", "かわ", head=False)
        ('たけ', 'かわ')
        """
        counts = self._resolver.index.place_part_counts(ch, head=head)
        best = max(counts, key=lambda r: (counts[r], r), default="")
        if not best or counts[best] < 2 or counts[best] <= counts.get(own, 0):
            return own  # (川 かわ and がわ end as many places each: UniDic's stays)
        return best

    def place_and_ending(self, first: Morpheme, name: str, reading: str, own: str,
                         suffix: str, ending: str, *, source: str,
                         confidence: str) -> list[Morpheme]:
        """A place's name read ``reading`` (``own`` its other reading) and its
        administrative ``suffix`` read ``ending``, as two words made from ``first``:
        茂南 + 区, 七美 + 村."""
        resolver = self._resolver
        blank = replace(first, role="", words=(), capitals=(), locked=False, proper=True,
                        source=source, confidence=confidence, pos="名詞-固有名詞-地名-一般")
        return [replace(blank, surface=name, reading=resolver.mark(name, reading),
                        kana=to_katakana(reading), alternatives=(own,) if own else ()),
                replace(blank, surface=suffix, reading=resolver.mark(suffix, ending),
                        kana=to_katakana(ending), pos="接尾辞-名詞的-一般", proper=False,
                        alternatives=())]

    def village_mura(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's name (a whole input of kanji ending in 村) whose 村 UniDic reads そん
        as part of a word of its own (郷村 ごうそん, 山村 さんそん, 海村 かいそん) or alone
        after a name it took for a person's (室 + 牧 + 村), where no dictionary lists the
        whole so: the village's ending, むら, as most villages outside a few prefectures
        read it (一郷村 Ichigō-mura, 象郷村 Zōgō-mura, 室牧村 Muromaki-mura). Not a
        municipality of the official list, nor a name JMnedict or Mozc lists whole (知念村
        ちねんそん, 中興新村 ちゅうこうしんそん), nor a verbal noun's 村 (挙家離村 きょかりそん).
        (Development: 4 rows fixed, 2 broken, 十郷村 そごうそん and 読谷山村 ゆんたんざそん,
        villages of prefectures that read 村 そん; the names' word division is
        Ichigō-mura, no longer Ichi gōson.)"""
        resolver = self._resolver
        last = out[-1] if out else None
        if (last is None or not last.surface.endswith("村") or last.locked
                or last.source != "unidic" or not last.kana.endswith("ソン")
                or "サ変" in last.pos):
            return out
        written = "".join(m.surface for m in out)
        if (len(written) < 3 or not all(has_kanji(c) for c in written)
                or resolver.index.readings(written)
                or written in resolver.municipalities()
                or resolver.mozc_reads(written, "".join(hira(m) for m in out))):
            return out
        name, own = written[:-1], "".join(hira(m) for m in out)[:-2]
        blank = replace(out[0], role="", words=(), capitals=(), locked=False, proper=True,
                        source="unidic", confidence="possible", pos="名詞-固有名詞-地名-一般")
        return [replace(blank, surface=name, reading=resolver.mark(name, own),
                        kana=to_katakana(own), alternatives=()),
                replace(blank, surface="村", reading=resolver.mark("村", "むら"), kana="ムラ",
                        pos="接尾辞-名詞的-一般", proper=False, alternatives=("そん",))]

    def bridge_hashi(self, out: list[Morpheme]) -> list[Morpheme]:
        """A bridge's name (a whole input of two or three kanji and 橋) no list gives whole,
        read with 橋 the Chinese way (きょう), ends in ばし: 温泉橋 Onsenbashi, 郵便橋
        Yūbinbashi (were おんせんきょう, ゆうびんきょう), as 92% of the readings of JMnedict's
        bridges so written end (4557 ばし, 401 はし; 43 of its 4500 names read きょう alone,
        渡月橋 とげつきょう). Not after a person's name (春風亭 + 柳橋 りゅうきょう, a
        storyteller), nor where JMdict or Mozc reads the last two or three kanji as a word
        in きょう (高架橋, 歩道橋, 連絡橋). (JMnedict's bridges read with their entries set
        aside, 2500 of them: 153 right that were not, 10 the other way, 渡月橋 and 盧溝橋
        among them.)"""
        resolver = self._resolver
        last = out[-1] if out else None
        if (last is None or not last.surface.endswith("橋") or not last.kana.endswith("キョウ")
                or last.locked or "glossary" in last.source):
            return out  # (told at once for most inputs)
        written = "".join(m.surface for m in out)
        if (not 3 <= len(written) <= 4 or not all(map(is_kanji, written))
                or any("人名" in m.pos for m in out)
                or resolver.index.readings(written) or resolver.mozc_readings(written)):
            return out
        if self._tail_word_reads(written, ("きょう",)):
            return out  # (高架橋, 歩道橋, 連絡橋: a word of its own)
        kana = last.kana[: -len("キョウ")] + "バシ"
        read = replace(last, reading=resolver.mark(last.surface, to_hiragana(kana)), kana=kana,
                       confidence="possible", alternatives=(hira(last), *last.alternatives)[:4])
        return [*out[:-1], read]

    def place_end_kun(self, out: list[Morpheme]) -> list[Morpheme]:
        """A natural place's name (a whole input of two or three kanji and one of
        ``place_ends``: 池, 岩, 谷, 沢) no list gives whole, whose last kanji is read the
        Chinese way (ち, がん, こく, たく), ends in that kanji's Japanese word as JMnedict's
        names so written nearly all do: 大坪池 Ōtsuboike (was Ōtsubo Chi, UniDic's family
        name and a given name no one bears), 三浦谷 Miuradani, 戸倉沢 Tokurazawa. Not
        where JMdict or Mozc reads the last two or three kanji so as a word (貯水池 ちょすいち,
        渓谷 けいこく, 玄武岩 げんぶがん), nor a given name JMnedict's people bear so (岳
        がく), nor after a numeral (二十石 にじゅっこく, a measure). (JMnedict's names of two
        or three kanji and each of the first twelve, up to 400 a kanji, read with their
        entries set aside: 213 right that were not, 3 the other way, all rocks read がん:
        唐船岩, 臥龍岩, 涅槃岩; of the other nine, up to 300 a kanji: 64 right, 5 wrong.)"""
        resolver = self._resolver
        last = out[-1] if out else None
        table = _rules()["place_ends"]["words"]
        if last is None or last.surface[-1:] not in table or last.locked \
                or "glossary" in last.source:
            return out  # (told at once for most inputs)
        written = "".join(m.surface for m in out)
        ons, kun = table[written[-1]]
        own = hira(last)
        on = next((o for o in ons if own.endswith(o)
                   and (len(own) > len(o) or len(last.surface) == 1)), None)
        if (on is None or not 3 <= len(written) <= 4 or not all(map(is_kanji, written))
                or any("数詞" in m.pos for m in out)  # (二十石 にじゅっこく, a measure)
                or resolver.index.readings(written) or resolver.mozc_readings(written)):
            return out
        if "人名" in last.pos and (resolver.index.name_counts(last.surface).get(own) or any(
                r.reading == own and r.kinds & GIVEN
                for r in resolver.index.readings(last.surface) if r.source == "jmnedict")):
            return out  # (a given name people bear so: 原 げん)
        if self._tail_word_reads(written, tuple(ons)):
            return out  # (a word of its own read so)
        kana = to_katakana(own[: -len(on)] + kun)
        read = replace(last, reading=resolver.mark(last.surface, to_hiragana(kana)), kana=kana,
                       confidence="possible", alternatives=(own, *last.alternatives)[:4])
        return [*out[:-1], read]

    def _tail_word_reads(self, written: str, endings: tuple[str, ...]) -> bool:
        """Whether JMdict or Mozc reads the last two or three characters of ``written`` as
        a word whose reading ends in one of ``endings`` (歩道橋 ほどうきょう, 貯水池
        ちょすいち): a word of its own, not a name's last kanji read anew."""
        resolver = self._resolver
        return any(r.endswith(endings) for n in (2, 3) for r in (
            *(x.reading for x in resolver.index.readings(written[-n:]) if x.source == "jmdict"),
            *resolver.mozc_readings(written[-n:])))

    def village_mountain(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's name (a whole input of kanji ending in a unit 村) whose name ends in
        山 that UniDic read the Chinese way, さん or ざん, as of a mountain or a temple:
        やま, as every one of JMnedict's villages ending in 山村 (38) reads it: 栴檀山村
        Sendan'yama-mura (was Sendansan-mura). Not where a dictionary or Mozc lists the
        name's unit as read (鉛山 えんざん, a lead mine), nor a municipality of the
        official list, nor a name JMnedict or Mozc lists whole."""
        resolver = self._resolver
        if (len(out) < 2 or out[-1].surface != "村" or not out[-2].surface.endswith("山")
                or len(out[-2].surface) < 3 or out[-2].locked
                or not out[-2].source.startswith("unidic")
                or not out[-2].kana.endswith(("サン", "ザン"))):
            return out  # (told at once for most inputs)
        written = "".join(m.surface for m in out)
        m = out[-2]
        own = hira(m)
        if (not all(map(is_kanji, written)) or written in resolver.municipalities()
                or resolver.index.readings(written) or resolver.mozc_readings(written)
                or any(r.reading == own for r in resolver.index.readings(m.surface))
                or resolver.mozc_reads(m.surface, own)):
            return out
        mountain = own[:-2] + "やま"
        read = replace(m, reading=resolver.mark(m.surface, mountain), kana=to_katakana(mountain),
                       confidence="possible", alternatives=(own, *m.alternatives)[:4])
        return [*out[:-2], read, out[-1]]

    def village_both_ways(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's name (a whole input of kanji ending in 村) read with Mozc's そん,
        where Mozc writes the name with むら too: むら, as most villages outside a few
        prefectures read it, Mozc's costs of the two readings of a name being no evidence
        of which its village bears (南郷村 Nangō-mura, 福田村 Fukuda-mura; Mozc had そん
        the cheaper by a few hundred). The stem stays as read where Mozc writes it so with
        むら; else it is the stem of Mozc's cheapest むら reading (飯岡村 いいおかむら, not
        ゆうかそん). Not where JMnedict lists the name as read (大里村 おおざとそん), nor a
        municipality of the official list."""
        resolver = self._resolver
        last = out[-1] if out else None
        if (last is None or not last.surface.endswith("村") or not last.kana.endswith("ソン")
                or last.locked or "mozc" not in last.source):
            return out  # (told at once for most inputs)
        written = "".join(m.surface for m in out)
        own = "".join(hira(m) for m in out)
        if not all(map(is_kanji, written)) or written in resolver.municipalities() or any(
                r.reading == own for r in resolver.index.readings(written)):
            return out
        mozc = resolver.mozc_readings(written)
        mura = [r for r in mozc if r.endswith("むら")]
        if not mura:
            return out
        reading = own[:-2] + "むら"
        if reading not in mozc:
            reading = min(mura, key=lambda r: (mozc[r], r))
        name = written[:-1]
        blank = replace(out[0], role="", words=(), capitals=(), locked=False, proper=True,
                        source="mozc", confidence="possible", pos="名詞-固有名詞-地名-一般")
        return [replace(blank, surface=name, reading=resolver.mark(name, reading[:-2]),
                        kana=to_katakana(reading[:-2]), alternatives=(own[:-2],)),
                replace(blank, surface="村", reading=resolver.mark("村", "むら"), kana="ムラ",
                        pos="接尾辞-名詞的-一般", proper=False, alternatives=("そん",))]

    def site_place(self, out: list[Morpheme]) -> list[Morpheme]:
        """A site's name (a whole input of kanji ending in a word of data ``site_words``:
        神社, 館, 寺) that begins with a noun of two kanji or more that JMnedict lists as a
        place but not as UniDic reads it: the place's reading, where
        Mozc writes it more cheaply than UniDic's, since a shrine or a hall is named after
        its place: 一色 + 稲荷 + 神社 Isshiki (not the word いっしょく), 上方 + 落語... + 館
        Kamigata (not じょうほう). A name UniDic reads (象山 しょうざん, a given name's) is
        read so too, unless JMnedict lists our reading as a family's (松浦 まつら +
        史料博物館 stays: a family names halls too). The place's reading is the one Mozc
        writes most cheaply.
        Only where Mozc writes both readings, so that its costs compare two words: 内宮神社
        stays うちのみや (Mozc writes no うちのみや, JMnedict's place is ないく). Not over a
        glossary word (両国 + 国技館 keeps the glossary's reading)."""
        resolver = self._resolver
        if len(out) < 2 or not out[-1].surface.endswith(site_words()):
            return out  # (told at once for most inputs)
        m = out[0]
        if (len(m.surface) < 2 or not m.pos.startswith("名詞") or m.locked
                or m.source == "glossary"
                or not all(is_kanji(ch) for w in out for ch in w.surface)):
            return out
        own = hira(m)
        listed = resolver.index.readings(m.surface)
        places = list(dict.fromkeys(r.reading for r in listed
                                    if r.source == "jmnedict" and r.kinds & PLACE))
        if not places or own in places:
            return out
        if not m.pos.startswith("名詞-普通名詞") and any(
                r.reading == own and "surname" in r.kinds for r in listed):
            return out  # a family's name (松浦 まつら + 史料博物館): a family names halls too
        place = resolver.cheapest(m.surface, places)
        theirs, mine = resolver.mozc_cost(m.surface, place), resolver.mozc_cost(m.surface, own)
        if theirs is None or mine is None or mine <= theirs:
            return out  # (内宮 うちのみや, a reading Mozc does not write: no evidence)
        read = replace(m, reading=resolver.mark(m.surface, place), kana=to_katakana(place),
                       source="jmnedict", confidence="possible", proper=True,
                       pos="名詞-固有名詞-地名-一般", alternatives=(own,))
        return [read, *out[1:]]

    def mountain_place(self, out: list[Morpheme], units: list[Morpheme]) -> list[Morpheme]:
        """A word ending in 山 whose last unit UniDic reads as the suffix さん (a mountain's
        name, or a temple's mountain name, 山号: 高野 + 山 たかのさん), read as a family name
        JMnedict lists (たかのやま) and as none of its places, read as the place JMnedict
        lists read with 山 さん (ざん, せん) instead: 高野山 + 真言宗 Kōyasan Shingonshū, 高野山
        + 霊宝館 Kōyasan Reihōkan (was Takanoyama). The place's reading is the one Mozc
        writes most cheaply, else JMnedict's first."""
        resolver = self._resolver
        ends: dict[int, Morpheme] = {}
        at = 0
        for unit in units:
            at += len(unit.surface)
            ends[at] = unit
        at = 0
        for k, m in enumerate(list(out)):
            at += len(m.surface)
            last = ends.get(at)
            if (len(m.surface) < 3 or not m.surface.endswith("山") or last is None
                    or last.surface != "山" or not last.pos.startswith("接尾辞")
                    or last.kana not in ("サン", "ザン", "セン")
                    or m.locked or m.source == "glossary"
                    or not all(map(is_kanji, m.surface))):
                continue
            own = hira(m)
            listed = [r for r in resolver.index.readings(m.surface) if r.source == "jmnedict"]
            if not any(r.reading == own and "surname" in r.kinds for r in listed) or any(
                    r.reading == own and r.kinds & PLACE for r in listed):
                continue
            places = list(dict.fromkeys(
                r.reading for r in listed
                if r.kinds & PLACE and r.reading.endswith(("さん", "ざん", "せん"))))
            if not places:
                continue
            place = resolver.cheapest(m.surface, places)
            out[k] = replace(m, reading=resolver.mark(m.surface, place), kana=to_katakana(place),
                             source="jmnedict", confidence="possible", proper=True,
                             pos="名詞-固有名詞-地名-一般", alternatives=(own,))
        return out

    def unlisted_place_span(self, out: list[Morpheme]) -> list[Morpheme]:
        """Two to four of UniDic's units inside a whole input (not all of it) that together
        read a way no dictionary lists, where JMnedict lists them as a place read one way
        only: that place's reading, one word. 上沼垂運転区 Kaminuttari (was Kaminumasui, UniDic's
        family name 上沼 and 垂 すい), 太海湯元温泉 Futomi, 尺別信号場 Shakubetsu, 尾曳稲荷神社
        Obiki, 藤竝神社 Fujinami (UniDic's 並 ならびに), 一迫女子町 Megomachi, 萩原町四美 Shimi.
        Only over units UniDic (or a character's reading) gave, the first no prefix and no
        suffix, at the start or after a place (not after a numeral: 十 + 三浜, 三 is counted),
        and not where Mozc lists the whole input as read."""
        resolver = self._resolver
        if len(out) < 3:
            return out  # (told at once for most inputs)
        own = [hira(m) for m in out]
        whole = "".join(m.surface for m in out)
        if "".join(own) in resolver.mozc_readings(whole):
            return out
        k = 0
        while k < len(out) - 1:
            for n in range(min(4, len(out) - k), 1, -1):
                span = out[k : k + n]
                if n == len(out) or not self._unlisted_span(span, out[k - 1] if k else None):
                    continue
                written = "".join(m.surface for m in span)
                places = list(dict.fromkeys(r.reading for r in resolver.index.readings(written)
                                            if r.source == "jmnedict" and r.kinds & PLACE))
                ours = "".join(own[k : k + n])
                if len(places) != 1 or any(r.reading == ours
                                           for r in resolver.index.readings(written)) \
                        or resolver.mozc_cost(written, ours) is not None:
                    continue
                place = places[0]
                ending = admin_ending(place, written[-1]) if len(written) > 2 else ""
                if ending and written[-1] in TOWN_OR_VILLAGE:
                    new = self.place_and_ending(span[0], written[:-1], place[: -len(ending)],
                                                ours, written[-1], ending,
                                                source="jmnedict", confidence="possible")
                else:
                    new = [replace(merge_units(span, resolver.mark(written, place),
                                               to_katakana(place), "jmnedict", "possible",
                                               (ours,)), proper=True,
                                   pos="名詞-固有名詞-地名-一般")]
                out = [*out[:k], *new, *out[k + n:]]
                own = [hira(m) for m in out]
                k += len(new) - 1
                break
            k += 1
        return out

    def unlisted_place_whole(self, out: list[Morpheme], as_written: str = ""
                             ) -> list[Morpheme]:
        """A whole input of kanji that UniDic's units (two or more, none a guess) read a way
        no dictionary lists, where JMnedict lists the input (as written, in old kanji forms
        too: ``as_written``) as a place read one way only: that reading. 金峯山寺 Kinpusenji
        (was Kinpō yamadera: UniDic's 金峰 + 山寺), 伺去 Shari (was Ukagaisat).
        :meth:`unlisted_place_span` does so inside a name."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if len(out) < 2 or not all(map(is_kanji, written)) or any(
                m.locked or not set(m.source.split("+")) <= {"unidic", "jmnedict", "pykakasi"}
                for m in out):
            return out
        ours = "".join(hira(m) for m in out)
        listed = resolver.index.readings(written)
        if as_written and len(as_written) == len(written) and as_written != written:
            listed = (*listed, *resolver.index.readings(as_written))
        places = list(dict.fromkeys(r.reading for r in listed
                                    if r.source == "jmnedict" and r.kinds & PLACE))
        if len(places) != 1 or any(r.reading == ours for r in listed) \
                or resolver.mozc_cost(written, ours) is not None:
            return out
        place = places[0]
        ending = admin_ending(place, written[-1]) if len(written) > 2 else ""
        if ending and written[-1] in TOWN_OR_VILLAGE:  # 豊富 + 村: Toyotomi-mura
            own = ours[: -len(ending)] if ours.endswith(ending) else ""
            return self.place_and_ending(out[0], written[:-1], place[: -len(ending)], own,
                                         written[-1], ending, source="jmnedict",
                                         confidence="possible")
        return resolver.put_reading(list(out), place, "jmnedict", "possible", (ours,))

    def dropped_linker_place(self, out: list[Morpheme]) -> list[Morpheme]:
        """A place's name inside a whole input, written without the ヶ (ケ, が) that
        JMnedict's place of the same name has before its last kanji, where no dictionary
        lists it as written: the place's reading, one word. Writers drop the small ヶ of
        such names (三国ヶ丘 written 三国丘): 堺市立東三国丘小学校 Higashimikunigaoka (JMnedict's
        東三国ケ丘; was Higashimikuni oka), 札幌市立羊丘小学校 Hitsujigaoka (羊ヶ丘; was
        Yōkyū). Only over units ending in a unit of one kanji (丘), none fixed by the
        glossary, where JMnedict reads the place one way only, at the start of the input or
        after a place, a founder's 立 or an administrative suffix (市立 + 羊丘)."""
        resolver = self._resolver
        if len(out) < 2:
            return out  # (told at once for most inputs)
        k = 0
        while k < len(out) - 1:
            before = out[k - 1] if k else None
            if before is not None and not ("地名" in before.pos or before.surface[-1:] in (
                    "立" + _rules()["village_directions"]["kanji"] + "町村市区郡")):
                k += 1
                continue
            for n in range(min(3, len(out) - k), 1, -1):
                span = out[k : k + n]
                written = "".join(m.surface for m in span)
                if (len(span[-1].surface) != 1 or any(m.locked or m.source == "glossary"
                                                      for m in span)
                        or not all(map(is_kanji, written))
                        or resolver.index.readings(written) or resolver.mozc_readings(written)):
                    continue
                places = list(dict.fromkeys(
                    r.reading for linker in _PLACE_LINKERS
                    for r in resolver.index.readings(written[:-1] + linker + written[-1])
                    if r.source == "jmnedict" and r.kinds & PLACE))
                ours = "".join(hira(m) for m in span)
                if len(places) != 1 or places[0] == ours:
                    continue
                place = places[0]
                new = replace(merge_units(span, resolver.mark(written, place), to_katakana(place),
                                          "jmnedict", "possible", (ours,)),
                              proper=True, pos="名詞-固有名詞-地名-一般")
                out = [*out[:k], new, *out[k + n:]]
                break
            k += 1
        return out

    @staticmethod
    def _unlisted_span(span: list[Morpheme], before: Morpheme | None) -> bool:
        """Whether :meth:`unlisted_place_span` may read ``span`` anew: kanji only, every
        unit's reading UniDic's or a character's, the first no prefix (本 + 和 ほんわ, 高 +
        州) and no suffix; at the start of the input or after a place's name,
        an administrative suffix or a direction (一迫 + 女子町, 東 + 古渡町), not inside a
        name of words (律 + 見江 + 奈衣)."""
        if not all(not m.locked and set(m.source.split("+")) <= {"unidic", "pykakasi",
                                                                 "kanjidic"}
                   and m.surface and all(map(is_kanji, m.surface)) for m in span):
            return False
        if span[0].pos.startswith(("接頭辞", "接尾辞")):
            return False
        return before is None or "地名" in before.pos or before.surface[-1:] in (
            _rules()["village_directions"]["kanji"] + "町村市区郡")

    def school_place(self, out: list[Morpheme]) -> list[Morpheme]:
        """A school's name (a whole input ending in a word for a school, data ``schools``)
        whose own name, between its founder's 立 (or the start) and that word, is one
        common noun of UniDic's that JMnedict lists as a place but not as UniDic reads it:
        the place's reading, where Mozc writes it more cheaply than UniDic's, since a
        school is named after its quarter: 一宮市立北方中学校 Kitagata (UniDic's word 北方
        ほっぽう), 三鷹市立高山小学校 Takayama (not こうざん), 日立市立本山小学校 Motoyama,
        扶桑町立山名小学校 Yamana. The place's reading is the one Mozc writes most cheaply. Not
        where Mozc writes the common word more cheaply (西部中学校 せいぶ, not the place
        さいぶ), nor over a glossary word."""
        resolver = self._resolver
        if len(out) < 2 or out[-1].surface[-1:] not in _school_word_ends():
            return out  # (told at once for most inputs)
        written = "".join([m.surface for m in out])
        word = next((w for w in school_words() if written.endswith(w)), None)
        if word is None:
            return out
        schools = _rules()["schools"]
        at, k = len(written), len(out)
        while k > 0 and at > len(written) - len(word):
            k -= 1
            at -= len(out[k].surface)
        if at != len(written) - len(word) or k == 0:
            return out  # (the word for the school is not a unit's end)
        m = out[k - 1]
        before = written[: at - len(m.surface)]
        if (before and not before.endswith(schools["after"])) or len(m.surface) < 2 \
                or not m.pos.startswith("名詞-普通名詞") or m.locked \
                or m.source == "glossary" or not all(map(is_kanji, m.surface)):
            return out
        own = hira(m)
        places = list(dict.fromkeys(r.reading for r in resolver.index.readings(m.surface)
                                    if r.source == "jmnedict" and r.kinds & PLACE))
        if not places or own in places:
            return out
        place = resolver.cheapest(m.surface, places)
        theirs, mine = resolver.mozc_cost(m.surface, place), resolver.mozc_cost(m.surface, own)
        if theirs is None or (mine is not None and mine <= theirs):
            return out
        read = replace(m, reading=resolver.mark(m.surface, place), kana=to_katakana(place),
                       source="jmnedict", confidence="possible", proper=True,
                       pos="名詞-固有名詞-地名-一般", alternatives=(own,))
        return [*out[: k - 1], read, *out[k:]]

    def direction_village(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's or town's name that begins with a direction before a place JMnedict
        lists, read as the direction (``village_directions``: 北 きた) and the place: 北信達村
        Kitashindachi-mura (was ほくしんたち, UniDic's word 北信 across the two), 東宮下村
        (was とうぐうか), 下伊場野村 (was したいばの), as 東 + 中山 + 村 is
        Higashinakayama-mura. The place's reading is the one Mozc writes most cheaply, else
        JMnedict's first; the ending keeps its reading. Where we read the direction so
        already, the place too must be read as JMnedict reads a place: 西信達村 Nishi
        Shindachi-mura (was しんたつ, JMnedict's given name). Not a municipality of the
        official list, nor a name a dictionary lists whole."""
        resolver = self._resolver
        rule = _rules()["village_directions"]
        written = "".join(m.surface for m in out)
        if (len(written) < 4 or written[0] not in rule["kanji"]
                or written[-1] not in rule["endings"] or not all(has_kanji(c) for c in written)
                or any(m.locked or m.source == "glossary" for m in out)):
            return out
        head = _rules()["place_prefixes"][written[0]][0]
        ours = "".join(hira(m) for m in out)
        ending = admin_ending(ours, written[-1])
        if not ending or resolver.index.readings(written) or written in resolver.municipalities():
            return out
        rest = written[1:-1]
        places = list(dict.fromkeys(r.reading for r in resolver.index.readings(rest)
                                    if r.source == "jmnedict" and r.kinds & PLACE))
        if not places or (ours.startswith(head)
                          and ours[len(head):-len(ending)] in places):
            return out
        place = resolver.cheapest(rest, places)
        blank = replace(out[0], role="", words=(), capitals=(), alternatives=(), locked=False,
                        proper=True, source="jmnedict", confidence="possible",
                        pos="名詞-固有名詞-地名-一般")
        pieces = [(written[0], head, blank.pos), (rest, place, blank.pos),
                  (written[-1], ending, "接尾辞-名詞的-一般")]
        return [replace(blank, surface=w, reading=resolver.mark(w, r), kana=to_katakana(r), pos=pos,
                        proper=pos != "接尾辞-名詞的-一般",
                        alternatives=(ours,) if k == 1 else ())
                for k, (w, r, pos) in enumerate(pieces)]

    def direction_place(self, out: list[Morpheme], units: list[Morpheme]) -> list[Morpheme]:
        """A whole input of kanji that begins with a direction (``village_directions``: 南
        みなみ) before a place JMnedict lists, where UniDic's first unit runs from the
        direction into the place and is a word no dictionary lists (南信 なんしん across 南 +
        信州): the direction read as ``place_prefixes`` reads it and the place as JMnedict
        does, 南信州 Minami Shinshū (was Nanshinshū), 東拓海 Higashi Takumi. The place is the
        longest one JMnedict lists; its reading the one Mozc writes most cheaply. Not where
        Mozc writes our reading more cheaply than the new one, nor where our reading of the
        two already is the direction's and a place's; what follows the place stays as read.
        :meth:`direction_village` reads villages and towns so."""
        resolver = self._resolver
        directions = _rules()["village_directions"]["kanji"]
        written = "".join(m.surface for m in out)
        first = units[0] if units else None
        if (len(written) < 3 or written[0] not in directions or first is None
                or not 2 <= len(first.surface) < len(written)
                or not all(map(is_kanji, written))
                or any(m.locked or m.source == "glossary" for m in out)):
            return out  # (told at once for most inputs)
        if any(r.source == "jmdict" or (r.source == "jmnedict" and r.kinds & PLACE)
               for r in resolver.index.readings(first.surface)):
            return out  # (a word or a place of its own: 東北, 西宮, 中津)
        cut, at = {0: 0}, 0
        for k, m in enumerate(out):
            at += len(m.surface)
            cut[at] = k + 1
        for end in range(len(written), len(first.surface), -1):
            if end not in cut:
                continue
            name = written[1:end]
            places = list(dict.fromkeys(r.reading for r in resolver.index.readings(name)
                                        if r.source == "jmnedict" and r.kinds & PLACE))
            if places:
                break
        else:
            return out
        head = _rules()["place_prefixes"][written[0]][0]
        ours = "".join(hira(m) for m in out[: cut[end]])
        if any(ours == head + p for p in places):
            return out
        place = resolver.cheapest(name, places)
        mine, theirs = (resolver.mozc_cost(written[:end], r) for r in (ours, head + place))
        if mine is not None and (theirs is None or mine < theirs):
            return out
        blank = replace(out[0], role="", words=(), capitals=(), alternatives=(), locked=False,
                        proper=True, source="jmnedict", confidence="possible",
                        pos="名詞-固有名詞-地名-一般")
        return [replace(blank, surface=written[0], reading=resolver.mark(written[0], head),
                        kana=to_katakana(head)),
                replace(blank, surface=name, reading=resolver.mark(name, place),
                        kana=to_katakana(place), alternatives=(ours,)),
                *out[cut[end]:]]

    def listed_pair(self, out: list[Morpheme]) -> list[Morpheme]:
        """A village's or town's name (a whole input ending in 村 or 町) where UniDic reads
        two kanji apart as common nouns that JMnedict lists together as a name and JMdict
        not as a word: the two read as that name (the reading Mozc writes most cheaply),
        one word. 加 + 積 かせき is 加積 かづみ (浜加積村 Hama Kazumi-mura, was Hama Ka
        Seki-mura), 石 + 住 こくじゅう is 石住 いしずみ, 女 + 良 is 女良 めら. Not where
        JMnedict lists the pair as UniDic reads it, nor over a unit Mozc's reading of the
        whole gave (東 + 秋 + 留村: Mozc's ひがしあきるむら). Pairs are taken from the end
        (東 + 加積, not 東加 はるか + 積)."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if not written or written[-1] not in "村町" or len(out) < 3:
            return out
        for k in range(len(out) - 2, -1, -1):
            a, b = out[k], out[k + 1]
            if (len(a.surface) == 1 and len(b.surface) == 1 and has_kanji(a.surface)
                    and has_kanji(b.surface) and b.surface not in "村町"
                    and a.pos.startswith("名詞-普通名詞") and b.pos.startswith("名詞-普通名詞")
                    and not a.locked and not b.locked
                    and "mozc" not in a.source and "mozc" not in b.source):
                pair = a.surface + b.surface
                ents = resolver.index.readings(pair)
                names = [r.reading for r in ents if r.source == "jmnedict"]
                if names and not any(r.source == "jmdict" for r in ents) and (
                        hira(a) + hira(b) not in names):
                    best = resolver.cheapest(pair, names)
                    if best != hira(a) + hira(b):
                        merged = merge_units([a, b], resolver.mark(pair, best), to_katakana(best),
                                             "jmnedict", "possible", (hira(a) + hira(b),))
                        out = [*out[:k], replace(merged, proper=True), *out[k + 2:]]
        return out

    def station_whole(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that is a railway station's name in the nationwide list
        (``data/stations.tsv``), read as the list reads it where every station of that
        name is read alike: 大和八木 Yamato Yagi (was Daiwa), 日向前田 Hyūga, 長太ノ浦
        Nagonoura. Not where our reading is a common word's (木造 Mokuzō), a place's or a
        family name's JMnedict lists (隅田 Sumida, not the station すだ), a municipality's
        (the official list decides those) or an era's. (Development: 18 of the 1,321
        stations sampled from the same list, 0 rows of any other set lost.)"""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if len(written) < 2 or not has_kanji(written):
            return out
        reading = resolver.station_names.reading(written)
        ours = "".join(hira(m) for m in out)
        if reading is None or reading == ours:
            return out
        if any(m.locked or m.source == "glossary" for m in out):
            return self._station_glossed(out, reading)
        if any(m.source in ("era", "province") for m in out):
            return out
        prefixed = self._prefixed_station(written, reading)
        if any(r.reading == ours and ((r.source == "jmdict" and r.common)
                                      or (r.source == "jmnedict" and not prefixed
                                          and r.kinds & (PLACE | {"surname"})))
               for r in resolver.index.readings(written)):
            return out  # a common word (木造 もくぞう), not the station (きづくり)
        if written in resolver.municipalities():
            return out
        return resolver.put_reading(out, reading, "station", "likely", (ours,))

    def _station_glossed(self, out: list[Morpheme], reading: str) -> list[Morpheme]:
        """A whole input of two units or more that is a station the list reads
        ``reading``, where a glossary word inside it kept its own reading: the list's
        reading where JMnedict lists the whole so read too, two sources agreeing on the
        whole against one on a part: 羽前金沢 Uzen Kanezawa (was Kanazawa, the glossary's
        city), 広神戸 Hirogōdo (was Kōkōbe)."""
        written = "".join(m.surface for m in out)
        if len(out) < 2 or not self._jmnedict_reads(written, reading):
            return out
        return self._resolver.put_reading([replace(m, locked=False) for m in out], reading, "station",
                                          "likely", ("".join(hira(m) for m in out),))

    def _jmnedict_reads(self, written: str, reading: str) -> bool:
        """Whether JMnedict lists ``written`` read ``reading``."""
        return any(r.reading == reading and r.source == "jmnedict"
                   for r in self._resolver.index.readings(written))

    def _prefixed_station(self, written: str, reading: str) -> bool:
        """Whether the station ``written``, read ``reading`` by the nationwide list, is a
        head read as a place prefix (data ``place_prefixes``: 東, 南, 上…), a place
        JMnedict lists or a station of the list reads it, before the rest read as the list
        or a dictionary reads it: 東 + 新宿 ひがし + しんじゅく, 南 + 砂町 みなみ + すなまち,
        上 + 伊田 かみ + いた, 豊田 + 本町 とよだ + ほんまち. The list's reading so made up
        of two known parts outweighs a place's or a family's reading JMnedict gives the
        whole (東新宿 ひがししんしゅく, 南砂町 みまみすなまち, a typo)."""
        resolver = self._resolver
        for cut in range(1, len(written) - 1):
            heads = [h for h in self._head_readings(written[:cut]) if reading.startswith(h)]
            if heads:
                tail = written[cut:]
                rests = {r.reading for r in resolver.index.readings(tail)}
                rests.add(resolver.station_names.reading(tail) or "")
                if any(reading == h + rest for h in heads for rest in rests if rest):
                    return True
        return False

    def _head_readings(self, head: str) -> set[str]:
        """The readings :meth:`_prefixed_station` allows the head of a station's name:
        a one-kanji place prefix's (data ``place_prefixes``), else a place's JMnedict lists
        and the station list's."""
        resolver = self._resolver
        if len(head) == 1:
            return set(_rules()["place_prefixes"].get(head, ()))
        found = {r.reading for r in resolver.index.readings(head)
                 if r.source == "jmnedict" and r.kinds & PLACE}
        found.add(resolver.station_names.reading(head) or "")
        return found - {""}

    def given_alone_place(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of kanji read as JMnedict reads it as a given name or a family
        name and no other way, where JMnedict lists it as a place too and Mozc writes the
        place's reading (of those, the cheapest) more cheaply than ours: the place's
        reading. A given name alone is seldom anyone's name, a place's alone is the place:
        豊平 Toyohira (was the given name Toyohei), as in 札幌市立豊平小学校, 春吉
        Haruyoshi; 牧川 Makigawa (was the family's Makikawa)."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if len(written) < 2 or not all(map(is_kanji, written)) or any(
                m.locked or m.source in ("glossary", "era", "province") for m in out):
            return out
        ours = "".join(hira(m) for m in out)
        listed = resolver.index.readings(written)
        mine = [r for r in listed if r.reading == ours]
        if not mine or any(r.source != "jmnedict" or not r.kinds <= _PERSON for r in mine):
            return out
        places = [r.reading for r in listed if r.source == "jmnedict" and r.kinds & PLACE]
        place = resolver.cheapest(written, places) if places else None
        cost = resolver.mozc_cost(written, place) if place else None
        own = resolver.mozc_cost(written, ours)
        if place is None or cost is None or (own is not None and own <= cost):
            return out  # (幸子 stays さちこ, Mozc's cheaper than the place こうじ)
        return resolver.put_reading(out, place, "jmnedict", "possible", (ours,))

    def station_family(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that is a railway station's name in the nationwide list, read a
        way only JMnedict gives (a place's or a family's, no JMdict word's) and none of its
        people bears as a family name, where JMnedict lists the list's reading as a place:
        the list's reading, two sources agreeing against one. 餅原 Mochibaru (was the
        family's もちはら), 郡家 Kōge, 江古田 Ekoda (of two places JMnedict lists, the one the
        station names), 白木原 Shirakibaru, 柳橋 Yanagibashi, 日吉町 Hiyoshi-chō.
        :meth:`station_whole` leaves all these alone. Not a reading JMdict lists (木造
        stays もくぞう), nor one JMnedict's people bear (隅田 stays Sumida, 古山 Furuyama).
        A name may write the linker ノ or ケ between its kanji: 仲ノ町 Naka no chō (JMnedict
        lists なかのまち and なかのちょう as places)."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if len(written) < 2 or not all(is_kanji(c) or c in "ノケヶ" for c in written) \
                or not is_kanji(written[0]):
            return out
        reading = resolver.station_names.reading(written)
        ours = "".join(hira(m) for m in out)
        if reading is None or reading == ours or any(
                m.locked or m.source in ("glossary", "era", "province") for m in out):
            return out
        listed = resolver.index.readings(written)
        if not any(r.reading == reading and r.source == "jmnedict" and r.kinds & PLACE
                   for r in listed):
            return out
        mine = [r for r in listed if r.reading == ours]
        if not mine or any(r.source != "jmnedict" for r in mine):
            return out  # (a word's reading, 木造 もくぞう, or one no dictionary gives)
        if written in resolver.municipalities() or ours in resolver.index.name_counts(
                written, family=True):
            return out  # (隅田 すみだ, 古山 ふるやま: a family JMnedict's people bear)
        return resolver.put_reading(out, reading, "station", "likely", (ours,))

    def before_station(self, out: list[Morpheme]) -> list[Morpheme]:
        """A station's name before 駅 (or a tram stop's before 停留場: data
        ``station_suffixes``) read as the nationwide station list reads it, where every
        station of that name reads alike: 今津駅 いまづえき (Mozc's whole: いまず), 長太ノ浦駅
        なごのうらえき (ちょうたのうら), 今船停留場 いまふね. Before 駅 the name is the
        station's, so the guards of :meth:`station_whole` (a word's, a place's or a
        family's reading) are not needed; a glossary word keeps its reading, unless it is
        a part of the name JMnedict lists whole as the list reads it (広神戸駅 ひろごうどえき,
        not the glossary's 神戸 こうべ: :meth:`_station_glossed`). The name is
        all the units of kanji before 駅 (at most six), not their end: 姫路市場駅, a freight
        station the list does not have, is no station 市場 いちば."""
        resolver = self._resolver
        suffixes = _rules()["station_suffixes"]
        k = len(out)
        while k > 0:
            k -= 1
            suffix = next((x for x in suffixes if out[k].surface.endswith(x)), None)
            if suffix is None:
                continue
            for j in range(max(0, k - 6), k + 1):
                span = out[j:k + 1]
                written = "".join(m.surface for m in span)[:-len(suffix)]
                glossed = [m for m in span if m.locked or m.source == "glossary"]
                if (not written or not has_kanji(written)
                        or any(len(m.surface) >= len(written) for m in glossed)):
                    continue
                if j > 0 and has_kanji(out[j - 1].surface) and is_nominal(out[j - 1]):
                    continue  # 姫路 + 市場駅 is no station 市場 (いちば)
                reading = resolver.station_names.reading(written)
                if reading is None or (glossed and not self._jmnedict_reads(written, reading)):
                    continue
                span = [replace(m, locked=False) for m in span]
                reading += to_hiragana(suffixes[suffix])
                ours = "".join(hira(m) for m in span)
                read = out[j:k + 1]
                # (a name of one kanji, 椿駅, 錦駅: its hyphen, its reading UniDic's)
                if len(written) > 1 and reading != ours:
                    read = resolver.put_reading(span, reading, "station", "likely", (ours,))
                    if "".join(hira(m) for m in read) != reading:  # 厚保 あつ: a silent 保
                        spelt = "".join(m.surface for m in span)
                        read = [merge_units(span, resolver.mark(spelt, reading),
                                            to_katakana(reading), "station", "likely", (ours,))]
                out = [*out[:j], *read[:-1], *self._suffix_apart(read[-1], suffix),
                       *out[k + 1:]]
                k = j
                break
        return out

    def _suffix_apart(self, m: Morpheme, suffix: str) -> list[Morpheme]:
        """``m``, the unit that ends a station's name with its suffix, and the suffix with
        the hyphen the station's takes (data ``station_suffixes`` read as
        ``hyphen_suffixes`` lists: 駅), whatever UniDic took the name's units for: 新橋 +
        駅 (the common noun "new bridge") and 新橋駅 (one noun) are *Shinbashi-eki*, were
        "Shinbashieki". ``[m]`` where the suffix takes no hyphen or the unit's kana do not
        end in the suffix's."""
        kana = _rules()["station_suffixes"][suffix]
        marked = self._resolver.mark(suffix, to_hiragana(kana))
        if marked not in _rules()["hyphen_suffixes"].get(suffix, ()) \
                or not m.kana.endswith(kana) or not m.reading.endswith(marked):
            return [m]
        if m.surface == suffix:
            return [replace(m, role="hyphen")]
        name = replace(m, surface=m.surface[:-len(suffix)], reading=m.reading[:-len(marked)],
                       kana=m.kana[:-len(kana)], role="", words=(), capitals=())
        return [name, Morpheme(suffix, marked, kana, "接尾辞-名詞的-一般", role="hyphen",
                               source=m.source, confidence=m.confidence)]


@cache
def _school_word_ends() -> frozenset[str]:
    """The last characters of the words that end a school's name (校)."""
    return frozenset(w[-1] for w in school_words())
