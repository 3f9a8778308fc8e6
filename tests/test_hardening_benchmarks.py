"""The benchmark scripts' arguments: a missing file, a folder, a file that is not UTF-8
text or a table of another layout gives one line on standard error and exit status 2,
as the ``jpterms`` command does, never a traceback (each gave one before)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bad(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    (folder / "latin1.txt").write_bytes("café naïve\n".encode("latin-1"))
    (folder / "other.tsv").write_text("a\tb\n1\t2\n", encoding="utf-8")
    (folder / "folder").mkdir()
    (folder / "few.txt").write_text("東京都\n大阪府\n", encoding="utf-8")  # too few to time
    return {"missing": folder / "missing.tsv", "folder": folder / "folder",
            "latin1": folder / "latin1.txt", "other": folder / "other.tsv",
            "few": folder / "few.txt"}


#: Each script with a file argument, how it is given, and which bad files it refuses.
CASES = [
    ("bench_check", ["{}"], ("missing", "folder", "latin1")),
    ("bench_check", ["--cold", "{}"], ("missing", "folder", "latin1")),
    ("bench_check", ["--stages", "{}"], ("missing", "folder", "latin1")),
    ("bench_check", ["--halves", "{}"], ("missing", "latin1")),
    ("bench_check", ["--formats", "{}"], ("missing", "latin1")),
    ("bench_lookup", ["{}"], ("missing", "folder", "latin1", "other")),
    ("bench_romanize", ["{}"], ("missing", "folder", "latin1", "few")),
    ("bench_romanize_parts", ["{}"], ("missing", "latin1", "few")),
    ("lookup_accuracy", ["{}"], ("missing", "folder", "latin1", "other")),
    ("measure_readings", ["{}"], ("missing", "folder", "latin1", "other")),
    ("measure_name_priors", ["{}"], ("missing", "folder", "latin1", "other")),
    ("measure_sudachi", ["{}"], ("missing", "folder", "latin1", "other")),
    ("measure_rerank", ["--dump", "{}"], ("folder", "latin1", "other")),  # (a missing dump is made)
    ("measure_precision", ["correct", "{}"], ("missing", "folder", "latin1")),
    ("measure_precision", ["unseen", "{}"], ("missing", "folder", "latin1")),
]


@pytest.mark.parametrize(("script", "args", "kinds"), CASES)
def test_a_bad_file_argument_is_one_line_and_exit_2(
        script: str, args: list[str], kinds: tuple[str, ...], load: Callable[[str], ModuleType],
        bad: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    from _common import run

    module: ModuleType = load(script)
    for kind in kinds:
        argv = [f"{script}.py", *(a.format(bad[kind]) for a in args)]
        if script == "measure_precision":
            code = run(lambda a: module.main(a[1:]), argv)
        else:
            code = run(module.main, argv)
        err = capsys.readouterr().err
        assert code == 2, (script, kind, err)
        assert err.count("\n") == 1 and err.startswith(f"{script}.py: error: "), err


def test_a_bad_number_and_a_file_given_through_argparse(
        load: Callable[[str], ModuleType], bad: dict[str, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from _common import run

    rankers: ModuleType = load("measure_name_rankers")
    assert run(rankers.main, ["measure_name_rankers.py", "abc"]) == 2
    assert capsys.readouterr().err == (
        "measure_name_rankers.py: error: N is a number of people, not 'abc'\n")
    priors: ModuleType = load("measure_name_priors")
    assert run(priors.main, ["measure_name_priors.py", "--depth", "3"]) == 2
    assert capsys.readouterr().err == ("measure_name_priors.py: error: --depth needs a number "
                                       "of readings from 5 to 100, not '3'\n")
    words = bad["other"].with_name("words.tsv")  # real rows, none of them a name
    words.write_text("japanese\tgold_romaji\n東京\tTōkyō\n遠野物語\tTōno monogatari\n",
                     encoding="utf-8")
    assert run(priors.main, ["measure_name_priors.py", str(words)]) == 2
    assert capsys.readouterr().err == (
        "measure_name_priors.py: error: no row whose query is shaped like a name\n")
    first_run: ModuleType = load("bench_first_run")
    monkeypatch.setattr(sys, "argv", ["bench_first_run.py", str(bad["missing"])])
    with pytest.raises(SystemExit) as exit_:
        first_run.main()
    assert exit_.value.code == 2
    assert capsys.readouterr().err.endswith(f"error: argument file: {bad['missing']}: "
                                            "no such file\n")


def test_measure_sudachi_without_sudachi_is_one_line(
        load: Callable[[str], ModuleType], capsys: pytest.CaptureFixture[str]) -> None:
    """The Sudachi measurement needs the ``bench`` extra; without it, it says so."""
    from _common import run

    try:
        import sudachipy  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("SudachiPy is installed here")
    module: ModuleType = load("measure_sudachi")
    assert run(module.main, ["measure_sudachi.py"]) == 2
    assert capsys.readouterr().err == ("measure_sudachi.py: error: needs SudachiPy and its core "
                                       "dictionary: pip install '.[bench]'\n")


def test_a_child_failing_or_an_unwritable_output_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], load: Callable[[str], ModuleType]) -> None:
    import subprocess

    from _common import run

    def failing_child(argv: list[str]) -> int:
        subprocess.run([sys.executable, "-c", "import sys; sys.exit('bad input: x')"],
                       capture_output=True, check=True)
        return 0

    assert run(failing_child, ["b.py"]) == 2
    assert capsys.readouterr().err == "b.py: error: a child process failed (exit 1): bad input: x\n"

    def unwritable(argv: list[str]) -> int:
        (tmp_path / "no" / "such" / "x.json").write_text("{}")
        return 0

    assert run(unwritable, ["b.py"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_make_unseen_refuses_a_source_it_cannot_read(
        load: Callable[[str], ModuleType], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    # benchmarks/make_unseen.py rebuilds the unseen documents from repositories given as
    # folders: a missing folder, a folder that is no checkout nor git directory of
    # vishvAsa/notes, and no --notes at all are each one line and exit status 2
    from _common import run

    module: ModuleType = load("make_unseen")
    out = str(tmp_path / "out")
    for args in ([out, "--notes", str(tmp_path / "missing")], [out, "--notes", str(tmp_path)],
                 [out]):
        code = run(lambda a: module.main(a[1:]), ["make_unseen.py", *args])
        err = capsys.readouterr().err
        assert code == 2, (args, err)
        assert err.count("\n") == 1 and err.startswith("make_unseen.py: error: "), err
    assert not (tmp_path / "out").exists()
