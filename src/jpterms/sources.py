"""Read inputs and turn them into a :class:`~jpterms.document.Document`.

Four input formats are understood: plain ``text``, ``markdown`` (code, comments
and link targets are blanked so they are never checked), ``bibtex`` (one
segment per checked field, LaTeX accents decoded) and ``csl-json`` (the JSON
that Zotero and citeproc export, JSON escapes decoded). Every segment maps its
characters back to offsets in the original file, so findings always point at
the right line and column.

>>> detect_format("refs.bib"), detect_format("notes.md"), detect_format("-")
('bibtex', 'markdown', 'text')
>>> doc = load_document('@book{k, title = {Ky{\\\\=o}iku}}\\n', "refs.bib")
>>> seg = doc.segments[0]
>>> seg.text, seg.role
('Kyōiku', 'title')
>>> doc.source[seg.source_offset(2):seg.source_offset(3)]
'{\\\\=o}'
"""

from __future__ import annotations

import codecs
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from jpterms.document import PROSE, TITLE, Document, Segment
from jpterms.errors import JptermsError

#: The input formats :func:`load_document` understands.
FORMATS: tuple[str, ...] = ("text", "markdown", "bibtex", "csl-json")

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".bib": "bibtex",
    ".json": "csl-json",
}

# --------------------------------------------------------------------------
# Bytes to text
# --------------------------------------------------------------------------

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/DOCX"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x1f\x8b", "gzip"),
    (b"\x7fELF", "ELF"),
    (b"\xd0\xcf\x11\xe0", "MS Office"),
)

_SNIFF = 8192
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")


def _binary_error(path: str, what: str = "") -> JptermsError:
    kind = f" ({what})" if what else ""
    return JptermsError(f"{path}: binary file{kind}, not text; extract its text first")


def _japanese_legacy_encoding(data: bytes) -> str | None:
    """The name of a legacy Japanese encoding that decodes ``data`` into Japanese."""
    for codec, name in (("cp932", "SHIFT_JIS"), ("euc_jp", "EUC-JP")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff") >= 2:
            return name
    return None


def read_bytes_text(data: bytes, path: str) -> str:
    """Decode a file's bytes: UTF-8 (BOM stripped) or UTF-16/32 with a BOM.

    Line endings are kept as they are, so offsets match the file on disk.

    >>> read_bytes_text(b"\\xef\\xbb\\xbfky\\xc5\\x8dgi", "a.txt")
    'kyōgi'
    >>> read_bytes_text("Tōkyō".encode("utf-16"), "a.txt")
    'Tōkyō'
    >>> read_bytes_text(b"", "a.txt")
    ''
    >>> read_bytes_text(b"caf\\xe9", "a.txt")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: a.txt: not UTF-8 text (byte 0xe9 at offset 3); convert it to UTF-8
    >>> read_bytes_text(b"%PDF-1.7 ...", "a.pdf")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: a.pdf: binary file (PDF), not text; extract its text first
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                label = encoding.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise JptermsError(
                    f"{path}: not valid {label} text (bad data at offset "
                    f"{exc.start + len(bom)}); convert it to UTF-8"
                ) from None
            break
    else:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise _binary_error(path, what)
        if b"\x00" in data[:_SNIFF]:
            raise _binary_error(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            hint = ""
            legacy = _japanese_legacy_encoding(data)
            if legacy:
                hint = f" (it looks like {legacy}: iconv -f {legacy} -t UTF-8)"
            raise JptermsError(
                f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start}); convert it to UTF-8{hint}"
            ) from None
    if "\x00" in text:
        raise _binary_error(path)
    head = text[:_SNIFF]
    controls = sum(1 for c in head if c < " " and c not in _TEXT_CONTROLS)
    if head and controls * 10 > len(head):
        raise _binary_error(path)
    return text


#: The largest file read unless the caller raises the limit (``--max-file-size``).
DEFAULT_MAX_BYTES = 20_000_000


def _read_capped(handle: BinaryIO, path: str, max_bytes: int) -> bytes:
    """Read a stream: sniff its start for binary data first, then at most ``max_bytes``."""
    head = handle.read(_SNIFF)
    if not any(head.startswith(bom) for bom, _ in _BOMS):
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise _binary_error(path, what)
        if b"\x00" in head:
            raise _binary_error(path)
    rest = handle.read(max(0, max_bytes - len(head)) + 1)
    if len(head) + len(rest) > max_bytes:
        raise JptermsError(f"{path}: larger than the {max_bytes / 1e6:g} MB limit; "
                           "raise it with --max-file-size MB")
    return head + rest


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode a file; ``-`` reads standard input.

    The start is sniffed for binary data before the rest is read, and no more than
    ``max_bytes`` are read. Every failure becomes a one-line :class:`JptermsError`.

    >>> read_path("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: /no/such/file.txt: no such file
    >>> read_path("/dev/zero")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: /dev/zero: binary file, not text; extract its text first
    """
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            data = _read_capped(sys.stdin.buffer, name, max_bytes)
        else:
            with open(path, "rb") as fh:
                data = _read_capped(fh, name, max_bytes)
    except FileNotFoundError:
        raise JptermsError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise JptermsError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise JptermsError(f"{path}: permission denied") from None
    except OSError as exc:
        raise JptermsError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return read_bytes_text(data, name)


def detect_format(path: str) -> str:
    """The input format implied by a file name's extension.

    >>> [detect_format(p) for p in ("a.MD", "b.markdown", "c.json", "d.txt", "e")]
    ['markdown', 'markdown', 'csl-json', 'text', 'text']
    """
    if path == "-":
        return "text"
    name = path.replace("\\", "/").rsplit("/", 1)[-1].lower()
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:], "text") if dot > 0 else "text"


def load_document(text: str, path: str = "-", input_format: str | None = None) -> Document:
    """Turn source text into a :class:`Document` of the given (or detected) format.

    >>> load_document("Tokyo", "a.txt").segments[0].text
    'Tokyo'
    >>> load_document("x", "a.txt", "rtf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: unknown input format 'rtf' (choose from text, ...)
    """
    fmt = input_format or detect_format(path)
    if fmt == "text":
        return Document.from_text(text, path=path)
    if fmt == "markdown":
        return Document(source=text, segments=(Segment(blank_markdown(text), 0, PROSE),), path=path)
    if fmt == "bibtex":
        return Document(source=text, segments=tuple(bibtex_segments(text, path)), path=path)
    if fmt == "csl-json":
        return Document(source=text, segments=tuple(csl_json_segments(text, path)), path=path)
    raise JptermsError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_INLINE = re.compile(
    r"""
    (?P<escape>\\[^\n])
  | (?P<ticks>`+)
  | (?P<comment><!--)
  | (?P<autolink><(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<link>\]\()
  | (?P<refdef>^[ ]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*)
  | (?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])
    """,
    re.VERBOSE | re.MULTILINE,
)
_OFF = re.compile(r"<!--\s*jpterms[\s:]+off\s*-->", re.IGNORECASE)
_ON = re.compile(r"<!--\s*jpterms[\s:]+on\s*-->", re.IGNORECASE)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n\r":
            chars[i] = " "


def _blank_code_blocks(text: str, chars: list[str]) -> None:
    """Blank fenced and indented code blocks, line by line."""
    pos = 0
    fence: tuple[str, int] | None = None
    prev_blank = True
    in_list = False
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = pos + len(line)
        if fence is not None:
            _blank(chars, pos, end)
            closing = _FENCE.match(body)
            if (
                closing
                and closing.group(1)[0] == fence[0]
                and len(closing.group(1)) >= fence[1]
                and not closing.group(2).strip()
            ):
                fence = None
            prev_blank = False
        elif (opening := _FENCE.match(body)) and not (
            opening.group(1)[0] == "`" and "`" in opening.group(2)
        ):
            fence = (opening.group(1)[0], len(opening.group(1)))
            _blank(chars, pos, end)
            prev_blank = False
        elif not body.strip():
            prev_blank = True
        else:
            indented = body.startswith(("    ", "\t"))
            if _LIST_ITEM.match(body):
                in_list = True
            elif not indented:
                in_list = False
            elif prev_blank and not in_list:
                # An indented code block: it cannot interrupt a paragraph.
                _blank(chars, pos, end)
                pos = end
                continue
            prev_blank = False
        pos = end


def _link_destination_end(text: str, start: int) -> int:
    """The offset of the ``)`` closing an inline link destination opened before ``start``."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "\n" and text[i + 1 : i + 2] == "\n":
            return i
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return len(text)


def blank_markdown(text: str) -> str:
    """Markdown with code, comments, HTML tags and link targets replaced by spaces.

    The result has exactly the length of ``text`` and keeps its line breaks, so
    every offset in it is an offset in the source.

    >>> blank_markdown("See `kyogi` and [MOFA](https://mofa.go.jp/) now.")
    'See         and [MOFA](                   ) now.'
    >>> blank_markdown("a\\n```\\nsaiba\\n```\\nb")
    'a\\n   \\n     \\n   \\nb'
    >>> blank_markdown("x <!-- jpterms off -->Tokyo<!-- jpterms on --> y").strip()
    'x                                              y'
    """
    chars = list(text)
    _blank_code_blocks(text, chars)
    work = "".join(chars)
    pos = 0
    paragraph_end = -1  # where the paragraph holding ``pos`` ends (found once per paragraph)
    unclosed: dict[str, int] = {}  # backtick runs with no closing run before that paragraph end
    while (m := _INLINE.search(work, pos)) is not None:
        kind = m.lastgroup
        start, end = m.span()
        if kind == "escape":
            pass
        elif kind == "ticks":
            run = m.group()
            if end > paragraph_end:
                stop = work.find("\n\n", end)
                paragraph_end = len(work) if stop == -1 else stop
            limit = paragraph_end
            close = None
            if unclosed.get(run) != limit:
                close = re.compile(rf"(?<!`){run}(?!`)").search(work, end, limit)
            if close is not None:
                end = close.end()
                _blank(chars, start, end)
            else:
                unclosed[run] = limit
        elif kind == "comment":
            close_at = work.find("-->", end)
            end = len(work) if close_at == -1 else close_at + 3
            if _OFF.fullmatch(work, start, end):
                on = _ON.search(work, end)
                end = len(work) if on is None else on.end()
            _blank(chars, start, end)
        elif kind in ("autolink", "tag", "url"):
            _blank(chars, start, end)
        elif kind == "link":
            close_at = _link_destination_end(work, end)
            _blank(chars, end, close_at)
            end = close_at
        elif kind == "refdef":
            line_end = work.find("\n", end)
            end = len(work) if line_end == -1 else line_end
            _blank(chars, m.end(), end)
        pos = max(end, start + 1)
    return "".join(chars)


# --------------------------------------------------------------------------
# Text with a map to the source
# --------------------------------------------------------------------------


@dataclass
class _Mapped:
    """Decoded text being built, with the source offset of every character."""

    chars: list[str]
    offsets: list[int]

    @classmethod
    def empty(cls) -> _Mapped:
        return cls([], [])

    def add(self, text: str, offset: int) -> None:
        for c in text:
            self.chars.append(c)
            self.offsets.append(offset)

    def segment(self, end: int, role: str) -> Segment:
        text = "".join(self.chars)
        start = self.offsets[0] if self.offsets else end
        return Segment(text, start, role, (*self.offsets, end))


# --------------------------------------------------------------------------
# BibTeX
# --------------------------------------------------------------------------

_BIB_TITLE_FIELDS = frozenset(
    {"title", "booktitle", "journal", "journaltitle", "publisher", "series", "shorttitle"}
)
_BIB_PROSE_FIELDS = frozenset({"note", "annote", "annotation", "abstract", "author", "editor"})

#: Combining marks of the LaTeX accent commands.
_ACCENTS = {
    "=": "\u0304",
    "^": "\u0302",
    "'": "\u0301",
    "`": "\u0300",
    '"': "\u0308",
    "~": "\u0303",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
    "d": "\u0323",
    "b": "\u0331",
}
#: LaTeX commands that stand for a character.
_SYMBOLS = {
    "i": "ı",
    "j": "ȷ",
    "o": "ø",
    "O": "Ø",
    "l": "ł",
    "L": "Ł",
    "ss": "ß",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "textendash": "–",
    "textemdash": "—",
    "textquoteleft": "‘",
    "textquoteright": "’",
    "textquotedblleft": "“",
    "textquotedblright": "”",
    "ldots": "…",
    "dots": "…",
}
#: LaTeX commands whose (first) argument is a link, not text.
_SKIP_ARGUMENT = frozenset({"url", "doi", "href", "path"})
#: BibTeX's predefined month macros.
_MONTHS = {
    m[:3].lower(): m
    for m in (
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    )
}
_LETTER_COMMAND = re.compile(r"[A-Za-z]+")
_FIELD_START = re.compile(r"[,{(]\s*([A-Za-z][\w:.+/-]*)\s*=\s*")
_BARE_WORD = re.compile(r"[^\s,#{}\"()=]+")


def decode_latex(mapped: list[tuple[str, int]]) -> _Mapped:
    """Decode LaTeX in a field value given as (character, source offset) pairs.

    Grouping braces go, accents combine with their letter (``\\=o``, ``\\={o}``,
    ``{\\=o}`` all give ``ō``), whitespace runs become one space. A decoded
    character maps to the offset where its escape began (the ``{`` of a
    ``{\\=o}`` group).

    >>> out = decode_latex([(c, i) for i, c in enumerate("Ky{\\\\=o}to -- ni\\\\'e")])
    >>> "".join(out.chars), out.offsets[2], out.offsets[3]
    ('Kyōto -- nié', 2, 7)
    """
    out = _Mapped.empty()
    n = len(mapped)
    i = 0
    pending: int | None = None  # offset of a "{\" group that opens an escape

    def emit(text: str, offset: int) -> None:
        nonlocal pending
        if pending is not None:
            offset = pending
            pending = None
        out.add(text, offset)

    def accent_argument(j: int) -> tuple[str, int]:
        """The base letter of an accent starting at ``j`` and the index after it."""
        while j < n and mapped[j][0] in " \t\n\r":
            j += 1
        if j < n and mapped[j][0] == "{":
            depth, k, base = 1, j + 1, []
            while k < n and depth:
                c = mapped[k][0]
                if c == "{":
                    depth += 1
                elif c == "}":
                    depth -= 1
                elif c == "\\" and k + 1 < n:
                    word = _LETTER_COMMAND.match("".join(ch for ch, _ in mapped[k + 1 : k + 4]))
                    if word and word.group() in ("i", "j"):
                        base.append(word.group())
                        k += 1 + len(word.group())
                        continue
                elif not c.isspace():
                    base.append(c)
                k += 1
            return "".join(base), k
        if j < n and mapped[j][0] == "\\":
            word = _LETTER_COMMAND.match("".join(ch for ch, _ in mapped[j + 1 : j + 4]))
            if word and word.group()[:1] in ("i", "j"):
                return word.group()[:1], j + 2
        if j < n:
            return mapped[j][0], j + 1
        return "", j

    while i < n:
        c, off = mapped[i]
        if c == "\\" and i + 1 < n:
            nxt = mapped[i + 1][0]
            if nxt in _ACCENTS and not (nxt.isalpha() and i + 2 < n and mapped[i + 2][0].isalpha()):
                base, i2 = accent_argument(i + 2)
                emit(unicodedata.normalize("NFC", base + _ACCENTS[nxt]) if base else "", off)
                i = i2
                continue
            if nxt.isalpha():
                word = _LETTER_COMMAND.match("".join(ch for ch, _ in mapped[i + 1 : i + 40]))
                name = word.group() if word else nxt
                j = i + 1 + len(name)
                if name in _SYMBOLS:
                    emit(_SYMBOLS[name], off)
                    while j < n and mapped[j][0] in " \t":
                        j += 1
                    if j + 1 < n and mapped[j][0] == "{" and mapped[j + 1][0] == "}":
                        j += 2
                elif name in _SKIP_ARGUMENT and j < n and mapped[j][0] == "{":
                    # \url{...}, \doi{...}, \href{url}{text}: the target is not prose.
                    depth, j = 1, j + 1
                    while j < n and depth:
                        depth += {"{": 1, "}": -1}.get(mapped[j][0], 0)
                        j += 1
                # Any other command (\emph, \textit, ...) is dropped, its argument kept.
                elif j < n and mapped[j][0] in " \t":
                    j += 1
                i = j
                continue
            if nxt == "\\" or nxt.isspace():  # a line break or a control space
                emit(" ", off)
                i += 2
                while i < n and mapped[i][0].isspace():
                    i += 1
                continue
            else:  # \& \% \$ \# \_ \{ \} and friends
                emit(nxt, off)
            i += 2
            continue
        if c == "{":
            if i + 1 < n and mapped[i + 1][0] == "\\" and pending is None:
                pending = off
            i += 1
            continue
        if c == "}":
            i += 1
            continue
        if c == "~":
            emit(" ", off)
            i += 1
            continue
        if c.isspace():
            j = i
            while j < n and mapped[j][0].isspace():
                j += 1
            emit(" ", off)
            i = j
            continue
        emit(c, off)
        i += 1
    return out


def _bib_value(text: str, pos: int, strings: dict[str, str]) -> tuple[list[tuple[str, int]], int]:
    """Scan a field value starting at ``pos``: pieces joined by ``#``.

    Returns the value's characters with their source offsets (delimiters
    removed, ``@string`` macros expanded and mapped to the macro's name) and
    the offset where the value ends.
    """
    chars: list[tuple[str, int]] = []
    end = pos
    while pos < len(text):
        c = text[pos]
        if c == "{":
            depth, j = 1, pos + 1
            while j < len(text) and depth:
                if text[j] == "\\":
                    j += 2
                    continue
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            chars.extend((text[k], k) for k in range(pos + 1, j - 1))
            end = j - 1
            pos = j
        elif c == '"':
            depth, j = 0, pos + 1
            while j < len(text) and not (text[j] == '"' and depth == 0):
                if text[j] == "\\":
                    j += 2
                    continue
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            chars.extend((text[k], k) for k in range(pos + 1, min(j, len(text))))
            end = j
            pos = j + 1
        else:
            word = _BARE_WORD.match(text, pos)
            if word is None:
                break
            value = strings.get(word.group().lower(), word.group())
            chars.extend((ch, pos) for ch in value)
            end = pos = word.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos < len(text) and text[pos] == "#":
            pos += 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
            continue
        break
    return chars, end


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def bibtex_segments(text: str, path: str = "-") -> Iterator[Segment]:
    """The checked fields of every BibTeX entry, as segments mapped to ``text``.

    >>> segs = list(bibtex_segments('@misc{k,\\n note = "Gaimush{\\\\=o}"}'))
    >>> [(s.text, s.role, s.source_offset(0)) for s in segs]
    [('Gaimushō', 'prose', 18)]
    """
    import logging

    import bibtexparser  # deferred: only BibTeX input needs it

    # bibtexparser logs every broken block; we report them ourselves, once.
    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    try:
        library = bibtexparser.parse_string(text, parse_stack=[])
    except Exception as exc:  # the splitter is fault tolerant; be safe anyway
        raise JptermsError(f"{path}: malformed BibTeX: {exc}") from None
    for failed in library.failed_blocks:
        if type(failed).__name__ == "DuplicateBlockKeyBlock":
            continue
        message = " ".join(str(failed.error).split()) or "syntax error"
        line = (failed.start_line or 0) + 1
        raise JptermsError(f"{path}:{line}: malformed BibTeX: {message}")

    strings: dict[str, str] = dict(_MONTHS)
    for block in library.strings:
        strings[block.key.lower()] = re.sub(r"^[{\"]|[}\"]$", "", str(block.value))
    starts = _line_starts(text)
    entries = list(library.entries)
    entries.extend(
        b.ignore_error_block
        for b in library.failed_blocks
        if b.ignore_error_block is not None and hasattr(b.ignore_error_block, "fields")
    )
    for entry in sorted(entries, key=lambda e: e.start_line or 0):
        line = min(entry.start_line or 0, len(starts) - 1)
        raw = entry.raw or ""
        base = text.find(raw, starts[line]) if raw else -1
        if base == -1:
            continue
        limit = base + len(raw)
        pos = base
        # Walk the fields in order, skipping each value whole, so that text
        # inside a value ("a = b") is never taken for a field.
        while (m := _FIELD_START.search(text, pos, limit)) is not None:
            key = m.group(1).lower()
            raw_chars, end = _bib_value(text, m.end(), strings)
            pos = max(end, m.end())
            if key not in _BIB_TITLE_FIELDS and key not in _BIB_PROSE_FIELDS:
                continue
            decoded = decode_latex(raw_chars)
            if decoded.chars:
                yield decoded.segment(end, TITLE if key in _BIB_TITLE_FIELDS else PROSE)


# --------------------------------------------------------------------------
# CSL-JSON
# --------------------------------------------------------------------------

_CSL_TITLE_FIELDS = (
    "title",
    "container-title",
    "collection-title",
    "publisher",
    "title-short",
    "original-title",
)
_CSL_PROSE_FIELDS = ("note", "abstract")
_CSL_NAME_FIELDS = (
    "author",
    "editor",
    "translator",
    "container-author",
    "collection-editor",
    "original-author",
    "reviewed-author",
    "recipient",
    "interviewer",
)
_CSL_NAME_PARTS = ("family", "given", "literal")
_JSON_ESCAPES = dict(zip('"\\/bfnrt', '"\\/\b\f\n\r\t', strict=True))
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass
class _JStr:
    """A JSON string with the source offset of each character."""

    value: _Mapped
    start: int
    end: int  # offset of the closing quote


class _PositionedJSON:
    """A small JSON reader for text already validated by :func:`json.loads`.

    Strings come back as :class:`_JStr`, so each character knows where it
    stood in the file.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    def _space(self, pos: int) -> int:
        m = _JSON_SPACE.match(self.text, pos)
        return m.end() if m else pos

    def value(self, pos: int) -> tuple[Any, int]:
        text = self.text
        pos = self._space(pos)
        c = text[pos]
        if c == "{":
            obj: dict[str, Any] = {}
            pos = self._space(pos + 1)
            if text[pos] == "}":
                return obj, pos + 1
            while True:
                key, pos = self.string(self._space(pos))
                pos = self._space(pos) + 1  # the ':'
                obj["".join(key.value.chars)], pos = self.value(pos)
                pos = self._space(pos)
                if text[pos] == "}":
                    return obj, pos + 1
                pos += 1  # the ','
        if c == "[":
            arr: list[Any] = []
            pos = self._space(pos + 1)
            if text[pos] == "]":
                return arr, pos + 1
            while True:
                item, pos = self.value(pos)
                arr.append(item)
                pos = self._space(pos)
                if text[pos] == "]":
                    return arr, pos + 1
                pos += 1
        if c == '"':
            return self.string(pos)
        for literal in ("true", "false", "null"):
            if text.startswith(literal, pos):
                return None, pos + len(literal)
        m = _JSON_NUMBER.match(text, pos)
        return None, (m.end() if m else pos + 1)

    def string(self, pos: int) -> tuple[_JStr, int]:
        text = self.text
        start = pos
        pos += 1
        out = _Mapped.empty()
        while text[pos] != '"':
            c = text[pos]
            if c != "\\":
                out.add(c, pos)
                pos += 1
                continue
            esc = text[pos + 1]
            if esc != "u":
                out.add(_JSON_ESCAPES.get(esc, esc), pos)
                pos += 2
                continue
            code = int(text[pos + 2 : pos + 6], 16)
            width = 6
            if 0xD800 <= code < 0xDC00 and text.startswith("\\u", pos + 6):
                low = int(text[pos + 8 : pos + 12], 16)
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    width = 12
            out.add(chr(code), pos)
            pos += width
        return _JStr(out, start, pos), pos + 1


def _csl_items(data: Any, path: str) -> list[Any]:
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return list(data["items"])
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise JptermsError(f"{path}: not CSL-JSON: expected a list of items or an object")


def csl_json_segments(text: str, path: str = "-") -> Iterator[Segment]:
    """The checked fields of CSL-JSON items, as segments mapped to ``text``.

    >>> src = '[{"title": "Ky\\\\u014diku", "author": [{"family": "Noda"}]}]'
    >>> [(s.text, s.role, s.source_offset(2)) for s in csl_json_segments(src)]
    [('Kyōiku', 'title', 14), ('Noda', 'prose', 51)]
    """
    if not text.strip():
        return
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise JptermsError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise JptermsError(f"{path}: invalid JSON: nested too deeply") from None
    try:
        data, _ = _PositionedJSON(text).value(0)
    except RecursionError:
        raise JptermsError(f"{path}: invalid JSON: nested too deeply") from None
    found: list[Segment] = []

    def add(value: Any, role: str) -> None:
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, _JStr) and v.value.chars:
                found.append(v.value.segment(v.end, role))

    for item in _csl_items(data, path):
        if not isinstance(item, dict):
            continue
        for key in _CSL_TITLE_FIELDS:
            add(item.get(key), TITLE)
        for key in _CSL_PROSE_FIELDS:
            add(item.get(key), PROSE)
        for key in _CSL_NAME_FIELDS:
            names = item.get(key)
            if isinstance(names, list):
                for name in names:
                    if isinstance(name, dict):
                        for part in _CSL_NAME_PARTS:
                            add(name.get(part), PROSE)
    found.sort(key=lambda s: s.start)
    yield from found
