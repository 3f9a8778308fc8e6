"""Many small files (issue 11): ``jpterms check DIR`` on 2,000 small Markdown files, in
one process (``--jobs 1``, what the CLI did before) and in worker processes (``--jobs``
= the number of CPUs), best of ``--rounds`` (default 3) whole runs each.

Usage: ``python benchmarks/bench_files.py [--files N] [--rounds N]``
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

from _common import ROOT, subprocess_env

SEED = ROOT / "tests" / "data" / "000_4783c9767dffaf4f.txt"


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (the process and its workers) of one run."""
    cpu = _cpu()
    start = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "jpterms.cli", "check", "--exit-zero",
                        "--quiet", *args], stdout=subprocess.DEVNULL, env=env)
    if p.returncode != 0:
        raise SystemExit(f"jpterms check failed with exit code {p.returncode}")
    return time.perf_counter() - start, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    env = subprocess_env()
    cpus = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="jpterms-files-") as folder:
        for i in range(args.files):  # each file: three lines of the founding article
            text = "\n\n".join(lines[(3 * i + k) % len(lines)] for k in range(3)) + "\n"
            (Path(folder) / f"note{i:05d}.md").write_text(text, encoding="utf-8")
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
        serial = min(_run(["--jobs", "1", folder], env) for _ in range(args.rounds))
        parallel = min(_run(["--jobs", str(cpus), folder], env) for _ in range(args.rounds))
    print(f"{args.files} files, {size / 1e6:.2f} MB, {cpus} CPUs")
    for label, (wall, cpu) in (("--jobs 1", serial), (f"--jobs {cpus}", parallel)):
        print(f"{label:<10} {wall:6.2f} s wall ({args.files / wall:5.0f} files/s), "
              f"{cpu:6.2f} s CPU")
    print(f"speed-up {serial[0] / parallel[0]:.2f}x wall with {cpus} workers; the workers "
          f"cost {parallel[1] / serial[1]:.2f}x the CPU of one process (load average "
          f"{os.getloadavg()[0]:.1f}: on a busy machine no speed-up is possible)")


if __name__ == "__main__":
    main()
