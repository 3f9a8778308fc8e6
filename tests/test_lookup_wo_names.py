"""Names JMnedict spells with the old kana を (ゐ, ゑ) for a sound a query writes *o* (*i*, *e*)
(相田みつを あいだみつを, かをる): read so in a look-up (:data:`jpterms.lattice_words.OLD_KANA_NAME_COST`).

The query is a real row of tests/data/lookup (Wikidata's writers, from
github:richardjharris/yomikun-database@9e536d6 data/wikidata-nokana.jsonl.gz; provenance in
that folder's README), its macrons stripped as lookup_accuracy.py strips them. Before, the
lattice read the *o* of a name as お only, and JMnedict's 相田みつを was never offered.
"""

from __future__ import annotations

from tests.lookup_rows import query_for

import jpterms


def test_a_person_whose_name_jmnedict_spells_with_wo_is_found() -> None:
    query = query_for("wikidata_writers.tsv", "相田みつを")
    assert query == "Aida Mitsuo"
    first = jpterms.lookup(query)[0]
    assert first.kanji == "相田みつを"
    assert first.romaji == jpterms.romanize(first.kanji) == "Aida Mitsuo"

