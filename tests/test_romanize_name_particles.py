"""A particle written inside a place's name (ノ, ヶ between kanji; が before 丘) is one word
with the name (session 45, data ``name_particles``): JR East's sign writes 手ノ子 *Tenoko*
(``../shared/data/realworld/stations_jreast.tsv``), Japan Post's 金井ヶ丘 and 成瀬が丘 are
かないがおか and なるせがおか, one name; they were romanised *Te no ko*, *Kanai ga oka*,
*Naruse ga oka*. A particle of a sentence or of a law written in katakana stays a word."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms

DATA = Path(__file__).parent / "data" / "readings"


def _kana(name: str, japanese: str) -> str:
    with (DATA / name).open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return next(r["kana"] for r in rows if r["japanese"] == japanese)


@pytest.mark.parametrize(("name", "text", "read"), [
    ("stations_all.tsv", "夜ノ森", "Yonomori"),
    ("towns_japanpost_tokyo.tsv", "金井ヶ丘", "Kanaigaoka"),
    ("towns_japanpost_tokyo.tsv", "成瀬が丘", "Narusegaoka"),
    ("jawiki_draw.tsv", "摺ヶ浜温泉", "Surigahama onsen"),
    ("towns_japanpost_other.tsv", "水橋辻ケ堂", "Mizuhashi Tsujigadō"),  # (ケ a noun)
])
def test_a_particle_inside_a_place_name_is_part_of_its_one_word(
        name: str, text: str, read: str) -> None:
    assert _kana(name, text)  # a real development row
    assert jpterms.romanize(text) == read


def test_the_station_sign_writes_tenoko() -> None:
    assert jpterms.romanize("手ノ子") == "Tenoko"


@pytest.mark.parametrize(("text", "read"), [
    ("失火ノ責任ニ関スル法律", "Shikka no sekinin ni kansuru hōritsu"),
    ("花が咲く", "Hana ga saku"), ("五ノ三", "Go no san"), ("鹿ヶ谷の陰謀", "Shishigatani no inbō"),
])
def test_a_particle_of_a_sentence_stays_apart(text: str, read: str) -> None:
    assert jpterms.romanize(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("長野県北山田村", "Nagano-ken Kitayamada-mura"), ("茨城県北地域", "Ibaraki kenhoku chiiki"),
    ("長野県北佐久郡", "Nagano-ken Kitasaku-gun"), ("東京都北区", "Tōkyō-to Kita-ku"),
])
def test_a_prefecture_suffix_is_no_word_with_the_direction_of_the_place_after_it(
        text: str, read: str) -> None:
    # (issue 9: 長野 + 県北 + 山田 + 村 was "Nagano Kenhoku Yamada-mura"; a region 県北
    # with no municipality after it stays the word)
    assert jpterms.romanize(text) == read


def test_alalc_a_series_is_no_body_and_a_society_keeps_its_no() -> None:
    # marc_pairs.tsv: 岩波文庫 and 帝國文庫 are series (245/490), 'Iwanami bunko'; 日本野鳥の会
    # is a publisher, 'Nihon Yachō no Kai' (were 'Iwanami Bunko', 'Nihon yachō no kai')
    assert jpterms.romanize("岩波文庫", "ala-lc") == "Iwanami bunko"
    assert jpterms.romanize("日本野鳥の会", "ala-lc") == "Nihon Yachō no Kai"
    assert jpterms.romanize("日本の大学", "ala-lc") == "Nihon no daigaku"
    assert jpterms.romanize("中央公論新社", "ala-lc") == "Chūō Kōron Shinsha"


def test_a_four_kanji_era_is_two_words_with_a_hyphen() -> None:
    # ../shared/data/realworld/eras_jpnforphp.tsv (JpnForPhp), as Wikipedia writes them:
    # Tenpyō-shōhō, Tenpyō-hōji, Tenpyō-jingo (were 'Tenpyōshōhō' ...)
    assert jpterms.romanize("天平勝宝") == "Tenpyō-shōhō"
    assert jpterms.romanize("天平神護二年") == "Tenpyō-jingo ninen"
    assert jpterms.romanize("天平") == "Tenpyō"


@pytest.mark.parametrize(("text", "read"), [("久渡寺", "Kudoji"), ("野中寺", "Yachūji")])
def test_a_temples_ji_joins_the_name_read_apart(text: str, read: str) -> None:
    # tests/data/readings/jawiki_temples.tsv: the listed reading (くどじ) made the name a
    # word of its own, and 寺 stood apart ('Kudo ji'); joined as 東大寺 Tōdaiji is
    assert _kana("jawiki_temples.tsv", text)
    assert jpterms.romanize(text) == read


def test_a_full_stop_ending_the_run_before_capitalises_the_next() -> None:
    # tests/data/lookup/catalogue_pairs.tsv: 大阪大学. 哲学講座 (a body and its unit), whose
    # second run began in lower case: 'Ōsaka Daigaku. tetsugaku kōza'
    assert jpterms.romanize("大阪大学. 哲学講座", "ala-lc").startswith("Ōsaka Daigaku. Tetsugaku")
    assert jpterms.romanize("本を読む. 本を買う") == "Hon o yomu. Hon o kau"
    assert jpterms.romanize("東京... 京都") == "Tōkyō... Kyōto"


@pytest.mark.parametrize(("text", "read"), [
    ("山形県東村山郡", "Yamagata-ken Higashimurayama-gun"),
    ("福岡県小郡市", "Fukuoka-ken Ogōri-shi"), ("東京都練馬区錦", "Tōkyō-to Nerima-ku Nishiki"),
])
def test_no_town_is_cut_off_before_a_county(text: str, read: str) -> None:
    # 東村 (a village of the official list) + 山郡 was read as a municipality and its
    # town: 'Yamagata-ken Higashi-mura Yama-kōri'
    assert jpterms.romanize(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("東京都町田市", "Tōkyō-to Machida-shi"), ("福岡県太宰府市", "Fukuoka-ken Dazaifu-shi"),
    ("沖縄県恩納村", "Okinawa-ken Onna-son"), ("北海道長沼町", "Hokkaidō Naganuma-chō"),
    ("岩手県山田町", "Iwate-ken Yamada-machi"),
])
def test_a_municipality_after_its_prefecture_is_read_as_the_list_has_it(
        text: str, read: str) -> None:
    # jpterms/data/municipalities.tsv: of its 1,767 municipalities (designated cities'
    # wards left out) after their prefecture, 1,410 were written with the list's reading
    # and a word of their own ('Tōkyō-to chō Ta-ichi', 'Okinawa-ken Onna-mura'), 1,743 now;
    # a name the prefecture reads otherwise than alone (長沼町, 山田町) is read whole
    assert jpterms.romanize(text) == read


@pytest.mark.parametrize(("name", "text", "read"), [
    ("stations_all.tsv", "上総山田", "Kazusa Yamada"), ("stations_all.tsv", "市川塩浜", "Ichikawa Shiohama"),
])
def test_a_name_only_jmnedict_lists_after_a_place_is_capitalised(
        name: str, text: str, read: str) -> None:
    # UniDic took 山田 and 塩浜 for common nouns ('Kazusa yamada'); 公園, which JMdict
    # lists, stays common: 大沼公園 Ōnuma kōen
    assert _kana(name, text)
    assert jpterms.romanize(text) == read
    assert jpterms.romanize("大沼公園") == "Ōnuma kōen"


@pytest.mark.parametrize(("text", "read"), [
    ("つくば市立中央図書館", "Tsukuba Shiritsu Chūō Toshokan"),
    ("島根県立三瓶自然館", "Shimane Kenritsu Sanbe Shizenkan"),
    ("国際交流基金", "Kokusai Kōryū Kikin"), ("日本の学校", "Nihon no gakkō"),
])
def test_alalc_capitalises_every_word_of_a_school_or_a_public_body(text: str, read: str) -> None:
    # jawiki_houses.tsv, jawiki_schools.tsv: names read in pieces (founder, place, rest)
    # lost the body's capitals ('Tsukuba shiritsu Chūō toshokan'); 学校 and 基金 end a body
    assert jpterms.romanize(text, "ala-lc") == read


@pytest.mark.parametrize(("text", "read"), [
    ("栄町", "Sakae-machi"), ("境町", "Sakai-machi"), ("千葉県栄町", "Chiba-ken Sakae-machi"),
    ("錦町", "Nishiki-chō"),  # (UniDic's kana spells the long vowel out: ニシキチョウ)
    ("東村", "Higashimura"), ("栄町駅", "Sakaemachi-eki"),
])
def test_a_municipality_of_two_kanji_takes_its_suffixs_hyphen(text: str, read: str) -> None:
    # municipalities_mic.tsv: UniDic reads 栄町 whole as a place ('Sakaemachi'); a family
    # name UniDic knows (東村) and a station named after a town stay whole
    assert jpterms.romanize(text) == read


@pytest.mark.parametrize(("text", "read"), [
    ("東京 : 平凡社, 1990", "Tōkyō : Heibonsha, 1990"), ("平凡社から出た本", "Heibonsha kara deta hon"),
])
def test_a_publishers_name_begins_with_a_capital_wherever_it_stands(text: str, read: str) -> None:
    # an imprint (place : publisher) as catalogue records and bibliographies write it;
    # the run after ' : ' began in lower case ('Tōkyō : heibonsha')
    assert jpterms.romanize(text) == read
    assert jpterms.romanize(text, "ala-lc") == read


@pytest.mark.parametrize(("text", "read"), [
    ("国史大辞典編集委員会", "Kokushi Daijiten Henshū Iinkai"),
    ("東京大学史料編纂所編", "Tōkyō Daigaku Shiryō Hensanjo hen"),
    ("日本歴史学会編", "Nihon Rekishi Gakkai hen"),
])
def test_alalc_a_role_inside_a_bodys_name_is_a_word_of_the_name(text: str, read: str) -> None:
    # 編集 is a role after a name (山田太郎編集 Yamada Tarō henshū), but before 委員会 it
    # is a word of the committee's name; 編纂所 ends a body's name
    assert jpterms.romanize(text, "ala-lc") == read


def test_an_imprints_publisher_begins_with_a_capital() -> None:
    # 法藏館 is not in data/publishers.tsv; after ' :' a name ending as a publisher's does
    # is one; a subtitle after ' : ' stays in lower case
    assert jpterms.romanize("京都 : 法藏館, 2001") == "Kyōto : Hōzōkan, 2001"
    assert jpterms.romanize("日本史 : 研究と資料") == "Nihonshi : kenkyū to shiryō"
