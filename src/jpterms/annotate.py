"""Correct each romanised citation title and add its kanji after it.

>>> print(annotate('MOFA, “Nichiei saiba kyogi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.'))
MOFA, “Nichiei saibā kyōgi no kaisai ni tsuite (日英サイバー協議の開催について) [Japan-UK cyber dialogue],” 2012.
"""

from __future__ import annotations

import bisect

from jpterms.check import check_document
from jpterms.citations import find_titles
from jpterms.fix import fix_spans, replace_spans
from jpterms.glossary import Glossary
from jpterms.lookup import analyze_title

#: The kinds whose suggestions annotate applies inside a title.
TITLE_KINDS = ("macron", "system", "division", "particle")


def annotate(text: str, *, path: str = "-", input_format: str | None = None,
             glossary: Glossary | None = None) -> str:
    """The text with every romanised title corrected and followed by ``(kanji)``."""
    from jpterms.sources import load_document

    doc = load_document(text, path, input_format or "text")
    fixes = fix_spans(doc, check_document(doc, glossary=glossary, select=TITLE_KINDS),
                      safe_only=False)
    starts = [start for start, _, _ in fixes]
    edits: list[tuple[int, int, str]] = []
    for title in find_titles(doc):
        start, end = title.source_span(0, len(title.text))
        first = bisect.bisect_left(starts, start)
        inside = [(s - start, e - start, f.suggestions[0])
                  for s, e, f in fixes[first:bisect.bisect_left(starts, end)] if e <= end]
        corrected = replace_spans(doc.source[start:end], inside)
        kanji = analyze_title(title.text, title.context, glossary).kanji
        edits.append((start, end, f"{corrected} ({kanji})" if kanji else corrected))
    return replace_spans(doc.source, edits)
