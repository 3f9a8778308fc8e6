"""A family's given names share a head kanji (通字): where the best reading's given name
begins with a kanji no other person of that family bears so read, and another spelling of
the same given name begins with one that many of them bear, that spelling comes first
(:meth:`jpterms.name_evidence.NameEvidence.with_house_head`).

The query is a real row of tests/data/lookup (Wikidata's historical people, from
github:richardjharris/yomikun-database@9e536d6 data/wikidata-nokana.jsonl.gz; provenance
in that folder's README), its macrons stripped as lookup_accuracy.py strips them. It had
京極貴永 first before the house's kanji was weighed.
"""

from __future__ import annotations

from tests.lookup_rows import query_for

import jpterms
from jpterms.lattice import Edge
from jpterms.lattice import Path as Reading
from jpterms.name_evidence import HOUSE_PEOPLE, NameEvidence
from jpterms.reading_index import ReadingIndex


def test_the_house_kanji_comes_first() -> None:
    results = [m.kanji for m in jpterms.lookup(query_for("wikidata_historical.tsv", "京極高長"))]
    assert results[0] == "京極高長"  # 京極高次, 京極高知, 京極高広 ...
    assert "京極貴永" in results  # still an answer, after it


def _reading(family: str, family_kana: str, given: str, given_kana: str, cost: int) -> Reading:
    """A reading of a surname, then a given name."""
    n = len(family_kana)
    return Reading(cost, (Edge(0, n, family, family_kana, 1923, 1923, 2000, "mozc", ""),
                          Edge(n, n + len(given_kana), given, given_kana, 1922, 1922,
                               cost - 2000, "mozc", "")))


def test_house_support_counts_the_family_s_people() -> None:
    evidence = NameEvidence(ReadingIndex.default())
    assert evidence.house_support("京極", "きょうごく", "高長", "たかなが") >= HOUSE_PEOPLE
    assert evidence.house_support("京極", "きょうごく", "貴永", "たかなが") == 0
    assert evidence.house_support("京極", "きょうごく", "高長", "たかなが", at_most=1) == 1
    # each person once, however many readings JMnedict gives them (一条兼良 かねよ, かねよし)
    assert ReadingIndex.default().beginning("一条兼").count("一条兼良") == 1


def test_only_a_house_kanji_many_share_moves_first() -> None:
    """The moved reading takes the best one's cost; a large family (佐藤: hundreds of
    people) shares a head kanji by chance and moves nothing; nor does a best reading
    whose head kanji the family bears already."""
    evidence = NameEvidence(ReadingIndex.default())
    found = [_reading("京極", "きょうごく", "貴永", "たかなが", 13939),
             _reading("京極", "きょうごく", "高長", "たかなが", 14803)]
    moved = evidence.with_house_head(found, 5)
    assert [p.edges[-1].written for p in moved] == ["高長", "貴永"]
    assert moved[0].cost == 13939
    assert evidence.with_house_head(found[::-1], 5) == found[::-1]
    many = [_reading("佐藤", "さとう", "徹", "てつ", 7000),
            _reading("佐藤", "さとう", "哲", "てつ", 7300)]
    assert evidence.with_house_head(many, 5) == many
