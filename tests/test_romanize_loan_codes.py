"""The loanword passes read which rows are katakana from each row's code (row_code,
remembered per row): the rows all in katakana that _dictionary_loans joins, and the rows
that begin with katakana that _loanwords_joined looks for side by side. The same rows,
and so the same joins, as a test of each row's surface; counted, never timed."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from jpterms.kana import normalize_japanese
from jpterms.mecab_rows import _KATAKANA_WORD, row_code, rows_of
from jpterms.romanize import _JAPANESE, Romanizer

ROOT = Path(__file__).resolve().parent.parent


def test_katakana_rows_by_their_codes() -> None:
    assert row_code("ログ\t名詞,普通名詞,一般") == "k"  # all katakana
    assert row_code("ー\t補助記号,一般") == "l"  # all katakana, but ー first
    assert row_code("ワープロ化\t名詞,普通名詞,一般") == "q"  # begins with katakana only
    assert row_code("ログ") == "k"


def test_the_codes_tell_the_rows_a_test_of_each_surface_tells() -> None:
    sample = (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8")
    runs = [m.group(0) for line in sample.splitlines()
            for m in _JAPANESE.finditer(normalize_japanese(line))]
    r = Romanizer()
    pairs = joined = 0
    for run in [*runs, "パラメタとトリガ", "ログイン画面", "スクリーンショット"]:
        rows = rows_of(run)
        codes = r.rows.codes(rows)
        surfaces = [row.partition("\t")[0] for row in rows]
        assert [c in "kl" for c in codes] == [
            _KATAKANA_WORD.fullmatch(s) is not None for s in surfaces]
        assert [c in "kq" for c in codes] == ["ァ" <= row[:1] <= "ヺ" for row in rows]
        pairs += any(a in "kq" and b in "kq" for a, b in pairwise(codes))
        joined += r.rows._dictionary_loans(rows) != rows
    assert pairs > 20 and joined > 5  # (real prose has them: パラメタ, トリガ)
    assert r.romanize("パラメタとトリガ") == "Parameta to toriga"
