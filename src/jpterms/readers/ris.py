"""Read RIS (what Zotero, EndNote, Mendeley, CiNii and library catalogues export).

A record runs from ``TY  - `` to ``ER  - ``; each line between starts with a tag
(two characters, two spaces, a hyphen, a space) and holds one field. Each field
the checker reads becomes a :class:`~jpterms.document.Segment` with a role, as
in :mod:`~jpterms.readers.bibtex`: titles (``TI``, ``T1``, ``ST``, ``TT``,
``OP``, ``RI``), containers (``T2``, ``T3``, ``JO``, ``JF``, ``JA``, ``J2``, ``BT``
...), the publisher (``PB``), the place (``CY``, ``PP``), names (``AU``,
``A1``-``A4``, ``ED``, ``TA``) and prose (notes, keywords). Another
field written in kana or kanji (an ``M1``, a ``C3``) is the ``original`` of a
romanised one, never checked. Identifiers, links, numbers and dates (``DO``,
``UR``, ``SN``, ``PY``, ``SP``, ``VL`` ...) are skipped, and so is the abstract
(``AB``, ``N2``): the publisher's or the author's text, which a bibliography quotes and
never corrects; in the exports of databases every record has one, and they made 31 of
the 35 findings on a Cochrane export and 4 of 6 on a Web of Science one, none of them
right (company names, English words: *Daiichi Sankyo*, *hematoma*). Every segment's
``entry`` is the record's ``ID`` (or ``#n``, its number in the file), so a
romanised ``TI`` is paired with its original in ``TT`` or ``OP``.

A line that is no tag continues the field before it (long fields are wrapped);
a field's text is the source as it stands, so its characters are source offsets.
CRLF, a bare CR, a byte-order mark, a record without ``ER``, blank lines, junk
between records and empty fields are all read without complaint: RIS has no
syntax to get wrong. The scanner is our own, a few lines: ``rispy`` (not among
our dependencies) returns values without their positions in the file.

>>> src = "TY  - BOOK\\nTI  - Nihon shoki no kenkyu\\nPB  - Iwanami Shoten\\nER  - \\n"
>>> for s in ris_segments(src):
...     print(s.field, s.role, s.entry, s.start, repr(s.text))
TI title #1 17 'Nihon shoki no kenkyu'
PB publisher #1 45 'Iwanami Shoten'
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from jpterms.document import CONTAINER, NAME, ORIGINAL, PLACE, PROSE, PUBLISHER, TITLE, Segment
from jpterms.errors import JptermsWarning

#: The role of each checked tag. ``TT`` and ``OP`` may hold a title's original script.
TAG_ROLES: dict[str, str] = {
    **dict.fromkeys(("TI", "T1", "ST", "TT", "OP", "CT", "RI"), TITLE),
    **dict.fromkeys(("T2", "T3", "JO", "JF", "JA", "J1", "J2", "BT"), CONTAINER),
    **dict.fromkeys(("PB",), PUBLISHER),
    **dict.fromkeys(("CY", "PP"), PLACE),
    **dict.fromkeys(("AU", "A1", "A2", "A3", "A4", "ED", "TA"), NAME),
    **dict.fromkeys(("N1", "RN", "KW"), PROSE),
}
#: Tags not read: the record's bounds, identifiers, links, dates, numbers, codes, and
#: the abstract. Any other tag (``M1``, ``C3``, ``LB`` ...) in kana or kanji is an original.
SKIPPED_TAGS = frozenset((
    "TY", "ER", "ID", "DO", "UR", "L1", "L2", "L3", "L4", "LK", "SN", "PY", "Y1", "Y2",
    "Y3", "DA", "SP", "EP", "VL", "IS", "AN", "DB", "DP", "LA", "CN", "ET", "NV", "SE",
    "M3", "AV", "AB", "N2",
))

#: A tag at the start of a line (matched up to the line's end): ``TI  - ``; Zotero also
#: reads one space before the hyphen, and ``ER  -`` at the end of its line.
_TAG = re.compile(r"([A-Z][A-Z0-9]) {1,2}-(?: |\Z)")
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n|\Z)")
_JAPANESE = re.compile("[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


class _Field:
    """A field of the record being read: its tag and where its value starts and ends."""

    __slots__ = ("end", "start", "tag")

    def __init__(self, tag: str, start: int, end: int) -> None:
        self.tag = tag
        self.start = start
        self.end = end


class _Record:
    """The fields of the record being read, and its ``ID``."""

    __slots__ = ("fields", "key", "number")

    def __init__(self, number: int) -> None:
        self.fields: list[_Field] = []
        self.key = ""
        self.number = number

    def segments(self, text: str) -> Iterator[Segment]:
        entry = self.key or f"#{self.number}"
        for f in self.fields:
            role = TAG_ROLES.get(f.tag)
            if role is None and (f.tag in SKIPPED_TAGS
                                 or not _JAPANESE.search(text, f.start, f.end)):
                continue
            value = text[f.start : f.end]
            stripped = value.strip()
            if stripped:
                lead = len(value) - len(value.lstrip())
                yield Segment(stripped, f.start + lead, role or ORIGINAL, None, f.tag, (), entry)


def ris_segments(text: str, path: str = "-") -> Iterator[Segment]:
    """The checked fields of every RIS record, in source order. RIS has no syntax error
    to report; a text with no tag line at all is read as no record, with a warning."""
    record: _Record | None = None
    number = 0
    tagged = False  # whether any line had a tag
    field: _Field | None = None  # the field that a line without a tag continues
    pos = 1 if text.startswith("\ufeff") else 0
    n = len(text)
    while pos < n:
        end = _LINE.match(text, pos).end()  # type: ignore[union-attr]
        stop = end  # the end of the line's text, before its line break
        while stop > pos and text[stop - 1] in "\r\n":
            stop -= 1
        tag = _TAG.match(text, pos, stop)
        tagged = tagged or tag is not None
        if tag is None:
            if field is not None:
                if text[pos:stop].strip():
                    field.end = stop  # a wrapped line of the field before
                else:
                    field = None  # a blank line ends it
        elif tag.group(1) == "ER":
            if record is not None:
                yield from record.segments(text)
            record = field = None
        else:
            if record is None or tag.group(1) == "TY":
                if record is not None:  # the record before had no ER
                    yield from record.segments(text)
                number += 1
                record = _Record(number)
            field = _Field(tag.group(1), tag.end(), stop)
            record.fields.append(field)
            if field.tag == "ID" and not record.key:
                record.key = text[tag.end() : stop].strip()
        pos = end if end > pos else n
    if record is not None:
        yield from record.segments(text)
    elif not tagged and text.strip("\ufeff \t\r\n"):
        warnings.warn(f"{path}: no RIS record here (a record begins with a line 'TY  - ')",
                      JptermsWarning, stacklevel=2)
