"""A capital inside a title written in sentence case marks a name: library romanisation
(ALA-LC) and most writers capitalise a title's first word and its proper nouns alone. A name
read from such a word costs less in a look-up (:data:`jpterms.lookup_costs.CAPITAL_PROPER_BONUS`).
The title rows are real: an Aozora title of tests/data/lookup, and Kadokawa Shoten's
collected Bashō, 校本芭蕉全集, as a catalogue romanises it."""

from __future__ import annotations

import jpterms
from jpterms.lattice import written_words
from jpterms.query_shape import proper_marked
from lookup_rows import query_for


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_capital_inside_a_title_reads_a_name() -> None:
    found = _kanji(query_for("aozora_titles_more.tsv", "続芭蕉雑記"))  # Zoku-Basho zakki
    assert found[0] == "続芭蕉雑記", found  # was 続場所雑記 "more notes on places"
    found = _kanji("Kohon Basho zenshu")
    assert found[0] == "校本芭蕉全集", found  # was 校本場所全集


def test_the_same_word_written_in_lower_case_is_not_a_name() -> None:
    """Without the capital the commoner word keeps its place (場所 before 芭蕉)."""
    assert _kanji("Kohon basho zenshu")[0] != "校本芭蕉全集"


def test_a_noun_spelled_as_a_name_keeps_its_grammar() -> None:
    """世界 is also a surname of Mozc's; the noun, spelled the same, is preferred as much, and
    この still goes before it (not the surname 河野)."""
    assert _kanji("Kono Sekai no katasumi ni")[0] == "この世界の片隅に"


def test_title_case_marks_no_word() -> None:
    """A title that capitalises its words (its particles and grammar, *ni okeru*, in lower
    case) marks none of them; a title in sentence case marks its capitalised words after
    the first."""
    for query in ("Ruiju Myogisho no Kenkyu", "Tabako to Akuma", "Basho",
                  "Kojisho ni okeru Bushu Hairetsu no Kijun"):
        assert proper_marked(query, written_words(query)) == frozenset(), query
    query = "Zoku-Basho zakki"
    assert proper_marked(query, written_words(query)) == {1}
