"""Where ``jpterms.romanize``'s time goes, as shares of cutlet's time on the same lines.

Usage::

    python benchmarks/bench_romanize_parts.py [CORPUS]

Same corpus and warm-up as ``bench_romanize.py`` (the unseen lines, each once). In one
process, alternating with cutlet in rounds so that both see the same load, it times
(CPU seconds, ``time.process_time``):

* ``mecab``: MeCab alone, printing the lines jpterms reads (``mecab_rows.rows_of`` on every run of
  Japanese): what no Python change can remove;
* ``first``: ``romanize`` on lines it has not seen (what ``bench_romanize.py`` measures);
* ``known``: the same lines again, every token and segment known (the Python around
  MeCab when nothing is new);
* ``new``: ``first`` minus ``known``: what new tokens and segments cost (readings'
  ``refine``, new words romanised, new tokens built);
* ``unidic``: the unseen lines read by a romaniser with no dictionary but UniDic
  (``Romanizer(sources=())``: no ``refine``, a worse romaniser), so ``first - unidic`` is
  what readings' dictionaries cost on new text.

Issue 9 asks for ``first`` at most 0.5x cutlet. ``mecab + known`` is a floor for it on any
text: even a document of words all seen before costs that much; ``unidic`` is what the
same design costs with no dictionary at all. It prints figures only and asserts nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from _common import ROOT, input_file, run, warm_and_rounds

from jpterms.kana import normalize_japanese

SHARED_CORPUS = ROOT.parent / "shared" / "data" / "corpus_ja.txt"
SAMPLE = ROOT / "benchmarks" / "data" / "sample_ja.txt"
WARMUP_LINES = 300
ROUNDS = 6


def main(argv: list[str]) -> int:
    import importlib

    import cutlet

    romanize_module = importlib.import_module("jpterms.romanize")
    path = input_file(argv[1]) if len(argv) > 1 else (
        SHARED_CORPUS if SHARED_CORPUS.is_file() else SAMPLE)
    with path.open(encoding="utf-8") as fh:
        lines = list(dict.fromkeys(line.strip() for line in fh if line.strip()))
    warm, rounds = warm_and_rounds(lines, path, WARMUP_LINES, ROUNDS)
    unseen = [line for part in rounds for line in part]
    runs = [[m.group(0) for line in part
             for m in romanize_module._JAPANESE.finditer(normalize_japanese(line))]
            for part in rounds]
    katsu = cutlet.Cutlet()
    romanizer = romanize_module._romanizer("hepburn").preload()
    unidic = romanize_module.Romanizer("hepburn", sources=()).preload()
    for line in warm:
        romanizer._romanize(line)
        unidic._romanize(line)
        katsu.romaji(line)
    rows = importlib.import_module("jpterms.mecab_rows").rows_of

    def timed(fn: Callable[[str], object], items: list[str]) -> float:
        start = time.process_time()
        for item in items:
            fn(item)
        return time.process_time() - start

    total = dict.fromkeys(("cutlet", "mecab", "first", "known", "unidic"), 0.0)
    for part, part_runs in zip(rounds, runs, strict=True):
        total["cutlet"] += timed(katsu.romaji, part)
        total["mecab"] += timed(rows, part_runs)
        total["unidic"] += timed(unidic._romanize, part)
        total["first"] += timed(romanizer._romanize, part)
        total["known"] += timed(romanizer._romanize, part)
    base = total["cutlet"]
    print(f"corpus: {path} ({len(unseen)} unseen lines, {sum(map(len, runs))} runs, "
          f"{ROUNDS} rounds); CPU seconds, share of cutlet's {base:.3f} s")
    for name in ("mecab", "known", "unidic", "first"):
        print(f"  {name:6s} {total[name]:.3f} s  {total[name] / base:.2f}x")
    new = total["first"] - total["known"]
    print(f"  new    {new:.3f} s  {new / base:.2f}x  (first - known)")
    print(f"  known - mecab (Python around known tokens): {(total['known'] - total['mecab']) / base:.2f}x")
    dictionaries = total["first"] - total["unidic"]
    print(f"  first - unidic (what readings' dictionaries cost on new text): "
          f"{dictionaries:.3f} s  {dictionaries / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
