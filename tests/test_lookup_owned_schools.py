"""What a municipality or prefecture runs is called after its name (市立, 県立, 町立:
``owner`` rows of data/citation_words.tsv): after a capitalised word, the place, 市立 and
not 私立 "private" (which Mozc prices lower), 県立 and not 県 + 率. Real rows of
tests/data/readings/jawiki_titles.tsv, queried as romanised with macrons stripped."""

from __future__ import annotations

from jpterms import lookup


def test_a_citys_school_after_the_citys_name() -> None:
    assert lookup("Hiroshima shiritsu Higashihara chugakko")[0].kanji == "広島市立東原中学校"
    assert lookup("Utsunomiya shiritsu Asahi chugakko")[0].kanji == "宇都宮市立旭中学校"
    assert lookup("Mie kenritsu Miyagawa koto gakko")[0].kanji == "三重県立宮川高等学校"
    assert lookup("Ehime kenritsu toshokan")[0].kanji == "愛媛県立図書館"


def test_private_where_no_place_goes_before() -> None:
    assert lookup("shiritsu daigaku")[0].kanji == "私立大学"
    # a compound the dictionaries list is read whole: 日本私立大学協会
    assert lookup("Nihon shiritsu daigaku kyokai")[0].kanji == "日本私立大学協会"
