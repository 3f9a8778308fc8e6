"""Check a romanised subfield against the romanisation of its vernacular (880) partner.

The vernacular is romanised, and the two are aligned letter by letter (case,
macrons and spaces aside). Where the letters agree, the comparison is certain:
a vowel the vernacular makes long but the cataloguer wrote short is a missing
macron, and a particle joined to its word (*Nihonno*) or a word cut inside a
syllable (*nit suite*) is a word-division fault. Where the letters disagree,
the romaniser may be the one that is wrong (names, rare readings), so only
what is wrong by itself is reported: a Kunrei-shiki syllable, he/wo/ha
particles, and a reading that no kanji of the vernacular allows while ours
does (:mod:`jpterms.marc.fit`). Capitalisation follows ALA-LC: the first
word of a title, place or publisher and every part of a personal name
capitalised, particles never.

>>> from jpterms.romanize import Romanizer
>>> cmp = SubfieldComparer(Romanizer())
>>> [(i.kind, i.text, i.suggestions) for i in cmp.compare("Tokyo :", "東京 :", "place")]
[('macron', 'Tokyo', ('Tōkyō',))]
>>> cmp.compare("Tōkyō :", "東京 :", "place")
[]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from jpterms.kana import strip_macrons
from jpterms.marc.fit import ReadingFit, key
from jpterms.romaji import parse_word, word_systems

#: Particles ALA-LC writes as separate, lower-case words.
PARTICLES = frozenset({"no", "ni", "to", "wa", "e", "o", "ga", "de", "mo", "ya", "he", "wo"})
#: The kana each particle is written with (a particle joined to its word must stand there).
_PARTICLE_KANA = {"no": "の", "ni": "に", "to": "と", "wa": "は", "e": "へ", "o": "を", "ga": "が",
                  "de": "で", "mo": "も", "ya": "や", "he": "へ", "wo": "を"}
#: Kana spellings of the particles that ALA-LC writes e, o and wa.
KANA_PARTICLES = {"he": "e", "wo": "o", "ha": "wa"}
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々\U00020000-\U0003ffff]")
_CIRCUMFLEX = re.compile("[âîûêôÂÎÛÊÔ]")
_MACRON_OF = str.maketrans("aiueoAIUEO", "āīūēōĀĪŪĒŌ")
#: Roles whose first word ALA-LC capitalises.
FIRST_CAPITAL = frozenset({"title", "place", "publisher", "body", "person"})
_MIN_BLOCK = 3


@dataclass(frozen=True)
class Issue:
    """One fault in a subfield: ``[start, end)`` are offsets in the subfield's text."""

    start: int
    end: int
    code: str
    kind: str
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    #: ``certain`` (``--fix`` applies it), ``likely`` or ``possible``.
    confidence: str = "likely"


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    letters: str
    long: tuple[bool, ...]
    #: Offset in ``text`` of each letter.
    at: tuple[int, ...]
    cjk: bool


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        letters: list[str] = []
        long: list[bool] = []
        at: list[int] = []
        cjk = False
        for i, ch in enumerate(word):
            if _CJK.match(ch):
                cjk = True
                continue
            base = strip_macrons(ch)
            if not base.isalpha():
                continue
            letters.append(base.lower())
            long.append(base != ch)
            at.append(i)
        out.append(_Token(m.start(), m.end(), word, "".join(letters), tuple(long), tuple(at),
                          cjk))
    return out


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _with_macrons(token: _Token, letters: list[int]) -> str:
    chars = list(token.text)
    for k in letters:
        chars[token.at[k]] = chars[token.at[k]].translate(_MACRON_OF)
    return "".join(chars)


class _Alignment:
    """R (the cataloguer's) letters aligned with H (our romanisation's) letters."""

    def __init__(self, ours: list[_Token], theirs: list[_Token]) -> None:
        self.r, self.h = ours, theirs
        self.r_owner = [ti for ti, t in enumerate(ours) for _ in t.letters]
        self.h_owner = [ti for ti, t in enumerate(theirs) for _ in t.letters]
        self.h_long = [flag for t in theirs for flag in t.long]
        self.r_first = []
        n = 0
        for t in ours:
            self.r_first.append(n)
            n += len(t.letters)
        r_letters = "".join(t.letters for t in ours)
        h_letters = "".join(t.letters for t in theirs)
        self.match = [-1] * len(r_letters)
        matcher = SequenceMatcher(None, r_letters, h_letters, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            if size >= _MIN_BLOCK:
                for k in range(size):
                    self.match[a + k] = b + k
        self.h_first = []
        n = 0
        for t in theirs:
            self.h_first.append(n)
            n += len(t.letters)

    def confirmed(self, index: int) -> bool:
        """All of R token ``index``'s letters agree with H, in one unbroken run."""
        first = self.r_first[index]
        span = self.match[first : first + len(self.r[index].letters)]
        return bool(span) and span[0] >= 0 and all(b == span[0] + k for k, b in enumerate(span))

    def h_tokens(self, index: int) -> list[int]:
        """The H tokens the letters of confirmed R token ``index`` fall in."""
        first = self.r_first[index]
        span = self.match[first : first + len(self.r[index].letters)]
        return list(dict.fromkeys(self.h_owner[b] for b in span))

    def h_region(self, index: int) -> str:
        """H's text around where R token ``index`` stands (for a suggestion), or ""."""
        first = self.r_first[index]
        last = first + len(self.r[index].letters)
        before = [b for b in self.match[:first] if b >= 0]
        after = [b for b in self.match[last:] if b >= 0]
        lo = before[-1] + 1 if before else 0
        hi = after[0] if after else len(self.h_owner)
        if lo >= hi:
            return ""
        owners = list(dict.fromkeys(self.h_owner[b] for b in range(lo, hi)))
        if any(self.h[o].cjk for o in owners):
            return ""
        return " ".join(self.h[o].text for o in owners)


class SubfieldComparer:
    """Compares romanised subfields with their vernacular; owns the romaniser and fit."""

    def __init__(self, romanizer: Any, fit: ReadingFit | None = None) -> None:
        self.romanizer = romanizer
        self.fit = fit if fit is not None else ReadingFit()

    def compare(self, romanised: str, vernacular: str, role: str) -> list[Issue]:
        """Every fault of ``romanised`` (a subfield) against ``vernacular`` (its 880 partner)."""
        romanised = unicodedata.normalize("NFC", romanised)
        issues = list(capitalisation(romanised, role))
        if not _CJK.search(vernacular):
            return issues
        ours = _tokens(romanised)
        theirs = _tokens(self.romanizer.romanize(vernacular))
        align = _Alignment(ours, theirs)
        issues += self._macrons(align, role)
        issues += self._division(align, vernacular, romanised)
        issues += self._particle_case(align, role)
        issues += self._unconfirmed(align, romanised, vernacular, role)
        return sorted(set(issues), key=lambda i: (i.start, i.code))

    def _macrons(self, align: _Alignment, role: str) -> Iterator[Issue]:
        for i, tok in enumerate(align.r):
            if _CIRCUMFLEX.search(tok.text):
                fixed = unicodedata.normalize("NFC", tok.text).translate(
                    str.maketrans("âîûêôÂÎÛÊÔ", "āīūēōĀĪŪĒŌ"))
                yield Issue(tok.start, tok.end, "JP202", "system", tok.text,
                            f"circumflex in {tok.text!r}: ALA-LC writes long vowels with macrons",
                            (fixed,), confidence="certain")
                continue
            if not align.confirmed(i):
                continue
            first = align.r_first[i]
            missing = [k for k in range(len(tok.letters))
                       if align.h_long[align.match[first + k]] and not tok.long[k]]
            if missing:
                fixed = _with_macrons(tok, missing)
                yield Issue(tok.start, tok.end, "JP101", "macron", tok.text,
                            f"missing macron in {tok.text!r}: the 880 field reads {fixed}",
                            (fixed,), confidence="likely" if role == "person" else "certain")

    def _division(self, align: _Alignment, vernacular: str,
                  romanised: str) -> Iterator[Issue]:
        """Clusters of R tokens over the same H tokens whose word breaks differ."""
        i = 0
        n = len(align.r)
        while i < n:
            if not align.confirmed(i):
                i += 1
                continue
            cluster = [i]
            hs = align.h_tokens(i)
            while (cluster[-1] + 1 < n and align.confirmed(cluster[-1] + 1)
                   and align.h_tokens(cluster[-1] + 1)[0] == hs[-1]):
                cluster.append(cluster[-1] + 1)
                hs = list(dict.fromkeys(hs + align.h_tokens(cluster[-1])))
            i = cluster[-1] + 1
            issue = _division_issue(align, cluster, hs, vernacular, romanised)
            if issue is not None:
                yield issue

    def _particle_case(self, align: _Alignment, role: str) -> Iterator[Issue]:
        for i, tok in enumerate(align.r):
            if i == 0 or tok.text.lower() not in PARTICLES or not tok.text[:1].isupper():
                continue
            if not align.confirmed(i):
                continue
            hs = align.h_tokens(i)
            if len(hs) == 1 and align.h[hs[0]].text == tok.text.lower():
                yield Issue(tok.start, tok.end, "JP902", "capitalisation", tok.text,
                            f"particle {tok.text!r} capitalised: ALA-LC writes particles in "
                            "lower case", (tok.text.lower(),), confidence="certain")

    def _unconfirmed(self, align: _Alignment, romanised: str, vernacular: str,
                     role: str) -> Iterator[Issue]:
        """Faults in words whose letters differ from ours: only what is wrong by itself."""
        latin = {t.letters for t in _tokens(vernacular) if not t.cjk}
        reading_checked = False
        for i, tok in enumerate(align.r):
            if align.confirmed(i) or tok.letters in latin or not tok.letters:
                continue
            region = align.h_region(i)
            similar = bool(region) and SequenceMatcher(
                None, tok.letters, key(region), autojunk=False).ratio() >= 0.6
            lower = tok.text.lower()
            if lower in KANA_PARTICLES and key(region) == KANA_PARTICLES[lower]:
                yield Issue(tok.start, tok.end, "JP501", "particle", tok.text,
                            f"particle {tok.text!r}: ALA-LC writes {KANA_PARTICLES[lower]!r}",
                            (KANA_PARTICLES[lower],), confidence="certain")
                continue
            syllables = parse_word(tok.text)
            if syllables is None:
                if similar and tok.text[1:].islower():
                    yield Issue(tok.start, tok.end, "JP301", "spelling", tok.text,
                                f"{tok.text!r} is not romanised Japanese; the 880 field reads "
                                f"{region}", (region,))
                continue
            if "hepburn" not in word_systems(syllables):
                if similar:
                    yield Issue(tok.start, tok.end, "JP201", "system", tok.text,
                                f"{tok.text!r} is not Hepburn (ALA-LC); the 880 field reads "
                                f"{region}", (region,))
                continue
            if not reading_checked and role not in ("person", "responsibility"):
                reading_checked = True
                yield from self._reading(align, latin, vernacular)

    def _reading(self, align: _Alignment, latin: set[str], vernacular: str) -> Iterator[Issue]:
        """A reading no kanji allows, where our reading fits: point at where it goes wrong."""
        keep = [i for i, t in enumerate(align.r) if t.letters not in latin]
        japanese = "".join(ch for ch in vernacular if _CJK.match(ch))
        if any(t.cjk for t in align.h):
            return
        ours = " ".join(t.text for t in align.h if t.letters not in latin)
        if self.fit.fits(japanese, " ".join(align.r[i].text for i in keep)):
            return
        if not self.fit.fits(japanese, ours):
            return
        keys = [key(align.r[i].text) for i in keep]
        reach = self.fit.reach_key(japanese, "".join(keys))[1]
        pos = 0
        for i, k in zip(keep, keys, strict=True):
            if pos + len(k) > reach or i == keep[-1]:
                tok = align.r[i]
                if align.confirmed(i):
                    return
                region = align.h_region(i)
                yield Issue(tok.start, tok.end, "JP901", "reading", tok.text,
                            f"{tok.text!r} is no reading of the 880 field's kanji; it reads "
                            f"{region or 'otherwise'}", (region,) if region else ())
                return
            pos += len(k)


def _division_issue(align: _Alignment, cluster: list[int], hs: list[int],
                    vernacular: str, romanised: str) -> Issue | None:
    first = align.r_first[cluster[0]]
    last = align.r_first[cluster[-1]] + len(align.r[cluster[-1]].letters)
    lo, hi = align.match[first], align.match[last - 1] + 1
    if align.h_first[hs[0]] != lo or align.h_first[hs[-1]] + len(align.h[hs[-1]].letters) != hi:
        return None  # the H words reach beyond what R wrote here
    r_breaks = {align.r_first[i] - first for i in cluster[1:]}
    h_breaks = {align.h_first[h] - lo for h in hs[1:]}
    if r_breaks == h_breaks:
        return None
    cut = any(parse_word(align.r[i].text) is None for i in cluster)
    joined_particle = any(align.h[h].text.lower() in PARTICLES and len(hs) > 1
                          and _PARTICLE_KANA[align.h[h].text.lower()] in vernacular
                          and not {align.h_first[h] - lo,
                                   align.h_first[h] - lo + len(align.h[h].letters)}
                          <= (r_breaks | {0, last - first})
                          for h in hs)
    if not (cut or joined_particle):
        return None
    pieces: list[str] = []
    g = 0
    for i in cluster:
        tok = align.r[i]
        k = 0
        for pos, ch in enumerate(tok.text):
            if k < len(tok.at) and tok.at[k] == pos:
                if g in h_breaks:
                    pieces.append(" ")
                g += 1
                k += 1
            pieces.append(ch)
    start, end = align.r[cluster[0]].start, align.r[cluster[-1]].end
    text = "".join(pieces)
    return Issue(start, end, "JP401", "division", romanised[start:end],
                 f"word division: ALA-LC writes {text!r}", (text,))


def capitalisation(romanised: str, role: str) -> Iterator[Issue]:
    """ALA-LC capitals that need no vernacular: first words, and personal names.

    >>> [i.text for i in capitalisation("sugimoto, Naojirō,", "person")]
    ['sugimoto']
    """
    tokens = _tokens(romanised)
    if not tokens:
        return
    if role == "person":
        for tok in tokens:
            if tok.text[:1].islower() and tok.text.lower() not in PARTICLES and parse_word(tok.text):
                yield _case_issue(tok, "a personal name is capitalised")
        return
    first = tokens[0]
    if role in FIRST_CAPITAL and first.text[:1].islower() and parse_word(first.text):
        yield _case_issue(first, f"the first word of a {role} is capitalised")


def _case_issue(tok: _Token, why: str) -> Issue:
    return Issue(tok.start, tok.end, "JP902", "capitalisation", tok.text,
                 f"{tok.text!r} should be capitalised: {why} (ALA-LC)", (_capitalise(tok.text),),
                 confidence="certain")
