"""Names in prose written in Kunrei-shiki (Hukuda for Fukuda): the ``system`` rule.

Prose may write names without macrons (Shinzo Abe, Tokyo), but a name spelled
the Kunrei-shiki way is reported when its Hepburn form is a person, place or
body the glossary knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jpterms.citations import inside
from jpterms.findings import CERTAIN, Finding
from jpterms.kana import fold_romaji
from jpterms.romaji import parse_word, to_hepburn, word_systems
from jpterms.rules.base import Context, Rule
from jpterms.rules.titles import SYSTEM

#: This module reports under the title rule's code (JP201); it adds no code of its own.
RULES: tuple[Rule, ...] = ()
#: A capitalised word (``\b[A-Z]…``, the capital first: see ``variants._NAME``).
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-zāīūēōâîûêô]{2,}\b")
_KINDS = ("person", "place", "org", "newspaper")


def findings(ctx: Context) -> Iterator[Finding]:
    """JP201 findings for Kunrei-shiki names in running text."""
    kunrei: dict[str, bool] = {}  # each distinct word judged once per document
    for segment in ctx.document.segments:
        for word in set(_NAME.findall(segment.text)):
            if word not in kunrei:
                syllables = parse_word(word)
                kunrei[word] = syllables is not None and "hepburn" not in word_systems(syllables)
    found = sorted((w for w, k in kunrei.items() if k), key=lambda w: (-len(w), w))
    if not found:
        return  # no name is Kunrei-shiki: no need to walk every occurrence
    glossary = ctx.terms
    titles = ctx.title_spans
    for word, start, end in ctx.matches(_whole_words(found)):
        if inside(start, titles):
            continue  # not romaji, Hepburn already, or in a title (the title rules' business)
        syllables = parse_word(word)
        assert syllables is not None
        hepburn = to_hepburn(syllables)
        if any(e.kind in _KINDS for e in glossary.by_key.get(fold_romaji(hepburn), [])):
            fixed = hepburn[:1].upper() + hepburn[1:]
            yield ctx.make(start, end, SYSTEM, f"'{word}' is Kunrei-shiki; Hepburn writes '{fixed}'",
                           [fixed], confidence=CERTAIN)


def _whole_words(words: list[str]) -> re.Pattern[str]:
    """The occurrences of these words only: each is a whole ``_NAME`` word, so a whole-word
    match of one of them is exactly a ``_NAME`` match of it (tested)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
