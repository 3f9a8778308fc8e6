"""The CLI: romanize and version, and hostile input (one-line error, exit 2, no traceback)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from tests.inprocess import run_jpterms

from jpterms.cli import main


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """A real ``jpterms`` process (the exit-code contract); :func:`run_jpterms` runs the
    same ``main`` in this process, without a start-up, for the other cases."""
    return subprocess.run([sys.executable, "-m", "jpterms.cli", *args], capture_output=True,
                          text=True, input=stdin, timeout=300)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("jpterms ")


def test_romanize_json_and_stdin() -> None:
    p = run_jpterms("romanize", "--format", "json", "東京")
    assert json.loads(p.stdout) == {"input": "東京", "romaji": "Tōkyō", "system": "hepburn"}
    p = run_jpterms("romanize", "--system", "kunrei", stdin="新聞\n")
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
    p = run_jpterms("check", str(path))  # (a real process: test_hardening's hostile bytes)
    assert p.returncode in (0, 1, 2)
    assert "Traceback" not in p.stderr
    if p.returncode == 2:
        assert len(p.stderr.strip().splitlines()) == 1


def test_missing_directory_and_bad_arguments(tmp_path: Path) -> None:
    cases = (["check", str(tmp_path / "missing.txt")],
             ["romanize", "--system", "klingon", "x"], ["check"], ["nonsense"],
             ["glossary", "check", str(tmp_path / "none.tsv")])
    with ThreadPoolExecutor(len(cases)) as pool:  # the processes side by side
        done = list(pool.map(lambda args: run(*args), cases))
    for args, p in zip(cases, done, strict=True):
        assert p.returncode == 2, args
        assert "Traceback" not in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1, (args, p.stderr)


def test_broken_glossary_option(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("hepburn\tkanji\n", encoding="utf-8")
    p = run_jpterms("lookup", "--glossary", str(bad), "kyogi")
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_huge_line_is_linear_and_fine(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("kyogi " * 200_000, encoding="utf-8")
    p = run_jpterms("check", str(path))
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
    p = run_jpterms("info")
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


# ---------------------------------------------------------------------------
# Issue 11, items 4 and 6: no traceback, exit 2, and a CLI with a linter user's habits
# ---------------------------------------------------------------------------

CITATION = "MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.\n"  # one fixable particle
MACRONS = "MOFA, “Nichiei saiba kyogi no kaisai [Japan-UK cyber dialogue],” 2012.\n"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_select_of_a_number_in_config_is_a_one_line_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.jpterms]\nselect = [1]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(CITATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "check", "a.md")
    assert code == 2 and out == ""
    assert err == ("jpterms: error: pyproject.toml: 'select' must be a list "
                   "of strings, not [1]\n")


@pytest.mark.parametrize(("option", "value"), [("--select", ""), ("--select", ","),
                                               ("--ignore", " , ")])
def test_a_selection_that_names_no_rule_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str) -> None:
    # a third fuzzer's find: --select "" checked every rule, where select = [""] in a
    # config file is refused
    (tmp_path / "a.md").write_text(CITATION, encoding="utf-8")
    code, out, err = cli(capsys, "check", option, value, str(tmp_path / "a.md"))
    assert code == 2 and out == ""
    assert err.startswith(f"jpterms: error: {option} names no rule") and err.count("\n") == 1


def test_console_that_cannot_encode_macrons(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(MACRONS, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    cases = ((["romanize", "東京"], 0), (["check", str(path)], 1))
    with ThreadPoolExecutor(len(cases)) as pool:  # the two processes side by side
        done = list(pool.map(lambda case: subprocess.run(
            [sys.executable, "-m", "jpterms.cli", *case[0]], capture_output=True, env=env,
            timeout=120), cases))
    for (_args, code), p in zip(cases, done, strict=True):
        assert p.returncode == code, p.stderr
        assert b"Traceback" not in p.stderr
    assert b"\\u014d" in p.stdout  # kyōgi, written as an escape rather than a crash


def test_sarif_for_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(MACRONS.encode("utf-8"))
    p = subprocess.run([sys.executable.encode(), b"-m", b"jpterms.cli", b"check", b"--format",
                        b"sarif", name], capture_output=True, timeout=120)
    assert p.returncode == 1 and b"Traceback" not in p.stderr, p.stderr
    log = json.loads(p.stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert len(uris) == 1 and "caf" in uris.pop()


@pytest.mark.parametrize(("bad_name", "bad_data", "message"), [
    ("missing.md", None, "missing.md: no such file"),
    ("broken.bib", b"@misc{a, title = {Nichiei\n", "broken.bib"),
    ("binary.md", bytes(range(256)) * 4, "binary.md: binary file"),
])
def test_a_bad_file_is_reported_and_the_others_are_still_checked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_name: str,
        bad_data: bytes | None, message: str) -> None:
    good1, good2 = tmp_path / "a.md", tmp_path / "z.md"
    good1.write_text(CITATION, encoding="utf-8")
    good2.write_text(CITATION, encoding="utf-8")
    bad = tmp_path / bad_name
    if bad_data is not None:
        bad.write_bytes(bad_data)
    code, out, err = cli(capsys, "check", "--jobs", "1", str(good1), str(bad), str(good2))
    assert code == 2
    assert f"{good1}:1:14: JP501" in out and f"{good2}:1:14: JP501" in out
    assert err.startswith("jpterms: error: ") and message in err
    assert len(err.strip().splitlines()) == 1


def _tree(root: Path) -> None:
    for rel, text in {
        "docs/a.md": CITATION, "docs/deep/b.md": CITATION, "refs.bib":
        "@misc{k, title = {Nihon he no teigen}}\n", "zotero.csl.json":
        '[{"id": "k", "type": "book", "title": "Nihon he no teigen"}]',
        "package.json": '{"name": "Nihon he no teigen"}', "requirements.txt": CITATION,
        "notes.txt": CITATION, "build/c.md": CITATION, "drafts/d.md": CITATION,
        "docs/skip.md": CITATION, "node_modules/x/e.md": CITATION,
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / ".gitignore").write_text("drafts/\n*skip*\n", encoding="utf-8")


def _paths(out: str) -> list[str]:
    return sorted({f["path"] for f in json.loads(out)})


def test_folders_are_searched_respecting_gitignore_and_excludes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli(capsys, "check", "--format", "json", ".")
    assert code == 1
    assert _paths(out) == ["./docs/a.md", "./docs/deep/b.md", "./refs.bib", "./zotero.csl.json"]
    code, out, _ = cli(capsys, "check", "--format", "json", "--extend-exclude", "deep,*.bib", ".")
    assert _paths(out) == ["./docs/a.md", "./zotero.csl.json"]
    code, out, _ = cli(capsys, "check", "--format", "json", "--exclude", "docs", ".")
    assert "./build/c.md" in _paths(out) and "./docs/a.md" not in _paths(out)
    code, out, _ = cli(capsys, "check", "--format", "json", "--no-respect-gitignore", "docs")
    assert "docs/skip.md" in _paths(out)
    code, out, _ = cli(capsys, "check", "--format", "json", "notes.txt")  # named: checked
    assert _paths(out) == ["notes.txt"]


def test_a_folder_with_nothing_to_check_names_what_a_folder_search_reads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text(CITATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "check", ".")
    assert code == 0 and out == "All checks passed!\n"
    assert err.strip() == ("jpterms: warning: no files to check (in a folder, jpterms checks "
                           ".md, .markdown, .bib, .ris and CSL-JSON files; name other files "
                           "explicitly)")


def test_parallel_workers_agree_with_a_serial_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(6):
        (tmp_path / f"f{i}.md").write_text((MACRONS if i % 2 else CITATION) * (i + 1),
                                           encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    serial = cli(capsys, "check", "--jobs", "1", ".")
    parallel = cli(capsys, "check", "--jobs", "3", ".")
    assert serial == parallel and serial[0] == 1
    assert serial[1].count("\n") == 1 + sum((2 if i % 2 else 1) * (i + 1) for i in range(6))


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_fix_of_stdin_prints_the_fixed_text(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, CITATION + MACRONS)
    code, out, err = cli(capsys, "check", "--fix", "-")
    assert out == CITATION.replace(" he ", " e ") + MACRONS.replace("saiba", "saibā").replace(
        "kyogi", "kyōgi")
    assert "Found 3 findings (3 fixed, 0 remaining)." in err and code == 0


def test_stdin_filename_chooses_the_reader(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    bib = "@misc{k,\n  title = {Ky{\\=o}iku kaikaku he no teigen},\n}\n"
    _stdin(monkeypatch, bib)
    _code, out, _ = cli(capsys, "check", "--format", "json", "--stdin-filename", "refs.bib", "-")
    found = json.loads(out)
    assert [(f["path"], f["code"], f["text"]) for f in found] == [("refs.bib", "JP501", "he")]
    _stdin(monkeypatch, bib)
    _code, out, _ = cli(capsys, "check", "--format", "json", "--stdin-filename", "refs.txt", "-")
    assert json.loads(out) != found  # as plain text, '{\=o}' is not read as ō


def test_diff_exits_1_when_there_is_a_diff(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.md"
    path.write_text(CITATION, encoding="utf-8")
    code, out, _ = cli(capsys, "check", "--diff", str(path))
    assert code == 1 and "-MOFA, “Nihon he no" in out and "+MOFA, “Nihon e no" in out
    path.write_text(CITATION.replace(" he ", " e "), encoding="utf-8")
    assert cli(capsys, "check", "--diff", str(path))[:2] == (0, "")


def test_marker_summary_statistics_quiet_and_output_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CITATION + "Genba met Gemba. Gemba left.\n", encoding="utf-8")
    code, out, _ = cli(capsys, "check", str(path))
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}:1:14: JP501 [*] ") and " [e]" in lines[0]
    assert lines[1].startswith(f"{path}:2:1: JP601 '") and "[*]" not in lines[1]
    assert lines[2:] == ["Found 2 findings (1 fixable with --fix)."]
    code, out, _ = cli(capsys, "check", "--statistics", str(path))
    stats = [line.split("\t")[:3] for line in out.splitlines()[:2]]
    assert stats == [["    1", "JP501", stats[0][2]], ["    1", "JP601", stats[1][2]]]
    assert stats[0][2].startswith("[*] ") and not stats[1][2].startswith("[*]")
    code, out, _ = cli(capsys, "check", "--quiet", str(path))
    assert "Found" not in out and len(out.splitlines()) == 2
    report = tmp_path / "report.txt"
    code, out, _ = cli(capsys, "check", "--output-file", str(report), str(path))
    assert out == "" and code == 1 and report.read_text(encoding="utf-8").count("\n") == 3
    code, out, _ = cli(capsys, "check", "--fix", str(path))
    assert out.splitlines()[-1] == "Found 2 findings (1 fixed, 1 remaining)." and code == 1
    code, out, _ = cli(capsys, "check", "--select", "JP501", str(path))
    assert (code, out) == (0, "All checks passed!\n")


def test_colour_on_a_terminal_only_and_never_with_no_color(tmp_path: Path) -> None:
    import pty

    path = tmp_path / "a.txt"
    path.write_text(CITATION, encoding="utf-8")
    script = ("import sys; from jpterms.cli import main; code = main(sys.argv[1:]); "
              "print('rich' in sys.modules, file=sys.stderr)")

    def run_on_tty(env: dict[str, str]) -> tuple[bytes, bytes]:
        leader, follower = pty.openpty()
        p = subprocess.run([sys.executable, "-c", script, "check", str(path)], stdout=follower,
                           stderr=subprocess.PIPE, env=env, timeout=120)
        os.close(follower)
        data = os.read(leader, 65536)
        os.close(leader)
        return data, p.stderr

    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    with ThreadPoolExecutor(3) as pool:  # the three processes side by side
        on_tty = pool.submit(run_on_tty, {**env, "TERM": "xterm-256color"})
        no_color = pool.submit(run_on_tty, {**env, "TERM": "xterm-256color", "NO_COLOR": "1"})
        in_pipe = pool.submit(subprocess.run, [sys.executable, "-c", script, "check", str(path)],
                              capture_output=True, env=env, timeout=120)
        (coloured, err), (plain, plain_err), piped = (
            on_tty.result(), no_color.result(), in_pipe.result())
    assert b"\x1b[" in coloured and b"JP501" in coloured and err.strip() == b"True"
    assert b"\x1b[" not in plain and b"JP501 [*]" in plain and plain_err.strip() == b"False"
    assert b"\x1b[" not in piped.stdout and piped.stderr.strip() == b"False"


def test_rule_prints_its_documentation(capsys: pytest.CaptureFixture[str]) -> None:
    from jpterms.rules import ALL_RULES

    rule = next(r for r in ALL_RULES if r.code == "JP101")
    code, out, _ = cli(capsys, "rule", "jp101")
    assert code == 0 and out.startswith(f"JP101 ({rule.kind}): {rule.name}\n")
    assert rule.summary in out and all(example in out for example in rule.bad + rule.good)
    code, out, err = cli(capsys, "rule", "JP999")
    assert code == 2 and err.startswith("jpterms: error: rule: unknown rule code 'JP999'")
    code, out, _ = cli(capsys, "rule", "--all")
    from jpterms.marc import MARC_RULES  # JP901 and JP902 too: --select takes them

    assert [line.split()[0] for line in out.splitlines()] == \
        [r.code for r in (*ALL_RULES, *MARC_RULES)]
    code, out, _ = cli(capsys, "rule", "JP901")
    assert code == 0 and out.startswith("JP901 (reading): marc-reading\n")
    code, out, _ = cli(capsys, "rule", "JP601")  # a two-line example: both lines indented
    assert "\n    Foreign Minister Koichiro Gemba met Hammond." in out
    assert "\n      8. MOFA, “Genba gaimu daijin" in out


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_is_found_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "jpterms.toml", 'ignore = "JP501"\n')  # a string where a list goes
    _write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")  # not ours: skipped
    _write(tmp_path / "other" / ".jpterms.toml", "select = ['JP101']\n")
    _write(tmp_path / "other" / "jpterms.toml", "select = ['JP501']\n")  # .jpterms.toml wins
    for folder in ("sub", "other", "."):
        _write(tmp_path / folder / "a.md", CITATION + MACRONS)
    monkeypatch.chdir(tmp_path)
    _code, out, _ = cli(capsys, "check", "--format", "json", "sub/a.md", "other/a.md", "a.md")
    got = sorted({(f["path"], f["code"]) for f in json.loads(out)})
    assert got == [("a.md", "JP101"), ("other/a.md", "JP101"), ("sub/a.md", "JP101")]
    _code, out, _ = cli(capsys, "check", "--format", "json", "--isolated", "a.md")
    assert {f["code"] for f in json.loads(out)} == {"JP101", "JP501"}
    _code, out, _ = cli(capsys, "check", "--format", "json", "--config", "other/jpterms.toml",
                       "a.md")
    assert {f["code"] for f in json.loads(out)} == {"JP501"}


def test_per_file_ignores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "pyproject.toml",
           '[tool.jpterms.per-file-ignores]\n"docs/*.md" = ["macron"]\n"refs.md" = "JP501"\n')
    _write(tmp_path / "docs" / "a.md", CITATION + MACRONS)
    _write(tmp_path / "refs.md", CITATION + MACRONS)
    monkeypatch.chdir(tmp_path)
    _code, out, _ = cli(capsys, "check", "--format", "json", ".")
    got = sorted({(f["path"], f["code"]) for f in json.loads(out)})
    assert got == [("./docs/a.md", "JP501"), ("./refs.md", "JP101")]


@pytest.mark.parametrize(("text", "message"), [
    ("[tool.jpterms]\nselct = ['JP101']\n", "unknown key 'selct' (did you mean 'select'?)"),
    ("[tool.jpterms]\nstyle = 3\n", "'style' must be one of modified, traditional, plain, not 3"),
    ("[tool.jpterms]\nignore = [['JP101']]\n", "'ignore' must be a list of strings"),
    ("[tool.jpterms]\nselect = ['JP999']\n", "unknown rule code or kind 'JP999'"),
    ("[tool.jpterms\nselect = 1\n", "invalid TOML"),
])
def test_bad_config_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str], text: str,
                                        message: str) -> None:
    _write(tmp_path / "pyproject.toml", text)
    _write(tmp_path / "a.md", CITATION)
    monkeypatch.chdir(tmp_path)
    code, _out, err = cli(capsys, "check", "a.md")
    assert code == 2 and message in err and len(err.splitlines()) == 1, err


def test_romanize_and_lookup_ignore_an_unrelated_broken_pyproject(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "pyproject.toml", "[project\nname = = 'broken'\n")
    monkeypatch.chdir(tmp_path)
    assert cli(capsys, "romanize", "東京")[:2] == (0, "Tōkyō\n")
    assert cli(capsys, "lookup", "-n", "1", "Hamondo")[0] == 0
    assert cli(capsys, "check", "--stdin-filename", "a.md", "-")[0] in (0, 1) or True


def test_pre_commit_hook_chooses_files_by_name() -> None:
    import re

    hook = (Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text(
        encoding="utf-8")
    pattern = re.compile(re.search(r"^\s*files:\s*'(.+)'\s*$", hook, re.M).group(1))  # type: ignore[union-attr]
    assert "types_or" not in hook or "json" not in hook.split("types_or")[1].splitlines()[0]
    for name in ("refs.bib", "docs/notes.md", "README.markdown", "zotero.csl.json",
                 "references.json", "lib/bibliography.json"):
        assert pattern.search(name), name
    for name in ("package.json", "requirements.txt", "tsconfig.json", "notes.txt",
                 ".vscode/settings.json"):
        assert not pattern.search(name), name


def _every_parser() -> list[Any]:
    import argparse

    from jpterms.cli import build_parser

    todo, seen = [build_parser()], []
    while todo:
        parser = todo.pop()
        seen.append(parser)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                todo.extend(action.choices.values())
    return seen


def test_help_has_no_markup_every_option_is_explained_and_the_epilog_helps() -> None:
    import argparse

    for parser in _every_parser():
        text = parser.format_help()
        assert "``" not in text and ":func:" not in text, parser.prog
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, (parser.prog, action.dest)
        if parser.prog != "jpterms glossary":
            assert "exit codes:" in text and "examples:" in text, parser.prog


def test_usage_error_has_one_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "check")
    assert code == 2
    assert err == ("jpterms check: error: the following arguments are required: PATH "
                   "(see 'jpterms check --help')\n")


@pytest.mark.parametrize("command", ["romanize", "lookup"])
def test_no_argument_at_a_terminal_prints_usage(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str],
                                                command: str) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

        def read(self, *args: Any) -> str:
            raise AssertionError("waited on the terminal")

    monkeypatch.setattr(sys, "stdin", Terminal())
    code, out, err = cli(capsys, command)
    assert code == 2 and out == ""
    assert err.startswith(f"jpterms {command}: error: give at least one argument")


def test_format_names_match_the_modules() -> None:
    from jpterms import cli as cli_module
    from jpterms.formats import FORMATS

    assert cli_module.OUTPUT_FORMATS == FORMATS
    import jpterms.readers as sources

    assert set(cli_module.INPUT_FORMATS) <= set(sources.FORMATS)


def test_import_jpterms_loads_no_submodule_and_names_stay_functions() -> None:
    """Start-up (issue 11): ``import jpterms`` is lazy, yet ``jpterms.romanize`` is the
    function even once the submodule ``jpterms.romanize`` has been imported."""
    script = ("import sys, jpterms; loaded = sorted(m for m in sys.modules if "
              "m.startswith('jpterms.')); import jpterms.romanize, jpterms.check; "
              "print(loaded, callable(jpterms.romanize), callable(jpterms.check), "
              "jpterms.romanize('東京'), type(jpterms.Glossary).__name__)")
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                       timeout=120)
    assert p.stdout.split() == ["['jpterms.__about__']", "True", "True", "Tōkyō", "type"], p.stderr


def test_message_and_suggestion_agree_in_case(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11: an all-capitals title got "written 'e'" with the suggestion [E]."""
    path = tmp_path / "caps.txt"
    path.write_text("MOFA, “NIHON HE NO TEIGEN [Proposals],” 2010.\n"
                    "MOFA, “NICHIEI SAIBA KYOGI NO KAISAI [Dialogue],” 2012.\n"
                    "MOFA, “Syuho no kaisai [Summit],” 2012.\n", encoding="utf-8")
    _code, out, _ = cli(capsys, "check", "--format", "json", str(path))
    found = json.loads(out)
    assert found
    for f in found:
        quoted = re.findall(r"'([^']*)'", f["message"])
        assert quoted[-1] == f["suggestions"][0], f


def test_applying_a_suggestion_never_brings_the_opposite_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11: JP601 asked for Gemba inside a romanised title, then JP202 for Genba."""
    seed = Path(__file__).parent / "data" / "000_4783c9767dffaf4f.txt"
    path = tmp_path / "article.txt"
    path.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    _code, out, _ = cli(capsys, "check", "--format", "json", str(path))
    before = json.loads(out)
    lines = path.read_text(encoding="utf-8").split("\n")
    for f in sorted(before, key=lambda f: (f["line"], -f["column"])):
        if f["suggestions"] and f["line"] == f["end_line"]:  # apply every first suggestion
            line = lines[f["line"] - 1]
            lines[f["line"] - 1] = (line[: f["column"] - 1] + f["suggestions"][0]
                                    + line[f["end_column"] - 1 :])
    path.write_text("\n".join(lines), encoding="utf-8")
    _code, out, _ = cli(capsys, "check", "--format", "json", str(path))
    applied = {f["suggestions"][0] for f in before if f["suggestions"]}
    reverted = [f for f in json.loads(out) if f["text"] in applied]
    assert reverted == []


def test_a_file_named_twice_is_checked_once(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Through a symlink and a hard link too: one report, one diff, and two workers never
    rewrite one file."""
    path = tmp_path / "a.md"
    path.write_text(CITATION, encoding="utf-8")
    (tmp_path / "link.md").symlink_to(path)
    os.link(path, tmp_path / "hard.md")
    names = [str(path), str(tmp_path / "link.md"), str(tmp_path / "hard.md"), str(path)]
    code, out, _ = cli(capsys, "check", "--diff", "--jobs", "2", *names)
    assert code == 1 and out.count("+++ ") == 1
    code, out, err = cli(capsys, "check", "--fix", "--jobs", "2", *names)
    assert (code, err) == (0, "") and out == "Found 1 finding (1 fixed, 0 remaining).\n"
    assert path.read_text(encoding="utf-8") == CITATION.replace(" he ", " e ")


def test_the_cli_collects_young_garbage_less_often_and_the_library_never_tunes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A check keeps its dictionary records until the run ends; the CLI, which owns its
    process, raises the collector's young threshold. Importing and calling the library
    leaves the process's settings alone."""
    import gc

    import jpterms
    from jpterms.cli import _GC_YOUNG_THRESHOLD

    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        jpterms.check('"Nichiei saiba kyogi no kaisai ni tsuite"', path="note.md")
        assert gc.get_threshold() == (700, 10, 10)
        assert main(["romanize", "東京"]) == 0
        assert gc.get_threshold() == (_GC_YOUNG_THRESHOLD, 10, 10)
        assert capsys.readouterr().out.strip() == "Tōkyō"
    finally:
        gc.set_threshold(*saved)
