"""A counter of one kanji after digits that no table lists, read as UniDic reads it after a
numeral (romanize._sino_counter): the counter, not the word the kanji alone is."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # corpus sentences: a cinema count, a file's lines, a seismic intensity
    ("１館でしか上映しない", "1-kan de shika jōei shinai"),  # was 1 yakata (the house)
    ("最初の35行を読みます。", "Saisho no 35-gyō o yomimasu."),
    ("最大震度5強の地震", "saidai shindo 5-kyō no jishin"),
    ("1通のメール", "1-tsū no mēru"),  # was 1 tōri
])
def test_a_counter_after_digits_reads_as_after_a_numeral(text: str, read: str) -> None:
    assert Romanizer().romanize(text).lower() == read.lower()


def test_words_and_parts_stay_apart() -> None:
    r = Romanizer()
    assert r.romanize("2段階認証") == "2 dankai ninshō"  # a word of two kanji: no counter
    assert r.romanize("3部") == "3 bu"  # a publication's part only after 第 (after_ordinal_digits)


def test_a_currency_after_digits_and_no_place_suffix() -> None:
    r = Romanizer()
    # 元 (yuan) after 十一, as 二元 fuses into one word for UniDic (にげん)
    assert r.romanize("1ドル＝8.11元に").endswith("8.11-gen ni")
    # 上 after a version number is "on" (うえ), no suffix of place read じょう
    assert "1.3 ue ni" in r.romanize("リビジョン1.3上に枝を作成")
