"""A common word of three or more kanji that is one whole written word of the query is
preferred to readings that cut that word into shorter ones (成分 + 法 for *Seibunho*).
Rows are real: the Wikipedia administrative terms and Aozora titles of tests/data/lookup/."""


import pytest
from tests.lookup_rows import query_for

import jpterms


@pytest.mark.parametrize(("file", "japanese", "cut"), [
    ("jawiki_admin_terms.tsv", "成文法", "成分法"),  # 成分 + 法
    ("jawiki_admin_terms.tsv", "東北厚生局", "東北個性局"),  # 個性 + 局
    ("aozora_titles_more.tsv", "写生文", "車成分"),  # 車 + 成分
])
def test_a_written_word_read_as_one_word(file: str, japanese: str, cut: str) -> None:
    top = [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
    assert top[0] == japanese
    assert cut in top  # the cut reading is still among the five, below the word


@pytest.mark.parametrize(("file", "japanese"), [
    ("jawiki_admin_terms.tsv", "北見運輸支局"),  # not 喜多見: a place keeps its cost
    ("aozora_filenames.tsv", "籠の小鳥"),  # not 加護野: nor does a surname
    ("aozora_filenames.tsv", "星とピエロ"),  # not 法師人
    ("aozora_filenames.tsv", "二つの道"),  # two kanji get nothing: not 未知
])
def test_names_and_short_words_are_left_as_they_were(file: str, japanese: str) -> None:
    assert jpterms.lookup(query_for(file, japanese))[0].kanji == japanese
