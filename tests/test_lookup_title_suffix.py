"""A title suffix that ends the query: written as a last word of its own after a word that
is no particle (*Fugaku hyakkei jo*: 序, not 所, a suffix Mozc reads じょ only inside words
such as 研究所), or glued onto the last word where the dictionaries lack it (*Pekin nikkisho*:
抄, which the lattice read only as a whole written word). Rows are real: the Aozora titles,
MARC titles and Wikipedia administrative terms of tests/data/lookup/."""

import re

import pytest
from tests.lookup_rows import query_for

import jpterms


def _query(file: str, japanese: str) -> str:
    """The row's query as benchmarks/lookup_accuracy.py makes it: curly quotes left out."""
    return query_for(file, japanese).replace("“", "").replace("”", "")


def _kanji(text: str) -> str:
    """A title as lookup writes it: no brackets, no spaces (『富嶽百景』序: 富嶽百景序)."""
    return re.sub(r"[\s「」『』]", "", text)


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_titles.tsv", "『富嶽百景』序"),  # was 富嶽百景所
])
def test_a_suffix_written_apart_ends_the_title(file: str, japanese: str) -> None:
    top = [m.kanji for m in jpterms.lookup(_query(file, japanese))]
    assert top[0] == _kanji(japanese)


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_titles_more.tsv", "北京日記抄"),  # 抄 was in none of the twenty
])
def test_a_suffix_the_dictionaries_lack_glued_onto_the_last_word(file: str,
                                                                japanese: str) -> None:
    assert _kanji(japanese) in [m.kanji for m in jpterms.lookup(_query(file, japanese))]


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_titles_more.tsv", "「地球図」序"),
    ("aozora_titles_more.tsv", "「菊池寛全集」の序"),  # after a particle: as before
    ("marc_pairs.tsv", "日本 の 茶書"),  # not 茶抄
    ("jawiki_admin_terms.tsv", "裁判所"),  # not 裁判抄
])
def test_titles_and_words_that_were_right_stay_first(file: str, japanese: str) -> None:
    assert jpterms.lookup(_query(file, japanese))[0].kanji == _kanji(japanese)


def test_the_glued_suffix_is_for_look_ups_only() -> None:
    """The checker's one reading keeps the lattice it had (no glued 抄 edge)."""
    one = jpterms.Glossary.bundled().reverse_engine.paths("Pekin nikkisho", limit=1)
    assert one and one[0].written == "北京日記書"


def test_an_address_ends_a_title() -> None:
    """辞 "an address" (開会の辞, 入社の辞) is a title's word, not 寺, which is じ only inside a
    temple's name (法隆寺): Aozora's *Nyusha no ji* 入社の辞 (was 入社の寺)."""
    assert jpterms.lookup(_query("aozora_titles_more.tsv", "入社の辞"))[0].kanji == "入社の辞"
    assert jpterms.lookup("Horyuji")[0].kanji == "法隆寺"


def test_a_speech_ends_a_title() -> None:
    """弁 "a speech, an account of oneself" (困惑の弁) is a title's word, before 便 "stool":
    Aozora's *Konwaku no ben* 困惑の弁 (was 困惑の便); 交通の便, a word Mozc lists, stays."""
    assert jpterms.lookup(_query("aozora_titles_more.tsv", "困惑の弁"))[0].kanji == "困惑の弁"
    assert jpterms.lookup("Kotsu no ben")[0].kanji == "交通の便"


def test_a_life_after_a_name_is_the_life() -> None:
    """生涯 "a life" after a capitalised name and の (citation_words.tsv, placed as 紀行 is):
    *Asakawa Kan'ichi no shogai* is 朝河貫一の生涯 (it was 障害 "disability", Mozc's
    commonest). Without a name before it the commoner word stays."""
    top = jpterms.lookup(_query("cite_non_english.tsv", "最後の「日本人」: 朝河貫一の生涯"))[0]
    assert top.kanji.startswith("最後の日本人") and top.kanji.endswith("朝河貫一の生涯")
    assert top.romaji.endswith("no shōgai")
    assert jpterms.lookup("Chiteki shogai")[0].kanji == "知的障害"
    assert jpterms.lookup("Kotsu shogai")[0].kanji == "交通障害"
