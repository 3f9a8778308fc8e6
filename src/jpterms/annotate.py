"""Correct each romanised citation title and add its kanji after it.

Only titles change, as the input format's reader sees them (a BibTeX or
CSL-JSON title field, a quoted or emphasised title in text or Markdown; never
a key, a name or a code block). Only *certain* corrections are applied (with
``unsafe``: *likely* ones too, like ``--fix-unsafe``), and the kanji are added
only when nothing in the title is left uncertain and reverse lookup is sure of
them (:func:`sure_kanji`). A title that already carries its kanji is left alone,
so annotating twice changes nothing.

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
import re
import unicodedata

from jpterms.check import make_context, run_rules
from jpterms.document import Document
from jpterms.fix import fix_spans, replace_spans
from jpterms.glossary import Glossary
from jpterms.kana import has_japanese
from jpterms.latex_escapes import accent_style, escape
from jpterms.rules.base import Context

#: The kinds whose suggestions annotate applies inside a title.
TITLE_KINDS = ("macron", "system", "division", "particle")

#: How far (in lookup's scores) reverse lookup's first kanji must lead every rival that
#: is another word, not another spelling of the same one (殿物語 against 遠野物語, not
#: について against に就いて), for annotate to write the title's kanji: SURE_MARGIN for a
#: title alone, TRANSLATED_MARGIN for one its writer translated ("… [Japan-UK cyber
#: dialogue]"), which the checker has read against that meaning (kyōdō, not kyōdo).
#: Measured on 801 real romanised titles, names and terms with their kanji (the lookup
#: and realworld development sets, no translations), with and without macrons: the
#: title's own conversion alone wrote kanji for 589, 274 of them right (46.5%); where
#: lookup agrees with it and leads by 0.1, 285 (239 right, 84%); by 0.2, 243 (213 right,
#: 88%). On Drixler's bibliography (no translations) 0.2 leaves out the homophones that
#: 0.1 still let through (近世の基金 for kikin 飢饉, 筑後致死 for chishi 地誌).
SURE_MARGIN = 0.2
TRANSLATED_MARGIN = 0.1

_HIRAGANA = re.compile("[\u3041-\u309f]")
_PUNCTUATION = re.compile("[\\s・:、，,.。“”「」『』\\-]")
#: Characters a format escapes or reads as markup (JSON's quote and backslash, LaTeX's
#: specials, Markdown's emphasis and links): an annotation carrying one from the title
#: ("の", 100%, **) would break the document it is written into, so none is added.
_UNSAFE_IN_ANNOTATION = frozenset('"\\%&#$_{}~^*`<>[]|')
#: What may stand between a title's end and kanji the text already gives after it: the
#: emphasis or quotation closing it, a space, an opening bracket.
_CLOSING = " \t*_”’\"'}」』)"


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
    style = _accent_template(doc)
    applied = {id(f) for _, _, f in fixes}
    uncertain = sorted(f.start for f in findings if id(f) not in applied)
    edits: list[tuple[int, int, str]] = []
    for title in ctx.titles:
        if title.title.original or has_japanese(title.text) or _kanji_follow(
                doc.source, title.end):
            continue  # it already carries its kanji
        start, end = title.start, title.end
        first = bisect.bisect_left(fix_starts, start)
        inside = [(s - start, e - start,
                   escape(f.suggestions[0], style) if style else f.suggestions[0])
                  for s, e, f in fixes[first:bisect.bisect_left(fix_starts, end)] if e <= end]
        corrected = replace_spans(doc.source[start:end], inside)
        if not _any_within(uncertain, start, end):
            # (the title as its reader decodes it: B{\=o}ei is Bōei)
            kanji = sure_kanji(title.text, title.analysis.kanji, glossary=glossary,
                               translated=bool(title.title.context))
            if kanji and not _UNSAFE_IN_ANNOTATION.intersection(kanji):
                corrected = f"{corrected} ({kanji})"
        if corrected != doc.source[start:end]:
            edits.append((start, end, corrected))
    return replace_spans(doc.source, edits)


def _kanji_follow(source: str, end: int) -> bool:
    """Whether the text gives a title's kanji right after it, outside the emphasis or
    quotation that closes it: ``*Tōkyō monogatari* (東京物語)``, ``_Ōtomo Sōrin_ 大友宗麟``
    (the title's own span ends inside the marks, so a second annotation went in there).

    >>> _kanji_follow("*Tōkyō monogatari* (東京物語)", 17), _kanji_follow("*Tōkyō* and", 6)
    (True, False)
    """
    rest = source[end:end + 8].lstrip(_CLOSING + "(（")
    return bool(rest) and has_japanese(rest[0])


def _accent_template(doc: Document) -> str | None:
    """The LaTeX accent escape a BibTeX file or a LaTeX document writes its macrons with,
    which a correction keeps (``kenky{\\=u}``, as ``check --fix`` writes it), or None (raw
    Unicode)."""
    from jpterms.readers import detect_format

    escapes = doc.decoded is not None or detect_format(doc.path) == "bibtex"
    return accent_style(doc.source) if escapes else None


def sure_kanji(title: str, kanji: str, *, glossary: Glossary | None = None,
               translated: bool = False) -> str:
    """``kanji``, the conversion of a romanised title, where reverse lookup is sure of
    it too, else "": lookup's first result is the same Japanese and leads every rival
    that is another word by :data:`SURE_MARGIN` (:data:`TRANSLATED_MARGIN` for a title
    its writer ``translated``).

    >>> sure_kanji("Nichiei saibā kyōgi no kaisai ni tsuite", "日英サイバー協議の開催について")
    '日英サイバー協議の開催について'
    >>> sure_kanji("Tono monogatari", "との物語")  # lookup reads 殿物語, or 遠野物語: not sure
    ''
    """
    from jpterms.lookup import lookup

    if not has_japanese(kanji):
        return ""
    results = lookup(title, glossary=glossary, kind="title")
    if not results or _plain(results[0].kanji) != _plain(kanji):
        return ""
    best = results[0]
    rival = max((r.score for r in results[1:] if not _same_word(best.kanji, r.kanji)),
                default=0.0)
    lead = TRANSLATED_MARGIN if translated else SURE_MARGIN
    return kanji if best.score - rival >= lead else ""


def _plain(text: str) -> str:
    """Japanese without spaces and punctuation, compatibility forms folded (：, :)."""
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text))


def _same_word(a: str, b: str) -> bool:
    """Whether two spellings differ only by kana written in kanji (について, に就いて):
    the characters of one, hiragana left out, are in the other, in order."""
    a, b = _HIRAGANA.sub("", _plain(a)), _HIRAGANA.sub("", _plain(b))
    return _in_order(a, b) or _in_order(b, a)


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def _any_within(sorted_starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_starts, start)
    return i < len(sorted_starts) and sorted_starts[i] < end
