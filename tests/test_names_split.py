"""Whole names split into family and given name where JMnedict lists the parts, whatever
UniDic's units: rows of the Wikidata name sets in tests/data/lookup/ (surname first, gold
romaji without macrons), read against their gold."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jpterms.romanize import Romanizer, explain

LOOKUP = Path(__file__).parent / "data" / "lookup"


def _gold(name: str) -> str:
    for file in ("wikidata_scholars.tsv", "wikidata_writers.tsv", "wikidata_historical.tsv"):
        with (LOOKUP / file).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row["japanese"] == name:
                    return row["gold_romaji"]
    raise LookupError(name)


def _plain(text: str) -> str:
    return text.translate(str.maketrans("āīūēō", "aiueo")).replace("'", "")


@pytest.mark.parametrize("name", [
    "及能正男",  # a notable person JMnedict lists: UniDic reads 及 as the conjunction および
    "阿部眞之助",  # listed under two readings: the one whose given name is listed (しんのすけ)
    "五百城文哉",  # listed: 五百城 いおき, which UniDic reads as a number and 城
    "永益英敏",  # UniDic: 永 (family) + 益 + 英敏 (given)
    "荒木見悟",  # UniDic: 荒 + 木見 + 悟; 32 people are called 荒木, 見悟 is a listed given name
    "一条兼冬",  # 一条 is also a word; three people bear it
    "土佐光元",  # 光元 is listed only as a family name
])
def test_a_whole_name_is_split_where_jmnedict_lists_its_parts(name: str) -> None:
    gold = _gold(name)
    words = explain(name)
    assert [_plain(w.romaji) for w in words] == gold.split()


def test_a_name_split_says_how_sure_it_is() -> None:
    # a given name read as JMnedict's family name of that spelling is only possible
    assert explain("土佐光元")[1].confidence == "possible"
    # one listed person, one reading
    assert [w.confidence for w in explain("及能正男")] == ["likely", "likely"]


def test_a_word_unidic_knows_after_a_family_name_is_no_given_name() -> None:
    # a bibliography's 九条家本 (shared realworld: Kujōke-bon), the Kujō house's copy: 家本 is
    # listed only as a family name, and UniDic knows it as a word, so no "Kujō Iemoto"
    assert "Iemoto" not in Romanizer().romanize("九条家本")


@pytest.mark.parametrize("name", ["片倉村休", "鷹司輔平"])
def test_a_composed_given_name_does_not_mix_chinese_and_japanese_readings(name: str) -> None:
    # no dictionary lists 村休 or 輔平: the most-counted halves would be むら + きゅう and
    # すけ + へい, one read the Japanese way, one the Chinese way
    words = explain(name)
    assert [_plain(w.romaji) for w in words] == _gold(name).split()
    assert words[1].confidence == "guess"


def test_a_given_name_in_kana_that_unidic_takes_for_a_word_is_still_a_name() -> None:
    # 木下ちがや (a scholar): UniDic reads ちがや as the grass, a common noun
    words = explain("木下ちがや")
    assert [w.romaji for w in words] == _gold("木下ちがや").split()
    assert words[1].source == "unidic"
