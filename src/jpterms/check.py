"""Run the rules over a document and return its findings.

>>> fs = check('MOFA, “Nichiei saiba kyogi no kaisai [Japan-UK cyber dialogue],” 2012.')
>>> [(f.kind, f.text, f.suggestions[0]) for f in fs]
[('macron', 'saiba', 'saibā'), ('macron', 'kyogi', 'kyōgi')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jpterms.document import Document
from jpterms.errors import JptermsError
from jpterms.findings import Finding
from jpterms.glossary import Glossary

STYLES = ("modified", "traditional", "plain")
_IGNORE = re.compile(r"jpterms:\s*ignore(?:\[([A-Za-z0-9_, -]+)\])?")
_SIC = re.compile(r"\s*\[sic\]", re.IGNORECASE)


def _selected(finding: Finding, select: Iterable[str] | None, ignore: Iterable[str]) -> bool:
    names = {finding.code.upper(), finding.kind.lower()}
    if select and not names & {s.upper() if s[:2].upper() == "JP" else s.lower() for s in select}:
        return False
    return not names & {s.upper() if s[:2].upper() == "JP" else s.lower() for s in ignore}


def _ignore_comments(doc: Document) -> dict[int, str | None]:
    """Lines carrying ``jpterms: ignore[...]``: line number -> the codes (None: all)."""
    out: dict[int, str | None] = {}
    if "jpterms" not in doc.source:
        return out
    for m in _IGNORE.finditer(doc.source):
        line, _ = doc.position(m.start())
        out[line] = m.group(1)
    return out


def _suppressed(doc: Document, finding: Finding, ignored: dict[int, str | None]) -> bool:
    if finding.line in ignored:
        codes = ignored[finding.line]
        if not codes or finding.code in codes or finding.kind in codes:
            return True
    end = doc.offset(finding.end_line, finding.end_column)
    return bool(_SIC.match(doc.source, end))


def validate_selection(names: Iterable[str]) -> None:
    """Raise :class:`JptermsError` for a --select/--ignore name that is no code or kind."""
    from jpterms.rules import ALL_RULES, KINDS

    codes = {r.code for r in ALL_RULES}
    for name in names:
        if name.upper() not in codes and name.lower() not in KINDS:
            raise JptermsError(f"unknown rule code or kind {name!r}; "
                               f"codes: {', '.join(sorted(codes))}; kinds: {', '.join(KINDS)}")


def check_document(doc: Document, *, style: str = "modified", glossary: Glossary | None = None,
                   select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> list[Finding]:
    """All findings for a loaded document, sorted by position."""
    from jpterms.rules import RUNNERS, Context

    if style not in STYLES:
        raise JptermsError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    select = list(select) if select else None
    ignore = list(ignore)
    validate_selection((select or []) + ignore)
    ctx = Context(doc, style=style, glossary=glossary)
    ignored = _ignore_comments(doc)
    found: set[Finding] = set()
    for run in RUNNERS:
        for f in run(ctx):
            if _selected(f, select, ignore) and not _suppressed(doc, f, ignored):
                found.add(f)
    return sorted(found, key=lambda f: (f.line, f.column, f.code))


def check(text: str, *, path: str | None = None, style: str = "modified",
          glossary: Glossary | None = None, input_format: str | None = None) -> list[Finding]:
    """Check ``text`` (plain text unless ``input_format`` or ``path`` says otherwise)."""
    if not isinstance(text, str):
        raise TypeError(f"check() needs a str, not {type(text).__name__}")
    from jpterms.sources import load_document

    doc = load_document(text, path or "-", input_format or ("text" if path is None else None))
    return check_document(doc, style=style, glossary=glossary)
