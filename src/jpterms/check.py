"""Run the rules over a document and return its findings.

One :class:`~jpterms.rules.base.Context` is built per document; only the rule
families holding a selected code run, and every rule reads the titles and their
analyses from that context.

>>> fs = check('MOFA, “Nichiei saiba kyogi no kaisai [Japan-UK cyber dialogue],” 2012.')
>>> [(f.kind, f.text, f.suggestions[0]) for f in fs]
[('macron', 'saiba', 'saibā'), ('macron', 'kyogi', 'kyōgi')]

A line may keep a spelling on purpose with ``jpterms: ignore[CODE, ...]`` (codes
or kinds, matched exactly and in any case; without brackets: every finding),
or a single word with ``[sic]`` after it:

>>> text = 'MOFA, “Nichiei saiba kyogi [Japan-UK cyber dialogue],” 2012.'
>>> [f.text for f in check(text + " <!-- jpterms: ignore[jp101] -->")]
[]
"""

from __future__ import annotations

import bisect
import re
import warnings
from collections.abc import Iterable

from jpterms.document import Document
from jpterms.errors import JptermsError, JptermsWarning
from jpterms.findings import Finding
from jpterms.glossary import Glossary
from jpterms.rules.base import Context, Selection

STYLES = ("modified", "traditional", "plain")
#: The kinds of finding a style does not hold a text to: plain Hepburn writes no long
#: vowel marks, so it asks for none ("macron"); its words' spelling, division, particles
#: and consistency are still checked.
STYLE_IGNORES: dict[str, tuple[str, ...]] = {"plain": ("macron",)}
_IGNORE = re.compile(r"jpterms:\s*ignore(?:\[([^\]\n]*)\])?", re.IGNORECASE)
_SIC = re.compile(r"\s*\[sic\]", re.IGNORECASE)


def _known_names() -> tuple[set[str], tuple[str, ...]]:
    from jpterms.rules import ALL_RULES, KINDS

    return {r.code for r in ALL_RULES}, KINDS


def validate_selection(names: Iterable[str]) -> None:
    """Raise :class:`JptermsError` for a --select/--ignore name that is no code or kind."""
    codes, kinds = _known_names()
    for name in names:
        if not isinstance(name, str) or (name.upper() not in codes and name.lower() not in kinds):
            raise JptermsError(f"unknown rule code or kind {name!r}; "
                               f"codes: {', '.join(sorted(codes))}; kinds: {', '.join(kinds)}")


class _InlineIgnores:
    """The ``jpterms: ignore[...]`` comments of a document, by the line they stand on."""

    def __init__(self, doc: Document) -> None:
        #: Sorted (line start, line end, names or None for all).
        self.lines: list[tuple[int, int, frozenset[str] | None]] = []
        if not _names_jpterms(doc.source):
            return
        codes, kinds = _known_names()
        known = {c.upper() for c in codes} | {k.upper() for k in kinds}
        for m in _IGNORE.finditer(doc.source):
            start, end = doc.line_span(m.start())
            names: frozenset[str] | None = None
            if m.group(1) is not None:
                listed = [n for n in re.split(r"[\s,]+", m.group(1)) if n]
                names = frozenset(n.upper() for n in listed)
                for n in listed:
                    if n.upper() not in known:
                        line, _ = doc.position(m.start())
                        warnings.warn(f"{doc.path}:{line}: unknown rule code or kind {n!r} "
                                      "in jpterms: ignore[...]", JptermsWarning, stacklevel=4)
            self.lines.append((start, end, names))
        self.lines.sort(key=lambda t: t[0])
        self._starts = [s for s, _, _ in self.lines]

    def suppresses(self, finding: Finding) -> bool:
        if not self.lines:
            return False
        i = bisect.bisect_right(self._starts, finding.start) - 1
        while i >= 0 and self.lines[i][0] <= finding.start <= self.lines[i][1]:
            names = self.lines[i][2]
            if names is None or finding.code.upper() in names or finding.kind.upper() in names:
                return True
            i -= 1
        return False


def _names_jpterms(text: str) -> bool:
    """Whether ``jpterms`` stands in ``text`` in any case (as in ``text.lower()``: no
    other character lowers to one of its letters), found in the UTF-8 bytes, whose
    ``lower`` changes ASCII letters only, without a lower-case copy of the text.

    >>> _names_jpterms("<!-- JPTerms: ignore -->"), _names_jpterms("jp terms")
    (True, False)
    """
    return b"jpterms" in text.encode("utf-8", "surrogatepass").lower()


def _suppressed(doc: Document, finding: Finding, ignores: _InlineIgnores) -> bool:
    return ignores.suppresses(finding) or bool(_SIC.match(doc.source, finding.end))


def make_context(doc: Document, *, style: str = "modified", glossary: Glossary | None = None,
                 select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> Context:
    """The check context for a loaded document (validates the style and selection); a
    style ignores the kinds of finding it does not ask for (:data:`STYLE_IGNORES`).

    >>> make_context(Document.from_text("Taisho"), style="plain").selection.ignore
    frozenset({'MACRON'})
    """
    if style not in STYLES:
        raise JptermsError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    select = list(select) if select else None
    ignore = list(ignore)
    validate_selection((select or []) + ignore)
    ignore += STYLE_IGNORES.get(style, ())
    return Context(doc, style=style, glossary=glossary, selection=Selection.of(select, ignore))


def run_rules(ctx: Context) -> list[Finding]:
    """The findings of every selected rule family on ``ctx``, sorted by position."""
    from jpterms.rules import FAMILIES

    doc = ctx.document
    ignores = _InlineIgnores(doc)
    found: set[Finding] = set()
    for family in FAMILIES:
        if not family.enabled(ctx.selection):
            continue
        for f in family.findings(ctx):
            if ctx.selection.enabled(f.code, f.kind) and not _suppressed(doc, f, ignores):
                found.add(f)
    # the whole finding breaks a tie of position and code (two suggestions for one word):
    # the set's order changes from run to run with the hash seed
    return sorted(found, key=lambda f: (f.line, f.column, f.code, f.end, f.suggestions,
                                        f.message, f.confidence, f.location))


def check_document(doc: Document, *, style: str = "modified", glossary: Glossary | None = None,
                   select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> list[Finding]:
    """All findings for a loaded document, sorted by position."""
    ctx = make_context(doc, style=style, glossary=glossary, select=select, ignore=ignore)
    return run_rules(ctx)


def check(text: str, *, path: str | None = None, style: str = "modified",
          glossary: Glossary | None = None, input_format: str | None = None) -> list[Finding]:
    """Check ``text`` (plain text unless ``input_format`` or ``path`` says otherwise)."""
    if not isinstance(text, str):
        raise TypeError(f"check() needs a str, not {type(text).__name__}")
    from jpterms.readers import load_document

    doc = load_document(text, path or "-", input_format or ("text" if path is None else None))
    return check_document(doc, style=style, glossary=glossary)
