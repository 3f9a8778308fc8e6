"""What a new user meets in the first ten minutes (session 8 audit): a MARC file has the
size cap of every other reader, a MARC fix is written all or nothing, line endings and
encodings survive ``--fix`` byte for byte, a real write failure from the kernel (not a
mock) leaves no trace, a kill in the middle of a rewrite loses nothing, and an odd
option is one line naming its command."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpterms import JptermsError
from jpterms.cli import main
from jpterms.marc import MarcChecker, fix_file

DATA = Path(__file__).parent / "data"
CITATION = "MOFA, “Nihon he no teigen [Proposals to Japan],” 2010."
FIXED = "MOFA, “Nihon e no teigen [Proposals to Japan],” 2010."

_LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_DATA, (1 << 30, 1 << 30))  # an endless read fails fast
from jpterms.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _jpterms(*args: str, stdin: object = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _LIMITED, *args], capture_output=True,
                          text=True, stdin=stdin, timeout=120)  # type: ignore[arg-type]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_marc_input_has_the_default_size_cap_of_every_reader() -> None:
    """``check --input-format marc`` read a file (or a pipe) whole, with no cap unless
    --max-file-size was given, and then only by ``getsize`` (0 for a pipe or a device):
    endless input ate memory until the process died. It now stops after 20 MB, with the
    text readers' own message, for a path and for standard input."""
    with open("/dev/zero", "rb") as zeros:
        runs = [_jpterms("check", "--input-format", "marc", "/dev/zero"),
                _jpterms("check", "--input-format", "marc", "-", stdin=zeros)]
    for p in runs:
        assert p.returncode == 2, p.stderr[-2000:]
        assert p.stderr.count("\n") == 1, p.stderr[-2000:]
        assert "larger than the 20 MB limit; raise it with --max-file-size MB" in p.stderr


def test_marc_max_file_size_works_as_for_text(capsys: pytest.CaptureFixture[str]) -> None:
    mrc = str(DATA / "marc" / "real.mrc")  # 20,691 bytes
    assert main(["check", "--max-file-size", "0.02", mrc]) == 2
    assert capsys.readouterr().err == (f"jpterms: error: {mrc}: larger than the 0.02 MB limit; "
                                       "raise it with --max-file-size MB\n")
    assert main(["check", "--max-file-size", "0.03", mrc]) == 1  # its one real finding
    with pytest.raises(JptermsError, match=r"larger than the 0\.001 MB limit"):
        MarcChecker().check_path(mrc, max_bytes=1000)


@contextlib.contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """Let the kernel refuse to write a file past ``limit`` bytes (EFBIG), as a full disk
    refuses: a real failure in the middle of a write, not a mock of one."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
def test_a_marc_fix_that_cannot_be_written_whole_leaves_no_file(tmp_path: Path) -> None:
    """``--fix`` on MARC wrote its copy with open(..., "wb"): a write that failed half-way
    (a full disk) left a half-written ``.fixed.mrc`` for the user to load."""
    source = tmp_path / "records.mrc"
    shutil.copy(DATA / "marc" / "planted.mrc", source)  # 20 KB, 9 certain fixes
    found = MarcChecker().check_path(source)
    with _file_size_limit(4096), pytest.raises(JptermsError, match=r"cannot write.*nothing"):
        fix_file(source, found)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.mrc"]
    target, applied = fix_file(source, found)  # with room, the copy is whole
    assert (target.name, len(applied)) == ("records.fixed.mrc", 9)
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
@pytest.mark.parametrize("links", [1, 2])
def test_a_real_write_failure_leaves_the_document_and_no_leftovers(
        tmp_path: Path, links: int, capsys: pytest.CaptureFixture[str]) -> None:
    """The kernel refuses the write half-way, for the copy renamed into place (one link)
    and for the safe copy made before a rewrite in place (hard links)."""
    doc = tmp_path / "refs.md"
    original = (f"{CITATION}\n" * 800).encode("utf-8")  # 48 KB
    doc.write_bytes(original)
    if links == 2:
        os.link(doc, tmp_path / "link.md")
    assert main(["check", "-q", str(doc)]) == 1  # dictionaries loaded, caches built
    capsys.readouterr()
    with _file_size_limit(8192):
        code = main(["check", "--fix", str(doc)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "file not written" in err, err
    assert doc.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "refs.md"][2 - links:]
    assert main(["check", "--fix", str(doc)]) == 0  # nothing stands in the way afterwards
    assert doc.read_bytes() == (f"{FIXED}\n" * 800).encode("utf-8")


_KILLED_WHILE_WRITING = """
import os, sys, time
import jpterms.safe_write as sw
real_fsync = os.fsync
def hold(fd):
    real_fsync(fd)
    print("written", flush=True)  # the new bytes are out; the rename has not happened
    time.sleep(60)
sw.os.fsync = hold
path = sys.argv[1]
original = open(path, encoding="utf-8").read()
sw.write_text(sw.Snapshot.take(path), original.replace(" he ", " e "), original=original)
"""


def test_kill_9_before_the_rename_leaves_the_document_whole(tmp_path: Path) -> None:
    """kill -9 at the worst moment of the usual rewrite (the new text written to the copy,
    not yet renamed over the document): the document still holds every original byte."""
    doc = tmp_path / "refs.md"
    original = (f"{CITATION}\r\n" * 2000).encode("utf-8")
    doc.write_bytes(original)
    child = subprocess.Popen([sys.executable, "-c", _KILLED_WHILE_WRITING, str(doc)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "written\n"
        child.kill()
    finally:
        child.wait(timeout=60)
    assert doc.read_bytes() == original
    left = [p for p in tmp_path.iterdir() if p != doc]  # the copy, never under its name
    assert [p.name.startswith(".refs.md.") and p.name.endswith(".tmp") for p in left] == [True]


@pytest.mark.parametrize(("encoding", "newline"), [
    ("utf-8", "\r\n"), ("utf-8-sig", "\r\n"), ("utf-16", "\r\n"), ("utf-16-le", "\r\n"),
    ("utf-8", "\r"), ("utf-8", "mixed"),
])
def test_fix_keeps_line_endings_and_encoding_byte_for_byte(
        tmp_path: Path, encoding: str, newline: str) -> None:
    """Only the fixed word's bytes change: CRLF, CR alone and a mix of endings stay as
    they were, in UTF-8 (with or without a BOM) and UTF-16 (with or without a BOM)."""
    def document(citation: str) -> bytes:
        if newline == "mixed":
            text = f"Intro\n{citation}\r\nKeep this line.\rEnd\n"
        else:
            text = f"Intro{newline}{citation}{newline}Keep this line.{newline}"
        return text.encode(encoding)

    doc = tmp_path / "refs.md"
    doc.write_bytes(document(CITATION))
    assert main(["check", "-q", "--fix", str(doc)]) == 0
    assert doc.read_bytes() == document(FIXED)
    doc.write_bytes(document(CITATION))
    assert main(["annotate", "--in-place", str(doc)]) == 0
    before, after = document(CITATION), doc.read_bytes()
    assert after != before and after[:2] == before[:2]  # rewritten; a BOM is kept
    text = after.decode(encoding)
    assert text.count("\r") == before.decode(encoding).count("\r")
    assert text.endswith(document(CITATION).decode(encoding).split("2010.", 1)[1])


@pytest.mark.parametrize(("argv", "command"), [
    (["annotate", "a.md", "b.md"], "jpterms annotate"),
    (["info", "extra"], "jpterms info"),
    (["glossary", "check", "--strict", "g.tsv"], "jpterms glossary check"),
    (["check", "--colour", "a.md"], "jpterms check"),
])
def test_an_unknown_argument_is_one_line_naming_its_command(
        argv: list[str], command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """It named the top-level ``jpterms`` and its --help, which lists no option of the
    command the user was typing."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"{command}: error: unrecognized arguments: ")
    assert err.endswith(f"(see '{command} --help')\n")


@pytest.mark.parametrize("size", ["1e-300", "0.0000001"])
def test_a_max_file_size_below_one_byte_is_a_usage_error(
        size: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It was taken, and every file was then refused as 'larger than the 0 MB limit'."""
    doc = tmp_path / "a.md"
    doc.write_text("Kyōgi\n", encoding="utf-8")
    assert main(["check", "--max-file-size", size, str(doc)]) == 2
    assert capsys.readouterr().err == (
        f"jpterms check: error: argument --max-file-size: must be at least one byte "
        f"(0.000001 MB), not '{size}' (see 'jpterms check --help')\n")
    (tmp_path / "jpterms.toml").write_text(f"max-file-size = {size}\n", encoding="utf-8")
    assert main(["check", "--config", str(tmp_path / "jpterms.toml"), str(doc)]) == 2
    assert "'max-file-size' must be at least one byte" in capsys.readouterr().err
    (tmp_path / "jpterms.toml").unlink()
    assert main(["check", "--max-file-size", "0.000001", str(doc)]) == 2  # one byte: taken
    assert "larger than the 1e-06 MB limit" in capsys.readouterr().err


LATEX_BIB = ("@article{kito1996,\n  author = {Kit{\\=o}, Hiroshi},\n"
             "  title = {Kinsei nosonjinko no kenkyu},\n  year = {1996},\n}\n")


def test_annotate_writes_a_bibtex_correction_in_the_files_own_accent_style(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``check --fix`` wrote ``kenky{\\=u}`` into a BibTeX file that spells its accents
    in LaTeX, but ``annotate`` wrote a raw ``kenkyū`` beside the file's ``Kit{\\=o}``."""
    bib = tmp_path / "refs.bib"
    bib.write_text(LATEX_BIB, encoding="utf-8")
    assert main(["annotate", str(bib)]) == 0
    out = capsys.readouterr().out
    assert "title = {Kinsei nosonjinko no kenky{\\=u}" in out and "ū" not in out
    # the same bytes as --fix writes; 農村人口 nōsonjinkō, a possible finding, is left to
    # the writer (exit 1: a finding remains)
    assert main(["check", "-q", "--fix", str(bib)]) == 1
    assert bib.read_text(encoding="utf-8").split("title")[1][:40] == \
        out.split("title")[1][:40]
    bib.write_text(LATEX_BIB.replace("{\\=o}", "o"), encoding="utf-8")  # no escapes: Unicode
    assert main(["annotate", str(bib)]) == 0
    assert "title = {Kinsei nosonjinko no kenkyū" in capsys.readouterr().out


def test_a_batch_file_is_decoded_as_every_input_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A UTF-16 batch file (Excel's "Unicode text") was refused with a codec message;
    Shift_JIS gets the readers' one line with the iconv command."""
    names = tmp_path / "names.txt"
    names.write_bytes("東京\r\n大阪\r\n".encode("utf-16"))
    assert main(["romanize", "--batch", str(names)]) == 0
    assert capsys.readouterr().out.splitlines() == ["input,romaji", "東京,Tōkyō", "大阪,Ōsaka"]
    names.write_bytes("東京\n大阪\n".encode("cp932"))
    assert main(["romanize", "--batch", str(names)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8 text" in err and "iconv" in err


@pytest.mark.parametrize("column", ["0", "3", "99"])
def test_a_batch_column_number_outside_the_file_is_an_error(
        column: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Column 3 of a two-column file printed the header and no rows, exit 0; column 0
    took the last column (index -1)."""
    table = tmp_path / "titles.tsv"
    table.write_text("title\tyear\n東京\t1990\n", encoding="utf-8")
    assert main(["romanize", "--batch", str(table), "--column", column]) == 2
    assert capsys.readouterr().err == (f"jpterms: error: {table}: no column {column}; columns "
                                       f"are numbered 1 to 2 (title, year)\n")
    assert main(["romanize", "--batch", str(table), "--column", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == ["input,romaji", "1990,1990"]


def test_info_names_every_declared_dependency(capsys: pytest.CaptureFixture[str]) -> None:
    """``info`` is for bug reports, and left out pymarc, wordfreq, marisa-trie, platformdirs
    and rich, which jpterms imports."""
    tomllib = pytest.importorskip("tomllib")
    pyproject = tomllib.loads((DATA.parent.parent / "pyproject.toml").read_text("utf-8"))
    wanted = {re.match(r"[A-Za-z0-9._-]+", d).group(0)  # type: ignore[union-attr]
              for d in pyproject["project"]["dependencies"] if ";" not in d}
    assert main(["info"]) == 0
    shown = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert wanted <= shown, wanted - shown


@pytest.mark.parametrize(("argv", "error"), [
    (["lookup", "-o", "{out}", "Tokyo"], "lookup: -o/--output needs --batch FILE"),
    (["romanize", "--column", "2", "東京"], "romanize: --column needs --batch FILE"),
    (["lookup", "--workers", "2", "--column", "x", "Tokyo"],
     "lookup: --column, --workers need --batch FILE"),
])
def test_a_batch_option_without_batch_is_refused(
        argv: list[str], error: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``lookup -o out.csv Tokyo`` printed its answer on the terminal, wrote no file and
    exited 0: the user found an empty folder."""
    out = tmp_path / "out.csv"
    assert main([a.replace("{out}", str(out)) for a in argv]) == 2
    assert capsys.readouterr().err == f"jpterms: error: {error}\n"
    assert not out.exists()


def test_statistics_in_json_are_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--statistics --format json`` printed the text table, which a tool cannot parse;
    with sarif or github it did the same. JSON gets ruff's records; the others refuse."""
    import json

    doc = tmp_path / "notes.md"
    doc.write_text(f"{CITATION}\n{CITATION}\nMOFA, “Nichiei kyogi [Japan-UK consultation],” "
                   "2012.\n", encoding="utf-8")
    assert main(["check", "--statistics", "--format", "json", str(doc)]) == 1
    records = json.loads(capsys.readouterr().out)
    assert records == [{"code": "JP501", "name": "particle-spelling", "count": 2, "fixable": True},
                       {"code": "JP101", "name": "missing-macron", "count": 1, "fixable": True}]
    for fmt in ("sarif", "github"):
        assert main(["check", "--statistics", "--format", fmt, str(doc)]) == 2
        assert capsys.readouterr().err == (f"jpterms: error: check: --statistics prints text "
                                           f"or json, not {fmt}\n")


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
def test_annotate_output_file_keeps_the_encoding_and_is_written_whole(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``annotate -o`` (there was none: annotate printed, or rewrote in place) writes the
    document's own encoding and line endings, whole or not at all, and never over the
    document itself, by any name."""
    doc = tmp_path / "refs.md"
    doc.write_bytes(f"Intro\r\n{CITATION}\r\n".encode("utf-16"))
    out = tmp_path / "annotated.md"
    assert main(["annotate", str(doc)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Intro\r\n{FIXED[:24]}") and printed.endswith("\r\n")
    assert main(["annotate", str(doc), "-o", str(out)]) == 0
    assert out.read_bytes() == printed.encode("utf-16")
    (tmp_path / "link.md").symlink_to(doc)
    for argv, error in (
            ([str(doc), "-o", str(tmp_path / "link.md")], "rewrite it with --in-place"),
            ([str(doc), "-o", str(out), "--in-place"], "--in-place and -o cannot be combined")):
        assert main(["annotate", *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and error in err
    big = tmp_path / "big.md"
    big.write_text(f"{CITATION}\n" * 800, encoding="utf-8")
    out.unlink()
    with _file_size_limit(8192):
        assert main(["annotate", str(big), "-o", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.md", "link.md", "refs.md"]


@pytest.mark.parametrize("name", ["planted.mrc", "real.xml"])
def test_annotate_refuses_marc_records(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``annotate records.mrc`` printed the binary records back unchanged, exit 0."""
    assert main(["annotate", str(DATA / "marc" / name)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert "annotate reads text, Markdown, BibTeX and CSL-JSON" in captured.err


def test_a_missing_extend_glossary_names_the_configuration_that_asks_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The error was ``/abs/names.tsv: no such file``: no word of where that path came from."""
    (tmp_path / "pyproject.toml").write_text('[tool.jpterms]\nextend-glossary = ["names.tsv"]\n',
                                             encoding="utf-8")
    (tmp_path / "a.md").write_text(f"{CITATION}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for argv in (["check", "a.md"], ["romanize", "東京"], ["annotate", "a.md"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "pyproject.toml: extend-glossary names " in err
        assert err.endswith(f"{tmp_path / 'names.tsv'}, which does not exist\n")


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="POSIX file size limits")
def test_report_and_batch_output_files_are_whole_or_absent(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``check -o`` and ``--batch -o`` opened the file and wrote as they went: a full disk
    half-way left a cut SARIF log or CSV that looked finished."""
    doc = tmp_path / "refs.md"
    doc.write_text(f"{CITATION}\n" * 300, encoding="utf-8")
    items = tmp_path / "items.txt"
    items.write_text("東京\n" * 2000, encoding="utf-8")
    report, table = tmp_path / "report.sarif", tmp_path / "out.csv"
    runs = (["check", "--format", "sarif", "-o", str(report), str(doc)],
            ["romanize", "--batch", str(items), "--workers", "1", "-o", str(table)])
    assert main(runs[0][:-3] + runs[0][-1:]) == 1  # warm, and the same report on stdout
    sarif = capsys.readouterr().out
    for argv in runs:
        with _file_size_limit(8192):
            assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot write" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.txt", "refs.md"]
    assert [main(argv) for argv in runs] == [1, 0]
    assert report.read_text(encoding="utf-8") == sarif
    assert table.read_text(encoding="utf-8").splitlines() == ["input,romaji",
                                                               *["東京,Tōkyō"] * 2000]


def test_diff_with_fix_unsafe_shows_the_likely_fixes_too(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` says --diff shows the likely fixes too with --fix-unsafe, but the pair
    was refused as '--fix and --diff cannot be combined'."""
    doc = tmp_path / "notes.md"
    text = "MOFA, “Nichiei saiba kyogi no kaisai nit suite [Japan-UK cyber dialogue],” 2012.\n"
    doc.write_text(text, encoding="utf-8")
    assert main(["check", "--diff", str(doc)]) == 1
    safe = capsys.readouterr().out
    assert main(["check", "--diff", "--fix-unsafe", str(doc)]) == 1
    unsafe = capsys.readouterr().out
    assert "+MOFA, “Nichiei saibā kyōgi no kaisai nit suite" in safe
    assert "+MOFA, “Nichiei saibā kyōgi no kaisai ni tsuite" in unsafe
    assert doc.read_text(encoding="utf-8") == text  # a diff writes nothing
    assert main(["check", "--diff", "--fix", str(doc)]) == 2


def test_the_readmes_check_of_docs_runs_in_a_clone(monkeypatch: pytest.MonkeyPatch) -> None:
    """README says ``jpterms check docs/`` searches folders; run in the clone, it stopped
    at once on the deliberately broken example configuration (exit 2, nothing checked),
    because that example held a Markdown file the folder search picks up."""
    from jpterms.config import ConfigFinder
    from jpterms.discover import discover

    monkeypatch.chdir(DATA.parent.parent)
    finder = ConfigFinder()
    files = list(discover(["docs/"]))
    assert "docs/examples/project/notes.md" in files
    for path in files:
        finder.for_file(path)  # a broken configuration raises JptermsError here


@pytest.mark.parametrize(("argv", "command"), [
    (["check", "-o", "", "x.md"], "jpterms check"),
    (["annotate", "x.md", "-o", ""], "jpterms annotate"),
    (["lookup", "--batch", "x.txt", "-o", ""], "jpterms lookup"),
])
def test_an_empty_output_path_is_a_usage_error(
        argv: list[str], command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o ''`` was taken as no ``-o`` and the report went to the terminal, exit 0 or 1."""
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith(
        f"{command}: error: argument -o/--output")
