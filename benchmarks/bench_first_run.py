"""Benchmark: a first run with an empty cache, on all usable cores and on one.

Usage::

    python benchmarks/bench_first_run.py [FILE] [--rounds N] [--python PYTHON]

Runs ``jpterms check FILE`` (default: the founding article) in a new process with
``XDG_CACHE_HOME`` set to a new empty folder, so that it builds every cache file it
needs: the romaji lexicon, the reading index, wordfreq's tables, pykakasi's table.
Each round runs it twice, alternating which goes first: once as it is (on two cores
or more, a child process builds the other files while the lexicon is built), once
held to one core (``os.sched_setaffinity``: everything one after the other, as on a
one-core machine). It prints wall time and CPU time (the process and its children,
from ``resource.getrusage``), and checks that both runs print the same findings and
write the same files. Figures only; it asserts nothing.

``--python`` runs another installation's interpreter instead of this one's jpterms, for
example a virtualenv where the wheel is installed: a wheel ships the lexicon, the reading
index and wordfreq's tables already built (``hatch_build.py``), so its first run builds
only pykakasi's table; a source checkout or an editable install builds them all.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, BadArgument, input_file, run, subprocess_env


def _run(path: Path, one_core: bool,
         python: str | None) -> tuple[float, float, bytes, dict[str, bytes]]:
    with tempfile.TemporaryDirectory() as home:
        # another installation's interpreter imports its own jpterms, not this one's
        env = {**(subprocess_env() if python is None else os.environ), "XDG_CACHE_HOME": home}
        command = [python or sys.executable, "-m", "jpterms.cli", "check", str(path)]
        first = os.sched_getaffinity(0)
        pin = (lambda: os.sched_setaffinity(0, {min(first)})) if one_core else None
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, preexec_fn=pin,
                              check=False)
        if done.returncode not in (0, 1):  # 1: findings; anything else is no run to time
            said = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise BadArgument(f"{path}: `jpterms check` exits {done.returncode}"
                              + (f": {said[-1]}" if said else ""))
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        # (a stamp names the file's inode and times: no two runs write the same one)
        files = {p.name: p.read_bytes() for p in Path(home).rglob("*")
                 if p.is_file() and not p.name.endswith(".stamp") and p.parent.name != "stamps"}
        return wall, cpu, done.stdout, files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=input_file,
                        default=ROOT / "tests" / "data" / "000_4783c9767dffaf4f.txt")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--python", help="the interpreter of another installation to run")
    args = parser.parse_args()
    if not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2:
        print("needs two usable cores and os.sched_setaffinity")
        return
    results: dict[str, list[tuple[float, float]]] = {"all cores": [], "one core": []}
    outputs, caches = set(), set()
    for round_ in range(args.rounds):
        order = (False, True) if round_ % 2 == 0 else (True, False)
        for one_core in order:
            wall, cpu, out, files = _run(args.file, one_core, args.python)
            results["one core" if one_core else "all cores"].append((wall, cpu))
            outputs.add(out)
            caches.add(tuple(sorted(files.items())))
    print(f"first run of `jpterms check {args.file.name}` with an empty cache"
          f"{' (' + args.python + ')' if args.python else ''}, "
          f"load average {os.getloadavg()[0]:.1f}:")
    for label, runs in results.items():
        walls = ", ".join(f"{w:.2f}" for w, _ in runs)
        cpus = ", ".join(f"{c:.2f}" for _, c in runs)
        print(f"  {label:9s}: wall {walls} s; CPU (with children) {cpus} s")
    best = {label: min(w for w, _ in runs) for label, runs in results.items()}
    print(f"  wall, all cores / one core (best of each): "
          f"{best['all cores'] / best['one core']:.2f}")
    print(f"  same findings: {len(outputs) == 1}; same cache files: {len(caches) == 1}")
    built = sorted(name.split("-")[0] for name, _ in next(iter(caches))
                   if not name.endswith(".sum"))  # each file's sum beside it
    print("  files built: " + ", ".join(f"{kind} ×{built.count(kind)}"
                                        for kind in dict.fromkeys(built)))


if __name__ == "__main__":
    sys.exit(run(lambda argv: main()))
