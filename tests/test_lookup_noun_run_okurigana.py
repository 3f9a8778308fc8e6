"""A run of nouns written in sentence case keeps the current spelling of its words with
their okurigana first (*Kumikomi shisutemu* 組み込みシステム, *kurikaeshi fugo* 繰り返し符号,
*Gaso ochi* 画素落ち), while a phrase of an old title still gets the older spelling
without them (*Tokyo ni umarete* 東京に生れて) and a name in title case keeps its own
(*Kosodate Jizo* 子育地蔵). Rows are real: HDIC terms and Aozora titles of
tests/data/lookup/, and the readings files' Wikipedia titles romanised from their gold
kana (benchmarks/measure_title_lookup.py)."""

import pytest

import jpterms


@pytest.mark.parametrize(("query", "kanji"), [
    ("kurikaeshi fugo", "繰り返し符号"),  # was 繰返し符号
    ("Kumikomi shisutemu", "組み込みシステム"),  # was 組込みシステム
    ("Gaso ochi", "画素落ち"),  # was 画素落
])
def test_a_noun_run_in_sentence_case(query: str, kanji: str) -> None:
    assert jpterms.lookup(query)[0].kanji == kanji


@pytest.mark.parametrize(("query", "kanji"), [
    ("Tokyo ni umarete", "東京に生れて"),
    ("Hakase mondai no nariyuki", "博士問題の成行"),
    ("Kosodate Jizo", "子育地蔵"),
])
def test_an_old_title_or_a_name_keeps_the_older_spelling(query: str, kanji: str) -> None:
    assert jpterms.lookup(query)[0].kanji == kanji
