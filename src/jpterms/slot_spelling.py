"""What a reading costs in spelling choices over a query's slots (a long vowel the query did
not write, a syllable read otherwise), as the lattice prices them
(:func:`jpterms.lattice.query_slots`).

>>> from jpterms.lattice import query_slots
>>> slots = query_slots("Taisho juninen")
>>> spelling_cost(slots, 0, 3, "たいしょ"), spelling_cost(slots, 0, 3, "たいしょう"), spelling_cost(slots, 0, 3, "たいこ")
(0, 1100, None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Slot

__all__ = ["spelling_cost"]


def spelling_cost(slots: list[Slot], start: int, end: int, kana: str) -> int | None:
    """What reading ``kana`` over ``slots[start:end]`` costs in spelling choices (None: it
    cannot be read so)."""
    best: dict[tuple[int, int, bool], int | None] = {}

    def walk(i: int, j: int, was_long: bool) -> int | None:
        from jpterms.lattice import LONG_COST
        if i == end:
            return 0 if j == len(kana) else None
        key = (i, j, was_long)
        if key in best:
            return best[key]
        found: int | None = None
        for (option, cost), is_long in zip(slots[i].options, slots[i].longs, strict=True):
            if kana.startswith(option, j):
                if is_long and was_long:
                    cost -= LONG_COST  # as the lattice prices them: once a word
                rest = walk(i + 1, j + len(option), was_long or is_long)
                if rest is not None and (found is None or cost + rest < found):
                    found = cost + rest
        best[key] = found
        return found

    return walk(start, 0, False)
