"""``check --fix`` against the number of findings (issue 11: 1/2/4 MB took 1.5/4.3/11.8 s,
a list-membership scan made it quadratic). Each size is a file of citations that all
carry one fixable particle (``he`` -> ``e``); best of ``--rounds`` (default 2) runs of
``jpterms check --fix`` in a fresh process.

Usage: ``python benchmarks/bench_fix.py [--rounds N]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import subprocess_env

LINE = "MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    env = subprocess_env()
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="jpterms-fix-") as folder:
        for mb in (1, 2, 4):
            copies = mb * 1_000_000 // len(LINE.encode("utf-8"))
            best = float("inf")
            for _ in range(args.rounds):
                path = Path(folder) / f"refs-{mb}mb.txt"
                path.write_text(LINE * copies, encoding="utf-8")
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "jpterms.cli", "check", "--fix", "-q",
                                "--exit-zero", str(path)], check=True, env=env,
                               stdout=subprocess.DEVNULL)
                best = min(best, time.perf_counter() - start)
                assert " he " not in path.read_text(encoding="utf-8")
            times[mb] = best
            print(f"{mb} MB ({copies} fixes): {best:.2f} s")
    print(f"2 MB / 1 MB: {times[2] / times[1]:.2f}x, 4 MB / 2 MB: {times[4] / times[2]:.2f}x "
          "(linear: 2x; quadratic: 4x)")


if __name__ == "__main__":
    main()
