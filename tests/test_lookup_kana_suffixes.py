"""A suffix current writing spells in kana (``data/kana_suffixes.tsv``: 達 as たち) comes in
kana first where Mozc lists both spellings of the word: Aozora Bunko writes 兄たち and
黒石の人たち (tests/data/lookup, provenance in that folder's README; macrons stripped)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import jpterms
from jpterms import Glossary
from jpterms.kana import strip_macrons

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _rows_with_kana_suffix() -> list[tuple[str, str]]:
    """(query, kanji) of the Aozora rows that write たち right after a kanji."""
    rows = []
    for name in ("aozora_titles.tsv", "aozora_titles_more.tsv", "aozora_filenames.tsv"):
        with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
            rows += [(strip_macrons(r["gold_romaji"]), r["japanese"])
                     for r in csv.DictReader(fh, delimiter="\t")
                     if re.search(r"[一-龯]たち", r["japanese"])]
    return rows


def test_the_kana_spelling_of_the_suffix_comes_first() -> None:
    rows = _rows_with_kana_suffix()
    assert len(rows) >= 2  # Anitachi 兄たち, Kuroishi no hitotachi 黒石の人たち
    for query, kanji in rows:
        found = [m.kanji for m in jpterms.lookup(query)]
        assert found[0] == kanji, query
        assert kanji.replace("たち", "達") in found  # the kanji spelling stays a reading


def test_only_a_suffix_listed_in_both_spellings() -> None:
    engine = Glossary.bundled().reverse_engine
    assert engine._kana_suffixed("人達", "ひとたち")
    assert not engine._kana_suffixed("伊達", "だて")  # 達 is no suffix here
    assert not engine._kana_suffixed("達", "たち")  # the suffix alone
