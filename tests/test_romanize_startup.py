"""Start-up (issue 11): a cold ``jpterms romanize 東京`` opens no cache file, so it imports
no pathlib (nor urllib.parse and ipaddress, which pathlib imports: about 4 ms of its
start-up); the modules that make cache paths import pathlib where they make one. Nor does
it make the check's job dataclasses (jpterms.check_jobs: about a millisecond each), nor
the fallback for kanji no dictionary reads (jpterms.kanji_fallback), which 東京 needs not,
nor the division of glossed names (jpterms.names), which only a listed person's name asks.

Speed itself is measured in ``benchmarks/bench_startup.py``; this test counts modules.
"""

from __future__ import annotations

import subprocess
import sys


def test_romanizing_a_word_imports_no_pathlib_nor_the_check_jobs_nor_the_fallback() -> None:
    script = ("import sys\nfrom jpterms.cli import main\nmain(['romanize', '東京'])\n"
              "print(sorted(m for m in ('pathlib', 'urllib.parse', 'ipaddress', "
              "'jpterms.check_jobs', 'jpterms.kanji_fallback', 'jpterms.names') "
              "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.splitlines() == ["Tōkyō", "[]"], done.stderr


def test_romanizing_a_word_compiles_no_name_list_or_small_kana_pattern() -> None:
    """readings.py's patterns for lists of names and for kana an official list wrote full
    size are compiled on first use: a word's romanisation asks none of them (each kana
    class costs about 0.4 ms to compile), a name list asks its own. Nor the kanji class
    (about 2 ms): a word's characters are told kanji by their code points."""
    script = ("import sys\nfrom jpterms.cli import main\nmain(['romanize', '東京'])\n"
              "readings = sys.modules['jpterms.readings']\n"
              "tests = sys.modules['jpterms.kana']\n"
              "municipal = sys.modules['jpterms.municipal_readings']\n"
              "asked = [f.cache_info().currsize for f in (readings._name_marks_split, "
              "municipal._maybe_small, readings._unmarked_long, tests._kanji_pattern)]\n"
              "main(['romanize', '渡辺みえこ、大島ともよ'])\n"
              "print(asked, readings._name_marks_split.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.splitlines()[0] == "Tōkyō", done.stderr
    assert done.stdout.splitlines()[-1] == "[0, 0, 0, 0] 1", done.stdout


def test_romanizing_a_word_parses_no_glossary_row_but_the_one_it_meets() -> None:
    """The bundled glossary's spellings are read without parsing its 1,697 rows: 東京 makes
    the one entry it is (about 1.3 MB of entries and indexes less at start-up)."""
    script = ("from jpterms.cli import main\nmain(['romanize', '東京'])\n"
              "from jpterms.glossary import Glossary\nglossary = Glossary.bundled()\n"
              "print(glossary._entries is None, sorted(glossary.romanizer()._override_entries))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.splitlines() == ["Tōkyō", "True ['東京']"], done.stderr
