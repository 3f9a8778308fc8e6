"""Sort the person names jpterms misreads on the development data by cause.

Usage::

    python benchmarks/name_misses.py [--show N]

Reads the development files of ``measure_readings.py`` that hold people's names: the
Wikidata scholars, writers and people of history and Aozora Bunko's authors (romaji gold,
"Family Given"), and the Wikipedia titles of ``jawiki_draw`` that are a person's name
(kana gold that a family name JMnedict lists begins, all in kanji, the rest a given
name JMnedict lists). Each
row read wrong is put in one class:

- ``family``: the family name is wrong, the given name right (``-listed`` where
  JMnedict lists the gold reading of the family name or its people bear it);
- ``given-alt``: the given name is wrong and the gold reading is one of the
  alternatives ``Romanizer.explain`` gives (a choice between listed readings);
- ``given-listed``: JMnedict lists the gold reading as a given name, but it is not
  among the alternatives;
- ``given-unlisted``: no dictionary lists it (an unusual reading, a pen name, or a
  slip in the gold data);
- ``both``: family and given name are both wrong;
- ``division``: the input is not read as one family and one given name;
- ``other``: both words read right, the whole not (a hyphen, a genitive の).

Prints the count of each class per source (and ``--show N`` examples of each); asserts
nothing. Never run it on held-out files.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from _common import BadArgument, run
from measure_readings import default_files, plain, right, rows

from jpterms.kana import kana_to_romaji, to_hiragana
from jpterms.reading_index import ReadingIndex
from jpterms.romanize import Romanizer

PEOPLE = ("wikidata_scholars", "wikidata_writers", "wikidata_historical", "aozora_authors")
TITLES = "jawiki_draw"
_GIVEN = frozenset({"given", "masc", "fem"})


def _kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in text)


class Sorter:
    """Puts each misread name in its class (see the module's docstring)."""

    def __init__(self) -> None:
        self.romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
        self.index = ReadingIndex.default()

    def families(self, written: str) -> set[str]:
        """The readings of ``written`` as a family name: JMnedict's, and its people's."""
        listed = {r.reading for r in self.index.readings(written)
                  if r.source == "jmnedict" and "surname" in r.kinds}
        return listed | set(self.index.name_counts(written, family=True))

    def givens(self, written: str) -> set[str]:
        """The readings of ``written`` as a given name JMnedict lists."""
        return {r.reading for r in self.index.readings(written)
                if r.source == "jmnedict" and r.kinds & _GIVEN}

    def gold_split(self, written: str, gold: str) -> tuple[int, str, str] | None:
        """Where a kana gold reading of a name in kanji divides: the length of the family
        name and the two readings, or None where no listed family name begins it."""
        if not _kanji(written) or len(written) < 3:
            return None
        for cut in (2, 1, 3):
            if cut >= len(written):
                continue
            rest = written[cut:]
            if not (self.givens(rest) or self.index.name_counts(rest)):
                continue  # (a place or a word after a family name: 向原 + 停留場)
            for family in sorted(self.families(written[:cut]), key=len, reverse=True):
                if gold.startswith(family) and len(gold) > len(family):
                    return cut, family, gold[len(family):]
        return None

    def sort(self, source: str, written: str, gold: str) -> str | None:
        """The class of a misread name, or None where the row is no person's name."""
        words = self.romanizer.explain(written)
        if source == TITLES:
            split = self.gold_split(written, to_hiragana(gold))
            if split is None:
                return None
            cut, family, given = split
            if len(words) != 2 or words[0].text != written[:cut]:
                return "division"
            family_ok = to_hiragana(words[0].kana) == family
            given_ok = to_hiragana(words[1].kana).removeprefix("の") == given
            gold_family = family
            alternatives = {plain(a) for a in words[1].alternatives}
            given_key = plain(kana_to_romaji(given, "hepburn"))
            listed_given = given in self.givens(words[1].text)
            listed_family = family in self.families(words[0].text)
        else:
            parts = gold.split()
            if len(parts) != 2 or len(words) != 2:
                return "division"
            family_ok = plain(words[0].romaji) == plain(parts[0])
            given_ok = plain(words[1].romaji.removeprefix("no ")) == plain(parts[1])
            gold_family, given_key = plain(parts[0]), plain(parts[1])
            alternatives = {plain(a) for a in words[1].alternatives}
            listed_given = given_key in {plain(kana_to_romaji(r, "hepburn"))
                                         for r in self.givens(words[1].text)}
            listed_family = gold_family in {plain(kana_to_romaji(r, "hepburn"))
                                            for r in self.families(words[0].text)}
        if not family_ok and not given_ok:
            return "both"
        if not family_ok:
            return "family-listed" if listed_family else "family-unlisted"
        if not given_ok:
            if given_key in alternatives:
                return "given-alt"
            return "given-listed" if listed_given else "given-unlisted"
        return "other"  # (both words right but the whole not: a hyphen, a の)


def main(argv: list[str]) -> int:
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        try:
            show = int(argv[i + 1])
        except (IndexError, ValueError):
            raise BadArgument("--show takes a number") from None
    sorter = Sorter()
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for path in default_files():
        if path.stem not in (*PEOPLE, TITLES):
            continue
        for row in rows(path):
            ok, got = right(sorter.romanizer, row)
            if ok:
                continue
            gold = row.get("kana") or row.get("gold_romaji") or ""
            kind = sorter.sort(path.stem, row["japanese"], gold)
            if kind is None:
                continue
            counts[(path.stem, kind)] += 1
            examples[kind].append(f"  {row['japanese']}: got {got!r}, want {gold!r}")
    kinds = sorted({k for _, k in counts})
    print("source".ljust(22) + "".join(k.rjust(16) for k in kinds))
    for stem in (*PEOPLE, TITLES):
        print(stem.ljust(22) + "".join(str(counts[(stem, k)]).rjust(16) for k in kinds))
    print("all".ljust(22) + "".join(
        str(sum(n for (_, k), n in counts.items() if k == kind)).rjust(16) for kind in kinds))
    for kind in kinds if show else ():
        print(f"{kind}:")
        print("\n".join(examples[kind][:show]))
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
