"""A loanword UniDic cuts into the parts of one English word is one word, as English
writes it (login, plugin, keyword); parts English writes apart stay apart. The examples
are the man-page sentences of ../shared/data/corpus_ja.txt where the rule changed the
output (101 of a 4,000-line sample, every change a join of one English word)."""

from __future__ import annotations

import pytest

import jpterms


@pytest.mark.parametrize(("text", "expected"), [
    ("ログイン", "Roguin"),  # ログ + イン: log, in -> login
    ("プラグインが動的な共有オブジェクト", "Puraguin ga dōteki na kyōyū obujekuto"),
    ("キーワード", "Kīwādo"),
    ("タイムアウト", "Taimuauto"),
    ("スクリーンショット", "Sukurīnshotto"),
])
def test_the_parts_of_one_english_word_are_one_word(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("コンピュータウイルス", "Konpyūta uirusu"),  # computer virus
    ("ファイルシステム", "Fairu shisutemu"),  # filesystem: English writes "file system" too
    ("ログアウト", "Rogu auto"),  # logout: under the threshold
])
def test_parts_english_writes_apart_stay_apart(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


def test_a_joined_loanword_keeps_its_long_vowels_and_its_division_from_the_next_word() -> None:
    assert jpterms.romanize("ワイルドカード群") == "Wairudokādo gun"
