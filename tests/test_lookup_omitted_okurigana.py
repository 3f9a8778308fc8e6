"""A compound noun written without its okurigana, as older texts and the official rules'
permitted forms write it (気乗り 気乗, 先入れ 先入): among the five readings of a query, and
first, before the word as the dictionaries list it (``okurigana_order.short_okurigana_first``)."""

import jpterms
from lookup_rows import query_for


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_an_old_title_without_okurigana_is_among_the_five() -> None:
    # Akutagawa's 一番気乗のする時 as Aozora Bunko romanises it; was in none of the five
    found = _kanji(query_for("aozora_titles.tsv", "一番気乗のする時"))
    assert found[0] == "一番気乗のする時"
    assert "一番気乗りのする時" in found[:5]


def test_a_law_term_without_okurigana_is_among_the_five() -> None:
    found = _kanji(query_for("jawiki_admin_terms.tsv", "先入先出法"))
    assert found[0] == "先入先出法"
    assert "先入れ先出し法" in found[:5]


def test_an_inflection_keeps_its_last_kana() -> None:
    # 風変わり may be written 風変り, never 風変
    assert not any("風変な" in k for k in _kanji("Fugawari na sakuhin ni tsuite"))


def test_a_name_shaped_query_too() -> None:
    # a wayside god as Drixler's list romanises it; was in none of the five
    found = _kanji(query_for("drixler_names.tsv", "子育地蔵"))
    assert found[0] == "子育地蔵"
    assert "子育て地蔵" in found[:5]
