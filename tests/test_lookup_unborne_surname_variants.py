"""A surname spelling no person in JMnedict bears, read as the query reads it, costs more
where another spelling of that reading among the readings is borne by people
(:meth:`jpterms.name_evidence.NameEvidence._charge_unborne_variants`): Mozc lists many
rare spellings of a surname's reading, and each of them, with the cheapest given name,
took a place among the five that a spelling of the given name under the borne surname
needed.

The queries are real rows of tests/data/lookup (Wikidata's scholars and writers, from
github:richardjharris/yomikun-database@9e536d6 data/wikidata-nokana.jsonl.gz; provenance in
that folder's README), their macrons stripped as lookup_accuracy.py strips them.
"""

from __future__ import annotations

from tests.lookup_rows import query_for

import jpterms
from jpterms.glossary import Glossary


def test_the_borne_surname_comes_before_an_unborne_one() -> None:
    # Otsu Eiichiro: 乙 おつ (no one; one person is 乙 きのと) was first, 大津 (five people)
    query = query_for("wikidata_writers.tsv", "大津栄一郎")
    assert query == "Otsu Eiichiro"
    assert jpterms.lookup(query)[0].kanji == "大津栄一郎"


def test_a_rarer_given_name_under_the_borne_surname_joins_the_five() -> None:
    # Fukai Jinzo: 深居 (no one) with 仁三 took the place 深井甚三 needed
    query = query_for("wikidata_scholars.tsv", "深井甚三")
    found = [m.kanji for m in jpterms.lookup(query)]
    assert "深井甚三" in found
    assert not any(k.startswith("深居") for k in found), found


def test_only_where_another_spelling_is_borne() -> None:
    evidence = Glossary.bundled().reverse_engine._name_evidence
    assert evidence.people("深井", "ふかい", family=True) >= 2
    assert evidence.people("深居", "ふかい", family=True) == 0
