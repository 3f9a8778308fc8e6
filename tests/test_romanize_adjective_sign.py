"""The sign that sends MeCab's rows to the classical adjective's pass
(:meth:`RowReader.adjective_sign`), counted on real text (never timed): it never skips
rows the pass would change, and sends few runs of ordinary prose there."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jpterms.kana import normalize_japanese
from jpterms.mecab_rows import adjective_form, rows_of
from jpterms.romanize import _JAPANESE, Romanizer

classical_forms = importlib.import_module("jpterms.classical_forms")

ROOT = Path(__file__).resolve().parent.parent
#: Real technical prose: the first 300 lines of the speed corpus (benchmarks/data/README.md).
LINES = [line.strip() for line in
         (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def test_the_sign_never_skips_rows_the_pass_would_change_and_skips_most_prose() -> None:
    r = Romanizer()
    runs = [m.group(0) for line in LINES for m in _JAPANESE.finditer(normalize_japanese(line))]
    asked = signs = 0
    for run in runs:
        if not adjective_form().search(run):
            continue  # (the text-wide test before it: no kanji and kana ending in き or し)
        rows = rows_of(run)
        asked += 1
        sign = r.rows.adjective_sign(rows)
        signs += sign
        if not sign:
            assert classical_forms._classical_adjective_rows(rows, r.rows._jmdict_readings) == rows
    # a third of the runs of prose end kanji and kana in き or し (書き, 対し, 少し); none of
    # these is a classical adjective, and the sign sends at most a few to the pass
    assert asked > 100
    assert signs * 20 < asked


@pytest.mark.parametrize(("title", "romaji"), [
    ("小さき良心", "Chiisaki ryōshin"),  # 小 + さき (dev rows)
    ("蒼白き巣窟", "Aojiroki sōkutsu"),  # 蒼 + UniDic's own 白き
])
def test_a_classical_adjective_is_sent_to_the_pass(
        title: str, romaji: str, record_calls: Callable[[object, str], list[Any]]) -> None:
    r = Romanizer()
    passes = record_calls(classical_forms, "_classical_adjective_rows")
    rows = rows_of(title)
    assert r.rows.adjective_sign(rows)
    assert classical_forms._classical_adjective_rows(rows, r.rows._jmdict_readings) != rows
    del passes[:]
    assert r.romanize(title) == romaji
    assert passes  # (read through the pass, not around it)


def test_without_jmdict_every_run_of_kinds_that_may_join_is_sent() -> None:
    """Where JMdict is not at hand the pass asks UniDic of today's form, so the sign
    cannot rule out a word by the index: rows of the right kinds are enough."""
    r = Romanizer(sources=("mozc",))
    rows = rows_of("お目出たき人")  # (目出た + き: UniDic reads 目出たい, JMdict does not list it)
    assert r.rows.adjective_sign(rows)
    assert classical_forms._classical_adjective_rows(rows, None) != rows
    assert r.rows.adjective_sign(rows_of("東京行き"))  # (東京 + 行き: kinds that may join)
    assert not r.rows.adjective_sign(rows_of("それはいい"))
    assert not Romanizer().rows.adjective_sign(rows_of("東京行き"))  # (東京行い: no word)


def test_a_plain_shi_ends_a_classical_adjective_only_after_kana() -> None:
    """する's し (勉強 + し) is no classical row and no row of a verb cut into pieces
    (classical_forms._NIDAN_CUT): a predicative し ends a classical adjective only where
    one of the rows before it is such a row, and those are kana (清 + ら + し); so 勉強 +
    し is no sign even where JMdict is not at hand. The classical し still is (清し)."""
    r = Romanizer(sources=("mozc",))
    assert r.rows.codes(rows_of("勉強し")) == "nS"
    assert not r.rows.adjective_sign(rows_of("勉強しました"))
    rows = rows_of("清し")
    assert Romanizer().rows.adjective_sign(rows)
    assert classical_forms._classical_adjective_rows(rows, Romanizer().rows._jmdict_readings) != rows


def test_the_first_test_of_the_codes_finds_every_run_of_rows_the_sign_asks_about() -> None:
    """ADJECTIVE_ANY (one search of a run's codes) matches wherever a run of at most four
    rows whose codes ADJECTIVE_ROWS takes is (the sign asks of no longer one): every
    string of codes of one to four rows, tried."""
    from itertools import product

    from jpterms.mecab_rows import ADJECTIVE_ANY, ADJECTIVE_ROWS

    alphabet = "nsKMBATESHk-0"
    taken = 0
    for size in range(1, 5):
        for codes in map("".join, product(alphabet, repeat=size)):
            if ADJECTIVE_ROWS.fullmatch(codes):
                taken += 1
                assert ADJECTIVE_ANY.search(codes), codes
    assert taken > 100
