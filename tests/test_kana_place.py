"""A place's name in hiragana before the kanji that ends it, which UniDic cuts into
pieces of grammar (すみ + だ + 川), is one name where Mozc writes its reading
(mecab_rows.kana_place_rows)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import kana_of, reading_gold
from jpterms import mecab_rows
from jpterms.romanize import Romanizer

row_reader_module = importlib.import_module("jpterms.row_reader")
ROOT = Path(__file__).resolve().parent.parent


def test_kana_place_before_its_kanji_is_one_name() -> None:
    romanizer = Romanizer()
    # Nagai Kafū's すみだ川 (Hoyt Long's corpus table: Sumidagawa): Mozc's 隅田川 すみだがわ
    assert romanizer.romanize("すみだ川") == "Sumidagawa"  # was Sumi da kawa
    assert romanizer.romanize("すみだ川の流れ") == "Sumidagawa no nagare"
    # stations the list reads so stay so read (tests/data/readings)
    stations = reading_gold("stations_all.tsv")
    for name in ("かぶと山", "ゆめが丘", "ちはら台"):
        assert kana_of(name) == stations[name], name


def test_kana_words_before_a_kanji_stay_apart() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("ふるさとの山") == "Furusato no yama"
    assert romanizer.romanize("きれいな浜") == "Kirei na hama"
    # administrative suffixes are left to the official lists
    assert romanizer.romanize("南あわじ市") == "Minamiawaji-shi"


def test_the_search_for_how_a_kana_place_ends_comes_first_and_rules_out_most_prose(
        record_calls: Callable[[object, str], list[Any]]) -> None:
    """KANA_PLACE_END (a hiragana, then the kanji) is searched before KANA_PLACE, whose
    every match ends so; on real prose it rules out nearly every run, and the rows are
    read again only where the whole pattern is found."""
    sample = (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8")
    runs = [*sample.split(), "すみだ川", "かぶと山の", "ふるさとの山", "の山", "ゆめが丘"]
    for run in runs:
        assert mecab_rows.KANA_PLACE_END.search(run) or not (
            mecab_rows.KANA_PLACE.search(run))
    assert sum(bool(mecab_rows.KANA_PLACE_END.search(run)) for run in runs) < 10
    reread = record_calls(row_reader_module, "kana_place_rows")
    romanizer = Romanizer()
    assert romanizer.romanize("すみだ川") == "Sumidagawa" and len(reread) == 1
    assert romanizer.romanize("きれいな浜") == "Kirei na hama" and len(reread) == 2
    assert romanizer.romanize("森の中の浜") == "Mori no naka no hama" and len(reread) == 2
