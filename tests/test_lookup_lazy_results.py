"""A look-up romanises and glosses only the results a caller reads.

A :class:`jpterms.Match` takes its romaji, English and words as functions made into values
when first read. Two steps of a look-up used to read them all the same: re-scoring a
copy (``Match.replace``, which the one-word reordering and the score clamp call on every
result) and asking whether a reading has words (each word's English and romaji were made
with it). So a first look-up of a title romanised and glossed all five results: 15 → 8 ms
CPU per dev title (``../shared/data/dev_titles.tsv``, session 43). Counted here, not timed:
no romanisation and no gloss until a field is read. The queries are real rows' romaji
(tests/data/dev_titles.tsv), macrons stripped.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms
from jpterms.result_english import ResultGlosses
from jpterms.reverse import ReverseEngine
from jpterms.romanize import Romanizer

ROWS = Path(__file__).parent / "data" / "dev_titles.tsv"


def _queries() -> list[str]:
    with ROWS.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    fold = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")
    return [r["hepburn"].translate(fold) for r in rows[:12]]


def test_results_are_romanised_and_glossed_only_when_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    # what makes a result's fields: its romaji, its English, its words' romaji and English
    for cls, name in ((ReverseEngine, "_romaji"), (ResultGlosses, "english"),
                      (ResultGlosses, "word_romaji"), (ResultGlosses, "gloss"),
                      (Romanizer, "romanize_as")):
        original = getattr(cls, name)

        def counted(self, *args, _original=original, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, counted)
    glossary = jpterms.Glossary.load()  # its own engine: nothing cached from other tests
    found = {q: jpterms.lookup(q, glossary=glossary) for q in _queries()}
    assert sum(map(len, found.values())) >= 40
    assert calls == []
    # read, the fields are what they always were: romanize's Hepburn of the kanji
    query, results = next((q, r) for q, r in found.items() if len(r[0].words) > 1)
    top = results[0]
    assert calls == []  # asking for the words makes no romaji nor English of them
    assert top.romaji and top.english and top.words[0].romaji
    assert {"_romaji", "english", "word_romaji"} <= set(calls)
    assert jpterms.lookup(query, glossary=glossary)[0].romaji == top.romaji
