"""Read CSL-JSON (what Zotero and citeproc export): checked fields as mapped segments.

Titles (``title``, ``title-short``, ``original-title``), containers
(``container-title``, ``collection-title``), the ``publisher``, places
(``publisher-place``, ``event-place``), names (every part of an author's,
editor's ... name) and prose (``note``, ``abstract``) each become a
:class:`~jpterms.document.Segment` with that role. JSON escapes are decoded and
every character maps back to the file.

The file is validated by :func:`json.loads` (exact messages with line and
column); ``NaN`` and ``Infinity``, which are not JSON, are refused with their
position; numbers are never converted, so a 5,000-digit integer is harmless.
Positions come from our own small tokenizer: the json module gives none.

>>> src = '[{"title": "Ky\\\\u014diku", "author": [{"family": "Noda"}]}]'
>>> [(s.text, s.role, s.source_offset(2)) for s in csl_json_segments(src)]
[('Kyōiku', 'title', 14), ('Noda', 'name', 51)]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from jpterms.document import CONTAINER, NAME, PLACE, PROSE, PUBLISHER, TITLE, MappedText, Segment
from jpterms.errors import JptermsError

#: The role of each checked item field.
FIELD_ROLES: dict[str, str] = {
    **dict.fromkeys(("title", "title-short", "original-title", "reviewed-title"), TITLE),
    **dict.fromkeys(("container-title", "container-title-short", "collection-title",
                     "event-title", "event"), CONTAINER),
    **dict.fromkeys(("publisher", "original-publisher", "authority"), PUBLISHER),
    **dict.fromkeys(("publisher-place", "event-place", "original-publisher-place"), PLACE),
    **dict.fromkeys(("note", "abstract"), PROSE),
}
#: Fields holding lists of names.
NAME_FIELDS = ("author", "editor", "translator", "container-author", "collection-editor",
               "original-author", "reviewed-author", "recipient", "interviewer",
               "editorial-director", "illustrator", "composer", "director")
NAME_PARTS = ("family", "given", "literal", "non-dropping-particle", "dropping-particle")

_TOKEN = re.compile(
    r'[ \t\n\r]*(?:"((?:[^"\\]+|\\.)*)"|([{}\[\]:,])|(true|false|null)'
    r"|(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)|(NaN|-?Infinity)|(\S))",
    re.DOTALL,
)
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))", re.DOTALL)
_JSON_ESCAPES = dict(zip('"\\/bfnrt', '"\\/\b\f\n\r\t', strict=True))
_END = object()


class _Str:
    """A JSON string token: its raw content and where that content starts."""

    __slots__ = ("raw", "start")

    def __init__(self, raw: str, start: int) -> None:
        self.raw = raw
        self.start = start

    def segment(self, role: str, field: str, entry: str) -> Segment | None:
        if not self.raw:
            return None
        if "\\" not in self.raw:
            return Segment(self.raw, self.start, role, None, field, (), entry)
        return _decoded(self.raw, self.start).segment(self.start + len(self.raw), role, field,
                                                      entry)

    def text(self) -> str:
        return self.raw if "\\" not in self.raw else "".join(_decoded(self.raw, 0).chars)


def _decoded(raw: str, start: int) -> MappedText:
    """A string's escapes decoded, each character mapped to its escape's backslash."""
    out = MappedText()
    pos = 0
    for m in _ESCAPE.finditer(raw):
        if m.start() < pos:
            continue  # the low half of a surrogate pair, already taken
        out.add_run(raw[pos : m.start()], start + pos)
        pos = m.end()
        if m.group(1) is None:
            out.add(_JSON_ESCAPES.get(m.group(2), m.group(2)), start + m.start())
            continue
        code = int(m.group(1), 16)
        if 0xD800 <= code < 0xDC00 and raw.startswith("\\u", pos):
            low = int(raw[pos + 2 : pos + 6] or "0", 16) if len(raw) >= pos + 6 else 0
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                pos += 6
        out.add(chr(code), start + m.start())
    out.add_run(raw[pos:], start + pos)
    return out


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"{line}:{offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def _parse(text: str, path: str) -> Any:
    """The JSON value of ``text`` with strings as :class:`_Str` (text already validated)."""
    stack: list[Any] = []
    keys: list[str | None] = []
    root: Any = _END
    key: str | None = None
    expect_key = False
    for m in _TOKEN.finditer(text):
        string, punct, _literal, _number, constant, other = m.groups()
        if constant is not None or other is not None:
            where = _position(text, m.start(5) if constant is not None else m.start(6))
            what = constant if constant is not None else repr(other)
            raise JptermsError(f"{path}:{where}: invalid JSON: {what} is not a JSON value")
        if punct is not None:
            if punct in "{[":
                stack.append({} if punct == "{" else [])
                keys.append(key)
                key = None
                expect_key = punct == "{"
                continue
            if punct in "}]":
                value = stack.pop()
                key = keys.pop()
            elif punct == ",":
                expect_key = isinstance(stack[-1], dict) if stack else False
                continue
            else:  # ":"
                continue
        elif string is not None:
            if expect_key:
                key = string
                expect_key = False
                continue
            value = _Str(string, m.start(1))
        else:
            value = None  # numbers and literals are never checked
        if not stack:
            root = value
            continue
        container = stack[-1]
        if isinstance(container, dict):
            if key is not None:
                container[key] = value  # the last of duplicate keys wins, as in json
            key = None
        else:
            container.append(value)
    return None if root is _END else root


def _validate(text: str, path: str) -> None:
    class _Constant(Exception):
        pass

    def reject(name: str) -> Any:
        raise _Constant(name)

    try:
        json.loads(text, parse_constant=reject, parse_int=lambda _: 0, parse_float=lambda _: 0.0)
    except json.JSONDecodeError as exc:
        raise JptermsError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise JptermsError(f"{path}: invalid JSON: nested too deeply") from None
    except _Constant:
        _parse(text, path)  # raises with the constant's position
        raise JptermsError(f"{path}: invalid JSON: NaN or Infinity is not a JSON value") \
            from None


def _items(data: Any, path: str) -> list[Any]:
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return list(data["items"])
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise JptermsError(f"{path}: not CSL-JSON: expected a list of items or an object")


def csl_json_segments(text: str, path: str = "-") -> Iterator[Segment]:
    """The checked fields of CSL-JSON items, as segments in source order."""
    if not text.strip():
        return
    _validate(text, path)
    found: list[Segment] = []

    def add(value: Any, role: str, field: str) -> None:
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, _Str) and (segment := v.segment(role, field, entry)) is not None:
                found.append(segment)

    for number, item in enumerate(_items(_parse(text, path), path)):
        if not isinstance(item, dict):
            continue
        given = item.get("id")
        entry = given.text() if isinstance(given, _Str) else f"#{number + 1}"
        for field, role in FIELD_ROLES.items():
            if field in item:
                add(item[field], role, field)
        for field in NAME_FIELDS:
            names = item.get(field)
            if isinstance(names, list):
                for name in names:
                    if isinstance(name, dict):
                        for part in NAME_PARTS:
                            add(name.get(part), NAME, field)
    found.sort(key=lambda s: s.start)
    yield from found
