"""A citation word no word of Mozc's begins with is found all the same: the lattice walks
Mozc's trie letter by letter, and went on past a reading Mozc lacks only for the glossary's
words and numbers (:meth:`jpterms.reverse.ReverseEngine._glossary_prefixes`). The row is
HDIC's (tests/data/lookup/hdic_terms.tsv)."""

from __future__ import annotations

import jpterms
from jpterms.glossary import Glossary
from lookup_rows import query_for


def test_a_citation_word_mozc_has_no_beginning_of() -> None:
    assert "こじしょ" in Glossary.bundled().reverse_engine._glossary_prefixes
    found = [m.kanji for m in jpterms.lookup(query_for("hdic_terms.tsv", "古辞書と国語"))]
    assert found[0] == "古辞書と国語", found  # was 小辞書 "a small dictionary"


def test_the_romaji_reported_is_the_romanisation_of_the_kanji() -> None:
    top = jpterms.lookup("Kojisho to Kokugo")[0]
    assert top.romaji == jpterms.romanize(top.kanji), top
