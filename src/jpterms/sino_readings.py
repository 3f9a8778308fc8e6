"""Sino-Japanese and Chinese readings of names and runs: a pair or a run of kanji UniDic
reads partly the Japanese way that is one Sino-Japanese word, a lone given name read the
Chinese way, a Chinese person's family and given names, a district's or a province's
name abroad, and a year of the sexagenary cycle.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`SinoReadings`
(``resolver.sino``), which reads the units the resolver hands it with the resolver's
dictionaries, KANJIDIC2's on readings and Mozc.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("温家宝")
'On Kahō'
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import GIVEN, PLACE, hira
from jpterms.reading_parts import (
    VOICE,
    admin_ending,
    merge_units,
    on_joined,
    spelled,
    split_over_kanji,
)

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

#: UniDic's part of speech of a given name (修 おさむ).
_GIVEN_POS = "名詞-固有名詞-人名-名"
#: How many of JMnedict's people must bear a one-kanji family name a Japanese way for it
#: to stay so before a given name read the Chinese way (:meth:`SinoReadings._chinese_family`).
_JAPANESE_FAMILY_PEOPLE = 5
_VOICED = frozenset("がぎぐげござじずぜぞだぢづでどばびぶべぼ")
#: The longest part of a run of one-kanji units that _sino_run asks the lists for (a
#: listed word of single kanji read as UniDic reads them): longer ones are no words, and
#: asking for every part of a long run took cubic time (800 kanji, 30 s).
_LONGEST_PART = 12


class SinoReadings:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` that read names and runs
    of kanji the Chinese way, each taking units and giving them back, read anew where the
    rule applies.

    >>> from jpterms.readings import ReadingResolver
    >>> ReadingResolver().sino.chinese_given  # doctest: +ELLIPSIS
    <bound method SinoReadings.chinese_given of <jpterms.sino_readings.SinoReadings object at ...>>
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def sino_pair(self, out: list[Morpheme], as_written: str = "") -> list[Morpheme]:
        """A whole input of two kanji that no dictionary and no Mozc word is written as,
        which UniDic reads as two common nouns of one kanji each, one read the Chinese way
        (on) and the other the Japanese way (kun), is read as one Sino-Japanese word: the
        kun kanji takes its commonest on reading (:meth:`ReadingResolver.commonest_on`). Such a pair is a
        coined term or a Chinese name far more often than a mixed reading: 蔵干 ぞうかん
        (was くら + かん), 曹矩 そうく (そう + のり), 鰓軸 さいじく, 陰婚 いんこん. (Measured
        on the development sets: 22 rows right that were wrong, among them school names'
        stems, 拓南 たくなん; 5 the other way, such as 請料 うけりょう and 完先 かんさき.) An administrative ending (南区 みなみく) or a
        name keeps its reading.

        So does a run of three or more such units anywhere in a whole input (no unit of
        time or place, 前 まえ, among them), read each kanji on its own where no dictionary
        lists the run: 鯨海酔侯 げいかいすいこう (was くじら + うみ + よい + こう), 方頭刀
        ほうとうとう, 側着性 そくちゃくせい, 晴川院 of 晴川院養信 (see :meth:`_sino_run`;
        which units may be one of a run: :meth:`_fits`).
        (Measured on the development sets: 7 rows right that were wrong, 2 the other way,
        錦文流 にしきぶんりゅう and 蜂刺症 はちししょう; the same rule for runs of two
        inside a longer input fixed 3 and broke 5: 加圧水型 がた, 音楽之友社 とも.)

        Inside a longer input a pair of such units is read so too where Sino-Japanese
        words stand beside it and it is no native compound (:meth:`_sino_pair_inside`):
        両唇吸着音 りょうしんきゅうちゃくおん (was りょう + くちびる), 宝鋼集団 ほうこう, 軍人読法
        ぐんじんどくほう (was よみほう). (Development: 3 rows right that were wrong, 1 the
        other way, the shop 坂善商事 さかぜん, a name UniDic took for two nouns; without the
        pair's conditions 5 right and 7 wrong, 甲型 and 第七 among them.)

        A whole input that Mozc, JMdict or JMnedict lists as its units read it now stays
        as it is (:meth:`_whole_listed_as_read`): 坂善商事 さかぜんしょうじ, Mozc's shop
        (was はんぜん; development: that row right, none the other way; 文知摺橋 takes
        JMnedict's ぶんちすりばし, still not the gold もちずりばし).

        ``as_written``: the input in the old kanji forms it was written in (see
        :meth:`ReadingResolver.refine`); a list that knows a run in those forms keeps it too (蟲師 むしし,
        which Mozc lists, though no list knows the modern 虫師)."""
        if len(out) < 2 or len([m for m in out if len(m.surface) == 1
                                or m.source == "pykakasi"]) < min(len(out), 2):
            return out  # (most inputs: no two units of one character)
        run = len(out) > 2
        fit = self._fits(out, run=run)
        written = "".join(m.surface for m in out)
        if self._whole_listed_as_read(out, written):
            return out  # 坂 + 善 + 商事: Mozc's さかぜんしょうじ, the shop, not はんぜん
        person = self._family_before_name(out) if run and fit[0] else None
        if person is not None:
            return person  # 鮒 ふな + 信学 のぶみち: a family name and a name, not Hoshingaku
        if (len(as_written) != len(written)
                or as_written.translate(self._resolver.old_forms()) != written):
            as_written = written  # (no old forms, or not one for one: the modern spelling)
        if len(out) == 2:
            return self._sino_run(out, as_written) if all(fit) else out
        return self._sino_runs(out, fit, as_written)

    def _fits(self, out: list[Morpheme], *, run: bool) -> list[bool]:
        """Whether each unit of ``out`` may be one of a Sino-Japanese pair or run (``run``:
        the input has three units or more; see :meth:`sino_pair`).

        In a run of three or more a kanji UniDic reads as a given name, a prefix, a family
        name, a place, an adnominal or an adjectival noun is one of the run too
        (:func:`_sino_kanji`; in a pair, 鶴 + 君 is a name and its honorific): 待誕節
        たいたんせつ (was まち + たん + ふし), 栖了院 せいりょういん, 大彝震 だいいしん (was
        おお + つね + しん), 長果枝 ちょうかし, 陳其邁 ちんきまい (was ちん + その + すすむ),
        関関同立 かんかんどうりつ; so are a numeral that counts nothing (no counter or
        suffix after it, :func:`_counts`: 五 + 龍 + 背 ごりゅうはい, 四 + 賢 + 侯 しけんこう;
        not 百 + 人 + 組) and a kanji KANJIDIC2 guesses (羊 + 舌 + 肸 ようぜつきつ), but no
        name before an honorific (:func:`_honoured`: 星 + 誠 + 君). A word of kanji UniDic
        does not know that pykakasi reads the Chinese way throughout counts as an on unit of
        a pair or a run (:meth:`_unknown_on`): 叱列 + 平 しつれつへい (was たいら), 達 + 奚震
        たつけいしん (2 rows right that were wrong, none the other way). (11 rows right that
        were wrong, none the other way. A prefix in a whole input of two broke 本櫓 ほんやぐら
        and 複穴 ふくあな, and the honorific 御 御雇衆 おやといしゅう; a unit JMnedict read,
        登 of 登大遊 のぼりだいゆう, stays out of the run.)"""
        admin = _rules()["admin_suffixes"]
        return [self._unknown_on(m) or (len(m.surface) == 1 and _sino_kanji(m, run=run)
                and not m.locked and m.surface not in admin
                and m.source.startswith(("unidic", "kanjidic") if run else "unidic")
                and "glossary" not in m.source
                and "gazetteer" not in m.source and has_kanji(m.surface)
                and not (m.pos.startswith("名詞-数詞") and _counts(out[k + 1:k + 2]))
                and not (m.pos.startswith("名詞-固有名詞") and _honoured(out[k + 1:k + 2])))
                for k, m in enumerate(out)]

    def _sino_runs(self, out: list[Morpheme], fit: list[bool],
                   as_written: str) -> list[Morpheme]:
        """``out`` with each run of three or more fitting units, and each pair of them
        :meth:`_sino_pair_inside` allows, read the Chinese way (see :meth:`sino_pair`)."""
        res: list[Morpheme] = []
        starts = list(itertools.accumulate((len(m.surface) for m in out), initial=0))
        i = 0
        while i < len(out):
            j = i
            while j < len(out) and fit[j] and not out[j].pos.endswith("副詞可能"):
                j += 1
            if j - i >= 3 or (j - i == 2 and self._sino_pair_inside(out, i)):
                res.extend(self._sino_run(out[i:j], as_written[starts[i]:starts[j]]))
                i = j
            else:
                res.append(out[i])
                i += 1
        return res

    def _whole_listed_as_read(self, out: list[Morpheme], written: str) -> bool:
        """Whether Mozc, JMdict or JMnedict lists the whole input ``written`` as its units
        ``out`` read it now (see :meth:`sino_pair`)."""
        resolver = self._resolver
        ours = "".join(hira(m) for m in out)
        return ours in resolver.mozc_readings(written) or any(
            r.reading == ours for r in resolver.index.readings(written))

    def _family_before_name(self, out: list[Morpheme]) -> list[Morpheme] | None:
        """The whole input ``out`` (a run of :meth:`sino_pair`) as a person, where it
        begins with a kanji UniDic reads the Japanese way only, as JMnedict lists it as a
        family name, and the rest is two kanji JMnedict lists as a given name or a name of
        no kind: the family name and that name, read as JMnedict reads it (its given name's
        reading first): 錦 にしき + 文流 ぶんりゅう (a playwright), 鮒 ふな + 信学 のぶみち, not
        the Chinese run きんぶんりゅう, ほしんがく. Not a name with a numeral UniDic reads
        as one (父 + 二 + 峰 of the school 父二峰中学校, a place's name). None where it is
        not so."""
        resolver = self._resolver
        first, rest = out[0], out[1:]
        own, written = hira(first), "".join(m.surface for m in rest)
        if (len(first.surface) != 1 or len(written) != 2 or first.locked
                or any(m.locked or m.pos.startswith("名詞-数詞") for m in rest)
                or resolver.reading_kinds(first.surface, own) != {"kun"}
                or not any(r == own and "surname" in k for r, k in resolver.names(first.surface))):
            return None
        named = sorted((r for r, k in resolver.names(written) if k & (GIVEN | {"unclass"})),
                       key=lambda r: not any(r == g and k & GIVEN
                                             for g, k in resolver.names(written)))
        if not named:
            return None
        given = merge_units(rest, resolver.mark(written, named[0]), to_katakana(named[0]),
                            "jmnedict", "possible", tuple(named[1:5]))
        return [replace(first, proper=True, role="", pos="名詞-固有名詞-人名-姓"),
                replace(given, proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def _unknown_on(self, m: Morpheme) -> bool:
        """Whether ``m`` is a word of kanji UniDic does not know, which pykakasi reads the
        Chinese way throughout (叱列 しつれつ): a unit of a Sino-Japanese run
        (:meth:`sino_pair`) as a kanji of its own is."""
        if m.source != "pykakasi" or m.locked or len(m.surface) < 2 \
                or not all(map(is_kanji, m.surface)):
            return False
        kinds = self._resolver.on_kun(m.surface, hira(m))
        return kinds is not None and all(k in ("on", "both") for k in kinds)

    def _sino_pair_inside(self, out: list[Morpheme], i: int) -> bool:
        """Whether the two units ``out[i]``, ``out[i + 1]`` (one kanji each) inside a
        longer input are a Sino-Japanese word UniDic cut (:meth:`sino_pair`): each is a
        common noun, a suffix or a prefix (but 御), the second is no voiced Japanese
        reading (型 がた of 甲型 こうがた: a native compound's second part), and the units
        beside them are Sino-Japanese words, one at least: words of two kanji or more read
        the Chinese way throughout (両 + 唇 before 吸着音, 宝 + 鋼 before 集団)."""
        resolver = self._resolver
        pair = out[i:i + 2]
        if not all(_sino_kanji(m, run=False) or (
                m.pos.startswith("接頭辞")
                and m.surface not in _rules()["sino_runs"]["not_prefixes"]) for m in pair):
            return False
        second = pair[1]
        if hira(second)[:1] in _VOICED \
                and resolver.reading_kinds(second.surface, hira(second)) == {"kun"}:
            return False
        near = [m for m in (out[i - 1] if i else None, out[i + 2] if i + 2 < len(out) else None)
                if m is not None]
        return bool(near) and all(
            len(m.surface) > 1 and all(map(is_kanji, m.surface)) and not m.proper
            and set(resolver.on_kun(m.surface, hira(m)) or ["kun"]) == {"on"} for m in near)

    def given_pair(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of two kanji, one unit each, that UniDic reads as a given name of
        one kanji (修 おさむ, 明 あきら) and a word, with no family name, where neither
        the dictionaries nor Mozc list the two kanji, is a coined name (a school's, a
        quarter's: 早修 そうしゅう, was "Haya Osamu"; 操明 そうめい, was "Misao Akira"; 当仁
        とうじん): both kanji read the Chinese way, each keeping an on reading UniDic gives
        it, else taking its commonest on reading (:meth:`ReadingResolver.commonest_on`). A guess, and said
        to be one. So is a given name UniDic reads the Chinese way beside a common noun it
        reads the Japanese way, where given names seldom read that kanji so
        (:meth:`_given_on_with_kun`: 啓西 けいせい, was けいにし). A listed pair (弥刀 みと),
        a family name with a given name (林 + 修) and a given name with a suffix (修君
        Osamu-kun, 仁殿 Hitoshi-dono) stand."""
        resolver = self._resolver
        if len(out) != 2 or not any(m.pos == _GIVEN_POS for m in out):
            return out  # (nearly every input: no lone given name of one kanji)
        if any(len(m.surface) != 1 or not has_kanji(m.surface) or m.locked
               or "人名-姓" in m.pos or not m.source.startswith("unidic")
               or "glossary" in m.source for m in out) or out[1].pos.startswith("接尾辞"):
            return out  # (修 + 君, 仁 + 殿: a person and an honorific, Osamu-kun)
        if not any(m.pos == _GIVEN_POS and self._name_reading_only(m.surface, hira(m))
                   for m in out) and not self._given_on_with_kun(out):
            return out  # (鶴 つる of 彦鶴 ひこつる: a word's reading, kun)
        written = "".join(m.surface for m in out)
        if resolver.index.readings(written) or resolver.mozc_readings(written):
            return out
        kinds = [resolver.reading_kinds(m.surface, hira(m)) for m in out]
        pieces = [hira(m) if "on" in k else resolver.commonest_on(m.surface)
                  for m, k in zip(out, kinds, strict=True)]
        if not all(pieces):
            return out
        reading = on_joined(pieces)
        own = "".join(hira(m) for m in out)
        return [replace(merge_units(out, resolver.mark(written, reading), to_katakana(reading),
                                    "kanjidic", "guess", (own,)), proper=True,
                        pos="名詞-固有名詞-一般")]

    def _given_on_with_kun(self, out: list[Morpheme]) -> bool:
        """Whether the pair ``out`` (see :meth:`given_pair`) is a given name UniDic reads
        the Chinese way (啓 けい) and a common noun it reads the Japanese way only (西 にし),
        where JMnedict's two-kanji given names read that kanji, at that end, in one of its
        on readings more often than in that kun reading: a coined name read on throughout
        (帯広市立啓西小学校 Keisei, was Kei nishi; 健杜 けんと, 翔麻 しょうま with their
        JMnedict entries set aside). A kanji given names read the Japanese way at that end
        keeps its reading (洸介 こうすけ, 翔矢 しょうや, 玲帆 れいほ). (Over a sample of 3000
        of JMnedict's pairs UniDic cuts so, each with its entry set aside: 73 read as
        JMnedict does that were not, 8 the other way, 侑陽 ゆうよう and 祐下 ゆうか among
        them.)"""
        resolver = self._resolver
        kinds = [resolver.reading_kinds(m.surface, hira(m)) for m in out]
        if not any(m.pos == _GIVEN_POS and k and "on" in k
                   for m, k in zip(out, kinds, strict=True)):
            return False
        for i, (m, k) in enumerate(zip(out, kinds, strict=True)):
            if m.pos.startswith("名詞-普通名詞") and k == {"kun"}:
                counts = resolver.index.name_part_counts(m.surface, head=i == 0)
                on = max((counts.get(to_hiragana(r), 0)
                          for r in resolver.index.kanji(m.surface)[0]), default=0)
                return counts.get(hira(m), 0) < on
        return False

    def _name_reading_only(self, ch: str, reading: str) -> bool:
        """Whether ``reading`` is one of KANJIDIC2's name readings (nanori) of ``ch`` and
        none of its on or kun readings: 修 おさむ, 明 あきら; not 鶴 つる, 操 みさお (kun).

        >>> from jpterms.readings import ReadingResolver
        >>> sino = ReadingResolver().sino
        >>> sino._name_reading_only("修", "おさむ"), sino._name_reading_only("鶴", "つる")
        (True, False)
        """
        on, kun, nanori = self._resolver.index.kanji(ch)
        return reading in nanori and reading not in on and reading not in {
            r.strip("-").split(".")[0] for r in kun}

    def _sino_run(self, run: list[Morpheme], as_written: str = "") -> list[Morpheme]:
        """``run`` (units of one kanji each, see :meth:`sino_pair`) read the Chinese way
        throughout as one word, where UniDic reads some of its kanji the Chinese way (on;
        a reading that is also a kun or a name reading counts: 部 ぶ of 雨部 うぶ, was あめぶ)
        and the others the Japanese way (kun) or with a reading KANJIDIC2 does not give the
        kanji at all (峡 かい of 峡中 きょうちゅう, 菓 このみ of 本和菓衆 ほんわかしゅう), and
        neither the dictionaries nor Mozc list the run; else as it is. A part of the run
        with a kun kanji that a dictionary lists with the reading UniDic gives it keeps the
        run as it is (蛭藻 ひるも of 蛭藻金, 梶栗 かじくり of 梶栗郷). (Counting such a reading as on: 2 rows right that were
        wrong on the development sets, HDIC's radicals 雨部 Ubu and 鬼部 Kibu, none the
        other way; a reading KANJIDIC2 does not give as one to replace: 2 right, 峡中 and
        本和菓衆, none the other way, 3 wrong ones read otherwise, such as 摺手岩.)

        A pair is one word and makes the sound change of one (:func:`on_joined`: a final
        つ doubles the next consonant): 末伏 まっぷく (was まつふく), 屈膝 くっしつ. A longer
        run may be a name of several words and keeps each reading whole (羊舌肸 ようぜつきつ,
        a family name and a given name). ``as_written``: the run in the old kanji forms
        the input wrote it in, which a list may know where it does not know the modern
        spelling (蟲師 むしし in Mozc, no list's 虫師)."""
        resolver = self._resolver
        written = "".join(m.surface for m in run)
        kinds = [{"on"} if len(m.surface) > 1 else resolver.reading_kinds(m.surface, hira(m))
                 for m in run]  # (a word UniDic does not know: see _unknown_on)
        kinds = [k or {"kun"} for k in kinds]  # (no reading KANJIDIC2 gives: no on either)
        if not any("on" in k for k in kinds) or {"kun"} not in kinds \
                or self._run_listed(written, "".join(hira(m) for m in run)) or (
                    as_written and as_written != written
                    and self._run_listed(as_written, "".join(hira(m) for m in run))):
            return run
        for i in range(len(run) - 1):
            # (a listed word is at most _LONGEST_PART kanji: a long run costs linear time)
            for j in range(i + 2, min(len(run) + 1 - (i == 0), i + _LONGEST_PART + 1)):
                if {"kun"} not in kinds[i:j]:
                    continue
                part = "".join(m.surface for m in run[i:j])
                read = "".join(hira(m) for m in run[i:j])
                if read in resolver.mozc_readings(part) or any(
                        r.reading == read for r in resolver.index.readings(part)):
                    return run
        pieces = [hira(m) if "on" in k else resolver.commonest_on(m.surface)
                  for m, k in zip(run, kinds, strict=True)]
        if not all(pieces):
            return run
        reading = on_joined(pieces) if len(written) == 2 else "".join(pieces)
        own = "".join(hira(m) for m in run)
        return [merge_units(run, resolver.mark(written, reading), to_katakana(reading),
                            "kanjidic", "possible", (own,))]

    def _run_listed(self, written: str, own: str) -> bool:
        """Whether a list gives ``written`` (a run of :meth:`_sino_run`) a reading that
        keeps it as UniDic reads it (``own``): JMdict lists it as a word, or JMnedict or Mozc
        lists it read ``own``. A name listed only in another reading does not: 糸部 いとべ
        (a family name) leaves UniDic's mixed いと + ぶ to be read しぶ, 魚部 ぎょぶ."""
        resolver = self._resolver
        if resolver.mozc_reads(written, own):
            return True
        return any(r.source == "jmdict" or r.reading == own
                   for r in resolver.index.readings(written))

    def foreign_district(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of two kanji and 区, 県 or 市 (data ``foreign_districts``) that is
        no municipality of Japan (the official list), whose name no dictionary lists as a
        place or a word and Mozc does not list with its ending, is a district, county or
        city of China (or Korea), read the Chinese way. Where Mozc lists the name (without
        its ending) but not as we read it, its cheapest reading that reads every kanji the
        Chinese way (:meth:`_sino_listed`): 清城区 せいじょうく (was しんじょう, an on
        reading too), 平遠県 へいえんけん (was the character dictionary's ひょうえん), 陽山県
        ようざんけん (UniDic cut 陽 + 山県, the surname やまがた), 興寧市 こうねいし
        (development: 4 rows fixed, none broken). Otherwise a kanji read the Japanese way
        takes its commonest on reading (:meth:`ReadingResolver.commonest_on`): 茂南区 もなんく (was も +
        みなみ), 湘橋区 しょうきょうく (was しょう + ばし)."""
        resolver = self._resolver
        written = _name_abroad(out, _rules()["foreign_districts"]["endings"])
        if (not written or written in resolver.municipalities()
                or resolver.mozc_readings(written)):
            return out
        stem = written[:2]
        if any(r.source == "jmdict" or r.kinds & PLACE for r in resolver.index.readings(stem)):
            return out
        ours = "".join(hira(m) for m in out)
        ending = admin_ending(ours, written[-1])
        own = ours[: -len(ending)] if ending else ""
        listed = self._sino_listed(stem, own)
        if listed is not None:
            return resolver.places.place_and_ending(
                out[0], stem, listed, own, written[-1],
                ending or spelled(_rules()["admin_suffixes"][written[-1]][0]),
                source="mozc", confidence="possible")
        if not ending:
            return out
        pieces = split_over_kanji(stem, own, resolver.index)
        if pieces is None or [c for _, c in pieces] != list(stem):
            return out
        kinds = [resolver.reading_kinds(c, p) or {"kun"} for p, c in pieces]
        if {"kun"} not in kinds:
            return out
        read = [p if "on" in k else resolver.commonest_on(c)
                for (p, c), k in zip(pieces, kinds, strict=True)]
        if not all(read):
            return out
        return resolver.places.place_and_ending(out[0], stem, "".join(read), own, written[-1],
                                                ending, source="kanjidic", confidence="guess")

    def province_abroad(self, out: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of two kanji and an ending no place of Japan takes (data
        ``provinces_abroad``: 省), whose name JMdict lists as no word and Mozc does not
        list with its ending, is a province of China, read the Chinese way: each kanji by
        its own reading where that is an on reading KANJIDIC2 gives it as it stands, else
        by its commonest on (:meth:`ReadingResolver.commonest_on`; no voicing in a Chinese name, but the
        small っ before a kanji: 熱河 ねっか): 安東省 あんとうしょう (was a person, 安東 Shō),
        間島省 かんとうしょう (was まじま), 浜江省 ひんこうしょう as UniDic reads it (was the
        person Hamae Shō). None where it is no such input."""
        resolver = self._resolver
        endings: dict[str, str] = _rules()["provinces_abroad"]["words"]
        written = _name_abroad(out, endings)
        if not written or resolver.mozc_readings(written):
            return None
        stem = written[:2]
        if any(r.source == "jmdict" for r in resolver.index.readings(stem)):
            return None
        ending = to_hiragana(endings[written[-1]])
        ours = "".join(hira(m) for m in out)
        if not ours.endswith(ending):
            return None
        own = ours[: -len(ending)]
        pieces = split_over_kanji(stem, own, resolver.index)
        if pieces is None or [c for _, c in pieces] != list(stem):
            return None
        read = [p if _is_on(p, resolver.index.kanji(c)[0]) else resolver.commonest_on(c)
                for p, c in pieces]
        if not all(read):
            return None
        same = "".join(read) == own  # (UniDic's own reading: 浜江 ひんこう, no person Hamae)
        return resolver.places.place_and_ending(out[0], stem, "".join(read), own, written[-1],
                                                ending, source="unidic" if same else "kanjidic",
                                                confidence="possible" if same else "guess")

    def _sino_listed(self, stem: str, own: str) -> str | None:
        """The reading Mozc writes ``stem`` with most cheaply among those that read each
        kanji the Chinese way (on), where Mozc does not list ``own`` (our reading of it,
        "" where the units read across the stem's end): 清城 せいじょう (ours しんじょう),
        平遠 へいえん. None where Mozc lists ours or no such reading."""
        resolver = self._resolver
        found = resolver.mozc_readings(stem)
        if not found or own in found:
            return None
        sino = [r for r in found if (kinds := resolver.on_kun(stem, r)) and "kun" not in kinds]
        return min(sino, key=lambda r: (found[r], r)) if sino else None

    def cycle_name(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that is one name of the sexagenary cycle and nothing else (data
        ``cycle_names``: a year's or a day's name as a title) is read by the Japanese names
        of its stem and branch, as Japanese Wikipedia's titles read all sixty: 甲申
        Kinoesaru, 庚午 Kanoeuma, 己酉 Tsuchinototori (were Kōshin, Kōgo, Kiyū). Only the
        sixty pairs the cycle has: a stem and a branch of the same parity in their lists
        (辛子 is mustard, karashi, and 丁子 a clove, chōji, not years). Inside a
        longer word the Chinese reading stays (戊辰戦争 Boshin sensō), and so does what the
        glossary reads. (Measured on the development sets: 11 rows right that were wrong,
        none the other way; 3 were already read so.)"""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        cycle = _rules()["cycle_names"]
        stems, branches = list(cycle["stems"]), list(cycle["branches"])
        if (len(written) != 2 or written[0] not in stems or written[1] not in branches
                or stems.index(written[0]) % 2 != branches.index(written[1]) % 2
                or any(m.locked or m.source == "glossary" for m in out)):
            return out
        kana = cycle["stems"][written[0]] + cycle["branches"][written[1]]
        reading, own = to_hiragana(kana), "".join(hira(m) for m in out)
        if reading == own:
            return out
        source = "jmdict" if any(r.reading == reading and r.source == "jmdict"
                                 for r in resolver.index.readings(written)) else "mozc"
        return [merge_units(out, resolver.mark(written, reading), kana, source, "possible",
                            (own,))]

    def chinese_given(self, out: list[Morpheme]) -> list[Morpheme]:
        """A given name after a Chinese family name read the Chinese way: 袁 + 克文
        えんこくぶん (not かつふみ), 曹 + 敏 そうびん, 廖 + 寿恒 りょうじゅこう. The family name
        is one kanji read in its on reading (陳 ちん, 袁 えん, 曹 そう, 楊 よう); the given
        name, one or two kanji read as a Japanese given name, takes each kanji's on reading
        that given names use (:meth:`_name_on`), as Mozc writes the whole given name where
        it does so (:meth:`_listed_on_given`: 一清 いっせい): 戴 + 熙 たいき, not ひろし; 裴 +
        之平 しへい. A family kanji Mozc does not know counts where JMnedict lists it in on
        readings only (婁 ろう, :meth:`_on_only_family`). Not where JMnedict or Mozc knows
        the whole name, nor, where Mozc also writes the family kanji a Japanese way (団 だん
        and まる, 高 こう and たか, 楊 やなぎ: its bearers may be Japanese), before a
        two-kanji given name JMnedict's people bear (団 + 龍彦 たつひこ, 高 + 幹雄 みきお),
        unless no JMnedict person bears the family name, Mozc writes it most cheaply in its
        on reading and Mozc writes the given name the Chinese way (楊 + 一清 よういっせい).
        Whole inputs read as a person's name (see :meth:`ReadingResolver.refine`) are read so too: 温 +
        宗尭 おんそうぎょう, 呂 + 嘉問 りょかもん."""
        resolver = self._resolver
        for i in range(len(out) - 1):
            fam, given = out[i], out[i + 1]
            if (len(fam.surface) != 1 or ("人名-姓" not in fam.pos and not fam.proper)
                    or "人名-名" not in given.pos or not 1 <= len(given.surface) <= 2
                    or fam.locked or given.locked or not all(has_kanji(c) for c in given.surface)
                    or (i + 2 < len(out) and has_kanji(out[i + 2].surface))
                    or (i > 0 and has_kanji(out[i - 1].surface))):
                continue
            on_fam = {to_hiragana(r) for r in resolver.index.kanji(fam.surface)[0]}
            mozc = resolver.mozc_readings(fam.surface)
            if to_hiragana(fam.kana) not in on_fam:
                chinese = self._chinese_family(fam, given)
                if chinese is not None:
                    out = [*out[:i], chinese, *out[i + 1:]]
                continue
            if not (mozc or self._on_only_family(fam.surface, on_fam)):
                continue
            full = fam.surface + given.surface
            if resolver.people(full) or resolver.mozc_readings(full):
                continue
            ons = [[to_hiragana(r) for r in resolver.index.kanji(c)[0]] for c in given.surface]
            now = to_hiragana(given.kana).replace(" ", "")
            if not all(ons) or any("".join(p) == now for p in itertools.product(*ons)):
                continue
            listed = self._listed_on_given(given)
            if (not set(mozc) <= on_fam and len(given.surface) == 2
                    and resolver.index.name_counts(given.surface)
                    and not (listed and not resolver.index.name_counts(fam.surface, family=True)
                             and self._on_only_family(fam.surface, on_fam))):
                continue  # (a two-kanji given name JMnedict's people bear: 団 + 龍彦)
            reading = listed or "".join(self._name_on(c) for c in given.surface)
            word = merge_units([given], resolver.mark(given.surface, reading),
                               to_katakana(reading), "kanjidic", "guess", (now,))
            out = [*out[: i + 1], replace(word, proper=True, role="", pos=given.pos),
                   *out[i + 2:]]
        return out

    def _chinese_family(self, fam: Morpheme, given: Morpheme) -> Morpheme | None:
        """A family name of one kanji read the Japanese way before a given name of two
        kanji that no dictionary lists and that is read the Chinese way throughout (a
        guess): the family name in its first on reading (KANJIDIC2's), where JMnedict
        lists that reading as a family name and fewer than :data:`_JAPANESE_FAMILY_PEOPLE`
        of its people bear the name another way: 栄 + 毅仁 えいきじん (not さかえ, 2 people),
        盧 + 作孚 ろ; not 林 + 壮軒 (はやし, 182 people), a Japanese scholar's art name.
        Else None."""
        resolver = self._resolver
        if given.confidence != "guess" or len(given.surface) != 2 or resolver.names(given.surface):
            return None
        ons = [to_hiragana(r) for r in resolver.index.kanji(fam.surface)[0]]
        if not ons or not resolver.read_as(given.surface, to_hiragana(given.kana), {"on"}):
            return None
        if not any(r == ons[0] and "surname" in k for r, k in resolver.names(fam.surface)):
            return None
        borne = resolver.index.name_counts(fam.surface, family=True)
        if sum(n for r, n in borne.items() if r not in ons) >= _JAPANESE_FAMILY_PEOPLE:
            return None  # (a Japanese family: 林 + 壮軒 はやし, 谷 + 紅藍 たに, art names)
        return replace(fam, reading=resolver.mark(fam.surface, ons[0]), kana=to_katakana(ons[0]),
                       source="kanjidic", confidence="guess",
                       alternatives=(to_hiragana(fam.kana),))

    def _on_only_family(self, ch: str, on: set[str]) -> bool:
        """Whether JMnedict's people bear the family name ``ch`` (one kanji) only in its
        on readings ``on`` (KANJIDIC2's, hiragana), or none bears it and
        Mozc writes it most cheaply in an on reading (or, where Mozc does not know it,
        JMnedict lists it as a family name in on readings only): a Chinese (or Korean)
        family name, not a Japanese one. 張 (borne as ちょう), 楊 (no bearer; Mozc よう
        before やなぎ), 婁 (JMnedict ろう only); not 林 (はやし), 高 (たか), 秦 (はた)."""
        resolver = self._resolver
        borne = resolver.index.name_counts(ch, family=True)
        if borne:
            return set(borne) <= on
        mozc = resolver.mozc_readings(ch)
        if mozc:
            return min(mozc, key=lambda r: mozc[r]) in on
        listed = {r for r, k in resolver.names(ch) if "surname" in k}
        return bool(listed) and listed <= on

    def _name_on(self, ch: str) -> str:
        """The on reading of ``ch`` (KANJIDIC2's) that JMnedict's two-kanji given names
        read it in most often (:meth:`ReadingIndex.name_part_counts`, first and second
        kanji together; a voiced or half-voiced form counts for its reading) where enough
        names do and clearly more than read it in its commonest on reading
        (:meth:`ReadingResolver.commonest_on`; thresholds: ``chinese_given`` in word_division.json), else
        the commonest: 平 へい (in 康平, 修平; Mozc writes 平 alone most cheaply as ひょう);
        清 せい, not しん; 萍 へい (6 names read it ひょう: too few)."""
        resolver = self._resolver
        on = [to_hiragana(r) for r in resolver.index.kanji(ch)[0]]
        counts: dict[str, int] = {}
        for head in (True, False):
            for kana, n in resolver.index.name_part_counts(ch, head=head).items():
                for r in on:
                    if _voiced_as(r, kana):
                        counts[r] = counts.get(r, 0) + n
        common = resolver.commonest_on(ch)
        if not counts:
            return common
        rules = _rules()["chinese_given"]
        best = max(on, key=lambda r: (counts.get(r, 0), -on.index(r)))
        if counts[best] >= rules["name_on_least"] \
                and counts[best] > rules["name_on_times"] * counts.get(common, 0):
            return best
        return common

    def _listed_on_given(self, given: Morpheme) -> str:
        """The given name ``given`` read the Chinese way, each kanji in the on reading
        :meth:`_name_on` gives it, where Mozc writes the name so, with or without the
        small っ a compound makes of a final つ, ち, く or き; "" if Mozc does not: 一清
        いっせい (いち + せい; Mozc also reads it かずきよ); none for 龍彦 (りゅうげん: no
        word Mozc knows), nor for 正治 (Mozc's しょうじ is not せい + じ)."""
        parts = [self._name_on(c) for c in given.surface]
        if not all(parts):
            return ""
        mozc = self._resolver.mozc_readings(given.surface)
        for r in sorted(mozc, key=lambda r: mozc[r]):
            if _sokuon_join(parts, r):
                return r
        return ""


def _sino_kanji(m: Morpheme, *, run: bool) -> bool:
    """Whether the unit ``m`` (one kanji) may be a character of a Sino-Japanese word that
    UniDic cut into kanji (:meth:`SinoReadings.sino_pair`): a common noun or a
    suffix; in a ``run`` of three kanji or more (data ``sino_runs``) also a given name
    (待 + 誕 + 節, 栖 + 了 + 院: a person is read before), a prefix but the honorific 御
    (大 + 彝 + 震, 長 + 果 + 枝), a family name or a place (陳 + 其 + 邁, 関 + 関 + 同 +
    立), an adnominal (其), an adjectival noun (雅, 多) or a numeral, which a pair of two
    makes an ordinary compound or a name and its honorific of (本 + 櫓 ほんやぐら, 鶴 + 君
    Tsuru-kun).

    >>> from jpterms.morpheme import Morpheme
    >>> _sino_kanji(Morpheme("其", "ソノ", "ソノ", "連体詞"), run=True)
    True
    >>> _sino_kanji(Morpheme("本", "ホン", "ホン", "接頭辞"), run=False)
    False
    """
    if m.pos.startswith(("名詞-普通名詞", "接尾辞-名詞的")) and not m.proper:
        return True
    rules = _rules()["sino_runs"]
    return run and m.pos.startswith(tuple(rules["in_runs"])) \
        and m.surface not in rules["not_prefixes"]


def _honoured(after: list[Morpheme]) -> bool:
    """Whether a name before ``after`` (the unit after it, if any) is one: an honorific
    follows it (data ``hyphen_suffixes``: 星 + 誠 + 君 Hoshi Makoto-kun)."""
    return bool(after) and after[0].surface in _rules()["hyphen_suffixes"]


def _counts(after: list[Morpheme]) -> bool:
    """Whether a numeral before ``after`` (the unit after it, if any) counts something:
    a counter or a suffix follows it (百 + 人 + 組 ひゃくにんくみ, a company of a hundred)."""
    return bool(after) and (after[0].pos.startswith("接尾辞") or "助数詞" in after[0].pos)


def _voiced_as(reading: str, kana: str) -> bool:
    """Whether ``kana`` is ``reading``, perhaps voiced or half-voiced at its start.

    >>> _voiced_as("へい", "ぺい"), _voiced_as("へい", "べい"), _voiced_as("へい", "めい")
    (True, True, False)
    """
    if kana == reading:
        return True
    if not reading or kana[1:] != reading[1:]:
        return False
    half = dict(zip("はひふへほ", "ぱぴぷぺぽ", strict=True))
    return kana[:1] in (VOICE.get(reading[0]), half.get(reading[0]))


def _sokuon_join(parts: list[str], reading: str) -> bool:
    """Whether ``reading`` is ``parts`` side by side, a part that ends in つ, ち, く or き
    (not the last) perhaps with a small っ for that kana.

    >>> _sokuon_join(["いち", "せい"], "いっせい"), _sokuon_join(["いち", "せい"], "いちせい")
    (True, True)
    """
    if not parts:
        return not reading
    head = parts[0]
    forms = {head}
    if len(parts) > 1 and len(head) > 1 and head[-1] in "つちくき":
        forms.add(head[:-1] + "っ")
    return any(reading.startswith(f) and _sokuon_join(parts[1:], reading[len(f):])
               for f in forms)


def _name_abroad(out: list[Morpheme], endings: Collection[str]) -> str:
    """The whole input written, where it is two kanji and one of ``endings`` (区, 県, 市;
    省), none of them locked or the glossary's: the shape of a district's or a province's
    name abroad (:meth:`SinoReadings.foreign_district`, ``_province_abroad``); else
    ""."""
    written = "".join(m.surface for m in out)
    if (len(written) != 3 or written[-1] not in endings
            or not all(is_kanji(ch) for ch in written)
            or any(m.locked or m.source == "glossary" for m in out)):
        return ""
    return written


def _is_on(piece: str, on: Sequence[str]) -> bool:
    """Whether ``piece`` is one of the on readings ``on`` (KANJIDIC2's, katakana) as it
    stands or with a small っ for its last kana (熱 ねっ of 熱河), not voiced.

    >>> _is_on("ねっ", ["ネツ"]), _is_on("どう", ["トウ"]), _is_on("とう", ["トウ"])
    (True, False, True)
    """
    for raw in on:
        r = to_hiragana(raw)
        if piece == r or (len(r) > 1 and r[-1] in "つくちき" and piece == r[:-1] + "っ"):
            return True
    return False
