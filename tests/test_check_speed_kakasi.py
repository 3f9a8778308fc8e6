"""pykakasi's converter as jpterms loads it (its modules under ``jpterms._pykakasi``, its
package ``__init__`` and legacy API not run): the same conversions as ``pykakasi.kakasi()``,
and no ``pykakasi``, ``deprecated`` or ``asyncio`` import on the way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from test_kakasi_table import RARE

_PROBE = """
import json, sys
from jpterms.kakasi_table import KakasiReader
words = json.loads(sys.stdin.read())
reader = KakasiReader()
readings = [reader.reading(w) for w in words]
loaded = sorted(m for m in ("pykakasi", "deprecated", "wrapt", "asyncio") if m in sys.modules)
mine = [reader._kakasi.convert(w) for w in words]
print(json.dumps([reader.table_source, loaded, readings, mine,
                  type(reader._kakasi).__module__]))
"""

#: pykakasi's own conversions, in a fresh process of their own (beside the probe's).
_THEIRS = """
import json, sys
import pykakasi
theirs_kakasi = pykakasi.kakasi()  # one, as the reader keeps one (a new one per word: 1.6 s)
print(json.dumps([theirs_kakasi.convert(w) for w in json.loads(sys.stdin.read())]))
"""


def _kanji_words() -> list[str]:
    """The japanese column's words of the development readings tables (real titles, names,
    places), split at spaces, every eighth (about 580): what the romaniser hands pykakasi,
    and more."""
    words: set[str] = {*RARE, "東京"}
    for table in sorted((Path(__file__).parent / "data" / "readings").glob("*.tsv")):
        for line in table.read_text(encoding="utf-8").splitlines()[1:]:
            words.update(w for w in line.split("\t")[1].split() if any(
                "\u3400" <= c <= "\u9fff" for c in w))
    return sorted({*RARE, "東京", *sorted(words)[::8]})


def test_converter_without_the_legacy_api_converts_as_pykakasi() -> None:
    words = _kanji_words()
    assert len(words) > 500
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def run(code: str) -> Any:
        done = subprocess.run([sys.executable, "-c", code], input=json.dumps(words), env=env,
                              capture_output=True, text=True, encoding="utf-8", check=True)
        return json.loads(done.stdout)

    with ThreadPoolExecutor(2) as pool:  # the two fresh processes side by side
        probe, converted = pool.submit(run, _PROBE), pool.submit(run, _THEIRS)
        (source, loaded, readings, mine, module), theirs = probe.result(), converted.result()
    assert loaded == []  # pykakasi's __init__ (and its legacy API's imports) never ran
    assert module == "jpterms._pykakasi.kakasi"
    assert len(mine) == len(words)
    assert mine == theirs  # every conversion, every field, as pykakasi.kakasi().convert gives it
    assert source in ("cache", "built")
    assert readings[words.index("東京")] == "トウキョウ"
    assert sum(bool(r) for r in readings) > len(words) // 2
