"""The first run's cache files, built side by side on a machine with a core to spare.

A new installation builds its cache files the first time they are needed: the romaji
lexicon (the longest), the reading index, wordfreq's tables, Mozc's written forms
(:mod:`jpterms.mozc_written`), the Mozc readings of more than 255 words
(:func:`jpterms.mozcdic.overflowed_readings`), pykakasi's kanji table and the lexicon's stored forms
(:mod:`jpterms.lexicon_forms`).
One after the other they made the first ``jpterms check`` take about 14 s. When the
default lexicon has to be built and this process may use two cores or more, the other
files it misses, and those there but not :func:`~jpterms.cache_files.intact` (damaged,
or written with no sum by a jpterms older than the sums: an upgrade leaves these), are
built meanwhile by one child process (``python -m jpterms.cache_builds FOLDER JOB...``),
with the very functions this process would use,
each file written atomically as always. A loader asks :meth:`CompanionBuild.wait_for`
whether its file is intact: while the child is still at work on that file, it
waits for it and opens it; when the child failed or could not write (a read-only
folder), it builds the file itself, as before. On one core nothing changes.

Two processes starting at once each build what they miss, as before: every file is
written beside its place and renamed into it, so none is ever seen half written.
The child never outlives its parent: it stops when the parent is gone (killed) or
interrupted (:meth:`CompanionBuild.stop`), removing any file it had half written.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, Any, ClassVar

from jpterms.cache_files import cache_dir, intact, shipped_file

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path

__all__ = ["JOBS", "CompanionBuild", "open_saved_trie", "usable_cores"]

#: What the child builds, in this order: the small tables first (a check asks for them
#: first), then the reading index, Mozc's written forms, UniDic's given names (a name's
#: look-up asks for them: :mod:`jpterms.unidic_names`), then pykakasi's table (asked for
#: last, and seldom), then the lexicon's stored forms (:mod:`jpterms.lexicon_forms`: from
#: the lexicon this process builds meanwhile; this run works its keys out).
JOBS = ("wordfreq", "readings", "mozc-written", "mozc-overflow", "unidic-given", "kanwa",
        "key-forms")
#: The longest a loader waits for the child before building its file itself.
WAIT_LIMIT = 300.0
#: The longest this process waits for an interrupted child to end before killing it.
STOP_LIMIT = 5.0
#: How often the child looks whether its parent is still there.
PARENT_POLL = 0.2
#: The environment variable giving the child its parent's process id.
PARENT_VARIABLE = "JPTERMS_CACHE_BUILD_PARENT"
_POLL = 0.01


def open_saved_trie(path: Path, empty: Callable[[], Any], *, shipped: bool) -> Any:
    """The marisa trie saved as ``path``'s file name, memory-mapped into ``empty()`` (a
    new trie of the file's kind): the wheel's own copy first when ``shipped`` (it was
    built with the wheel), else the user cache's file, once a :class:`CompanionBuild`
    writing it has finished; None when neither opens, and the caller builds it (a
    damaged file is so built again).

    >>> import marisa_trie, tempfile
    >>> from pathlib import Path
    >>> open_saved_trie(Path(tempfile.mkdtemp()) / "none.marisa", marisa_trie.Trie,
    ...                 shipped=True) is None
    True
    """
    found = shipped_file(path.name) if shipped else None
    if found is not None:
        try:
            return empty().mmap(str(found))
        except Exception:  # the user cache's file, or built there
            pass
    if CompanionBuild.wait_for(path):
        try:
            return empty().mmap(str(path))
        except Exception:  # a damaged file: the caller builds it again
            pass
    return None


def usable_cores() -> int:
    """How many cores this process may run on (its affinity, where the system tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _python_interpreter() -> bool:
    """Whether ``sys.executable`` is a Python to run the child with: not a frozen
    application or a server embedding Python (uwsgi), which would take the arguments
    for its own."""
    name = os.path.basename(sys.executable or "").lower()
    return not getattr(sys, "frozen", False) and name.startswith(("python", "pypy"))


def _wordfreq_tables(folder: Path) -> list[Path]:
    from jpterms.language import OTHER_LANGUAGES
    from jpterms.word_frequencies import FrequencyTable

    tables = [(("en",), "best"), (("ja",), "best"),
              *(((lang,), "small") for lang in OTHER_LANGUAGES),
              (OTHER_LANGUAGES, "small")]
    return [FrequencyTable.path(langs, wordlist, folder) for langs, wordlist in tables]


def _job_paths(job: str, folder: Path) -> list[Path]:
    """The files ``job`` writes into ``folder``."""
    if job == "wordfreq":
        return _wordfreq_tables(folder)
    if job == "readings":
        from jpterms.reading_index import ReadingIndex

        return [ReadingIndex.path(folder)]
    if job == "lexicon":
        from jpterms.lexicon import Lexicon

        return [Lexicon.path(folder), Lexicon.quick_path(Lexicon.path(folder))]
    if job == "mozc-written":
        from jpterms.mozc_written import MozcWrittenForms

        return [MozcWrittenForms.path(folder)]
    if job == "mozc-overflow":
        from jpterms.mozcdic import overflow_file_name

        name = overflow_file_name()
        return [folder / name] if name is not None else []
    if job == "unidic-given":
        from jpterms.unidic_names import UniDicNames

        return [UniDicNames.path(folder)]
    if job == "kanwa":
        from jpterms.kakasi_table import table_cache_path

        found = table_cache_path(folder)
        return [found] if found is not None else []
    if job == "key-forms":
        from jpterms.lexicon import Lexicon
        from jpterms.lexicon_forms import forms_path

        return [forms_path(Lexicon.path(folder))]
    raise ValueError(f"unknown cache job: {job}")


def _run_job(job: str, folder: Path) -> None:
    """Build ``job``'s missing files in ``folder``, as the loaders would."""
    if job == "wordfreq":
        from jpterms.language import OTHER_LANGUAGES
        from jpterms.word_frequencies import FrequencyTable

        FrequencyTable.open("en", "best", cache_dir=folder)
        FrequencyTable.open("ja", "best", cache_dir=folder)
        for lang in OTHER_LANGUAGES:
            FrequencyTable.open(lang, "small", cache_dir=folder)
        FrequencyTable.highest(OTHER_LANGUAGES, "small", cache_dir=folder)
    elif job == "readings":
        from jpterms.reading_index import ReadingIndex

        ReadingIndex.load(folder)
    elif job == "lexicon":
        from jpterms.lexicon import Lexicon

        Lexicon.load(cache_dir=folder, mozc=False)
    elif job == "mozc-written":
        from jpterms.mozc_written import MozcWrittenForms

        MozcWrittenForms.load(folder)
    elif job == "mozc-overflow":
        from jpterms.mozcdic import mozc_dictionary, overflowed_readings

        overflowed_readings(mozc_dictionary(), folder)
    elif job == "unidic-given":
        from jpterms.unidic_names import UniDicNames

        UniDicNames.load(folder)
    elif job == "kanwa":
        from jpterms.kakasi_table import build_table_cache

        build_table_cache(folder)
    elif job == "key-forms":
        from jpterms.lexicon_forms import build_job

        build_job(folder)
    else:
        raise ValueError(f"unknown cache job: {job}")


class CompanionBuild:
    """The child process building this process's missing cache files, and which files
    it is to write. At most one per process (the first lexicon build starts it)."""

    _current: ClassVar[CompanionBuild | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, process: subprocess.Popen[bytes], jobs: list[frozenset[Path]],
                 before: dict[Path, tuple[int, int, int] | None] | None = None) -> None:
        self.process = process
        #: The files of each job, in the order the child builds them.
        self.jobs = jobs
        self.paths = frozenset().union(*jobs)
        #: What each file was before the child began (None: missing): a file the child
        #: has written is another file (renamed into place), whether one was there or not.
        self.before = before if before is not None else {p: _identity(p) for p in self.paths}
        #: Whether :meth:`stop` has interrupted the child.
        self.stopping = False

    def written(self, path: Path) -> bool:
        """Whether the file at ``path`` is no longer the one that was there (or missing)
        when the child began: the child (or another process) has put a new one there."""
        now = _identity(path)
        return now is not None and now != self.before.get(path)

    def started(self, path: Path) -> bool:
        """Whether the child has come to ``path``'s job: every earlier job's files are
        written (a job it failed at leaves one unwritten: then this process builds)."""
        for files in self.jobs:
            if path in files:
                return True
            if not all(self.written(p) for p in files):
                return False
        return False

    @classmethod
    def start(cls, folder: Path, jobs: tuple[str, ...] = JOBS) -> CompanionBuild | None:
        """Start the child for those of ``jobs`` whose files in ``folder`` are missing or
        not :func:`~jpterms.cache_files.intact` (damaged, or written by a jpterms that
        wrote no sums: after an upgrade), unless one was started already, only one core is
        usable, the folder cannot be written, or every file is intact. The child is waited
        for when this process ends."""
        with cls._lock:
            if cls._current is not None or usable_cores() < 2 or not _python_interpreter():
                return None
            try:
                folder.mkdir(parents=True, exist_ok=True)
                if not os.access(folder, os.W_OK):
                    return None
                # the user cache's files a wheel ships are not missing there
                shipped = shipped_file if folder == cache_dir() else lambda name: None
                wanted = {job: [p for p in _job_paths(job, folder)
                                if shipped(p.name) is None and not intact(p)]
                          for job in jobs}
            except (OSError, ImportError):
                return None
            todo = [job for job in jobs if wanted[job]]
            if not todo:
                return None
            import subprocess

            import jpterms

            before = {p: _identity(p) for files in wanted.values() for p in files}
            env = {**os.environ, PARENT_VARIABLE: str(os.getpid()),
                   "PYTHONPATH": os.pathsep.join(p for p in sys.path if isinstance(p, str))}
            command = [sys.executable, "-m", "jpterms.cache_builds",
                       os.path.dirname(jpterms.__file__), str(folder), *todo]
            try:
                process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL,
                                           stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL)
            except OSError:
                return None
            cls._current = cls(process, [frozenset(wanted[job]) for job in todo], before)
            import atexit

            atexit.register(cls._current.finish)
            return cls._current

    @classmethod
    def running(cls) -> CompanionBuild | None:
        """This process's child, if one was started (it may have ended)."""
        return cls._current

    @classmethod
    def wait_for(cls, path: Path) -> bool:
        """Whether an :func:`~jpterms.cache_files.intact` cache file is at ``path`` now,
        having waited for the child if it is building it: a loader opens the file when
        True, and builds it otherwise. False at once when no child of this process is to
        write it, or the child has not come to it yet (this process builds it sooner)."""
        if intact(path):
            return True
        current = cls._current
        if current is None or path not in current.paths or not current.started(path):
            return False
        deadline = time.monotonic() + WAIT_LIMIT
        while not current.written(path):
            if current.process.poll() is not None:
                break
            if time.monotonic() > deadline:
                current.process.kill()
                return False
            time.sleep(_POLL)
        return intact(path)

    def finish(self) -> None:
        """Wait for the child to end (its files serve the next run): nothing is left
        running after this process. Interrupted, the child is stopped."""
        import subprocess

        try:
            self.process.wait(timeout=STOP_LIMIT if self.stopping else WAIT_LIMIT)
        except (subprocess.TimeoutExpired, KeyboardInterrupt):
            self.process.kill()

    @classmethod
    def stop(cls) -> None:
        """Interrupt this process's child, as Ctrl-C at a terminal would: for a program
        ending on an interruption sent to it alone, which should not wait for the child's
        builds. The child removes what it had half written; :meth:`finish` then waits
        for it at most :data:`STOP_LIMIT` seconds."""
        import signal

        current = cls._current
        if current is not None and current.process.poll() is None:
            current.stopping = True
            with suppress(OSError):
                current.process.send_signal(signal.SIGINT)


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Which file is at ``path`` (inode, size, modification time), or None."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def main(argv: list[str]) -> int:
    """The child: ``PACKAGE FOLDER JOB...``. Builds each job's missing files; exit 0 when
    all were built, 1 when any failed (the parent then builds those itself). A wheel's
    build hook (``hatch_build.py``) runs it too, with the job ``lexicon`` as well, to ship
    the files built."""
    from pathlib import Path

    import jpterms

    package, folder, *jobs = argv
    if Path(jpterms.__file__).parent != Path(package):
        return 1  # another jpterms on the path: its files might not be the parent's
    try:  # the parent's own word: it may have gone before this child could look
        parent = int(os.environ.get(PARENT_VARIABLE, ""))
    except ValueError:
        parent = os.getppid()
    # The parent stops this child with SIGINT (CompanionBuild.stop). A parent started
    # with SIGINT ignored (a background job of a script, nohup) passes that on, and the
    # child would build on until killed: the signal is the parent's word, so it is heard.
    import signal

    signal.signal(signal.SIGINT, signal.default_int_handler)
    failed = 0
    try:
        _end_with_parent(parent)
        for job in jobs:
            try:
                _run_job(job, Path(folder))
            except Exception:
                import traceback

                traceback.print_exc()  # for a wheel's build (the companion's goes nowhere)
                failed = 1
    except KeyboardInterrupt:  # interrupted, or the parent is gone: half-written files removed
        return 1
    return failed


def _end_with_parent(parent: int) -> None:
    """Interrupt the child when its parent has gone (killed, say), so that no orphan
    is left building: the files it had not finished are built by a later run."""
    import _thread

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        _thread.interrupt_main()

    threading.Thread(target=watch, name="jpterms-parent-watch", daemon=True).start()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
