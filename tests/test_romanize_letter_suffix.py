"""A Sino-Japanese noun suffix of one kanji right after a word in Latin letters, read as
UniDic reads it after a noun (romanize._suffix_rows), not as a word of its own."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # corpus lines (manual pages); were host na, xterm ue de, PATH naka de, emacs uchi ni
    ("host名が指定された場合は", "host mei ga shitei sareta baai wa"),
    ("xterm 上でエミュレートする", "xterm jō de emyurēto suru"),
    ("PATH 中でファイルを見つけられなかった", "PATH chū de fairu o mitsukerarenakatta"),
    ("emacs内において用いる", "emacs nai ni oite mochiiru"),
    ("Unix 的テキスト処理", "Unix teki tekisuto shori"),
])
def test_suffix_after_letters(text: str, read: str) -> None:
    r = Romanizer()
    assert r.romanize(text) == read
    # explain reads the suffix as romanize does
    assert r.explain(text)[0].romaji.lower() == read.split()[1]


def test_a_word_that_begins_with_the_kanji_stays() -> None:
    assert Romanizer().romanize("Linux 上級者向け") == "Linux jōkyūshamuke"


def test_only_after_letters() -> None:
    r = Romanizer()
    r.explain("host名が")  # (what explain read after letters is no run's reading elsewhere)
    assert r.romanize("名が知れる") == "Na ga shireru"
    assert r.romanize("n 番目の") == "n banme no"  # a counter and its suffix stay one word
