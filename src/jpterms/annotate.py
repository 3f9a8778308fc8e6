"""Correct each romanised citation title and add its kanji after it.

Only titles change, as the input format's reader sees them (a BibTeX or
CSL-JSON title field, a quoted or emphasised title in text or Markdown; never
a key, a name or a code block). Only *certain* corrections are applied (with
``unsafe``: *likely* ones too, like ``--fix-unsafe``), and the kanji are added
only when nothing in the title is left uncertain. A title that already carries
its kanji is left alone, so annotating twice changes nothing.

>>> title = 'MOFA, “Nichiei saiba kyogi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.'
>>> print(annotate(title))  # the division "nit suite" is only likely: no kanji
MOFA, “Nichiei saibā kyōgi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.
>>> once = annotate(title, unsafe=True)
>>> print(once)
MOFA, “Nichiei saibā kyōgi no kaisai ni tsuite (日英サイバー協議の開催について) [Japan-UK cyber dialogue],” 2012.
>>> annotate(once, unsafe=True) == once
True
"""

from __future__ import annotations

import bisect

from jpterms.check import make_context, run_rules
from jpterms.document import Document
from jpterms.fix import fix_spans, replace_spans
from jpterms.glossary import Glossary
from jpterms.kana import has_japanese
from jpterms.rules.base import Context

#: The kinds whose suggestions annotate applies inside a title.
TITLE_KINDS = ("macron", "system", "division", "particle")


def annotate(text: str, *, path: str = "-", input_format: str | None = None,
             glossary: Glossary | None = None, unsafe: bool = False) -> str:
    """The text with every romanised title corrected and followed by ``(kanji)``.

    ``path`` and ``input_format`` choose the reader as for ``check``
    (``refs.bib`` is read as BibTeX); a path of ``-`` with no format is plain text.
    """
    from jpterms.readers import load_document

    fmt = input_format or ("text" if path == "-" else None)
    return annotate_document(load_document(text, path, fmt), glossary=glossary, unsafe=unsafe)


def annotate_document(doc: Document, *, glossary: Glossary | None = None,
                      ctx: Context | None = None, unsafe: bool = False) -> str:
    """:func:`annotate` for a loaded document; ``ctx`` reuses a check context."""
    if ctx is None:
        ctx = make_context(doc, glossary=glossary, select=TITLE_KINDS)
    findings = [f for f in run_rules(ctx) if f.kind in TITLE_KINDS]
    fixes = fix_spans(doc, findings, unsafe=unsafe)
    fix_starts = [start for start, _, _ in fixes]
    applied = {id(f) for _, _, f in fixes}
    uncertain = sorted(f.start for f in findings if id(f) not in applied)
    edits: list[tuple[int, int, str]] = []
    for title in ctx.titles:
        if title.title.original or has_japanese(title.text):
            continue  # it already carries its kanji
        start, end = title.start, title.end
        first = bisect.bisect_left(fix_starts, start)
        inside = [(s - start, e - start, f.suggestions[0])
                  for s, e, f in fixes[first:bisect.bisect_left(fix_starts, end)] if e <= end]
        corrected = replace_spans(doc.source[start:end], inside)
        kanji = title.analysis.kanji
        if kanji and not _any_within(uncertain, start, end) and has_japanese(kanji):
            corrected = f"{corrected} ({kanji})"
        if corrected != doc.source[start:end]:
            edits.append((start, end, corrected))
    return replace_spans(doc.source, edits)


def _any_within(sorted_starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end
