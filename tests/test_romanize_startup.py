"""Start-up (issue 11): a cold ``jpterms romanize 東京`` opens no cache file, so it imports
no pathlib (nor urllib.parse and ipaddress, which pathlib imports: about 4 ms of its
start-up); the modules that make cache paths import pathlib where they make one.

Speed itself is measured in ``benchmarks/bench_startup.py``; this test counts modules.
"""

from __future__ import annotations

import subprocess
import sys


def test_romanizing_a_word_imports_no_pathlib() -> None:
    script = ("import sys\nfrom jpterms.cli import main\nmain(['romanize', '東京'])\n"
              "print(sorted(m for m in ('pathlib', 'urllib.parse', 'ipaddress') "
              "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.splitlines() == ["Tōkyō", "[]"], done.stderr
