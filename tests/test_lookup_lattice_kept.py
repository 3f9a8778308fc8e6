"""A look-up of one word searches its query's lattice twice: for five readings, then for
ten (the readings a deeper search adds come after the first five: ``ONE_WORD_DEPTH``).
The lattice does not depend on how many readings are asked for, so
:meth:`jpterms.reverse.ReverseEngine._lattice` builds it once and keeps it for the next
search: a first look-up of a one-word dev title took a lattice and rescoring twice. The
first search also looks as deep as the second asks (:data:`DEEPER_READINGS`) and keeps
what it found (:meth:`ReverseEngine._cheapest`): the cheapest readings to one depth are the
first of the cheapest to a greater one.

Counted, not timed: one lattice per one-word look-up, and the same results as an engine
that keeps none. The queries are real rows' romaji (tests/data/dev_titles.tsv), one word
each, macrons stripped.
"""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms.lookup_costs import DEEPER_READINGS, SPARE_READINGS
from jpterms.lru import LRU
from jpterms.one_word import ONE_WORD_DEPTH

ROWS = Path(__file__).parent / "data" / "dev_titles.tsv"


def _one_word_queries(count: int = 8) -> list[str]:
    with ROWS.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    fold = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
    queries = [r["hepburn"].translate(fold) for r in rows]
    one_word = [q for q in queries if len(q.split()) == 1 and "-" not in q]
    return list(dict.fromkeys(one_word))[:count]


def _results(query: str, glossary: jpterms.Glossary) -> list[tuple[str, str, str, float]]:
    return [(m.kanji, m.kana, m.romaji, m.score)
            for m in jpterms.lookup(query, glossary=glossary)]


def test_a_one_word_look_up_builds_one_lattice() -> None:
    glossary = jpterms.Glossary.load()  # its own engine: nothing cached from other tests
    engine = glossary.reverse_engine
    queries = _one_word_queries()
    assert len(queries) == 8  # jieitai, nagoya, sapporo, hokkaido, ...
    for query in queries:
        before, reused = engine.lattices_built, engine.searches_reused
        assert jpterms.lookup(query, glossary=glossary)
        assert engine.lattices_built == before + 1, query
        # and searches it once: the second search's readings are the first's, deeper
        assert engine.searches_reused == reused + 1, query


def test_the_first_search_looks_as_deep_as_the_second() -> None:
    assert DEEPER_READINGS >= ONE_WORD_DEPTH + SPARE_READINGS + 3  # 3: an era name's


def test_a_kept_lattice_reads_as_a_new_one() -> None:
    kept = jpterms.Glossary.load()
    fresh = jpterms.Glossary.load()
    fresh.reverse_engine._lattices = LRU(0)  # keeps nothing: each search builds its own
    fresh.reverse_engine._cheapest_found = LRU(0)
    queries = _one_word_queries()
    for query in queries:
        assert _results(query, kept) == _results(query, fresh), query
    assert kept.reverse_engine.lattices_built == len(queries)
    assert fresh.reverse_engine.lattices_built == 2 * len(queries)
    assert kept.reverse_engine.searches_reused == len(queries)
    assert fresh.reverse_engine.searches_reused == 0
