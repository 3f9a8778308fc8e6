"""The Markdown reader's block parser is markdown-it's, with the line markers of its
state (where each line begins and ends, its indent in characters and columns) found a
line at a time at C speed: markdown-it's own loop steps through every leading space,
and text converted from PDF indents many lines.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.common.utils import isStrSpace
from markdown_it.parser_block import ParserBlock
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

    markdown._parser(normalize=True), markdown._parser(normalize=False)  # (built: probed)
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


@pytest.fixture()
def fresh_parsers() -> Iterator[None]:
    """Parsers built anew for the test, and again after it."""
    markdown._parser.cache_clear()
    yield
    markdown._parser.cache_clear()


def _wrong_marks(src: str) -> tuple[list[int], list[int], list[int], list[int]]:
    begins, ends, shifts, columns = markdown._marks(src)
    return begins, ends, [0] * len(shifts), columns  # indents lost: not markdown-it's


def _no_line_blocks() -> tuple[type[StateBlock], type[ParserBlock]]:
    raise AttributeError("another markdown-it")


@pytest.mark.usefixtures("fresh_parsers")
@pytest.mark.parametrize("broken", [("_marks", _wrong_marks), ("_line_blocks", _no_line_blocks)])
def test_markdown_its_own_block_parser_stands_in_where_the_markers_differ(
        broken: tuple[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    assert type(markdown._parser().block) is not ParserBlock  # the line markers' parser
    markdown._parser.cache_clear()
    monkeypatch.setattr(markdown, *broken)
    parser = markdown._parser()
    assert type(parser.block) is ParserBlock  # markdown-it's own, as it is
    stock = MarkdownIt("commonmark").disable(["inline", "text_join"])
    for text in _texts():
        assert [(t.type, t.map) for t in parser.parse(text)] == \
            [(t.type, t.map) for t in stock.parse(text)], repr(text[:60])
