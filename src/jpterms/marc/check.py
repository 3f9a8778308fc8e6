"""Check MARC records: each romanised field against its 880, unpaired ones by the ordinary rules.

A finding's :attr:`~jpterms.findings.Finding.location` names the record's 001,
the tag and the subfield (``ocm06783656:260$a``; ``#12`` stands in for a record
with no 001), its ``line`` is the record's number in the file and its columns
count code points in the subfield.

>>> checker = MarcChecker()
>>> found = checker.check_path("tests/data/marc/planted.mrc")
>>> print(found[0].location, found[0].code, found[0].text, found[0].suggestions)
ocm06783656:245$b JP101 kenkyu ('kenkyū',)
>>> checker.check_path("tests/data/marc/real.xml", select=["macron"])
[]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from jpterms.document import TITLE, Document, Segment
from jpterms.errors import JptermsError
from jpterms.files import DEFAULT_MAX_BYTES, open_input, read_capped_bytes
from jpterms.findings import Finding
from jpterms.marc.compare import Issue, SubfieldComparer
from jpterms.marc.records import control_number, is_japanese, iter_records, pairs
from jpterms.rules.base import Rule

READING = Rule(
    "JP901", "reading", "marc-reading",
    "A romanised MARC field reads its 880's kanji in a way no reading of those kanji allows.",
    bad=("245 $a Heibunsha (880: 平凡社)",), good=("245 $a Heibonsha (880: 平凡社)",),
)
CAPITALISATION = Rule(
    "JP902", "capitalisation", "marc-capitalisation",
    "ALA-LC capitals: the first word of a title, place or publisher and every part of a "
    "personal name upper case; particles lower case.",
    bad=("100 $a sugimoto, Naojirō", "245 $b Nihon teien To kindai bijutsu"),
    good=("100 $a Sugimoto, Naojirō", "245 $b Nihon teien to kindai bijutsu"),
)
#: The rules only MARC checking uses (it also reports JP101, JP201, JP202, JP301, JP401, JP501).
MARC_RULES: tuple[Rule, ...] = (READING, CAPITALISATION)

_PARENTHESES = re.compile(r"\([^()]*\)")
_NAME_TAGS = {"100", "600", "700", "800"}
_BODY_TAGS = {"110", "111", "610", "611", "710", "711", "810", "811"}
_TITLE_TAGS = {"130", "240", "245", "246", "440", "490", "730", "740", "830"}


def role_of(tag: str, code: str) -> str | None:
    """How a subfield is romanised and capitalised, or None when it is not checked.

    >>> role_of("245", "a"), role_of("245", "b"), role_of("700", "a"), role_of("260", "c")
    ('title', 'title-rest', 'person', 'other')
    >>> role_of("650", "a") is None, role_of("700", "d") is None
    (True, True)
    """
    if tag in _NAME_TAGS or tag in _BODY_TAGS:
        if code == "a":
            return "person" if tag in _NAME_TAGS else "body"
        if code in "bcq" and tag in _BODY_TAGS:
            return "title-rest"
        return "title" if code == "t" else ("title-rest" if code in "np" else None)
    if tag in _TITLE_TAGS:
        if code == "a":
            return "title"
        if code == "c" and tag == "245":
            return "responsibility"
        return "title-rest" if code in "bnpv" else None
    if tag in ("260", "264"):
        return {"a": "place", "b": "publisher", "c": "other"}.get(code)
    if tag == "250" and code in "ab":
        return "other"
    if tag == "651" and code == "a":
        return "place"
    if tag in ("505", "653") and code in "agrt":
        return "other"
    return None


def location(control: str, number: int, tag: str, code: str) -> str:
    """The logical location of a subfield: ``001:tag$code``.

    >>> location("ocm06783656", 1, "260", "a"), location("", 12, "245", "c")
    ('ocm06783656:260$a', '#12:245$c')
    """
    return f"{control or '#' + str(number)}:{tag}${code}"


def _selected(finding: Finding, select: Sequence[str] | None, ignore: Sequence[str]) -> bool:
    names = {finding.code.upper(), finding.kind.lower()}
    wanted = {s.upper() if s[:2].upper() == "JP" else s.lower() for s in select or ()}
    unwanted = {s.upper() if s[:2].upper() == "JP" else s.lower() for s in ignore}
    return (not select or bool(names & wanted)) and not names & unwanted


class MarcChecker:
    """Checks MARC records; owns the romaniser, the reading fit and their caches.

    Build one per process and reuse it: the dictionaries load on first use.
    """

    def __init__(self, *, glossary: Any = None, style: str = "modified") -> None:
        self.glossary = glossary
        self.style = style
        #: (path, record number) of every damaged record skipped so far.
        self.damaged: list[tuple[str, int]] = []
        self._comparer: SubfieldComparer | None = None

    @property
    def comparer(self) -> SubfieldComparer:
        """The subfield comparer (built on first use)."""
        if self._comparer is None:
            from jpterms.romanize import Romanizer

            self._comparer = SubfieldComparer(Romanizer("ala-lc", self.glossary))
        return self._comparer

    def check_record(self, record: Any, *, path: str = "-", number: int = 1,
                     select: Sequence[str] | None = None,
                     ignore: Sequence[str] = ()) -> list[Finding]:
        """The findings of one pymarc record, the ``number``-th of the file ``path``."""
        if not is_japanese(record):
            return []
        control = control_number(record)
        found: list[Finding] = []
        unpaired: list[tuple[str, str, str]] = []
        for pair in pairs(record):
            seen: dict[str, int] = {}
            for sub in pair.field.subfields:
                role = role_of(pair.tag, sub.code)
                k = seen.get(sub.code, 0)
                seen[sub.code] = k + 1
                if role is None:
                    continue
                value = unicodedata.normalize("NFC", sub.value)
                partner = pair.vernacular.get_subfields(sub.code) if pair.vernacular else []
                where = location(control, number, pair.tag, sub.code)
                if k < len(partner):
                    for issue in self.comparer.compare(value, partner[k], role):
                        found.append(_finding(issue, path, number, where))
                else:
                    unpaired.append((where, value, role))
        found += self._unpaired(unpaired, path, number)
        return [f for f in found if _selected(f, select, ignore)]

    def _unpaired(self, subfields: list[tuple[str, str, str]], path: str,
                  number: int) -> list[Finding]:
        """The ordinary checker's findings on romanised subfields that have no 880."""
        from jpterms.check import check_document
        from jpterms.marc.compare import capitalisation

        # Names and subject headings cannot be read without their 880 (and the ordinary
        # rules do not know ALA-LC's hyphens in them): only their capitals are checked.
        titles = [(w, _PARENTHESES.sub(lambda m: " " * len(m.group(0)), v), r)
                  for w, v, r in subfields
                  if r in ("title", "title-rest", "publisher", "place")
                  and not w.rsplit(":", 1)[1].startswith("6")]
        out = [_finding(issue, path, number, where) for where, value, role in subfields
               for issue in capitalisation(value, role)]
        if not titles:
            return out
        source = "\n".join(v for _, v, _ in titles)
        segments, start = [], 0
        for _, value, _ in titles:
            segments.append(Segment(value, start, TITLE))
            start += len(value) + 1
        doc = Document(source=source, segments=tuple(segments), path=path)
        for f in check_document(doc, style=self.style, glossary=self.glossary):
            where = titles[f.line - 1][0]
            out.append(Finding(path, number, f.column, number, f.end_column, f.code, f.kind,
                               f.text, f.suggestions, f.message, confidence=f.confidence,
                               location=where))
        return out

    def check_records(self, records: Iterable[Any], *, path: str = "-",
                      select: Sequence[str] | None = None, ignore: Sequence[str] = (),
                      start: int = 1) -> Iterator[Finding]:
        """Findings of every record, in file order; the first is record number ``start``
        (a None in ``records`` stands for a damaged record: it keeps the numbering)."""
        for number, record in enumerate(records, start):
            if record is None:
                continue
            yield from self.check_record(record, path=path, number=number, select=select,
                                         ignore=ignore)

    def check_bytes(self, data: bytes, path: str = "-", *,
                    select: Sequence[str] | None = None,
                    ignore: Sequence[str] = ()) -> list[Finding]:
        """Findings of a whole MARC or MARCXML file's bytes."""
        damaged: list[int] = []
        found = list(self.check_records(iter_records(data, path, damaged, placeholders=True),
                                        path=path,
                                        select=select, ignore=ignore))
        self.damaged.extend((path, n) for n in damaged)
        return found

    def check_path(self, path: str | Path, *, select: Sequence[str] | None = None,
                   ignore: Sequence[str] = (),
                   max_bytes: int = DEFAULT_MAX_BYTES) -> list[Finding]:
        """Findings of the MARC file at ``path``; a file over ``max_bytes`` (20 MB unless
        raised, as for every reader) is a :class:`JptermsError`, read no further.
        A whole catalogue goes through :mod:`jpterms.cluster`, in parts."""
        try:
            with open_input(str(path)) as handle:  # a named pipe nobody writes to: no hang
                data = read_capped_bytes(handle, str(path), max_bytes)
        except OSError as exc:
            raise JptermsError(f"{path}: cannot read: {exc.strerror or exc}") from None
        return self.check_bytes(data, str(path), select=select, ignore=ignore)


def _finding(issue: Issue, path: str, number: int, where: str) -> Finding:
    return Finding(path, number, issue.start + 1, number, issue.end + 1, issue.code, issue.kind,
                   issue.text, issue.suggestions, issue.message, confidence=issue.confidence,
                   location=where)


def fixed_path(path: str | Path) -> Path:
    """Where ``--fix`` writes the corrected copy of a MARC file: beside it, ``.fixed`` added.

    >>> str(fixed_path("cat/records.mrc"))
    'cat/records.fixed.mrc'
    """
    p = Path(path)
    return p.with_name(f"{p.stem}.fixed{p.suffix}")


def fix_records(records: list[Any], findings: Iterable[Finding], *,
                unsafe: bool = False) -> list[Finding]:
    """Apply the certain findings' first suggestions (``unsafe``: the likely ones too) to
    ``records``; return those applied.

    A finding is applied only where its text still stands at its columns in a
    subfield of its tag, so nothing else in a record changes.
    """
    from pymarc import Subfield

    applied: list[Finding] = []
    # Right to left within a subfield, so earlier columns stay valid.
    for f in sorted(findings, key=lambda f: (f.line, f.location, -f.column)):
        wanted = f.unsafe_fixable if unsafe else f.fixable
        if not (wanted and f.location and 0 < f.line <= len(records)):
            continue
        tag, code = f.location.rsplit(":", 1)[1].split("$", 1)
        record = records[f.line - 1]
        done = False
        for field in record.get_fields(tag):
            for i, sub in enumerate(field.subfields):
                value = unicodedata.normalize("NFC", sub.value)
                if sub.code == code and value[f.column - 1 : f.end_column - 1] == f.text:
                    new = value[: f.column - 1] + f.suggestions[0] + value[f.end_column - 1 :]
                    field.subfields[i] = Subfield(sub.code, new)
                    done = True
                    break
            if done:
                break
        if done:
            applied.append(f)
    return applied


def fix_file(path: str | Path, findings: Iterable[Finding], out: str | Path | None = None, *,
             unsafe: bool = False) -> tuple[Path, list[Finding]]:
    """Write a corrected copy of the MARC file ``path`` (never ``path`` itself)."""
    from jpterms.marc.records import read_records, write_records

    source = Path(path)
    target = Path(out) if out is not None else fixed_path(source)
    if target.resolve() == source.resolve():
        raise JptermsError(f"{path}: --fix writes a new MARC file, never the input itself")
    data = source.read_bytes()
    records = read_records(data, str(path))
    applied = fix_records(records, findings, unsafe=unsafe)
    write_records(records, target, xml=data.lstrip()[:1] == b"<")
    return target, applied
