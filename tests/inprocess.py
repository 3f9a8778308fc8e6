"""The ``jpterms`` command run in the test's own process, through the public
:func:`jpterms.cli.main`, with the streams a separate process would have.

A ``python -m jpterms.cli`` child costs a start-up and a fresh load of the dictionaries
(0.2-0.5 s each, about half the suite's time once); in this process they are loaded
once. The answer is a :class:`subprocess.CompletedProcess`, as from
``subprocess.run(..., capture_output=True, text=True)``: its exit code is what ``main``
returns (or what an ``argparse`` exit gives); standard output and error are bytes
written through UTF-8 text streams, read back with universal newlines; an exception
that escapes ``main`` is a ``Traceback`` on standard error and exit 1, as the
interpreter would print it. Tests of the process itself (start-up, exit handlers,
signals, hangs, terminals, encodings of the console) still start a real ``jpterms``.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def _streams(stdin: bytes) -> Iterator[tuple[io.BytesIO, io.BytesIO]]:
    out, err = io.BytesIO(), io.BytesIO()
    saved = sys.stdin, sys.stdout, sys.stderr, sys.__stdout__
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace",
                                  write_through=True)
    sys.__stdout__ = sys.stdout  # a pipe, not the terminal pytest may run on (help's width)
    try:
        yield out, err
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(ValueError):
                stream.flush()
                stream.detach()  # a wrapper collected later would close its buffer
        sys.stdin, sys.stdout, sys.stderr, sys.__stdout__ = saved


def _text(data: bytes, errors: str) -> str:
    """What ``subprocess.run(text=True)`` reads: decoded, universal newlines."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors).read()


def run_jpterms(*args: str, stdin: str | bytes | None = None, cwd: Path | str | None = None,
                errors: str = "strict") -> subprocess.CompletedProcess[str]:
    """``jpterms ARGS`` in this process (``cwd``: run from that folder; ``stdin``: fed to
    standard input, which is otherwise empty and not a terminal).

    >>> p = run_jpterms("romanize", "東京")
    >>> (p.returncode, p.stdout, p.stderr)
    (0, 'Tōkyō\\n', '')
    >>> run_jpterms("romanize", "--system", "klingon", "x").returncode
    2
    """
    from jpterms.cli import main

    data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
    here = os.getcwd()
    thresholds = gc.get_threshold()  # main tunes the collector for the process it owns
    with _streams(data) as (out, err):
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, --version
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except Exception:  # what the interpreter would print
            traceback.print_exc(file=sys.stderr)
            code = 1
        finally:
            os.chdir(here)
            gc.set_threshold(*thresholds)
    return subprocess.CompletedProcess(["jpterms", *args], code,
                                       _text(out.getvalue(), errors), _text(err.getvalue(), errors))
