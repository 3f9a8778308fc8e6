"""No long vowel is read out of the vowel ending one written word and the vowel beginning the
next (*Seito uta*: no 性淘汰, whose *tō* is the "o" of *Seito* and the "u" of *uta*); a compound
read across the space keeps both vowels. Rows are real: the Aozora titles and file names of
tests/data/lookup/."""

import pytest
from tests.lookup_rows import query_for

import jpterms


@pytest.mark.parametrize(("query", "across"), [
    ("Seito uta", "性淘汰"),  # aozora_filenames: 生と歌; tō out of "to" + "u"
    ("Minanogawa to uzaemon", "男女ノ川藤左衛門"),  # aozora_titles_more: 男女川と羽左衛門
])
def test_no_long_vowel_read_across_a_space(query: str, across: str) -> None:
    assert across not in [m.kanji for m in jpterms.lookup(query, limit=20)]


def test_a_compound_read_across_a_space_keeps_both_vowels() -> None:
    assert jpterms.lookup("Seito undo")[0].kanji == "生徒運動"


def test_the_answer_comes_up_where_the_long_vowel_went() -> None:
    file, japanese = "aozora_titles_more.tsv", "男女川と羽左衛門"
    assert japanese in [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
