"""Read Markdown: the prose, with code, markup and link targets blanked out.

Block structure comes from markdown-it-py (CommonMark): only the lines of
paragraphs, headings and HTML blocks are kept; fenced and indented code,
link reference definitions and everything else become spaces. Inside the kept
lines our own scanner blanks code spans, HTML comments and tags, autolinks,
bare URLs and link destinations, and finds emphasis (``*…*``, ``_…_``), which
it marks as spans of the segment: markdown-it's inline tokens carry no source
positions. ``<!-- jpterms off -->`` … ``<!-- jpterms on -->`` is blanked whole.

The blanked text has exactly the length of the source and keeps its line
breaks, so every offset in it is an offset in the source.

>>> blank_markdown("See `kyogi` and [MOFA](https://mofa.go.jp/) now.")
'See         and [MOFA](                   ) now.'
>>> blank_markdown("a\\n```\\nsaiba\\n```\\nb")
'a\\n   \\n     \\n   \\nb'
>>> seg = markdown_segment("Read *Kinsei shiryo no kenkyu* first.")
>>> [seg.text[s:e] for s, e, _ in seg.spans]
['Kinsei shiryo no kenkyu']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from functools import cache
from itertools import accumulate, repeat
from operator import sub
from typing import TYPE_CHECKING, Literal

from jpterms.document import EMPHASIS, PROSE, Segment

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.parser_block import ParserBlock, RuleFuncBlockType
    from markdown_it.ruler import Ruler
    from markdown_it.rules_block.state_block import StateBlock
    from markdown_it.token import Token
    from markdown_it.utils import EnvType

#: Each alternative opens with its own literal character (the named group after it), so
#: the regex engine skips ahead to the characters a match can start with. An escape
#: matters only before a character another alternative starts with (\` \< \] \h \w
#: \\): ``\(`` or ``\n`` (most escapes) start nothing, whether skipped or not.
_INLINE = re.compile(
    r"""
    \\(?P<escape>[\\`<\]hw])
  | `(?P<ticks>`*)
  | <(?:(?P<comment>!--)
      |(?P<autolink>(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>)
      |(?P<tag>/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>))
  | \](?P<link>\()
  | h(?<!\wh)(?P<url>ttps?://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])
  | w(?<!\ww)(?P<www>ww\.[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])
    """,
    re.VERBOSE,
)
#: A link destination and optional title after ``](``: balanced parentheses one deep.
_DESTINATION = re.compile(
    r"""[ \t]*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"""
    r"""(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*(?=\))"""
)
_TICKS = re.compile(r"`+")
_OFF = re.compile(r"<!--\s*jpterms[\s:]+off\s*-->", re.IGNORECASE)
_ON = re.compile(r"<!--\s*jpterms[\s:]+on\s*-->", re.IGNORECASE)
_NOT_BREAKS = re.compile(r"[^\r\n]+")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_PLUS_ONE = (1).__add__
_MINUS_ONE = (-1).__add__
#: The opening mark first, its look-behind (no word before) after it, as the url above:
#: the regex engine then skips ahead to the characters a match can start with. Beside
#: CommonMark's closing mark (no space before it), one after a word and a space, or a
#: word, a comma (.;:) and a space, with a space, backslash or bracket after it: Markdown
#: extracted from PDF closes emphasis so (*Nihon jinkoshi 1, * 732; *Joso *\(1754\));
#: :func:`_scan_inline` leaves the space and punctuation out of the span. Either closing
#: begins with the opening mark, so ``(?=[*_])`` first: the lazy span steps over each other
#: character on one test, not on the look-behinds of both closings (the same matches, half
#: the time).
_EMPHASIS = re.compile(
    r"(\*(?<![\w*\\]\*)\*?|_(?<![\w*\\]_)_?)(?![\s*_])(.{1,400}?)(?=[*_])"
    r"(?:(?<![\s\\*_])\1(?![\w*])|(?:(?<=\w[,.;:] )|(?<=\w ))\1(?=[\s\\(]|$))",
    re.DOTALL)
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:[^\r\n]*", re.MULTILINE)
#: Block tokens whose lines hold prose.
_KEPT = ("inline", "html_block")


@cache
def _parser(normalize: bool = True) -> MarkdownIt:
    """markdown-it's block parser (``normalize=False``: without its first step, which
    turns ``\\r`` line ends into ``\\n`` and NUL into U+FFFD, for a text that has
    neither: the step would copy the text unchanged)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark")
    parser.disable(["inline", "text_join"])  # blocks only: the inline scan is ours
    if not normalize:
        parser.disable("normalize")
    _use_line_blocks(parser)
    return parser


#: Tabs, indents, a list, indented code, a fence, a line of spaces and tabs, and a last
#: line of spaces only: the cases of markdown-it's line markers.
_PROBE = ("a\n  b\n\t c\n \t\n- x\n    y\n\n    code\n\n```\n\tz\n```\n"
          "p\n# h\nq\n> b\n> c\nr\n***\ns\n<div>\nt\n~~~\n~~~\nu\n1. v\n2) w\n+ x\n"
          "[r]: /u\nT\n===\n\n[s]: /v 't'\n\n  ")


def _use_line_blocks(parser: MarkdownIt) -> bool:
    """Give ``parser`` the block parser of :func:`_line_blocks` if, on :data:`_PROBE`, its
    state has markdown-it's own line markers and it makes markdown-it's own tokens: first
    the one that copies no block's text, then (for a markdown-it whose block rules read
    text they parse through ``getLines``, as 3.x's link reference rule does) the one that
    does; each first with tokens made without markdown-it's own ``Token()`` (see
    :func:`_line_blocks`), then with it. Another version of markdown-it whose internals
    differ keeps its own block parser (as it does on any error here)."""
    from markdown_it.rules_block.state_block import StateBlock

    for texts, quick in ((False, True), (False, False), (True, True), (True, False)):
        try:
            state, line_blocks = _line_blocks(texts, quick)
            blocks = line_blocks()
            # (its rules as the preset configured them, each chain asking first what a
            # line starts with)
            blocks.ruler = _FirstCharacterRuler(parser.block.ruler)  # type: ignore[assignment]
            stock, ours = StateBlock(_PROBE, parser, {}, []), state(_PROBE, parser, {}, [])
            same = all(getattr(stock, name) == getattr(ours, name) for name in _MARKERS) and \
                _blocks(parser.block.parse(_PROBE, parser, {}, [])) == \
                _blocks(blocks.parse(_PROBE, parser, {}, []))
        except Exception:  # another markdown-it: its own parser, as it is
            continue
        if same:
            parser.block = blocks
            return True
    return False


_MARKERS = ("bMarks", "eMarks", "tShift", "sCount", "bsCount", "lineMax", "src")


def _blocks(tokens: list[Token] | None) -> list[tuple[object, ...]]:
    """Every field of each token but its text (``content``, which only the inline parser
    reads)."""
    return [(t.type, t.tag, t.map, t.nesting, t.level, t.attrs, t.children, t.markup, t.info,
             t.meta, t.block, t.hidden) for t in tokens or ()]


#: The fields of markdown-it's ``Token`` (4.x and 3.x), which :func:`_line_blocks` sets.
_TOKEN_FIELDS = ("type", "tag", "nesting", "attrs", "map", "level", "children", "content",
                 "markup", "info", "meta", "block", "hidden")


@cache
def _line_blocks(texts: bool = False, quick: bool = False
                 ) -> tuple[type[StateBlock], type[ParserBlock]]:
    """markdown-it's block state and parser, the state's line markers found by :func:`_marks`
    (the same markers; markdown-it's own loop steps through every leading space, and a
    text converted from PDF indents many of its lines). Unless ``texts``, the state copies
    no block's text (``getLines``): only markdown-it's inline parser, which is off, reads
    it in markdown-it 4.x. With ``quick``, where ``Token`` has exactly the fields
    :data:`_TOKEN_FIELDS` names, a block's token is made with its fields set one by one to
    what ``Token(type, tag, nesting)`` gives them, without the dataclass's ``__init__`` and
    ``__post_init__`` (a third of the parse: 18,500 tokens in 1 MB)."""
    import dataclasses

    from markdown_it.parser_block import ParserBlock
    from markdown_it.rules_block.state_block import StateBlock
    from markdown_it.token import Token

    quick = quick and tuple(f.name for f in dataclasses.fields(Token)) == _TOKEN_FIELDS
    new = object.__new__

    class LineState(StateBlock):
        def __init__(self, src: str, md: MarkdownIt, env: EnvType, tokens: list[Token]) -> None:
            super().__init__("", md, env, tokens)  # (no lines: no markers to step through)
            self.src = src
            self.bMarks, self.eMarks, self.tShift, self.sCount = _marks(src)
            self.bsCount = [0] * len(self.bMarks)
            self.lineMax = len(self.bMarks) - 1

        if not texts:
            def getLines(self, begin: int, end: int, indent: int, keepLastLF: bool) -> str:
                return ""  # a block's text, which only the inline parser (off) reads

        if quick:
            def push(self, ttype: str, tag: str, nesting: Literal[-1, 0, 1]) -> Token:
                token = new(Token)  # StateBlock.push, with Token(ttype, tag, nesting)'s fields
                token.type, token.tag, token.nesting = ttype, tag, nesting
                token.attrs, token.map, token.children = {}, None, None
                token.content = token.markup = token.info = ""
                token.meta, token.block, token.hidden = {}, True, False
                if nesting < 0:
                    self.level -= 1  # closing tag
                token.level = self.level
                if nesting > 0:
                    self.level += 1  # opening tag
                self.tokens.append(token)
                return token

    class LineBlocks(ParserBlock):
        def parse(self, src: str, md: MarkdownIt, env: EnvType,
                  outTokens: list[Token]) -> list[Token] | None:
            if not src:
                return None
            state = LineState(src, md, env, outTokens)
            self.tokenize(state, state.line, state.lineMax)
            return state.tokens

    return LineState, LineBlocks


#: The characters one of markdown-it's block rules needs at the start of a line (after its
#: indent), the same in markdown-it 3.x and 4.x: on any other line it returns False at
#: once. The rules not named here (code, lheading, paragraph) may take any line.
_FIRST_CHARACTERS = {"fence": "`~", "blockquote": ">", "hr": "*-_", "list_block": "*+-0123456789",
                     "reference": "[", "html_block": "<", "heading": "#"}
_ANY_START = ("code", "lheading", "paragraph")


class _FirstCharacterRuler:
    """markdown-it's ruler of block rules, whose chains (the rules tried at a line: all of
    them, or those that end a paragraph, a list or a quote) are each one rule that tries,
    in order, only the chain's rules that may take a line starting so. The same rules
    say yes and no: this skips only calls that say no at once (a paragraph's lines were
    each handed to the six rules that might end it, twice: once more for a setext
    heading). A chain holding any other rule (a plugin's, the table) stays as it is."""

    def __init__(self, ruler: Ruler[RuleFuncBlockType]) -> None:
        self._ruler = ruler
        self._chains: dict[str, list[RuleFuncBlockType]] = {}

    def getRules(self, chainName: str = "") -> list[RuleFuncBlockType]:
        chain = self._chains.get(chainName)
        if chain is None:
            rules = self._ruler.getRules(chainName)
            one = _by_first_character(rules)
            chain = self._chains[chainName] = rules if one is None else [one]
        return chain

    def __getattr__(self, name: str) -> object:
        return getattr(self._ruler, name)


def _by_first_character(rules: list[RuleFuncBlockType]) -> RuleFuncBlockType | None:
    """One rule doing what the chain ``rules`` does, or None if it holds a rule not known
    (by identity) to be markdown-it's own."""
    from markdown_it import rules_block

    needs: list[str | None] = []
    for rule in rules:
        name = next((n for n in (*_FIRST_CHARACTERS, *_ANY_START)
                     if getattr(rules_block, n, None) is rule), None)
        if name is None:
            return None
        needs.append(_FIRST_CHARACTERS.get(name))
    # the rules to try at a line starting with each character, in the chain's order
    anything = tuple(r for r, need in zip(rules, needs, strict=True) if need is None)
    by_start = {c: tuple(r for r, need in zip(rules, needs, strict=True)
                         if need is None or c in need)
                for c in "".join(need for need in needs if need)}

    def chain(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        pos = state.bMarks[line] + state.tShift[line]
        tried = by_start.get(state.src[pos], anything) if pos < len(state.src) else anything
        for rule in tried:  # noqa: SIM110 (a loop: no generator made per line)
            if rule(state, line, end, silent):
                return True
        return False

    return chain


def _marks(src: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """markdown-it's line markers of ``src``: where each line begins and ends, and its
    indent in characters (spaces and tabs) and in columns (a tab to the next multiple of
    four), then the end of the text as one more line. A last line of spaces and tabs
    only, with no line break after it, has none, as markdown-it makes them.

    >>> _marks("a\\n  b\\n\\t c\\n  ")
    ([0, 2, 6, 12], [1, 5, 9, 12], [0, 2, 2, 0], [0, 2, 5, 0])
    """
    lines = src.split("\n")
    if not lines[-1].strip(" \t"):
        lines.pop()  # nothing after the last line break, or only spaces and tabs
    begins = list(accumulate(map(_PLUS_ONE, map(len, lines)), initial=0))
    ends = list(map(_MINUS_ONE, begins[1:]))
    del begins[-1]
    shifts = list(map(sub, map(len, lines), map(len, map(str.lstrip, lines, repeat(" \t")))))
    columns = shifts[:] if "\t" not in src else [
        _columns(line[:shift]) if "\t" in line[:shift] else shift
        for line, shift in zip(lines, shifts, strict=True)]
    end = len(src)
    return [*begins, end], [*ends, end], [*shifts, 0], [*columns, 0]


def _columns(indent: str) -> int:
    """The columns of spaces and tabs (a tab to the next multiple of four)."""
    column = 0
    for c in indent:
        column += 4 - column % 4 if c == "\t" else 1
    return column


def _blank(text: str) -> str:
    """Every character but the line breaks as a space (a stretch of a line at a time).

    >>> _blank("ab\\r\\ncd\\n"), _blank("abc")
    ('  \\r\\n  \\n', '   ')
    """
    if "\n" not in text and "\r" not in text:
        return " " * len(text)  # one line or part of one (most stretches): no search
    return _NOT_BREAKS.sub(_spaces, text)


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


#: Text without any of these holds no inline markup _INLINE finds (escape, code span,
#: comment, autolink or tag, link destination, bare URL): each alternative needs one
#: (:func:`_may_hold_inline` looks for each).
_INLINE_NEEDS = ("\\", "`", "<", "](", "ttp", "www.")


def _may_hold_inline(region: str) -> bool:
    """Whether ``region`` holds one of :data:`_INLINE_NEEDS` (each looked for at C speed,
    with no generator: 5,000 regions a 1 MB document)."""
    return "\\" in region or "`" in region or "<" in region or "](" in region or \
        "ttp" in region or "www." in region


def _kept_ranges(text: str) -> list[tuple[int, int]]:
    """Source ranges of the lines of paragraphs, headings and HTML blocks, and of
    footnote definitions (``[^1]: …``, which CommonMark reads as link definitions)."""
    plain = "\r" not in text and "\0" not in text
    if plain:  # every line ends in \n: where each starts, summed at C speed
        starts = list(accumulate(map(_PLUS_ONE, map(len, text.split("\n"))), initial=0))[:-1]
    else:
        starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    found: list[tuple[int, int]] = []
    covered: list[tuple[int, int]] = []  # lines of any block, code included
    for token in _parser(normalize=not plain).parse(text):
        if token.map and token.nesting >= 0:
            first, last = token.map
            span = (starts[first], starts[last] if last < len(starts) else len(text))
            covered.append(span)
            if token.type in _KEPT:
                found.append(span)
    if "[^" in text:
        covered.sort()
        covered_starts = [s for s, _ in covered]
        for m in _FOOTNOTE_DEFINITION.finditer(text):
            i = bisect_right(covered_starts, m.start()) - 1
            if i < 0 or covered[i][1] <= m.start():  # not inside a block: a definition
                found.append((m.start(), m.end()))
        found.sort()
    ranges: list[tuple[int, int]] = []
    for start, end in found:
        if ranges and ranges[-1][1] >= start:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


def _scan_inline(region: str) -> tuple[str, list[tuple[int, int]]]:
    """A region of prose with its inline markup blanked, and the emphasised spans in it."""
    blanks: list[tuple[int, int]] = []
    runs: dict[int, list[int]] = defaultdict(list)  # run length -> starts, in order
    if "`" in region:
        for run in _TICKS.finditer(region):
            runs[run.end() - run.start()].append(run.start())
    pos = 0 if _may_hold_inline(region) else len(region)
    while (m := _INLINE.search(region, pos)) is not None:
        kind = m.lastgroup
        start, end = m.span()
        if kind == "ticks":
            # the code span closes at the next run of the same length (CommonMark); a run
            # with none is literal. A binary search per run keeps this linear.
            length = end - start
            starts = runs[length]
            i = bisect_right(starts, start)
            if i < len(starts):
                end = starts[i] + length
                blanks.append((start, end))
        elif kind == "comment":
            close_at = region.find("-->", end)
            end = len(region) if close_at == -1 else close_at + 3
            blanks.append((start, end))
        elif kind in ("autolink", "tag", "url", "www"):
            blanks.append((start, end))
        elif kind == "link":
            dest = _DESTINATION.match(region, end)
            if dest is not None:
                blanks.append((end, dest.end()))
                end = dest.end()
        pos = max(end, start + 1)
    if not blanks:
        out = region
    else:
        pieces, last = [], 0
        for start, end in blanks:
            pieces.append(region[last:start])
            pieces.append(_blank(region[start:end]))
            last = end
        pieces.append(region[last:])
        out = "".join(pieces)
    if "*" not in out and "_" not in out:
        return out, []  # every emphasis opens with one of them
    emphasis = [(m.start(2), m.end(2) if m.group(2)[-1] != " " else
                 m.start(2) + len(m.group(2).rstrip(" ,.;:")))
                for m in _EMPHASIS.finditer(out)]
    return out, emphasis


def _off_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    pos = 0
    while (m := _OFF.search(text, pos)) is not None:
        on = _ON.search(text, m.end())
        end = len(text) if on is None else on.end()
        regions.append((m.start(), end))
        pos = end
    return regions


def _blanked_with_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for start, end in _kept_ranges(text):
        pieces.append(_blank(text[last:start]))
        region, emphasis = _scan_inline(text[start:end])
        pieces.append(region)
        spans.extend((start + s, start + e) for s, e in emphasis)
        last = end
    pieces.append(_blank(text[last:]))
    out = "".join(pieces)
    off = _off_regions(text)  # (its search skips ahead to "<!--": no copy of the text)
    if off:
        pieces, last = [], 0
        for start, end in off:
            pieces += [out[last:start], _blank(out[start:end])]
            last = end
        pieces.append(out[last:])
        out = "".join(pieces)
        starts = [s for s, _ in off]
        spans = [(s, e) for s, e in spans
                 if not ((i := bisect_left(starts, s + 1) - 1) >= 0 and s < off[i][1])]
    return out, spans


def blank_markdown(text: str) -> str:
    """Markdown with code, comments, HTML tags and link targets replaced by spaces.

    >>> blank_markdown("x <!-- jpterms off -->Tokyo<!-- jpterms on --> y").strip()
    'x                                              y'
    """
    return _blanked_with_spans(text)[0]


def markdown_segment(text: str) -> Segment:
    """The whole Markdown document as one prose segment, emphasis marked as spans."""
    blanked, spans = _blanked_with_spans(text)
    return Segment(blanked, 0, PROSE, None, "", tuple((s, e, EMPHASIS) for s, e in spans))
