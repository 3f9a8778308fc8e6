"""A catalogue record's title may carry a cataloguer's note in brackets, in English
(*Ekonomisuto [microform]*): no romaji, so a look-up that finds nothing for the whole
query looks up the rest, as it does for a title half of whose words are romaji."""

from __future__ import annotations

import jpterms


def test_a_bracketed_note_in_english_is_left_out() -> None:
    # github:pulibrary/bibdata@a03cf3ba, record 9931192963506421, 245 エコノミスト [microform] (found
    # nothing before: one word of two was no romaji, so none was left out)
    assert [m.kanji for m in jpterms.lookup("Ekonomisuto [microform]")][:1] == ["エコノミスト"]
    assert [m.kanji for m in jpterms.lookup("Sekai (microform)")][:1] == ["世界"]
    # a note in romaji is looked up with the rest, and English outside brackets is no note
    assert jpterms.lookup("Qu You") == []
