"""word_grouping.hiragana_only (one search, not a test of each character) answers as the
test of each character did, on every surface of the sample corpus and at the edges of
the hiragana block."""

from __future__ import annotations

from pathlib import Path

from jpterms.mecab_rows import rows_of
from jpterms.word_grouping import hiragana_only

ROOT = Path(__file__).resolve().parent.parent


def each_character(text: str) -> bool:
    return bool(text) and all("ぁ" <= c <= "ゖ" or c == "ー" for c in text)


def test_the_search_answers_as_the_test_of_each_character() -> None:
    sample = (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8")
    surfaces = {row.partition("\t")[0] for line in sample.splitlines() if line.strip()
                for row in rows_of(line)}
    edges = {"", "ー", "あー", "ぁ", "ゖ", "ゔ", "ゕ", "゗", "ゝ", "ア", "あ\n", "あ a", "を"}
    for text in surfaces | edges:
        assert hiragana_only(text) is each_character(text), text
    assert sum(map(hiragana_only, surfaces)) > 50
