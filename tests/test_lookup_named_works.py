"""A writer known by a pen name alone, before a word of the writer's works (全集, 雑記, 著),
is read as that writer in a look-up
(:meth:`jpterms.title_compounds.TitleCompounds.add_named_works`,
:func:`jpterms.known_as.known_alone`). The titles are Aozora Bunko's, from the rows of
tests/data/lookup."""

from __future__ import annotations

import jpterms
from jpterms.known_as import known_alone
from lookup_rows import query_for


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_pen_name_before_a_works_word() -> None:
    found = _kanji(query_for("aozora_titles_more.tsv", "芭蕉雑記"))  # Basho zakki
    assert found[0] == "芭蕉雑記", found  # was 場所雑記 "notes on places"
    # Akutagawa's 「鏡花全集」目録開口: the collected Kyōka, not 強化全集 "strengthening"
    found = _kanji(query_for("aozora_titles_more.tsv", "「鏡花全集」目録開口"))
    assert found[0].strip("“").startswith("鏡花全集"), found


def test_the_romaji_reported_is_the_romanisation_of_the_kanji() -> None:
    top = jpterms.lookup("Basho zakki")[0]
    assert top.romaji == jpterms.romanize(top.kanji), top


def test_only_a_name_one_person_of_the_past_is_known_by() -> None:
    """JMnedict dates 泉鏡花 (1873-1939) and 松尾芭蕉; 京香 ends one living person's name
    (鈴木京香, born 1968), 正治 seven people's, 豊 eighteen: none is a pen name."""
    assert known_alone("鏡花", "きょうか") and known_alone("芭蕉", "ばしょう")
    assert not known_alone("京香", "きょうか")
    assert not known_alone("正治", "しょうじ") and not known_alone("豊", "とよ")
    # 樋口一葉 (1872-1896) and an undated 長沼一葉; 宮沢賢治 and a living 伊藤賢治 (born 1968)
    assert known_alone("一葉", "いちよう") and not known_alone("賢治", "けんじ")


def test_a_common_word_before_a_works_word_stays() -> None:
    """東洋文庫 (a series, the Tōyō Bunko) is no person's 文庫."""
    assert _kanji("Toyo bunko")[0] == "東洋文庫"
