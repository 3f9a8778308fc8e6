"""A counter after digits that begins a common word read otherwise (人生 じんせい, 日本
にほん) counts nothing: the digits stand apart (a film's number: カイジ2 人生奪回ゲーム)."""

import pytest

from jpterms import romanize


@pytest.mark.parametrize(("text", "expected"), [
    ("カイジ2 人生奪回ゲーム", "Kaiji 2 jinsei dakkai gēmu"),  # was 2 nin nama
    ("3 日本", "3 Nihon"),  # was 3 nichi hon
])
def test_word_after_digits(text: str, expected: str) -> None:
    assert romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("100年史", "100-nenshi"),  # 年史 is read from the counter's ねん
    ("2人生まれた", "2-nin umareta"), ("3日間", "3-nichikan"), ("18歳未満", "18-sai miman"),
    ("2人目", "2-ninme"), ("10 人", "10 nin"),
])
def test_counters_after_digits_stay(text: str, expected: str) -> None:
    assert romanize(text) == expected
