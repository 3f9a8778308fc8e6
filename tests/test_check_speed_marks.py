"""Context.cited_spans' emphasis marks (``*…*``, ``_…_`` left in the text) are found by a
pattern that opens with the mark, its look-behind after it, so that the regex engine
skips ahead to the marks: it matches where the pattern with the look-behind first (as it
was written) matches, on real documents and on every short text of marks, letters,
spaces and line ends.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence, never time.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from jpterms.rules.base import _EMPHASIS_MARKS

_DATA = Path(__file__).parent / "data"
#: The pattern as it was written, look-behind first.
_PLAIN = re.compile(r"(?<![\w*])\*(?!\s)[^*\n]+(?<!\s)\*(?![\w*])"
                    r"|(?<![\w_])_(?!\s)[^_\n]+(?<!\s)_(?![\w_])")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_emphasis_marks_match_where_the_plain_pattern_matches() -> None:
    found = 0
    for path in sorted(_DATA.rglob("*")):
        if path.suffix in (".md", ".txt", ".bib") and path.is_file():
            text = path.read_text(encoding="utf-8")
            assert _spans(_EMPHASIS_MARKS, text) == _spans(_PLAIN, text), path
            found += len(_spans(_PLAIN, text))
    assert found > 100
    for n in range(1, 7):
        for letters in itertools.product("*_a é\n", repeat=n):
            text = "".join(letters)
            assert _spans(_EMPHASIS_MARKS, text) == _spans(_PLAIN, text), repr(text)
