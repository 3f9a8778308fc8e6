"""Read BibTeX: the checked fields of every entry, as segments mapped to the source.

Each field the checker reads becomes a :class:`~jpterms.document.Segment` with a
role: the work's ``title``, the ``container`` that holds it (journal, book,
series), its ``publisher``, the ``place`` of publication, a person's ``name``
(author, editor), ``prose`` (note, abstract), or the ``original`` in Japanese script
(any other field written in kana or kanji). ``@string`` macros are expanded
(their characters map to the macro's name), ``#`` joins pieces, LaTeX is decoded
(:mod:`jpterms.readers.latex`). A field given twice is reported as a warning and
the first is kept, as BibTeX itself does.

The scanner is our own: bibtexparser gives each block's first line but no
character offsets, and it rejects a whole file for one duplicate field.

>>> segs = list(bibtex_segments('@misc{k,\\n note = "Gaimush{\\\\=o}"}'))
>>> [(s.text, s.role, s.field, s.source_offset(0)) for s in segs]
[('Gaimushō', 'prose', 'note', 18)]
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Callable, Iterator, Sequence

from jpterms.document import CONTAINER, NAME, ORIGINAL, PLACE, PROSE, PUBLISHER, TITLE, Segment
from jpterms.errors import JptermsError, JptermsWarning
from jpterms.readers.latex import NEEDS_DECODING, decode_latex

#: The role of each checked field (BibTeX and biblatex names, lower case).
FIELD_ROLES: dict[str, str] = {
    **dict.fromkeys(("title", "shorttitle", "subtitle", "titleaddon", "origtitle",
                     "shorttitleaddon"), TITLE),
    **dict.fromkeys(("booktitle", "booksubtitle", "journal", "journaltitle", "journalsubtitle",
                     "shortjournal", "series", "maintitle", "mainsubtitle", "issuetitle",
                     "eventtitle"), CONTAINER),
    **dict.fromkeys(("publisher", "institution", "organization", "school"), PUBLISHER),
    **dict.fromkeys(("address", "location", "origlocation", "venue"), PLACE),
    **dict.fromkeys(("author", "editor", "translator", "bookauthor", "editora", "editorb",
                     "origauthor", "annotator", "commentator", "introduction", "foreword",
                     "afterword", "shortauthor", "shorteditor"), NAME),
    **dict.fromkeys(("note", "annote", "annotation", "abstract", "addendum"), PROSE),
}
#: BibTeX's predefined month macros.
MONTHS = {
    m[:3].lower(): m
    for m in ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
}

_ENTRY = re.compile(r"@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])")
_KEY = re.compile(r"[^,\s{}()]*")
_FIELD = re.compile(r"[ \t\r\n]*([A-Za-z_][\w:.+/-]*)[ \t\r\n]*=[ \t\r\n]*")
_SPACE = re.compile(r"[ \t\r\n]*")
_BARE_WORD = re.compile(r"[^\s,#{}\"()=]+")
_BRACES = re.compile(r"[{}\\]")
_QUOTED = re.compile(r'[{}"\\]')
_SKIP = re.compile(r"[^,{}()]*")
_JAPANESE = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


class _Malformed(Exception):
    """A syntax error at a source offset."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset


def _braced_end(text: str, pos: int) -> int:
    """The offset just after the ``}`` matching the ``{`` at ``pos``."""
    depth = 0
    for m in _BRACES.finditer(text, pos):
        c = m.group()
        if c == "\\":
            continue  # an escaped brace still counts in BibTeX; a lone backslash is text
        depth += 1 if c == "{" else -1
        if depth == 0:
            return m.end()
    raise _Malformed(pos, "unclosed '{'")


def _quoted_end(text: str, pos: int) -> int:
    """The offset just after the ``"`` closing the quoted value opened at ``pos``."""
    depth = 0
    for m in _QUOTED.finditer(text, pos + 1):
        c = m.group()
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == '"' and depth <= 0 and text[m.start() - 1] != "\\":
            return m.end()
    raise _Malformed(pos, "unclosed '\"'")


class _Value:
    """A field value: its pieces as raw text with the source offset of each character."""

    __slots__ = ("end", "offsets", "raw", "start")

    def __init__(self) -> None:
        self.raw: list[str] = []
        self.offsets: list[int] | range = range(0)
        self.start = -1
        self.end = -1


#: Characters ``@string`` macros may expand to in one file, besides 8 per character of it.
_MACRO_BUDGET = 1_000_000


class _Macros(dict[str, str]):
    """The ``@string`` macros read so far (BibTeX's months to begin with), and how many
    characters their uses may still expand to: macros that double one another
    (``@string{b = a # a}`` forty times, 2 KB) would expand to a trillion characters."""

    def __init__(self, budget: int) -> None:
        super().__init__(MONTHS)
        self.budget = budget

    def expand(self, word: str, pos: int) -> str:
        """The text of the macro ``word`` (a word no macro names stands as it is)."""
        expanded = self.get(word.lower(), word)
        self.budget -= len(expanded)
        if self.budget < 0:
            raise _Malformed(pos, "@string macros expand to more text than any bibliography "
                                  "holds (macros that repeat one another)")
        return expanded


def _value(text: str, pos: int, strings: _Macros,
           keep: bool = True) -> tuple[_Value, int]:
    """Scan a value at ``pos``: pieces joined by ``#``. Returns it (empty unless ``keep``)
    and the offset after it."""
    value = _Value()
    pieces: list[tuple[str, Sequence[int]]] = []
    n = len(text)
    while pos < n:
        c = text[pos]
        if c == "{":
            end = _braced_end(text, pos)
            if keep:
                pieces.append((text[pos + 1 : end - 1], range(pos + 1, end - 1)))
            value.end = end - 1
        elif c == '"':
            end = _quoted_end(text, pos)
            if keep:
                pieces.append((text[pos + 1 : end - 1], range(pos + 1, end - 1)))
            value.end = end - 1
        else:
            word = _BARE_WORD.match(text, pos)
            if word is None:
                break
            end = word.end()
            if keep:
                expanded = strings.expand(word.group(), pos)
                pieces.append((expanded, [pos] * len(expanded)))
            value.end = end
        pos = _SPACE.match(text, end).end()  # type: ignore[union-attr]
        if pos < n and text[pos] == "#":
            pos = _SPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
            continue
        break
    if len(pieces) == 1 and isinstance(pieces[0][1], range):
        value.raw = [pieces[0][0]]
        value.offsets = pieces[0][1]
    elif pieces:  # several pieces, or a macro: a map character by character
        offsets: list[int] = []
        for raw, offs in pieces:
            value.raw.append(raw)
            offsets.extend(offs)
        value.offsets = offsets
    return value, pos


def _segment(value: _Value, role: str, field: str, entry: str) -> Segment | None:
    raw = "".join(value.raw)
    if not raw.strip():
        return None
    offsets = value.offsets
    if isinstance(offsets, range) and NEEDS_DECODING.search(raw) is None:
        # it stands in the source as it is
        return Segment(raw, offsets.start, role, None, field, (), entry)
    decoded = decode_latex(raw, offsets)
    if not decoded.chars:
        return None
    return decoded.segment(value.end, role, field, entry)


def bibtex_segments(text: str, path: str = "-") -> Iterator[Segment]:
    """The checked fields of every BibTeX entry, in source order."""
    starts: list[int] = []

    def line_of(offset: int) -> int:
        if not starts:
            starts.extend([0, *(m.end() for m in re.finditer(r"\r\n?|\n", text))])
        return bisect.bisect_right(starts, offset)

    strings = _Macros(_MACRO_BUDGET + 8 * len(text))
    pos = 0
    while (m := _ENTRY.search(text, pos)) is not None:
        kind = m.group(1).lower()
        closer = "}" if m.group(2) == "{" else ")"
        try:
            if kind in ("comment", "preamble"):
                pos = _skip_block(text, m.end() - 1, closer)
                continue
            if kind == "string":
                pos = _read_string(text, m.end(), closer, strings)
                continue
            found, pos = _read_entry(text, m.end(), closer, strings, path, line_of)
        except _Malformed as exc:
            raise JptermsError(f"{path}:{line_of(m.start())}: malformed BibTeX: {exc} "
                               f"(at line {line_of(exc.offset)})") from None
        yield from found


def _skip_block(text: str, pos: int, closer: str) -> int:
    if closer == "}":
        return _braced_end(text, pos)
    end = text.find(")", pos)
    if end == -1:
        raise _Malformed(pos, "unclosed '('")
    return end + 1


def _read_string(text: str, pos: int, closer: str, strings: _Macros) -> int:
    field = _FIELD.match(text, pos)
    if field is None:
        return _skip_block(text, pos - 1, closer)
    value, pos = _value(text, field.end(), strings)
    strings[field.group(1).lower()] = "".join(value.raw)
    pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
    if pos < len(text) and text[pos] == closer:
        return pos + 1
    raise _Malformed(pos, f"expected '{closer}' after @string")


def _read_entry(text: str, pos: int, closer: str, strings: _Macros, path: str,
                line_of: Callable[[int], int]) -> tuple[list[Segment], int]:
    """The segments of one entry (after its opening delimiter) and the offset after it."""
    n = len(text)
    key_match = _KEY.match(text, _SPACE.match(text, pos).end())  # type: ignore[union-attr]
    key = key_match.group() if key_match else ""
    pos = key_match.end() if key_match else pos
    found: list[Segment] = []
    seen: set[str] = set()
    while True:
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            raise _Malformed(pos, f"entry '{key}' is not closed")
        c = text[pos]
        if c == closer:
            return found, pos + 1
        if c == ",":
            pos += 1
            continue
        field = _FIELD.match(text, pos)
        if field is None:
            if c == "@":
                raise _Malformed(pos, f"entry '{key}' is not closed")
            skipped = _SKIP.match(text, pos + 1)
            pos = skipped.end() if skipped else pos + 1  # stray text: skip to a separator
            if pos < n and text[pos] in "{(":
                raise _Malformed(pos, f"unexpected '{text[pos]}' in entry '{key}'")
            continue
        name = field.group(1).lower()
        role = FIELD_ROLES.get(name)
        value, end = _value(text, field.end(), strings, keep=role is not None)
        if role is None and _JAPANESE.search(text, field.end(), end):
            # another field in Japanese script: the original of a romanised one
            role = ORIGINAL
            value, end = _value(text, field.end(), strings)
        pos = end
        if name in seen:
            line = line_of(field.start())
            warnings.warn(f"{path}:{line}: duplicate field '{name}' in entry '{key}'; "
                          "keeping the first", JptermsWarning, stacklevel=2)
            continue
        seen.add(name)
        if role is not None and (segment := _segment(value, role, name, key)) is not None:
            found.append(segment)
