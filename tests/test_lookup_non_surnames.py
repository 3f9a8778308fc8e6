"""In a query shaped like a person's name, a word that is no surname (a common word, a
given name alone) reading the whole first written word costs more where a surname reads
it too (:meth:`jpterms.name_lookup.NameLookup.non_surname_surcharge`): Mozc prices a
common word cheaper than the surname it sounds like, and the search keeps only the
cheapest few at each position, before the given name after them shows which one begins a
name.

The rows are real: tests/data/readings/jawiki_draw.tsv (Wikipedia article titles with
their kana, from github:tokuhirom/jawiki-kana-kanji-dict@0579823), looked up as their
Hepburn without macrons, and tests/data/lookup/wikidata_writers.tsv (Wikidata's writers;
provenance in that folder's README).
"""

from __future__ import annotations

from tests.lookup_rows import query_for

import jpterms
from jpterms.glossary import Glossary
from jpterms.lattice import Slot, new_edge
from jpterms.mozc_contexts import GIVEN_NAME_CONTEXT, SURNAME_CONTEXT
from reading_rows import gold_kana


def test_the_surname_comes_before_the_common_word() -> None:
    # 古城佳子 (jawiki_draw): 向上 "improvement" was read before the surname 古城
    assert gold_kana("jawiki_draw.tsv", "古城佳子") == "こじょうよしこ"
    assert jpterms.lookup("Kojo Yoshiko")[0].kanji == "古城佳子"


def test_the_surname_reading_joins_the_five() -> None:
    # 円つぶら (wikidata_writers): 園 "garden" and 自 read the surname's place before 円
    query = query_for("wikidata_writers.tsv", "円つぶら")
    assert query == "En Tsubura"
    assert "円つぶら" in [m.kanji for m in jpterms.lookup(query)]


def test_only_the_first_word_and_only_beside_a_surname() -> None:
    names = Glossary.bundled().reverse_engine._name_lookup
    slots = [Slot("ichi", (("いち", 0),), 0, True, True), Slot("ba", (("ば", 0),), 1, True, True)]
    noun = new_edge(0, 1, "市", "いち", 1851, 1851, 3000, "mozc")
    surname = new_edge(0, 1, "市", "いち", SURNAME_CONTEXT, SURNAME_CONTEXT, 4000, "mozc")
    given = new_edge(1, 2, "馬", "ば", GIVEN_NAME_CONTEXT, GIVEN_NAME_CONTEXT, 3000, "mozc")
    common = new_edge(1, 2, "場", "ば", 1851, 1851, 3000, "mozc")
    out = names.non_surname_surcharge([[noun, surname], [given, common]], slots)
    assert out[0][0].cost > noun.cost and out[0][1] == surname
    assert out[1] == [given, common]
    alone = names.non_surname_surcharge([[noun], [given]], slots)
    assert alone[0] == [noun]  # no surname reads the word: nothing to prefer
