"""Measure outside priors for the spelling of a looked-up name: would they put the right kanji first?

Usage::

    python benchmarks/measure_name_priors.py [--depth N] [TSV ...]

Reads the name files of ``tests/data/lookup/`` (``wikidata_*``, ``aozora_authors``,
``drixler_names``; development files only, unless a held-out file is named) or the files
given. For every row whose query (the gold romaji, macrons stripped) is shaped like a name
(two or three capitalised words), the lookup engine's N cheapest readings (default 30) are
re-ranked by their cost plus a weight times a prior of the reading's surname (its first
word) and given name (its last), where the reading has one word for each; other readings
keep their cost. A hit is a reading whose kanji are the source's (as
``lookup_accuracy.py`` compares them). Prints, for each prior and weight, how many rows
have the right kanji first and in the first five (weight 0 is the engine's own order).

Priors, each of a written form (and reading, where the source has one):

* ``wordfreq-given`` / ``wordfreq-surname``: minus the Zipf frequency of the written form
  in wordfreq's Japanese list (web text cut by MeCab, so names are tokens of their own;
  the figure is for the form however it is read).
* ``unidic-given`` / ``unidic-surname``: 1 where UniDic (unidic-lite's ``sys.dic``, read
  directly: fugashi does not give word costs) does not list the form, read so, as a given
  name (名詞,固有名詞,人名,名) or a surname (…,姓); 0 where it does.
* ``unidic-given-cost``: UniDic's word cost of that given-name entry less 10,000 (its
  commonest cost is 10,617), or 3,000 where it lists none.
* ``unidic-given-tagged``: 1 unless MeCab with UniDic, given the given name alone, reads it
  as one given name read so (what a lookup could ask the tagger the romaniser already
  loads, without shipping UniDic's name list); 0 where it does.

Prints figures only; asserts nothing. Reading ``sys.dic`` takes about a second.
"""

from __future__ import annotations

import csv
import math
import struct
import sys
from collections.abc import Callable
from pathlib import Path

import unidic_lite
from _common import ROOT, BadArgument, input_file, need_rows, run, take_depth
from lookup_accuracy import kanji_key, query_of

from jpterms.dictionaries import mecab_tagger
from jpterms.kana import to_katakana
from jpterms.lattice import Edge
from jpterms.lattice import Path as Reading
from jpterms.reverse import ReverseEngine
from jpterms.word_frequencies import FrequencyTable

DATA = ROOT / "tests" / "data" / "lookup"
NAME_FILES = ("wikidata_scholars", "wikidata_writers", "wikidata_historical",
              "aozora_authors", "drixler_names")
#: Weights tried for each prior (engine cost units: Mozc's, about 500 per nat).
WEIGHTS: dict[str, tuple[float, ...]] = {
    "wordfreq-given": (50, 100, 200, 400),
    "wordfreq-surname": (50, 100, 200, 400),
    "unidic-given": (300, 600, 1200),
    "unidic-surname": (300, 600, 1200),
    "unidic-given-cost": (0.1, 0.2, 0.4),
    "unidic-given-tagged": (300, 600, 1200),
}
_HEADER = struct.Struct("<10I32s")
_TOKEN = struct.Struct("<HHHhII")
_PERSON = "人名".encode()


def unidic_names() -> dict[tuple[str, str, str], int]:
    """UniDic's person-name entries: (written, reading in katakana, 姓 or 名) -> the
    cheapest word cost, read from unidic-lite's ``sys.dic`` (MeCab's binary layout:
    header, double array, tokens of 16 bytes, NUL-ended feature strings)."""
    data = (Path(unidic_lite.DICDIR) / "sys.dic").read_bytes()
    _, _, _, _, _, _, dsize, tsize, fsize, _, charset = _HEADER.unpack_from(data)
    encoding = charset.split(b"\0")[0].decode()
    tokens = _HEADER.size + dsize
    features = tokens + tsize
    out: dict[tuple[str, str, str], int] = {}
    for at in range(tokens, features, _TOKEN.size):
        _, _, _, cost, feature, _ = _TOKEN.unpack_from(data, at)
        start = features + feature
        text = data[start:data.index(b"\0", start, features + fsize)]
        if _PERSON not in text:
            continue
        fields = text.decode(encoding).split(",")
        if len(fields) > 17 and fields[2] == "人名" and fields[3] in ("姓", "名"):
            key = (fields[8], fields[17], fields[3])
            out[key] = min(cost, out.get(key, cost))
    return out


def name_files(args: list[str]) -> list[Path]:
    if not args:
        return [DATA / f"{name}.tsv" for name in NAME_FILES]
    return [input_file(a) for a in args]


def queries(paths: list[Path]) -> list[tuple[str, str]]:
    """(query, the source's kanji) of each name-shaped row."""
    out = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh, delimiter="\t")
                    if r.get("gold_romaji") and r.get("japanese")]
        need_rows(rows, path, "japanese and gold_romaji")
        for row in rows:
            query = query_of(row["gold_romaji"])
            words = query.split()
            if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                out.append((query, kanji_key(row["japanese"])))
    return out


Prior = Callable[[Reading], float]


def priors() -> dict[str, Prior]:
    table = FrequencyTable.open("ja", "best")
    unidic = unidic_names()

    def zipf(written: str) -> float:
        frequency = table.get(written)
        return math.log10(frequency * 1e9) if frequency else 0.0

    def listed(e: Edge, kind: str) -> bool:
        return (e.written, to_katakana(e.kana), kind) in unidic

    def cost(e: Edge) -> float:
        found = unidic.get((e.written, to_katakana(e.kana), "名"))
        return 3000.0 if found is None else found - 10000.0

    tagger = mecab_tagger(unidic_lite.DICDIR)
    tagged: dict[tuple[str, str], bool] = {}

    def alone(e: Edge) -> bool:
        key = (e.written, e.kana)
        if key not in tagged:
            nodes = tagger.parseToNodeList(e.written)
            f = nodes[0].feature_raw.split(",") if len(nodes) == 1 else []
            tagged[key] = (len(f) > 17 and f[2] == "人名" and f[3] == "名"
                           and f[17] == to_katakana(e.kana))
        return tagged[key]

    return {
        "wordfreq-given": lambda p: -zipf(p.edges[-1].written),
        "wordfreq-surname": lambda p: -zipf(p.edges[0].written),
        "unidic-given": lambda p: float(not listed(p.edges[-1], "名")),
        "unidic-surname": lambda p: float(not listed(p.edges[0], "姓")),
        "unidic-given-cost": lambda p: cost(p.edges[-1]),
        "unidic-given-tagged": lambda p: float(not alone(p.edges[-1])),
    }


def score(found: list[tuple[list[Reading], str, int]], prior: Prior | None,
          weight: float) -> tuple[int, int]:
    """(right first, right in the first five) with readings re-ranked by cost + weight ×
    prior (readings with one word for each written word; others keep their cost)."""
    first = five = 0
    for readings, want, words in found:
        costs = [r.cost + (weight * prior(r) if prior and len(r.edges) == words else 0)
                 for r in readings]
        ranked = sorted(range(len(readings)), key=lambda i: (costs[i], i))
        keys = [kanji_key(readings[i].written) for i in ranked[:5]]
        first += bool(keys) and keys[0] == want
        five += want in keys
    return first, five


def main(argv: list[str]) -> int:
    args = argv[1:]
    depth = take_depth(args, 30, 5, 100, "readings")
    rows = queries(name_files(args))
    if not rows:
        raise BadArgument("no row whose query is shaped like a name")
    engine = ReverseEngine()
    found = [(engine.paths(query, limit=depth), want, len(query.split()))
             for query, want in rows]
    first, five = score(found, None, 0)
    print(f"{len(rows)} name-shaped rows, {depth} readings each")
    print(f"{'engine order':28s} first {first:5d}  top five {five:5d}")
    for name, prior in priors().items():
        for weight in WEIGHTS[name]:
            first, five = score(found, prior, weight)
            print(f"{name + ' x ' + format(weight, 'g'):28s} first {first:5d}  top five {five:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
