"""Apply findings' suggestions to a source text, touching nothing else.

``--fix`` applies only *certain* findings; ``--fix-unsafe`` also applies
*likely* ones (ruff's safe and unsafe fixes); *possible* findings are never
applied. Each finding carries its source offsets, so nothing is converted back
from lines and columns.

>>> from jpterms.check import check
>>> from jpterms.document import Document
>>> text = 'MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.'
>>> fixed, applied = apply_fixes(text, Document.from_text(text), check(text))
>>> fixed
'MOFA, “Nihon e no teigen [Proposals to Japan],” 2010.'
"""

from __future__ import annotations

from collections.abc import Iterable

from jpterms.document import Document
from jpterms.findings import Finding


def replace_spans(source: str, edits: Iterable[tuple[int, int, str]]) -> str:
    """``source`` with each ``(start, end, replacement)`` applied; edits must not overlap.

    >>> replace_spans("kyogi no kaisai", [(0, 5, "kyōgi"), (9, 15, "kaisai")])
    'kyōgi no kaisai'
    """
    pieces: list[str] = []
    last = 0
    for start, end, replacement in sorted(edits):
        pieces.append(source[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(source[last:])
    return "".join(pieces)


def applies(finding: Finding, *, unsafe: bool = False) -> bool:
    """Whether a fix run applies ``finding``: certain ones, and likely ones when ``unsafe``."""
    return finding.unsafe_fixable if unsafe else finding.fixable


def fix_spans(doc: Document, findings: Iterable[Finding], *,
              unsafe: bool = False) -> list[tuple[int, int, Finding]]:
    """The findings to apply, as source spans, in source order: those :func:`applies`
    accepts whose text still stands at their offsets, the first of any overlapping ones."""
    spans = []
    source = doc.source
    for f in findings:
        if not applies(f, unsafe=unsafe) or f.start < 0:
            continue
        if f.end > f.start and source[f.end - 1] in "\\{":
            # it ends inside an escape its reader decoded (a LaTeX T\\=oky\\=o, a JSON
            # "T\\u00f4ky\\u00f4": the rest of the escape would stay behind the fix)
            continue
        if source[f.start : f.end] == f.text:
            spans.append((f.start, f.end, f))
    spans.sort(key=lambda s: (s[0], s[1]))
    chosen: list[tuple[int, int, Finding]] = []
    for start, end, f in spans:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, f))
    return chosen


def apply_fixes(source: str, doc: Document, findings: Iterable[Finding], *,
                unsafe: bool = False) -> tuple[str, list[Finding]]:
    """Replace each applicable finding's text by its first suggestion.

    Only findings whose text still stands at their offsets are applied, and
    overlapping ones are skipped, so the rest of the source is never changed.
    """
    chosen = fix_spans(doc, findings, unsafe=unsafe)
    fixed = replace_spans(source, ((s, e, f.suggestions[0]) for s, e, f in chosen))
    return fixed, [f for _, _, f in chosen]
