"""A one-word query (a single romanised word, macrons stripped, as a citation writes it):
common words spelled that way first, and five different words (jpterms.one_word)."""

from __future__ import annotations

import pytest

from jpterms import lookup


def kanji(query: str, limit: int = 5) -> list[str]:
    return [m.kanji for m in lookup(query, limit=limit)]


def test_written_short_vowel_before_unwritten_long() -> None:
    # 土 tsuchi (Zipf 4.8) before the glossary's 通知 tsūchi (4.4), which stays second
    assert kanji("Tsuchi")[:2] == ["土", "通知"]
    # 腰 koshi before 行使 kōshi
    assert kanji("Koshi")[0] == "腰"


@pytest.mark.parametrize(("query", "first"), [
    ("kyogi", "協議"),  # 虚偽 kyogi is counted less often than 協議 kyōgi
    ("Tokai", "東海"),  # 都会 tokai too, below 東海
    ("Gin", "議員"),    # 銀 (4.6) is below 議員 (5.1)
])
def test_long_vowel_kept_where_the_written_word_is_rarer(query: str, first: str) -> None:
    assert kanji(query)[0] == first


def test_common_word_before_a_name_mozc_lists() -> None:
    # 死後 before the place name 四郷 (Mozc's), which follows
    assert kanji("Shigo")[:2] == ["死後", "四郷"]


def test_station_keeps_its_place() -> None:
    # stations are ordered by the search's own rule: a station query stays a station
    assert kanji("Tama")[0] == "多磨"
    assert kanji("Kamo")[0] == "加茂"


def test_five_different_verbs_and_the_noun() -> None:
    found = kanji("Kaeru")
    assert "蛙" in found  # seventh before: 替える, 代える, 換える are one word
    assert len({"替える", "代える", "換える"} & set(found)) == 1


@pytest.mark.parametrize("query", ["Kaeru", "Tsuchi", "Shigo", "renbun"])
def test_fewer_answers_are_the_first_of_five(query: str) -> None:
    five = kanji(query)
    for n in (1, 2, 3):
        assert kanji(query, limit=n) == five[:n]


def test_deeper_search_leaves_the_five_alone() -> None:
    # searching ten deep at once reordered the five and lost 連文 (renbun)
    assert "連文" in kanji("renbun")
