"""Benchmark: ``jpterms.romanize`` against bare ``cutlet.Cutlet().romaji``.

Usage::

    python benchmarks/bench_romanize.py [CORPUS]

The sentences come from CORPUS when given, else ``../shared/data/corpus_ja.txt``
(relative to the repository root) when it exists, else the bundled
``benchmarks/data/sample_ja.txt`` (the first 300 lines of that corpus).

Both romanisers are warmed up first on lines that are not timed (dictionaries
loaded), then timed on the remaining distinct lines, each line romanised once by
each of them, in 3 rounds of different lines, alternating which one goes first:
a line cache can never answer, so this measures the romaniser on sentences neither
has seen (per-token and per-segment memories still count, as they do on any real
document). Times are CPU seconds (``time.process_time``), so other work on a shared
machine counts less. The script prints characters per second for each and the ratio
of jpterms' time to cutlet's (target: at most 0.5x, issue 9; 1.0x was the first
target). It then measures what ``import jpterms`` costs in a fresh interpreter
(target: under 50 ms). It prints figures only and asserts nothing.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import ROOT, input_file, jpterms, run, subprocess_env, warm_and_rounds

from jpterms.romanize import clear_caches

SHARED_CORPUS = ROOT.parent / "shared" / "data" / "corpus_ja.txt"
SAMPLE = ROOT / "benchmarks" / "data" / "sample_ja.txt"
ROUNDS = 3
WARMUP_LINES = 300  # at most a fifth of the corpus (the bundled sample has 300 lines)
TARGET_RATIO = 0.5  # issue 9: at most half of cutlet's time on unseen sentences
IMPORT_TARGET_MS = 50.0



def corpus_path(argv: list[str]) -> Path:
    if len(argv) > 1:
        return input_file(argv[1])
    if SHARED_CORPUS.is_file():
        return SHARED_CORPUS
    return SAMPLE


def load_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip()]


def time_all(fn: Callable[[str], str], lines: list[str]) -> float:
    """CPU seconds (``time.process_time``) to romanise every line once: other work on a
    shared machine does not count, as wall time would."""
    start = time.process_time()
    for line in lines:
        fn(line)
    return time.process_time() - start




def best_process_time(code: str, runs: int, env: dict[str, str]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def import_time_ms(env: dict[str, str]) -> tuple[float, float | None]:
    """(subprocess difference, ``-X importtime`` cumulative), both in ms."""
    runs = 7
    baseline = best_process_time("pass", runs, env)
    with_import = best_process_time("import jpterms", runs, env)
    diff_ms = (with_import - baseline) * 1000

    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import jpterms"],
        capture_output=True,
        text=True,
        env=env,
    )
    cumulative_us: int | None = None
    for line in proc.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package"
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == "jpterms":
            cumulative_us = int(parts[1])
    return diff_ms, None if cumulative_us is None else cumulative_us / 1000


def main(argv: list[str]) -> int:
    import cutlet

    path = corpus_path(argv)
    lines = list(dict.fromkeys(load_lines(path)))  # every line once: nothing is seen twice
    warm, rounds = warm_and_rounds(lines, path, WARMUP_LINES, ROUNDS)
    unseen = [line for part in rounds for line in part]
    chars = sum(len(line) for line in unseen)
    print(f"corpus: {path} ({len(lines)} distinct lines; {len(warm)} to warm up, "
          f"{len(unseen)} timed once each in {ROUNDS} rounds, {chars:,} chars)")

    katsu = cutlet.Cutlet()
    contenders: dict[str, Callable[[str], str]] = {
        "jpterms": jpterms.romanize,
        "cutlet": katsu.romaji,
    }

    # Warm-up: dictionaries loaded and indexes opened, on lines that are not timed.
    from jpterms.romanize import _romanizer

    _romanizer("hepburn").preload()
    for fn in contenders.values():
        time_all(fn, warm)

    times: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders)
    for part in rounds:
        for name in order:
            clear_caches()  # no romanisation of a whole line is ever recalled
            times[name].append(time_all(contenders[name], part))
        order.reverse()  # alternate which one runs first

    total = {name: sum(ts) for name, ts in times.items()}
    for name, ts in times.items():
        rounds_text = ", ".join(f"{t:.3f}" for t in ts)
        print(f"{name:8s} total {total[name]:.3f} s  {chars / total[name] / 1e6:.3f} M chars/s"
              f"  (rounds: {rounds_text} s)")
    ratio = total["jpterms"] / total["cutlet"]
    verdict = "met" if ratio <= TARGET_RATIO else "MISSED"
    print(
        f"ratio jpterms/cutlet (time, sentences neither has seen): {ratio:.2f}x  "
        f"(target <= {TARGET_RATIO}x: {verdict})"
    )

    diff_ms, cumulative_ms = import_time_ms(subprocess_env())
    detail = "" if cumulative_ms is None else f"; -X importtime cumulative {cumulative_ms:.1f} ms"
    verdict = "met" if diff_ms < IMPORT_TARGET_MS else "MISSED"
    print(
        f"import jpterms: {diff_ms:.1f} ms over a bare interpreter (best of 7){detail}"
        f"  (target < {IMPORT_TARGET_MS:.0f} ms: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
