"""Start-up time (issue 11): ``import jpterms`` against a bare interpreter, and a cold
``jpterms romanize 東京`` against the cutlet one-liner, in fresh processes.

Each command runs ``--rounds`` times (default 15), interleaved so that machine noise
hits all of them alike; the medians and the best times are reported, with the ratios
the issue sets as targets:

* ``import jpterms``           ≤ 2× ``python -c pass``
* ``jpterms romanize 東京``    ≤ 2× ``python -c "import cutlet; print(cutlet.Cutlet().romaji('東京'))"``

Both sides run with their bytecode cached, as after ``pip install`` (which compiles
every module): ``PYTHONDONTWRITEBYTECODE`` is removed from the children's environment,
so the warm-up run writes jpterms's ``__pycache__`` when it is missing. CPU time
(user + system, from ``getrusage``) is reported too: on a loaded machine it is
steadier than wall time. The children run in an empty temporary folder, like a
user's ``jpterms romanize`` anywhere (a project's pyproject.toml that mentions jpterms
costs about 3 ms more: it is parsed to look for ``[tool.jpterms]``).

With ``--against SRC`` (another tree's ``src`` folder, e.g. a ``git worktree`` of main), the
command ``jpterms romanize 東京`` of that tree runs in every round too, and the CPU ratio of this
tree's (the ``src`` beside this script's folder, whatever jpterms the venv has installed) to
that tree's is printed: a before/after comparison made in the same minutes. Each
round runs the commands in turn, in reverse order every other round.

Usage: ``python benchmarks/bench_startup.py [--rounds N] [--against SRC]``
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from _common import ROOT, subprocess_env

COMMANDS: dict[str, list[str]] = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import jpterms": [sys.executable, "-c", "import jpterms"],
    "cutlet one-liner": [sys.executable, "-c",
                         "import cutlet; print(cutlet.Cutlet().romaji('東京'))"],
    "jpterms romanize 東京": [sys.executable, "-m", "jpterms.cli", "romanize", "東京"],
}


def _time(command: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env, cwd=cwd)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


AGAINST = "jpterms romanize 東京 (--against)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--against", metavar="SRC", default=None,
                        help="another tree's src folder: its `jpterms romanize 東京` runs too")
    args = parser.parse_args()
    env = subprocess_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if args.against is not None:  # this tree: the src beside this script's folder, first
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env["PYTHONPATH"]) if p)
        print(f"this tree: {ROOT / 'src'}; against: {args.against}")
    runs = [(name, command, env) for name, command in COMMANDS.items()]
    if args.against is not None:
        if not os.path.isfile(os.path.join(args.against, "jpterms", "cli.py")):
            print(f"bench_startup.py: error: {args.against}: no jpterms/cli.py in it (give "
                  "another tree's src folder)", file=sys.stderr)
            raise SystemExit(2)
        runs.append((AGAINST, COMMANDS["jpterms romanize 東京"],
                     {**env, "PYTHONPATH": os.path.abspath(args.against)}))
    cwd = tempfile.mkdtemp(prefix="jpterms-startup-")
    for _, command, run_env in runs:  # write bytecode, warm the OS file cache
        _time(command, run_env, cwd)
    walls: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    cpus: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    for round_ in range(args.rounds):
        for name, command, run_env in runs if round_ % 2 == 0 else runs[::-1]:
            wall, cpu = _time(command, run_env, cwd)
            walls[name].append(wall)
            cpus[name].append(cpu)
    wall_median = {name: statistics.median(t) for name, t in walls.items()}
    cpu_median = {name: statistics.median(t) for name, t in cpus.items()}
    best = {name: min(t) for name, t in walls.items()}
    for name in walls:
        print(f"{name:<24} wall median {wall_median[name] * 1000:6.1f} ms, best "
              f"{best[name] * 1000:6.1f} ms; CPU median {cpu_median[name] * 1000:6.1f} ms")
    for what, base, target in (("import jpterms", "python -c pass", 2.0),
                               ("jpterms romanize 東京", "cutlet one-liner", 2.0)):
        ratio = wall_median[what] / wall_median[base]
        verdict = "met" if ratio <= target else "NOT met"
        print(f"{what} / {base}: {ratio:.2f}x wall median, {best[what] / best[base]:.2f}x "
              f"best, {cpu_median[what] / cpu_median[base]:.2f}x CPU "
              f"(target <= {target:g}x: {verdict})")
    if args.against is not None:
        ours, theirs = cpus["jpterms romanize 東京"], cpus[AGAINST]
        print(f"jpterms romanize 東京, this tree / {args.against}: "
              f"{statistics.median(ours) / statistics.median(theirs):.3f}x CPU median, "
              f"{min(ours) / min(theirs):.3f}x CPU best ({args.rounds} rounds, alternating)")


if __name__ == "__main__":
    main()
