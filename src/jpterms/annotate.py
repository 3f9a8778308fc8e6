"""Correct each romanised citation title and add its kanji after it.

>>> print(annotate('MOFA, “Nichiei saiba kyogi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.'))
MOFA, “Nichiei saibā kyōgi no kaisai ni tsuite (日英サイバー協議の開催について) [Japan-UK cyber dialogue],” 2012.
"""

from __future__ import annotations

from jpterms.check import check_document
from jpterms.citations import find_titles
from jpterms.document import Document
from jpterms.fix import apply_fixes
from jpterms.glossary import Glossary
from jpterms.lookup import analyze_title

#: The kinds whose suggestions annotate applies inside a title.
TITLE_KINDS = ("macron", "system", "division", "particle")


def annotate(text: str, *, path: str = "-", input_format: str | None = None,
             glossary: Glossary | None = None) -> str:
    """The text with every romanised title corrected and followed by ``(kanji)``."""
    from jpterms.sources import load_document

    doc: Document = load_document(text, path, input_format or "text")
    findings = check_document(doc, glossary=glossary, select=TITLE_KINDS)
    edits: list[tuple[int, int, str]] = []
    for title in find_titles(doc):
        start, end = title.source_span(0, len(title.text))
        inside = [f for f in findings
                  if start <= doc.offset(f.line, f.column) and doc.offset(f.end_line, f.end_column) <= end]
        sub = Document.from_text(doc.source[start:end])
        shifted = [_shift(f, doc, start, sub) for f in inside]
        corrected, _ = apply_fixes(sub.source, sub, shifted, safe_only=False)
        kanji = analyze_title(title.text, title.context, glossary).kanji
        edits.append((start, end, f"{corrected} ({kanji})" if kanji else corrected))
    out = doc.source
    for start, end, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[end:]
    return out


def _shift(f, doc: Document, base: int, sub: Document):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    s = doc.offset(f.line, f.column) - base
    e = doc.offset(f.end_line, f.end_column) - base
    line, col = sub.position(s)
    end_line, end_col = sub.position(e)
    return replace(f, line=line, column=col, end_line=end_line, end_column=end_col)
