"""A publisher the shipped list names (``jpterms/data/publishers.tsv``) is read as the list
reads it, where the glossary reads its house word (書房, 書店) the same way, and no later
pass reads a name the list has read (issue 9: publishers)."""

from __future__ import annotations

from tests.conftest import kana_of

from jpterms import romanize


def test_a_listed_publisher_before_a_glossary_s_house_word() -> None:
    # 原書房 はらしょぼう, 誠信書房 せいしんしょぼう (were "Genshobō", UniDic's prefix 原,
    # and "Masanobu shobō", a given name): the glossary locks 書房 しょぼう, which the
    # list's reading keeps
    assert romanize("原書房") == "Hara Shobō"
    assert romanize("誠信書房") == "Seishin Shobō"


def test_a_listed_publisher_unidic_reads_so_is_not_read_anew() -> None:
    # 新泉社 しんせんしゃ: UniDic's units read it so, then a later pass took JMnedict's
    # place しんいずみ ("Shin'izumisha"); 三一書房 さんいちしょぼう: Mozc's さんぴん
    assert kana_of("新泉社") == "しんせんしゃ"
    assert kana_of("光人社") == "こうじんしゃ"
    assert romanize("三一書房") == "San'ichi shobō"
    # inside a longer run the usual pass reads and divides it (学校図書館 + 法)
    assert romanize("学校図書館法") == "Gakkō toshokanhō"


def test_the_list_s_corrected_readings() -> None:
    # data/publisher_fixes.tsv: SKK files 成山堂書店 under なるやまどう
    assert romanize("成山堂書店") == "Seizandō shoten"
