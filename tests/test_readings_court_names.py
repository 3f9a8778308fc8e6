"""Given names of the court nobility: after the name of a court house
(data/court_houses.tsv), the first kanji of a given name is read as those houses' people in
JMnedict read it (data/court_name_heads.tsv: 公 きん, 実 さね)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_court_given_name_begins_as_the_court_read_it() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_draw.tsv): were とくだいじきみのぶ,
    # とくだいじみみち, おおぎまちさんじょうきみたか (JMnedict's given names at large most
    # often read 公 きみ and 実 み)
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("徳大寺公信", "徳大寺実通", "正親町三条公高", "徳大寺実堅"):
        assert kana_of(name) == draw[name], name
    r = Romanizer()
    assert r.romanize("徳大寺公信") == "Tokudaiji Kinnobu"
    assert r.romanize("三条実美は明治の政治家である。").startswith("Sanjō Sanetomi wa")


def test_a_person_jmnedict_lists_keeps_the_listed_reading() -> None:
    # JMnedict lists the actor 冷泉公裕 れいぜいきみひろ and 三条公頼 さんじょうきみより
    r = Romanizer()
    assert r.romanize("冷泉公裕") == "Reizei Kimihiro"
    assert r.romanize("三条公頼") == "Sanjō Kimiyori"
    # a family that is no court house keeps the common reading (公 きみ)
    assert r.romanize("山田公子") == "Yamada Kimiko"


def test_a_court_house_before_a_given_name_is_one_word_read_as_the_house() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_draw.tsv): were くがくにみち,
    # かさんのいんもちただ (data/court_houses.tsv reads 久我 こが, 花山院 かざんいん)
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("久我邦通", "久我通平", "花山院持忠", "花山院家厚"):
        assert kana_of(name) == draw[name], name
    r = Romanizer()
    # were 'Daigofuyumoto', 'Ue Reizeitamekazu', 'Shita Reizei seitame', 'Fushihara Senjō',
    # 'Kuga Michichika', 'Atago Michiakira', 'Nishikikōji Yorinori'
    assert r.romanize("醍醐冬基") == "Daigo Fuyumoto"
    assert r.romanize("上冷泉為和") == "Kamireizei Tamekazu"
    assert r.romanize("下冷泉政為") == "Shimoreizei Masatame"
    assert r.romanize("伏原宣条").startswith("Fusehara ")
    assert r.romanize("久我通親") == "Koga Michichika"
    assert r.romanize("愛宕通旭").startswith("Otagi ")
    assert r.romanize("錦小路頼徳") == "Nishikinokōji Yorinori"
    # the longest house first: 正親町三条 + 実愛, not 正親町 + 三条 + 実愛
    assert r.romanize("正親町三条実愛").startswith("Ōgimachisanjō ")


def test_a_court_house_not_before_a_given_name_is_left_as_read() -> None:
    r = Romanizer()
    # a word, a place, a name of its own, a role: as before
    for text, read in (("醍醐寺", "Daigoji"), ("三条通", "Sanjōdōri"), ("嵯峨野", "Sagano"),
                       ("醍醐郎", "Daigorō"), ("一条天皇", "Ichijō tennō"),
                       ("西園寺氏", "Saionji-shi"), ("愛宕神社", "Atago jinja"),
                       ("正親町三条", "Ōgimachisanjō"), ("山科神社", "Yamashina jinja")):
        assert r.romanize(text) == read, text
    # a person JMnedict lists whole keeps the listed reading (the actress 久我美子 くが)
    assert r.romanize("久我美子") == "Kuga Yoshiko"


def test_a_common_word_after_a_court_house_is_a_nobles_given_name() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_draw.tsv, jawiki_titles.tsv): were
    # いちじょうないせい, しみずだにじつぎょう, さいおんじじつえき (UniDic's words
    # "domestic affairs", "industry", "actual profit")
    draw = {**reading_gold("jawiki_draw.tsv"), **reading_gold("jawiki_titles.tsv")}
    for name in ("一条内政", "清水谷実業", "西園寺実益"):
        assert kana_of(name) == draw[name], name
    r = Romanizer()
    assert r.romanize("西園寺実益") == "Saionji Sanemasu"
    # a word with no reading the court named its sons by, or a site, stays a word
    for text, read in (("近衛師団", "Konoe shidan"), ("土御門内裏", "Tsuchimikado dairi"),
                       ("一條神社", "Ichijō jinja"), ("二条河原", "Nijō kawara"),
                       # an everyday word, or a kanji the court read no way of its own
                       ("二条公園", "Nijō kōen"), ("一条中学", "Ichijō chūgaku"),
                       ("冷泉文学", "Reizei bungaku"), ("鷹司本家", "Takatsukasa honke")):
        assert r.romanize(text) == read, text


def test_a_person_listed_twice_is_read_with_the_court_house_reading_first() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): JMnedict lists the comedian
    # as あやこうじきみまろ and as あやのこうじきみまろ; the house is 綾小路 あやのこうじ
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("綾小路きみまろ") == gold["綾小路きみまろ"]
    assert Romanizer().romanize("綾小路きみまろ") == "Ayanokōji Kimimaro"


def test_court_heads_too_rare_in_jmnedict_to_count_are_read_as_the_court_read_them() -> None:
    # Wikidata's readings: 二条尚基 Nijo Hisamoto, 近衛尚嗣 Konoe Hisatsugu, 二条斉信 Nijo
    # Narinobu (were Naomoto, Naotsugu, Tadanobu; data/court_name_heads_curated.tsv)
    r = Romanizer()
    assert r.romanize("二条尚基") == "Nijō Hisamoto"
    assert r.romanize("近衛尚嗣") == "Konoe Hisatsugu"
    assert r.romanize("二条斉信") == "Nijō Narinobu"
    assert r.romanize("九条尚忠") == "Kujō Hisatada"
    # a family that is no court house keeps the common reading (尚 なお)
    assert r.romanize("山田尚基") == "Yamada Naoki"


def test_a_listed_persons_second_word_is_a_name_in_a_title() -> None:
    # 式部 is a common noun (an office) to UniDic; JMnedict lists 和泉式部 as a person
    from jpterms.romanize import romanize

    assert romanize("和泉式部日記") == "Izumi Shikibu nikki"  # was "Izumi shikibu"
    assert romanize("紫式部日記") == "Murasaki Shikibu nikki"
    # tests/data/readings/jawiki_draw.tsv: the 18th-century affair of 竹内式部
    assert romanize("竹内式部一件") == "Takenouchi Shikibu ikken"
    assert romanize("式部省") == "Shikibushō"  # (no person: the ministry)
