"""What the tokeniser looks for in MeCab's rows joined (a classical form, a voiced form,
a given name...) is read from each row's marks, remembered per row, not by five searches
of the joined rows a run: the same answer, counted, not timed."""

from __future__ import annotations

from jpterms.mecab_rows import GIVEN_NAME, MARK_SPLIT, ROW_MARKS, row_marks, rows_of
from jpterms.romanize import Romanizer


def _searched(rows: list[str]) -> int:
    joined = "".join(rows)
    return sum(bit for bit, mark in ROW_MARKS if mark in joined)


def test_marks_are_those_of_the_rows_joined() -> None:
    romanizer = Romanizer()
    for text in ("蒼白き月の光", "喰ふべきもの", "山田太郎が来た", "日本語の文章を読む", "ログイン画面"):
        rows = rows_of(text)
        assert romanizer.rows.marks(rows) == _searched(rows), text
    assert romanizer.rows.marks(rows_of("山田太郎が来た")) & GIVEN_NAME  # 太郎: a given name


def test_a_mark_split_over_two_rows_is_still_found() -> None:
    """A row ending with the beginning of a mark (",人名" + ",名,...") sends the rows joined
    to be searched: the mark runs on into the next row."""
    rows = ["太郎\t名詞,固有名詞,人名", ",名,*\t*"]
    assert row_marks(rows[0]) & MARK_SPLIT
    assert Romanizer().rows.marks(rows) == _searched(rows) == GIVEN_NAME


def test_each_row_is_marked_once() -> None:
    romanizer = Romanizer()
    rows = rows_of("日本語の文章を読む")
    romanizer.rows.marks(rows)
    marked = dict(romanizer.rows._row_mark)
    assert set(marked) == set(rows)
    romanizer.rows.marks(list(rows))
    assert romanizer.rows._row_mark == marked
