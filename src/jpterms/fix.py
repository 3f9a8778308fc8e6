"""Apply findings' suggestions to a source text, touching nothing else.

>>> from jpterms.check import check
>>> text = 'MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.'
>>> from jpterms.document import Document
>>> doc = Document.from_text(text)
>>> fixed, applied = apply_fixes(text, doc, check(text))
>>> fixed
'MOFA, “Nihon e no teigen [Proposals to Japan],” 2010.'
"""

from __future__ import annotations

from collections.abc import Iterable

from jpterms.document import Document
from jpterms.findings import Finding


def apply_fixes(source: str, doc: Document, findings: Iterable[Finding], *,
                safe_only: bool = True) -> tuple[str, list[Finding]]:
    """Replace each fixable finding's text by its first suggestion.

    Only findings whose text still stands at their position are applied, and
    overlapping ones are skipped, so the rest of the source is never changed.
    """
    spans = []
    for f in findings:
        if not f.suggestions or (safe_only and not f.fixable):
            continue
        start = doc.offset(f.line, f.column)
        end = doc.offset(f.end_line, f.end_column)
        if source[start:end] == f.text:
            spans.append((start, end, f))
    spans.sort(key=lambda s: (s[0], s[1]))
    chosen: list[tuple[int, int, Finding]] = []
    last_end = -1
    for start, end, f in spans:
        if start >= last_end:
            chosen.append((start, end, f))
            last_end = end
    out = source
    for start, end, f in reversed(chosen):
        out = out[:start] + f.suggestions[0] + out[end:]
    return out, [f for _, _, f in chosen]
