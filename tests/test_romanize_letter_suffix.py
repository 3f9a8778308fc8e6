"""A Sino-Japanese noun suffix of one kanji right after a word in Latin letters, read as
UniDic reads it after a noun (mecab_rows.suffix_rows), not as a word of its own."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

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


def test_a_run_with_no_kanji_suffix_first_keeps_its_rows_unsplit(
        record_calls: Callable[[object, str], list[Any]]) -> None:
    """suffix_rows splits the first row's features only where the run begins with a
    kanji suffix (host名: 名 メイ); after letters most runs begin otherwise (xterm で)."""
    module = importlib.import_module("jpterms.mecab_rows")
    split = record_calls(module, "feature_fields")
    rows = module.rows_of("で起動する")
    assert module.suffix_rows(rows) == rows and not split
    assert module.suffix_rows(module.rows_of("名が指定"))[0].split(",")[17] == "メイ"
    assert split
