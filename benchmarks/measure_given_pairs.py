"""Measure how an unlisted two-kanji given name is composed: half by half, or as the pair
of halves likeliest in one class of JMnedict's given names.

Usage::

    python benchmarks/measure_given_pairs.py [--sample N] [--margin M] [--places]

Takes the two-kanji given names of JMnedict's people, split from their full names as the
reading index splits them (:func:`jpterms.reading_index._people_givens`; at most N,
default 4000, a fixed sample). Each given name is read as if no dictionary listed it: its
own entries (JMnedict's given names and people's of that spelling) are taken out of the
class counts (:func:`jpterms.reading_index._given_class_counts`) before it is read, and put
back after.

* ``halves``: each kanji by its commonest reading at that end over all classes (at least
  two names each), and, where one half is then read only on and the other only kun
  (but before 子), the likeliest pair that does not mix: what
  ``ComposedGivenNames.compose`` did before the classes.
* ``paired``: ``ComposedGivenNames.paired_name`` over those halves, with the margin (default
  its own, :data:`jpterms.reading_parts._PAIRED_MARGIN`).

``--places`` reads JMnedict's two-kanji places the same way (each left out; the place
class counts, :func:`jpterms.reading_index._place_class_counts`, as a village of two
unlisted kanji is read: ``PlaceReadings.composed_village``).

Prints how many names each reads as the entry does, and how many each
gets right that the other does not. Asserts nothing. Takes a few seconds.
"""

from __future__ import annotations

import random
import sys
from types import SimpleNamespace

from _common import BadArgument, run

from jpterms import composed_given, reading_parts, readings
from jpterms.dictionaries import jamdict_rows
from jpterms.kana import to_hiragana
from jpterms.reading_index import (
    _GIVEN_CLASS,
    _GIVEN_CLASS_SIZE,
    _PLACE_CLASS,
    _PLACE_CLASS_SIZE,
    _given_class_counts,
    _people_givens,
    _place_class_counts,
)

_NAMES = (
    "WITH kinds AS (SELECT t.idseq AS idseq, group_concat(DISTINCT y.text) AS kinds "
    "FROM NETranslation t JOIN NETransType y ON y.tid = t.ID GROUP BY t.idseq) "
    "SELECT j.text, k.text, COALESCE(kinds.kinds, '') FROM NEKana k "
    "JOIN NEKanji j ON j.idseq = k.idseq LEFT JOIN kinds ON kinds.idseq = k.idseq")
_KANJIDIC = (
    "SELECT c.literal, r.r_type, r.value FROM reading r JOIN rm_group g ON g.ID = r.gid "
    "JOIN character c ON c.ID = g.cid WHERE r.r_type IN ('ja_on', 'ja_kun') "
    "UNION ALL SELECT c.literal, 'nanori', n.value FROM nanori n "
    "JOIN character c ON c.ID = n.cid")


class _Counts:
    """Class counts with one name's own taken out (the index's methods, from dicts)."""

    def __init__(self, counts: dict[tuple[str, str], int],
                 marks: tuple[str, str] = (_GIVEN_CLASS, _GIVEN_CLASS_SIZE)) -> None:
        self.marks = marks
        self.table: dict[str, dict[str, int]] = {}
        for (key, value), n in counts.items():
            self.table.setdefault(key, {})[value] = n

    def shift(self, counts: dict[tuple[str, str], int], sign: int) -> None:
        for (key, value), n in counts.items():
            row = self.table.setdefault(key, {})
            row[value] = row.get(value, 0) + sign * n

    def given_class_counts(self, char: str, *, head: bool) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {}
        for key, n in self.table.get(self.marks[0] + ("0" if head else "1") + char, {}).items():
            if n > 0:
                kind, _, reading = key.partition(":")
                found.setdefault(kind, {})[reading] = n
        return found

    def given_class_sizes(self) -> dict[str, int]:
        return {k: n for k, n in self.table.get(self.marks[1], {}).items() if n > 0}


def _halves(counts: _Counts, resolver: readings.ReadingResolver,
            given: str) -> tuple[str, str] | None:
    def summed(head: bool) -> dict[str, int]:
        out: dict[str, int] = {}
        for by_class in counts.given_class_counts(given[0 if head else 1], head=head).values():
            for r, n in by_class.items():
                out[r] = out.get(r, 0) + n
        return out

    heads, tails = summed(True), summed(False)
    found = composed_given.commonest_halves(heads, tails)
    if found is None:
        return None
    return composed_given.unmixed_halves(given, heads, tails, *found,
                                         resolver.persons.composed.mixed)


def _places(names: list[tuple[str, str, str, str]], kanjidic: list[tuple[str, str, str, str]],
            sample: int) -> int:
    """``--places``: JMnedict's two-kanji places, each left out, read half by half (each
    kanji as most places read it there, at least two) or as the likeliest pair
    (``reading_parts.likeliest_pair`` over :func:`jpterms.reading_index._place_class_counts`)."""
    places = [r for r in names if len(r[0]) == 2 and "place" in r[3].split(",")
              and all("\u4e00" <= ch <= "\u9fff" for ch in r[0])]
    counts = _Counts(_place_class_counts([*places, *kanjidic]), (_PLACE_CLASS, _PLACE_CLASS_SIZE))
    own_rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in places:
        own_rows.setdefault(row[0], []).append(row)
    kanji_rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in kanjidic:
        kanji_rows.setdefault(row[0][1:], []).append(row)
    chosen = random.Random(1).sample(sorted({(w, k) for w, k, _, _ in places}),
                                     min(sample, len(places)))
    tally = {"halves": 0, "paired": 0, "halves only": 0, "paired only": 0, "read": 0}
    for written, kana in chosen:
        own = _place_class_counts([*own_rows[written], *kanji_rows.get(written[0], ()),
                                   *kanji_rows.get(written[1], ())])
        counts.shift(own, -1)
        pieces = []
        for at, ch in enumerate(written):
            summed: dict[str, int] = {}
            for by_class in counts.given_class_counts(ch, head=at == 0).values():
                for r, n in by_class.items():
                    summed[r] = summed.get(r, 0) + n
            best = max(summed, key=lambda r: (summed[r], r), default="")
            pieces.append(best if best and summed[best] >= 2 else "")
        if all(pieces):
            paired = reading_parts.likeliest_pair(
                counts.given_class_counts(written[0], head=True),
                counts.given_class_counts(written[1], head=False),
                counts.given_class_sizes(), *pieces)
            before = "".join(pieces)
            _tally(tally, before, paired or before, kana)
        counts.shift(own, 1)
    _report(tally, f"{len(chosen)} of JMnedict's two-kanji places")
    return 0


def _tally(tally: dict[str, int], before: str, after: str, kana: str) -> None:
    """Count one name read ``before`` (halves one by one) and ``after`` (as a pair)
    against its listed ``kana``."""
    tally["read"] += 1
    tally["halves"] += before == kana
    tally["paired"] += after == kana
    tally["halves only"] += before == kana != after
    tally["paired only"] += after == kana != before


def _report(tally: dict[str, int], what: str) -> None:
    print(f"{what}, {tally['read']} composed; margin {reading_parts._PAIRED_MARGIN}")
    for key in ("halves", "paired"):
        print(f"  {key}: {tally[key]} right ({100 * tally[key] / max(tally['read'], 1):.1f}%)")
    print(f"  right by pairs only: {tally['paired only']}; by halves only: {tally['halves only']}")


def _option(argv: list[str], name: str, default: str, what: str) -> str:
    """The value after ``name`` in ``argv``, else ``default``; not ``what`` is BadArgument."""
    if name not in argv:
        return default
    at = argv.index(name)
    value = argv[at + 1] if at + 1 < len(argv) else ""
    try:
        ok = (int(value) > 0) if what == "a whole number" else float(value) > 0
    except ValueError:
        ok = False
    if not ok:
        raise BadArgument(f"{name} needs {what} above 0, not {value!r}")
    return value


def main(argv: list[str]) -> int:
    sample = int(_option(argv, "--sample", "4000", "a whole number"))
    margin = _option(argv, "--margin", "", "a number")
    if margin:
        reading_parts._PAIRED_MARGIN = float(margin)
    names = [(w, to_hiragana(k), "jmnedict", kinds) for w, k, kinds in jamdict_rows(_NAMES)]
    kanjidic = [("\x01" + lit, to_hiragana(value), "kanjidic", kind)
                for lit, kind, value in jamdict_rows(_KANJIDIC)]
    if "--places" in argv:
        return _places(names, kanjidic, sample)
    people = _people_givens(names)
    people_set = set(people)
    # the halves are read from JMnedict's given names alone (the name-part counts); the
    # pairs from those and the people's given names, as the reading index counts them
    halves_counts = _Counts(_given_class_counts([*names, *kanjidic]))
    counts = _Counts(_given_class_counts([*names, *kanjidic, *people]))
    own_rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in [*names, *people]:
        if len(row[0]) == 2:
            own_rows.setdefault(row[0], []).append(row)
    kanji_rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in kanjidic:
        kanji_rows.setdefault(row[0][1:], []).append(row)
    chosen = random.Random(1).sample([(g, k) for g, k, _, _ in people], min(sample, len(people)))
    resolver = readings.ReadingResolver()
    view = SimpleNamespace(_resolver=SimpleNamespace(index=counts))
    tally = {"halves": 0, "paired": 0, "halves only": 0, "paired only": 0, "read": 0}
    for given, kana in chosen:
        chars = [*kanji_rows.get(given[0], ()), *kanji_rows.get(given[1], ())]
        own = _given_class_counts([*own_rows.get(given, ()), *chars])
        own_listed = _given_class_counts([*(r for r in own_rows.get(given, ())
                                            if r not in people_set), *chars])
        counts.shift(own, -1)
        halves_counts.shift(own_listed, -1)
        halves = _halves(halves_counts, resolver, given)
        if halves is not None:
            paired = composed_given.ComposedGivenNames.paired_name(
                view, given, *halves)  # type: ignore[arg-type]
            _tally(tally, "".join(halves), paired or "".join(halves), kana)
        counts.shift(own, 1)
        halves_counts.shift(own_listed, 1)
    _report(tally, f"{len(chosen)} given names of JMnedict's people")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
