"""English names of Japanese bodies and terms (``gloss`` kind).

* ``JP701``: an unofficial English name of a body the glossary knows, such as
  "Ministry of Internal Affairs and Communication" for the official "Ministry
  of Internal Affairs and Communications".
* ``JP702``: one term given two English renderings in one document, such as
  "Three Principles of Arms Exports" and "Three Principles on Arms Exports".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz, process

from jpterms.findings import Finding
from jpterms.glossary import Glossary
from jpterms.rules.base import Context, Rule

UNOFFICIAL = Rule(
    "JP701", "gloss", "unofficial-english-name",
    "An English name close to, but not, the official name of a Japanese body.",
    bad=("  4. Ministry of Internal Affairs and Communication, “Joint Statement,” 2012.",),
    good=("  4. Ministry of Internal Affairs and Communications, “Joint Statement,” 2012.",
          "  1. United Kingdom Ministry of Defence, “Memorandum,” 2012.",),
)
TWO_RENDERINGS = Rule(
    "JP702", "gloss", "term-rendered-two-ways",
    "One term given two English renderings in the same document.",
    bad=("Tokyo eased the Three Principles of Arms Exports in 2011.\n"
         "Exports were banned under the Three Principles on Arms Exports.",),
    good=("Tokyo eased the Three Principles on Arms Exports in 2011.\n"
          "Exports were banned under the Three Principles on Arms Exports.",),
)
RULES = (UNOFFICIAL, TWO_RENDERINGS)

_CONNECTORS = ("of", "on", "for", "and", "the", "in", "to")
_PHRASE = re.compile(
    r"\b[A-Z][\w'-]*(?:,? (?:(?:of|on|for|and|the|in|to) )*[A-Z][\w'-]*)+"
)


def _phrases(ctx: Context) -> list[tuple[str, int, int]]:
    return list(ctx.matches(_PHRASE))


def findings(ctx: Context) -> Iterator[Finding]:
    """Gloss findings for the whole document."""
    phrases = _phrases(ctx)
    if not phrases:
        return
    glossary = ctx.glossary if ctx.glossary is not None else Glossary.bundled()
    yield from _unofficial(ctx, phrases, glossary)
    yield from _two_renderings(ctx, phrases)


def _official_names(glossary: Glossary) -> tuple[dict[str, str], set[str]]:
    official: dict[str, str] = {}
    known: set[str] = set()
    for e in glossary:
        known.add(e.english.casefold())
        known.update(v.casefold() for v in e.variants)
        if e.kind in ("org", "law") and len(e.english.split()) >= 3:
            official.setdefault(e.english.casefold(), e.english)
    return official, known


def _unofficial(ctx: Context, phrases: list[tuple[str, int, int]],
                glossary: Glossary) -> Iterator[Finding]:
    official, known = _official_names(glossary)
    names = list(official)
    for phrase, start, _end in phrases:
        # the phrase may carry words before the name ("United Kingdom Ministry of ...")
        for offset, candidate in _suffixes(phrase):
            folded = candidate.casefold()
            if folded in known or len(candidate.split()) < 3:
                continue
            hit = process.extractOne(folded, names, scorer=fuzz.ratio, score_cutoff=93)
            if hit is None:
                continue
            name = official[hit[0]]
            if _only_a_letter_apart(folded, hit[0]):
                yield ctx.make(start + offset, start + len(phrase), UNOFFICIAL,
                               f"the official English name is '{name}'", [name], fixable=True)
                break


def _suffixes(phrase: str) -> Iterator[tuple[int, str]]:
    yield 0, phrase
    for m in re.finditer(r" ", phrase):
        yield m.end(), phrase[m.end():]


def _only_a_letter_apart(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diffs) == 1 and abs(len(diffs[0][0]) - len(diffs[0][1])) <= 2 and \
        diffs[0][0][:4] == diffs[0][1][:4]


def _key(phrase: str) -> str:
    return " ".join(w for w in phrase.casefold().split() if w not in _CONNECTORS)


def _two_renderings(ctx: Context, phrases: list[tuple[str, int, int]]) -> Iterator[Finding]:
    groups: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for phrase, start, end in phrases:
        words = phrase.split()
        if len(words) >= 4 and any(w in _CONNECTORS for w in words):
            groups[_key(phrase)].append((phrase, start, end))
    for items in groups.values():
        spellings = {p for p, _, _ in items}
        if len(spellings) < 2:
            continue
        first = items[0][0]
        for phrase, start, end in items[1:]:
            if phrase != first:
                yield ctx.make(start, end, TWO_RENDERINGS,
                               f"'{phrase}' is rendered '{first}' earlier in this document",
                               [first])
