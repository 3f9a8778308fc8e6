"""Word division in a romanised title: whether a written word that the conversion reads
as several words is wrongly joined (JP401).

A particle run on (*Nihonno*: Nihon no), a case particle and *no* (*tono*: to no) or a
word the glossary divides is reported; a name, a hyphenated word, a closed compound only
a conversion divides (*raifukosu*) and a conjunction JMdict holds whole (並びに
*narabini*) are the writer's division.

>>> _drops_macron("Tōshite", "to shite"), _one_conjunction("並びに")
(True, True)
"""

from __future__ import annotations

import functools

from jpterms.dictionaries import jamdict_rows
from jpterms.kana import normalize_romaji
from jpterms.rules.title_alignment import Aligned, is_particle, letters_of
from jpterms.rules.title_styles import LONG_MARKS
from jpterms.spelling import REAL, SpellingJudge

#: A case particle and no run together (:func:`joined_wrongly`).
JOINED_PARTICLES = frozenset({"tono", "deno", "eno"})


def particle_joined_on(a: Aligned, judge: SpellingJudge) -> bool:
    """Whether the division of a written word is likely for the particle it splits off:
    the word as written is no word of its own (Nihonno: Nihon no), or it is a case
    particle and no run together (tono: to no, see :func:`joined_wrongly`). A word that
    exists as written (Puroto プロト, "proto-", not Puro to) may be the writer's word, and
    its division is only possible.

    >>> from jpterms.lookup import WordAnalysis
    >>> judge = SpellingJudge.for_glossary(None)
    >>> def aligned(written, *canonical):
    ...     return Aligned(WordAnalysis(written, 0, len(written), None), list(canonical))
    >>> particle_joined_on(aligned("Nihonno", "Nihon", "no"), judge)
    True
    >>> particle_joined_on(aligned("Puroto", "Puro", "to"), judge)
    False
    """
    if not any(is_particle(c) for c in a.canonical):
        return False
    parts = [letters_of(c) for c in a.canonical]
    if len(parts) == 2 and parts[0] in ("to", "de", "e") and parts[1] == "no":
        return True
    return judge.frequency_as_written(a.word.written) < REAL


def joined_wrongly(a: Aligned, judge: SpellingJudge, trusts: bool) -> bool:
    """A written word covering several correct words: a particle joined on, or a word the
    glossary or dictionary knows as two. Never a name or a hyphenated word, and never a
    word that is itself a word unless it splits into particles only (tono: to no); every
    part must be a real word. A writer who marks long vowels is trusted to divide
    words (ALA-LC leaves room): only the glossary's divisions are reported then. A
    compound only a conversion divides is never reported (*raifukosu*, ライフコース)."""
    written = a.word.written
    if "-" in written or not all(judge.is_known(c) or is_particle(c) for c in a.canonical):
        return False
    if _drops_macron(written, "".join(a.canonical)):
        return False  # a macron the writer wrote says it is another word (Tōshite: to shite)
    if judge.is_name(written) and written[:1].isupper():
        return False  # names are never split
    best = a.word.best
    if best is not None and best.source == "glossary" and " " in best.hepburn:
        if written.islower() and not best.hepburn.islower():
            return False  # a name the glossary divides (Ō Ki, 王毅 Wang Yi) is no word
            # written in lower case (Hawai Mare oki kaisen: 沖 oki)
        # the glossary divides it (Eikoku bōshō); but a word JMdict holds as one
        # conjunction is written both ways (narabini and narabi ni 並びに)
        return not _one_conjunction(best.kanji)
    parts = [letters_of(c) for c in a.canonical]
    if len(parts) == 2 and parts[0] in ("to", "de", "e") and parts[1] == "no":
        return True  # tono, deno, eno: a case particle and no, run together
    if trusts:
        return False  # a writer who marks long vowels is trusted to divide words too
    particles = [is_particle(c) for c in a.canonical]
    if judge.is_dictionary_word(written):  # toshi is not "to shi", monto not "mon to"
        return False
    if any(particles):
        # a particle joined on at the end (Nihonno; tono above), never one found inside
        # a word (satoshigaki is not "satoshi ga ki") nor at its start, where the
        # conversion reads a particle out of the word's own first syllable (nisennen
        # 二千年 is no "ni sennen", moraiko 貰い子 no "mo Raiko", dekijo 溺女 no "de
        # kijō"); the rest must be real words
        inner = particles[1:-1]
        rest = [c for c, p in zip(a.canonical, particles, strict=True) if not p]
        return not any(inner) and not particles[0] and all(len(letters_of(c)) >= 3 and judge.is_dictionary_word(c)
                                      for c in rest)
    # a compound only a conversion splits (raifukosu as raifu kōsu, bakusaku as baku
    # saku) is the writer's own division: a closed compound is no error, and its long
    # vowels are the macron rule's to report in the writer's division (raifukōsu). In
    # the dev sets stripped of macrons (BibTeX titles and documents), all 42 were wrong.
    return False


@functools.lru_cache(maxsize=256)
def _one_conjunction(written: str) -> bool:
    """Whether JMdict holds ``written`` as one word whose every sense is a conjunction
    (並びに narabini, 又は matawa): English historiography writes *Kinchū narabini kuge
    shohatto* as often as *narabi ni*, so the glossary's division of it is a style, not
    an error. Expressions made of a particle and a verb (について ni tsuite, として
    to shite) are no conjunctions and stay divided.

    >>> _one_conjunction("並びに"), _one_conjunction("について")
    (True, False)
    """
    if not written:
        return False
    rows = jamdict_rows(_SENSE_POS, (written,))
    return bool(rows) and all(pos == "conjunction" for (pos,) in rows)


_SENSE_POS = ("SELECT p.text FROM Kanji k JOIN Sense s ON s.idseq = k.idseq "
              "JOIN pos p ON p.sid = s.ID WHERE k.text = ?")


def _drops_macron(written: str, correct: str) -> bool:
    """Whether ``correct`` (the same letters, spaces aside) lacks a long vowel the
    writer marked in ``written``.

    >>> _drops_macron("Tōshite", "to shite"), _drops_macron("Nihonno", "Nihon no")
    (True, False)
    """
    marked = normalize_romaji(written).lower().replace("-", "")
    plain = normalize_romaji(correct).lower().replace(" ", "").replace("-", "")
    if len(marked) != len(plain):
        return any(c in LONG_MARKS for c in written)
    return any(m in LONG_MARKS and p not in LONG_MARKS for m, p in zip(marked, plain, strict=True))
