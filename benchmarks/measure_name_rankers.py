"""Measure ways of choosing a family or given name's reading among JMnedict's readings.

Usage::

    python benchmarks/measure_name_rankers.py [N]

Test people: JMnedict's people born since 1850 (a year in the gloss) whose names are three
to five kanji and split into a family name JMnedict lists and a given name with at least
two listed readings (the first N, default 6,000, in a fixed shuffled order). Each ranker
chooses the given (and family) name's reading with the full-name entry out of the way; the
person's own reading is the answer. The name counts :mod:`jpterms.reading_index` ships are
built from all people; here they are counted from the *other* people only (those not
tested), so a person's own entry never votes for itself.

Rankers: UniDic's reading in context (where JMnedict lists it), the Mozc dictionary's cost
of any entry or of its given-name entries (left id 1922), JMnedict's first reading, the
counts alone, the choice before counts (UniDic, else Mozc's cost) and the shipped one
(that choice unless clearly more people have another reading,
``PersonNames.commonest``). Prints figures only; asserts nothing.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable

import fugashi
from _common import BadArgument, jpterms, run  # noqa: F401  (the repository's jpterms first)

from jpterms import dictionaries
from jpterms.kana import to_hiragana
from jpterms.mozcdic import mozc_dictionary
from jpterms.readings import ReadingResolver

GIVEN = frozenset({"given", "fem", "masc"})
MOZC_GIVEN = 1922  # left context id of the given names in Mozc's dictionary


def people() -> list[tuple[str, str, str]]:
    """(written, reading, gloss) of JMnedict's people, all kanji."""
    query = ("SELECT j.text, k.text, g.text FROM NETransType y "
             "JOIN NETranslation t ON t.ID = y.tid JOIN NETransGloss g ON g.tid = t.ID "
             "JOIN NEKanji j ON j.idseq = t.idseq JOIN NEKana k ON k.idseq = t.idseq "
             "WHERE y.text = 'person'")
    out = []
    for written, kana, gloss in dictionaries.jamdict_rows(query):
        if 2 <= len(written) <= 6 and all("\u4e00" <= ch <= "\u9fff" or ch == "々"
                                           for ch in written):
            out.append((written, to_hiragana(kana), gloss))
    return out


def split(rr: ReadingResolver, written: str, kana: str) -> tuple[str, str, str, str] | None:
    """(family, its reading, given, its reading) as the shipped counts split a name."""
    for cut in (2, 1, 3):
        family, given = written[:cut], written[cut:]
        givens = {r for r, k in rr.names(given) if k & GIVEN}
        for fr, kinds in rr.names(family):
            if "surname" in kinds and kana.startswith(fr) and kana[len(fr):] in givens:
                return family, fr, given, kana[len(fr):]
    return None


def main(argv: list[str]) -> int:
    try:
        limit = int(argv[1]) if len(argv) > 1 else 6000
    except ValueError:
        raise BadArgument(f"N is a number of people, not {argv[1]!r}") from None
    rr = ReadingResolver()
    tagger = fugashi.Tagger()
    mozc = mozc_dictionary()
    everyone = people()
    tested: dict[str, tuple[str, str, str, str]] = {}
    for written, kana, gloss in everyone:
        born = re.search(r"\((1[89]\d\d|20\d\d)[.\-–]", gloss)
        if born and int(born.group(1)) >= 1850 and 3 <= len(written) <= 5:
            parts = split(rr, written, kana)
            if parts and written not in tested:
                tested[written] = parts
    family_counts: dict[str, Counter[str]] = {}
    given_counts: dict[str, Counter[str]] = {}
    for written, kana in dict.fromkeys((w, k) for w, k, _ in everyone):
        if written in tested:
            continue  # counted from the other people only
        parts = split(rr, written, kana)
        if parts:
            family_counts.setdefault(parts[0], Counter())[parts[1]] += 1
            given_counts.setdefault(parts[2], Counter())[parts[3]] += 1
    order = sorted(tested)
    random.Random(1).shuffle(order)

    def unidic(written: str, start: int, end: int) -> str | None:
        at, parts = 0, []
        for word in tagger(written):
            if start <= at and at + len(word.surface) <= end:
                parts.append(to_hiragana(word.feature.kana or ""))
            elif at < end and at + len(word.surface) > start:
                return None  # UniDic's word crosses the boundary
            at += len(word.surface)
        return "".join(parts)

    def mozc_given(written: str, reading: str) -> int | None:
        node = mozc.walk(mozc.ROOT, reading)
        costs = [w.cost for w in (mozc.words(node, 255) if node is not None else ())
                 if w.written == written and w.left == MOZC_GIVEN]
        return min(costs) if costs else None

    def cheapest(cands: list[str], cost: Callable[[str], int | None]) -> str:
        return min(cands, key=lambda r: (cost(r) is None, cost(r) or 0, cands.index(r)))

    def override(chosen: str, cands: list[str], counts: Counter[str], family: bool) -> str:
        top = max(cands, key=lambda r: (counts[r], -cands.index(r)))
        have = counts[chosen]
        clearly = (counts[top] >= 2 * have + 1 and counts[top] >= 2) if family else (
            counts[top] > have and counts[top] >= (2 if have == 0 else 1))
        return top if clearly else chosen

    given_right: Counter[str] = Counter()
    family_right: Counter[str] = Counter()
    n_given = n_family = 0
    for written in order:
        if n_given >= limit:
            break
        family, fr, given, gr = tested[written]
        entries = rr.names(given)
        cands = [r for r, k in entries if k & GIVEN] + [
            r for r, k in entries if not k & GIVEN and (not k or k <= {"unclass"})]
        if len(cands) > 1:
            n_given += 1
            uni = unidic(written, len(family), len(written))
            mozc_any = {r: dictionaries.mozc_costs(r).get(given) if len(r) > 1 else None
                        for r in cands}
            before = uni if uni in cands or uni in {r for r, _ in entries} else cheapest(
                cands, mozc_any.get)
            counts = given_counts.get(given, Counter())
            top = max(cands, key=lambda r: (counts[r], -cands.index(r)))
            picks = {
                "UniDic (else first listed)": uni if uni in cands else cands[0],
                "Mozc cost, any entry": cheapest(cands, mozc_any.get),
                "Mozc cost, given-name entries": cheapest(
                    cands, {r: mozc_given(given, r) for r in cands}.get),
                "JMnedict's first reading": cands[0],
                "people's counts (else before)": top if counts[top] else before,
                "before: UniDic, else Mozc cost": before,
                "shipped: before unless counts clearly differ": override(
                    before, cands, counts, family=False),
            }
            for name, pick in picks.items():
                given_right[name] += pick == gr
        fams = [r for r, k in rr.names(family) if "surname" in k]
        if len(fams) > 1:
            n_family += 1
            uni = unidic(written, 0, len(family))
            before = uni if uni in fams else fams[0]
            counts = family_counts.get(family, Counter())
            top = max(fams, key=lambda r: (counts[r], -fams.index(r)))
            picks = {"before: UniDic": before,
                     "people's counts (else UniDic)": top if counts[top] else before,
                     "shipped: UniDic unless counts clearly differ": override(
                         before, fams, counts, family=True)}
            for name, pick in picks.items():
                family_right[name] += pick == fr
    print(f"given names with two or more readings ({n_given} people):")
    for name, ok in given_right.items():
        print(f"  {name:45s} {100 * ok / n_given:.1f}%")
    print(f"family names with two or more readings ({n_family} people):")
    for name, ok in family_right.items():
        print(f"  {name:45s} {100 * ok / n_family:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
