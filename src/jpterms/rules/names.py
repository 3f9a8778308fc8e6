"""Names in prose written in Kunrei-shiki (Hukuda for Fukuda): the ``system`` rule.

Prose may write names without macrons (Shinzo Abe, Tokyo), but a name spelled
the Kunrei-shiki way is reported when its Hepburn form is a person, place or
body the glossary knows.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, ClassVar

from jpterms.citations import inside
from jpterms.findings import CERTAIN, Finding
from jpterms.kana import fold_romaji
from jpterms.romaji import parse_word, to_hepburn, word_systems
from jpterms.rules.base import Alternation, Context, Rule
from jpterms.rules.title_codes import SYSTEM

if TYPE_CHECKING:
    from jpterms.glossary import Glossary

#: This module reports under the title rule's code (JP201); it adds no code of its own.
RULES: tuple[Rule, ...] = ()
#: A capitalised word (``\b[A-Z]…``, the capital first: see ``variants._NAME``).
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[a-zāīūēōâîûêô]{2,}\b")
_KINDS = ("person", "place", "org", "newspaper")


class OtherLanguageCue:
    """Whether a bracketed word follows a phrase that names another language or its people
    (*Korean shamanism (Sindo)*): that language's romanisation spells si, hu, ti as
    Kunrei-shiki does, so the word is no Japanese name. The languages are a data table,
    ``jpterms/data/other_languages.tsv``, read once.

    >>> cue = OtherLanguageCue.bundled()
    >>> text = "Korean shamanism (Sindo)"
    >>> cue.before(text, text.index("Sindo")), cue.before("Japan (Sindo)", 7)
    (True, False)
    """

    _bundled: ClassVar[OtherLanguageCue | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, languages: Iterable[str]) -> None:
        names = "|".join(map(re.escape, languages))
        # the name, at most 60 characters of the same phrase, then an opening bracket
        self._pattern = re.compile(r"\b(?:" + names + r")\b[^.;:()\n]{0,60}\(\s*$")

    @classmethod
    def bundled(cls) -> OtherLanguageCue:
        """The cue for the languages shipped in ``jpterms/data/other_languages.tsv``."""
        with cls._lock:
            if cls._bundled is None:
                from jpterms.package_data import read_rows

                cls._bundled = cls(row[0] for row in read_rows("other_languages.tsv"))
            return cls._bundled

    def before(self, text: str, start: int) -> bool:
        """Whether the 80 characters before ``text[start:]`` end in such a phrase and its
        opening bracket."""
        return self._pattern.search(text, max(0, start - 80), start) is not None


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
    other_language = OtherLanguageCue.bundled()
    for word, start, end in ctx.matches(_whole_words(found)):
        if inside(start, titles):
            continue  # in a title: the title rules' business
        if other_language.before(ctx.document.source, start):
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


def _whole_words(words: list[str]) -> Alternation:
    """The occurrences of these words only: each is a whole ``_NAME`` word, so a whole-word
    match of one of them is exactly a ``_NAME`` match of it (tested). (``\\b(?:w1|w2|...)\\b``,
    found as :class:`Alternation` finds it: each word starts with a capital.)"""
    return Alternation(words, r"\b", r"\b", r"\w")
