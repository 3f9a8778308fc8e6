"""Readings: where each word's reading comes from, how sure it is, and the glossary's last word."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from tests.conftest import reading_index_file

import jpterms
from jpterms.lookup import analyze_title
from jpterms.romanize import Romanizer, explain

DATA = Path(__file__).parent / "data" / "readings"

USER_GLOSSARY = (
    "hepburn\tkanji\tkana\tenglish\tkind\tvariants\tnote\n"
    "Yamanashi\t月見里\tやまなし\tYamanashi (family name)\tperson\t\t\n"
)


@pytest.fixture(scope="module")
def user_glossary(tmp_path_factory: pytest.TempPathFactory) -> jpterms.Glossary:
    path = tmp_path_factory.mktemp("glossary") / "mine.tsv"
    path.write_text(USER_GLOSSARY, encoding="utf-8")
    return jpterms.Glossary.load([path])


def test_a_user_entry_reaches_every_romanisation(user_glossary: jpterms.Glossary) -> None:
    # The dictionaries read 月見里 as Tsukimisato; the user's glossary says Yamanashi.
    assert jpterms.romanize("月見里研究") == "Tsukimisato kenkyū"
    assert jpterms.romanize("月見里研究", glossary=user_glossary) == "Yamanashi kenkyū"
    assert user_glossary.romanizer().romanize("月見里研究") == "Yamanashi kenkyū"
    # lookup and the title rules romanise what they find with the same glossary
    analysis = analyze_title("Yamanashi kenkyu", glossary=user_glossary)
    assert (analysis.kanji, analysis.romaji) == ("月見里研究", "Yamanashi kenkyū")
    top = jpterms.lookup("Yamanashi kenkyu", glossary=user_glossary)[0]
    assert (top.kanji, top.romaji) == ("月見里研究", "Yamanashi kenkyū")
    words = explain("月見里研究", glossary=user_glossary)
    assert (words[0].source, words[0].confidence) == ("glossary", "certain")


def test_explain_names_the_source_and_the_alternatives() -> None:
    family, given = explain("山田孝雄")
    assert (family.romaji, given.romaji) == ("Yamada", "Yoshio")
    assert given.source == "jmnedict" and "Takao" in given.alternatives
    assert "Yamada Takao" in Romanizer().alternatives("山田孝雄")


def test_a_fallback_reading_is_marked_as_a_guess() -> None:
    words = explain("田中彧雄")  # 彧 is in KANJIDIC2 only
    assert words[-1].romaji == "Ikuyū" and words[-1].is_guess
    assert words[-1].source == "kanjidic"
    assert not any(w.is_guess for w in explain("日本人"))


def test_each_source_can_be_switched_off() -> None:
    assert Romanizer(sources=()).romanize("日本人") == "Nihonnin"  # UniDic alone
    assert Romanizer(sources=("jmdict",)).romanize("日本人") == "Nihonjin"
    with pytest.raises(ValueError, match="unknown reading sources"):
        Romanizer(sources=("wikipedia",))


def _sample(name: str, step: int) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))[::step]


@pytest.mark.parametrize(("name", "floor"), [
    ("municipalities_mic.tsv", 0.80),  # 92.5% on all 1,942 (benchmarks/measure_readings.py)
    ("stations_all.tsv", 0.75),  # 85.3% on all 1,321
])
def test_readings_of_outside_place_names(name: str, floor: float) -> None:
    """A sample of the development sets: the reading chosen is the source's kana."""
    rows = _sample(name, 10)
    romanizer = Romanizer()
    right = sum("".join(w.kana for w in romanizer.explain(r["japanese"])) == r["kana"]
                for r in rows)
    kanji_left = [r["japanese"] for r in rows
                  if re.search(r"[\u3400-\u9fff]", romanizer.romanize(r["japanese"]))]
    assert right / len(rows) >= floor
    assert kanji_left == []


ALA_LC = [
    ("中央公論新社", "Chūō Kōron Shinsha"),  # every word of a body's name is capitalised
    ("大日本帝国", "Dai Nippon Teikoku"),  # one of the table's Nippon names
    # the table: 日本 is Nihon unless standard authorities established another reading;
    # LC's heading for the chronicle is Nihon shoki (was "Nippon Shoki")
    ("日本書紀", "Nihon shoki"),
    ("記録する", "Kirokusuru"),  # suru joins its noun
    ("東京都千代田区", "Tōkyō-to Chiyoda-ku"),  # hyphens before administrative suffixes
    ("新日本", "Shin-Nihon"),  # a prefix to a name takes a hyphen
    ("日本語の歴史", "Nihongo no rekishi"),  # joined: Nihongo
    # っ before ch is t, as in Hepburn (University of Illinois Library's ALA-LC guide:
    # 坊ちゃん botchan, 日中 Nitchū); it came out "Bocchan"
    ("坊っちゃん", "Botchan"),
    ("日中関係", "Nitchū kankei"),
    # Capitalization, place names: each separately written word of a geographic name is
    # capitalised (the table's own examples), and only after the place it names
    ("日本列島", "Nihon Rettō"),
    ("房総半島", "Bōsō Hantō"),
    ("日本列島の形成と近世の半島", "Nihon Rettō no keisei to kinsei no hantō"),
    # Capitalization, corporate names: each separately written word but the particles
    # (the table's own examples: a society named for what it does, an army)
    ("戦争を記録する会", "Sensō o Kirokusuru Kai"),
    ("日本陸軍", "Nihon Rikugun"),
    # Capitalization, personal names: each word but the particle no (the table's example)
    ("菅原孝標女", "Sugawara no Takasue no Musume"),
]


@pytest.mark.parametrize(("text", "expected"), ALA_LC)
def test_ala_lc_style(text: str, expected: str) -> None:
    assert jpterms.romanize(text, "ala-lc") == expected


def test_modified_hepburn_keeps_its_own_style() -> None:
    assert jpterms.romanize("中央公論新社") == "Chūō kōron shinsha"
    assert jpterms.romanize("記録する") == "Kiroku suru"
    assert jpterms.romanize("東京都千代田区") == "Tōkyō-to Chiyoda-ku"


def test_foreign_spellings_of_loanwords_come_from_cutlet() -> None:
    assert jpterms.foreign_spelling("ハモンド") == "Hammond"
    assert jpterms.foreign_spelling("サイバー") == "cyber"
    assert jpterms.foreign_spelling("ゲンバ") is None  # no foreign word behind it


def test_old_kanji_forms_are_read_as_the_modern_ones() -> None:
    assert jpterms.romanize("一切經音義") == "Issaikyō ongi"  # 經 is 経
    assert jpterms.romanize("東京大學出版會") == "Tōkyō daigaku shuppankai"
    assert [w.text for w in explain("福島町")] == ["福島町"]  # 島 is not an old form of 嶋
    # 擧 is 挙 (pykakasi's table says 拳, which shares no reading with it): 選擧 is senkyo
    assert jpterms.romanize("選擧") == "Senkyo"


def test_old_forms_no_dictionary_links_still_leave_no_kanji() -> None:
    # real 880 pairs of tests/data/marc: 淸 (KANJIDIC2 lacks it), 錄 (KANJIDIC2's variant)
    assert jpterms.romanize("安達淸風日記") == "Adachi Seifū nikki"
    assert jpterms.romanize("目錄").casefold() == "mokuroku"
    assert "Wakuya" in jpterms.romanize("涌谷町")  # 涌 is a place's own kanji, not 湧
    assert jpterms.romanize("髙橋") == "Takahashi"  # a family name's variant form


def test_three_vowels_are_a_long_vowel_and_a_short_one() -> None:
    from jpterms.kana import kana_to_romaji

    assert kana_to_romaji("ほうおう") == "hōō"  # 訪欧: not hō
    assert kana_to_romaji("こうう") == "kōu"  # 降雨
    assert jpterms.romanize("憂鬱") == "Yūutsu"


def test_the_shipped_old_form_table_is_what_its_sources_give() -> None:
    # jpterms/data/old_forms.tsv is derived from pykakasi's itaiji table and KANJIDIC2
    from jpterms.old_forms import build, old_forms

    assert {chr(k): v for k, v in old_forms().items()} == build()


def test_a_glossary_word_is_romanised_without_opening_the_reading_index() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("東京") == "Tōkyō"
    assert romanizer.readings._index is None  # start-up: the index is opened on need only
    assert romanizer.romanize("一切經音義") == "Issaikyō ongi"
    assert romanizer.readings._index is not None


def test_index_files_of_other_versions_in_a_shared_cache_are_left_alone(
        tmp_path: Path) -> None:
    import shutil

    from jpterms.cache_files import sum_path
    from jpterms.reading_index import ReadingIndex

    real = reading_index_file()  # (the wheel's copy, or the user cache's)
    mine = real.name
    shutil.copyfile(real, tmp_path / mine)
    shutil.copyfile(sum_path(real), sum_path(tmp_path / mine))  # or rebuilt
    other = tmp_path / "readings-f4-1.0.marisa"  # another installed version's index
    other.write_bytes(b"not ours")
    index = ReadingIndex.load(tmp_path)
    assert [r.reading for r in index.readings("日本人")][:1] == ["にほんじん"]
    assert other.read_bytes() == b"not ours"


def test_municipalities_and_a_family_name_inside_a_common_word() -> None:
    assert jpterms.romanize("共和町") == "Kyōwa-chō"  # JMnedict's reading; the suffix hyphenated
    assert jpterms.romanize("伊達市") == "Date-shi"  # 市 is shi after a place, not ichi
    # 町村 is a family name in the glossary (from a person's row), but 市町村 is one word
    assert jpterms.romanize("市町村合併") == "Shichōson gappei"
    assert jpterms.romanize("町村信孝") == "Machimura Nobutaka"


def test_a_given_name_unidic_reads_as_common_nouns() -> None:
    # real catalogue names (tests/data/marc): 英重 is two common nouns to UniDic,
    # a given name to JMnedict; a spaced given name keeps UniDic's and JMnedict's reading
    assert jpterms.romanize("岩崎英重") == "Iwasaki Hideshige"
    assert jpterms.romanize("横井 清") == "Yokoi Kiyoshi"
    assert jpterms.romanize("山田文庫") == "Yamada bunko"  # a JMdict word is no given name


def test_a_city_is_shi_after_a_place() -> None:
    assert jpterms.romanize("西宮市") == "Nishinomiya-shi"  # not the market, Nishimiyaichi
    assert jpterms.romanize("丹波市") == "Tanba-shi"
    assert jpterms.romanize("四日市") == "Yokkaichi"
    assert jpterms.romanize("八日市") == "Yōka-ichi"  # a market town's 市 after a common noun


def test_a_house_and_its_papers() -> None:
    # a catalogue title (tests/data/marc, Abe-ke shiryōshū) and HDIC's Kōzanji papers
    assert jpterms.romanize("阿部家史料集") == "Abe-ke shiryōshū"  # the catalogue's own form
    assert jpterms.romanize("上杉家文書") == "Uesugi-ke monjo"
    # UniDic cuts 毛 + 利家 (Toshiie, a given name); 毛利 is a family name 22 of
    # JMnedict's people bear
    assert jpterms.romanize("毛利家文書") == "Mōri-ke monjo"
    assert jpterms.romanize("前田利家") == "Maeda Toshiie"


def test_a_suffix_after_a_name_is_no_given_name() -> None:
    # JMnedict lists 氏 (Tomo) and 藩 (Mamoru) as given names; after a family or a
    # domain's name they are the clan and the domain
    assert not jpterms.romanize("北条氏").endswith("Tomo")
    assert jpterms.romanize("加賀藩").lower().replace(" ", "") == "kagahan"
    assert jpterms.romanize("長州藩").lower().replace(" ", "") == "chōshūhan"
    # a kanji of the list that ends a given name UniDic cut apart (historical names)
    assert jpterms.romanize("二本松政国") == "Nihonmatsu Masakuni"
    assert jpterms.romanize("高山寺文書") == "Kōzanji monjo"
    assert jpterms.romanize("行政文書") == "Gyōsei bunsho"  # modern papers stay bunsho
    assert jpterms.romanize("作家") == "Sakka"  # 家 after a common noun is still -ka
    assert jpterms.romanize("下総橘") == "Shimōsa Tachibana"  # not the rare given name Kitsu


def test_a_whole_name_whatever_unidic_makes_of_it() -> None:
    # Aozora Bunko authors (tests/data/lookup/aozora_authors.tsv): UniDic reads 平 as an
    # adjective and 波 as a suffix; JMnedict knows the family and the given name
    assert jpterms.romanize("長谷川集平") == "Hasegawa Shūhei"
    assert jpterms.romanize("石波杏").startswith("Ishinami ")
    # two entries put together, with other given-name readings listed: a possible reading
    assert [w.confidence for w in explain("石波杏")] == ["possible", "possible"]
    assert jpterms.romanize("山田孝雄") == "Yamada Yoshio"  # a notable person's own entry
    assert jpterms.romanize("出屋敷").replace(" ", "") == "Deyashiki"  # no 出屋 + 敷


def test_a_word_no_name_list_gives_is_no_given_name() -> None:
    # the Nara National Museum's Shōsō-in glossary: 『東大寺要録』 (とうだいじようろく)
    # Tōdaiji yōroku. JMnedict lists 東大寺 as a family name too (ひがしおおじ), and the
    # whole was read as that family and a given name Yōroku no list gives; UniDic reads
    # 要録 as one common noun, so read so, it is the word (a digest)
    assert jpterms.romanize("東大寺要録") == "Tōdaiji yōroku"
    # a given name UniDic does not know as a word (暹涯: no reading) stays a given name
    assert jpterms.romanize("阿刀暹涯") == "Atō Sengai"
    assert jpterms.romanize("長谷川集平") == "Hasegawa Shūhei"


def test_an_edition_after_a_numeral_is_han() -> None:
    # HDIC's bibliography: 大漢和辞典 修訂第二版, Shūtei Daini-han
    assert jpterms.romanize("修訂第二版") == "Shūtei dainihan"
    assert jpterms.romanize("改訂版") == "Kaiteiban"  # after a word it stays -ban


def test_a_bridge_voices_after_a_place() -> None:
    # JR East's Akabanebashi (../shared realworld) and the bundled station sample
    assert jpterms.romanize("赤羽橋") == "Akabanebashi"
    assert jpterms.romanize("豊橋") == "Toyohashi"  # the dictionaries know this one
    assert jpterms.romanize("橋") == "Hashi"  # on its own, not the suffix -bashi


def test_a_clan_name_and_its_no() -> None:
    # 阿倍仲麻呂 is a real catalogue heading (tests/data/marc); JMnedict reads the full
    # names with the genitive: it is a word of its own, not part of the given name
    assert jpterms.romanize("菅原道真") == "Sugawara no Michizane"
    assert jpterms.romanize("源頼朝") == "Minamoto no Yoritomo"
    assert jpterms.romanize("阿倍仲麻呂") == "Abe no Nakamaro"
    assert jpterms.romanize("山田信夫") == "Yamada Nobuo"  # 信 may be read のぶ: no "no" here
    assert [w.romaji for w in explain("菅原道真")] == ["Sugawara", "no Michizane"]


def test_a_place_jmnedict_knows_is_no_family_and_given_name() -> None:
    # stations of tests/data/readings/stations_all.tsv: UniDic reads 東 as the family
    # name Azuma; JMnedict lists the whole as a place
    assert jpterms.romanize("東中山").replace(" ", "") == "Higashinakayama"
    assert jpterms.romanize("山田孝雄") == "Yamada Yoshio"


def test_a_city_then_its_ward() -> None:
    # the MIC list's 堺市中区 さかいしなかく: UniDic's word 市中 (in the city) is 市 + 中区
    assert jpterms.romanize("堺市中区") == "Sakai-shi Naka-ku"
    assert jpterms.romanize("札幌市北区") == "Sapporo-shi Kita-ku"


def test_a_name_without_an_entry_of_its_own_is_read_as_most_people_of_that_name() -> None:
    from jpterms.reading_index import ReadingIndex

    # counted in JMnedict's full names of people: 正 ただし 65 people, しょう 4
    index = ReadingIndex.default()
    counts = index.name_counts("正")
    assert counts["ただし"] > 10 * counts["しょう"]
    assert "おぐら" in index.name_counts("小倉", family=True)
    # HDIC's bibliography (shared realworld): UniDic and Mozc's costs say Takashi
    assert jpterms.romanize("原卓志") == "Hara Takushi"
    # an Aozora author (tests/data/lookup/aozora_authors.tsv): not the city's Kokura
    assert jpterms.romanize("小倉右一郎").startswith("Ogura ")
    # still a guess among readings: the others are listed, most-named first
    words = explain("原卓志")
    assert words[1].confidence == "possible"
    assert words[1].alternatives[0] == "Takashi"


def test_a_given_name_no_dictionary_lists_is_read_as_given_names_read_its_halves() -> None:
    from jpterms.reading_index import ReadingIndex

    # counted in JMnedict's two-kanji given names: 喬 begins many as たか, 裕 ends many as ひろ
    index = ReadingIndex.default()
    heads, tails = index.name_part_counts("喬", head=True), index.name_part_counts("裕", head=False)
    assert max(heads, key=lambda r: heads[r]) == "たか"
    assert max(tails, key=lambda r: tails[r]) == "ひろ"
    # Wikipedia article titles (tests/data/readings/jawiki_titles.tsv): no dictionary lists
    # 喬裕 or 久貞; UniDic reads 喬 たかし + 裕 ひろし, 久 ひさし + 貞 てい
    assert jpterms.romanize("今井喬裕") == "Imai Takahiro"
    assert jpterms.romanize("中川久貞") == "Nakagawa Hisasada"
    word = explain("今井喬裕")[1]
    assert (word.confidence, word.alternatives) == ("guess", ("Takashihiroshi",))
    # a role after a one-kanji given name is no second half of a name
    assert jpterms.romanize("山田孝著") == "Yamada Takashi cho"


def test_a_municipality_is_read_as_the_official_list_reads_it() -> None:
    # MIC's local government code list (jpterms/data/municipalities.tsv): 町 and 村 are
    # read municipality by municipality, which no dictionary knows
    assert jpterms.romanize("八千代町") == "Yachiyo-machi"  # Ibaraki
    assert jpterms.romanize("福島町") == "Fukushima-chō"  # Hokkaido
    assert jpterms.romanize("上野村") == "Ueno-mura"
    assert explain("八千代町")[0].source == "gazetteer"
    # two municipalities of one name read two ways: the list does not decide
    from jpterms.gazetteer import municipality_readings

    assert "池田町" not in municipality_readings()  # いけだまち in Nagano, else いけだちょう
    assert "幸田町" in municipality_readings()  # こうたちょう, not UniDic's さちた


def test_the_small_ke_of_a_place_name_as_either_railway_writes_it() -> None:
    # Japan Post's Tokyo towns (tests/data/readings/towns_japanpost_tokyo.tsv) write ケ, as
    # JR East does; JMnedict lists 天ヶ瀬 with the small ヶ: one place either way
    assert jpterms.romanize("殿ケ谷") == "Tonogaya"
    assert jpterms.romanize("天ケ瀬町") == "Amagase-chō"
    assert jpterms.romanize("梅ケ丘に住む") == "Umegaoka ni sumu"  # UniDic: 梅 + ケ + 丘
    assert jpterms.romanize("一ヶ所") == "Ikkasho"  # a counter is no place


def test_a_volume_after_digits_is_kan() -> None:
    # catalogue volumes (tests/data/marc, HDIC's 第二巻): 巻 after a number is the volume
    assert jpterms.romanize("第2巻") == "Dai 2-kan"
    assert jpterms.romanize("全3巻") == "Zen 3-kan"
    assert jpterms.romanize("第2版") == "Dai 2-han"  # the edition, as 第二版 dainihan
    assert jpterms.romanize("巻物") == "Makimono"  # after a word it stays maki


def test_a_family_name_unidic_reads_as_a_place_only() -> None:
    # a Wikipedia title (tests/data/readings/jawiki_titles.tsv): UniDic reads 喜舎場 ちしゃば,
    # which JMnedict lists for the place only; its family name is きしゃば
    assert jpterms.romanize("喜舎場泉") == "Kishaba Izumi"
    # the province 下総 しもうさ is a word: it stays (JR East's Shimōsa-Tachibana)
    assert jpterms.romanize("下総橘").startswith("Shimōsa")


def test_a_publisher_is_read_as_it_reads_its_name() -> None:
    # a real 260 $b of tests/data/marc (tests/data/lookup/marc_pairs.tsv): UniDic reads
    # 弘文 as the given name Hirofumi; SKK's publisher list (jpterms/data/publishers.tsv)
    # has よしかわこうぶんかん
    assert jpterms.romanize("吉川弘文館") == "Yoshikawa Kōbunkan"
    assert explain("吉川弘文館")[1].source.startswith("publishers")
    assert jpterms.romanize("中央公論社") == "Chūō kōronsha"  # read so already: unchanged


def test_a_name_does_not_take_the_first_unit_of_the_word_after_it() -> None:
    # a Wikipedia title (tests/data/readings/jawiki_titles.tsv): UniDic cuts 旭 + 中 + 学校,
    # and JMnedict knows the place 旭中 (あさひなか); 中学校 is the word
    assert jpterms.romanize("宇都宮市立旭中学校").endswith("Asahi chūgakkō")
    assert jpterms.romanize("札幌市立北中学校").endswith("Kita chūgakkō")


def test_a_u_row_reading_and_a_kanji_read_u_are_two_vowels() -> None:
    # Aozora Bunko's Saito Ryokuu (tests/data/lookup/aozora_authors.tsv) and JR East's
    # Rikuu East Line: 緑 りょく + 雨 う, 陸 りく + 羽 う; but 左右吉 そ + う is Sōkichi
    assert jpterms.romanize("斎藤緑雨") == "Saitō Ryokuu"
    assert jpterms.romanize("津田左右吉") == "Tsuda Sōkichi"


def test_an_old_province_and_its_kuni() -> None:
    # the provinces (jpterms/data/provinces.tsv, from SKK's proper-noun dictionary)
    assert jpterms.romanize("上野国") == "Kōzuke no kuni"  # not the Ueno of Tokyo
    assert jpterms.romanize("武蔵国") == "Musashi no kuni"
    assert jpterms.romanize("常陸国那珂郡") == "Hitachi no kuni Naka-gun"
    assert jpterms.romanize("下総国") == "Shimōsa no kuni"  # JMnedict reads the whole so
    assert jpterms.romanize("武蔵国分寺") == "Musashi Kokubunji"  # 国 inside another word
    assert jpterms.romanize("上野") == "Ueno"
