"""A person's given name in old kanji forms (眞 of 真): the spelling JMnedict's people bear
so comes right after the modern one among the results
(:meth:`jpterms.name_evidence.NameEvidence.with_old_form_given`).

The queries are real rows of tests/data/lookup (Wikidata's historical people, scholars and
writers, from github:richardjharris/yomikun-database@9e536d6 data/wikidata-nokana.jsonl.gz:
Q11584417 矢野眞, a painter; Q60197359 津守眞, a child care researcher; Q27150921 田中眞一, a
screenwriter; provenance in that folder's README), their macrons stripped as
lookup_accuracy.py strips them. Before, each had the modern spelling among its five and
the old one, the source's, outside them.
"""

from __future__ import annotations

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.lattice import Edge
from jpterms.lattice import Path as Reading
from jpterms.name_evidence import NameEvidence
from jpterms.reading_index import ReadingIndex


@pytest.mark.parametrize(("file", "japanese", "modern"), [
    ("wikidata_historical.tsv", "矢野眞", "矢野真"),  # Makoto: 眞 borne by 12 people
    ("wikidata_scholars.tsv", "津守眞", "津守真"),
    ("wikidata_writers.tsv", "田中眞一", "田中真一"),  # Shin'ichi: 眞一 by 4
])
def test_the_old_form_people_bear_follows_the_modern_spelling(
        file: str, japanese: str, modern: str) -> None:
    results = [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
    assert results.index(japanese) == results.index(modern) + 1


def _reading(given: str, kana: str) -> Reading:
    """A reading of a name: the surname 矢野, then ``given`` read ``kana``."""
    return Reading(7000, (Edge(0, 3, "矢野", "やの", 1923, 1923, 2500, "mozc", ""),
                          Edge(3, 7, given, kana, 1922, 1922, 4500, "mozc", "")))


def test_only_a_borne_old_form_of_a_persons_given_name_is_added() -> None:
    """眞 read まこと is borne, and follows 真; nothing is added twice, nor to a reading that
    is no person's name, nor for a given name with no old form (誠)."""
    evidence = NameEvidence(ReadingIndex.default())
    assert evidence.old_form_given("真", "まこと") == "眞"
    assert evidence.old_form_given("誠", "まこと") is None
    found = [_reading("誠", "まこと"), _reading("真", "まこと"), _reading("信", "まこと")]
    added = evidence.with_old_form_given(found, 3, lambda path: True)
    assert [p.written for p in added] == ["矢野誠", "矢野真", "矢野眞", "矢野信"]
    assert evidence.with_old_form_given(added, 3, lambda path: True) == added
    assert evidence.with_old_form_given(found, 3, lambda path: False) == found
