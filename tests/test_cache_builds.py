"""cache_builds: a first run's other cache files built by a child process meanwhile.

The child uses the loaders' own build functions, so its files are the ones this process
would have written; a loader waits for a file the child is writing and builds it itself
when the child fails. On one core no child is started.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from jpterms import cache_builds
from jpterms.cache_builds import CompanionBuild
from jpterms.cache_files import intact, seal
from jpterms.word_frequencies import FrequencyTable


@pytest.fixture(autouse=True)
def _no_child_of_earlier_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CompanionBuild, "_current", None)
    monkeypatch.setattr(cache_builds, "usable_cores", lambda: 2)


def test_nothing_is_started_on_one_core_or_when_nothing_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_builds, "usable_cores", lambda: 1)
    assert CompanionBuild.start(tmp_path, ("wordfreq",)) is None
    assert not CompanionBuild.wait_for(tmp_path / "anything")
    monkeypatch.setattr(cache_builds, "usable_cores", lambda: 2)
    for path in cache_builds._job_paths("wordfreq", tmp_path):
        _write_sealed(path)
    assert CompanionBuild.start(tmp_path, ("wordfreq",)) is None


def _write_sealed(path: Path, data: bytes = b"") -> None:
    """A cache file with its sum, as jpterms writes one."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    seal(tmp, path)


def test_the_child_builds_missing_and_unsummed_tables_and_they_are_not_built_again(
        tmp_path: Path) -> None:
    """A table the child builds is waited for, not built again here. That holds for a
    table a first run misses and, after an upgrade, for one an older jpterms wrote with
    no sum: not intact, it was built again, but the child was asked for missing files
    only, so this process built every such file itself, one after another (counted)."""
    paths = cache_builds._job_paths("wordfreq", tmp_path)
    unsummed = paths[::2]  # English among them; Dutch is missing
    for path in unsummed:
        path.write_bytes(b"a table an older jpterms wrote, with no sum beside it")
    child = CompanionBuild.start(tmp_path, ("wordfreq",))
    assert child is not None
    builds = FrequencyTable.builds
    english = FrequencyTable.open("en", "best", cache_dir=tmp_path)
    dutch = FrequencyTable.open("nl", "small", cache_dir=tmp_path)
    assert FrequencyTable.builds == builds  # opened from the child's files
    child.finish()
    assert child.process.returncode == 0
    assert all(intact(path) for path in paths)
    words = get_frequency_dict("en", "best")
    assert len(english) == sum(1 for w, f in words.items() if w and f > 0.0)
    assert english.get("population") == words["population"]
    assert dutch.get("fiets") == get_frequency_dict("nl", "small")["fiets"]
    assert CompanionBuild.start(tmp_path, ("wordfreq",)) is None  # one child per process


def test_a_failed_child_leaves_the_build_to_the_loader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jpterms

    # the child is told of another jpterms than its own: it refuses, writing nothing
    monkeypatch.setattr(jpterms, "__file__", str(tmp_path / "elsewhere" / "__init__.py"))
    child = CompanionBuild.start(tmp_path, ("wordfreq",))
    assert child is not None
    child.process.wait()
    assert child.process.returncode == 1
    builds = FrequencyTable.builds
    table = FrequencyTable.open("nl", "small", cache_dir=tmp_path)  # the child wrote nothing
    assert FrequencyTable.builds == builds + 1
    assert table.get("fiets") == get_frequency_dict("nl", "small")["fiets"]


def test_the_child_refuses_another_jpterms(tmp_path: Path) -> None:
    assert cache_builds.main([str(tmp_path / "elsewhere"), str(tmp_path), "wordfreq"]) == 1
    assert not list(tmp_path.iterdir())


def test_a_file_whose_job_the_child_has_not_begun_is_not_waited_for(tmp_path: Path) -> None:
    import subprocess

    first, second = tmp_path / "first", tmp_path / "second"
    busy = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        CompanionBuild._current = CompanionBuild(busy, [frozenset({first}), frozenset({second})])
        assert not CompanionBuild.wait_for(second)  # at once: the child is still at `first`
        assert CompanionBuild._current.started(first)
        _write_sealed(first)
        assert CompanionBuild._current.started(second)
        _write_sealed(second)
        assert CompanionBuild.wait_for(second)
    finally:
        busy.kill()
        busy.wait()


def test_no_child_from_an_interpreter_that_is_not_python(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_builds.sys, "executable", "/usr/bin/uwsgi")
    assert CompanionBuild.start(tmp_path, ("wordfreq",)) is None
    monkeypatch.setattr(cache_builds.sys, "executable", "")
    assert CompanionBuild.start(tmp_path, ("wordfreq",)) is None


_FULL_DISK = """
import sys
from collections.abc import Callable
from pathlib import Path
from jpterms.kakasi_table import build_table_cache
from jpterms.word_frequencies import FrequencyTable

folder = Path(sys.argv[1])
table = FrequencyTable.open("de", "small", cache_dir=folder)
build_table_cache(folder)
print(len(table) > 1000, table.get("und") > 0.0, sorted(p.name for p in folder.iterdir()))
"""


def test_a_full_disk_keeps_tables_in_memory_and_leaves_no_half_written_file(
        tmp_path: Path) -> None:
    """A cache folder that fills up (here: a 64 kB limit on the size of a file written,
    as a full disk refuses the write) is no error and leaves nothing half written."""
    import resource
    import subprocess

    def full_after_64k() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    done = subprocess.run([sys.executable, "-c", _FULL_DISK, str(tmp_path)],
                          preexec_fn=full_after_64k, capture_output=True, text=True,
                          check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.split() == ["True", "True", "[]"]


def _wait_until(done: Callable[[], bool], limit: float = 120.0) -> bool:
    """Whether ``done()`` came true within ``limit`` seconds (a deadline, not a speed)."""
    import time

    deadline = time.monotonic() + limit
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".tmp" in p.name]


def test_stop_interrupts_the_child_which_leaves_no_half_written_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the CLI does on Ctrl-C sent to it alone: the child stops rather than building
    the reading index to the end, and removes what it had begun. (It is given all the
    time it needs: a loaded machine can take more than STOP_LIMIT to get there, and then
    it would be killed, which is another test's matter.) It stops even when this process
    ignores SIGINT, as a background job of a script does, which its child inherits:
    that child built on to the end (exit 0), or was killed after STOP_LIMIT."""
    import signal

    monkeypatch.setattr(cache_builds, "STOP_LIMIT", cache_builds.WAIT_LIMIT)
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        child = CompanionBuild.start(tmp_path, ("wordfreq", "readings"))
    finally:
        signal.signal(signal.SIGINT, before)
    assert child is not None
    tables = cache_builds._job_paths("wordfreq", tmp_path)
    assert _wait_until(lambda: tables[0].exists() or child.process.poll() is not None)
    CompanionBuild.stop()
    assert child.stopping
    child.finish()
    assert child.process.returncode == 1  # interrupted, quietly
    assert not cache_builds._job_paths("readings", tmp_path)[0].exists()
    assert _leftovers(tmp_path) == []


_PARENT = """
import sys, time
from pathlib import Path
from jpterms import cache_builds

cache_builds.usable_cores = lambda: 2
folder = Path(sys.argv[1])
child = cache_builds.CompanionBuild.start(folder, ("wordfreq", "readings"))
first = cache_builds._job_paths("wordfreq", folder)[0]
while not first.exists() and child.process.poll() is None:
    time.sleep(0.02)
print(child.process.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_child_whose_parent_is_killed_stops_and_leaves_no_half_written_file(
        tmp_path: Path) -> None:
    """A parent killed (SIGKILL: no exit handler runs) leaves no orphan building on."""
    import subprocess

    parent = subprocess.Popen([sys.executable, "-c", _PARENT, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
    finally:
        parent.kill()
        parent.wait()

    def gone() -> bool:
        try:
            with open(f"/proc/{child}/stat") as stat:
                return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
        except OSError:
            return True

    assert _wait_until(gone)
    assert not cache_builds._job_paths("readings", tmp_path)[0].exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs")
def test_a_fifo_in_place_of_a_cache_file_is_built_over_not_opened(tmp_path: Path) -> None:
    """Opening a FIFO would wait for a writer for ever: it is no cache file."""
    import os

    path = FrequencyTable.path(("de",), "small", tmp_path)
    os.mkfifo(path)
    assert not CompanionBuild.wait_for(path)
    table = FrequencyTable.open("de", "small", cache_dir=tmp_path)
    assert table.get("und") == get_frequency_dict("de", "small")["und"]
    assert path.is_file()  # the FIFO replaced by the table's file


def test_a_child_whose_parent_went_before_it_started_builds_nothing(tmp_path: Path) -> None:
    """The parent gives its process id: a child started by a parent already gone (here:
    told of another process than its parent) stops before building anything."""
    import os
    import subprocess

    import jpterms

    env = {**os.environ, cache_builds.PARENT_VARIABLE: str(os.getppid())}  # not its parent
    done = subprocess.run([sys.executable, "-m", "jpterms.cache_builds",
                           str(Path(jpterms.__file__).parent), str(tmp_path), "wordfreq"],
                          env=env, capture_output=True, text=True, check=False, timeout=120)
    assert (done.returncode, done.stderr) == (1, "")
    assert [p.name for p in tmp_path.iterdir()] == []
