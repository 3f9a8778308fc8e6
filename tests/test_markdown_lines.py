"""The Markdown reader's block parser is markdown-it's, with the line markers of its
state (where each line begins and ends, its indent in characters and columns) found a
line at a time at C speed: markdown-it's own loop steps through every leading space,
and text converted from PDF indents many lines.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.common.utils import isStrSpace
from markdown_it.rules_block import state_block
from markdown_it.rules_block.state_block import StateBlock

from jpterms.readers import markdown

_DATA = Path(__file__).parent / "data"
_EDGES = ["", "\n", "a", "a\n", "  \n", "  ", "a\n  ", "\t\tx\n \t y\n\t", "x\n\n\n",
          " \t \tq", "a\n \n b \n\t", "    code\n\n  - item\n\tmore\n", "a\r\n  b\r\n", "\t",
          "> quote\n>  more\n\n```\n  fenced\n```\n", "a\n\t \t\n"]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(_DATA.rglob("*.md"))] + _EDGES


def test_the_markers_are_markdown_its() -> None:
    md = MarkdownIt("commonmark")
    for text in _texts():
        state = StateBlock(text, md, {}, [])
        assert markdown._marks(text) == (state.bMarks, state.eMarks, state.tShift,
                                         state.sCount), repr(text[:60])


def test_the_blocks_are_markdown_its(monkeypatch: pytest.MonkeyPatch) -> None:
    stock = MarkdownIt("commonmark").disable(["inline", "text_join"])
    steps: list[str | None] = []

    def counted(ch: str | None) -> bool:
        steps.append(ch)
        return isStrSpace(ch)

    monkeypatch.setattr(state_block, "isStrSpace", counted)
    indented = 0
    for text in _texts():
        plain = "\r" not in text and "\0" not in text
        steps.clear()
        ours = [(t.type, t.map, t.nesting, t.level)
                for t in markdown._parser(normalize=not plain).parse(text)]
        our_steps = len(steps)
        steps.clear()
        theirs = [(t.type, t.map, t.nesting, t.level) for t in stock.parse(text)]
        assert ours == theirs, repr(text[:60])
        if any(line.startswith(("  ", "\t")) for line in text.splitlines()):
            assert our_steps < len(steps), repr(text[:60])  # no step through the indents
            indented += 1
    assert indented >= 10
