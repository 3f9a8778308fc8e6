"""Many items at once: romanise, look up or check lists, in worker processes, with progress.

:func:`romanize_many`, :func:`lookup_many` and :func:`check_many` take any
iterable and return one result per item, in order. With ``workers`` above 1
the items are cut into chunks and shared among worker processes; each worker
builds its engine (romaniser, dictionaries) once. Where the platform can fork,
the engine is built and warmed in this process first, so the workers start
with the dictionaries already loaded.

A progress bar (rich, imported only then) goes to standard error when it is a
terminal and the run is long (:data:`PROGRESS_MIN_ITEMS` items or more); in a
pipe, a file or CI there is none. :func:`show_progress` makes that decision.

>>> romanize_many(["東京", "日本の茶書"])
['Tōkyō', 'Nihon no chasho']
>>> [m[0].kanji for m in lookup_many(["Hamondo"], limit=1)]
['ハモンド']
>>> docs = ["MOFA, “Nihon he no teigen [Proposals to Japan],” 2010.", "Tōkyō"]
>>> [[f.kind for f in fs] for fs in check_many(docs)]
[['particle'], []]
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import IO, Any

from jpterms.errors import JptermsError

__all__ = [
    "PROGRESS_MIN_ITEMS",
    "Task",
    "auto_workers",
    "check_many",
    "end_with_parent",
    "lookup_many",
    "max_workers",
    "romanize_many",
    "run",
    "show_progress",
]

#: Runs shorter than this show no progress bar, even on a terminal.
PROGRESS_MIN_ITEMS = 1000


def show_progress(stream: IO[str] | None = None, total: int = 0,
                  requested: bool | None = None) -> bool:
    """Whether to draw a progress bar on ``stream`` (default stderr) for ``total`` items.

    ``requested`` (``--progress``/``--no-progress``) wins; otherwise only a
    terminal gets one, and only for a long run, and never when ``TERM=dumb``
    or ``CI`` is set.

    >>> import io
    >>> show_progress(io.StringIO(), 10_000)
    False
    >>> show_progress(io.StringIO(), 10, requested=True)
    True
    """
    if requested is not None:
        return requested
    stream = stream if stream is not None else sys.stderr
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream
        return False
    if not tty or os.environ.get("TERM") == "dumb" or os.environ.get("CI"):
        return False
    return total >= PROGRESS_MIN_ITEMS


def auto_workers(items: int) -> int:
    """Worker processes for ``items`` items: one for short runs, every core for long ones.

    >>> auto_workers(10)
    1
    """
    if items < 2000:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def max_workers() -> int:
    """The most worker processes a batch starts: four per usable core (at least 8).
    More only cost memory and start-up: the work is CPU-bound.

    >>> max_workers() >= 8
    True
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(8, 4 * cores)


@dataclass(frozen=True)
class Task:
    """What the workers do: ``kind`` (romanize, lookup, check) and its options.

    The glossary travels as its entries (``None``: the bundled one).
    """

    kind: str
    system: str = "hepburn"
    limit: int = 5
    hint: str | None = None  #: lookup's ``kind=`` (title, name, place, publisher)
    style: str = "modified"
    input_format: str | None = None
    glossary_entries: tuple[Any, ...] | None = field(default=None, compare=True)


class _Engine:
    """One process's means to do a :class:`Task`: built once, reused for every item."""

    def __init__(self, task: Task) -> None:
        self.task = task
        glossary = None
        if task.glossary_entries is not None:
            from jpterms.glossary import Glossary

            glossary = Glossary(task.glossary_entries)
        self.glossary = glossary
        self._romanizer: Any = None
        if task.kind == "romanize":
            from jpterms.romanize import Romanizer

            self._romanizer = Romanizer(task.system, glossary)
        elif task.kind not in ("lookup", "check"):
            raise JptermsError(f"unknown batch task {task.kind!r}")

    def __call__(self, item: str) -> Any:
        if self.task.kind == "romanize":
            return self._romanizer.romanize(item)
        if self.task.kind == "lookup":
            from jpterms.lookup import lookup

            return lookup(item, self.task.limit, glossary=self.glossary, kind=self.task.hint)
        from jpterms.check import check

        return check(item, style=self.task.style, glossary=self.glossary,
                     input_format=self.task.input_format)

    def warm(self) -> None:
        """Load what the first item would load (dictionaries, indexes)."""
        self("東京" if self.task.kind == "romanize" else "Tokyo")


#: The engine of this process (a worker's, or the parent's before it forks its workers).
_ENGINE: _Engine | None = None


def _engine(task: Task) -> _Engine:
    global _ENGINE
    if _ENGINE is None or _ENGINE.task != task:
        _ENGINE = _Engine(task)
    return _ENGINE


#: How often a worker looks whether the process that started it is still there.
PARENT_POLL = 0.5


def _start_worker(task: Task, parent: int) -> None:
    _engine(task)
    end_with_parent(parent)


def end_with_parent(parent: int) -> None:
    """End this worker process when its parent ``parent`` has gone (killed, say): a pool's
    workers wait on its queues for ever otherwise, each holding its dictionaries in
    memory. For a pool's ``initializer`` (``initargs=(os.getpid(),)``)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)  # nothing to clean up: a worker writes no file, its results are lost

    threading.Thread(target=watch, name="jpterms-parent-watch", daemon=True).start()


def _do_chunk(task: Task, items: Sequence[str]) -> list[Any]:
    engine = _engine(task)
    return [engine(item) for item in items]


def _chunks(items: Sequence[str], workers: int) -> list[Sequence[str]]:
    """Chunks small enough to balance the workers and move the bar, big enough to be cheap."""
    size = max(1, min(500, len(items) // (workers * 16) or 1))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else methods[0])


def run(task: Task, items: Iterable[str], *, workers: int = 1,
        progress: bool | None = None, description: str = "") -> list[Any]:
    """Do ``task`` for every item, in order; ``workers`` > 1 uses that many processes, but
    never more than there are chunks of work nor :func:`max_workers` (a pool that forks
    starts every worker at once: ``--workers 100000`` on two lines forked thousands).

    ``progress`` forces the bar on or off; by default :func:`show_progress` decides.
    """
    todo = list(items)
    if workers < 1:
        raise JptermsError("workers must be at least 1")
    bar = _Bar(len(todo), description or task.kind,
               show_progress(sys.stderr, len(todo), progress))
    if workers == 1 or len(todo) < 2:
        engine = _engine(task)
        out = []
        with bar:
            for item in todo:
                out.append(engine(item))
                bar.advance(1)
        return out
    context = _context()
    forked = context.get_start_method() == "fork"
    if forked:
        _engine(task).warm()  # the workers inherit a warm engine
        # Move the warm heap out of the collector's sight: a worker's collections would
        # otherwise walk (and, through reference counts, copy) every inherited object.
        gc.freeze()
    workers = min(workers, max_workers())
    chunks = _chunks(todo, workers)
    workers = min(workers, len(chunks))
    results: list[list[Any] | None] = [None] * len(chunks)
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                 initargs=(task, os.getpid())) as pool:
            # Every chunk is submitted (and every worker started) before the bar's thread runs.
            futures: dict[Future[list[Any]], int] = {
                pool.submit(_do_chunk, task, chunk): i for i, chunk in enumerate(chunks)}
            with bar:
                for future in as_completed(futures):
                    i = futures[future]
                    results[i] = future.result()
                    bar.advance(len(chunks[i]))
    finally:
        if forked:
            gc.unfreeze()
    return [r for chunk in results if chunk is not None for r in chunk]


class _Bar:
    """A rich progress bar on stderr, or nothing at all."""

    def __init__(self, total: int, description: str, shown: bool) -> None:
        self.total, self.description, self.shown = total, description, shown
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Bar:
        if self.shown:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeRemainingColumn(),
                                      console=Console(file=sys.stderr))
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=self.total)
        return self

    def advance(self, n: int) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def _task_glossary(glossary: Any) -> tuple[Any, ...] | None:
    return None if glossary is None else tuple(glossary)


def romanize_many(texts: Iterable[str], system: str = "hepburn", *, glossary: Any = None,
                  workers: int = 1, progress: bool | None = None) -> list[str]:
    """:func:`jpterms.romanize` for every text, in order (see :func:`run`)."""
    return run(Task("romanize", system=system, glossary_entries=_task_glossary(glossary)),
               texts, workers=workers, progress=progress, description="romanize")


def lookup_many(queries: Iterable[str], limit: int = 5, *, glossary: Any = None,
                workers: int = 1, progress: bool | None = None,
                kind: str | None = None) -> list[Any]:
    """:func:`jpterms.lookup` for every query: a list of matches per query, in order."""
    return run(Task("lookup", limit=limit, hint=kind, glossary_entries=_task_glossary(glossary)),
               queries, workers=workers, progress=progress, description="lookup")


def check_many(texts: Iterable[str], *, style: str = "modified", glossary: Any = None,
               input_format: str | None = None, workers: int = 1,
               progress: bool | None = None) -> list[Any]:
    """:func:`jpterms.check` for every text: a list of findings per text, in order."""
    return run(Task("check", style=style, input_format=input_format,
                    glossary_entries=_task_glossary(glossary)),
               texts, workers=workers, progress=progress, description="check")
