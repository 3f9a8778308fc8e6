"""A rising or an incident named after whom or where it was (平将門の乱, 大塩平八郎の乱): 乱
and 変 are ``placed`` title words of data/citation_words.tsv, preferred after a capitalised
name and the particle written after it, not 欄 "column" (what Mozc's costs gave). Real rows
of tests/data/readings/history_terms.tsv, queried as romanised with macrons stripped."""

from __future__ import annotations

from jpterms import lookup


def test_a_rising_after_a_persons_name() -> None:
    assert lookup("Taira no Masakado no ran")[0].kanji == "平将門の乱"
    assert lookup("Oshio Heihachiro no ran")[0].kanji == "大塩平八郎の乱"
    assert lookup("Fujiwara no Sumitomo no ran")[0].kanji == "藤原純友の乱"
    # an era or a place had it already, and keeps it
    assert lookup("Hogen no ran")[0].kanji == "保元の乱"
    assert lookup("Shimabara no ran")[0].kanji == "島原の乱"


def test_no_rising_after_a_word_in_lower_case() -> None:
    # only a capitalised word (or the particle after one) makes it the word
    assert lookup("kono ran")[0].kanji == "この欄"


def test_an_event_named_after_its_era() -> None:
    # tests/data/readings/history_terms.tsv and jawiki_phrase_titles.tsv: 長享の乱 (was
    # 調教 "training"), 嘉吉の乱 (was 下記つ)
    assert lookup("Chokyo no ran")[0].kanji == "長享の乱"
    assert lookup("Kakitsu no ran")[0].kanji == "嘉吉の乱"
    # an era alone, and an era before a word no event is named by, are as they were
    assert lookup("Kansei")[0].kanji == "完成"
    assert lookup("Kansei no hoshi")[0].kanji == "完成の星"


def test_an_era_event_that_a_title_goes_on_from() -> None:
    # a study's title begins with the event: 天保の改革史, not 店舗 "shop"
    assert lookup("Tenpo no kaikaku shi")[0].kanji == "天保の改革史"
