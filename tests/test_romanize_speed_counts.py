"""The romaniser's work, counted (never timed): one MeCab call per run of Japanese, one
token per distinct MeCab line, and nothing romanised afresh for text it has read before.
(Time itself is measured in benchmarks/bench_romanize.py and bench_romanize_parts.py.)"""

from __future__ import annotations

import bisect
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jpterms import mecab_rows, row_reader
from jpterms.kana import normalize_japanese
from jpterms.romanize import _JAPANESE, Romanizer

romanize_module = importlib.import_module("jpterms.romanize")

ROOT = Path(__file__).resolve().parent.parent
#: Real technical prose (the first 300 lines of the speed corpus, benchmarks/data/README.md)
#: without digits, so that no counter after a number is read twice (see _after_digits).
LINES = [line.strip() for line in
         (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8").splitlines()
         if line.strip() and not any(ch.isdigit() for ch in normalize_japanese(line))]


def test_one_mecab_call_per_run_and_one_token_per_distinct_line(
        record_calls: Callable[[object, str], list[Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_rows = mecab_rows.rows_of
    # (one list of the calls from either module: the romaniser's and the passes' own)
    calls = record_calls(mecab_rows, "rows_of")
    monkeypatch.setattr(romanize_module, "rows_of", mecab_rows.rows_of)
    monkeypatch.setattr(row_reader, "rows_of", mecab_rows.rows_of)
    r = Romanizer()
    made = record_calls(r, "_new_token")
    runs = [m.group(0) for line in LINES for m in _JAPANESE.finditer(normalize_japanese(line))]
    assert len(LINES) > 200 and len(runs) > len(LINES)

    first = [r._romanize(line) for line in LINES]
    # one MeCab call per run of Japanese, in order (and once per kanji that begins a run
    # after Latin letters, read after a noun: mecab_rows._suffix_after_noun)
    # and once per kanji UniDic cut as a given name after a clause, read in その + kanji +
    # は: mecab_rows._counter_noun_row)
    lead, det = mecab_rows._NOUN_LEAD, mecab_rows._NOUN_DETERMINER

    def own(c: str) -> bool:  # (and once for the particle は after a noun: _topic_row)
        return not ((c.startswith(lead) and len(c) == len(lead) + 2) or c == lead + "は"
                    or (c.startswith(det) and len(c) == len(det) + 2 and c.endswith("は")))
    runs_called = [c for c in calls if own(c)]
    assert runs_called == runs
    assert len(made) == len(set(made))  # each distinct MeCab line becomes a token once
    # (MeCab's lines, with the parts of a loanword that English writes as one word joined,
    # each word of mecab_rows.WORD_PASSES read as its context asks where it is (何 ナニ, 空
    # カラ), a one-kanji given name after a clause as the noun, and a suffix after Latin
    # letters as after a noun: mecab_rows.no_name_rows, suffix_rows)
    # (each run as read where it comes: after Latin letters, or not)
    placed = {(m.group(0), bool(romanize_module._LETTERS_BEFORE.search(
        normalize_japanese(line)[:m.start()])))
        for line in LINES for m in _JAPANESE.finditer(normalize_japanese(line))}

    def rows(run: str, suffix: bool) -> list[str]:
        out = real_rows(run)
        for word, reread in mecab_rows.WORD_PASSES:  # (each where its word is)
            out = reread(out) if word in run else out
        out = mecab_rows.no_name_rows(out) if ",人名,名," in "".join(out) else out
        return mecab_rows.suffix_rows(mecab_rows.topic_rows(out)) if suffix else out
    assert set(made) == {row for run, suffix in placed
                         for row in r.rows._loanwords_joined(rows(run, suffix))}
    learnt, tokens, segments = r.segment_misses, len(r._tokens), len(r._segments)

    # Read again: the same answers from memory, MeCab called as before, nothing new made.
    assert [r._romanize(line) for line in LINES] == first
    assert [c for c in calls if own(c)] == runs + runs
    assert (r.segment_misses, len(r._tokens), len(r._segments)) == (learnt, tokens, segments)
    assert r.whole_chunks == 0


def test_each_tokens_glossary_flags_say_what_the_glossary_spells() -> None:
    """Only a token whose flags say so is looked at as the start of a glossary word:
    _SPELLED exactly where its surface is a glossary spelling, _EXTENDS exactly where a
    longer spelling begins with it (found here by a sorted search of the spellings, not
    by the prefix set the romaniser builds), on every token of real lines."""
    r = Romanizer()
    for line in LINES:
        r._romanize(line)
    spellings = sorted(r._override)
    counts = {"spelled": 0, "extends": 0}
    for token in r._tokens.values():
        surface = token.surface
        at = bisect.bisect_right(spellings, surface)  # (the spellings after the surface)
        extends = at < len(spellings) and spellings[at].startswith(surface)
        assert bool(token.flags & romanize_module._SPELLED) == (surface in r._override)
        assert bool(token.flags & romanize_module._EXTENDS) == extends
        counts["spelled"] += surface in r._override
        counts["extends"] += extends
    # (floors: enough tokens of each kind were looked at; 100 extend, 101 before a kana
    # cut off a loanword was made part of it: one token fewer)
    assert len(r._tokens) > 1000 and counts["spelled"] > 20 and counts["extends"] > 90


def test_a_segment_is_written_capitalised_or_not_from_one_reading() -> None:
    """A segment met at a sentence's start (first word capitalised) and again where its
    first word is not (or the other way round) is written from the one reading: only that
    word's first letter differs. Real lines, then each after a word in letters (its first
    run no longer capitalised): the answers are a fresh romaniser's, and no segment is
    read again (before, each first segment of a line was read once more, 70 here)."""
    r = Romanizer()
    first = [r._romanize(line) for line in LINES]
    learnt = r.segment_misses
    after = [r._romanize("x " + line) for line in LINES]
    assert r.segment_misses == learnt
    fresh = Romanizer()
    assert after == [fresh._romanize("x " + line) for line in LINES]
    assert sum(a[2:] != f for a, f in zip(after, first, strict=True)) > 100  # (171 differ)
