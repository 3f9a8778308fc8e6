"""Benchmark: ``jpterms.check`` throughput, scaling and memory.

Usage::

    python benchmarks/bench_check.py [ARTICLE]

Builds about 100 KB and about 1 MB of text by repeating the founding article
(``tests/data/000_4783c9767dffaf4f.txt`` unless another file is given), checks
the small text once to warm up (dictionaries loaded, caches primed), then times
``jpterms.check`` on each size, best of ROUNDS. It prints:

* throughput in MB/s on the 1 MB text (target: at least 0.5 MB/s);
* the time ratio 1 MB / 100 KB (target: at most 11x for 10x the input);
* peak memory: the process's maximum resident set size, and the peak of
  Python allocations during one 1 MB check (tracemalloc, timed separately).

* the doubling ratio (2x the input / 1x) for inputs that once hid a quadratic
  step inside C string work, where the tests' counted calls cannot see it:
  repeated citations, capitalised words, title-case prose, inline code
  (target: at most 2.5x; quadratic would be about 4x).

It prints figures only and asserts nothing.
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from _common import ROOT, jpterms

ARTICLE = ROOT / "tests" / "data" / "000_4783c9767dffaf4f.txt"
SMALL_BYTES = 100_000
LARGE_BYTES = 1_000_000
ROUNDS = 3
MBPS_TARGET = 0.5
SCALING_TARGET = 11.0



check = jpterms.check


def build(article: str, size: int) -> str:
    """``article`` repeated (paragraph-separated) to about ``size`` UTF-8 bytes."""
    unit = article.rstrip("\n") + "\n\n"
    copies = max(1, round(size / len(unit.encode("utf-8"))))
    return unit * copies


def best_time(text: str) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(ROUNDS):
        gc.collect()
        start = time.perf_counter()
        findings = check(text)
        best = min(best, time.perf_counter() - start)
        count = len(findings)
    return best, count


#: name: (unit, copies, path given to check). Moved here from the test suite, where a
#: wall-clock ratio flaked on a loaded machine; the tests count calls instead.
REPEATED_UNITS = {
    "citations": ("A paragraph. 3. MOFA, \u201cNichiei saiba kyogi no kaisai nit suite "
                  "[Japan-UK cyber dialogue],\u201d 2012.\n", 1000, None),
    "capitalised-words": ("Gemba Genba ", 2500, None),
    "title-case-prose": ("The Ministry Of Tokyo Affairs ", 1000, None),
    "markdown-inline-code": ("`kyogi` and `saiba`\n", 5000, "notes.md"),
}
DOUBLING_TARGET = 2.5


def doubling_ratios() -> None:
    for name, (unit, copies, path) in REPEATED_UNITS.items():
        check(unit * 10, path=path)
        times = []
        for text in (unit * copies, unit * 2 * copies):
            best = float("inf")
            for _ in range(ROUNDS):
                start = time.perf_counter()
                check(text, path=path)
                best = min(best, time.perf_counter() - start)
            times.append(best)
        ratio = times[1] / times[0]
        verdict = "met" if ratio <= DOUBLING_TARGET else "MISSED"
        print(f"doubling {name}: {times[0]:.3f} s -> {times[1]:.3f} s, ratio {ratio:.2f}x"
              f" (target <= {DOUBLING_TARGET}x: {verdict})")


def max_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes vs KiB


def main(argv: list[str]) -> int:
    if check is None:
        print("jpterms.check is not available in this version: nothing to measure")
        return 0
    path = Path(argv[1]) if len(argv) > 1 else ARTICLE
    article = path.read_text(encoding="utf-8")
    small = build(article, SMALL_BYTES)
    large = build(article, LARGE_BYTES)
    small_mb = len(small.encode("utf-8")) / 1e6
    large_mb = len(large.encode("utf-8")) / 1e6
    print(f"article: {path} ({len(article.encode('utf-8')):,} bytes)")
    print(f"inputs: {small_mb:.3f} MB and {large_mb:.3f} MB ({large_mb / small_mb:.1f}x)")

    rss_before = max_rss_mib()
    start = time.perf_counter()
    check(small)
    print(f"warm-up check of {small_mb:.3f} MB: {time.perf_counter() - start:.2f} s")

    t_small, n_small = best_time(small)
    t_large, n_large = best_time(large)
    mbps = large_mb / t_large
    scaling = t_large / t_small
    print(f"{small_mb:.3f} MB: {t_small:.3f} s, {small_mb / t_small:.2f} MB/s, {n_small} findings")
    print(f"{large_mb:.3f} MB: {t_large:.3f} s, {mbps:.2f} MB/s, {n_large} findings")
    print(
        f"throughput: {mbps:.2f} MB/s (target >= {MBPS_TARGET} MB/s:"
        f" {'met' if mbps >= MBPS_TARGET else 'MISSED'})"
    )
    print(
        f"time ratio 1 MB / 100 KB: {scaling:.2f}x for {large_mb / small_mb:.1f}x the input"
        f" (target <= {SCALING_TARGET:.0f}x: {'met' if scaling <= SCALING_TARGET else 'MISSED'})"
    )

    gc.collect()
    tracemalloc.start()
    check(large)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory: max RSS {max_rss_mib():.0f} MiB (before warm-up {rss_before:.0f} MiB);"
        f" Python allocations during one {large_mb:.1f} MB check {peak / 2**20:.1f} MiB"
    )
    doubling_ratios()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
