"""The Markdown reader's block parser tries, at each line, only the block rules that may
take a line starting with its first character (markdown-it hands a paragraph's every
line to the six rules that might end it, twice), and keeps no block's text (only
markdown-it's inline parser, which is off, reads it). The tokens are markdown-it's.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work (the rules' calls, as markdown-it's debug log records each),
never time.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt, rules_block
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.token import Token

from jpterms.readers import markdown

_DATA = Path(__file__).parent / "data"
#: Pieces of block syntax (and text) that random documents are made of.
_PIECES = ["a", "b c", "#", "# ", "## x", "-", "- ", "* ", "+ ", "*", "**", "***", "---",
           "___", "_", "1. ", "1) ", "2. ", "10. ", ">", "> ", "<div>", "</div>", "<!--",
           "-->", "<a href=x>", "```", "~~~", "`", "[a]: /u", "[a]", "[^1]: n", "===",
           "\t", "    ", "  ", " ", "x", "\\", "| a |", "<?", "<script>", "</script>"]


def _blocks(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [(t.type, t.tag, t.map, t.nesting, t.level, t.markup, t.info, t.hidden, t.block,
             t.attrs) for t in tokens]


def _ours(text: str) -> list[Token]:
    return markdown._parser(normalize="\r" in text or "\0" in text).parse(text)


def _stock() -> MarkdownIt:
    return MarkdownIt("commonmark").disable(["inline", "text_join"])


def _random_texts(count: int) -> Iterator[str]:
    rng = random.Random(15)
    for _ in range(count):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", "\n", "\n", "\n\n"])
                       for _ in range(rng.randint(1, 30)))
        yield text.replace("\n", "\r\n") if rng.random() < 0.1 else text


def test_the_blocks_are_markdown_its_on_real_and_random_text() -> None:
    stock = _stock()
    texts = [p.read_text(encoding="utf-8") for p in sorted(_DATA.rglob("*.md"))]
    for text in [*texts, *_random_texts(3000)]:
        assert _blocks(_ours(text)) == _blocks(stock.parse(text)), repr(text[:80])


class _Entered(logging.Handler):
    """Counts markdown-it's block rules entered (each logs "entering NAME" first)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += record.msg.startswith("entering ")


@pytest.fixture()
def entered() -> Iterator[_Entered]:
    logger = logging.getLogger("markdown_it.rules_block")
    handler, level = _Entered(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


def test_a_line_is_handed_only_to_the_rules_that_may_take_it(entered: _Entered) -> None:
    stock = _stock()
    texts = [p.read_text(encoding="utf-8") for p in sorted(_DATA.rglob("*.md"))]
    text = "\n\n".join(texts)
    _ours(text)
    ours, entered.count = entered.count, 0
    stock.parse(text)
    # a paragraph's lines no longer meet every rule that might end it, twice
    assert ours * 3 < entered.count, (ours, entered.count)


def test_a_chain_with_a_rule_not_markdown_its_own_stays_as_it_is() -> None:
    def plugin(state: object, line: int, end: int, silent: bool) -> bool:
        return False

    assert markdown._by_first_character([rules_block.hr, plugin]) is None
    assert markdown._by_first_character([rules_block.hr, rules_block.paragraph]) is not None
    table = _stock().enable("table")
    ruler = markdown._FirstCharacterRuler(table.block.ruler)
    assert ruler.getRules("paragraph") == table.block.ruler.getRules("paragraph")



def test_a_markdown_it_whose_rules_read_block_text_keeps_the_line_markers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """markdown-it 3.x's link reference rule reads a definition through ``getLines``: there
    the parser whose state copies no block text makes other tokens on the probe, and the
    one whose state copies it is used, not markdown-it's own parser (which steps through
    every leading space). Here the first is made to fail the probe."""
    real = markdown._line_blocks

    def line_blocks(texts: bool = False, quick: bool = False
                    ) -> tuple[type[StateBlock], type[ParserBlock]]:
        state, blocks = real(True, quick)
        if texts:
            return state, blocks

        class Refused(blocks):  # type: ignore[misc, valid-type]
            def parse(self, src: str, md: MarkdownIt, env: object,
                      outTokens: list[Token]) -> list[Token] | None:
                return []  # not markdown-it's tokens: the probe refuses this parser

        return state, Refused

    markdown._parser.cache_clear()
    monkeypatch.setattr(markdown, "_line_blocks", line_blocks)
    try:
        parser = markdown._parser()
        assert type(parser.block).__name__ == "LineBlocks"  # the text-copying one
        text = "[a]: /u\n\nKyōto *Nihon*\n\n    code\n"
        assert _blocks(parser.parse(text)) == _blocks(_stock().parse(text))
        assert [t.content for t in parser.parse(text) if t.type == "inline"] == ["Kyōto *Nihon*"]
    finally:
        markdown._parser.cache_clear()
