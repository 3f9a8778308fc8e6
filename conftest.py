"""Run every example in README.md and docs/ as a test (Sybil).

``python`` blocks with ``>>>`` run as doctests. ``console`` blocks run each
``$ jpterms ...`` command from the repository root (in this process, through
``jpterms.cli.main``: tests/inprocess.py) and compare its output with
the lines below it (for a command that exits 2, its one-line error on stderr
is compared too); a line ``...`` matches any lines; ``< FILE`` feeds FILE to stdin. Other commands in console
blocks (installing, creating a virtualenv) are shown, not run.
"""

from __future__ import annotations

import doctest
import shlex
from pathlib import Path

from sybil import Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser
from tests.inprocess import run_jpterms

ROOT = Path(__file__).resolve().parent


def _matches(expected: list[str], got: list[str]) -> bool:
    if "..." not in expected:
        return expected == got
    cut = expected.index("...")
    head, tail = expected[:cut], expected[cut + 1 :]
    return got[: len(head)] == head and (not tail or got[-len(tail) :] == tail)


def evaluate_console(example: object) -> str | None:
    text: str = example.parsed  # type: ignore[attr-defined]
    commands: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line.rstrip())
    for command, expected in commands:
        if not command.startswith("jpterms "):
            continue
        args = shlex.split(command)[1:]
        stdin = None
        if "<" in args:  # `jpterms check - < FILE` feeds FILE to standard input
            cut = args.index("<")
            stdin = (ROOT / args[cut + 1]).read_text(encoding="utf-8")
            args = args[:cut] + args[cut + 2 :]
        proc = run_jpterms(*args, stdin=stdin, cwd=ROOT)
        output = proc.stdout + (proc.stderr if proc.returncode == 2 else "")
        got = [line.rstrip() for line in output.rstrip("\n").splitlines()]
        while expected and not expected[-1]:
            expected.pop()
        if not _matches(expected, got):
            return (f"{command}\nexpected:\n" + "\n".join(expected) + "\ngot:\n" + "\n".join(got)
                    + f"\nstderr: {proc.stderr[-500:]}")
    return None


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
        CodeBlockParser(language="console", evaluator=evaluate_console),
    ],
    patterns=["*.md"],
).pytest()
