"""Decode the LaTeX in a BibTeX field value, keeping every character's source offset.

Grouping braces go, accents combine with their letter (``\\=o``, ``\\={o}`` and
``{\\=o}`` all give ``ō``), symbol commands become their character (``\\ss``,
``\\o``, ``\\&``), link commands (``\\url{…}``) go with their argument, other
commands (``\\emph``) go and keep their argument, whitespace runs become one
space. A decoded character maps to the offset where its escape began (the
``{`` of a ``{\\=o}`` group).

The accent and symbol tables come from pylatexenc's LaTeX-to-text database.
Its walker gives node positions too, but costs about 0.8 ms a field, several
times the budget of a 1 MB/s check, so the walk here is our own.

>>> out = decode_latex("Ky{\\\\=o}to -- ni\\\\'e", range(20))
>>> "".join(out.chars), out.offsets[2], out.offsets[3]
('Kyōto -- nié', 2, 7)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from jpterms.document import MappedText

#: Commands whose (first) argument is a link, not text.
SKIP_ARGUMENT = frozenset({"url", "doi", "href", "path"})
#: Characters that make a value need decoding at all.
NEEDS_DECODING = re.compile(r"[\\{}~]|\s\s|[\t\n\r\f\v]")
_LETTER_COMMAND = re.compile(r"[A-Za-z]+")
_PLAIN = re.compile(r"[^\\{}~\s]+(?: [^\\{}~\s]+)*")  # words and the single spaces between
_SPACE = re.compile(r"\s+")
_ACCENT_NAMES = ("=", "^", "'", "`", '"', "~", ".", "u", "v", "H", "c", "k", "r", "d", "b")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(accent command → combining mark, symbol command → text), from pylatexenc."""
    from pylatexenc.latex2text import LatexNodes2Text, get_default_latex_context_db

    db = get_default_latex_context_db()
    to_text = LatexNodes2Text(math_mode="verbatim")
    accents: dict[str, str] = {}
    for name in _ACCENT_NAMES:
        decoded = unicodedata.normalize("NFD", to_text.latex_to_text(f"\\{name}{{a}}"))
        mark = decoded.replace("a", "", 1)
        if mark and all(unicodedata.combining(c) for c in mark):
            accents[name] = mark
    symbols: dict[str, str] = {}
    for spec in db.iter_macro_specs():
        repl = spec.simplify_repl
        if isinstance(repl, str) and repl and "%" not in repl and spec.macroname.isalpha() \
                and spec.macroname not in accents:
            symbols[spec.macroname] = repl
    return accents, symbols


def accent_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The accent and symbol tables (built once, on first use).

    >>> accents, symbols = accent_tables()
    >>> accents["="] == "\\u0304", symbols["ss"], symbols["AE"]
    (True, 'ß', 'Æ')
    """
    return _tables()


def decode_latex(raw: str, offsets: Sequence[int]) -> MappedText:
    """Decode LaTeX in ``raw``, whose character ``i`` stands at source ``offsets[i]``
    (one walk of a :class:`_Decoder`).

    >>> out = decode_latex("{\\\\ss}e \\\\url{x}", range(20))
    >>> "".join(out.chars), out.offsets
    ('ße ', [0, 5, 6])
    """
    return _Decoder(raw, offsets).decode()


class _Decoder:
    """One walk over a field value (``raw``, its characters at source ``offsets``): the
    text decoded so far, and the offset of a ``{\\`` group that opens an escape, which the
    escape's character takes."""

    def __init__(self, raw: str, offsets: Sequence[int]) -> None:
        self.raw = raw
        self.offsets = offsets
        self.n = len(raw)
        self.accents, self.symbols = _tables()
        self.out = MappedText()
        self.pending: int | None = None  # offset of a "{\" group that opens an escape

    def decode(self) -> MappedText:
        """The decoded text: escapes (:meth:`_escape`), braces, ties, runs of whitespace
        and plain text in turn."""
        raw, n, offsets = self.raw, self.n, self.offsets
        i = 0
        while i < n:
            c = raw[i]
            if c == "\\" and i + 1 < n:
                i = self._escape(i)
                continue
            if c == "{":
                if i + 1 < n and raw[i + 1] == "\\" and self.pending is None:
                    self.pending = offsets[i]
                i += 1
                continue
            if c == "}":
                i += 1
                continue
            if c == "~":
                self.emit(" ", offsets[i])
                i += 1
                continue
            if c.isspace():
                m = _SPACE.match(raw, i)
                self.emit(" ", offsets[i])
                i = m.end() if m else i + 1
                continue
            m = _PLAIN.match(raw, i)
            j = m.end() if m else i + 1
            if self.pending is not None:
                self.emit(raw[i], offsets[i])
                i += 1
                continue
            self.out.chars.extend(raw[i:j])
            self.out.offsets.extend(offsets[i:j])
            i = j
        return self.out

    def emit(self, text: str, offset: int) -> None:
        """Add ``text`` at ``offset``, or at the opening of the ``{\\`` group it is in."""
        if self.pending is not None:
            offset = self.pending
            self.pending = None
        self.out.add(text, offset)

    def _escape(self, i: int) -> int:
        """Decode the escape at ``i`` (a backslash before one more character at least): an
        accent, a command (:meth:`_command`), a line break or a control space, or an
        escaped character. The index after it."""
        raw, n, offsets = self.raw, self.n, self.offsets
        nxt = raw[i + 1]
        if nxt in self.accents and not (nxt.isalpha() and i + 2 < n and raw[i + 2].isalpha()):
            base, j = self._accent_argument(i + 2)
            self.emit(unicodedata.normalize("NFC", base + self.accents[nxt]) if base else "",
                      offsets[i])
            return j
        if nxt.isalpha():
            return self._command(i)
        if nxt == "\\" or nxt.isspace():  # a forced line break or a control space
            self.emit(" ", offsets[i])
            i += 2
            while i < n and raw[i].isspace():
                i += 1
            return i
        self.emit(nxt, offsets[i])  # \& \% \$ \# \_ \{ \} and friends
        return i + 2

    def _command(self, i: int) -> int:
        """Decode the letter command at ``i``: a symbol becomes its character (and an
        empty ``{}`` after it goes), a link command goes with its argument, any other
        goes and keeps its argument. The index after it."""
        raw, n = self.raw, self.n
        word = _LETTER_COMMAND.match(raw, i + 1)
        name = word.group() if word else raw[i + 1]
        j = i + 1 + len(name)
        if name in self.symbols:
            self.emit(self.symbols[name], self.offsets[i])
            while j < n and raw[j] in " \t":
                j += 1
            if j + 1 < n and raw[j] == "{" and raw[j + 1] == "}":
                j += 2
        elif name in SKIP_ARGUMENT and j < n and raw[j] == "{":
            depth, j = 1, j + 1
            while j < n and depth:
                depth += {"{": 1, "}": -1}.get(raw[j], 0)
                j += 1
        elif j < n and raw[j] in " \t":  # \emph, \textit ...: dropped, argument kept
            j += 1
        return j

    def _accent_argument(self, j: int) -> tuple[str, int]:
        """The base letter of an accent whose argument starts at ``j``, and the index after."""
        return accent_argument(self.raw, j, self.n)


def accent_argument(raw: str, j: int, n: int) -> tuple[str, int]:
    """The base letter of an accent whose argument starts at ``raw[j]`` (read no further
    than ``n``): a letter, ``{o}``, ``{\\i}`` or ``\\i``; and the index after it.

    >>> accent_argument("={o}x", 1, 5), accent_argument("= o", 1, 3), accent_argument("\\\\i", 0, 2)
    (('o', 4), ('o', 3), ('i', 2))
    """
    while j < n and raw[j] in " \t\n\r":
        j += 1
    if j < n and raw[j] == "{":
        depth, k, base = 1, j + 1, []
        while k < n and depth:
            c = raw[k]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            elif c == "\\" and k + 1 < n:
                word = _LETTER_COMMAND.match(raw, k + 1, min(n, k + 4))
                if word and word.group() in ("i", "j"):
                    base.append(word.group())
                    k += 1 + len(word.group())
                    continue
            elif not c.isspace():
                base.append(c)
            k += 1
        return "".join(base), k
    if j < n and raw[j] == "\\":
        word = _LETTER_COMMAND.match(raw, j + 1, min(n, j + 4))
        if word and word.group()[:1] in ("i", "j"):
            return word.group()[:1], j + 2
    if j < n:
        return raw[j], j + 1
    return "", j
