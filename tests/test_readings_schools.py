"""School names: the founder, the school's own name and the school read each on its own."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.readings import ReadingResolver
from jpterms.romanize import romanize


def test_a_schools_own_name_is_read_as_a_place_alone_is() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_schools.tsv): in one run UniDic read
    # 市立 + 黒 (ぐろ) and 西 + 九条 (きゅうじょう); 塩田 + 西 is a quarter of 塩田
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("守谷市立黒内小学校", "大阪市立西九条小学校", "上田市立塩田西小学校"):
        assert kana_of(title) == gold[title]
    assert romanize("守谷市立黒内小学校") == "Moriya shiritsu Kurouchi shōgakkō"
    # a common word (中央) stays as the run reads it
    assert kana_of("前橋市立中央小学校") == gold["前橋市立中央小学校"]


def test_a_quarter_alone_or_after_a_place_is_no_part_of_a_word_with_the_school() -> None:
    # Wikipedia titles (jawiki_schools.tsv): 南 + 中学校 is みなみ, not JMdict's 南中
    # なんちゅう + 学校; after a place of four characters too (川之江 + 南)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("延岡市立南中学校", "伊東市立南中学校", "四国中央市立川之江南中学校",
                  "那珂川市立那珂川南中学校"):
        assert kana_of(title) == gold[title]
    assert romanize("延岡市立南中学校") == "Nobeoka shiritsu Minami chūgakkō"


def test_a_founders_municipality_of_several_units_is_read_as_the_official_list_reads_it() -> None:
    # Wikipedia titles (jawiki_schools.tsv): UniDic reads 十日 + 町 + 市立 and 丹波 + 篠山 +
    # 市立; the official list (jpterms/data/municipalities.tsv) has 十日町市 とおかまちし and
    # 丹波篠山市 たんばささやまし, and JMnedict reads 篠山 ささやま too
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("十日町市立中条中学校", "丹波篠山市立城南小学校", "二戸市立中央小学校"):
        assert kana_of(title) == gold[title]
    assert romanize("十日町市立中条中学校") == "Tōka-machi shiritsu Nakajō chūgakkō"
    assert romanize("丹波篠山市立城南小学校").startswith("Tanba Sasayama shiritsu ")


def test_a_long_title_mozc_lists_whole_is_read_as_mozc_reads_it() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): Mozc lists these whole titles written so
    # (12 and 13 characters: longer than the 10 Mozc's whole reading was asked for)
    gold = reading_gold("jawiki_schools.tsv")
    for name in ("茨城県立結城第二高等学校", "栃木県立那須拓陽高等学校"):
        assert kana_of(name) == gold[name], name


def test_a_school_cut_keeps_its_division_where_mozc_lists_it_whole() -> None:
    # the cut (founder | name | school) stands where Mozc also lists the whole title:
    # read whole, 北九州市立菊陵中学校 ran its words together (shiritsukikuryō)
    assert romanize("北九州市立菊陵中学校") == "Kitakyūshū shiritsu Kikuryō chūgakkō"


def test_a_schools_name_takes_mozcs_reading_of_the_whole_school() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): Mozc lists these whole titles written so;
    # cut into founder | name | school, the name alone was read as another place (はねだ,
    # いはら, おさだ); the name now takes Mozc's kana for its characters, and the cut's
    # words and capitals stand
    gold = reading_gold("jawiki_schools.tsv")
    for name in ("豊橋市立羽田中学校", "岡山県立井原高等学校", "金沢市立長田中学校"):
        assert kana_of(name) == gold[name], name
    assert romanize("豊橋市立羽田中学校") == "Toyohashi shiritsu Hada chūgakkō"


def test_a_schools_own_name_that_unidic_reads_as_a_common_word_is_the_place() -> None:
    # Wikipedia titles (jawiki_schools.tsv): UniDic's words 北方 ほっぽう, 高山 こうざん,
    # 本山 ほんざん, 山名 さんめい; JMnedict lists each as a place, and Mozc writes the
    # place's reading more cheaply (きたがた, たかやま, もとやま, やまな)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("一宮市立北方中学校", "三鷹市立高山小学校", "日立市立本山小学校",
                  "扶桑町立山名小学校", "大阪市立高見小学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("三鷹市立高山小学校") == "Mitaka shiritsu Takayama shōgakkō"
    # where Mozc writes the common word more cheaply, it stays (西部 せいぶ, not the
    # place さいぶ)
    assert kana_of("江南市立西部中学校") == gold["江南市立西部中学校"]


def test_a_schools_name_takes_the_reading_of_the_stations_of_that_name() -> None:
    # Wikipedia titles (jawiki_schools.tsv): JMnedict lists each name as a place two ways
    # (白井 しらい/しろい, 高鷲 たかす/たかわし) and UniDic took the other; the station
    # list (jpterms/data/stations.tsv) reads each one way, the school's. (南三陸町立戸倉中学校
    # was one: Japan Post's town 戸倉 of 南三陸町, とくら, now comes first and loses it.)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("千葉県立白井高等学校", "羽曳野市立高鷲小学校",
                  "札幌市立福住小学校", "湖南市立甲西北中学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("千葉県立白井高等学校") == "Chiba kenritsu Shiroi kōtō gakkō"
    # the ALA-LC style reads the school's name as Hepburn does (it read 白井 Shirai),
    # every word capitalised, a body's (session 45)
    assert romanize("千葉県立白井高等学校", "ala-lc") == "Chiba Kenritsu Shiroi Kōtō Gakkō"
    # not where Mozc lists the whole school (大分県立竹田高等学校: たけた, the station
    # たけだ), nor for a name the founder's ends (大津町立 + 大津: the list's おおづ), nor
    # for one kanji (名古屋市立楠中学校: くすのき, the station くす), nor where JMnedict
    # gives the name four place readings (薩摩川内市立高城西中学校)
    for title in ("大分県立竹田高等学校", "大津町立大津北中学校", "名古屋市立楠中学校"):
        assert kana_of(title) == gold[title], title


def test_a_name_a_municipality_begins_reads_it_as_the_official_list_does() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_houses.tsv, jawiki_schools.tsv): in
    # one run UniDic read 十日 + 町 + 市 とおかちょうし and 辰野 + 町 たつのちょう; the
    # official list has 十日町市 とおかまちし and 辰野町 たつのまち
    houses, schools = reading_gold("jawiki_houses.tsv"), reading_gold("jawiki_schools.tsv")
    assert kana_of("十日町市博物館") == houses["十日町市博物館"]
    assert romanize("十日町市博物館") == "Tōkamachi-shi Hakubutsukan"
    title = "辰野町塩尻市小学校組合立両小野小学校"
    assert kana_of(title) == schools[title]
    # no cut where the suffix begins a word with what follows, or inside a longer name
    for text in ("十日町市民", "富士見町立南中学校", "東村山市役所", "京都市長"):
        assert ReadingResolver().cuts.municipality_cut(text) is None, text


def test_a_facilitys_place_after_its_founder_is_read_as_a_place_alone_is() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_houses.tsv): in one run UniDic reads
    # 三瓶 みかめ, 平出 へいしゅつ and 夕陽丘 ゆうひきゅう; alone, as JMnedict's places,
    # さんべ, ひらいで, ゆうひがおか
    gold = reading_gold("jawiki_houses.tsv")
    for title in ("島根県立三瓶自然館", "塩尻市立平出博物館", "大阪府立夕陽丘図書館",
                  "広島市立佐伯区図書館"):
        assert kana_of(title) == gold[title]
    assert romanize("塩尻市立平出博物館") == "Shiojiri shiritsu Hiraide hakubutsukan"
    # no place after the founder: the run reads as it did (大阪市立 + 科学館)
    assert ReadingResolver().cuts.facility_cuts("大阪市立科学館") is None
    assert kana_of("大阪市立科学館") == gold["大阪市立科学館"]


def test_explain_says_which_listing_gave_a_schools_name_its_reading() -> None:
    # the reading a listing forces on the school's own name is that listing's, with the
    # name's own reading as the alternative (was UniDic's source, "likely", and none)
    from jpterms.romanize import explain

    words = {w.text: w for w in explain("千葉県立白井高等学校")}  # the city 白井市 of 千葉県
    assert (words["白井"].source, words["白井"].confidence) == ("gazetteer", "likely")
    assert words["白井"].alternatives == ("Shirai",)
    words = {w.text: w for w in explain("羽曳野市立高鷲小学校")}  # the station たかわし
    assert (words["高鷲"].kana, words["高鷲"].source) == ("たかわし", "station")
    assert words["高鷲"].alternatives == ("Takasu",)
    words = {w.text: w for w in explain("豊橋市立羽田中学校")}  # Mozc lists the whole
    assert (words["羽田"].kana, words["羽田"].source) == ("はだ", "mozc")
    assert "Haneda" in words["羽田"].alternatives


def test_a_schools_coined_name_read_as_a_given_name_is_read_the_chinese_way() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): UniDic read the school's own name as a
    # given name of one kanji (修 おさむ, 明 あきら, 仁 ひとし, 豊 ゆたか) and a word, "Haya
    # Osamu", "Misao Akira"; no dictionary and no Mozc word is written so, so the name is
    # a coined one, read on: そうしゅう, そうめい, とうじん
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("伊勢市立早修小学校", "岡山市立操明小学校", "福岡市立当仁中学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("伊勢市立早修小学校") == "Ise shiritsu Sōshū shōgakkō"
    # a family name and a given name stand, and so does a pair a dictionary lists
    assert romanize("林修") == "Hayashi Osamu"
    assert romanize("弥刀") == "Mito"
    assert romanize("修君") == "Osamu-kun"  # a given name and an honorific


def test_a_schools_own_name_listed_only_as_a_given_name_is_read_the_chinese_way() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): JMnedict lists 成徳 and 英彰 only as
    # people's names, and Mozc reads them most cheaply as given names (しげのり, ひであき);
    # as a school's own name they are coined words, read on: せいとく, えいしょう
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("神戸市立成徳小学校", "堺市立英彰小学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("神戸市立成徳小学校") == "Kōbe shiritsu Seitoku shōgakkō"
    # a family's name (志水 しみず) and a name Mozc already reads on (東陵) stand
    resolver = ReadingResolver()
    assert resolver.cuts._coined_school_name("志水") is None
    assert resolver.cuts._coined_school_name("東陵") is None


def test_a_schools_name_of_one_kanji_and_a_quarter_is_read_the_chinese_way() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): 幌東 (Sapporo's 幌 + 東) is こうとう, not
    # UniDic's ほろひがし; 章南 しょうなん, not JMnedict's unclassed あきな; 城西 じょうせい,
    # JMnedict's on place reading, not the station's しろにし
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("札幌市立幌東中学校", "豊橋市立章南中学校", "松山市立城西中学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("札幌市立幌東中学校") == "Sapporo shiritsu Kōtō chūgakkō"
    # a place of the first kanji read another way (桂 かつら), a name JMnedict lists as a
    # place read the Japanese way (津西 つにし) stand
    for title in ("京都市立桂東小学校", "三重県立津西高等学校"):
        assert kana_of(title) == gold[title], title
    resolver = ReadingResolver()
    assert resolver.cuts._quarter_school_name("桂東") is None
    assert resolver.cuts._quarter_school_name("津西") is None
    # which on reading JMnedict's places give (泉北 せんほく, せんぼく, せんぽく) is not
    # this rule's to say
    assert resolver.cuts._quarter_school_name("泉北") is None
    # a town of the founder that reads the kanji the Japanese way (広島市's 安東 やすひがし,
    # data/town_readings.tsv) makes the school's 安北 that place's: やすきた, not あんほく
    assert kana_of("広島市立安北小学校") == gold["広島市立安北小学校"]
    assert resolver.cuts._quarter_school_name("安北", "広島市立安北小学校") is None
    assert resolver.cuts._quarter_school_name("安北") == "あんほく"
    # and the school's other quarter takes that reading too: 広島市立安西小学校 やすにし
    # (JMnedict's places of 安西 are あんさい and あんざい)
    assert kana_of("広島市立安西小学校") == gold["広島市立安西小学校"]
    assert resolver.cuts._sibling_quarter_town("広島市立安西小学校", "安西") == "やすにし"
    assert resolver.cuts._sibling_quarter_town("松山市立城西中学校", "城西") is None


def test_a_name_read_alone_as_a_given_name_is_the_place_mozc_prefers() -> None:
    # Wikipedia titles (jawiki_schools.tsv): UniDic read 豊平 (Sapporo's ward) and 春吉
    # (Fukuoka's quarter) as the given names とよへい, はるきち; JMnedict lists both as
    # places, and Mozc writes the places' readings more cheaply
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("札幌市立豊平小学校", "福岡市立春吉中学校"):
        assert kana_of(title) == gold[title]
    assert romanize("豊平") == "Toyohira"
    assert romanize("幸子") == "Sachiko"  # Mozc writes the given name more cheaply


def test_a_name_read_alone_as_a_family_name_is_the_place_mozc_prefers() -> None:
    # Wikipedia's 稲沢市立牧川小学校 (jawiki_schools.tsv): 牧川 was the family's まきかわ;
    # JMnedict lists the place まきがわ, which Mozc writes more cheaply
    gold = reading_gold("jawiki_schools.tsv")
    assert kana_of("稲沢市立牧川小学校") == gold["稲沢市立牧川小学校"]


def test_a_schools_name_that_is_a_town_of_its_founder_is_read_as_japan_post_reads_it() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): the school's name is a town of the city
    # that founded it, read as Japan Post reads that city's town (data/town_readings.tsv):
    # 佐世保市's 宇久町神浦 こうのうら (JMnedict's first place reading is かみうら), 槻田 つきだ
    # of 北九州市 (was つきた); 梅林 of 福岡市 is cut as a name though JMdict lists the word
    # (ばいりん), and 大里 of 北九州市 stands before its quarter 南
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("佐世保市立神浦小学校", "北九州市立槻田中学校", "福岡市立梅林中学校",
                  "北九州市立大里南小学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("佐世保市立神浦小学校") == "Sasebo shiritsu Kōnoura shōgakkō"
    # a prefecture's school names no one town: the table is not asked (県立)
    resolver = ReadingResolver()
    assert resolver.cuts.founders_town("愛知県立豊田北高等学校", "豊田") is None
    # a city whose name holds 都 or 府 is no prefecture to drop (都城市 is not 城市)
    assert resolver.cuts.founders_town("都城市立上東小学校", "上東") == "かみひがし"
    assert resolver.cuts.founders_town("宮崎県都城市立上東小学校", "上東") == "かみひがし"


def test_a_prefectural_schools_name_that_is_a_municipality_there_reads_as_the_list_does() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): 豊田 of 愛知県立 is the city 豊田市 とよたし
    # of the official list (JMnedict's places read 豊田 とよだ first, and UniDic took it)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("愛知県立豊田北高等学校", "愛知県立豊田南高等学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("愛知県立豊田北高等学校") == "Aichi kenritsu Toyota kita kōtō gakkō"
    resolver = ReadingResolver()
    assert resolver.cuts.prefectures_municipality("愛知県立豊田北高等学校", "豊田") == "とよた"
    # a city's school is not asked (市立), nor a name no municipality of the prefecture has
    assert resolver.cuts.prefectures_municipality("豊田市立豊田小学校", "豊田") is None
    assert resolver.cuts.prefectures_municipality("愛知県立旭丘高等学校", "旭丘") is None


def test_a_merged_villages_name_before_its_sections_is_a_town_of_the_city() -> None:
    # Wikipedia's 上田市立武石小学校 (jawiki_schools.tsv): 上田市 writes its merged village
    # 武石 before the old sections (武石上本入 たけしかみほんいり, 武石余里 たけしより, ...),
    # so the table (scripts/make_town_readings.py) lists 武石 たけし, one of JMnedict's
    # readings; the school was JMnedict's first, たけいし
    gold = reading_gold("jawiki_schools.tsv")
    assert kana_of("上田市立武石小学校") == gold["上田市立武石小学校"]
    assert ReadingResolver().cuts.founders_town("上田市立武石小学校", "武石") == "たけし"


def test_the_town_table_generator_reads_a_merged_prefix_only_as_a_dictionary_does() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "make_town_readings.py"
    spec = importlib.util.spec_from_file_location("make_town_readings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    mine = {"武石上本入": {"たけしかみほんいり"}, "武石下本入": {"たけししもほんいり"},
            "武石余里": {"たけしより"}, "東大沼": {"ひがしおおぬま"},
            "東大久保": {"ひがしおおくぼ"}, "東大竹": {"ひがしおおたけ"}}
    listed = {"武石": {"たけいし", "たけし"}, "東大": {"とうだい", "ひがしおお"}}
    module._merged_prefixes(mine, lambda name: listed.get(name, set()))
    assert mine["武石"] == {"たけし"}
    # ひがしおお is what the three share, and a reading of 東大 JMnedict gives
    assert mine["東大"] == {"ひがしおお"}
    # two sections are not enough
    few = {"武石上本入": {"たけしかみほんいり"}, "武石余里": {"たけしより"}}
    module._merged_prefixes(few, lambda name: listed.get(name, set()))
    assert "武石" not in few


def test_the_town_table_is_well_formed() -> None:
    # every line a comment, a municipality, or a town and its reading in hiragana; no
    # municipality twice and no town twice in one municipality
    from jpterms.package_data import read_text

    seen: set[str] = set()
    towns: set[str] = set()
    for line in read_text("town_readings.tsv").splitlines():
        if line.startswith("#"):
            continue
        name, tab, kana = line.partition("\t")
        if not tab:
            assert name and name not in seen, name
            seen.add(name)
            towns = set()
            continue
        assert name not in towns and kana and all("\u3041" <= ch <= "\u309f" or ch == "ー"
                                                   for ch in kana), line
        towns.add(name)
    assert "佐世保市" in seen and "江戸川区" in seen
