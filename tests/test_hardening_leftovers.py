"""Session 6's left-overs (hardening7): each test failed, or hung, before its fix."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import jpterms
from jpterms.package_data import read_rows
from jpterms.rules.names import OtherLanguageCue


def test_the_other_language_cue_is_the_data_table_and_every_name_in_it_works() -> None:
    """*Korean shamanism (Sindo)*: the languages whose romanisation the bracketed word may
    be are a table (``data/other_languages.tsv``), not a list in code; each name in it
    keeps a Kunrei-looking bracketed word from being reported, and only after such a name.
    """
    names = [row[0] for row in read_rows("other_languages.tsv")]
    assert {"Korean", "Chinese", "Ainu"} <= set(names)
    for name in names:
        text = f"On {name} shamanism (Hukuda), see below.\n"
        assert not [f for f in jpterms.check(text) if "Hukuda" in f.message], name
    plain = [f for f in jpterms.check("On Japanese shamanism (Hukuda), see below.\n")
             if "Hukuda" in f.message]
    assert [f.suggestions for f in plain] == [("Fukuda",)]
    assert OtherLanguageCue.bundled() is OtherLanguageCue.bundled()  # read once
    assert OtherLanguageCue(["Basque"]).before("Basque (Hukuda", len("Basque ("))


_FIFO_RUNNER = """
import contextlib, io, json, sys
from jpterms import files
from jpterms.cli import main
files.SILENT_PIPE_SECONDS = 0.05  # the real wait is longer: the test waits less (no writer comes)
out = []
for args in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code
    out.append([code, err.getvalue()])
print(json.dumps(out))
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_nobody_writes_to_is_an_error_not_a_hang(tmp_path: Path) -> None:
    """``mkfifo p.md; jpterms check p.md`` waited for ever, for every command that reads a
    file (``--glossary``, ``--batch``, ``--fix`` too). Now: one line and exit 2, and the
    pipe is left as it was."""
    pipe = tmp_path / "p.md"
    os.mkfifo(pipe)
    doc = tmp_path / "ok.md"
    doc.write_text("Tokyo\n", encoding="utf-8")
    p, ok = str(pipe), str(doc)
    commands = [["check", p], ["check", "--fix", p], ["annotate", p],
                ["annotate", "--in-place", p], ["check", "--glossary", p, ok],
                ["romanize", "--glossary", p, "東京"], ["romanize", "--batch", p],
                ["lookup", "--batch", p], ["glossary", "check", p],
                ["check", "--input-format", "marc", p], ["check", "--config", p, ok]]
    run = subprocess.run([sys.executable, "-c", _FIFO_RUNNER, json.dumps(commands)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    for args, (code, err) in zip(commands, json.loads(run.stdout), strict=True):
        assert code == 2, (args, code, err)
        assert err.count("\n") == 1 and "Traceback" not in err, (args, err)
        assert p in err, (args, err)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_named_pipe_whose_writer_comes_later_and_shell_pipes_are_read(
        tmp_path: Path) -> None:
    """The wait is for a writer that never comes: one that comes a moment later is read
    (``cat doc.md > p.md &`` may start after jpterms), and so are the shell's own pipes
    (``/dev/stdin``, ``<(cat doc.md)``), which are not waited on at all."""
    pipe = tmp_path / "p.md"
    os.mkfifo(pipe)

    def write_later() -> None:
        time.sleep(0.3)
        deadline = time.monotonic() + 30
        while True:  # O_NONBLOCK: a writer with no reader fails at once, never waits
            try:
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                if time.monotonic() > deadline:
                    return
                time.sleep(0.05)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("Tokyo and Kyoto (Hukuda).\n")

    writer = threading.Thread(target=write_later)
    writer.start()
    run = subprocess.run([sys.executable, "-m", "jpterms.cli", "check", str(pipe)],
                         capture_output=True, text=True, timeout=60, check=False)
    writer.join()
    assert run.returncode == 1 and "'Fukuda'" in run.stdout, run.stderr
    run = subprocess.run([sys.executable, "-m", "jpterms.cli", "check", "/dev/stdin"],
                         input="Hukuda (Hukuda).\n", capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 1 and "'Fukuda'" in run.stdout, run.stderr
    bash = shutil.which("bash")
    if bash:
        doc = tmp_path / "doc.md"
        doc.write_text("Tokyo (Hukuda).\n", encoding="utf-8")
        script = f'"{sys.executable}" -m jpterms.cli check <(cat "{doc}")'
        run = subprocess.run([bash, "-c", script], capture_output=True, text=True,
                             timeout=60, check=False)
        assert run.returncode == 1 and "'Fukuda'" in run.stdout, run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_the_cluster_plan_refuses_a_named_pipe_at_once(tmp_path: Path) -> None:
    """``jpterms.cluster.plan`` opened each path to sniff it: a named pipe nobody writes
    to waited for ever (and one with a writer would have been read twice). Run in a
    child with a timeout, so that the old behaviour fails rather than hangs the suite."""
    pipe = tmp_path / "p.md"
    os.mkfifo(pipe)
    code = ("import sys\nfrom jpterms import JptermsError\nfrom jpterms.cluster import plan\n"
            "for path in sys.argv[1:]:\n"
            "    try:\n        plan([path])\n    except JptermsError as error:\n"
            "        print(error)\n")
    run = subprocess.run([sys.executable, "-c", code, str(pipe), str(tmp_path)],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.count("not a regular file") == 2, run.stdout
