"""Batch work: romanize_many / lookup_many / check_many, worker processes, progress bars."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import jpterms
from jpterms.batch import PROGRESS_MIN_ITEMS, check_many, lookup_many, romanize_many, show_progress
from jpterms.batch_io import read_items
from jpterms.cli import main
from jpterms.errors import JptermsError
from jpterms.marc import read_records

DATA = Path(__file__).parent / "data"


def _vernacular() -> list[str]:
    """Every 880 subfield of the real MARC records: real titles, names and publishers."""
    records = read_records((DATA / "marc" / "real.mrc").read_bytes())
    return [s.value for r in records for f in r.get_fields("880") for s in f.subfields
            if s.code in "ab"]


def test_many_in_two_processes_equals_one_by_one() -> None:
    # one pool (romanize): the other tasks run in it the same way, by the same code
    texts = _vernacular()
    assert romanize_many(texts, workers=2) == [jpterms.romanize(t) for t in texts]
    queries = ["Hamondo", "Genba"]
    assert [[m.kanji for m in ms] for ms in lookup_many(queries, limit=2)] == [
        [m.kanji for m in jpterms.lookup(q, 2)] for q in queries]
    docs = ["Nihon he no teigen", "MOFA, “Nichiei saiba kyogi,” 2012."]
    assert check_many(docs) == [jpterms.check(d) for d in docs]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_for_long_runs(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert show_progress(_Terminal(), 10_000)
    assert not show_progress(_Terminal(), PROGRESS_MIN_ITEMS - 1)
    assert not show_progress(io.StringIO(), 10_000)  # a pipe or a file
    assert show_progress(io.StringIO(), 1, requested=True)
    assert not show_progress(_Terminal(), 10_000, requested=False)
    monkeypatch.setenv("CI", "true")
    assert not show_progress(_Terminal(), 10_000)


def _run(args: list[str]) -> tuple[str, str]:
    """Run the CLI with stderr on a pseudo-terminal: (stdout, what the terminal showed)."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(TERM="xterm", COLUMNS="100", PYTHONIOENCODING="utf-8")
    command = [sys.executable, "-m", "jpterms.cli", *args]
    main_fd, child_fd = pty.openpty()
    # stdout goes to a file, not a pipe: nobody reads a pipe while the bar runs
    with tempfile.TemporaryFile() as out_file:
        proc = subprocess.Popen(command, stdout=out_file, stderr=child_fd, env=env)
        os.close(child_fd)
        chunks = []
        while True:
            try:
                data = os.read(main_fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
        os.close(main_fd)
        out_file.seek(0)
        out = out_file.read().decode()
    return out, b"".join(chunks).decode(errors="replace")


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory) -> Path:
    names = _vernacular()
    path = tmp_path_factory.mktemp("batch") / "items.txt"
    path.write_text("\n".join(names[i % len(names)] for i in range(10_000)) + "\n", "utf-8")
    return path


def test_batch_of_ten_thousand_shows_a_bar_on_a_terminal_and_none_in_a_pipe(
        ten_thousand: Path, capsys, monkeypatch) -> None:
    args = ["romanize", "--batch", str(ten_thousand), "--workers", "1"]
    out, err = _run(args)
    assert "romanize" in err and "10000/10000" in err
    assert out.count("\n") == 10_001  # a header and a row an item
    monkeypatch.delenv("CI", raising=False)
    assert main(args) == 0  # stderr is captured here: a pipe, not a terminal
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == out


def test_lookup_of_ten_thousand_shows_the_bar_on_a_terminal(monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    queries = ["Hamondo", "Genba", "Tōkyō", "Nihon no chasho"] * 2500
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    found = lookup_many(queries, limit=1)
    assert len(found) == 10_000 and "10000/10000" in terminal.getvalue()
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    lookup_many(queries[:2000], limit=1)
    assert pipe.getvalue() == ""


def test_batch_reads_a_csv_column_and_writes_json_lines(tmp_path, capsys) -> None:
    source = tmp_path / "titles.csv"
    source.write_text("id,title\n1,日本の茶書\n2,東洋文庫\n", "utf-8")
    assert main(["romanize", "--batch", str(source), "--column", "title",
                 "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["romaji"] for r in rows] == ["Nihon no chasho", "Tōyō bunko"]
    out = tmp_path / "out.csv"
    assert main(["lookup", "--batch", str(source), "--column", "2", "-n", "1",
                 "-o", str(out)]) == 0
    assert out.read_text("utf-8").splitlines()[0] == "query,rank,kanji,kana,romaji,english,source,score"


def test_batch_errors_are_one_line(tmp_path, capsys) -> None:
    source = tmp_path / "t.csv"
    source.write_text("id,title\n1,東京\n", "utf-8")
    assert main(["romanize", "--batch", str(source), "--column", "name"]) == 2
    assert capsys.readouterr().err.startswith("jpterms: error: ")
    assert main(["romanize", "--batch", str(tmp_path / "missing.txt")]) == 2
    assert main(["romanize", "東京", "--format", "csv"]) == 2
    with pytest.raises(JptermsError):
        read_items("a\nb\n", "plain.txt", column="1")
