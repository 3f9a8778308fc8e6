"""A word the writer parts with an apostrophe lacks no macron of a word parted otherwise
(the romanise-strip-check probe, benchmarks/measure_roundtrip.py: 寸延短刀 *Sun'en tantō*,
tests/data/readings/jawiki_draw.tsv, got "Sūnen", likely: 数年, す + う + ね + ん)."""

from __future__ import annotations

import jpterms


def _found(title: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in jpterms.check(f"“{title}”", path="a.md")]


def test_the_apostrophe_parts_the_word() -> None:
    assert _found("Sun'en tanto") == [("tanto", ("tantō",))]


def test_a_suggestion_that_keeps_it_stands() -> None:
    assert ("Shin'yo", ("Shin'yō",)) in _found("Shin'yo no kenkyu")


def test_a_guess_from_the_parts_keeps_the_apostrophe() -> None:
    # 大野剣友会 Ōno ken'yūkai: no dictionary lists 剣友会; the guess from its parts was
    # "kenyūkai", which drops the apostrophe Hepburn writes in けんゆうかい
    assert ("ken'yukai", ("ken'yūkai",)) in _found("Ono ken'yukai")
