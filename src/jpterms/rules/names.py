"""Names in prose written in Kunrei-shiki (Hukuda for Fukuda): the ``system`` rule.

Prose may write names without macrons (Shinzo Abe, Tokyo), but a name spelled
the Kunrei-shiki way is reported when its Hepburn form is a person, place or
body the glossary knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from jpterms.citations import inside
from jpterms.findings import CERTAIN, Finding
from jpterms.kana import fold_romaji
from jpterms.romaji import parse_word, to_hepburn, word_systems
from jpterms.rules.base import Context, Rule
from jpterms.rules.titles import SYSTEM

if TYPE_CHECKING:
    from jpterms.glossary import Glossary

#: This module reports under the title rule's code (JP201); it adds no code of its own.
RULES: tuple[Rule, ...] = ()
#: A capitalised word (``\b[A-Z]…``, the capital first: see ``variants._NAME``).
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-zāīūēōâîûêô]{2,}\b")
_KINDS = ("person", "place", "org", "newspaper")
#: A word in brackets after a phrase that names another language or its people (Korean
#: shamanism (Sindo)) is that language's romanisation, which spells si, hu, ti as
#: Kunrei-shiki does: not a Japanese name.
_OTHER_LANGUAGE_GLOSS = re.compile(
    r"\b(?:Korean|Chinese|Mandarin|Cantonese|Taiwanese|Vietnamese|Mongolian|Manchu|Ainu)"
    r"\b[^.;:()\n]{0,60}\(\s*$"
)


def findings(ctx: Context) -> Iterator[Finding]:
    """JP201 findings for Kunrei-shiki names in running text."""
    glossary = ctx.terms
    fixes: dict[str, str] = {}  # each distinct word judged once per document ("": none)
    for segment in ctx.document.segments:
        for word in set(_NAME.findall(segment.text)):
            if word not in fixes:
                fixes[word] = _hepburn_name(word, glossary)
    found = sorted((w for w, fixed in fixes.items() if fixed), key=lambda w: (-len(w), w))
    if not found:
        return  # no name is a Kunrei-shiki name the glossary knows: no occurrence to walk
    titles = ctx.title_spans
    for word, start, end in ctx.matches(_whole_words(found)):
        if inside(start, titles):
            continue  # in a title: the title rules' business
        if _OTHER_LANGUAGE_GLOSS.search(ctx.document.source, max(0, start - 80), start):
            continue
        fixed = fixes[word]
        yield ctx.make(start, end, SYSTEM, f"'{word}' is Kunrei-shiki; Hepburn writes '{fixed}'",
                       [fixed], confidence=CERTAIN)


def _hepburn_name(word: str, glossary: Glossary) -> str:
    """The Hepburn spelling of a Kunrei-shiki ``word`` whose Hepburn form is a person,
    place or body the glossary knows, or ""."""
    syllables = parse_word(word)
    if syllables is None or "hepburn" in word_systems(syllables):
        return ""  # not romaji, or Hepburn already
    hepburn = to_hepburn(syllables)
    if any(e.kind in _KINDS for e in glossary.by_key.get(fold_romaji(hepburn), [])):
        return hepburn[:1].upper() + hepburn[1:]
    return ""


def _whole_words(words: list[str]) -> re.Pattern[str]:
    """The occurrences of these words only: each is a whole ``_NAME`` word, so a whole-word
    match of one of them is exactly a ``_NAME`` match of it (tested)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
