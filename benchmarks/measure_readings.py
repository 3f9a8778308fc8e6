"""Measure readings on outside data, per source: how much each dictionary contributes.

Usage::

    python benchmarks/measure_readings.py [FILE.tsv ...] [--misses N] [--heldout]

Default files: ``tests/data/readings/*.tsv`` (kana gold: municipalities, stations, Aozora
Bunko titles and authors, Wikipedia article titles (a random draw, and titles written as phrases), Japan Post's town names of Tokyo and of the other prefectures; film titles with Hepburn gold), the romaji-gold pairs of ``tests/data/lookup/`` (catalogue
records, a citation-style suite, HDIC, Aozora's authors with its own macron-less romaji,
compared without macrons) and, when it exists,
``../shared/data/realworld/*.tsv``. ``--heldout`` measures the held-out part instead
(``tests/data/readings/heldout/``, the 300 stations of
``tests/data/lookup/stations_miehorts.tsv`` and ``aozora_authors_heldout.tsv``): look at it only to report, never to tune.

A row with a ``kana`` column is right when the reading jpterms chose (kana as spelled,
spaces ignored) is the source's kana, where ぢ/じ and づ/ず count as one (Hepburn writes
them alike), small kana as full-size ones (the MIC list writes ぎようだし for 行田市) and a
particle は, へ, を may be read わ, え, お; a row with ``gold_romaji`` is
right when letters and macrons agree with word division and case ignored (as
``../shared/tools/measure.py realworld`` scores).
Each file is scored with UniDic alone, then adding JMdict, JMnedict and Mozc in turn.
Prints figures per file and for all rows together; asserts nothing.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

from _common import ROOT, input_file, need_rows, run, take_misses

from jpterms.kana import to_hiragana
from jpterms.romanize import Romanizer

LADDER = [
    ("unidic", ()),
    ("+jmdict", ("jmdict",)),
    ("+jmnedict", ("jmdict", "jmnedict")),
    ("+mozc", ("jmdict", "jmnedict", "mozc")),
]


def nodiv(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'").casefold()
    return re.sub(r"[^a-zāīūēō'0-9]", "", text).replace("nippon", "nihon")


def rows(path: Path) -> list[dict[str, str]]:
    """The file's rows; where no gold romaji has a macron (Aozora's own romaji), each row
    is marked to be compared without macrons or apostrophes."""
    with path.open(encoding="utf-8") as fh:
        data = list(csv.DictReader(fh, delimiter="\t"))
    need_rows([r for r in data[:1] if "japanese" in r], path, "japanese and kana or gold_romaji")
    golds = [r.get("gold_romaji") or "" for r in data]
    if any(golds) and not any(re.search("[āīūēō]", g) for g in golds):
        for r in data:
            r["_plain"] = "1"
    return data


# ぢ/づ are spelled like じ/ず; the MIC list writes small kana full-size (ぎようだし for
# 行田市 ぎょうだし), as official lists of its time did: compared at full size.
_SAME_SOUND = str.maketrans("ぢづゃゅょっぁぃぅぇぉ", "じずやゆよつあいうえお")
_PARTICLES = {("わ", "は"), ("え", "へ"), ("お", "を")}


def same_kana(got: str, gold: str) -> bool:
    """The reading is the source's, as Hepburn would spell it (ぢ = じ, particle は = わ)."""
    got = to_hiragana(got).translate(_SAME_SOUND)
    gold = to_hiragana(gold).translate(_SAME_SOUND)
    return len(got) == len(gold) and all(
        a == b or (a, b) in _PARTICLES for a, b in zip(got, gold, strict=True))


_FOLD = str.maketrans("āīūēōâîûêô", "aiueoaiueo")


#: How sources with no macrons may write a long vowel (*Gouku*, *Ooka*, *Ohno*) and the
#: particles を and へ (*Ko wo tsurete*, *Yo no naka he*): folded on both sides, as a
#: macron dropped already is (*Gōku* gives *goku*).
_PLAIN_LONG = re.compile(r"ou|oo|uu|oh(?![aiueoy])")
_PLAIN_PARTICLE = re.compile(r"(?<![^\W\d_])(wo|he)(?![^\W\d_])", re.IGNORECASE)


def plain(text: str) -> str:
    """Letters only, macrons and apostrophes dropped: for sources that write no macrons.
    A long vowel is one vowel however such a source spells it, and the particles を and
    へ are o and e.

    >>> plain("Gōku"), plain("Gouku"), plain("Ohno"), plain("Yo no naka he")
    ('goku', 'goku', 'ono', 'yononakae')
    """
    text = _PLAIN_PARTICLE.sub(lambda m: m.group(1)[-1], text)
    text = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    # (folded in each word, then again once the words are joined, as division is
    # ignored: Hitoodori and Hito odori, Fuyu no ourai and Fuyu no ōrai)
    return _fold_long(nodiv(_fold_long(text)).replace("'", ""))


def _fold_long(text: str) -> str:
    return _PLAIN_LONG.sub(lambda m: m.group(0)[0], text)


def right(romanizer: Romanizer, row: dict[str, str]) -> tuple[bool, str]:
    text = row["japanese"]
    if row.get("kana"):
        got = "".join(w.kana for w in romanizer.explain(text))
        gold = re.sub(r"[\s・「」『』（）()]", "", row["kana"])
        return same_kana(re.sub(r"[\s・「」『』（）()]", "", got), gold), got
    got = romanizer.romanize(text)
    if row.get("_plain"):
        return plain(got) == plain(row["gold_romaji"]), got
    return nodiv(got) == nodiv(row["gold_romaji"]), got


def default_files(*, heldout: bool = False) -> list[Path]:
    """The files measured when none is named: the development ones, or with ``heldout``
    the part kept back from tuning."""
    lookup = ROOT / "tests" / "data" / "lookup"
    if heldout:
        held = sorted((ROOT / "tests" / "data" / "readings" / "heldout").glob("*.tsv"))
        return held + [lookup / f"{name}.tsv" for name in (
            "stations_miehorts", "aozora_authors_heldout", "catalogue_pairs_heldout",
            "wikidata_scholars_heldout", "wikidata_writers_heldout",
            "wikidata_historical_heldout")]
    files = sorted((ROOT / "tests" / "data" / "readings").glob("*.tsv"))
    files += [lookup / f"{name}.tsv" for name in ("marc_pairs", "marc_more", "cite_non_english",
                                                  "hdic_terms", "aozora_authors",
                                                  "catalogue_pairs", "wikidata_scholars",
                                                  "wikidata_writers", "wikidata_historical")]
    # ../shared beside the clone (or beside the folder of worktrees), if present
    shared = next((d for d in (ROOT.parent / "shared" / "data" / "realworld",
                               ROOT.parent.parent / "shared" / "data" / "realworld")
                   if d.is_dir()), ROOT / "shared-not-found")
    return files + [p for p in sorted(shared.glob("*.tsv")) if not p.name.startswith("cutlet")]


def main(argv: list[str]) -> int:
    heldout = "--heldout" in argv
    argv = [a for a in argv if a != "--heldout"]
    misses, argv = take_misses(argv)
    files = [input_file(a) for a in argv[1:]] or default_files(heldout=heldout)
    romanizers = {name: Romanizer(sources=sources) for name, sources in LADDER}
    totals = dict.fromkeys(romanizers, 0)
    count = 0
    for path in files:
        data = rows(path)
        figures = []
        shown = 0
        for name, romanizer in romanizers.items():
            ok = 0
            kanji_left = 0
            for row in data:
                good, got = right(romanizer, row)
                ok += good
                totals[name] += good
                kanji_left += bool(re.search(r"[\u3400-\u9fff]", romanizer.romanize(row["japanese"])))
                if not good and name == "+mozc" and shown < misses:
                    shown += 1
                    print(f"  MISS {row['japanese']}: got {got!r} want "
                          f"{row.get('kana') or row.get('gold_romaji')!r}")
            figures.append(f"{name} {100 * ok / len(data):.1f}%" + (
                f" ({kanji_left} with kanji)" if kanji_left else ""))
        print(f"{path.name} ({len(data)} rows): " + ", ".join(figures))
        count += len(data)
    print(f"all ({count} rows): " + ", ".join(f"{name} {ok}/{count} = {100 * ok / count:.1f}%"
                                             for name, ok in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
