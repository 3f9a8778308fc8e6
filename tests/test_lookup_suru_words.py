"""A form of する that the query writes as a word of its own (*Senryō suru me*, *to
shite*) is read as the verb: no longer word runs over it (寿留女, するめ over "suru me").
Rows are the real titles of tests/data/lookup (provenance in that folder's README) that
write such a form, macrons stripped."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms import Glossary
from jpterms.kana import strip_macrons
from jpterms.lattice import query_slots, written_words
from jpterms.romaji import SURU_WORDS

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _suru_queries() -> list[str]:
    """Development queries with a form of する written as a word after another word."""
    out = []
    for path in sorted(LOOKUP_DATA.glob("*.tsv")):
        if path.stem.endswith("_heldout"):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                query = strip_macrons(row.get("gold_romaji") or "")
                words = [w for w, punct, _ in written_words(query) if not punct]
                if any(w.lower() in SURU_WORDS for w in words[1:]):
                    out.append(query)
    return out


def _over_suru(query: str) -> list[str]:
    """The words of the best reading that go on past a written form of する, or end on
    one without writing it in kana."""
    slots = query_slots(query)
    parts = written_words(query)
    suru = {i for i, (w, punct, hyphen) in enumerate(parts)
            if not punct and not hyphen and w.lower() in SURU_WORDS}
    paths = Glossary.bundled().reverse_engine.paths(query, limit=5)
    found = []
    for e in paths[0].edges if paths else ():
        first, last = slots[e.start].word, slots[e.end - 1].word
        if first != last and (any(w in suru for w in range(first, last)) or (
                last in suru and not e.written.endswith(SURU_WORDS[parts[last][0].lower()]))):
            found.append(e.written)
    return found


def test_no_word_runs_over_a_written_suru() -> None:
    queries = _suru_queries()
    assert len(queries) >= 7  # Ichiban kinori no suru toki, Shokumotsu to shite, ...
    assert {q: words for q in queries if (words := _over_suru(q))} == {}


def test_suru_me_is_the_verb_and_a_noun() -> None:
    # cite-non-english's 占領する眼・占領する声: "suru me" was 寿留女 (dried squid)
    best = jpterms.lookup("Senryo suru me senryo suru koe", limit=5)
    assert best[0].kanji.startswith("占領する") and "寿留女" not in best[0].kanji
    assert "占領する眼占領する声" in [m.kanji for m in best]
    assert not any("するめ" in m.kanji for m in jpterms.lookup("Kenkyu suru me", limit=3))
