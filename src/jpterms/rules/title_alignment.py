"""A title's written words lined up with the words of its conversion.

The analysis (:func:`jpterms.lookup.analyze_title`) converts the whole title to kanji and
romanises it again; :func:`align` maps each written word to the correct words it covers
where the letters agree (long vowels, apostrophes and hyphens aside), so a word joined or
split shows as one written word covering several. :class:`GuessedWords` tells which
correct words rest on a guessed reading, so a finding drawn from them is never certain.

>>> letters_of("Kyōgi"), letters_of("Shimbun"), _canonical_words("Nichiei saibā kyōgi, 2012")
('kyogi', 'shinbun', ['Nichiei', 'saibā', 'kyōgi'])
>>> match_case("Kyogi", "kyōgi"), is_particle("no")
('Kyōgi', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from jpterms.findings import POSSIBLE, Finding
from jpterms.kana import fold_romaji, kana_to_romaji
from jpterms.lookup import PARTICLES, TitleAnalysis, WordAnalysis
from jpterms.rules.base import Context


@dataclass
class Aligned:
    """A written word of a title and the correct words it covers (:func:`align`)."""

    word: WordAnalysis
    canonical: list[str]  # the correct words this written word covers


SYLLABIC_M = re.compile(r"m(?=[bmp])")


def letters_of(text: str) -> str:
    """Letters compared when aligning: no macrons, long vowels short, m before b/m/p as n."""
    return SYLLABIC_M.sub("n", fold_romaji(text).replace("'", "").replace("-", ""))


def _canonical_words(romaji: str) -> list[str]:
    return [w for w in re.findall(r"[^\s:;,.!?()\[\]\"“”]+", romaji) if any(c.isalpha() for c in w)]


def _target(w: WordAnalysis) -> str:
    """The letters a written word stands for (a Kunrei-shiki word: in Hepburn letters)."""
    if w.best is not None and "hepburn" not in w.systems:
        return letters_of(kana_to_romaji(w.best.kana))
    return letters_of(w.written)


#: How far ahead (in words) the aligner looks for the next pair of equal words.
_LOOKAHEAD = 8


def align(analysis: TitleAnalysis, romaji: str = "") -> list[Aligned]:
    """Map each written word to the correct words it covers, where the letters agree.

    Both sides are walked together, left to right: equal words pair off; where they
    differ, the shortest stretch on each side that spells the same letters (a word
    joined or split) pairs off as a block, and where the letters differ the walk
    resynchronises at the next equal pair within a few words. The work is linear in
    the title's length (an 80 KB crafted title is aligned in one pass).
    """
    canonical = _canonical_words(romaji or analysis.romaji)
    written = [w for w in analysis.words if w.syllables is not None or w.merged]
    targets = [_target(w) for w in written]
    letters = [letters_of(c) for c in canonical]
    out: list[Aligned] = []
    i = j = 0
    while i < len(targets) and j < len(letters):
        if targets[i] == letters[j]:
            out.append(Aligned(written[i], [canonical[j]]))
            i, j = i + 1, j + 1
            continue
        block = _same_letters(targets, letters, i, j)
        if block is not None:
            i2, j2 = block
            out.extend(_walk(written[i:i2], targets[i:i2], canonical[j:j2], letters[j:j2]))
            i, j = i2, j2
            continue
        i, j = _resync(targets, letters, i, j)
    return out


def _same_letters(targets: list[str], letters: list[str], i: int,
                  j: int) -> tuple[int, int] | None:
    """The ends of the shortest stretches from ``i`` and ``j`` spelling the same letters."""
    a, b = targets[i], letters[j]
    i2, j2 = i + 1, j + 1
    for _ in range(2 * _LOOKAHEAD):
        if a == b:
            return i2, j2
        if len(a) < len(b) and b.startswith(a) and i2 < len(targets):
            a += targets[i2]
            i2 += 1
        elif len(b) < len(a) and a.startswith(b) and j2 < len(letters):
            b += letters[j2]
            j2 += 1
        else:
            return None
    return None


def _resync(targets: list[str], letters: list[str], i: int, j: int) -> tuple[int, int]:
    """The next pair of equal words within the look-ahead, or one step on both sides."""
    best: tuple[int, int] | None = None
    for di in range(_LOOKAHEAD):
        for dj in range(_LOOKAHEAD):
            if (di or dj) and i + di < len(targets) and j + dj < len(letters) and \
                    targets[i + di] == letters[j + dj] and \
                    (best is None or di + dj < best[0] + best[1]):
                best = (di, dj)
    if best is None:
        return i + 1, j + 1
    return i + best[0], j + best[1]


def _walk(written: list[WordAnalysis], targets: list[str], canonical: list[str],
          letters: list[str]) -> list[Aligned]:
    """Written words against correct words with the same letters, one by one."""
    out: list[Aligned] = []
    ci = 0
    for w, target in zip(written, targets, strict=True):
        got, covered = "", []
        while ci < len(canonical) and len(got) < len(target):
            covered.append(canonical[ci])
            got += letters[ci]
            ci += 1
        if got != target:
            break  # a split inside a correct word: nothing safe to say from here
        out.append(Aligned(w, covered))
    return out


def match_case(written: str, suggestion: str) -> str:
    """The suggestion with the writer's initial capital (or its absence)."""
    first = suggestion[:1].upper() if written[:1].isupper() else suggestion[:1].lower()
    return first + suggestion[1:]


def is_particle(word: str) -> bool:
    """Whether ``word`` is written as a particle of a title (*no*, *he*, *wo*...).

    >>> is_particle("No"), is_particle("Nihon")
    (True, False)
    """
    return letters_of(word) in PARTICLES


class GuessedWords:
    """The words of a title's conversion whose reading is a guess (a kanji no dictionary
    knows, read by a single-kanji fallback): a finding drawn from them is never certain,
    so ``--fix`` never applies it. Worked out only when a finding needs it."""

    def __init__(self, ctx: Context, japanese: str, romaji: str) -> None:
        self._ctx, self._japanese, self._romaji = ctx, japanese, romaji
        self._words: frozenset[str] | None = None

    def cap(self, aligned: Aligned, finding: Finding) -> Finding:
        """``finding`` at most possible when the words it rests on were guessed."""
        if finding.confidence == POSSIBLE or not any(
                c in self.words for c in aligned.canonical):
            return finding
        return replace(finding, confidence=POSSIBLE)

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = _guessed_words(self._ctx, self._japanese, self._romaji)
        return self._words


def _guessed_words(ctx: Context, japanese: str, romaji: str) -> frozenset[str]:
    """The words of ``romaji`` (the romanisation of ``japanese``) that rest on a guessed
    reading, found by the letters each explained word covers; every word when the two
    cannot be lined up."""
    if not japanese or not romaji:
        return frozenset()
    try:
        explained = ctx.terms.romanizer().explain(japanese)
    except Exception:  # a romaniser failure: trust nothing drawn from the conversion
        return frozenset(_canonical_words(romaji))
    if not any(w.is_guess for w in explained):
        return frozenset()
    guessed: list[tuple[int, int]] = []
    at = 0
    for w in explained:
        n = len(letters_of(w.romaji.replace(" ", "")))
        if w.is_guess:
            guessed.append((at, at + n))
        at += n
    canonical = _canonical_words(romaji)
    if at != sum(len(letters_of(c)) for c in canonical):
        return frozenset(canonical)
    out: set[str] = set()
    at = 0
    for c in canonical:
        n = len(letters_of(c))
        if any(s < at + n and at < e for s, e in guessed):
            out.add(c)
        at += n
    return frozenset(out)
