"""How many answers a caller asks for does not change the answers: ``lookup(q, limit=n)``
is the first ``n`` of ``lookup(q)`` (five) for every ``n`` up to five.

The search's beam grew with ``limit``, and a search for one answer read the query as the
checker does, so ``limit=1`` answered 壁権 for *Hekiken* (Aozora's 僻見, found first with
five answers) and 甲西 for *Kosei*: 5 of 400 dev queries (tests/data/lookup, drawn with a
fixed seed) had another first answer with ``limit=1``, and 225 of them were right first
against 227 with five.
"""

from __future__ import annotations

import pytest
from tests.lookup_rows import query_for

import jpterms

#: Real dev queries whose first answer changed with ``limit=1``, and others that did not.
QUERIES = [
    query_for("aozora_titles_more.tsv", "僻見"),  # Hekiken
    query_for("aozora_titles_more.tsv", "後世"),  # Kosei
    "Wado", "Tojo", "Watanabe Ayuka",
    "Nichiei saiba kyogi no kaisai ni tsuite", "Chuo Koron Shinsha", "Hara Takushi",
]


@pytest.mark.parametrize("query", QUERIES)
def test_fewer_answers_are_the_first_of_five(query: str) -> None:
    five = [m.kanji for m in jpterms.lookup(query)]
    assert len(five) == 5
    for n in range(1, 5):
        assert [m.kanji for m in jpterms.lookup(query, limit=n)] == five[:n]


def test_hekiken_is_found_with_one_answer() -> None:
    assert jpterms.lookup(query_for("aozora_titles_more.tsv", "僻見"), limit=1)[0].kanji == "僻見"
