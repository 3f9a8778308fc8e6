"""A whole input of three to five kanji that no other rule reads as a person, that begins
with a family name JMnedict's people bear and goes on with one to three kanji no
dictionary lists as a word or a place: two capitalised words, the family name and one
given name read as given names read its kanji (issue 9)."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def _shape(text: str) -> list[str]:
    """The words of ``text`` romanised, where they are two capitalised ones (else [])."""
    words = romanize(text).split()
    return words if len(words) == 2 and all(w[:1].isupper() for w in words) else []


def test_a_borne_family_name_and_an_unlisted_given_name_are_two_capitalised_words() -> None:
    # tests/data/lookup/marc_pairs.tsv: 野津渋生 Nozu Shibuo (was "Notsu shibusei");
    # wikidata_scholars.tsv: 本田平 Honda Taira (was "Honda taira")
    assert romanize("野津渋生") == "Nozu Shibuo"
    assert romanize("本田平") == "Honda Taira"
    # wikidata_historical.tsv: 松平近儔 Matsudaira Chikatomo (was "Matsudaira kin chū"),
    # 鷹司并子 (a house of the court; was "Takatsukasa narabiko"); Wikipedia's 黒田長舒
    # くろだながのぶ (was "Kurodachō jo", UniDic's 黒田長 "chief Kuroda")
    assert _shape("松平近儔")[0] == "Matsudaira"
    assert _shape("鷹司并子")[0] == "Takatsukasa"
    assert _shape("黒田長舒")[0] == "Kuroda"
    # wikidata_scholars.tsv: 近藤安月子 Kondo Atsuko (was "Kondōyasu Gesshi")
    assert _shape("近藤安月子")[0] == "Kondō"


def test_mozcs_reading_of_a_whole_name_is_cut_after_the_family_name() -> None:
    # Wikipedia's 平川綾真智 ひらかわあやまち: Mozc lists the whole name (was "Hirakawa
    # Aya Machi")
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("平川綾真智") == gold["平川綾真智"]
    assert romanize("平川綾真智") == "Hirakawa Ayamachi"


def test_places_titles_and_houses_after_a_family_name_stay_as_they_were() -> None:
    # Wikipedia titles (jawiki_draw.tsv, jawiki_cups.tsv, jawiki_houses.tsv): a common
    # word inside, a municipal suffix inside, a title Mozc reads with の, a shop's ending
    assert romanize("小浜鉄道部") == "Obama tetsudōbu"
    assert romanize("大平町横堀") == "Ōhira-chō Yokobori"
    assert romanize("高松宮杯") == "Takamatsunomiyahai"
    assert romanize("末永天正堂") == "Suenaga Tenshōdō"
    assert romanize("武田流") == "Takedaryū"


def test_one_kanji_that_is_a_common_word_is_no_given_name_after_a_family_name() -> None:
    # a school's short name (長野高校): 高 is JMdict's common たか, though people bear it
    assert romanize("長野高") == "Naganokō"


def test_a_family_name_one_person_bears_before_two_kanji_is_enough() -> None:
    # Wikipedia's readings (jawiki_draw.tsv): 六道 is borne by one of JMnedict's people;
    # were りくどうえんば, りくどうりんおん (its given names read apart)
    gold = reading_gold("jawiki_draw.tsv")
    for name in ("六道炎馬", "六道輪音"):
        assert kana_of(name) == gold[name], name
    # wikidata_historical.tsv: 六郷政殷 (the gold Masatada; 殷 ends no counted given name)
    # and 津軽順承 are at least one family name and one given name now (were
    # "Rokugō sei In", "Tsugaru junshō")
    assert _shape("六郷政殷")[0] == "Rokugō"
    assert _shape("津軽順承")[0] == "Tsugaru"
    # not cut inside UniDic's unit: 田沢湖 + 潟 stays a place (towns_japanpost_other.tsv)
    assert _shape("田沢湖潟") == []
    # nor before a word (筑紫 + 哀歌 "elegy", a song's title)
    assert _shape("筑紫哀歌") == []


def test_a_family_name_none_bear_that_is_listed_as_nothing_else_before_a_given_name() -> None:
    # wikidata_writers.tsv: 雪富千晶紀 Yukitomi Chiaki (was "Yuki Fusen Aki"); Wikipedia's
    # 深貝大輔 ふかがいだいすけ (was ふかかい, UniDic's 深 + 貝)
    assert romanize("雪富千晶紀") == "Yukitomi Chiaki"
    assert kana_of("深貝大輔") == reading_gold("jawiki_draw.tsv")["深貝大輔"]
    # 早雲 is listed as a name of no kind too (北条早雲): 早雲庵 + 宗瑞 stays one art name
    assert romanize("早雲庵宗瑞") == "Sōun'an Sōzui"


def test_an_unlisted_given_name_of_three_kanji_is_read_a_mora_a_kanji() -> None:
    # wikidata_scholars.tsv: 近藤安月子 Kondo Atsuko (was "Kondō Yasutsukiko"); Wikipedia's
    # 松島利也子 まつしまりやこ (was まつしまとしかなこ)
    assert romanize("近藤安月子") == "Kondō Atsuko"
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("松島利也子") == gold["松島利也子"]
    # and one of three kanji ending in 佳 (Wikipedia's 大坂有未佳 おおさかゆみか, was
    # ありみか); but a listed name inside that reads three morae stays (千 + 晶紀 ち + あき)
    assert kana_of("大坂有未佳") == gold["大坂有未佳"]
    assert romanize("雪富千晶紀") == "Yukitomi Chiaki"
    # few given names ending in 郎 are read a mora a kanji: composed as before
    assert romanize("源地震太郎").endswith("tarō")


def test_a_one_kanji_family_name_before_a_listed_given_name_in_a_whole_input() -> None:
    # Wikipedia's 住洋樹 すみひろき (was じゅうようじゅ, one word) and 雫廣充 しずくひろみつ
    # (was "Shizuku Hiro Mitsuru")
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("住洋樹") == gold["住洋樹"]
    assert romanize("雫廣充") == "Shizuku Hiromitsu"
    # UniDic's prefix (長 + 果枝) and a numeral (父 + 二峰) are no family name's
    assert romanize("長果枝") == "Chōkashi"
