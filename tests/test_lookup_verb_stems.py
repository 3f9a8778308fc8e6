"""A look-up's reading that writes a verb's stem as one kanji inside a written word (着
of 着る read き before 芸, 見 read み before 書) costs more (issue 10): such a composition
is one no dictionary lists, and Mozc prices the stems at next to nothing. Real rows of
tests/data/lookup."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

from jpterms.edge_charges import verb_stem_inside
from jpterms.kana import strip_macrons
from jpterms.lattice import query_slots
from jpterms.reverse import ReverseEngine

DATA = Path(__file__).parent / "data" / "lookup"


def _pairs(name: str) -> list[tuple[str, str]]:
    """(query without macrons, Japanese) of the rows of a development file."""
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return [(strip_macrons(unicodedata.normalize("NFC", r["gold_romaji"])), r["japanese"])
                for r in csv.DictReader(fh, delimiter="\t") if r.get("gold_romaji")]


def test_right_reading_before_verb_stems_inside_words() -> None:
    """Wherever a look-up's readings hold the right one, no reading before it composes a
    verb's stem with a word in one written word; and readings that do are still found
    (the charge orders them, it does not drop them)."""
    engine = ReverseEngine()
    found = charged = 0
    for query, japanese in _pairs("jawiki_publishers.tsv") + _pairs("hdic_terms.tsv"):
        slots = query_slots(query)
        paths = engine.paths(query, limit=5)
        stems = [verb_stem_inside(p, slots) for p in paths]
        charged += any(stems)
        written = [p.written for p in paths]
        if japanese in written:
            found += 1
            assert not any(stems[:written.index(japanese)]), (query, written)
    assert found > 50 and charged > 0
