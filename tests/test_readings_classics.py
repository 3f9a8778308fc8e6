"""Classics and historical documents: titles the dictionaries know whole, and 並 between
nouns. Rows from tests/data/readings/history_terms.tsv (an outside list of Japanese-history
terms with their readings) and works JMnedict lists, with controls."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import Romanizer

_HISTORY = Path(__file__).parent / "data" / "readings" / "history_terms.tsv"


def _gold(japanese: str) -> str:
    with _HISTORY.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["japanese"] == japanese:
                return row["kana"]
    raise AssertionError(japanese)


def test_a_work_read_whole_with_a_hidden_no_is_written_as_words() -> None:
    # 枕草子 まくらのそうし (JMdict, and a work in JMnedict) was one word, Makuranosōshi;
    # catalogues and Wikipedia write Makura no sōshi. 五輪書 ごりんのしょ: Gorin no sho
    romanizer = Romanizer()
    assert romanizer.romanize("枕草子") == "Makura no sōshi"
    assert romanizer.romanize("五輪書") == "Gorin no sho"
    assert romanizer.romanize("清少納言の枕草子") == "Sei Shōnagon no makura no sōshi"
    # controls: family names and places whose reading has a の are one word; works
    # without one are unchanged; a written の was a word already
    assert romanizer.romanize("井上") == "Inoue"
    assert romanizer.romanize("木下") == "Kinoshita"
    assert romanizer.romanize("源氏物語") == "Genji monogatari"
    assert romanizer.romanize("奥の細道") == "Oku no hosomichi"
    assert romanizer.explain("枕草子")[0].kana == "まくらのそうし"


def test_nami_between_two_nouns_in_a_title_is_narabini() -> None:
    # the outside list reads 禁中並公家諸法度 きんちゅうならびにくげしょはっと; UniDic read
    # 並 as the suffix なみ (Kinchūnami kuge shohatto)
    assert _gold("禁中並公家諸法度") == "きんちゅうならびにくげしょはっと"
    romanizer = Romanizer()
    assert romanizer.romanize("禁中並公家諸法度") == "Kinchū narabini kuge shohatto"
    # controls: the suffix after a noun with no noun after it stays nami
    assert romanizer.romanize("人並の生活") == "Hitonami no seikatsu"
    assert romanizer.romanize("平年並") == "Heinennami"
    assert romanizer.romanize("杉並区") == "Suginami-ku"


def test_a_clan_name_keeps_its_no_where_a_shorter_family_reading_is_listed() -> None:
    # JMnedict lists 橘諸兄 as たちばなのもろえ and as the person たちばなもろえ; the の form
    # was missed because 橘 is also listed as the family name たち (Tachibana Moroe)
    assert _gold("橘諸兄") == "たちばなのもろえ"
    romanizer = Romanizer()
    assert romanizer.romanize("橘諸兄") == "Tachibana no Moroe"
    # controls: the shortest family reading still decides 紀 + の (not きの), and a modern
    # name whose reading only looks like one keeps no の
    assert romanizer.romanize("紀貫之") == "Ki no Tsurayuki"
    assert romanizer.romanize("藤原道長") == "Fujiwara no Michinaga"
    assert romanizer.romanize("藤原紀香") == "Fujiwara Norika"


def test_a_name_jmnedict_lists_read_with_a_clan_s_no_is_one_person_s_name() -> None:
    # JMnedict lists these under no person: 橘奈良麻呂 (unclassified) was "Tachibana
    # Nonara maro", 蘇我馬子 (tests/data/readings/history_terms.tsv, gold そがのうまこ; listed
    # as a woman's name) "Soga Umako", 出羽守 "Dewa Mamoru", 右京亮 "Ukyō Ryō"
    romanizer = Romanizer()
    assert romanizer.romanize("橘奈良麻呂") == "Tachibana no Naramaro"
    assert romanizer.romanize("蘇我馬子") == "Soga no Umako"
    assert romanizer.romanize("出羽守") == "Dewa no Kami"
    assert romanizer.romanize("右京亮") == "Ukyō no Suke"
    # places read with a の stay one word: 湯 + の + 本湾 is the bay, 観音 + 島 an island
    assert romanizer.romanize("湯本湾") == "Yunomotowan"
    assert romanizer.romanize("観音島") == "Kannonjima"


def test_a_province_s_office_after_its_name_is_no_kami() -> None:
    # tests/data/lookup/wikidata_historical.tsv: 足利安芸守 was "Ashikaga Aki Mamoru" (守 read
    # as a given name); JMnedict reads the titles it lists so (出羽守 でわのかみ)
    romanizer = Romanizer()
    assert romanizer.romanize("足利安芸守") == "Ashikaga Aki no Kami"
    assert romanizer.romanize("三河守") == "Mikawa no Kami"
    assert romanizer.romanize("大岡越前守") == "Ōoka Echizen no Kami"
    assert romanizer.romanize("武蔵国") == "Musashi no kuni"
    assert romanizer.romanize("紀伊国屋") == "Kinokuniya"


def test_a_work_jmnedict_lists_keeps_its_reading_inside_a_longer_title() -> None:
    # tests/data/lookup/hdic_terms.tsv: 類聚名義抄 alone was Ruiju Myōgishō (JMnedict's
    # product) but 類聚名義抄の研究 "Ruiju meigishō no kenkyū" (UniDic's 名義 + 抄); Aozora
    # Bunko's index title 女大学評論 was "Jodaigaku hyōron" (JMnedict: おんなだいがく)
    romanizer = Romanizer()
    assert romanizer.romanize("類聚名義抄の研究") == "Ruiju myōgishō no kenkyū"
    assert romanizer.romanize("女大学評論") == "Onnadaigaku hyōron"
    assert romanizer.romanize("方丈記の研究") == "Hōjōki no kenkyū"
    assert romanizer.romanize("研究社の辞書") == "Kenkyūsha no jisho"  # a body, not a work
