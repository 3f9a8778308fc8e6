"""A capitalised written word ending in a publisher's house word (書房, 書店, 書院, 社): the
house word is read whole, not with a word across its first syllable (第一書房, not 第一章 +
簿), also where Mozc lacks it (新社), and the name before 書房, 書店 or 書院 (``founder`` rows of ``data/citation_words.tsv``)
is read as its founder's family name where one fits (原書房, not 腹 "belly"); after such a
capitalised name the house word itself is read, not a given name (笠間書院, not 笠間松陰). Publishers of
the bundled SKK list (``data/publishers.tsv``), looked up by an engine without that list,
as a publisher it does not hold is, and rows of ``tests/data/lookup``."""

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.publishers import Publishers
from jpterms.reverse import ReverseEngine


@pytest.fixture(scope="module")
def unlisted() -> ReverseEngine:
    """An engine without the publisher table."""
    engine = ReverseEngine()
    engine.__dict__["_publishers"] = Publishers([])
    return engine


@pytest.mark.parametrize(("query", "publisher"), [
    ("Harashobo", "原書房"),  # was 腹書房 "belly"
    ("Nagaishoten", "永井書店"),  # was 長い書店 "long"
    ("Tsugeshobo", "柘植書房"),  # was 告書房
    ("Sakaishoten", "酒井書店"),  # was 堺書店, a place
    ("Daiichishobo", "第一書房"),  # was 第一章 + 簿
    ("Dobunshoin", "同文書院"),  # was 同文 + 書員
    ("Buronzushinsha", "ブロンズ新社"),  # was ブロンズ新車 "new car": Mozc has no 新社
    ("Hakubunkanshinsha", "博文館新社"),  # was 白文 + 関心 + 社
])
def test_a_house_word_and_its_founder(unlisted: ReverseEngine, query: str,
                                      publisher: str) -> None:
    assert publisher in {p.written for p in Publishers.bundled().spellings(query)}
    assert unlisted.search(query)[0].kanji == publisher


@pytest.mark.parametrize(("query", "publisher"), [
    ("Kasama Shoin", "笠間書院"),  # was 笠間松陰, a person "Kasama Shōin"
    ("Meiji Shoin", "明治書院"),  # was 明治松陰
    ("Midori Shobo", "緑書房"),  # was 正保緑, "Shōbo Midori" given name first
    ("Daigaku Shorin", "大学書林"),  # was 少林大学
])
def test_the_house_word_after_a_capitalised_name(unlisted: ReverseEngine, query: str,
                                                 publisher: str) -> None:
    # publishers of the bundled list written as two capitalised words, as bibliographies
    # write them: the last word is the house word, not a given name of the same sounds
    assert unlisted.search(query)[0].kanji == publisher


@pytest.mark.parametrize("query", ["Seiko Shobo", "San'ichi Shobo"])  # 成甲書房, 三一書房
def test_a_publisher_is_not_a_name_written_given_name_first(unlisted: ReverseEngine,
                                                            query: str) -> None:
    # the bundled list's publishers: "Shobo" is no family name after a given name (was
    # 正保聖子, 正保三市: the era 正保 read as a family name, the name turned round)
    assert unlisted.search(query)[0].kanji.endswith("書房")


def test_a_listed_person_named_like_a_house_stays() -> None:
    # JMnedict's 吉田松陰 (よしだしょういん) is one person, not the house 吉田書院
    assert jpterms.lookup("Yoshida Shoin")[0].kanji == "吉田松陰"


def test_no_word_across_the_company_suffix() -> None:
    # jawiki_publishers.tsv: 苗秀社 is no dictionary's word; 秒 + 取捨 read *sha* inside
    # 取捨 "choice", now a reading with the gold's 社 comes first
    assert jpterms.lookup(query_for("jawiki_publishers.tsv", "苗秀社"))[0].kanji.endswith("社")


@pytest.mark.parametrize(("query", "word"), [
    ("Baikaisha", "媒介者"),  # one word across *sha*: aozora_filenames.tsv
    ("Koshoten", "古書店"),  # a word that ends in the house word: jawiki_publishers.tsv
    ("Iwanami Shoten", "岩波書店"),
    ("Kinshinsha", "近親者"),  # JMdict's word; no 近 + 新社 after a syllable and n
])
def test_words_that_end_in_the_house_word_stay(query: str, word: str) -> None:
    assert jpterms.lookup(query)[0].kanji == word
