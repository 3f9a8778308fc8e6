"""Lookup of a foreign word no dictionary lists, written in romaji as one long word: read as
its letters in katakana where the word looks foreign (a loanword's syllable, a vowel written
twice) and no dictionary reads it whole, before the pieces the lattice makes of it."""

from __future__ import annotations

import jpterms
from jpterms import romanize
from lookup_rows import query_for


def test_a_foreign_title_reads_as_katakana() -> None:
    """Aozora's *Barutazaaru* バルタザアル (was バルタ座ある) and *Fosuforessusensu*
    フォスフォレッスセンス (was フォスフォ列すせんす); the romaji spells the katakana back."""
    for japanese in ("バルタザアル", "フォスフォレッスセンス"):
        top = jpterms.lookup(query_for("aozora_titles_more.tsv", japanese))[0]
        assert top.kanji == japanese, (japanese, top.kanji)
        assert romanize(top.kanji) == top.romaji


def test_japanese_words_keep_their_kanji() -> None:
    """A word a dictionary reads whole stays that word (大岡山 for *Ookayama*, with its vowel
    written twice), and so does one that looks Japanese (ラロ氏不幸 is junk, but *Raroshifuko*
    has no foreign syllable: no katakana is offered for it)."""
    assert jpterms.lookup("Ookayama")[0].kanji == "大岡山"
    assert "ラロシフコ" not in [m.kanji for m in jpterms.lookup("Raroshifuko")]
