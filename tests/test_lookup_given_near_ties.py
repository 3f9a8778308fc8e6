"""Spellings of a given name that Mozc prices within a hair of each other: the one more
people bear comes first (:meth:`jpterms.name_evidence.NameEvidence.order_given_near_ties`).

The queries are real rows of tests/data/lookup (Aozora Bunko's authors, from
github:j-chowder/japanese_literature@224dcb0 collect/authors2.csv; Wikidata's scholars,
writers and historical people, from github:richardjharris/yomikun-database@9e536d6
data/wikidata-nokana.jsonl.gz; provenance in that folder's README), their macrons stripped
as lookup_accuracy.py strips them. Each row had the other spelling first before the near ties were ordered.
"""

from __future__ import annotations

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.lattice import Edge
from jpterms.lattice import Path as Reading
from jpterms.name_evidence import GIVEN_NEAR_TIE, NameEvidence
from jpterms.reading_index import ReadingIndex


@pytest.mark.parametrize(("file", "japanese", "other"), [
    ("aozora_authors.tsv", "鶴岡雄二", "鶴岡裕二"),  # Yuji: 雄二 25 people, 裕二 19
    ("wikidata_scholars.tsv", "吉川次郎", "吉川二郎"),  # Jiro: 次郎 45, 二郎 43
    ("wikidata_scholars.tsv", "平井宏和", "平井裕和"),  # Hirokazu: 宏和 5, 裕和 2
    ("wikidata_writers.tsv", "有田奈央", "有田奈緒"),  # Nao: 奈央 6, 奈緒 5
    ("wikidata_writers.tsv", "滝沢英輔", "滝沢英介"),  # Eisuke: 英輔 8, 英介 6
    # the order holds where the name read given name first (Shinji Himeno) is merged in
    # by cost: the spelling moved first takes the best one's cost
    ("wikidata_historical.tsv", "姫野慎二", "姫野真司"),
])
def test_the_given_name_more_people_bear_comes_first_among_near_ties(
        file: str, japanese: str, other: str) -> None:
    results = [m.kanji for m in jpterms.lookup(query_for(file, japanese))]
    assert results[0] == japanese
    assert other in results  # still an answer, after it


def _reading(given: str, cost: int) -> Reading:
    """A reading of *Tsuruoka Yuji*: the surname 鶴岡, then ``given`` read ゆうじ."""
    return Reading(cost, (Edge(0, 4, "鶴岡", "つるおか", 1923, 1923, 2554, "mozc", ""),
                          Edge(4, 7, given, "ゆうじ", 1922, 1922, cost - 2554, "mozc", "")))


def test_only_near_ties_are_ordered_by_people() -> None:
    """JMnedict's people decide between spellings Mozc prices within GIVEN_NEAR_TIE of the
    best reading; a spelling priced further off keeps its place, however many bear it."""
    evidence = NameEvidence(ReadingIndex.default())
    assert evidence.people("雄二", "ゆうじ", family=False) > \
        evidence.people("裕二", "ゆうじ", family=False)
    near = [_reading("裕二", 6000), _reading("雄二", 6000 + GIVEN_NEAR_TIE)]
    assert [p.edges[-1].written for p in evidence.order_given_near_ties(near)] == \
        ["雄二", "裕二"]
    far = [_reading("裕二", 6000), _reading("雄二", 6001 + GIVEN_NEAR_TIE)]
    assert evidence.order_given_near_ties(far) == far
