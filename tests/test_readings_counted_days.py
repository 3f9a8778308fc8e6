"""Days and people counted past ten are read as counted: the digit next to 日, 日間 or 人
is a number, not the day of the month (五日 itsuka), nor a word or a name a dictionary
lists for the whole (三千人 is no name, 二千人 no place). A number and its counter are one
word."""

import pytest

from jpterms import romanize


@pytest.mark.parametrize(("text", "expected"), [
    ("三十五日", "Sanjūgonichi"),  # UniDic: 三十 + 五日 (いつか)
    ("三百六十五日", "Sanbyakurokujūgonichi"),
    ("二百三日", "Nihyakusannichi"),  # not mikka
    ("三十五日間", "Sanjūgonichikan"),  # UniDic's 日間 かかん
    ("三十日間", "Sanjūnichikan"),
    ("百十日間", "Hyakujūnichikan"),  # not 十 とお
    ("百八日", "Hyakuhachinichi"),  # UniDic: 八 ヨウ + 日 カ
    ("百五十日", "Hyakugojūnichi"),  # not JMdict's 五十日 ごとおび
    ("三千人", "Sanzennin"),  # not the name Mozc lists, Michito
    ("二千人", "Nisennin"),  # not the place JMnedict lists, Nichijin
    ("二十四日間", "Nijūyokkakan"),  # 四 fuses with the counter
])
def test_counted_past_ten(text: str, expected: str) -> None:
    assert romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("三日", "Mikka"), ("二十日", "Hatsuka"), ("十四日", "Jūyokka"), ("二十四日", "Nijūyokka"),
    ("四十九日", "Shijūkunichi"),  # JMdict's word: its reading is one of a number's
    ("万人", "Bannin"),  # all people, no number
    ("二三日", "Nisannichi"),  # two or three days
    ("十日町", "Tōka-machi"), ("百日紅", "Sarusuberi"),
])
def test_days_and_words_that_stay(text: str, expected: str) -> None:
    assert romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("第一話", "Daiichiwa"),  # UniDic: 第一 (an adverb) + 話 はなし
    ("第二話", "Dainiwa"),
    ("第一人者", "Daiichininsha"),  # a word of its own stays
    ("第一印象", "Daiichiinshō"),
])
def test_first_episode(text: str, expected: str) -> None:
    assert romanize(text) == expected
