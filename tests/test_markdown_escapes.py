"""The Markdown reader's inline scan stops at a backslash escape only where the escaped
character could start markup it finds (a backtick, ``<``, ``]``, ``h``, ``w`` or another
backslash): ``\\(`` or ``\\n`` start nothing, whether skipped or not, and were most of the
scan's stops in text converted from PDF or JSON.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jpterms.readers import markdown

_DATA = Path(__file__).parent / "data"
#: Every escape stops the scan (the pattern before): the reference.
_EVERY_ESCAPE = re.compile(markdown._INLINE.pattern.replace(
    r"\\(?P<escape>[\\`<\]hw])", r"\\(?P<escape>[^\n])"), re.VERBOSE)

_EDGES = [
    r"a \`code\` b `real` c", r"\\`code` and \<b> <i>x</i> \<!-- no -->", r"see \](x) [a\](b)",
    r"\https://x.org/a and \www.x.org b https://y.org/c", r"\\\\` two `", r"[t](u\)v) \(w\)",
    r"\n\t\*kyōgi\* *Tōkyō* \_a\_ _b_", "tail \\", r"\<http://a.b/c> <http://a.b/d>",
]


def _regions() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_DATA.rglob("*.md"))]
    return [text[a:b] for text in texts for a, b in markdown._kept_ranges(text)] + _EDGES


def test_an_escape_blanks_and_marks_as_every_escape_did(monkeypatch: pytest.MonkeyPatch) -> None:
    regions = _regions()
    escapes = sum(1 for r in regions for m in _EVERY_ESCAPE.finditer(r) if m.lastgroup == "escape")
    stops = sum(1 for r in regions for m in markdown._INLINE.finditer(r)
                if m.lastgroup == "escape")
    assert escapes >= 100 and stops * 2 < escapes
    found = [markdown._scan_inline(r) for r in regions]
    monkeypatch.setattr(markdown, "_INLINE", _EVERY_ESCAPE)
    assert found == [markdown._scan_inline(r) for r in regions]
