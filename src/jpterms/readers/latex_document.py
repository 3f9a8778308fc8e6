"""Read a LaTeX document: its prose, with markup, math, code and keys blanked out.

The whole document becomes one prose segment, as Markdown does
(:mod:`~jpterms.readers.markdown`): the preamble before ``\\begin{document}``,
comments, math (``$..$``, ``\\(..\\)``, ``\\[..\\]``, ``$$..$$`` and math
environments), verbatim environments, command names, and the arguments that
are not text (``\\cite`` keys, ``\\label``/``\\ref`` names, URLs, file names,
``\\begin``/``\\end`` names) become spaces, line breaks kept. The arguments of
text commands (``\\textit``, ``\\footnote``, ``\\section`` ...) stay, and
``\\textit{..}``, ``\\emph{..}``, ``{\\itshape ..}`` and ``{\\em ..}`` are marked
as emphasis spans, so a title in italics is checked as a title. Accents and
symbols decode with the BibTeX field decoder's tables (:mod:`~jpterms.readers.latex`,
from pylatexenc): ``Ky\\=ot\\=o`` reads ``Kyōtō``, each character mapped back to
where it stands in the source. Which commands and environments are which is data:
``data/latex_commands.tsv`` and ``data/latex_environments.tsv``.

The walk is our own, one pass over the source: pylatexenc's walker costs far
more than a check's budget (see :mod:`~jpterms.readers.latex`). Every search it
makes ahead either consumes what it read or is bounded (a paragraph, a few
hundred characters), so a document of any shape is read in linear time, and
unbalanced braces, an unclosed ``$`` or ``\\begin``, or binary junk read as
well as they can, never past the source.

>>> latex_text("The \\\\textit{Nihon shoki} \\\\cite[p.~3]{aston1896}, $x_1$ and Ky\\\\=ot\\\\=o.")
'The        Nihon shoki                       ,       and Kyōtō.'
>>> seg = latex_segment("\\\\emph{Kinsei shiry\\\\=o} % kyogi")
>>> [seg.text[s:e] for s, e, _ in seg.spans], seg.text[17], seg.source_offset(17)
(['Kinsei shiryō'], 'ō', 18)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from jpterms.document import EMPHASIS, PROSE, Segment
from jpterms.package_data import read_rows
from jpterms.readers.latex import accent_argument, accent_tables

#: Where the walk stops to look: a command, a group, math, a comment, a tie, a quote.
_SPECIAL = re.compile(r"[\\{}$%~`]|''")
_LETTERS = re.compile(r"[A-Za-z]+")
_SPACES = re.compile(r"[ \t]*")
#: A paragraph break (a line of spaces at most): no argument or inline math crosses it.
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")
#: The body of inline math after ``$``, to the closing ``$`` or a paragraph break.
_INLINE_MATH = re.compile(r"(?:[^$\\\n]++|\\[\s\S]|\n(?![ \t\r]*\n))*+")
_DISPLAY_MATH = re.compile(r"(?:[^$\\\n]++|\\[\s\S]|\$(?!\$)|\n(?![ \t\r]*\n))*+")
#: The body of ``\(..\)`` and ``\[..\]``, to the closing command or a paragraph break.
_PAREN_MATH = re.compile(r"(?:[^\\\n]++|\\[^)]|\n(?![ \t\r]*\n))*+")
_BRACKET_MATH = re.compile(r"(?:[^\\\n]++|\\[^\]]|\n(?![ \t\r]*\n))*+")
#: An optional argument: brackets holding no bracket, braces one deep, 400 characters at most.
_OPTIONAL = re.compile(r"\[(?:[^\[\]{}]|\{[^{}]*\}){0,400}?\]")
#: The end of a mandatory argument's group: a brace, an escape or a paragraph break.
_GROUP_STEP = re.compile(r"[{}]|\\[\s\S]|\n[ \t\r]*\n")
_BEGIN_DOCUMENT = re.compile(r"^[^%\n]*?\\begin[ \t]*\{document\}", re.MULTILINE)
_END_DOCUMENT = re.compile(r"^[^%\n]*?(\\end[ \t]*\{document\})", re.MULTILINE)
_ENVIRONMENT_NAME = re.compile(r"[ \t]*\{([A-Za-z@]+\*?)\}")
_OFF = re.compile(r"%[ \t]*jpterms[\s:]+off\b", re.IGNORECASE)
_ON = re.compile(r"%[ \t]*jpterms[\s:]+on\b", re.IGNORECASE)
_NOT_BREAKS = re.compile(r"[^\r\n]")
#: A command not listed whose name says it cites or refers (\parencite, \autoref).
_CITES = re.compile(r"[A-Za-z]*(?:cite[A-Za-z]*|ref)\Z")
#: Escaped characters that print themselves; control symbols that print a space.
_ESCAPED = frozenset("%&$#_{}")
_SPACING = frozenset(" ,;:!><\t\n\r")
_DROPPED = frozenset("-/@")
#: Emphasis longer than this is a passage set in italics, not a title (as in Markdown).
_LONGEST_EMPHASIS = 400
#: Optional arguments read as text inside one another no deeper than this.
_DEEPEST = 8


@dataclass(frozen=True)
class _Command:
    arguments: str
    kind: str


@dataclass
class _Group:
    """An open group: what its closing brace prints, where its emphasis began in the text
    (-1: none), the arguments of its command that follow it, the end of its walk."""

    closing: str = ""
    emphasis: int = -1
    then: str = ""
    end: int = 0


#: What the closing brace of a text argument prints, by the command's kind.
_CLOSING = {"block": " ", "quote": "”"}


@cache
def _commands() -> dict[str, _Command]:
    """The commands of ``data/latex_commands.tsv``, by name."""
    return {row[0]: _Command(row[1] if len(row) > 1 else "", row[2] if len(row) > 2 else "inline")
            for row in read_rows("latex_commands.tsv")}


@cache
def _environments() -> dict[str, tuple[str, str]]:
    """The environments of ``data/latex_environments.tsv``: name -> (kind, arguments)."""
    return {row[0]: (row[1], row[2] if len(row) > 2 else "")
            for row in read_rows("latex_environments.tsv")}


@cache
def _symbols() -> dict[str, str]:
    """pylatexenc's symbol commands that print no ASCII letter (``\\ss``, ``\\ldots``): a
    command that prints a word (``\\today``, ``\\cite``'s stand-in) is not one."""
    _, symbols = accent_tables()
    return {name: text for name, text in symbols.items()
            if not any("a" <= c.lower() <= "z" or c in "<>" for c in text)}


@cache
def _end_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\\end[ \t]*\{" + re.escape(name) + r"\}")


def _blank(text: str) -> str:
    """``text`` as spaces, its line breaks kept."""
    if "\n" not in text and "\r" not in text:
        return " " * len(text)
    return _NOT_BREAKS.sub(" ", text)


class _Walk:
    """One pass over a LaTeX source: the text read so far (pieces and the source offset of
    each character), the open groups, and the emphasis found."""

    def __init__(self, source: str) -> None:
        self.src = source
        self.n = len(source)
        self.pieces: list[str] = []
        self.offsets: list[int] = []
        self.length = 0  # characters of text so far
        #: open groups: what their closing brace prints, where their emphasis began in the
        #: text (or -1), the arguments that follow them and the end of the walk they are in
        self.groups: list[_Group] = []
        self.emphasis: list[tuple[int, int]] = []
        self.pending = -1  # source offset of a "{\" group that opens an escape
        self.commands = _commands()
        self.environments = _environments()
        self.accents, _ = accent_tables()
        self.symbols = _symbols()
        self.no_end: dict[str, int] = {}  # environment -> a start from which no \end is found
        self.paragraph = (-1, -1)  # (searched from, first break found at or after it)
        self.depth = 0

    # -- output ---------------------------------------------------------------------
    def copy(self, start: int, end: int) -> None:
        if end > start:
            self.pieces.append(self.src[start:end])
            self.offsets.extend(range(start, end))
            self.length += end - start

    def blank(self, start: int, end: int) -> None:
        if end > start:
            self.pieces.append(_blank(self.src[start:end]))
            self.offsets.extend(range(start, end))
            self.length += end - start

    def emit(self, text: str, offset: int) -> None:
        """``text`` standing for the source at ``offset`` (or at a ``{\\`` group's opening)."""
        if self.pending >= 0:
            offset, self.pending = self.pending, -1
        self.pieces.append(text)
        self.offsets.extend([offset] * len(text))
        self.length += len(text)

    # -- searching ------------------------------------------------------------------
    def paragraph_end(self, pos: int) -> int:
        """Where the paragraph holding ``pos`` ends (its break, or the source's end); one
        search serves every position before the break it found."""
        searched, found = self.paragraph
        if searched <= pos <= found:
            return found
        m = _PARAGRAPH.search(self.src, pos)
        found = m.start() if m else self.n
        self.paragraph = (pos, found)
        return found

    def environment_end(self, name: str, pos: int) -> tuple[int, int] | None:
        """The span of the ``\\end{name}`` after ``pos``, or None (remembered: a later
        search for the same name would fail too)."""
        if self.no_end.get(name, self.n + 1) <= pos:
            return None
        m = _end_pattern(name).search(self.src, pos)
        if m is None:
            self.no_end[name] = pos
            return None
        return m.span()

    def skip_spaces(self, pos: int) -> int:
        m = _SPACES.match(self.src, pos)
        return m.end() if m else pos

    def group_end(self, pos: int) -> int:
        """The index after the group opening at ``pos`` (a ``{``), or the end of its paragraph
        when it never closes there."""
        depth = 0
        stop = self.paragraph_end(pos)
        for m in _GROUP_STEP.finditer(self.src, pos, stop):
            c = m.group()
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return m.end()
            elif c[0] == "\n":
                return m.start()
        return stop

    # -- the walk -------------------------------------------------------------------
    def walk(self, pos: int, end: int) -> None:
        """Read ``src[pos:end]``."""
        src = self.src
        search = _SPECIAL.search
        while pos < end:
            m = search(src, pos, end)
            if m is None:
                self.copy(pos, end)
                return
            at = m.start()
            if at > pos:
                self.pending = -1
                self.copy(pos, at)
            c = m.group()
            if c == "\\":
                pos = self.escape(at, end)
            elif c == "{":
                if at + 1 < end and src[at + 1] == "\\" and self.pending < 0:
                    self.pending = at
                self.groups.append(_Group())
                pos = at + 1
            elif c == "}":
                pos = self.close_group(at, end)
            elif c == "$":
                pos = self.math(at, end)
            elif c == "%":
                pos = self.comment(at, end)
            elif c == "~":
                self.blank(at, at + 1)
                pos = at + 1
            elif c == "''":
                self.emit("”", at)
                pos = at + 2
            elif at + 1 < end and src[at + 1] == "`":
                self.emit("“", at)
                pos = at + 2
            else:
                self.emit("‘", at)
                pos = at + 1

    def close_group(self, at: int, end: int) -> int:
        if not self.groups:
            return at + 1
        group = self.groups.pop()
        if group.emphasis >= 0:
            self.emphasis.append((group.emphasis, self.length))
        if group.closing == " ":
            self.blank(at, at + 1)
        elif group.closing:
            self.emit(group.closing, at)
        if group.then:  # a command's arguments after its text: \ruby{漢字}{かんじ}
            return self.arguments(at + 1, min(end, group.end), group.then, "inline")
        return at + 1

    def comment(self, at: int, end: int) -> int:
        """Blank a comment; its line break and the next line's indent go, as in TeX."""
        src = self.src
        line_end = src.find("\n", at, end)
        if line_end < 0:
            self.blank(at, end)
            return end
        stop = line_end
        if stop > at and src[stop - 1] == "\r":
            stop -= 1
        self.blank(at, stop)
        return self.skip_spaces(line_end + 1)

    def math(self, at: int, end: int) -> int:
        src = self.src
        if at + 1 < end and src[at + 1] == "$":
            m = _DISPLAY_MATH.match(src, at + 2, end)
            stop = m.end() if m else at + 2
            close = stop + 2 if src.startswith("$$", stop) else stop
        else:
            m = _INLINE_MATH.match(src, at + 1, end)
            stop = m.end() if m else at + 1
            close = stop + 1 if stop < end and src[stop] == "$" else stop
        self.blank(at, min(close, end))
        return min(close, end)

    def escape(self, at: int, end: int) -> int:
        """Read the escape at ``at`` (a backslash); the index after it."""
        src = self.src
        if at + 1 >= end:
            self.blank(at, end)
            return end
        nxt = src[at + 1]
        if nxt in self.accents and not (nxt.isalpha() and at + 2 < end and src[at + 2].isalpha()):
            return self.accent(at, end, nxt)
        if nxt.isalpha():
            return self.command(at, end)
        pending, self.pending = self.pending, -1
        if nxt == "(" or nxt == "[":
            pattern = _PAREN_MATH if nxt == "(" else _BRACKET_MATH
            m = pattern.match(src, at + 2, end)
            stop = m.end() if m else at + 2
            close = stop + 2 if stop + 1 < end and src[stop] == "\\" else stop
            self.blank(at, min(close, end))
            return min(close, end)
        if nxt == "\\":  # a line break, perhaps \\* and \\[2pt]
            stop = at + 2
            if stop < end and src[stop] == "*":
                stop += 1
            opt = _OPTIONAL.match(src, stop, end)
            if opt:
                stop = opt.end()
            self.blank(at, stop)
            return stop
        if nxt in _ESCAPED:
            self.pending = pending
            self.emit(nxt, at)
            return at + 2
        if nxt in _DROPPED:  # \- \/ \@: nothing printed, the word goes on
            return at + 2
        self.blank(at, at + 2)  # \, \  \; and any other control symbol
        return at + 2

    def accent(self, at: int, end: int, name: str) -> int:
        """Decode an accent (``\\=o``, ``\\={o}``, ``\\u{o}``): the shared argument reader
        of the BibTeX decoder, read no further than a short stretch (an unclosed ``\\={``
        is not read to the end of the document)."""
        base, stop = accent_argument(self.src, at + 2, min(end, at + 24))
        opened = self.skip_spaces(at + 2)
        if opened < end and self.src[opened] == "{" and self.src[stop - 1] != "}":
            self.pending = -1
            self.blank(at, at + 2)  # an accent whose argument never closes: not read
            return at + 2
        if base:
            self.emit(unicodedata.normalize("NFC", base + self.accents[name]), at)
        else:
            self.pending = -1
        return stop

    def command(self, at: int, end: int) -> int:
        """Read a letter command at ``at``: a listed one by its kind, a symbol as its
        character, any other blanked (its braces then drop, its argument read as text)."""
        src = self.src
        word = _LETTERS.match(src, at + 1, end)
        stop = word.end() if word else at + 1
        name = src[at + 1:stop]
        if stop < end and src[stop] == "*":
            stop += 1
        if name == "begin":
            return self.begin(at, stop, end)
        if name == "end":
            named = _ENVIRONMENT_NAME.match(src, stop, end)
            stop = named.end() if named else stop
            self.pending = -1
            self.blank(at, stop)
            return stop
        spec = self.commands.get(name)
        if spec is None and name in self.symbols:
            self.emit(self.symbols[name], at)
            if src.startswith("{}", stop):
                stop += 2
            return stop
        self.pending = -1
        if spec is None:
            if not _CITES.match(name):
                opt = _OPTIONAL.match(src, stop, end)  # options: key=value, never prose
                stop = opt.end() if opt else stop
                self.blank(at, stop)
                return stop
            spec = _Command("ssm", "skip")
        self.blank(at, stop)
        kind = spec.kind
        if kind == "switch":
            if self.groups and self.groups[-1].emphasis < 0 and not self.in_emphasis():
                self.groups[-1].emphasis = self.length
            return stop
        if kind == "verb":
            return self.verbatim_argument(stop, end, spec.arguments)
        if kind == "define":
            return self.definition(stop, end)
        return self.arguments(stop, end, spec.arguments, kind)

    def in_emphasis(self) -> bool:
        return any(group.emphasis >= 0 for group in self.groups)

    def arguments(self, pos: int, end: int, letters: str, kind: str) -> int:
        """Read a command's arguments after ``pos`` as ``letters`` say; the index after."""
        src = self.src
        for i, letter in enumerate(letters):
            if letter in "sS":
                opt = _OPTIONAL.match(src, self.skip_spaces(pos), end)
                if opt is None:
                    continue
                if letter == "s" or self.depth >= _DEEPEST:
                    self.blank(pos, opt.end())
                else:
                    self.blank(pos, opt.start() + 1)
                    self.depth += 1
                    groups, self.groups = self.groups, []
                    self.walk(opt.start() + 1, opt.end() - 1)
                    self.groups = groups
                    self.depth -= 1
                    self.blank(opt.end() - 1, opt.end())
                pos = opt.end()
            elif letter == "m":
                pos = self.skipped_argument(pos, end)
            else:  # t: the text argument, read as the walk goes on (and the rest after it)
                start = self.skip_spaces(pos)
                if start < end and src[start] == "{":
                    self.blank(pos, start)
                    emphasis = self.length if kind == "emphasis" and not self.in_emphasis() else -1
                    closing = _CLOSING.get(kind, "")
                    if kind == "quote":
                        self.emit("“", start)
                    self.groups.append(_Group(closing, emphasis, letters[i + 1:], end))
                    return start + 1
        return pos

    def skipped_argument(self, pos: int, end: int) -> int:
        """Blank a mandatory argument that is not text: a group, a command or a character."""
        src = self.src
        start = self.skip_spaces(pos)
        if start >= end or src[start] in "\r\n":
            return pos
        if src[start] == "{":
            stop = min(self.group_end(start), end)
        elif src[start] == "\\":
            word = _LETTERS.match(src, start + 1, end)
            stop = word.end() if word else min(start + 2, end)
        else:
            stop = start + 1
        self.blank(pos, stop)
        return stop

    def verbatim_argument(self, pos: int, end: int, letters: str) -> int:
        """Blank ``\\verb|..|``-like arguments (an option and a language first, when
        ``letters`` says so): two equal characters on one line, or a group."""
        src = self.src
        for letter in letters:
            if letter == "s":
                opt = _OPTIONAL.match(src, pos, end)
                if opt:
                    self.blank(pos, opt.end())
                    pos = opt.end()
            else:
                pos = self.skipped_argument(pos, end)
        if pos >= end:
            return pos
        if src[pos] == "{":
            stop = min(self.group_end(pos), end)
        else:
            line_end = src.find("\n", pos + 1, end)
            line_end = end if line_end < 0 else line_end
            close = src.find(src[pos], pos + 1, line_end)
            stop = line_end if close < 0 else close + 1
        self.blank(pos, stop)
        return stop

    def definition(self, pos: int, end: int) -> int:
        """Blank a TeX ``\\def``: the name, the parameter text, the body."""
        stop = self.skipped_argument(pos, end)  # the control sequence defined
        brace = self.src.find("{", stop, min(end, stop + 100))
        if brace < 0:
            return stop
        body_end = min(self.group_end(brace), end)
        self.blank(stop, body_end)
        return body_end

    def begin(self, at: int, pos: int, end: int) -> int:
        """Read ``\\begin{name}``: a math or verbatim environment is blanked whole, any
        other loses its name and the arguments that are not text."""
        src = self.src
        named = _ENVIRONMENT_NAME.match(src, pos, end)
        self.pending = -1
        if named is None:
            self.blank(at, pos)
            return pos
        name = named.group(1)
        kind, letters = self.environments.get(name, ("text", ""))
        stop = named.end()
        if kind in ("math", "verbatim"):
            found = self.environment_end(name, stop)
            if found is not None:
                close = min(found[1], end)
            elif kind == "math":
                close = min(self.paragraph_end(stop), end)
            else:
                close = end
            self.blank(at, close)
            return close
        self.blank(at, stop)
        return self.arguments(stop, end, letters, "inline")

    def segment(self) -> Segment:
        text = "".join(self.pieces)
        spans = _outermost([_trimmed(text, s, e) for s, e in self.emphasis
                            if 0 < e - s <= _LONGEST_EMPHASIS and text[s:e].strip()])
        offsets = (*self.offsets, self.n)
        start = offsets[0] if self.offsets else self.n
        return Segment(text, start, PROSE, offsets, "", tuple((s, e, EMPHASIS) for s, e in spans))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces at its ends (the space after ``{\\em``)."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another, in order."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _body(source: str) -> tuple[int, int]:
    """The document's body: after ``\\begin{document}`` and before ``\\end{document}`` when
    it has them (a file of one chapter, \\input by another, is body throughout)."""
    begin = _BEGIN_DOCUMENT.search(source)
    if begin is None:
        return 0, len(source)
    end = _END_DOCUMENT.search(source, begin.end())
    return begin.end(), end.start(1) if end else len(source)


def _off_regions(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches between ``% jpterms off`` and ``% jpterms on`` (or the end)."""
    regions = []
    pos = start
    while (m := _OFF.search(source, pos, end)) is not None:
        on = _ON.search(source, m.end(), end)
        stop = end if on is None else on.end()
        regions.append((m.start(), stop))
        pos = stop
    return regions


def latex_segment(source: str) -> Segment:
    """The whole LaTeX document as one prose segment, emphasis marked as spans.

    >>> seg = latex_segment("\\\\documentclass{article}\\n\\\\title{Kyoiku}\\n"
    ...                     "\\\\begin{document}\\n{\\\\em Nihon shoki}\\\\footnote{See \\\\ref{x}.}\\n"
    ...                     "\\\\end{document}\\n")
    >>> seg.text.split(), [seg.text[s:e] for s, e, _ in seg.spans]
    (['Nihon', 'shoki', 'See', '.'], ['Nihon shoki'])
    """
    walk = _Walk(source)
    start, end = _body(source)
    walk.blank(0, start)
    pos = start
    for off_start, off_end in _off_regions(source, start, end) if "jpterms" in source else ():
        walk.walk(pos, off_start)
        walk.groups.clear()
        walk.blank(off_start, off_end)
        pos = off_end
    walk.walk(pos, end)
    walk.blank(end, len(source))
    return walk.segment()


def latex_text(source: str) -> str:
    """The prose of a LaTeX document as the checker reads it (:func:`latex_segment`'s text).

    >>> latex_text("a\\\\verb|kyogi| b % c\\n\\\\begin{verbatim}\\nsaiba\\n\\\\end{verbatim}")
    'a             b                    \\n     \\n              '
    """
    return latex_segment(source).text
