"""The cuts of a run of kanji into a family name and a given name that the other rules
left whole or cut elsewhere: a family name many of JMnedict's people bear (or one
listed only as a family name, or one kanji before a listed given name) and a given name
after it read as given names read its kanji (松平 + 近儔 *Matsudaira Chikachū*), and a
family name UniDic cut into a prefix and a noun or a noun and a suffix (桜 + 間
*sakurakan*, "between cherries": 桜間 *Sakurama*); and the cut of a whole input JMnedict
lists as one person's full name (古今亭 + 志ん朝, not 古今 + 亭志ん朝).

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`FamilyCuts`
(``resolver.family_cuts``) and hands it the rules :meth:`FamilyCuts.borne_family_person`
(a pass over a whole input), :meth:`FamilyCuts.affixed_family` (a part of a name found
before anything is read) and :meth:`FamilyCuts.full_name` (a run read whole), and asks
:meth:`FamilyCuts.family_and_given` whether a gloss's division may overrule a run's.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("松平近儔"), r.romanize("桜間中庸")
('Matsudaira Chikachū', 'Sakurama chūyō')
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.division import admin_suffix_after
from jpterms.division import rules as _rules
from jpterms.kana import is_kanji, split_morae, to_hiragana, to_katakana
from jpterms.morpheme_tests import (
    GIVEN,
    MOZC_WHOLE_NAME,
    PEOPLE_INSIDE,
    PERSON_KINDS,
    PLACE,
    hira,
    kana_honorific,
)
from jpterms.reading_parts import merge_units, split_over_kanji, units_from
from jpterms.rule_words import (
    court_name_tables,
    house_endings,
    named_site_endings,
    site_words,
)

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["FamilyCuts"]

#: A given name of three kanji no dictionary lists is read a mora a kanji where at least
#: this share of JMnedict's given names of three kanji ending with its last kanji, and
#: this many, are read so (:meth:`FamilyCuts._three_mora_name`).
_THREE_MORAE_SHARE = 0.75
_THREE_MORAE_NAMES = 20


class FamilyCuts:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` that cut a run of kanji
    into a family name and a given name, with the resolver's dictionaries (JMnedict's
    names and the counts of its people, JMdict's words, Mozc's readings and costs).

    >>> from jpterms.readings import ReadingResolver
    >>> cuts = ReadingResolver().family_cuts
    >>> cuts._surname_only("雪富"), cuts._surname_only("早雲")
    (True, False)
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def borne_family_person(self, out: list[Morpheme], units: list[Morpheme]
                             ) -> list[Morpheme]:
        """A whole input of three to five kanji that every other rule left as something
        other than a family name and a given name, read as one person: a family name of
        two kanji or more that at least :data:`PEOPLE_INSIDE` of JMnedict's people bear
        (:meth:`_borne_family_cut`, which also takes a few others), then one to three kanji, one given name read as given
        names read its kanji (:meth:`_composed_name`), both capitalised: 松平 + 近儔
        Matsudaira Chikachū (was "Matsudaira kin chū"), 近藤 + 安月子 Kondō Yasutsukiko (was
        "Kondōyasu Gesshi"), 黒田 + 長舒 (was "Kurodachō jo", UniDic's 黒田長 "chief
        Kuroda"). Where Mozc lists the whole as a name, its reading, cut after the family
        name (平川 + 綾真智 Hirakawa Ayamachi, was "Hirakawa Aya Machi").

        ``units``: UniDic's units of the input, before the refinements that made ``out``.
        ``out`` stays where it is two units the first of which JMnedict lists as a family
        name, where a suffix hangs on a name (九条 + 家本, 細川 + 氏), where the whole ends
        as a shop or a house does (末永 + 天正堂), where a dictionary lists the whole, where
        Mozc lists it as no name or reads its rest with の (高松宮杯, たかまつのみやはい)."""
        written = "".join(m.surface for m in out)
        if not self._resolver.name_sized(written) or any(
                m.locked or m.source == "glossary" for m in (*out, *units)):
            return out
        if (len(out) == 2 and any("surname" in k for _, k in self._resolver.names(out[0].surface))
                and out[1].proper) or any(m.role == "hyphen" for m in out) or written.endswith(house_endings()):
            return out
        cut = self._borne_family_cut(written, units)
        if cut is None or self._resolver.index.readings(written):
            return out
        family, given = written[:cut], written[cut:]
        surnames = [r for r, k in self._resolver.names(family) if "surname" in k]
        mozc = self._resolver.mozc_readings(written) if "mozc" in self._resolver.sources else {}
        if mozc:
            # Mozc lists the whole: where as a name, its reading cut after the family name
            whole = min(mozc, key=lambda r: (mozc[r], r))
            fam = max((f for f in surnames if whole.startswith(f) and len(whole) > len(f)),
                      key=len, default="")
            if not fam or not self._resolver.mozc_contexts(written, whole) <= MOZC_WHOLE_NAME:
                return out
            reading = whole[len(fam):]
        else:
            own = self._own_pieces(units, cut)
            made = self._composed_name(given, own)
            if made is None:
                return out
            reading = made
            if not surnames:  # (a house of the court JMnedict lists no family name of)
                surnames = [h for h in (court_name_tables()[0].get(family),) if h]
            if not surnames:
                return out
            start = (self._resolver.cheapest(family, surnames)
                     if "mozc" in self._resolver.sources else surnames[0])
            fam, _ = self._resolver.persons.commonest(family, start, surnames, family=True)
        if reading.startswith("の"):
            return out  # (a title: 高松 + の + 宮杯)
        unidic = "".join(hira(m) for m in units_from(self._resolver.cut_units(units, cut), cut))
        blank = replace(units[0], role="", words=(), capitals=(), alternatives=(),
                        locked=False, proper=True, source="mozc" if mozc else "jmnedict",
                        confidence="guess")
        return [replace(blank, surface=family, reading=self._resolver.mark(family, fam),
                        kana=to_katakana(fam), pos="名詞-固有名詞-人名-姓",
                        confidence="possible"),
                replace(blank, surface=given, reading=self._resolver.mark(given, reading),
                        kana=to_katakana(reading), pos="名詞-固有名詞-人名-名",
                        alternatives=(unidic,) if unidic and unidic != reading else ())]

    def _borne_family_cut(self, written: str, units: list[Morpheme]) -> int | None:
        """Where a family name of two kanji or more ends in ``written``: the one most of
        JMnedict's people bear, at least :data:`PEOPLE_INSIDE` (one is enough where it is
        UniDic's first unit and two kanji or more follow that are no JMdict word: 六道 +
        炎馬, 六郷 + 政殷; but not 田沢 + 湖潟, cut inside UniDic's 田沢湖, nor 筑紫 + 哀歌
        "elegy"), and no common JMdict word unless UniDic's first unit is that name as a
        proper noun (甲斐, 相馬); or, where none is, one that dictionaries list as a family
        name only and before a listed given name (:meth:`_surname_only`,
        :meth:`_listed_given_in`: 雪富 + 千晶紀 Yukitomi Chiaki, was "Yuki Fusen Aki"; 深貝 +
        大輔); or, where none is either, one kanji before a listed given name
        (:meth:`_one_kanji_family`: 住 + 洋樹); after it,
        one to three kanji that no dictionary lists as a word or a place, that do not
        end in a role or suffix (data ``not_given_name_ends``: 武田 + 流) nor hold a
        municipal suffix (大平 + 町横堀), and no two of which are a common word
        (小浜 + 鉄道部); one kanji alone must be a given name at least
        :data:`PEOPLE_INSIDE` people bear and no common word. Else None."""
        best: tuple[int, int] | None = None
        for cut in range(2, len(written)):
            family = written[:cut]
            if not 1 <= len(written) - cut <= 3:
                continue
            people = sum(self._resolver.index.name_counts(family, family=True).values())
            proper = units[0].surface == family and units[0].proper
            if court_name_tables()[0].get(family):  # a house of the court (鷹司 + 并子)
                people = max(people, PEOPLE_INSIDE)
            # (UniDic's first unit before two kanji or more that are no word: one bearer is
            # enough, 六郷 + 政殷, 渋川 + 昔尹; not before one kanji, 田沢湖 + 潟 a place,
            # nor before a word, 筑紫 + 哀歌 "elegy", a song)
            fewest = 1 if units[0].surface == family and len(written) - cut > 1 and not any(
                r.source == "jmdict" for r in self._resolver.index.readings(written[cut:])
            ) else PEOPLE_INSIDE
            if people < PEOPLE_INSIDE and self._surname_only(family) and self._listed_given_in(
                    written[cut:]):
                people = 0  # (雪富 + 千晶紀: a family name only, before a given name)
            elif people < fewest or (not proper and any(
                    r.source == "jmdict" and r.common
                    for r in self._resolver.index.readings(family))):
                continue
            if best is None or people > best[0]:
                best = (people, cut)
        if best is None and self._one_kanji_family(written, units):
            best = (0, 1)  # (住 + 洋樹, 雫 + 廣充)
        if best is None:
            return None
        given = written[best[1]:]
        entries = self._resolver.index.readings(given)
        if len(given) == 1:
            # one kanji: a given name people bear and no common word (本田 + 平), not a
            # word few or none bear (松本 + 銭) nor a common one (長野 + 高, the school)
            if sum(self._resolver.index.name_counts(given).values()) < PEOPLE_INSIDE or any(
                    r.source == "jmdict" and r.common for r in entries):
                return None
        elif any((r.source == "jmdict" and r.common) or r.kinds & PLACE for r in entries) or (
                any(r.source == "jmdict" for r in entries) and not any(
                    r.source == "jmnedict" and r.kinds & GIVEN for r in entries)):
            # no common word, no place; a rare word only where JMnedict lists the
            # spelling as a given name too (名取 + 忠愛 ただえ, not the word ちゅうあい)
            return None
        listed = len(given) > 1 and any(r.source == "jmnedict" and r.kinds & GIVEN
                                        for r in entries)
        if (given[-1] in _rules()["not_given_name_ends"]["kanji"] and not listed) or any(
                admin_suffix_after(ch, written[:best[1] + k]) for k, ch in enumerate(given)):
            return None
        if any(r.source == "jmdict" and r.common for k in range(len(given) - 1)
               for r in self._resolver.index.readings(given[k:k + 2])):
            return None
        return best[1]

    def _one_kanji_family(self, written: str, units: list[Morpheme]) -> bool:
        """Whether ``written``, three kanji, is a family name of one and a given name of
        two: JMnedict lists the first kanji as a family name and the other two as a given
        name and as no word or place, and UniDic reads the first kanji as a noun of its own
        and no numeral (住 + 洋樹 すみ + ひろき, was "Jūyōju"; 雫 + 廣充 しずく + ひろみつ, was
        "Shizuku Hiro Mitsuru"); not 長 + 果枝, UniDic's prefix, nor 父 + 二峰."""
        if len(written) != 3 or units[0].surface != written[0] or not units[0].pos.startswith(
                "名詞") or any(m.pos.startswith("名詞-数詞") for m in units):
            return False
        if not any(r.source == "jmnedict" and "surname" in r.kinds
                   for r in self._resolver.index.readings(written[0])):
            return False
        entries = self._resolver.index.readings(written[1:])
        return any(r.source == "jmnedict" and r.kinds & GIVEN for r in entries) and not any(
            r.source == "jmdict" or r.kinds & PLACE for r in entries)

    def _surname_only(self, family: str) -> bool:
        """Whether ``family`` (two kanji or more) is listed, and listed only as a family
        name: by JMnedict, as nothing else (雪富 ゆきとみ, 深貝 ふかがい); not 早雲, which it
        lists as a name of no kind too (そううん, 北条早雲)."""
        entries = self._resolver.index.readings(family)
        return len(family) > 1 and bool(entries) and all(
            r.source == "jmnedict" and r.kinds == {"surname"} for r in entries)

    def affixed_family(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A whole input of kanji whose first two units are a prefix and a noun or a noun
        and a suffix (桜 + 間 さくらかん, "between cherries") that together are a family
        name JMnedict lists and lists only so (:meth:`_surname_only`: 桜間 さくらま), read
        as none of its listed readings, before a name JMnedict gives a person, begins with
        that family name, read as the listed reading Mozc writes most cheaply: 桜間中庸 Sakurama chūyō (was "Sakurakan chūyō"),
        円舘金 えんだて (was えんかんきん)."""
        if len(morphemes) < 3 or any(m.locked or m.source == "glossary" or not all(
                is_kanji(ch) for ch in m.surface) for m in morphemes):
            return morphemes
        first, second = morphemes[0], morphemes[1]
        if not (first.pos.startswith("接頭辞") or second.pos.startswith("接尾辞")):
            return morphemes
        family = first.surface + second.surface
        listed = [r.reading for r in self._resolver.index.readings(family)]
        if not self._surname_only(family) or hira(first) + hira(second) in listed:
            return morphemes
        # what follows must be a name JMnedict gives a person (中庸 なかつね, 金 かね), and
        # no site or municipality (金宮 + 鉄道 "railway", 白林 + 少年館, 寒江 + 村)
        rest = "".join(m.surface for m in morphemes[2:])
        if rest.endswith(site_words()) or rest[-1] in _rules()["admin_suffixes"] or not any(
                r.source == "jmnedict" and r.kinds & PERSON_KINDS
                for r in self._resolver.index.readings(rest)):
            return morphemes
        reading = self._resolver.cheapest(family, listed)
        word = merge_units([first, second], to_katakana(reading), to_katakana(reading),
                           "jmnedict", "possible", tuple(r for r in listed if r != reading))
        return [replace(word, proper=True, pos="名詞-固有名詞-人名-姓"), *morphemes[2:]]

    def _listed_given_in(self, given: str) -> bool:
        """Whether ``given`` (two or three kanji) is a given name JMnedict lists, or its
        first or last two kanji are (千晶紀: 千晶 ちあき)."""
        return 2 <= len(given) <= 3 and any(
            any(r.source == "jmnedict" and r.kinds & GIVEN
                for r in self._resolver.index.readings(part))
            for part in dict.fromkeys((given, given[:2], given[-2:])))

    def _own_pieces(self, units: list[Morpheme], cut: int) -> list[str]:
        """UniDic's reading of each character after ``cut``, where its units share their
        readings out over their kanji ("" where one does not)."""
        pieces: list[str] = []
        for m in units_from(self._resolver.cut_units(units, cut), cut):
            split = split_over_kanji(m.surface, hira(m), self._resolver.index)
            if split is None or [c for _, c in split] != list(m.surface):
                pieces += [""] * len(m.surface)
            else:
                pieces += [p for p, _ in split]
        return pieces

    def _composed_name(self, given: str, own: list[str]) -> str | None:
        """A given name of one to three kanji no dictionary lists, read as given names
        read its kanji: one kanji as most of JMnedict's people of that given name read it;
        three kanji, where the last two (or first two) are a given name JMnedict lists,
        as that name after (before) the other kanji (千 + 晶紀 ち + あき), but a mora a
        kanji where names so ending are read so and the listed name makes no three morae
        (:meth:`_three_mora_name`: 安月子 あつこ, not 安 + 月子 やす + つきこ); else each
        kanji as :meth:`_name_piece` reads it (近 + 儔 ちか + ちゅう). ``own``: UniDic's
        reading of each kanji (see :meth:`_own_pieces`). None where a kanji has none."""
        listed = [r for r, kinds in self._resolver.names(given) if kinds & GIVEN]
        if listed and len(given) > 1:  # (a rare word's spelling: as a given name)
            return (self._resolver.cheapest(given, listed)
                    if "mozc" in self._resolver.sources else listed[0])
        tsusho = self._no_suke_name(given)
        if tsusho is not None:
            return tsusho
        if len(given) == 1:
            counts = self._resolver.index.name_counts(given)
            if counts:
                return max(counts, key=lambda r: (counts[r], r))
        if len(given) == 3:
            made = []
            for k in (1, 2):
                name = given[k:] if k == 1 else given[:k]
                listed = [r for r, kinds in self._resolver.names(name) if kinds & GIVEN]
                other = 0 if k == 1 else 2
                part = self._name_piece(given[other], own[other], head=k == 1)
                if listed and part:
                    read = (self._resolver.cheapest(name, listed)
                            if "mozc" in self._resolver.sources else listed[0])
                    made.append(part + read if k == 1 else read + part)
            morae = self._three_mora_name(given)
            if morae is not None and not any(len(split_morae(r)) == 3 for r in made):
                # (read a mora a kanji, unless a listed name inside reads so too: 千 +
                # 晶紀 ち + あき; but not 安 + 月子 やす + つきこ)
                return morae
            if made:
                return made[0]
        pieces = [self._name_piece(ch, own[k], head=k < len(given) - 1)
                  for k, ch in enumerate(given)]
        return "".join(pieces) if all(pieces) else None

    def _no_suke_name(self, given: str) -> str | None:
        """A given name of three kanji no dictionary lists that is a kanji, 之 and an
        ending of ``no_suke_names`` (助, 介, 輔... すけ; 進 しん; 丞 じょう), read as such
        names are: the first kanji as JMnedict's given names that begin with it and 之 read
        it before their の (else as its two-kanji given names most often begin with it),
        の, and the ending: 岩之介 いわのすけ (was いわ + ゆきすけ, 之介 read as the name
        ゆきすけ), 花之丞 はなのじょう. None for any other name, or where the first kanji
        has no such reading. (JMnedict's given names so made but for 丞, each left out:
        1,765 of 1,842 read right; its people so named whom Mozc does not list, their
        entries and their given names' set aside: 167 of 204, was 146.)

        >>> from jpterms.readings import ReadingResolver
        >>> r = ReadingResolver().family_cuts
        >>> r._no_suke_name("岩之介"), r._no_suke_name("忠之進"), r._no_suke_name("岩之子")
        ('いわのすけ', 'ちゅうのしん', None)
        """
        endings: dict[str, str] = _rules()["no_suke_names"]["words"]
        if len(given) != 3 or given[1] != "之" or given[2] not in endings:
            return None
        heads: dict[str, int] = {}
        for written in self._resolver.index.beginning(given[:2]):
            if len(written) != 3 or written == given:
                continue
            for r in self._resolver.index.readings(written):
                at = r.reading.find("の")
                if r.source == "jmnedict" and r.kinds & GIVEN and at > 0:
                    heads[r.reading[:at]] = heads.get(r.reading[:at], 0) + 1
        if not heads:
            heads = self._resolver.index.name_part_counts(given[0], head=True)
        if not heads:
            return None
        head = max(heads, key=lambda r: (heads[r], r))
        return head + "の" + to_hiragana(endings[given[2]])

    def _three_mora_name(self, given: str) -> str | None:
        """A given name of three kanji that no dictionary lists, read a mora a kanji, as
        most of JMnedict's given names of three kanji that end with its last kanji are (at
        least :data:`_THREE_MORAE_SHARE` of them: nine in ten of those ending in 子 or 恵,
        few of those ending in 郎): each kanji by the mora such names most often give it in
        its place, where at least two do (:meth:`ReadingIndex.three_kanji_counts`): 安月子
        あ + つ + こ (亜月子, 菜月子 なつこ; was やす + つきこ), 利也子 り + や + こ (was と
        し + かなこ). Else None. (Left out one at a time, this reads 28,411 of the 35,952 of
        JMnedict's such names it reads at all as listed, 79%.)"""
        if len(given) != 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in given) \
                or self._resolver.index.readings(given):
            return None
        three, names = self._resolver.index.three_morae_share(given[2])
        if names < _THREE_MORAE_NAMES or three < _THREE_MORAE_SHARE * names:
            return None
        morae = []
        for place, ch in enumerate(given):
            counts = self._resolver.index.three_kanji_counts(ch, place)
            best = max(counts, key=lambda m: (counts[m], m), default="")
            if not best or counts[best] < 2:
                return None
            morae.append(best)
        return "".join(morae)

    def _name_piece(self, ch: str, own: str, *, head: bool) -> str:
        """How a kanji is read inside a given name no dictionary lists (see
        :meth:`_composed_name`): as JMnedict's two-kanji given names most often read it
        at the start (``head``) or at the end, where at least two do; else by its first
        name reading (nanori) in KANJIDIC2; else as one such name reads it; else as UniDic
        reads it (``own``), else by its first on reading; else nothing."""
        counts = self._resolver.index.name_part_counts(ch, head=head)
        best = max(counts, key=lambda r: (counts[r], r)) if counts else ""
        if best and counts[best] >= 2:
            return best
        on, _, nanori = self._resolver.index.kanji(ch)
        return nanori[0] if nanori else best or own or (on[0] if on else "")

    def full_name(self, run: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input that JMnedict knows as one notable person's full name; not a
        name and an honorific in kana (源 + さん is Gen-san, not JMnedict's げんさん read as
        a family name and a given name "San"), nor a name that ends in a site word UniDic
        reads as a suffix (data ``site_words``), the site's: 永福 + 寺 Eifukuji, not a
        family name and the given name "Ji"; nor a name of no known kind (no person) whose
        given name would be the one-kanji ending of a site's name (data ``named_sites``: a
        mountain, a pond, a temple), the site's: 大峰 + 山 Ōminesan, not "Ōmine San". None
        where it is no such name.

        >>> from jpterms.readings import ReadingResolver
        >>> from jpterms.morpheme import Morpheme
        >>> run = [Morpheme("源", "ゲン", "ゲン", "名詞-固有名詞-人名-姓"),
        ...        Morpheme("さん", "サン", "サン", "接尾辞-名詞的-一般")]
        >>> ReadingResolver().family_cuts.full_name(run) is None
        True
        """
        written = "".join(m.surface for m in run)
        if len(written) > 8 or any(m.locked for m in run[1:]) or kana_honorific(run):
            return None
        surname = "人名-姓" in run[0].pos
        listed = self._resolver.people(written)
        people = [*listed, *(r for r, k in self._resolver.names(written)
                             if surname and k <= {"unclass"} and r not in listed
                             and not self._resolver.voicing.voiced_ending(run, r))]
        if not people:
            return None
        named = self._resolver.name_words(run, self._listed_family_units(run, people),
                                          people, "jmnedict")
        if named is None:
            return None
        if (named[-1].surface in site_words() and run[-1].surface == named[-1].surface
                and run[-1].pos.startswith("接尾辞")) or (
                    not listed and len(named[-1].surface) == 1
                    and named[-1].surface in named_site_endings()):
            # 永福 + 寺: the temple Eifukuji, a name of no known kind, not "Eifuku Ji";
            # 大峰 + 山: the mountain Ōminesan, whose given name would be "San"
            reading = "".join(hira(m) for m in named)
            return [replace(merge_units(run, self._resolver.mark(written, reading),
                                        to_katakana(reading), "jmnedict", "likely", ()),
                            proper=True)]
        return self._resolver.court.mozc_clan_name(named)

    def _listed_family_units(self, run: list[Morpheme], people: list[str]) -> int:
        """How many of UniDic's units of a listed person's name ``run`` its family name
        spans: the most, short of all, that JMnedict lists as a family name read as the
        first of ``people`` begins (古今 + 亭 | 志ん朝: 古今亭 ここんてい, not 古今 + 亭志ん朝
        "Kokon Teishinchō"); else one."""
        written = [m.surface for m in run]
        for k in range(len(run) - 1, 1, -1):
            family = "".join(written[:k])
            if any("surname" in kinds and people[0].startswith(r) and len(people[0]) > len(r)
                   for r, kinds in self._resolver.names(family)):
                return k
        return 1

    def family_and_given(self, run: list[Morpheme], current: list[str]) -> bool:
        """Whether ``run`` is read as a family name at least :data:`PEOPLE_INSIDE` of
        JMnedict's people bear and a given name it lists so: a division its gloss does not
        overrule (森 + 奈津子, not the gloss's "Morina Tsuko"); it may add a hyphen (後 +
        小松 Go-Komatsu). ``current``: the words the run is read as now.

        >>> from jpterms.readings import ReadingResolver
        >>> from jpterms.morpheme import Morpheme
        >>> run = [Morpheme("森", "モリ", "モリ", "名詞-固有名詞-人名-姓"),
        ...        Morpheme("奈津子", "ナツコ", "ナツコ", "名詞-固有名詞-人名-名")]
        >>> ReadingResolver().family_cuts.family_and_given(run, ["もり", "なつこ"])
        True
        """
        if len(run) != 2 or len(current) != 2:
            return False
        family, given = run
        counts = self._resolver.index.name_counts(family.surface, family=True)
        return sum(counts.values()) >= PEOPLE_INSIDE and current[0] in counts and any(
            r == current[1] and k & GIVEN for r, k in self._resolver.names(given.surface))
