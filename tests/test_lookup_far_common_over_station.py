"""A one-word query that names a station comes first as the station, unless the next
reading is a word of the commonest news vocabulary that is far more frequent: *Asa* is 朝
(morning) before the station 厚狭 (aozora_titles_more.tsv: 朝, was second)."""

from __future__ import annotations

import pytest

import jpterms


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_far_commoner_word_comes_before_the_station() -> None:
    assert _kanji("Asa")[:2] == ["朝", "厚狭"]


@pytest.mark.parametrize(("query", "first"), [
    ("Tama", "多磨"),  # stations_miehorts: 玉 is common, but not a thousand times 多磨
    ("Naka", "那加"),  # 仲 is far commoner, but 中 comes before it: no jump over 中
    ("Umi", "海"),  # the commonest words, as before
    ("Hara", "原"),  # a name as common as the word keeps its place
])
def test_other_stations_keep_their_order(query: str, first: str) -> None:
    assert _kanji(query)[0] == first


@pytest.mark.parametrize(("query", "word", "station"), [
    ("Tori", "鳥", "鳥居"),  # 鳥居 とりい adds a long vowel the query does not write
    ("Hoshi", "星", "糒"),  # 糒 ほしい
    ("Oya", "親", "大屋"),  # 大屋 おおや
])
def test_a_common_word_spelled_as_written_comes_before_a_longer_station(
        query: str, word: str, station: str) -> None:
    assert _kanji(query)[:2] == [word, station]


def test_a_station_spelled_as_written_stays_before_a_longer_word() -> None:
    assert _kanji("Futo")[0] == "富戸"  # stations_miehorts: not 不当 ふとう


@pytest.mark.parametrize(("query", "word", "station"), [
    ("Yuki", "雪", "由岐"),  # 雪 was seventh, after three stations and three words ゆうき
    ("Sakura", "桜", "佐倉"),  # 桜 names a station too, and is the common word
])
def test_the_common_word_is_found_beyond_the_five(query: str, word: str,
                                                  station: str) -> None:
    assert _kanji(query)[:2] == [word, station]
    assert [m.kanji for m in jpterms.lookup(query, limit=1)] == [word]
