"""kana.split_morae: the longest unit of the kana table at each place, found by one
search whose units are grouped by their first kana (one test a group, not one a unit)."""

from __future__ import annotations

import re
from pathlib import Path

from jpterms.kana import _morae_pattern, kana_table, split_morae, to_katakana

ROOT = Path(__file__).resolve().parent.parent


def longest_first(katakana: str) -> list[str]:
    """The split as the pattern made it before: every unit, longest first, one branch each."""
    units = sorted((k for k in kana_table() if len(k) > 1), key=len, reverse=True)
    return re.findall("|".join([*map(re.escape, units), "."]), katakana, re.DOTALL)


def test_the_grouped_search_splits_as_every_unit_tried_longest_first() -> None:
    units = [k for k in kana_table() if len(k) > 1]
    every = "".join(chr(c) for c in range(0x30A0, 0x3100)) + "ーぁあいうかきゃゅょAb 1\n"
    texts = [every, every[::-1], *(a + b for a in units for b in [*units, "ー", "ッ", "ン"])]
    sample = (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8")
    texts += [to_katakana(line) for line in sample.splitlines()]
    for text in texts:
        assert split_morae(text) == longest_first(text), text
    assert split_morae("キョウギ") == ["キョ", "ウ", "ギ"]
    # (one branch a first kana: fewer branches than units)
    assert _morae_pattern().pattern.count("(?:") < len(units) // 2
