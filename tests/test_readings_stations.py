"""A whole input that is a station's name is read as the nationwide station list reads it."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import Romanizer


def test_a_station_name_is_read_as_the_station_list_reads_it() -> None:
    # rows of tests/data/readings/stations_all.tsv (Daiwa Yagi, Hinata Maeda, Chōtanoura
    # before): the shipped list (data/stations.tsv) has each station's own reading
    romanizer = Romanizer()
    assert romanizer.romanize("大和八木") == "Yamato Yagi"
    assert romanizer.romanize("日向前田") == "Hyūga Maeda"
    assert romanizer.romanize("長太ノ浦") == "Nagonoura"
    assert romanizer.explain("長太ノ浦")[0].source == "station"


def test_a_word_a_place_or_a_family_name_keeps_its_own_reading() -> None:
    # 木造 is a station きづくり but a common word first; 隅田 a station すだ but the
    # place and family name Sumida; 清水町 is a municipality (the official list decides)
    romanizer = Romanizer()
    assert romanizer.romanize("木造") == "Mokuzō"
    assert romanizer.romanize("隅田") == "Sumida"
    assert romanizer.romanize("清水町") == "Shimizu-chō"


def test_a_place_prefix_before_a_station_name_is_read_as_the_list_reads_both() -> None:
    # Tokyo Metro's 東新宿 and 南砂町 (rows of tests/data/readings/stations_all.tsv):
    # JMnedict's place readings ひがししんしゅく and (a typo) みまみすなまち won; the list
    # reads 東 + 新宿 ひがし + しんじゅく, 南 + 砂町 みなみ + すなまち, prefix and place
    romanizer = Romanizer()
    assert romanizer.romanize("東新宿") == "Higashishinjuku"
    assert romanizer.romanize("南砂町") == "Minamisuna-machi"
    assert romanizer.explain("東新宿")[0].source == "station"
    assert romanizer.romanize("隅田") == "Sumida"  # no prefix: JMnedict's place stays
    # Meitetsu's 豊田本町 (stations_all.tsv): 豊田 とよだ + 本町 ほんまち, places both
    # (JMnedict: とよたほんまち)
    assert romanizer.romanize("豊田本町") == "Toyoda Honmachi"


def test_a_glossary_word_inside_a_station_jmnedict_lists_whole_takes_the_lists_reading(
) -> None:
    # JR's 羽前金沢 (Yamagata) and Tobu's 広神戸 (Gifu), rows of stations_all.tsv: the
    # glossary's cities 金沢 かなざわ and 神戸 こうべ kept their reading inside them, though
    # the list and JMnedict both read the whole うぜんかねざわ, ひろごうど
    romanizer = Romanizer()
    assert romanizer.romanize("羽前金沢") == "Uzen Kanezawa"
    assert romanizer.romanize("広神戸") == "Hirogōdo"
    assert romanizer.romanize("広神戸駅") == "Hirogōdo-eki"
    assert romanizer.romanize("金沢") == "Kanazawa"  # the glossary's word alone stays


def test_a_station_with_a_linker_no_takes_the_lists_reading_of_two_places() -> None:
    # the station 仲ノ町 (stations_all.tsv), the list's なかのちょう; JMnedict
    # lists なかのまち and なかのちょう as places, and UniDic read まち; the ノ inside
    # the place's name is one word with it (data name_particles)
    assert Romanizer().romanize("仲ノ町") == "Nakanochō"


def test_romanize_reads_a_station_name_whole_as_explain_does() -> None:
    # stations of data/stations.tsv that MeCab cuts where a segment ends (はる | ひ野):
    # explain read them as the list does, romanize wrote "Haru hiya", "Harima ya hashi"
    romanizer = Romanizer()
    for text, romaji in (("はるひ野", "Haruhino"), ("はりまや橋", "Harimayabashi"),
                         ("のの岳", "Nonodake")):
        assert romanizer.romanize(text) == romaji
        assert romanizer.explain(text)[0].romaji.capitalize() == romaji


def test_no_after_a_kana_place_name_is_no() -> None:
    # Japan Post's むさし野 (tests/data/readings/towns_japanpost_tokyo.tsv): UniDic's
    # suffix 野 ヤ made "Musashiya"; every kana + 野 station of the nationwide list reads の
    romanizer = Romanizer()
    assert romanizer.romanize("むさし野") == "Musashino"
    assert romanizer.romanize("みずほ野") == "Mizuhono"
    assert romanizer.romanize("むさし野の自然") == "Musashino no shizen"
    assert romanizer.romanize("武蔵野") == "Musashino"


def test_the_station_list_answers_as_its_index_does_and_is_indexed_only_when_asked_often(
) -> None:
    """A one-line romanisation searches the list's text instead of indexing 8,800 rows
    (start-up of `jpterms romanize 東京`); every name gets the same answer either way."""
    from jpterms.gazetteer import StationNames
    from jpterms.package_data import read_rows

    readings: dict[str, set[str]] = {}
    for kana, written, *_ in read_rows("stations.tsv"):
        readings.setdefault(written.replace("ヶ", "ケ"), set()).add(kana)
    names = [*readings, "東京大学", "", "あ", "a\tb"]
    searched = StationNames()
    searched.SEARCHES = len(names) + 1
    indexed = StationNames()
    indexed.SEARCHES = 0
    for name in names:
        one = readings.get(name, set())
        expected = next(iter(one)) if len(one) == 1 else None
        assert searched.reading(name) == indexed.reading(name) == expected, name
    assert searched._table is None and indexed.searches == 0
    romanizer = Romanizer()
    assert romanizer.romanize("東京") == "Tōkyō"
    stations = romanizer.readings.station_names
    assert 1 <= stations.searches <= 2 and stations._table is None


def test_mae_before_a_final_eki_is_mae() -> None:
    # Wikipedia titles (jawiki-kana-kanji-dict@0579823): 公園前駅, 外宮前駅 were "kōenzen'eki",
    # "Gekūzen'eki" (UniDic reads 前 ゼン before 駅); of its 92 titles ending in 前駅, 89 read
    # まええき and none ぜんえき
    romanizer = Romanizer()
    # (with the station's hyphen since session 59: were "Gekūmaeeki", "Kōenmaeeki")
    assert romanizer.romanize("外宮前駅") == "Gekūmae-eki"
    assert romanizer.romanize("公園前駅で降りる") == "Kōenmae-eki de oriru"
    assert romanizer.romanize("弘前駅") == "Hirosaki-eki"  # a name read whole
    assert romanizer.romanize("紀元前") == "Kigenzen"  # no 駅


def test_a_station_name_before_eki_is_read_as_the_station_list_reads_it() -> None:
    # titles of Wikipedia's reading dictionary (github:tokuhirom/jawiki-kana-kanji-dict):
    # 25 of its X駅 titles won, none lost; Mozc read 今津駅 whole as いまずえき, UniDic
    # 長太ノ浦 ちょうたのうら, 貝塚 かいずか
    romanizer = Romanizer()
    kana = {text: "".join(w.kana for w in romanizer.explain(text))
            for text in ("今津駅", "長太ノ浦駅", "貝塚駅で降りる", "扇沢駅")}
    assert kana == {"今津駅": "いまづえき", "長太ノ浦駅": "なごのうらえき",
                    "貝塚駅で降りる": "かいづかえきでおりる", "扇沢駅": "おうぎざわえき"}
    assert romanizer.romanize("今津駅") == "Imazu-eki"
    # only the whole name before 駅: 姫路市場駅 (a freight station the list does not
    # have) is no station 市場 いちば; a glossary word keeps its reading
    assert "".join(w.kana for w in romanizer.explain("姫路市場駅")) == "ひめじしじょうえき"
    # a name whose last kanji is silent (厚保 あつ) is read whole, not あつほ
    assert "".join(w.kana for w in romanizer.explain("厚保駅")) == "あつえき"
    # a tram stop's name before 停留場 (30 more of those titles right, none fewer)
    assert "".join(w.kana for w in romanizer.explain("今船停留場")) == "いまふねていりゅうじょう"
    assert "".join(w.kana for w in romanizer.explain("上塩屋停留場")) == (
        "かみしおやていりゅうじょう")


def test_romanize_reads_a_station_in_a_sentence_as_explain_does() -> None:
    # MeCab cuts 厚保駅 into 厚 (an adjective's stem) + 保 + 駅; romanize's pieces read 厚
    # on its own and gave "Atsu hoeki de oriru" where explain reads あつえき (厚 + 保, the
    # place JMnedict lists as あつ, is one word before 駅 since session 34, as 貝塚 is)
    romanizer = Romanizer()
    assert romanizer.romanize("厚保駅で降りる") == "Atsu-eki de oriru"
    assert romanizer.romanize("貝塚駅で降りる") == "Kaizuka-eki de oriru"


def test_a_stations_name_read_as_a_family_no_one_bears_is_read_as_the_list_and_jmnedicts_place() -> None:
    # the nationwide list's sample (tests/data/readings/stations_all.tsv): our reading was a
    # family's JMnedict lists as no place and none of its people bears (もちはら, くしはら,
    # ぐんけ); the list's reading is a place's in JMnedict. 三井寺 (a station too) is the
    # temple みいでら (jawiki_temples.tsv). A family's reading that people bear stays
    # (隅田 すみだ, not the station すだ), as does a common word (木造 もくぞう).
    stations = reading_gold("stations_all.tsv")
    for name in ("餅原", "櫛原", "郡家", "三口", "網田"):
        assert kana_of(name) == stations[name], name
    assert kana_of("三井寺") == reading_gold("jawiki_temples.tsv")["三井寺"]
    assert kana_of("隅田") == "すみだ"
    assert kana_of("木造") == "もくぞう"


def test_of_two_places_jmnedict_lists_a_stations_name_is_read_as_the_station() -> None:
    # stations_all.tsv: JMnedict lists both readings as places only (えごた/えこだ,
    # たかだま/たかたま) or as a place's and a family's nobody bears (しらきはら); the
    # station list's is the one the place bears. Tokyo quarters of the Japan Post list
    # (towns_japanpost_tokyo.tsv) and a Wikipedia title (jawiki_draw.tsv) too
    stations = reading_gold("stations_all.tsv")
    for name in ("江古田", "高擶", "東下条", "西枇杷島", "白木原", "新原"):
        assert kana_of(name) == stations[name], name
    tokyo = reading_gold("towns_japanpost_tokyo.tsv")
    for name in ("日吉町", "柳橋"):
        assert kana_of(name) == tokyo[name], name
    assert kana_of("浅川") == reading_gold("jawiki_draw.tsv")["浅川"]
