"""A castle glued onto its place (*Torisakajo* 鳥坂城, not 所, which needs no long vowel),
and a town's suffix after a hyphen where its place is not on the official list (a town merged
away: *Ikoma-cho* 生駒町, not 庁 "agency"; *Kamitsuma-gun* 上妻郡), while *shi* after a
family name is its clan (*Hosokawa-shi* 細川氏) and after a place unlisted its history
(*Nihon-shi* 日本史). The
queries are rows of tests/data/readings/jawiki_draw.tsv romanised from their gold kana
(benchmarks/measure_title_lookup.py); the others are generic."""

import pytest

import jpterms


def _first(query: str) -> str:
    return jpterms.lookup(query)[0].kanji


@pytest.mark.parametrize(("query", "kanji"), [
    ("Torisakajo", "鳥坂城"),  # was 鳥坂所
    ("Inohanajo", "亥鼻城"),  # was 亥鼻所
    ("Osaka jo", "大阪城"),  # was 大阪序
])
def test_a_castle_after_its_place(query: str, kanji: str) -> None:
    assert _first(query) == kanji


def test_a_word_that_only_ends_in_jo_is_no_castle() -> None:
    assert _first("Kenkyujo") == "研究所"
    assert "控除" in [m.kanji for m in jpterms.lookup("Kojo")]  # 古 + 城 is no castle


@pytest.mark.parametrize(("query", "kanji"), [
    ("Ikoma-cho", "生駒町"),  # was 生駒庁
    ("Yashima-machi", "矢島町"),  # Mozc's place as one word, as before
    ("Hosokawa-shi", "細川氏"),  # a family name: the clan
    ("Nihon-shi", "日本史"),  # a common compound
    ("Saga-shi", "佐賀市"),  # on the list, as before
    ("Kamitsuma-gun", "上妻郡"),  # a district whose name reads as no place: was 上妻軍
    ("Okayama Shasho-ku", "岡山車掌区"),  # a depot: was 岡山社食, read across the hyphen
])
def test_a_town_suffix_after_a_hyphen(query: str, kanji: str) -> None:
    assert _first(query) == kanji


@pytest.mark.parametrize(("query", "kanji"), [
    ("Numazu han", "沼津藩"),  # was 沼津版 "edition"
    ("Tazutahan", "鶴田藩"),  # was 鶴田版
])
def test_a_domain_after_its_castle_town(query: str, kanji: str) -> None:
    assert _first(query) == kanji


def test_a_district_after_a_hyphen() -> None:
    found = [m.kanji for m in jpterms.lookup("Honami-gun")]  # 郡, not 軍 "army"
    assert "穂波郡" in found and not any(k.endswith("軍") for k in found[:2])
