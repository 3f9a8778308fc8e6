"""A capitalised word ending in *sha* glued onto it, with no ``kind`` hint: where its
reading with 者 "person" (車, 舎) is a noun and that suffix no dictionary lists together
(規制者, 仮説者, 現行車), it names a company, 社; a word JMdict lists (媒介者 "mediator",
健康者, 展望車) stays.
Rows of ``tests/data/lookup`` (publishers of Japanese Wikipedia, Aozora titles)."""

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.dictionaries import jmdict_glosses


@pytest.mark.parametrize(("file", "japanese", "first"), [
    # the gold 棋正社 is no dictionary's word; 規制社 has its suffix (was 規制者 "regulator")
    ("jawiki_publishers.tsv", "棋正社", "規制社"),
    ("jawiki_publishers.tsv", "履正社", "理性社"),
    ("jawiki_publishers.tsv", "千明社", "鮮明社"),
])
def test_an_unlisted_person_noun_is_read_as_a_company(file: str, japanese: str,
                                                      first: str) -> None:
    query = query_for(file, japanese)
    found = [m.kanji for m in jpterms.lookup(query)]
    assert found[0] == first
    assert not jmdict_glosses(first[:-1] + "者")


@pytest.mark.parametrize(("file", "japanese", "query"), [
    ("aozora_filenames.tsv", "媒介者", None),  # JMdict's word "mediator" stays
    ("aozora_titles_more.tsv", "小説の読者", None),  # a title's last word in lower case
    ("jawiki_publishers.tsv", "研光社", "健康者"),  # JMdict lists 健康者: the word stays
])
def test_a_listed_person_noun_stays(file: str, japanese: str, query: str | None) -> None:
    found = [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
    assert found[0] == (query or japanese)


def test_a_publisher_no_list_holds_by_its_company_suffix() -> None:
    """Publishers of the bundled SKK list (``data/publishers.tsv``) looked up by an engine
    without that list, as a publisher it does not hold is: the company comes first (日本評論社,
    not 日本評論者; 仮説社, not 仮説者; 玄光社, not 現行車), where all six were read with 者 or
    車 before; a word JMdict lists stays (展望車)."""
    from jpterms.publishers import Publishers
    from jpterms.reverse import ReverseEngine

    engine = ReverseEngine()
    engine.__dict__["_publishers"] = Publishers([])
    held = Publishers.bundled()
    for query, company in (("Nihonhyoronsha", "日本評論社"), ("Kasetsusha", "仮説社"),
                           ("Gakuseisha", "学生社"), ("Jinbutsuoraisha", "人物往来社"),
                           ("Genkosha", "玄光社"), ("Yuyusha", "悠々社")):  # 現行車, 悠々車
        assert company in {p.written for p in held.spellings(query)}
        assert engine.search(query)[0].kanji == company, query
    assert engine.search("Tenbosha")[0].kanji == "展望車"  # JMdict's "observation car"
