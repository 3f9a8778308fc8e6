"""A one-word look-up that a common word of two or more kanji reads whole (*Hekiken* 僻見,
*Kamoryo* 鴨猟) is not read first as one-kanji nouns glued (壁 + 権, 鴨 + 量). Rows are Aozora
Bunko's one-word titles and file names in tests/data/lookup (provenance in that folder's
README), macrons stripped."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms import Glossary
from jpterms.kana import strip_macrons
from jpterms.lattice import written_words

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"
_NOUN = 1851  # Mozc's context of common nouns


def _one_word_rows() -> list[tuple[str, str]]:
    rows = []
    for name in ("aozora_titles.tsv", "aozora_titles_more.tsv", "aozora_filenames.tsv"):
        with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                query = strip_macrons(row["gold_romaji"])
                if len(written_words(query)) == 1:
                    rows.append((query, row["japanese"]))
    return rows


def _glued_nouns(query: str) -> bool:
    """Whether the first reading of ``query`` glues one-kanji common nouns."""
    paths = Glossary.bundled().reverse_engine.paths(query, limit=5)
    edges = paths[0].edges if paths else ()
    return len(edges) > 1 and sum(len(e.written) == 1 and e.left == _NOUN for e in edges) > 0 \
        and all(len(e.written) == 1 for e in edges)


def test_a_whole_word_before_one_kanji_nouns_glued() -> None:
    rows = _one_word_rows()
    assert len(rows) >= 150
    golds = {query: kanji for query, kanji in rows}
    glued = [q for q in golds if _glued_nouns(q) and any(
        m.kanji == golds[q] for m in jpterms.lookup(q, limit=5))]
    assert glued == []  # Hekiken, Kamoryo, Botei, Shunchu on the old code
