"""In a look-up of words, a word JMdict marks common comes before a homophone JMdict lists
without that mark (:data:`jpterms.lookup_costs.UNCOMMON_HOMOPHONE_COST`). Real rows of the dev
sets (tests/data/lookup, provenance in that folder's README): Aozora Bunko's 禁酒の心,
貨幣, 余震の一夜 and HDIC's 出典注記, each of which Mozc read with a rarer homophone
(筋腫 "myoma", 花柄, 与信 "credit", 出店)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms
from jpterms.dictionaries import jmdict_common
from jpterms.kana import strip_macrons

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _row(name: str, japanese: str) -> str:
    """The query (macrons stripped) of the dev row of ``name`` written ``japanese``."""
    with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["japanese"] == japanese:
                return strip_macrons(r["gold_romaji"])
    raise LookupError(japanese)


@pytest.mark.parametrize(("name", "japanese"), [
    ("aozora_titles.tsv", "禁酒の心"),
    ("aozora_titles_more.tsv", "貨幣"),
    ("aozora_filenames.tsv", "余震の一夜"),
    ("hdic_terms.tsv", "出典注記"),
])
def test_the_common_homophone_comes_first(name: str, japanese: str) -> None:
    assert jpterms.lookup(_row(name, japanese))[0].kanji == japanese


def test_what_jmdict_marks() -> None:
    assert jmdict_common("禁酒", "きんしゅ") is True
    assert jmdict_common("筋腫", "きんしゅ") is False
    assert jmdict_common("書士", "しょし") is None  # only inside 行政書士
    assert jmdict_common("禁酒", "きんざけ") is None  # not that reading


def test_a_word_jmdict_lacks_keeps_its_place() -> None:
    # 書士 is no JMdict word of its own (行政書士 is): no evidence against it
    assert jpterms.lookup("Gyosei shoshiho")[0].kanji == "行政書士法"


def test_names_are_not_weighed_as_words() -> None:
    # 高祖 (a poet's surname here) is a rare word beside 控訴, 酵素: a name keeps its reading
    assert "高祖保" in [m.kanji for m in jpterms.lookup("Koso Tamotsu")]


@pytest.mark.parametrize(("name", "japanese", "station"), [
    ("aozora_titles.tsv", "海", "宇美"),
    ("aozora_titles_more.tsv", "秋", "安芸"),
    ("aozora_titles_more.tsv", "地図", "智頭"),
    ("aozora_filenames.tsv", "和解", "若井"),
])
def test_one_of_the_commonest_words_before_a_station(name: str, japanese: str,
                                                     station: str) -> None:
    """A one-word query that reads as one of JMdict's 2,500 commonest newspaper words, far
    more frequent than the station's name, is that word first, the station second (Aozora
    Bunko's one-word titles: 海, 秋, 地図, 和解)."""
    query = _row(name, japanese)
    assert [m.kanji for m in jpterms.lookup(query)][:2] == [japanese, station]
    assert jpterms.lookup(query, kind="place")[0].kanji == station


def test_a_station_as_common_as_the_word_stays_first() -> None:
    # 原 is as common as 腹; 白い is no newspaper word of the first bands; 多磨 and 玉 (band 6)
    for query, station in (("Hara", "原"), ("Shiroi", "白井"), ("Tama", "多磨")):
        assert jpterms.lookup(query)[0].kanji == station


@pytest.mark.parametrize(("name", "japanese"), [
    ("aozora_titles.tsv", "春昼"),
    ("aozora_titles_more.tsv", "鴨猟"),
    ("aozora_titles_more.tsv", "僻見"),
    ("aozora_filenames.tsv", "亡弟"),
])
def test_a_listed_word_before_pieces_no_dictionary_lists(name: str, japanese: str) -> None:
    """A one-word query whose cheapest reading is kanji no dictionary lists together (旬 +
    注, 鴨 + 量, 壁 + 権, 某 + 体) has the JMdict word among its readings first."""
    assert jpterms.lookup(_row(name, japanese))[0].kanji == japanese


def test_dan_and_roku_end_a_title_as_genre_words() -> None:
    """談 "talk" and 録 "record" end titles as 記 and 抄 do (data/citation_words.tsv):
    Aozora Bunko's *Kyokundan* is 教訓談, not 教訓団 "a corps of lessons"."""
    assert jpterms.lookup(_row("aozora_titles_more.tsv", "教訓談"))[0].kanji == "教訓談"
    assert jpterms.lookup("Kenbunroku")[0].kanji == "見聞録"
