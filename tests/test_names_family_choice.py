"""Whole names read as the development name sets' sources read them
(rows of tests/data/lookup/: Wikidata's people, Aozora Bunko's authors, surname first,
gold romaji without macrons; and the Wikipedia titles of tests/data/readings/)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jpterms.romanize import explain

DATA = Path(__file__).parent / "data"


def _gold(name: str) -> list[str]:
    for file in ("wikidata_scholars.tsv", "wikidata_writers.tsv", "wikidata_historical.tsv",
                 "aozora_authors.tsv"):
        with (DATA / "lookup" / file).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["japanese"] == name:
                    return row["gold_romaji"].split()
    raise LookupError(name)


def _plain(text: str) -> str:
    return text.translate(str.maketrans("āīūēō", "aiueo")).replace("'", "")


def test_a_whole_name_whose_given_name_unidic_reads_as_suffixes_is_split() -> None:
    # UniDic: 一色 (a word, isshoku) + 公 + 深, both suffixes: the family name 一色 (Isshiki),
    # then a given name no dictionary lists (was one word, "Isshokukōshin")
    words = explain("一色公深")
    assert len(words) == 2 and _plain(words[0].romaji) == _gold("一色公深")[0]


def test_a_cut_inside_unidics_units_takes_a_name_of_no_known_kind() -> None:
    # UniDic: 浦 + 上成 + 宗; 浦上 (six people) + 成宗, which JMnedict lists as a name of no
    # known kind read しげむね, as the Wikipedia article reads it (was 浦 + "上成宗")
    with (DATA / "readings" / "jawiki_titles.tsv").open(encoding="utf-8") as fh:
        gold = next(r["kana"] for r in csv.DictReader(fh, delimiter="\t")
                    if r["japanese"] == "浦上成宗")
    words = explain("浦上成宗")
    assert [w.text for w in words] == ["浦上", "成宗"]
    assert gold.endswith(words[1].kana)


def test_no_long_vowel_across_the_kanji_a_repeat_mark_stands_for() -> None:
    # 野 + 々 + 内 の|の|うち: 々 has 野's readings, so の and う are two kanji's readings
    # (was Nonōchi); JMnedict's 津々浦 つつうら likewise (Tsutsuura, was Tsutsūra)
    words = explain("野々内保太郎")
    assert _plain(words[0].romaji) == _gold("野々内保太郎")[0]
    assert explain("津々浦")[0].romaji.lower() == "tsutsuura"


def test_a_given_name_spelled_like_a_place_is_read_as_the_family_name_of_that_spelling() -> None:
    # UniDic: 京極 + 高 + 長, two suffixes; JMnedict lists 高長 as a place (こうちょう) and a
    # family name (たかなが), no given name: after 京極 (six people) it is read as the family
    # name (was one word, "Kyōgokukōchō")
    words = explain("京極高長")
    assert [_plain(w.romaji) for w in words] == _gold("京極高長")


@pytest.mark.parametrize("name", [
    "湊長博",  # UniDic: 湊 (a place) + 長 + 博, suffixes; 湊 is three people's family name
    "椿都生夫",  # UniDic: 椿 (a place) + 都 + 生 + 夫 "husband"
])
def test_a_one_kanji_family_name_unidic_takes_for_a_place_begins_a_whole_name(name: str) -> None:
    # the given name no dictionary lists is composed from JMnedict's given names' parts
    # (was one word, "Minatochōhaku", and "Tsubaki-tosei otto")
    words = explain(name)
    assert [_plain(w.romaji) for w in words] == _gold(name)


def test_a_word_before_what_unidic_calls_a_given_name_is_a_family_name() -> None:
    # UniDic: 定本 (the word ていほん, "definitive edition") + 正志 (a given name); JMnedict
    # lists 定本 as a family name too: a whole input of the two is a person (Wikipedia:
    # さだもとまさし; was ていほんまさし)
    with (DATA / "readings" / "jawiki_titles.tsv").open(encoding="utf-8") as fh:
        gold = next(r["kana"] for r in csv.DictReader(fh, delimiter="\t")
                    if r["japanese"] == "定本正志")
    assert "".join(w.kana for w in explain("定本正志")) == gold
