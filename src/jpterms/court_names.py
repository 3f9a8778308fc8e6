"""Names of old Japan as scholarship writes them: the houses of the court nobility
(``data/court_houses.tsv``) and the ancient clans (``data/clan_names.tsv``) before a
given name, with the genitive の of a clan name; titles of the court after a name (命婦,
内侍); 命 after a god's name, 大王 after an emperor's and 陵, an imperial tomb.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`CourtNames`
(``resolver.court``), which reads the runs of nouns and the people the resolver hands
it with the resolver's dictionaries and Mozc.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("藤原高藤"), r.romanize("月読命"), r.romanize("雄略大王")
('Fujiwara no Takafuji', 'Tsukuyomi no Mikoto', 'Yūryaku no Ōkimi')
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import GIVEN, MOZC_EVERYDAY, PEOPLE_INSIDE, hira
from jpterms.reading_parts import kanji_readings, merge_units, split_over_kanji, with_genitive
from jpterms.rule_words import clan_table, court_name_tables, site_words

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

#: A given name that this many of JMnedict's people bear so, or that Mozc writes more
#: cheaply than this, is a name of today, not of an ancient clan's member
#: (:meth:`CourtNames.clan_of`: 藤原 + 直樹 なおき, 66 people; 橘 + 花子, cost 3934).
_MODERN_GIVEN_PEOPLE = 10
_MODERN_GIVEN_COST = 4000


class CourtNames:
    """The court's, the clans' and the imperial house's names among a
    :class:`~jpterms.readings.ReadingResolver`'s rules, each taking a run's units (or a
    whole input's) and giving them back, read anew where the rule applies.

    >>> from jpterms.readings import ReadingResolver
    >>> court = ReadingResolver().court
    >>> court.clan_before_unpeopled("平清盛"), court.clan_before_unpeopled("平成元")
    (True, False)
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def clan_name_readings(self, written: str) -> list[str]:
        """JMnedict's readings of ``written`` that it lists as no person (a name of no
        kind, or a given name's), but that read a family name JMnedict lists, the の of a
        clan name and a given name: 橘奈良麻呂 たちばな + の + ならまろ, 蘇我馬子 そが + の
        + うまこ (listed as a woman's name), 柿本人麻呂. Such a reading is one person's
        full name, Tachibana no Naramaro, not a name cut anywhere (Tachibana Nonara maro).
        The の must be no part of the given name (as in :meth:`ReadingResolver._of_form`), the given name's
        characters must read it, and it must not end as the names of places do
        (``clan_name`` in ``data/word_division.json``: 湯本湾, 大倉滝 are places)."""
        resolver = self._resolver
        out = []
        for reading, kinds in resolver.names(written):
            if kinds - (GIVEN | {"unclass"}):
                continue
            split = resolver.family_cut(written, reading)
            if split is None:
                continue
            cut, fam = split
            given = reading[len(fam) + 1:]
            if reading[len(fam)] != "の" or len(given) < 2 or cut >= len(written):
                continue
            rest = written[cut:]
            if rest[-1] in _rules()["clan_name"]["not_last"] or not (
                    any(r.reading == given for r in resolver.index.readings(rest))
                    or split_over_kanji(rest, given, resolver.index) is not None):
                continue  # a place (湯 + の + 本湾), or the の is a kanji's (観 + の + 音島)
            givens = {r for r, k in resolver.names(rest) if k & GIVEN}
            if given in givens or not any(
                    r.startswith("の") for r in kanji_readings(written[cut], resolver.index)):
                out.append(reading)
        return out

    def court_given(self, out: list[Morpheme]) -> list[Morpheme]:
        """A given name after the name of a house of the court nobility
        (``data/court_houses.tsv``), or of one of the ancient clans they descend from
        (``data/clan_names.tsv``: 藤原 + 公通 *Fujiwara no Kinmichi*, was Kimimichi;
        development: 1 row fixed, none broken; a clan's name read the Chinese way stays, as
        a modern bearer's: 藤原周二 *Fujiwara Shūji*), begins as the court read its first kanji
        (``data/court_name_heads.tsv``, counted on those houses' people in JMnedict): 公
        きん, 実 さね. 徳大寺 + 公信 Tokudaiji Kinnobu (was Kiminobu), 今出川 + 実尹
        Imadegawa Sanetada (was Mitada). The rest of the name keeps its reading; a person
        JMnedict lists whole keeps the listed reading (三条公頼 きみより, and the actor 冷泉公裕
        きみひろ). (Development: 12 rows fixed, none broken; 4 wrong rows still wrong, as
        嵯峨公勝 Kinshō, where the gold has Kintō.) A two-kanji given name read with a
        kanji the Chinese way only is read the Japanese way first (:meth:`_court_kun`:
        鷹司 + 教平 Norihira, was Kyōhei).

        >>> from jpterms.morpheme import Morpheme
        >>> from jpterms.readings import ReadingResolver
        >>> [m.kana for m in ReadingResolver().court.court_given([
        ...     Morpheme("西園寺", "サイオンジ", "サイオンジ", "名詞-固有名詞-人名-姓", proper=True),
        ...     Morpheme("公兼", "キミカネ", "キミカネ", "名詞-固有名詞-人名-名", proper=True)])]
        ['サイオンジ', 'キンカネ']
        """
        resolver = self._resolver
        houses, heads = court_name_tables()
        for k in range(len(out) - 1):
            family, given = out[k], out[k + 1]
            if ((family.surface not in houses and family.surface not in clan_table())
                    or len(given.surface) < 2
                    or "人名-名" not in given.pos
                    or given.locked or given.source == "glossary" or " " in given.kana):
                continue
            if resolver.people(family.surface + given.surface):
                continue  # (a person JMnedict lists whole: as listed)
            kun = self._court_kun(given.surface, hira(given), heads) \
                if family.surface in houses else None  # (a clan's modern bearer: 藤原 + 周二)
            if kun is not None:
                listed = any(r == kun for r, _ in resolver.names(given.surface))
                out[k + 1] = replace(given, reading=resolver.mark(given.surface, kun),
                                     kana=to_katakana(kun), source="jmnedict",
                                     confidence="possible" if listed else "guess",
                                     alternatives=(hira(given), *given.alternatives)[:5])
                continue  # (a guess where composed: 教平 のり + ひら)
            if given.surface[0] not in heads:
                continue
            head, reading = heads[given.surface[0]], hira(given)
            if reading.startswith(head):
                continue
            pieces = split_over_kanji(given.surface, reading, resolver.index)
            if not pieces or pieces[0][1] != given.surface[0]:
                continue
            new = head + reading[len(pieces[0][0]):]
            out[k + 1] = replace(given, reading=resolver.mark(given.surface, new),
                                 kana=to_katakana(new),
                                 alternatives=(reading, *given.alternatives)[:5])
        return out

    def court_word_given(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that is the name of a house of the court nobility
        (``data/court_houses.tsv``) and two kanji UniDic reads as a common word the
        Chinese way, as one noble's name: the two kanji as the court named its sons
        (:meth:`_court_kun`), where they read so: 西園寺 + 実益 Saionji Sanemasu (was
        "Saionji jitsueki", the word "actual profit"), 一条 + 内政 Ichijō Tadamasa (the
        name JMnedict lists; was "naisei", "domestic affairs"). Not after an ancient clan,
        whose name begins words for its age (藤原 + 時代), nor where the word has no such
        reading (近衛 + 師団 "the Imperial Guard division", 土御門 + 内裏 stay words), nor where
        the word ends as a site's name does (一條 + 神社 じんじゃ, not a noble Kamikoso), nor
        where it is an everyday word (Mozc writes it more cheaply than
        :data:`MOZC_EVERYDAY`: 二条 + 公園, 一条 + 中学), nor where its first kanji is none
        the court read its own way (``data/court_name_heads.tsv``: 実 さね) and JMnedict
        does not list the reading as a given name (鷹司 + 本家 stays honke: もといえ is a
        family name's)."""
        resolver = self._resolver
        if len(out) != 2:
            return out
        family, word = out
        houses, heads = court_name_tables()
        if (family.surface not in houses or len(word.surface) != 2
                or not word.pos.startswith("名詞-普通名詞") or word.proper
                or word.surface.endswith(site_words()) or word.locked or word.source == "glossary"
                or family.locked):
            return out
        cost = resolver.mozc_cost(word.surface, hira(word)) if "mozc" in resolver.sources else None
        if cost is not None and cost < MOZC_EVERYDAY:
            return out  # (an everyday word: 二条 + 公園, 一条 + 中学)
        kun = self._court_kun(word.surface, hira(word), heads)
        if kun is None or not (word.surface[0] in heads or any(
                r == kun and (k & GIVEN or k <= {"unclass"})
                for r, k in resolver.names(word.surface))):
            return out  # (no name the court read so, nor one JMnedict lists: 鷹司 + 本家)
        return [family, replace(word, proper=True, role="", pos="名詞-固有名詞-人名-名")]

    def _court_kun(self, written: str, reading: str, heads: dict[str, str]) -> str | None:
        """A two-kanji given name after a house of the court nobility, read with a kanji
        the Chinese way only (``reading``: 教平 きょう + へい, 光平 こう + へい, 通平 みち +
        へい), read instead the Japanese way, as the court named its sons: the reading
        JMnedict lists of that spelling whose two halves read so (光平 みつひら), else the
        first kanji as the court read it (``heads``: 公 きん) or as JMnedict's given names
        most often begin with it the Japanese way, and the second as they most often end
        with it (教平 のり + ひら). None where the reading has no such half, or no such
        reading is counted twice."""
        resolver = self._resolver
        if len(written) != 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in written):
            return None

        def halves(r: str) -> list[tuple[str, str]] | None:
            pieces = split_over_kanji(written, r, resolver.index)
            if pieces is None or [c for _, c in pieces] != list(written):
                return None
            return pieces

        def japanese(ch: str, piece: str, at: int, *, court: bool = True) -> bool:
            if at == 0 and ch in heads and (court or heads[ch] == piece):
                return heads[ch] == piece  # (公 きん, as the court read it: not きみ)
            return "kun" in resolver.reading_kinds(ch, piece)

        pieces = halves(reading)
        if pieces is None or all(japanese(c, p, at, court=False)
                                 for at, (p, c) in enumerate(pieces)):
            return None  # (公信 きみ + のぶ: only its first kanji is read anew, きん)
        listed = [r for r, k in resolver.names(written) if k & GIVEN or k <= {"unclass"}]
        counts = resolver.index.name_counts(written)
        kun = [r for r in listed if (h := halves(r)) is not None
               and all(japanese(c, p, at) for at, (p, c) in enumerate(h))]
        if kun:
            return max(kun, key=lambda r: (counts.get(r, 0), -listed.index(r)))
        parts = []
        for at, ch in enumerate(written):
            if at == 0 and ch in heads:
                parts.append(heads[ch])
                continue
            found = resolver.index.name_part_counts(ch, head=at == 0)
            ok = [r for r, n in found.items() if n >= 2 and "kun" in resolver.reading_kinds(ch, r)]
            if not ok:
                return None
            parts.append(max(ok, key=lambda r: (found[r], r)))
        return "".join(parts)

    @staticmethod
    def deity_title(out: list[Morpheme]) -> list[Morpheme]:
        """命 after the name of a god or an ancient person, as a unit of its own that UniDic
        reads as the word for life (めい, いのち), is the title みこと with the の of a name:
        月読 + 命 Tsukuyomi no Mikoto, 五十鈴依媛 + 命 Isuzu Yorihime no Mikoto, as JMdict
        and JMnedict read the names of this kind they list (須佐之男命 すさのおのみこと,
        倭建命 やまとたけるのみこと: 28 entries ending in 命 read のみこと). Only at the end
        of a run of kanji, after a proper noun; words (運命, 人命) are units of their own."""
        for k in range(1, len(out)):
            m, before = out[k], out[k - 1]
            if (m.surface != "命" or m.locked or m.source != "unidic" or not before.proper
                    or "固有名詞" not in before.pos or not has_kanji(before.surface)
                    or (k + 1 < len(out) and has_kanji(out[k + 1].surface))):
                continue
            plain = to_hiragana(m.kana)
            if to_hiragana(before.kana).endswith("の"):  # (底筒男 そこつつのおの)
                title = replace(m, reading="ミコト", kana="ミコト", words=(), capitals=())
            else:
                title = replace(m, reading="ノミコト", kana="ノ ミコト", words=("ノ", "ミコト"),
                                capitals=(False, True))
            out = [*out[:k], replace(title, pos="名詞-固有名詞-人名-一般", proper=True, role="",
                                     source="jmdict+jmnedict", confidence="possible",
                                     alternatives=(plain,)), *out[k + 1:]]
        return out

    def great_king(self, out: list[Morpheme]) -> list[Morpheme]:
        """大王 after the name of an emperor, at the end of a run of kanji, is the title the
        kings of Yamato bore before 天皇, おおきみ (JMdict's reading of 大王 beside だいおう),
        with the の of a name, as historians name them: 雄略 + 大王 Yūryaku no Ōkimi (was
        "Yūryaku daiō"). The name must be one JMnedict lists as an emperor's, read so:
        雄略天皇 ゆうりゃくてんのう. Any other king stays a great king, だいおう (アレクサンドロス +
        大王, 九生 + 大王, a deity of a shrine)."""
        for k in range(1, len(out)):
            m, before = out[k], out[k - 1]
            if (m.surface != "大王" or m.locked or m.source == "glossary" or before.locked
                    or not all(is_kanji(ch) for ch in before.surface)
                    or (k + 1 < len(out) and has_kanji(out[k + 1].surface))
                    or (k > 1 and has_kanji(out[k - 2].surface))):
                continue
            name = hira(before)
            if name + "てんのう" not in self._resolver.people(before.surface + "天皇"):
                continue
            title = replace(m, reading="ノオーキミ", kana="ノ オオキミ", words=("ノ", "オーキミ"),
                            capitals=(False, True), pos="名詞-固有名詞-人名-一般", proper=True,
                            role="", source="jmdict+jmnedict", confidence="possible",
                            alternatives=(hira(m),))
            out = [*out[:k - 1], replace(before, proper=True), title, *out[k + 1:]]
        return out

    def mausoleum(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of kanji ending in 陵, an imperial tomb, after a name of two kanji
        or more read the Japanese way throughout, is read as the Imperial Household Agency
        names its tombs, with the の of a name and 陵 みささぎ (JMdict's reading of 陵 beside
        りょう): 月輪 + 陵 Tsukinowa no misasagi (was JMnedict's "Tsukinowanoryō"), 伏見桃山
        + 陵 Fushimi Momoyama no misasagi, as Mozc writes it (was "ryō"). A name read the
        Chinese way keeps りょう, as archaeologists call 大仙陵 Daisenryō; so do hills (丘陵)
        and schools (菊陵), whose 陵 is inside a word of its own."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if len(written) < 3 or not written.endswith("陵"):
            return out
        last = out[-1]
        if (not all(is_kanji(ch) for ch in written)
                or any(m.locked or m.source == "glossary" for m in out)
                or not (last.surface == "陵" or len(out) == 1)):
            return out
        reading = "".join(hira(m) for m in out)
        if not reading.endswith("りょう"):
            return out
        head = written[:-1]
        name = reading[:-len("りょう")]
        if len(out) == 1 and name.endswith("の"):
            name = name[:-1]  # (JMnedict's 月輪陵 つきのわのりょう: the の is the name's)
        kinds = resolver.on_kun(head, name) or resolver.on_kun(head, name.replace("の", ""))
        if not kinds or any(k == "on" for k in kinds) or "kun" not in kinds:
            return out
        tomb = replace(last, surface="陵", reading="ノミササギ", kana="ノ ミササギ",
                       pos="名詞-普通名詞-一般", proper=False, role="", words=("ノ", "ミササギ"),
                       capitals=(False, False), source="jmdict", confidence="possible",
                       alternatives=(reading,), family=False)
        if last.surface == "陵":
            return [*out[:-1], tomb]
        place = replace(last, surface=head, reading=resolver.mark(head, name),
                        kana=to_katakana(name), pos="名詞-固有名詞-地名-一般", proper=True,
                        words=(), capitals=())
        return [place, tomb]

    def mozc_clan_name(self, person: list[Morpheme]) -> list[Morpheme]:
        """A whole input read as a family and a given name, read as Mozc reads it where
        Mozc lists the whole written so with the genitive の of a clan name after the
        family name: 藤原忠平 *Fujiwara no Tadahira*, 中臣勝海 *Nakatomi no Katsumi*,
        紀長谷雄 *Ki no Haseo*. Mozc's full names of people write the の where scholarship
        does (藤原道長 ふじわらのみちなが, 源頼朝) and leave it out for a modern name
        (藤原紀香 ふじわらのりか); JMnedict lists many of the same people without it
        (ふじわらただひら)."""
        resolver = self._resolver
        if (len(person) != 2 or "mozc" not in resolver.sources
                or "人名-姓" not in person[0].pos or "人名-名" not in person[1].pos
                or person[1].kana.startswith("ノ ")
                or any(m.locked or m.source == "glossary" for m in person)):
            return person
        own = len(person[0].surface)
        written = person[0].surface + person[1].surface
        if not all(is_kanji(ch) for ch in written):
            return person
        # (UniDic's family name first, then any other JMnedict lists: 清原 + 家衡, where
        # the person was read 清 + 原家衡)
        for cut in sorted(range(1, min(len(written), 5)), key=lambda c: (c != own, c)):
            found = self._clan_walk(written[:cut], written[cut:],
                                    hira(person[0]) if cut == own else "")
            if found:
                break
        else:
            return person
        fam, given = min(found, key=lambda r: (found[r], r))
        if fam + "の" + given == "".join(map(hira, person)) and (
                hira(person[0]) != fam + "の" or any(
                    r == fam + "の" for r, _ in resolver.names(written[:cut]))):
            return person  # the の is the family name's own (鵜殿 うどの + 長照)
        confidence = "likely" if len(found) == 1 else "possible"
        named = resolver.name_words(person, 1, [fam + given], "mozc", confidence) \
            if cut == own else resolver.persons.split_person(person, written[:cut], written[cut:],
                                                     fam, given, [fam + given])
        if named is None or hira(named[0]) != fam:
            return person
        return [named[0], with_genitive(named[1])]

    def clan_of(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of kanji that is one of the ancient clans (uji) of
        ``data/clan_names.tsv``, read as the file reads it, and a given name of one to
        three kanji takes the genitive の of a clan name after the clan, as scholarship
        writes such names: 藤原 + 高藤 *Fujiwara no Takafuji*, 平 + 業盛 *Taira no
        Narimori*, 橘 + 為仲 *Tachibana no Tamenaka*. The given name is one word, read as
        its units were: UniDic's given name, or a name JMnedict lists so (藤原 + 秋 + 常:
        あきつね), and every kanji of it read the Japanese way, as the names of those
        centuries were (a name read the Chinese way is a modern one: 藤原周二 *Fujiwara
        Shūji*), and no common name of today (:data:`_MODERN_GIVEN_PEOPLE` of JMnedict's
        people bear it, or Mozc writes it cheaply: 藤原直樹 *Fujiwara Naoki*, 橘花子; nor
        a man's name in -o, ``modern_given_ends``: 藤原房雄 *Fujiwara Fusao*, 平茂夫
        *Taira Shigeo*). Only where neither JMnedict nor Mozc lists the whole (a person
        they list keeps their reading, with or without the の: 藤原紀香 *Fujiwara
        Norika*; see :meth:`mozc_clan_name`)."""
        resolver = self._resolver
        if len(out) < 2 or not 2 <= sum(len(m.surface) for m in out) <= 6:
            return out
        clan = clan_table().get(out[0].surface)
        rest = out[1:]
        given = "".join(m.surface for m in rest)
        if (not clan or (hira(out[0]) != clan and "人名-姓" not in out[0].pos)
                or not 1 <= len(given) <= 3
                or not all(is_kanji(ch) for ch in given)
                or any(m.locked or m.source == "glossary" for m in out)
                or rest[0].kana.startswith("ノ")):
            return out
        reading = "".join(hira(m) for m in rest)
        if not (len(rest) == 1 and "人名-名" in rest[0].pos) and not (
                resolver.persons.rare_word_as_given(given, reading)) and (
                reading not in {r for r, _ in resolver.names(given)}
                or any(r.reading == reading and r.source == "jmdict"
                       for r in resolver.index.readings(given))):
            return out  # (no name, or a word: 中臣 + 神社)
        stem, kana = given, reading
        if given.endswith("麻呂") and reading.endswith("まろ") and len(given) > 2:
            stem, kana = given[:-2], reading[:-2]  # (清 + 麻呂: 呂 ろ has no kun reading)
        pieces = split_over_kanji(stem, kana, resolver.index)
        if pieces is None or [c for _, c in pieces] != list(stem) or not all(
                "kun" in resolver.reading_kinds(c, p) for p, c in pieces):
            return out  # (a name read the Chinese way is a modern one: 藤原 + 周二 しゅうじ)
        cost = resolver.mozc_cost(given, reading) if "mozc" in resolver.sources else None
        if resolver.index.name_counts(given).get(reading, 0) >= _MODERN_GIVEN_PEOPLE or (
                cost is not None and cost < _MODERN_GIVEN_COST):
            return out  # (a common name of today: 藤原 + 直樹, 橘 + 花子)
        end = _modern_given_ends().get(given[-1])
        if end is not None and reading.endswith(end):
            return out  # (a man's name of today in -o: 藤原 + 房雄 ふさお, 平 + 茂夫)
        written = out[0].surface + given
        if resolver.index.readings(written):
            return out  # (listed whole: as listed)
        if "mozc" in resolver.sources and written in resolver.mozc_written:
            return out
        giv = rest[0] if len(rest) == 1 else merge_units(
            rest, resolver.mark(given, reading), to_katakana(reading), "jmnedict", "possible", ())
        giv = replace(giv, pos="名詞-固有名詞-人名-名", proper=True)
        family = out[0] if hira(out[0]) == clan else replace(
            out[0], reading=resolver.mark(out[0].surface, clan), kana=to_katakana(clan),
            source="jmnedict")
        return [family, with_genitive(giv)]

    def court_title(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of a family name (or a place's) and one of the titles of the court
        that follow such a name with the genitive の (``court_titles`` in
        ``data/word_division.json``: 命婦, 内侍, 女御, 左大臣 ...), read with the の before
        the title, as JMnedict reads the people it lists so (周防内侍 すおうのないし, 祇園女御
        ぎおんのにょうご, 河原左大臣 かわらのさだいじん): 石川 + 命婦 *Ishikawa no Myōbu*.
        The name before is one unit of one to four kanji read as JMnedict reads a family
        name or a place written so; the title is the units after it (左 + 大臣: one word).
        Where a dictionary lists the whole, its reading stands, cut before the の where it
        reads the name, の and the title so (周防内侍 *Suō no Naishi*, was "Suō Nonaishi";
        鎌倉右大臣 *Kamakura no Udaijin*, was "Kamakura Nō daijin"); a whole listed
        otherwise stays (上内侍 かみないじ, a family name).

        >>> from jpterms.romanize import Romanizer
        >>> Romanizer().romanize("石川命婦"), Romanizer().romanize("周防内侍")
        ('Ishikawa no Myōbu', 'Suō no Naishi')
        """
        resolver = self._resolver
        if len(out) < 2 or not out[-1].surface.endswith(_court_title_ends()):
            return out  # (told at once for most inputs)
        name, title = out[0].surface, "".join(m.surface for m in out[1:])
        if (title not in _rules()["court_titles"]["words"]
                or out[0].locked or out[0].source == "glossary"
                or not 1 <= len(name) <= 4 or not all(is_kanji(ch) for ch in name)):
            return out
        whole = "".join(hira(m) for m in out)
        listed = bool(resolver.index.readings(name + title))
        if not listed and not (out[0].proper or out[0].pos.startswith("名詞-固有名詞")):
            return out  # (a name: not a prefix, 前 + 左大臣 "the former", さきの)
        titles = {whole[len(hira(out[0])):]}  # (a glossary word in it keeps its reading:
        if listed or not any(m.locked or m.source == "glossary" for m in out[1:]):  # 大臣)
            titles |= {r.reading for r in resolver.index.readings(title) if r.source == "jmdict"}
        names = resolver.names(name)
        if listed:  # listed whole: as listed, cut at the の
            cuts = [(r, t) for r, _ in names for t in titles if whole == r + "の" + t]
        else:
            cuts = [(r, t) for r, k in names for t in titles
                    if whole == r + t and k & {"surname", "place"}]
        if len(cuts) != 1:
            return out
        reading, kana = cuts[0]
        family = replace(out[0], reading=resolver.mark(name, reading), kana=to_katakana(reading),
                         proper=True)
        word = merge_units(out[1:], resolver.mark(title, kana), to_katakana(kana), out[-1].source,
                           out[-1].confidence, ())
        return [family, with_genitive(replace(word, surface=title, pos=out[-1].pos))]

    def court_words(self, out: list[Morpheme]) -> list[Morpheme]:
        """A name of the court, a monk's or a poet's that JMnedict lists joined to the
        offices and terms of address around it (``court_name_words`` in
        ``data/word_division.json``), written with each of them a word of its own,
        capitalised as the name is, and an unwritten genitive の a "no" in lower case:
        大納言経信 *Dainagon Tsunenobu* (was "Dainagontsunenobu"), 良暹法師 *Ryōzen Hōshi*,
        藤原 + 敏行朝臣 *Fujiwara no Toshiyuki Ason*, 在原 + 業平朝臣 のなりひらあそん *Ariwara no
        Narihira Ason* (was "Ariwara Nonarihiraason"), 大弐三位 *Daini no Sanmi*, 讃岐 + 典侍
        のすけ *Sanuki no Suke*, 藤原 + 俊成女 *Fujiwara no Toshinari no Musume*, 右大将道綱
        うだいしょうみちつなの + 母 *Udaishōmichitsuna no Haha*. A word is cut
        only where its written form and its reading both begin or end with the listed ones,
        and what is left is kanji the name is read with; a word already cut stays as cut.

        >>> from jpterms.romanize import Romanizer
        >>> Romanizer().romanize("大弐三位"), Romanizer().romanize("藤原俊成女")
        ('Daini no Sanmi', 'Fujiwara no Toshinari no Musume')
        >>> Romanizer().romanize("良暹法師"), Romanizer().romanize("大納言経信")
        ('Ryōzen Hōshi', 'Dainagon Tsunenobu')
        """
        words = _court_name_words()
        for k, m in enumerate(out[:-1]):  # the の ends the word before: 右大将道綱 + 母
            after = out[k + 1]
            if (m.kana.endswith("ノ") and not m.words and not m.locked
                    and "jmnedict" in m.source and all(is_kanji(ch) for ch in m.surface)
                    and hira(after) in words.after_no.get(after.surface, ())
                    and not after.words
                    and split_over_kanji(m.surface, hira(m), self._resolver.index) is None):
                kana = hira(m)[:-1]
                out[k] = replace(m, reading=self._resolver.mark(m.surface, kana),
                                 kana=to_katakana(kana))
                out[k + 1] = with_genitive(replace(after, proper=True))
        for k, m in enumerate(out):
            if (m.locked or "jmnedict" not in m.source or m.words[:-1] not in ((), ("ノ",))
                    or not (m.surface.startswith(words.starts)
                            or m.surface.endswith(words.ends) or "ノ" in m.kana)):
                continue  # (told at once for most words)
            head = m.words[:-1]
            kana = to_hiragana(m.kana.split(" ")[-1])
            pieces = None
            if (not head and k and kana.startswith("の") and out[k - 1].proper
                    and is_kanji(m.surface[0])):  # 在原 + 業平朝臣 のなりひらあそん
                pieces = words.pieces(m.surface, kana[1:])
                if pieces is not None and pieces[0][0] != "の":
                    head = ("ノ",)
                else:
                    pieces = None
            pieces = pieces or words.pieces(m.surface, kana)
            if pieces is None:
                continue
            if (not head and k and out[k - 1].proper and not out[k - 1].words
                    and pieces[-1][0] in words.kinships and ("の", "の") in pieces
                    and "人名-姓" in out[k - 1].pos):
                head = ("ノ",)  # 菅原 + 孝標女: Sugawara no Takasue no Musume
            readings = tuple("ノ" if w == "の" else self._resolver.mark(w, r)
                             for w, r in pieces)
            out[k] = replace(m, reading="".join((*head, *readings)),
                             kana=" ".join((*head, *(to_katakana(r) for _, r in pieces))),
                             words=(*head, *readings),
                             capitals=(*(False for _ in head), *(w != "の" for w, _ in pieces)))
        return out

    def _clan_walk(self, family: str, given: str, own: str) -> dict[tuple[str, str], int]:
        """The readings (of the family name, of the given name), with their costs, under
        which Mozc lists ``family`` + ``given`` as a family name read as JMnedict lists it
        (or ``own``), the genitive の and the given name read as its characters may be
        (see :meth:`ReadingResolver.kanji_pieces`) or as JMnedict lists it whole: 物部 もののべ + の + 尾輿
        おこし, 橘 + の + 広相 ひろみ."""
        resolver = self._resolver
        written = family + given
        if written not in resolver.mozc_written:
            return {}
        from jpterms.mozcdic import mozc_dictionary

        mozc = mozc_dictionary()
        options = [resolver.kanji_pieces(ch) for ch in given]
        tries = [mozc.piece_trie(pieces) for pieces in options]
        wholes = [r for r, _ in resolver.names(given)]
        found: dict[tuple[str, str], int] = {}
        for fam in dict.fromkeys([*(own and [own]),
                                  *(r for r, k in resolver.names(family) if "surname" in k)]):
            start = mozc.walk(mozc.ROOT, fam + "の")
            if start is None:
                continue
            ends: list[tuple[int | None, str]] = [(mozc.walk(start, r), r) for r in wholes]
            stack: list[tuple[int, int, str]] = [(0, start, "")]
            while stack:
                i, at, done = stack.pop()
                if i == len(given):
                    ends.append((at, done))
                    continue
                for k, nxt in mozc.walk_each(at, tries[i]):
                    stack.append((i + 1, nxt, done + options[i][k]))
            for node, rest in ends:
                for word in (mozc.words(node) if node is not None else ()):
                    if word.written == written:
                        found[fam, rest] = min(found.get((fam, rest), word.cost), word.cost)
        return found

    def court_person(self, morphemes: list[Morpheme]) -> list[Morpheme] | None:
        """A whole input of kanji that is a house of the court nobility
        (``data/court_houses.tsv``, the longest that begins it: 正親町三条 before 正親町,
        上冷泉 before 冷泉) and a given name of one to three kanji, whatever UniDic's units:
        two words, the house read as the file reads it (久我 こが, 伏原 ふせはら, 愛宕 おたぎ)
        and the given name read as :meth:`PersonNames.whole_name` reads one (a listed given name,
        else one composed of name parts), then as the court read it
        (:meth:`court_given`). 醍醐 + 冬基 Daigo Fuyumoto (was Daigofuyumoto), 上冷泉 +
        為和 Kamireizei Tamekazu (was Ue Reizeitamekazu). None where JMnedict lists the
        person whole (久我美子 くがよしこ keeps that reading), where the whole is a word or
        a place or a name of its own (醍醐寺, 嵯峨野, 醍醐郎), where the rest is no given name any dictionary lists nor
        one to be composed, where one kanji follows that fewer than :data:`PEOPLE_INSIDE`
        of JMnedict's people bear as a given name, or where the house has no reading in
        the file."""
        resolver = self._resolver
        written = "".join(m.surface for m in morphemes)
        houses, _ = court_name_tables()
        if (not 3 <= len(written) <= 8 or not all(is_kanji(ch) for ch in written)
                or any(m.locked or m.source == "glossary" for m in morphemes)):
            return None
        house = max((h for h in houses if written.startswith(h)), key=len, default="")
        cut = len(house)
        if not house or not houses[house] or not 1 <= len(written) - cut <= 3:
            return None
        if written[cut:] in _rules()["not_given_name_ends"]["kanji"] or resolver.people(written):
            return None  # (a role or suffix: 西園寺 + 氏; a person listed whole: as listed)
        if resolver.index.readings(written):
            return None  # one word, place or name of its own (醍醐寺, 嵯峨野, 醍醐郎 だいごろう)
        if len(written) - cut == 1 and sum(
                resolver.index.name_counts(written[cut:]).values()) < PEOPLE_INSIDE:
            return None  # one kanji few people bear as a given name (嵯峨 + 埜)
        parts = resolver.cut_units(morphemes, cut)  # UniDic's units, one cut where the house ends
        for composed in (False, True):
            person = resolver.persons.whole_cuts.family_given(parts, written, cut,
                                                              composed=composed,
                                                              house=houses[house])
            if person is not None:
                return person
        return None

    def clan_before_unpeopled(self, written: str) -> bool:
        """Whether ``written`` is three kanji, the first an ancient clan's name
        (``data/clan_names.tsv``: 平, 源, 橘) and the first two a family name JMnedict lists
        (and no word or given name: :meth:`WholeNameCuts.pure_surname`; not the era 平成 +
        元) but fewer than :data:`PEOPLE_INSIDE` of its people bear, so that the clan and a
        given name of two kanji is the better cut: 平 + 貞度 Taira no Sadanori, not 平貞 + 度
        "Hirasada Tokō"; 平 + 能宗, not 平能 + 宗 "Hirano Shū". (Family names of one kanji that are no clan's are left
        as they are cut: 岡見 + 京, 石波 + 杏 are modern people.)"""
        resolver = self._resolver
        return (len(written) == 3 and written[0] in clan_table()
                and all(is_kanji(ch) for ch in written)
                and resolver.persons.whole_cuts.pure_surname(written[:2])
                and sum(resolver.index.name_counts(written[:2], family=True).values())
                < PEOPLE_INSIDE)


@cache
def _modern_given_ends() -> dict[str, str]:
    """The last kanji of modern Japan's given names, with the reading they end so with
    (``modern_given_ends``: 男, 雄, 夫 お)."""
    return dict(_rules()["modern_given_ends"]["words"])


@cache
def _court_title_ends() -> tuple[str, ...]:
    """The last kanji of the titles of ``court_titles`` (data/word_division.json), for a
    cheap ``str.endswith`` before :meth:`court_title` looks further."""
    return tuple(dict.fromkeys(t[-1] for t in _rules()["court_titles"]["words"]))



class _CourtNameWords:
    """``court_name_words`` of ``data/word_division.json``, and the cut of a name by them."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.before = {w: tuple(r) for w, r in table["before"].items()}
        self.after = {w: tuple(r) for w, r in table["after"].items()}
        self.after_no = {w: tuple(r) for w, r in table["after_no"].items()}
        self.kinships = frozenset(table["kinships"]["words"])
        self.starts = tuple(self.before)
        self.ends = tuple(self.after) + tuple(self.after_no)

    def pieces(self, written: str, kana: str) -> list[tuple[str, str]] | None:
        """(written, kana) of each word of ``written`` read ``kana``, a genitive the
        kanji do not write as ("の", "の"); None where nothing is cut or what is left of the
        name is no kanji.

        >>> words = _court_name_words()
        >>> words.pieces("大納言経信", "だいなごんつねのぶ")
        [('大納言', 'だいなごん'), ('経信', 'つねのぶ')]
        >>> words.pieces("俊成女", "としなりのむすめ")
        [('俊成', 'としなり'), ('の', 'の'), ('女', 'むすめ')]
        >>> words.pieces("母", "はは") is None
        True
        """
        front: list[tuple[str, str]] = []
        back: list[tuple[str, str]] = []
        for word in sorted(self.before, key=len, reverse=True):
            said = next((r for r in self.before[word] if kana.startswith(r)), None)
            if written.startswith(word) and said and len(word) < len(written):
                front, written, kana = [(word, said)], written[len(word):], kana[len(said):]
                break
        for table, genitive in ((self.after, ""), (self.after_no, "の")):
            for word in sorted(table, key=len, reverse=True):
                said = next((genitive + r for r in table[word]
                             if kana.endswith(genitive + r)), None)
                if written.endswith(word) and said and len(word) < len(written):
                    back = [(word, said[len(genitive):])]
                    if genitive:
                        back.insert(0, ("の", "の"))
                    written, kana = written[:-len(word)], kana[:-len(said)]
                    break
            if back:
                break
        if not front and not back:
            # (the の begins the word: 讃岐 + 典侍 のすけ, taken with an empty name)
            said = next((r for r in self.after_no.get(written, ()) if kana == "の" + r), None)
            return [("の", "の"), (written, said)] if said else None
        if not written or not kana or not all(is_kanji(ch) for ch in written):
            return None
        return [*front, (written, kana), *back]


@cache
def _court_name_words() -> _CourtNameWords:
    """The table of :meth:`CourtNames.court_words`, read once."""
    return _CourtNameWords(_rules()["court_name_words"])
