"""Measure word division and capitals on romaji that outside sources wrote, per source.

Usage::

    python benchmarks/measure_division.py [FILE.tsv ...] [--misses N] [--dump OUT.tsv]

The letters measure (``measure_readings.py``) ignores spaces, hyphens and case. Here each
row whose letters already agree with the gold (case, spaces, hyphens, apostrophes and
other marks folded; macrons too for a source that writes none) is compared twice: for
**division** (a space, a hyphen or nothing after each letter: 'Nagano-ken' is not
'Naganoken' nor 'Nagano ken') and for **capitals** (which letters are capitals, the
first letter of the whole row left out: a source writing a term inside a sentence
writes it in lower case). Rows whose letters differ are counted but not compared.

Default files: those whose gold division and capitals an outside source wrote (see
``SOURCES``; each is romanised in the style its source follows: the catalogue records in
``system="ala-lc"``, the rest in jpterms' default modified Hepburn). Left out: files whose
division jpterms itself wrote when they were made (``aozora_titles*``,
``jawiki_admin_terms`` and ``jawiki_publishers`` of ``tests/data/lookup``: their queries
are divided as ``make_aozora.py`` divides them, by our own romanisation), files with
kana gold, ``names_english_forms`` (given name first, long vowels as *oh*: no row's
letters agree), cutlet's wāpuro tests and every held-out file. Capitals are a convention
more than division is: a source that capitalises every word (Godzilla Cineaste's film
titles, HDIC's titles) is marked ``title case`` and left out of the capitals total.

Prints per file: rows, rows whose letters agree, and of those the share divided as the
gold and the share capitalised as the gold; then a total per group of sources. ``--misses
N`` prints up to N rows per file whose letters agree but whose division or capitals do
not; ``--dump`` writes every compared row (file, japanese, got, gold, division right,
capitals right) to diff two trees. Asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _common import ROOT, input_file, layout, run, take_misses
from measure_readings import default_files, rows

from jpterms.romanize import Romanizer

#: File stem -> (group, romanisation system, the source's convention).
SOURCES: dict[str, tuple[str, str, str]] = {
    "marc_pairs": ("catalogue", "ala-lc", "ALA-LC, MARC 880 pairs as cataloguers typed them"),
    "catalogue_pairs": ("catalogue", "ala-lc", "ALA-LC, library software test records"),
    "marc_more": ("catalogue", "ala-lc", "ALA-LC, 880 pairs of 35 more records"),
    "cite_non_english": ("citations", "hepburn", "Chicago citations: titles and journals"),
    "hdic_terms": ("citations", "hepburn", "HDIC documentation: terms, titles, names"),
    "biblio_and_misc": ("citations", "hepburn", "HDIC bibliography and kuroshiro tests"),
    "film_titles_ghibli": ("titles", "hepburn", "Studio Ghibli API, sentence case"),
    "film_titles_kurosawa": ("titles", "hepburn", "English Wikipedia, sentence case"),
    "film_titles_more": ("titles", "hepburn", "Godzilla Cineaste (title case), Wikipedia"),
    "modern_fiction_titles": ("titles", "hepburn", "a literary scholar, no macrons"),
    "eras_jpnforphp": ("titles", "hepburn", "JpnForPhp era names"),
    "stations_jreast": ("places", "hepburn", "JR East station signs"),
    "drixler_names": ("people", "hepburn", "a historian's index of names"),
    "wikidata_historical": ("people", "hepburn", "Wikidata labels, family name first"),
    "wikidata_scholars": ("people", "hepburn", "Wikidata labels, family name first"),
    "wikidata_writers": ("people", "hepburn", "Wikidata labels, family name first"),
    "aozora_authors": ("people", "hepburn", "Aozora Bunko's own romaji, no macrons"),
}

#: Sources (a part of the row's ``source``) that capitalise every word of a title.
TITLE_CASE = ("godzilla-cineaste", "HDIC")


def compare(got: str, gold: str, *, no_macrons: bool) -> tuple[bool, bool, bool]:
    """Whether the letters agree and, if they do, the division and the capitals
    (the first letter left out).

    >>> compare("Nagano Kenhoku Yamada-mura", "Nagano-ken Kitayamada-mura", no_macrons=False)
    (False, False, False)
    >>> compare("Abe-ke shiryōshū", "Abe-Ke shiryōshū", no_macrons=False)
    (True, True, False)
    >>> compare("kanbun gichū", "Kanbun Gichū", no_macrons=False)
    (True, True, False)
    >>> compare("Kanbun gichū", "kanbun gichū", no_macrons=False)
    (True, True, True)
    """
    a, b = layout(got, no_macrons=no_macrons), layout(gold, no_macrons=no_macrons)
    if a[0] != b[0]:
        return False, False, False
    return True, a[1] == b[1], a[2][1:] == b[2][1:]


def default_paths() -> list[Path]:
    """The files of :data:`SOURCES` found among the letters measure's own."""
    found = {p.stem: p for p in default_files()}
    return [found[stem] for stem in SOURCES if stem in found]


def main(argv: list[str]) -> int:
    misses, argv = take_misses(argv)
    dump = None
    if "--dump" in argv:
        at = argv.index("--dump")
        dump = open(argv[at + 1], "w", encoding="utf-8")  # noqa: SIM115 - closed below
        argv = argv[:at] + argv[at + 2:]
    files = [input_file(a) for a in argv[1:]] or default_paths()
    romanizers: dict[str, Romanizer] = {}
    groups: dict[str, list[int]] = {}
    for path in files:
        group, system, convention = SOURCES.get(path.stem, ("other", "hepburn", "?"))
        romanizer = romanizers.setdefault(system, Romanizer(system))
        data = [r for r in rows(path) if r.get("gold_romaji")]
        agree = divided = capitals = title_case = 0
        shown = 0
        for row in data:
            got = romanizer.romanize(row["japanese"])
            same, div, caps = compare(got, row["gold_romaji"], no_macrons=bool(row.get("_plain")))
            if not same:
                continue
            titled = any(s in row.get("source", "") for s in TITLE_CASE)
            agree += 1
            divided += div
            title_case += titled
            capitals += caps and not titled
            if dump:
                dump.write(f"{path.stem}\t{row['japanese']}\t{got}\t{row['gold_romaji']}\t"
                           f"{int(div)}\t{int(caps)}\n")
            if not (div and (caps or titled)) and shown < misses:
                shown += 1
                what = "DIV" if not div else "CAP"
                print(f"  {what} {path.stem} {row['japanese']}: got {got!r} "
                      f"want {row['gold_romaji']!r}")
        n = agree or 1
        capped = agree - title_case or 1
        print(f"{path.name} [{system}; {convention}] ({len(data)} rows, letters agree "
              f"{agree}): division {divided} = {100 * divided / n:.1f}%, capitals "
              f"{capitals}/{agree - title_case} = {100 * capitals / capped:.1f}%"
              + (f" ({title_case} title case left out)" if title_case else ""))
        total = groups.setdefault(group, [0, 0, 0, 0])
        for i, v in enumerate((agree, divided, capitals, agree - title_case)):
            total[i] += v
    if dump:
        dump.close()
    for group, (agree, divided, capitals, capped) in groups.items():
        print(f"{group}: letters agree {agree}, division {divided} = "
              f"{100 * divided / (agree or 1):.1f}%, capitals {capitals}/{capped} = "
              f"{100 * capitals / (capped or 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))


__all__ = ["ROOT", "SOURCES", "compare"]
