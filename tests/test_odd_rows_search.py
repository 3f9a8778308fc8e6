"""old_forms.odd_rows finds the rows a walk of them row by row finds (one regular
expression over the rows joined, for speed): the same answer on real sentences and on
rows made to sit at each edge of its conditions."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from jpterms.mecab_rows import rows_of
from jpterms.old_forms import _VOICED_KANA, _odd_kana, odd_rows

ROOT = Path(__file__).resolve().parent.parent


def walked(rows: list[str]) -> bool:
    """odd_rows as it was written before: a walk of the rows."""
    after_genitive = False
    for row in rows:
        surface, _, features = row.partition("\t")
        if surface == "を" and after_genitive:
            return True
        after_genitive = row.startswith("の\t助詞,格助詞")
        if len(surface) == 1 and "\u3041" <= surface <= "\u3096":
            if _odd_kana(surface, features.partition(",")[0]):
                return True
        elif features.startswith("動詞") and surface[:1] in _VOICED_KANA:
            return True
    return False


EDGES = ["", "EOS", "を", "を\t助詞,格助詞", "の\t助詞,格助詞,*", "の\t助詞,準体助詞",
         "あ\t感動詞", "あ", "は\t助詞,係助詞", "お\t接頭辞", "ふ\t接頭辞", "ふ\t接尾辞,名詞的", "さ\t接尾辞", "ぶ\t動詞,一般",
         "ぶ\t名詞", "どり\t動詞,一般", "どり\t名詞", "とり\t動詞,一般", "ゖ\t名詞", "ゔ\t名詞",
         "ア\t名詞", "日\t名詞", "\t動詞"]


def test_the_same_as_the_walk_on_real_sentences() -> None:
    lines = (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8")
    texts = [*lines.split(), "海やまのあひだ", "北野をどり", "ゆめのをはり", "かげろふ日記"]
    found = [odd_rows(rows_of(text)) for text in texts]
    assert found == [walked(rows_of(text)) for text in texts]
    assert found[-4:] == [True, True, True, True]  # (the historical spellings)
    assert found.count(False) > len(found) // 2  # (almost no text is odd)


@pytest.mark.parametrize("size", [1, 2, 3])
def test_the_same_as_the_walk_at_the_edges(size: int) -> None:
    for rows in itertools.product(EDGES, repeat=size):
        assert odd_rows(list(rows)) is walked(list(rows)), rows
