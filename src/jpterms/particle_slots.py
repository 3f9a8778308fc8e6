"""Where a look-up's query writes particles, slot by slot (:func:`jpterms.lattice.query_slots`):
particles written as they sound (*e*, *wa*), an *ha* inside a word, a particle glued onto
the word before (*Akumano*), a vowel meeting a vowel across two written words.

>>> from jpterms.lattice import query_slots
>>> sounded_particles(query_slots("Tokyo e")), vowel_meets_vowel(query_slots("Seito uta"))
({2: 'へ'}, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from jpterms.mozc_contexts import FUNCTION_CONTEXTS

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Edge, Slot

__all__ = ["GENITIVE_SYLLABLES", "GLUED_PARTICLES", "before_glued_particle", "misreads_particle",
           "sounded_particles", "spelled_particle_slots", "vowel_meets_vowel"]


#: Syllables that end a written word as the particles の and と (*Heitaino shi*, *Seinen to
#: shi*): a bound suffix (``bound`` in ``data/citation_words.tsv``: 史) after one is no
#: citation word.
GENITIVE_SYLLABLES = frozenset({"no", "to"})
#: The particles a writer glues onto the word before (*Akumano shita*, *Kajito pochi*), which
#: the lexicon is also asked about without (:func:`jpterms.lattice_words._lexicon_spans`).
GLUED_PARTICLES = frozenset({"no", "ni", "to", "wa", "ga"})


def vowel_meets_vowel(slots: Sequence[Slot]) -> bool:
    """Whether a written word of the query begins with a vowel right after one that ends
    with a vowel (*Seito uta*): the only place :meth:`jpterms.reverse.ReverseEngine._long_across_words`
    finds a long vowel read across two written words.

    >>> from jpterms.lattice import query_slots
    >>> vowel_meets_vowel(query_slots("Seito uta")), vowel_meets_vowel(query_slots("Seito undo kenkyu"))
    (True, True)
    >>> vowel_meets_vowel(query_slots("Nihon no rekishi"))
    False
    """
    return any(slots[q].first and slots[q].written[:1].lower() in "aiueo" and
               slots[q - 1].written[-1:].lower() in "aiueo" for q in range(1, len(slots)))


def sounded_particles(slots: Sequence[Slot]) -> dict[int, str]:
    """The slots of the particles the query writes as they sound (*e*, *o*, *wa* as a word
    of its own, or written onto the word before it, read as the particle), with the
    particle's kana: a word that begins or ends there with that kana but does not write it
    (経 へ for the *e* of *Tokyo e*, 葉 は for a *wa*, 指派 ゆびは for *yubiwa*, 走破 そうは
    for *Sowa*) romanises otherwise (*Tōkyō he*, *yubiha*), and is no reading of the query;
    a particle phrase that writes it (をめぐる) is one.

    >>> from jpterms.lattice import query_slots
    >>> sounded_particles(query_slots("Tokyo e")), sounded_particles(query_slots("Shiki no e"))
    ({2: 'へ'}, {})
    """
    from jpterms.lattice import SOUNDED_PARTICLES

    out = {}
    for p, slot in enumerate(slots):
        kana = SOUNDED_PARTICLES.get(slot.written.lower())
        if kana is not None and slot.last and \
                any(option == kana for option, _ in slot.options):
            out[p] = kana  # a word of its own, or written onto its word (yubiwa: 指は)
    return out


#: The syllable the particle は is spelled with, which Hepburn writes as it sounds (*wa*): a
#: query that writes *ha* inside a word means the syllable. (Not *he*: *kyuuyuuh e*, a
#: word cut before its particle へ, writes one.)
_SPELLED_PARTICLES = {"ha": "は"}


def spelled_particle_slots(slots: Sequence[Slot]) -> frozenset[int]:
    """The slots of an *ha* inside a longer written word, where the particle は is no
    reading: it romanises *wa*, not the letters the query wrote (葉は read
    *Ha wa* for *Haha*, 彼は *kare wa* for *kareha*). An *ha* written as a word of its own
    may be the particle (the second of *Wagahai ha neko*), as older romanisations spell it.

    >>> from jpterms.lattice import query_slots
    >>> [sorted(spelled_particle_slots(query_slots(q))) for q in ("Haha", "Wagahai ha neko")]
    [[0, 1], [2]]
    """
    return frozenset(p for p, slot in enumerate(slots)
                     if slot.written.lower() in _SPELLED_PARTICLES and not (slot.first and slot.last))


def misreads_particle(e: Edge, sounded: dict[int, str], spelled: frozenset[int]) -> bool:
    """Whether a word reads a particle's slot otherwise than the query writes it: a word
    that begins or ends on a sounded particle's slot (:func:`sounded_particles`) with its
    kana but does not write it (経 for *Tokyo e*, 走破 そうは for *Sowa*), or the particle は
    alone on an *ha* inside a word (:func:`spelled_particle_slots`: 葉 + は for *Haha*)."""
    first, last = sounded.get(e.start), sounded.get(e.end - 1)
    if first is not None and e.kana.startswith(first) and not e.written.startswith(first):
        return True
    if last is not None and e.start < e.end - 1 and e.kana.endswith(last) and \
            not e.written.endswith(last):
        return True
    return e.start in spelled and e.end == e.start + 1 and e.written == e.kana and \
        e.kana in _SPELLED_PARTICLES.values() and e.left in FUNCTION_CONTEXTS


def before_glued_particle(slots: Sequence[Slot], start: int, end: int) -> bool:
    """Whether slots ``start`` to ``end`` are all of a written word but its last syllable,
    and that syllable is a particle writers glue onto the word before (:data:`GLUED_PARTICLES`:
    the が of *Yoga*, the の of *Bokuno*).

    >>> from jpterms.lattice import query_slots
    >>> slots = query_slots("Yoga honyakuno hyojun")
    >>> before_glued_particle(slots, 0, 1), before_glued_particle(slots, 0, 2)
    (True, False)
    """
    if end >= len(slots) or not slots[start].first or not slots[end].last or \
            slots[end].first or slots[end].word != slots[start].word:
        return False
    return slots[end].written.lower() in GLUED_PARTICLES
