"""Start-up work a cold command no longer does: what it loads and compiles, and the
answers of the shortcuts, which equal those of the paths they replace.

Speed is measured in ``benchmarks/bench_startup.py`` and ``benchmarks/bench_check.py
--cold``; these tests prove equivalence and count work, never time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys

import pytest

from jpterms import cli
from jpterms.glossary import Glossary, _bundled_text, parse


@pytest.mark.parametrize("columns", [None, "", "0", "-5", "abc", "1", "57", "200"])
def test_the_help_is_as_wide_as_shutil_says(monkeypatch: pytest.MonkeyPatch,
                                            columns: str | None) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns
    ours = cli._Formatter(prog="jpterms")
    theirs = argparse.RawDescriptionHelpFormatter(prog="jpterms")
    assert (ours._width, ours._max_help_position) == (theirs._width, theirs._max_help_position)


def test_a_closed_or_missing_stdout_is_80_columns_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys, "__stdout__", None)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns == 80


def test_help_text_is_unchanged_at_a_given_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "61")
    for only in (None, "romanize", "check"):
        ours = cli.build_parser(only)
        monkeypatch.setattr(cli, "_Formatter", argparse.RawDescriptionHelpFormatter)
        theirs = cli.build_parser(only)
        monkeypatch.undo()
        monkeypatch.setenv("COLUMNS", "61")
        assert ours.format_help() == theirs.format_help()
        assert ours.format_usage() == theirs.format_usage()


def test_romanize_loads_no_shutil() -> None:
    code = ("import sys\nfrom jpterms.cli import main\n"
            "main(['romanize', '東京'])\n"
            "print('shutil' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["Tōkyō", "False"]


def test_the_bundled_glossary_parses_as_before() -> None:
    entries = parse(_bundled_text(), "jpterms:glossary.tsv", validate=False)
    assert entries == list(Glossary.bundled().entries)
    # the fast path for rows without variants gives what splitting an empty cell gives
    assert any(e.variants for e in entries) and any(not e.variants for e in entries)
    header = "hepburn\tkanji\tkana\tenglish\tkind\tvariants\tnote\n"
    rows = parse(header + "Kyōgi\t協議\tきょうぎ\tconsultation\tterm\t\t\n"
                 "Gaimushō\t 外務省\tがいむしょう\tMFA\torg\t Gaimusho | |Gaimu-sho \t n \n")
    assert [(e.hepburn, e.kanji, e.variants, e.note) for e in rows] == [
        ("Kyōgi", "協議", (), ""), ("Gaimushō", "外務省", ("Gaimusho", "Gaimu-sho"), "n")]
