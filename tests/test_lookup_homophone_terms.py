"""Where the glossary gives two terms of one reading in different kanji (寄稿 and 寄港 for
きこう), its preference for its terms says nothing between them, nor against a homophone
it lacks: such a term costs what Mozc charges for it
(:attr:`jpterms.reverse.ReverseEngine._homophone_terms`). Real rows of the dev sets
(tests/data/lookup, provenance in that folder's README): Japanese Wikipedia's
武蔵野市観光機構, where 寄稿 "contribution" came first and 機構 was 15th."""

from __future__ import annotations

import jpterms
from jpterms.reverse import ReverseEngine
from lookup_rows import query_for


def test_the_body_is_among_the_five() -> None:
    found = [m.kanji for m in jpterms.lookup(
        query_for("jawiki_admin_terms.tsv", "武蔵野市観光機構"))]
    assert "武蔵野市観光機構" in found
    assert "武蔵野市観光寄稿" not in found[:1]


def test_a_travelogue_keeps_its_place() -> None:
    found = [m.kanji for m in jpterms.lookup(query_for("aozora_titles_more.tsv", "槍ヶ岳紀行"))]
    assert found[0] == "槍ヶ岳紀行"


def test_which_readings_are_homophones() -> None:
    terms = ReverseEngine()._homophone_terms
    assert {"きこう", "はけん", "ひなん"} <= terms
    assert "とりくみ" not in terms  # 取り組み and 取組: one word, two spellings
    assert "だいいっかい" not in terms  # 第1回 and 第一回: one word


def test_a_travel_account_follows_a_place() -> None:
    """紀行 "account of a journey" is named after where it went: it keeps its preference over
    the commoner 機構 "organisation" after a capitalised word (Aozora's 槍ヶ岳紀行), not after
    a common noun written in lower case (Wikipedia's 武蔵野市観光機構, 日本医療機能評価機構)."""
    for japanese in ("武蔵野市観光機構", "日本医療機能評価機構"):
        found = [m.kanji for m in jpterms.lookup(query_for("jawiki_admin_terms.tsv", japanese))]
        assert found[0] == japanese
    assert jpterms.lookup("hyoka kiko")[0].kanji == "評価機構"
    assert jpterms.lookup("Tabi no kiko")[0].kanji == "旅の紀行"  # a particle after a capital
    found = [m.kanji for m in jpterms.lookup(query_for("aozora_titles_more.tsv", "槍ヶ岳紀行"))]
    assert found[0] == "槍ヶ岳紀行"


def test_a_citation_word_before_a_title_suffix_in_one_written_word() -> None:
    """A title's citation word (字体 "character form", 日記) followed in its written word by a
    word titles end in (注 "note", 注記, 抄) makes one word with it, preferred as the first is
    where it ends the word: the HDIC glossary's *jitaichu* is 字体注 and *jitaichuki*
    字体注記, not the commoner 自体 "itself" + 注; Aozora's *Pekin nikkisho* is 北京日記抄 (not
    日記 + 書). A body's word (省, 館) begins no such compound: *Shoshi* is no 省 + 史."""
    for japanese in ("字体注", "字体注記"):
        assert jpterms.lookup(query_for("hdic_terms.tsv", japanese))[0].kanji == japanese
    query = query_for("aozora_titles_more.tsv", "北京日記抄")
    assert jpterms.lookup(query)[0].kanji == "北京日記抄"
    assert "省史" not in [m.kanji for m in jpterms.lookup("Shoshi")]
    # and none where a dictionary word spans the same syllables (組織, not 草紙 + 記)
    found = [m.kanji for m in jpterms.lookup(query_for("aozora_filenames.tsv", "地上組織"))]
    assert found[0] == "地上組織" and "地上草紙記" not in found
