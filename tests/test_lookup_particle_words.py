"""A particle the query writes as a word of its own (*Yo to mannenhitsu*, *Shina no e*) is
not the end of a longer word read from the written word before it (用途 over "Yo to", 信濃
over "Shina no"). Rows are Aozora Bunko's titles and file names in tests/data/lookup
(provenance in that folder's README), macrons stripped."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms import Glossary
from jpterms.kana import strip_macrons
from jpterms.lattice import query_slots, written_words
from jpterms.romaji import PARTICLE_WORDS

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _queries_with_particle_words() -> list[str]:
    """Queries with a particle written as a word after another written word."""
    out = []
    for name in ("aozora_titles.tsv", "aozora_titles_more.tsv", "aozora_filenames.tsv"):
        with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                query = strip_macrons(row["gold_romaji"])
                words = [w for w, punct, _ in written_words(query) if not punct]
                if any(w.lower() in PARTICLE_WORDS for w in words[1:]):
                    out.append(query)
    return out


def _swallowing_words(query: str) -> list[str]:
    """The words of the best reading that run on from an earlier written word over a
    particle written as a word, and write that particle in no kana (並びに for *narabi ni*
    writes it)."""
    slots = query_slots(query)
    parts = written_words(query)
    particles = {i for i, (w, punct, _) in enumerate(parts)
                 if not punct and w.lower() in PARTICLE_WORDS}
    paths = Glossary.bundled().reverse_engine.paths(query, limit=5)
    return [e.written for e in (paths[0].edges if paths else ())
            if slots[e.end - 1].word in particles and slots[e.start].word != slots[e.end - 1].word
            and slots[e.end - 1].last and not "ぁ" <= e.written[-1] <= "ゖ"]


def test_a_particle_word_ends_no_longer_word() -> None:
    queries = _queries_with_particle_words()
    assert len(queries) >= 150  # Yo to mannenhitsu, Shina no e, Seinen to shi, ...
    swallowing = {q: words for q in queries if (words := _swallowing_words(q))}
    assert swallowing == {}
