"""Hostile inputs found in session 6, each of which hung, forked without bound or gave a
traceback before: work is counted here, never timed."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import jpterms
from jpterms import JptermsError
from jpterms.cli import main
from jpterms.rules import footnotes


class _CountingList(list[int]):
    """A list that counts how often an item is read by index."""

    reads = 0

    def __getitem__(self, i: object) -> object:  # type: ignore[override]
        _CountingList.reads += 1
        return super().__getitem__(i)  # type: ignore[index]


def test_the_longest_run_of_footnotes_in_order_reads_each_number_once_or_so() -> None:
    """It rebuilt the list of run ends for every marker: 20,000 footnotes in order took
    14 s in ``jpterms check`` (a quadratic number of reads; now about one per marker)."""
    for n in (2_000, 4_000):
        _CountingList.reads = 0
        keep = footnotes._longest_increasing(_CountingList(range(n)))
        assert keep == set(range(n))
        assert _CountingList.reads <= 2 * n, (n, _CountingList.reads)
    assert footnotes._longest_increasing([3, 1, 2, 5, 4]) in ({1, 2, 3}, {1, 2, 4})


class _CountingSet(set[int]):
    lookups = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.lookups += 1
        return super().__contains__(item)


def _notes(n: int) -> str:
    """``n`` footnotes cited in reverse order, each with its note (real Markdown shape)."""
    cites = "".join(f"Kyōgi[^{i}] " for i in range(n, 0, -1))
    return cites + "\n\n" + "".join(f"[^{i}]: Nihon {i}.\n" for i in range(1, n + 1))


def test_footnotes_out_of_order_are_reported_in_linear_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """For each marker out of order, every other marker was scanned for the nearest kept
    one before and after it: quadratic in the notes of a long reversed document."""
    real = footnotes._longest_increasing
    monkeypatch.setattr(footnotes, "_longest_increasing", lambda v: _CountingSet(real(v)))
    counts = []
    for n in (300, 600):
        _CountingSet.lookups = 0
        found = [f for f in jpterms.check(_notes(n), path="notes.md") if f.code == "JP802"]
        assert len(found) == n - 1  # all but one are out of order
        assert found[0].message == f"footnote {n} comes before footnote 1"
        counts.append(_CountingSet.lookups)
    assert counts[1] <= 2.2 * counts[0], counts  # linear (it was 4x for 2x the notes)


def _doubling_macros(levels: int) -> str:
    """A 1 KB bibliography whose ``@string`` macros double one another ``levels`` times."""
    lines = ['@string{s0 = "Kyogi "}']
    lines += [f"@string{{s{i} = s{i - 1} # s{i - 1}}}" for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\n@book{{k, title = s{levels}}}\n"


def test_bibtex_macros_that_double_one_another_are_refused_not_expanded() -> None:
    """40 levels (2 KB of input) hung ``jpterms check`` and grew its memory without end."""
    with pytest.raises(JptermsError, match="malformed BibTeX: @string macros expand"):
        jpterms.check(_doubling_macros(40), path="refs.bib")
    ordinary = ('@string{jas = "Journal of Asian Studies"}\n'
                + "".join(f"@article{{a{i}, title = {{Kyogi {i}}}, journal = jas, month = jan}}\n"
                          for i in range(200)))
    assert jpterms.check(ordinary, path="refs.bib") is not None  # the budget is far off


def test_a_huge_worker_count_starts_no_more_workers_than_there_is_work(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``--workers 100000`` on a batch of two lines forked 2,456 processes (a fork pool
    starts all its workers at once), which outlived the command when it was killed."""
    from concurrent import futures

    from jpterms import batch

    started: list[int] = []
    real_pool = futures.ProcessPoolExecutor

    def counting_pool(workers: int, **kwargs: object) -> futures.ProcessPoolExecutor:
        started.append(workers)
        return real_pool(workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "ProcessPoolExecutor", counting_pool)
    assert batch.romanize_many(["東京", "令和元年"], workers=100_000) == ["Tōkyō", "Reiwa gannen"]
    assert started == [2]
    assert batch.max_workers() >= 8


@pytest.mark.parametrize("size", ["nan", "inf", "1e308", "-1", "0", "lots"])
def test_a_max_file_size_that_is_no_positive_number_is_a_usage_error(
        size: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """nan and 1e308 gave a traceback (int() of nan or of infinity); -1 refused every file."""
    doc = tmp_path / "a.md"
    doc.write_text("Kyōgi\n", encoding="utf-8")
    assert main(["check", "--max-file-size", size, str(doc)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must be a positive number of megabytes" in err


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e308"])
def test_a_max_file_size_of_nan_or_inf_in_the_configuration_is_refused(
        value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "jpterms.toml").write_text(f"max-file-size = {value}\n", encoding="utf-8")
    doc = tmp_path / "a.md"
    doc.write_text("Kyōgi\n", encoding="utf-8")
    assert main(["check", "--config", str(tmp_path / "jpterms.toml"), str(doc)]) == 2
    assert "'max-file-size' must be a positive number" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _no_leftover_counts() -> Iterator[None]:
    yield
    _CountingList.reads = 0
    _CountingSet.lookups = 0


_BATCH_PARENT = """
import sys
from jpterms import batch
print("ready", flush=True)
lines = [f"東京大学の研究{i}" for i in range(200_000)]
batch.romanize_many(lines, workers=2, progress=False)
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_batch_workers_end_when_their_parent_is_killed() -> None:
    """A killed ``jpterms romanize --batch --workers 2`` left both workers waiting on the
    pool's queues for ever (seen 30 s and more later, each with its dictionaries)."""

    parent = subprocess.Popen([sys.executable, "-c", _BATCH_PARENT], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    _kill_parent_and_expect_its_two_workers_to_end(parent)


def test_the_report_never_overwrites_a_checked_document(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``jpterms check doc.md -o doc.md`` replaced the document with its report."""
    doc = tmp_path / "notes.md"
    original = "Nichiei saiba kyogi no kaisai ni tsuite\n"
    doc.write_text(original, encoding="utf-8")
    (tmp_path / "other-name.md").hardlink_to(doc)
    for args in ([str(doc), "-o", str(doc)], [str(tmp_path), "-o", str(doc)],
                 [str(doc), "--fix", "-o", str(tmp_path / "other-name.md")]):
        assert main(["check", *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "would overwrite the checked file" in err
        assert doc.read_text(encoding="utf-8") == original
    report = tmp_path / "report.txt"
    assert main(["check", str(doc), "-o", str(report)]) in (0, 1)  # another file: written
    assert report.is_file() and doc.read_text(encoding="utf-8") == original


def test_a_long_token_of_capitalised_parts_is_not_scanned_once_per_capital() -> None:
    """The phrase pattern (JP701/JP702) took each capital of a token as a start and scanned
    the rest of the token from it: 16 KB of A'A'A'… took 1.25 s, 1 MB would take an hour.
    Its words are bounded now, so each start scans at most ``_LONGEST_WORD`` characters;
    the phrases of real prose are found as before."""
    from jpterms.rules import glosses

    assert "[\\w'-]*" not in glosses._PHRASE.pattern  # every word bounded
    unbounded = re.compile(  # the pattern as it was
        r"[A-Z](?<!\w[A-Z])[\w'-]*(?:,? (?:(?:of|on|for|and|the|in|to) )*[A-Z][\w'-]*)+")
    text = ("Exports were banned under the Three Principles on Arms Exports; the "
            "Sino-Japanese War, Ministry of Foreign Affairs, and pro-Japanese Party.")
    found = [m.group() for m in glosses._PHRASE.finditer(text)]
    assert found == [m.group() for m in unbounded.finditer(text)]
    assert "Sino-Japanese War, Ministry of Foreign Affairs" in found
    token = "A'" * 5_000
    (phrase,) = [m.group() for m in glosses._PHRASE.finditer(token + " Party")]
    assert phrase.endswith("A' Party") and len(phrase) <= glosses._LONGEST_WORD + len("A Party")


_CHECK_PARENT = """
import sys
from jpterms.cli import main
print("ready", flush=True)
main(["check", "-q", "-j", "2", sys.argv[1]])
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_check_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    """The same for ``jpterms check -j 2 FOLDER``: its workers outlived a killed parent."""

    text = "Nichiei saiba kyogi no kaisai nit suite. Gemba met Genba.\n" * 40
    for i in range(3000):
        (tmp_path / f"d{i}.md").write_text(text, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-c", _CHECK_PARENT, str(tmp_path)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    _kill_parent_and_expect_its_two_workers_to_end(parent)


def test_check_jobs_start_no_more_workers_than_the_cap(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``check -j 100000`` forked one worker per file (a fork pool starts them all)."""
    from concurrent import futures

    from jpterms import batch

    started: list[int] = []
    real_pool = futures.ProcessPoolExecutor

    def counting_pool(max_workers: int, **kwargs: object) -> futures.ProcessPoolExecutor:
        started.append(max_workers)
        return real_pool(max_workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(futures, "ProcessPoolExecutor", counting_pool)
    monkeypatch.setattr(batch, "max_workers", lambda: 2)
    for i in range(6):
        (tmp_path / f"d{i}.md").write_text("Kyōgi\n", encoding="utf-8")
    assert main(["check", "-q", "-j", "100000", str(tmp_path)]) in (0, 1)
    assert started == [2]


def test_a_short_input_with_one_nul_is_not_taken_for_utf16() -> None:
    """``printf 'Ky\\0ogi' | jpterms annotate -`` printed 䭹o杩: six bytes with one NUL
    passed for UTF-16 without a BOM. One NUL is no pattern: the input is binary."""
    from jpterms.files import read_bytes_text

    with pytest.raises(JptermsError, match="binary file"):
        read_bytes_text(b"Ky\x00ogi", "-")
    assert read_bytes_text("AB".encode("utf-16-le"), "-") == "AB"
    assert read_bytes_text("Tōkyō kyōgi".encode("utf-16-be"), "-") == "Tōkyō kyōgi"


def test_a_glossary_problem_quotes_the_start_of_a_huge_cell() -> None:
    """A 5 MB hepburn cell made a 5 MB error line."""
    from jpterms import Glossary

    header = "hepburn\tkanji\tkana\tenglish\tkind\tvariants\tnote\n"
    problems = Glossary.check_text(header + "a" * 5_000_000 + "\t装\tそ\tx\tterm\t\t\n", "g.tsv")
    assert len(problems) == 1 and len(problems[0][1]) < 200
    assert "(5,000,000 characters)" in problems[0][1]


def _kill_parent_and_expect_its_two_workers_to_end(parent: subprocess.Popen[str]) -> None:
    """Once ``parent`` says "ready" and has two worker processes, kill it (SIGKILL: no
    exit handler runs) and expect both workers to be gone within a bound."""
    try:
        assert parent.stdout is not None and parent.stdout.readline() == "ready\n"
        deadline = time.monotonic() + 120
        while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) == 2
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 60  # a bound for a loaded machine, not a measure
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]
