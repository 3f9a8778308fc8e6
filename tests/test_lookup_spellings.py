"""A look-up finds the same answer however the query spells its romaji: Kunrei-shiki and
Nihon-shiki words, a passport's *uh* and *oh-* (``benchmarks/lookup_spellings.py``
measures it on dev queries, JMnedict people and JMdict words)."""

from __future__ import annotations

import pytest

import jpterms
from jpterms.romaji import hepburn_query, is_romaji


@pytest.mark.parametrize(("query", "hepburn"), [
    ("Tosizo Kinugasa", "Toshizo Kinugasa"),  # Kunrei si
    ("Takeuti Rizo", "Takeuchi Rizo"),  # ti and tu of a name: Kunrei
    ("Tanizaki Zyun'itiro", "Tanizaki Jun'ichiro"),  # zy, ti, the apostrophe kept
    ("Ryotyu Umeda", "Ryochu Umeda"),  # tyu: Hepburn's テュ, Kunrei's チュ
    ("Syôhei", "Shōhei"),  # a circumflex, Kunrei's own long mark
    ("Sinzyuku-ku", "Shinjuku-ku"),  # each part of a hyphened word
    ("MITUKOSI", "MITSUKOSHI"),  # case kept
    ("Kohu", "Kofu"),  # hu, even alone
    ("Satoh Yuhko", "Satoh Yūko"),  # a passport's uh
    ("YUHKI", "YŪKI"),
    ("Aru kyuuyuuh e okuru shuki", "Aru kyuuyuuh e okuru shuki"),  # the h of へ
    ("Oh-oka Shohei", "Ōoka Shohei"),  # oh before a hyphen and a vowel
    ("Koh-ichi Horikoshi", "Kōichi Horikoshi"),
    ("Sasaki Tohyoh", "Sasaki Tōyoh"),  # oh before y, where the query writes a passport's oh
    ("Nihon rodo kumiai sohyo gikai", "Nihon rodo kumiai sohyo gikai"),  # no oh: 総評 そうひょう
    ("Shin-Yokohama", "Shin-Yokohama"),  # Hepburn as it is
    ("Ooka Shohei", "Ooka Shohei"),
    ("Tokyo University Press", "Tokyo University Press"),  # English words stay
])
def test_hepburn_query(query: str, hepburn: str) -> None:
    assert hepburn_query(query) == hepburn


def test_english_uh_is_no_romaji() -> None:
    # only a look-up reads uh as a long u: the checker's parser is unchanged
    assert not is_romaji("uh") and not is_romaji("huh") and not is_romaji("Yuhko")


def _first(query: str) -> str:
    found = jpterms.lookup(query)
    return found[0].kanji if found else ""


@pytest.mark.parametrize(("query", "hepburn", "kanji"), [
    ("Satoh Yuhko", "Satō Yūko", ""),  # was no answer at all
    ("Yuhki", "Yūki", ""),
    ("Oh-oka Shohei", "Ōoka Shōhei", "大岡昇平"),  # was 大岡招へい
    ("Takeuti Rizo", "Takeuchi Rizo", "竹内理三"),  # was 竹内利蔵
    ("Tanizaki Zyun'itiro", "Tanizaki Jun'ichirō", "谷崎潤一郎"),
    ("Ryotyu Umeda", "Ryōchū Umeda", ""),  # was 旅中梅田
    ("Tatuziro Simizu", "Tatsujirō Shimizu", ""),  # was 辰次郎清水
    ("Kimura Syosyu", "Kimura Shōshū", "木村小舟"),
    # a dev row of names_english_forms (tests/data/lookup): was 佐々木投票 ("vote")
    ("Sasaki Tohyoh", "Sasaki Tōyō", "佐々木東洋"),
])
def test_spellings_find_what_hepburn_finds(query: str, hepburn: str, kanji: str) -> None:
    first = _first(query)
    assert first and first == _first(hepburn)
    if kanji:
        assert first == kanji


def test_loanword_stays_as_written() -> None:
    # ti of セキュリティ, which Mozc writes: no Kunrei chi (セキュリ地)
    found = jpterms.lookup("Naikaku Saiba Sekyuriti Senta no setchi")
    assert found[0].kanji == "内閣サイバーセキュリティセンターの設置"


def test_a_word_that_is_no_romaji_does_not_empty_the_answer() -> None:
    # Dr., Jr: no romaji; the name's reading, at half its score
    found = jpterms.lookup("Natsume Soseki, Dr.")
    assert found[0].kanji == "夏目漱石" and found[0].score <= 0.5
    assert jpterms.lookup("Yamada Taro Jr")[0].kanji == "山田太郎"
    # most words no romaji (pinyin): no romaji reading; a name JMnedict lists is found as
    # pinyin (tests/test_lookup_pinyin.py), one it does not list is still nothing
    assert jpterms.lookup("Qu You") == []
    assert [m.kanji for m in jpterms.lookup("Pu Songling")] == ["蒲松齢"]
