"""The CLI: romanize and version, and hostile input (one-line error, exit 2, no traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jpterms.cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jpterms.cli", *args], capture_output=True,
                          text=True, input=stdin, timeout=300)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("jpterms ")


def test_romanize_json_and_stdin() -> None:
    p = run("romanize", "--format", "json", "東京")
    assert json.loads(p.stdout) == {"input": "東京", "romaji": "Tōkyō", "system": "hepburn"}
    p = run("romanize", "--system", "kunrei", stdin="新聞\n")
    assert p.stdout.strip() == "Sinbun"


@pytest.mark.parametrize(("name", "data"), [
    ("binary.txt", bytes(range(256)) * 4),
    ("latin1.txt", "Ry\xf4ky\xfb caf\xe9 kyogi".encode("latin-1")),
    ("utf16.txt", "MOFA, “Kyogi [consultation],” 2012.".encode("utf-16")),
    ("empty.txt", b""),
    ("broken.bib", b"@misc{a, title = {Nichiei\n"),
    ("broken.json", b"[{\"title\": "),
])
def test_hostile_files(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    p = run("check", str(path))
    assert p.returncode in (0, 1, 2)
    assert "Traceback" not in p.stderr
    if p.returncode == 2:
        assert len(p.stderr.strip().splitlines()) == 1


def test_missing_directory_and_bad_arguments(tmp_path: Path) -> None:
    for args in (["check", str(tmp_path / "missing.txt")], ["check", str(tmp_path)],
                 ["romanize", "--system", "klingon", "x"], ["check"], ["nonsense"],
                 ["glossary", "check", str(tmp_path / "none.tsv")]):
        p = run(*args)
        assert p.returncode == 2, args
        assert "Traceback" not in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1, (args, p.stderr)


def test_broken_glossary_option(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("hepburn\tkanji\n", encoding="utf-8")
    p = run("lookup", "--glossary", str(bad), "kyogi")
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_huge_line_is_linear_and_fine(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("kyogi " * 200_000, encoding="utf-8")
    p = run("check", str(path))
    assert p.returncode == 0 and "Traceback" not in p.stderr


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    p = run("check", str(path))
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_info() -> None:
    p = run("info")
    assert p.returncode == 0 and "glossary" in p.stdout and "jamdict-data" in p.stdout


def _fix_comparisons(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    """How many Finding comparisons ``check --fix`` makes on a file with ``n`` fixes."""
    from jpterms.findings import Finding

    path = tmp_path / f"many-{n}.txt"
    path.write_text("MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.\n" * n,
                    encoding="utf-8")
    calls = 0
    real_eq = Finding.__eq__

    def counting_eq(self: Finding, other: object) -> bool:
        nonlocal calls
        calls += 1
        return real_eq(self, other)

    monkeypatch.setattr(Finding, "__eq__", counting_eq)
    assert main(["check", "--fix", "--exit-zero", str(path)]) == 0
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8").count("Nihon e no") == n
    return calls


def test_fix_is_linear_in_the_number_of_findings(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11 item 5: a list-membership scan made --fix quadratic (n²/2 comparisons)."""
    small = _fix_comparisons(tmp_path, monkeypatch, 150)
    large = _fix_comparisons(tmp_path, monkeypatch, 300)
    assert large <= 2 * small + 300, (small, large)
    assert large <= 4 * 300, large
