"""Benchmark: the romaji lexicon's first build, its cached open, and its queries.

Usage::

    python benchmarks/bench_lexicon.py

* first run: the whole index built from JMdict and JMnedict into an empty cache
  directory (what a new user's first check pays once);
* later runs: opening the cached file (memory-mapped);
* queries: ``Lexicon.spellings`` on every distinct word of the founding article
  and the development titles, first with the Mozc costs fetched, then cached.

It prints figures only and asserts nothing.
"""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path

from _common import ROOT

from jpterms.glossary import Glossary
from jpterms.lexicon import Lexicon


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        lex = Lexicon.load(Glossary.bundled(), cache_dir=cache)
        build = time.perf_counter() - start
        (path,) = Path(cache).glob("*.marisa")
        size = path.stat().st_size
        start = time.perf_counter()
        lex = Lexicon.load(Glossary.bundled(), cache_dir=cache)
        opened = time.perf_counter() - start
        print(f"first build: {build:.2f} s, {len(lex):,} records, {size / 2**20:.1f} MiB on disk")
        print(f"cached open: {opened * 1000:.1f} ms")
        text = (ROOT / "tests" / "data" / "000_4783c9767dffaf4f.txt").read_text(encoding="utf-8")
        text += (ROOT / "tests" / "data" / "dev_titles.tsv").read_text(encoding="utf-8")
        words = sorted({w for w in re.findall(r"[A-Za-zāīūēōĀĪŪĒŌ']+", text)})
        start = time.perf_counter()
        known = sum(1 for w in words if lex.spellings(w))
        first = time.perf_counter() - start
        start = time.perf_counter()
        for w in words:
            lex.spellings(w)
        again = time.perf_counter() - start
        print(f"queries: {len(words)} distinct words ({known} known), "
              f"{first / len(words) * 1e6:.0f} µs each first, "
              f"{again / len(words) * 1e6:.1f} µs cached")


if __name__ == "__main__":
    main()
