"""tests/inprocess.py: ``jpterms`` run in the test's process answers what a real
``jpterms`` process answers (exit code, standard output and error), so the tests and the
documentation's examples that use it hold the command to the same contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.inprocess import run_jpterms

import jpterms.cli

MACRONS = "MOFA, “Nichiei saiba kyogi no kaisai [Japan-UK cyber dialogue],” 2012.\r\n"
BIBTEX = "@misc{k,\n  title = {Ky{\\=o}iku kaikaku he no teigen},\n}\n"


@pytest.mark.parametrize(("args", "stdin", "code"), [
    (("check", "{path}"), None, 1),  # findings, and a summary line
    (("check", "--format", "json", "--stdin-filename", "refs.bib", "-"), BIBTEX, 1),
    (("romanize", "--system", "klingon", "東京"), None, 2),  # a usage error: one line
    (("--version",), None, 0),  # argparse's own exit
])
def test_the_command_in_this_process_answers_as_a_process_does(
        tmp_path: Path, args: tuple[str, ...], stdin: str | None, code: int) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(MACRONS.encode("utf-8"))
    args = tuple(a.format(path=path) for a in args)
    real = subprocess.run([sys.executable, "-m", "jpterms.cli", *args], capture_output=True,
                          text=True, encoding="utf-8", input=stdin, timeout=300, cwd=tmp_path)
    here = run_jpterms(*args, stdin=stdin, cwd=tmp_path)
    assert real.returncode == code
    assert (here.returncode, here.stdout, here.stderr) == \
        (real.returncode, real.stdout, real.stderr)


def test_an_exception_that_escapes_main_is_a_traceback_and_exit_1(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(jpterms.cli, "_cmd_romanize", broken)
    streams, folder = (sys.stdin, sys.stdout, sys.stderr, sys.__stdout__), os.getcwd()
    p = run_jpterms("romanize", "東京", cwd=Path(jpterms.cli.__file__).parent)
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr.startswith("Traceback") and "RuntimeError: a bug" in p.stderr
    assert (sys.stdin, sys.stdout, sys.stderr, sys.__stdout__) == streams  # given back
    assert os.getcwd() == folder
