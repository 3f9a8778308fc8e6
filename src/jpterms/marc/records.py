"""MARC records in and out (through pymarc), and the pairing of romanised fields with 880s.

Binary MARC 21 (``.mrc``, ``.marc``) and MARCXML (``.xml``) are read; which one a
file holds is sniffed from its first byte, so ``--input-format marc`` takes either.
A romanised field and its vernacular 880 point at each other through subfield
``$6``: ``245 $6 880-01`` and ``880 $6 245-01/$1``.

>>> rec = read_records(open("tests/data/marc/real.mrc", "rb").read(), "real.mrc")[0]
>>> control_number(rec), is_japanese(rec)
('ocm06783656', True)
>>> [(p.tag, p.vernacular["a"]) for p in pairs(rec) if p.vernacular][:3]
[('100', '佐々木現順,'), ('245', '阿毘達磨思想硏究 :'), ('260', '東京 :')]
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jpterms.errors import JptermsError

#: File extensions that mean MARC (``.xml`` only when the file is MARCXML).
BINARY_EXTENSIONS = (".mrc", ".marc")
XML_EXTENSIONS = (".xml",)
_LINK = re.compile(r"^\s*(\d{3})-(\d{2,})")


def is_marc_path(path: str, head: bytes = b"") -> bool:
    """True for ``.mrc``/``.marc`` files and for ``.xml`` files that hold MARCXML.

    >>> is_marc_path("cat.mrc"), is_marc_path("a.xml", b"<collection xmlns="), is_marc_path("a.md")
    (True, False, False)
    >>> is_marc_path("a.xml", b'<collection xmlns="http://www.loc.gov/MARC21/slim">')
    True
    """
    name = path.lower()
    if name.endswith(BINARY_EXTENSIONS):
        return True
    return name.endswith(XML_EXTENSIONS) and b"loc.gov/MARC21/slim" in head[:4096]


def read_records(data: bytes, path: str = "-") -> list[Any]:
    """Every record in ``data`` (binary MARC or MARCXML), as pymarc records.

    Text is put in Unicode NFC (many MARC files hold decomposed diacritics).
    Raises :class:`JptermsError` when nothing in ``data`` is MARC.
    """
    return list(iter_records(data, path))


def iter_records(data: bytes, path: str = "-", damaged: list[int] | None = None, *,
                 placeholders: bool = False) -> Iterator[Any]:
    """The records of ``data`` one by one (see :func:`read_records`).

    A damaged binary record is skipped (``placeholders``: None stands in its place, so
    the records after it keep their numbers), its number appended to ``damaged``.
    """
    import pymarc

    start = data.lstrip()[:1]
    if start == b"<":
        try:
            records = pymarc.parse_xml_to_array(  # type: ignore[no-untyped-call]
                io.BytesIO(data), normalize_form="NFC")
        except Exception as exc:  # SAX and pymarc errors of every kind
            raise JptermsError(f"{path}: not MARCXML ({str(exc).splitlines()[0]})") from None
        if not records:
            raise JptermsError(f"{path}: no MARC records in this MARCXML file")
        yield from records
        return
    if not data[:5].isdigit():
        raise JptermsError(f"{path}: not a MARC file (a binary MARC record starts with its "
                           "five-digit length)")
    reader = pymarc.MARCReader(data, to_unicode=True, force_utf8=True, utf8_handling="replace",
                               permissive=True)
    count = 0
    for number, record in enumerate(reader, 1):
        if record is None:  # a damaged record: skip it, keep the rest
            if damaged is not None:
                damaged.append(number)
            if placeholders:
                yield None
            continue
        _normalise(record)
        count += 1
        yield record
    if not count:
        raise JptermsError(f"{path}: no readable MARC records")


def _normalise(record: Any) -> None:
    from pymarc import Subfield

    for field in record.get_fields():
        if field.is_control_field():
            continue
        field.subfields = [Subfield(s.code, unicodedata.normalize("NFC", s.value))
                           for s in field.subfields]


def write_records(records: Iterable[Any], path: str | Path, *, xml: bool) -> None:
    """Write ``records`` to ``path`` as MARCXML (``xml``) or binary MARC, all or nothing
    (:func:`jpterms.safe_write.write_new_file`: never a half-written file)."""
    import pymarc

    from jpterms.safe_write import write_new_file

    handle = io.BytesIO()
    if xml:
        writer = pymarc.XMLWriter(handle)
        for record in records:
            writer.write(record)
        writer.close(close_fh=False)
    else:
        for record in records:
            handle.write(record.as_marc())
    write_new_file(path, handle.getvalue())


def control_number(record: Any) -> str:
    """The record's 001, or "" when it has none."""
    fields = record.get_fields("001")
    return str(fields[0].data).strip() if fields else ""


def is_japanese(record: Any) -> bool:
    """A record whose language (008/35-37 or 041 $a) is Japanese."""
    fixed = record.get_fields("008")
    if fixed and str(fixed[0].data)[35:38] == "jpn":
        return True
    return any(value == "jpn" for f in record.get_fields("041") for value in f.get_subfields("a"))


@dataclass(frozen=True)
class Pair:
    """A romanised field and the 880 that holds it in the original script (or None)."""

    tag: str
    #: Which field of this tag in the record (0 for the first).
    index: int
    field: Any
    vernacular: Any | None


def _link(field: Any) -> tuple[str, str] | None:
    """(tag, occurrence) from a field's $6, or None."""
    for value in field.get_subfields("6"):
        m = _LINK.match(value)
        if m:
            return m.group(1), m.group(2)
    return None


def pairs(record: Any) -> list[Pair]:
    """Every data field but the 880s, each with its linked 880 if it has one.

    Occurrence ``00`` marks an 880 with no romanised partner; it pairs with nothing.
    """
    vernacular: dict[tuple[str, str], Any] = {}
    for field in record.get_fields("880"):
        link = _link(field)
        if link and link[1].strip("0"):
            vernacular.setdefault(link, field)
    out: list[Pair] = []
    seen: dict[str, int] = {}
    for field in record.get_fields():
        if field.is_control_field() or field.tag == "880":
            continue
        index = seen.get(field.tag, 0)
        seen[field.tag] = index + 1
        link = _link(field)
        partner = vernacular.get((field.tag, link[1])) if link and link[0] == "880" else None
        out.append(Pair(field.tag, index, field, partner))
    return out
