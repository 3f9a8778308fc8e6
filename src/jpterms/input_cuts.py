"""Where a whole input that names a school, a facility, an address, a municipality, a
temple or a person with a role is cut, so that each piece is read as a whole input of
its own (稲沢市立 | 高御堂 | 小学校, 東京都練馬区 | 錦, 楠山正雄 | 編).

In one run UniDic reads across such a boundary (練馬区錦 くきん, 正雄編 ゆうへん); the
romaniser asks :class:`InputCuts` where to cut a whole input and reads each piece
alone. Its :class:`~jpterms.readings.ReadingResolver` owns it (``resolver.cuts``) and
lends it its dictionaries and lists.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("東京都練馬区錦"), r.romanize("楠山正雄編")
('Tōkyō-to Nerima-ku Nishiki', 'Kusuyama Masao hen')
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, is_kanji, to_katakana
from jpterms.morpheme_tests import (
    GIVEN,
    NUMERALS,
    PERSON_KINDS,
    PLACE,
    TOWN_OR_VILLAGE,
)
from jpterms.reading_parts import official_stem, on_joined
from jpterms.rule_words import citation_roles

if TYPE_CHECKING:
    from jpterms.gazetteer import TownReadings
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver


class InputCuts:
    """Cuts of a whole input (and the readings lists give a school's pieces), asking the
    :class:`~jpterms.readings.ReadingResolver` that owns it for dictionary readings.

    >>> from jpterms.readings import ReadingResolver
    >>> ReadingResolver().cuts.county_cut("苫田郡上斎原村")
    3
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver
        self._addresses: tuple[frozenset[str], frozenset[str]] | None = None
        self._towns: TownReadings | None = None
        self._prefecture_lists: dict[str, dict[str, str]] | None = None

    def _address_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The official list's prefectures and municipalities (:func:`jpterms.gazetteer.
        municipality_names`), read on first need and kept by these cuts."""
        if self._addresses is None:
            from jpterms.gazetteer import municipality_names

            self._addresses = municipality_names()
        return self._addresses

    @property
    def _town_readings(self) -> TownReadings:
        """Japan Post's town names of each municipality (``data/town_readings.tsv``), read
        on first use."""
        if self._towns is None:
            from jpterms.gazetteer import TownReadings

            self._towns = TownReadings()
        return self._towns

    def founders_town(self, text: str, name: str) -> str | None:
        """Japan Post's reading of a school's own name that is a town of its founder, a
        municipality (``text`` begins with it and its 立): 佐世保市立 | 神浦 こうのうら, not
        JMnedict's かみうら; 北九州市立 | 槻田 つきだ. None for a prefecture's school (県立:
        no one town) and where the municipality has no such town the table reads.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.founders_town("佐世保市立神浦小学校", "神浦"), cuts.founders_town("愛知県立豊田北高等学校", "豊田")
        ('こうのうら', None)
        """
        after = _rules()["schools"]["after"]
        founder, mark, _ = text.partition(after)
        if not mark or len(founder) < 2 or founder[-1] not in "市区町村" or not name:
            return None
        prefecture = next((p for p in self._address_names()[0] if founder.startswith(p)), "")
        # (a prefecture written before the city is dropped; 京都市 and 府中市 are no prefecture)
        return self._town_readings.reading(founder[len(prefecture):], name)

    def prefectures_municipality(self, text: str, name: str) -> str | None:
        """The reading of a prefectural school's own name that is a municipality of that
        prefecture without its 市, 町 or 村 (愛知県立 | 豊田 | 北: 豊田市 とよたし, so とよた,
        not JMnedict's first place reading とよだ): the one place reading JMnedict gives the
        name that the official list's reading of the municipality begins with. None where
        the founder is no prefecture, or no one such municipality and reading fit.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.prefectures_municipality("愛知県立豊田北高等学校", "豊田")
        'とよた'
        """
        founder, mark, _ = text.partition(_rules()["schools"]["after"])
        if not mark or founder[-1:] not in "都道府県" or not name:
            return None
        if self._prefecture_lists is None:
            from jpterms.gazetteer import prefecture_municipalities

            self._prefecture_lists = prefecture_municipalities()
        mine = self._prefecture_lists.get(founder, {})
        stems = {stem for suffix in "市町村" if (official := mine.get(name + suffix))
                 and (stem := official_stem(official, suffix))}
        if len(stems) != 1:
            return None
        from jpterms.gazetteer import full_size

        stem = stems.pop()
        fits = {r for r, kinds in self._resolver.names(name) if kinds & PLACE and full_size(r) == stem}
        return fits.pop() if len(fits) == 1 else None


    def school_cuts(self, text: str) -> list[tuple[int, int, bool]] | None:
        """A school's name in pieces, each (start, end, read as a whole input): its
        founder up to 立 (市立, 県立) if any, its own name, a quarter (東, 南) after that
        name, and the word for the school (data ``schools``): 名古屋市立 | 富田 | 中学校,
        札幌市立 | 月寒 | 東 | 小学校 (where JMnedict lists the place 月寒). The founder and the name are read as whole inputs
        of their own, as a place's name alone is; the quarter and the school as words.
        None where the name is a common word (中央; but not where it ends the founder's
        name: 出水市立 | 出水), a numeral's (第一) or begins with kana, or is not two or
        three characters.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.school_cuts("稲沢市立高御堂小学校"), cuts.school_cuts("中央小学校")
        ([(0, 4, True), (4, 7, True), (7, 10, False)], None)
        """
        resolver = self._resolver
        if "jmnedict" not in resolver.sources:
            return None
        span = _school_span(text)
        if span is None:
            return None
        start, end = span
        schools = _rules()["schools"]
        if start and (start < 2 or text[start - 2] not in _rules()["admin_suffixes"]):
            return None  # 独立, 私立: no founder's name before the 立
        name = text[start:end]
        cuts = [(0, start, True)] if start else []
        if start and name in schools["quarters"]:
            # a quarter alone (延岡市立 | 南 | 中学校): not 南中 なんちゅう + 学校
            return [*cuts, (start, end, True), (end, len(text), False)]
        quarter = end - 1 if len(name) > 2 and name[-1] in schools["quarters"] and (any(
            kinds & PLACE for _, kinds in resolver.names(name[:-1]))
            or self.founders_town(text, name[:-1])) else end  # not 西葛 + 西
        # a town of the founder's (福岡市立 | 梅林) though JMdict lists the word too
        town = self.founders_town(text, text[start:quarter]) is not None
        # (a word's spelling is a school's name where it ends the founder's: 出水市立 | 出水)
        own = start > 2 and text[: start - 2].endswith(text[start:quarter])
        # one kanji between the founder's 立 and the school is the place the school is
        # named after, read as a place alone is (前橋市立 | 嶺 みね | 小学校), though
        # JMdict lists the kanji as a word too (not 市立嶺 "shiritsurei")
        lone = start > 0 and quarter - start == 1 and "\u3400" <= name[0] <= "\u9fff"
        if not (lone or 2 <= quarter - start <= 3) or not _town_start(name[0]) \
                or "\u3041" <= name[0] <= "\u30ff" or name[0] in NUMERALS or (
                    not own and not lone and not town and any(
                        r.source == "jmdict" for r in resolver.index.readings(name))):
            return None
        cuts.append((start, quarter, True))
        if quarter < end:
            cuts.append((quarter, end, False))
        return [*cuts, (end, len(text), False)]

    def school_founder(self, text: str) -> int | None:
        """Where a school's name begins after its founder's 立 (小松市立 | 国府中学校), or
        None where no founder ends in 立 before the word for the school. Whether or not
        :meth:`school_cuts` reads the school in pieces.

        >>> from jpterms.readings import ReadingResolver
        >>> ReadingResolver().cuts.school_founder("小松市立国府中学校")
        4
        """
        span = _school_span(text)
        if span is None:
            return None
        start, end = span
        if start < 2 or start >= end or text[start - 2] not in _rules()["admin_suffixes"]:
            return None
        return start

    def school_kana(self, text: str, cuts: list[tuple[int, int, bool]]) -> dict[int, str]:
        """The kana of :meth:`school_readings`, without their sources."""
        return {a: kana for a, (kana, _, _) in self.school_readings(text, cuts).items()}

    def school_readings(self, text: str, cuts: list[tuple[int, int, bool]]
                        ) -> dict[int, tuple[str, str, str]]:
        """(kana, source, confidence) of each whole-read piece of a school's cuts (by its
        start), where a listing gives it. ``mozc`` (likely): Mozc lists the whole school
        written so, its kana split over the characters: 豊橋市立羽田中学校 gives 羽田 はだ,
        which the name alone is not (はねだ). Where Mozc does not list the school,
        ``gazetteer`` (likely): a name that is the founder's own (垂水市立 | 垂水,
        丹波篠山市立 | 篠山) is read as the official list reads the founder: 垂水 たるみず
        (not the たるみ of Kobe's ward), 篠山 ささやま (not しのやま); then ``gazetteer``
        (likely) for a town of the founding municipality as Japan Post reads it
        (:meth:`founders_town`) or a municipality of the founding prefecture
        (:meth:`prefectures_municipality`: 千葉県立 | 白井, the city 白井市 しろいし);
        ``station`` (possible): :meth:`_school_station`. Empty where nothing lists a piece.

        >>> from jpterms.readings import ReadingResolver
        >>> ReadingResolver().cuts.school_readings("千葉県立白井高等学校", [(0, 4, True), (4, 6, True), (6, 10, False)])
        {4: ('しろい', 'gazetteer', 'likely')}
        """
        resolver = self._resolver
        found = resolver.mozc_walk(text)
        kana: dict[int, tuple[str, str, str]] = {}
        if found:
            pieces = found[min(found, key=lambda r: (found[r][0], r))][1]
            kana = {a: ("".join(pieces[a:b]), "mozc", "likely") for a, b, whole in cuts if whole}
            if not all(k for k, _, _ in kana.values()):
                kana = {}  # a word read whole goes on past a cut
        own = self._founders_name(text, cuts)
        if own is not None and own[0] not in kana:
            kana[own[0]] = (own[1], "gazetteer", "likely")
        after = _rules()["schools"]["after"]
        founder = text[: cuts[0][1]] if cuts[0][0] == 0 and text[: cuts[0][1]].endswith(
            after) else ""
        for a, b, whole in cuts:
            name = text[a:b]
            if whole and a not in kana and not name.endswith(after) \
                    and not (founder and founder[:-2].endswith(name)):
                town = self.founders_town(text, name) or self.prefectures_municipality(
                    text, name)
                station = self._school_station(name)
                if town is not None:
                    kana[a] = (town, "gazetteer", "likely")
                elif (sibling := self._sibling_quarter_town(text, name)) is not None:
                    kana[a] = (sibling, "gazetteer", "possible")
                elif (quarter := self._quarter_school_name(name, text)) is not None:
                    kana[a] = (quarter, "kanjidic", "possible")
                elif station is not None:
                    kana[a] = (station, "station", "possible")
                elif (coined := self._coined_school_name(name)) is not None:
                    kana[a] = (coined, "jmnedict", "guess")
        return kana

    def _sibling_quarter_town(self, text: str, name: str) -> str | None:
        """The reading of a school's own name of one kanji and a quarter (安西) where its
        founder has a town of that kanji and another quarter, read as Japan Post reads it
        the Japanese way (広島市's 安東 やすひがし): the kanji so (やす), then the quarter's
        own word (にし): 広島市立安西小学校 やすにし, not JMnedict's place あんざい. None
        where the founder has no such town.

        >>> from jpterms.readings import ReadingResolver
        >>> ReadingResolver().cuts._sibling_quarter_town("広島市立安西小学校", "安西")
        'やすにし'
        """
        quarters = _rules()["schools"]["quarters"]
        if len(name) != 2 or name[1] not in quarters or not is_kanji(name[0]):
            return None
        words: dict[str, str] = _rules()["schools"]["quarter_words"]
        for other in quarters:
            town = self.founders_town(text, name[0] + other) if other != name[1] else None
            if town is not None and town.endswith(words[other]) and len(town) > len(
                    words[other]):
                return town[: -len(words[other])] + words[name[1]]
        return None

    def _quarter_school_name(self, name: str, text: str = "") -> str | None:
        """The reading of a school's own name of one kanji and a quarter (東西南北) that
        no place of its first kanji gives: a Sino-Japanese name, each kanji's commonest
        on reading (:meth:`ReadingResolver.commonest_on`): 札幌市立幌東中学校 こうとう (not ほろひがし),
        豊橋市立章南 しょうなん, 松山市立城西 じょうせい (JMnedict's places じょうさい,
        じょうせい, しろにし; not the station's しろにし). Where JMnedict lists the name as a
        place, only that on reading of its places, and only where another of them reads the
        first kanji the Japanese way (城西: not 泉北's せんほく of せんほく, せんぼく and
        せんぽく, nor 湖西's こせい of こさい and こせい: which on reading is the run's to
        say); None where it lists the name as a place but not so (津西 つにし, 原南 はらみなみ), where
        the first kanji alone is a place read another way (京都市立桂東: 桂 かつら, 錦西:
        錦 にしき; a school is then named after that place), where the founder of the school
        (``text``, the whole name) has a town of that kanji alone or with a quarter that
        Japan Post reads the Japanese way (広島市立安北小学校: 広島市's 安東 やすひがし, so
        安北 やすきた) or JMdict lists the name.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts._quarter_school_name("幌東"), cuts._quarter_school_name("桂東")
        ('こうとう', None)
        """
        resolver = self._resolver
        if len(name) != 2 or name[1] not in _rules()["schools"]["quarters"] \
                or not is_kanji(name[0]):
            return None
        pieces = [resolver.commonest_on(ch) for ch in name]
        if not all(pieces):
            return None
        composed = on_joined(pieces)
        places = {r for r, k in resolver.names(name) if k & PLACE}
        if places:  # on or kun: not which on (泉北 せんほく, せんぼく: the run's)
            return composed if composed in places and any(
                not r.startswith(pieces[0]) for r in places) else None
        if any(r.source == "jmdict" for r in resolver.index.readings(name)) or any(
                k & PLACE and r != pieces[0] for r, k in resolver.names(name[0])):
            return None
        if text and any(
                (town := self.founders_town(text, name[0] + quarter)) is not None
                and not town.startswith(pieces[0])
                for quarter in ("", *_rules()["schools"]["quarters"])):
            return None
        return composed

    def _coined_school_name(self, name: str) -> str | None:
        """The reading of a school's own name of two kanji that is no place but a word
        coined for the school, which JMnedict lists only as people's names and Mozc reads
        most cheaply as a given name: 成徳 せいとく (Mozc's しげのり), 英彰 えいしょう
        (ひであき). The name is read the Chinese way: each kanji's commonest on reading
        (:meth:`ReadingResolver.commonest_on`), unless JMnedict lists readings that read each kanji on
        and not that one: then the one of those Mozc writes most cheaply. None where JMnedict lists the name as a place or
        JMdict as a word, or Mozc's cheapest reading is a family name's (志水 しみず) or
        already on (東陵 とうりょう)."""
        resolver = self._resolver
        if len(name) != 2 or not all(map(is_kanji, name)):
            return None
        names = resolver.names(name)
        mozc = resolver.mozc_readings(name)
        if not names or not mozc or any(k & PLACE for _, k in names) or any(
                r.source == "jmdict" for r in resolver.index.readings(name)):
            return None
        top = min(mozc, key=lambda r: (mozc[r], r))
        kinds = frozenset().union(*(k for r, k in names if r == top))
        if not kinds & GIVEN or "surname" in kinds:
            return None  # (志水 しみず: a family's name; none of JMnedict's people's)
        on = [r for r, _ in names if (parts := resolver.on_kun(name, r)) and "kun" not in parts]
        if top in on:
            return None
        pieces = [resolver.commonest_on(ch) for ch in name]
        composed = on_joined(pieces) if all(pieces) else None
        if on and composed not in on:  # (秀明: しゅうめい of しゅうみょう and しゅうめい)
            return resolver.cheapest(name, list(dict.fromkeys(on)))
        return composed

    def _school_station(self, name: str) -> str | None:
        """The reading of a school's own name that every railway station of that name has,
        where JMnedict lists the name as a place with that reading among at most
        ``station_places`` (data ``schools``) place readings: a school is named after its
        quarter, and so is a station there. 千葉県立白井高等学校 is しろい (JMnedict's
        places しらい, しろい), 羽曳野市立高鷲小学校 たかわし
        (not たかす). None for one kanji, and where no station or too many places bear the
        name (高城: four place readings, たかじょう only one of them).

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts._school_station("白井"), cuts._school_station("高城")
        ('しろい', None)
        """
        resolver = self._resolver
        station = resolver.station_names.reading(name) if len(name) > 1 else None
        if station is None:  # (one kanji: 楠 is くすのき in Nagoya, the station くす)
            return None
        places = {reading for reading, kinds in resolver.names(name) if kinds & PLACE}
        if station not in places or len(places) > _rules()["schools"]["station_places"]:
            return None
        return station

    def _founders_name(self, text: str, cuts: list[tuple[int, int, bool]]
                       ) -> tuple[int, str] | None:
        """(start, kana) of a school's name that ends its founder's name (垂水市立 | 垂水),
        read as that name is read in the founder's reading in the official list: the one
        reading JMnedict gives the name as a place that the list's reading ends with."""
        resolver = self._resolver
        if len(cuts) < 2 or cuts[0][0] != 0 or not cuts[1][2]:
            return None
        founder, (a, b, _) = text[: cuts[0][1] - 1], cuts[1]
        name = text[a:b]
        if len(founder) < 3 or not founder[:-1].endswith(name):
            return None
        official = resolver.municipalities().get(founder)
        if official is None:
            return None
        from jpterms.gazetteer import full_size

        stem = official_stem(official, founder[-1])
        if stem is None:
            return None
        fits = {r for r, kinds in resolver.names(name) if kinds & PLACE
                and stem.endswith(full_size(r))}
        return (a, fits.pop()) if len(fits) == 1 else None

    def facility_cuts(self, text: str) -> list[tuple[int, int, bool]] | None:
        """A public facility's name in pieces, as :meth:`school_cuts` cuts a school's: its
        founder up to 立 (県立, 市立), a place's name of two or three kanji that JMnedict
        lists as a place (the longer first), read as a whole input of its own, and the rest,
        ending in a word of ``facilities`` (館): 島根県立 | 三瓶 | 自然館 (さんべ; in one run
        UniDic reads みかめ), 塩尻市立 | 平出 | 博物館 (ひらいで, not へいしゅつ). None where
        no such founder and place begin the name, or fewer than two characters are left.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.facility_cuts("島根県立三瓶自然館"), cuts.facility_cuts("大阪市立科学館")
        ([(0, 4, True), (4, 6, True), (6, 9, False)], None)
        """
        resolver = self._resolver
        if "jmnedict" not in resolver.sources or not text.endswith(
                tuple(_rules()["facilities"]["endings"])):
            return None
        start = text.find(_rules()["schools"]["after"]) + 1
        if start < 3 or text[start - 2] not in _rules()["admin_suffixes"]:
            return None
        for end in (start + 3, start + 2):
            if len(text) - end >= 2 and all("\u3400" <= ch <= "\u9fff" for ch in text[start:end]) \
                    and any(kinds & PLACE for _, kinds in resolver.names(text[start:end])):
                return [(0, start, True), (start, end, True), (end, len(text), False)]
        return None

    def municipality_cut(self, text: str) -> int | None:
        """Where the rest of a name begins that a municipality of the official list
        begins (十日町市 | 博物館, 富士見町 | 図書館): the municipality is then read as a whole
        input of its own, as the list reads it (とおかまちし, ふじみまち), where in one run
        UniDic reads its suffix as a word's (十日町 とおかちょう). Only a name with 町 or 村 in
        it, which the list reads まち or ちょう, むら or そん. No cut inside a longer
        municipality's name (東村 | 山市 is no cut of 東村山市), before another suffix, or
        where the suffix begins a word with what follows (町立, 市長, 村民), nor in a name a
        dictionary lists whole.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.municipality_cut("十日町市博物館"), cuts.municipality_cut("富士見町立南中学校")
        (4, None)
        """
        resolver = self._resolver
        if "jmnedict" not in resolver.sources or len(text) < 5 or not has_kanji(text[0]):
            return None
        official = resolver.municipalities()
        end = next((e for e in range(min(len(text) - 2, 8), 2, -1) if text[:e] in official),
                   None)
        if end is None or not _town_start(text[end]) or not any(
                c in TOWN_OR_VILLAGE for c in text[:end]):
            return None  # (伊勢市 | 小俣: a city's name alone reads as in the run)
        _, names = self._address_names()
        if any(text[:e] in names for e in range(end + 1, min(len(text), 10) + 1)) \
                or text[end] in _rules()["admin_suffixes"] \
                or text[end] == _rules()["word_starts"]["after_admin_suffix"] or any(
                    r.source == "jmdict" for n in (2, 3)
                    for r in resolver.index.readings(text[end - 1:end - 1 + n])) \
                or resolver.index.readings(text):
            return None
        return end

    def county_cut(self, text: str) -> int | None:
        """Where a town or village begins after its county (苫田郡 | 上斎原村, 薩摩郡 | 里村):
        the county and the municipality are then each read as a whole input, where in one
        run UniDic reads across the county's 郡 (郡上 ぐじょう, 郡里 こうり, 郡本). Only
        after a county JMnedict lists as a place, before a name of kanji ending in 町 or 村
        that is no municipality of the official list (read there as the list reads it
        after its county: 下閉伊郡山田町 やまだまち), not where 郡 begins a word with what
        follows (郡部, 郡内), nor in a name a dictionary lists whole.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.county_cut("苫田郡上斎原村"), cuts.county_cut("郡上市")
        (3, None)
        """
        resolver = self._resolver
        if "jmnedict" not in resolver.sources or len(text) < 5:
            return None
        k = text.find("郡", 2)
        rest = text[k + 1:]
        if k < 0 or len(rest) < 2 or rest[-1] not in TOWN_OR_VILLAGE \
                or not all(map(is_kanji, text)) or rest[0] in _rules()["admin_suffixes"]:
            return None
        if not any(r.source == "jmnedict" and r.kinds & PLACE
                   for r in resolver.index.readings(text[:k + 1])) or any(
                r.source == "jmdict" for n in (2, 3) for r in resolver.index.readings(text[k:k + n])) \
                or resolver.index.readings(text) or rest in self._address_names()[1]:
            return None  # (a municipality of the list is read as the list reads it there)
        return k + 1

    def direction_temple(self, text: str) -> str | None:
        """The reading of a direction (``village_directions``: 西, 上, 中) that begins a
        temple's or hall's name (a whole input of kanji ending in 寺 or 堂) before a temple
        or hall a list gives,
        read as ``place_prefixes`` reads the direction first: the direction is then read
        so and the temple as a whole input of its own (西 | 本願寺 にし + ほんがんじ, 上 |
        仁和寺 かみ + にんなじ), where in one run the whole was read the Chinese way
        (さいほんがんじ, じょうにんわじ; 下 | 薬師堂 しも + やくしどう, was かやくしどう). Only
        where no list gives the whole and JMdict, JMnedict or Mozc gives the temple or hall
        of two kanji or more and 寺 or 堂; else None. (Shrines, 院 and 宮 gained nothing so:
        中 | 山神社, 北大病院 ほくだい.)

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.direction_temple("北本願寺"), cuts.direction_temple("東大寺")
        ('きた', None)
        """
        resolver = self._resolver
        directions = _rules()["village_directions"]["kanji"]
        if (len(text) < 4 or text[0] not in directions or not text.endswith(("寺", "堂"))
                or not all(map(is_kanji, text)) or resolver.index.readings(text)
                or resolver.mozc_readings(text)):
            return None
        temple = text[1:]
        if not resolver.index.readings(temple) and not resolver.mozc_readings(temple):
            return None
        return str(_rules()["place_prefixes"][text[0]][0])

    def role_cut(self, text: str) -> int | None:
        """Where a role (a ``role`` of data/citation_words.tsv: 著, 編, 訳, 述, 編著) begins
        that ends a whole input of a person's name and the role, as a catalogue's
        statement of responsibility gives it: 楠山正雄編, 辻潤述. UniDic reads such a text
        across the name's end (正 + 雄編 ゆうへん "masterpiece": "Kusuyama Tadashi yūhen";
        潤述 "Junjutsu"). The name must be a family name
        JMnedict lists and a given name it lists (or its people bear), and no given name
        listed with the role's kanji on it: 遠藤周作, 石田茂作 (周作, 茂作) stay whole
        names. Nor may the whole or the name be listed as anything but a name (京都府編).
        Else None.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.role_cut("楠山正雄編"), cuts.role_cut("遠藤周作"), cuts.role_cut("京都府編")
        (4, None, None)
        """
        resolver = self._resolver
        if "jmnedict" not in resolver.sources or not 3 <= len(text) <= 12 or \
                not text.endswith(_role_endings()):
            return None
        role = max((r for r in citation_roles() if text.endswith(r)), key=len)
        head = text[:-len(role)]
        while head.endswith("・") and head[:-1].endswith(_role_endings()):
            # 著・訳: one role and another (Kubo Sakae cho yaku)
            more = max((r for r in citation_roles() if head[:-1].endswith(r)), key=len)
            head = head[:-1 - len(more)]
            role = text[len(head):]
        if not all(map(is_kanji, head)):
            return None
        if not 2 <= len(head) <= 5 or resolver.index.readings(text) or any(
                not r.kinds & PERSON_KINDS for r in resolver.index.readings(head)):
            return None  # (the whole is a word; the head is a place or a word: 京都府)
        found = False
        for cut in range(1, min(3, len(head) - 1) + 1):
            family, given = head[:cut], head[cut:]
            if len(given) > 3:
                continue
            if self._given_name(given + role.split("・")[0]):
                return None  # 周 + 作, 茂 + 作: the role's kanji ends a given name
            found = found or (self._given_name(given) and any(
                "surname" in r.kinds for r in resolver.index.readings(family)))
        return len(head) if found else None

    def role_morpheme(self, role: str) -> Morpheme:
        """The role :meth:`role_cut` cut off, read as data/citation_words.tsv reads it, a
        word of its own after the name (編 hen, 述 jutsu)."""
        from jpterms.morpheme import Morpheme

        reading, kana = citation_roles()[role]
        listed = any(r.source == "jmdict" and to_katakana(r.reading) == kana
                     for r in self._resolver.index.readings(role))
        return Morpheme(role, reading, kana, "名詞-普通名詞-一般",
                        source="jmdict" if listed else "unidic")

    def _given_name(self, written: str) -> bool:
        """Does JMnedict list ``written`` as a given name, or one of its people bear it so?"""
        resolver = self._resolver
        return bool(resolver.index.name_counts(written)) or any(
            r.kinds & GIVEN for r in resolver.index.readings(written))

    def address_cut(self, text: str) -> int | None:
        """Where the town of an address begins: after a prefecture, a county (if any) and
        a municipality of the official list, when a name follows (東京都練馬区 | 錦); or
        the municipality itself, of three characters or more, where it is all that follows
        the prefecture (東京都 | 町田市, read whole as it is alone; the romaniser keeps the
        cut only where the letters stay). The
        town is then read as a whole input of its own, as a town name alone is: in one
        run UniDic reads across the boundary (練馬区錦 くきん, 稲城市長峰 しちょうぽう,
        世田谷区桜 くざくら). No cut where the suffix begins a word with what follows
        (市長, 区立, 町内: 東京都港区立図書館) or nothing but a suffix follows.

        >>> from jpterms.readings import ReadingResolver
        >>> cuts = ReadingResolver().cuts
        >>> cuts.address_cut("東京都練馬区錦"), cuts.address_cut("東京都港区立図書館")
        (6, None)
        >>> cuts.address_cut("山形県東村山郡"), cuts.address_cut("東京都町田市")
        (None, 3)
        """
        resolver = self._resolver
        if "jmnedict" not in resolver.sources or len(text) < 5 or (
                text[2] not in "都道府県" and text[3] not in "都道府県"):
            return None
        prefectures, names = self._address_names()
        at = next((n for n in (3, 4) if text[:n] in prefectures), None)
        if at is None:
            return None
        if len(text) - at > 2 and text[at:] in names:
            return at  # 東京都 | 町田市: the municipality read whole, as alone (was 'chō Ta-ichi')
        county = text.find("郡", at, at + 7)
        for start in (at, county + 1) if county > at else (at,):
            end = next((e for e in range(min(len(text), start + 8), start + 1, -1)
                        if text[start:e] in names), None)
            if end is None or end >= len(text) or not _town_start(text[end]):
                continue
            if start == at < county and end <= county:
                continue  # 山形県 + 東村 + 山郡: a county follows no municipality (東村山郡)
            if text[end] == _rules()["word_starts"]["after_admin_suffix"] or any(
                    r.source == "jmdict" for n in (2, 3)
                    for r in resolver.index.readings(text[end - 1:end - 1 + n])):
                return None  # 市長, 区立, 町内: the suffix begins a word
            return end
        return None


def _school_span(text: str) -> tuple[int, int] | None:
    """Where a school's own name may begin in ``text`` (after the last 立 before the word
    for the school; 0 where there is none) and where that word begins: None where ``text``
    ends in no word for a school.

    >>> _school_span("小松市立国府中学校"), _school_span("国府")
    ((4, 6), None)
    """
    schools = _rules()["schools"]
    word = next((w for w in schools["words"] if text.endswith(w)), None)
    if word is None:
        return None
    end = len(text) - len(word)
    return text.rfind(schools["after"], 0, end) + 1, end


def _town_start(ch: str) -> bool:
    """Whether ``ch`` may begin a town's name after its municipality: kana or a kanji (a
    comparison: a regular expression's class of kanji costs ~2 ms of start-up to compile).

    >>> _town_start("千"), _town_start("ち"), _town_start("1")
    (True, True, False)
    """
    return "\u3041" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff"


@cache
def _role_endings() -> tuple[str, ...]:
    """The roles of :func:`citation_roles` for ``str.endswith``."""
    return tuple(citation_roles())
