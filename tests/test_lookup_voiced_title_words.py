"""A citation word of titles that compounds voice (data/rendaku.tsv: 草紙 ぞうし of 浮世草紙)
is also read voiced after another word, never where nothing voices it. Real rows of
tests/data/lookup/aozora_titles_more.tsv (Aozora Bunko's catalogue)."""

from __future__ import annotations

from jpterms import lookup


def _top5(query: str) -> list[str]:
    return [m.kanji for m in lookup(query)]


def test_a_voiced_title_word_after_its_word() -> None:
    # Dazai's めくら草紙 and お伽草紙: 増資 "a capital increase" filled all five before
    assert "めくら草紙" in _top5("Mekura zoshi")
    assert "お伽草紙" in _top5("Otogi zoshi")
    assert _top5("Mekura zoshi")[0].endswith("草紙")


def test_no_voiced_title_word_where_nothing_voices_it() -> None:
    # a query's first word, and a word after a particle written apart, stay 増資
    assert lookup("zoshi no kenkyu")[0].kanji == "増資の研究"
    assert lookup("Kaisha no zoshi")[0].kanji == "会社の増資"
