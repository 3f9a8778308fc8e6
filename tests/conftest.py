"""Shared fixtures: the copies of ../shared data kept in tests/data/."""

from __future__ import annotations

import csv
import functools
import gc
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# A suite that never flakes: no per-example deadline (a loaded 2-core machine is slow),
# and the same examples on every run (a property that fails, fails every time).
settings.register_profile("jpterms", deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("jpterms")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Each test starts with the objects of the tests before it frozen (``gc.freeze``): the
    dictionaries they loaded (millions of objects) are no longer walked by the cyclic
    collector's full collections. Measured over the suite (gc.callbacks): 3.9 s in 21 full
    collections and 7.3 s in all without, 1.1 s and 2.2 s with; peak memory 1.69 -> 1.92 GB.

    The young generations are collected first (``gc.collect(1)``, a millisecond): the
    cycles the test before left there are freed, and an exception in their finalizers is
    reported at this test's set-up, instead of lying frozen until the session's end (3.0
    million objects were then collected at once, 3.8 s; now 80 thousand; peak memory
    2.38 -> 1.54 GB)."""
    gc.collect(1)
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """The session's last full collection, then every object frozen: the garbage the tests
    left is collected while pytest still reports its finalizers' exceptions (its own
    collection comes next), and the collections after it (pytest's second, the
    interpreter's at exit) no longer walk the five million objects still alive (about 1 s
    each)."""
    gc.collect()
    gc.freeze()


DATA = Path(__file__).parent / "data"
SEED = DATA / "000_4783c9767dffaf4f.txt"
BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def record_calls(monkeypatch: pytest.MonkeyPatch) -> Callable[[object, str], list[Any]]:
    """``record_calls(owner, name)`` wraps ``owner.name`` for the test: the real function
    answers, and each call's first argument is appended to the list it returns (tests
    count work through it, never time)."""

    def install(owner: object, name: str) -> list[Any]:
        seen: list[Any] = []
        real = getattr(owner, name)

        def recording(*args: Any, **kwargs: Any) -> Any:
            seen.append(args[0] if args else None)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, recording)
        return seen

    return install


def count_calls(func: Callable[[], Any], out: list[Any] | None = None) -> int:
    """How many Python and C calls ``func()`` makes (the tests' measure of work: linear
    time is shown by counting, never by a clock); its result goes to ``out``."""
    count = 0

    def profiler(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    sys.setprofile(profiler)
    try:
        result = func()
    finally:
        sys.setprofile(None)
    if out is not None:
        out.append(result)
    return count


def doubling_ratio(label: str, small: Callable[[], Any], big: Callable[[], Any]) -> float:
    """How many times the calls of ``small()`` ``big()`` makes (the same input doubled),
    printed with ``label``: a linear step stays near 2 (see :func:`count_calls`)."""
    n_small, n_big = count_calls(small), count_calls(big)
    print(f"{label}: {n_small} calls, doubled {n_big} calls, ratio {n_big / n_small:.2f}")
    return n_big / n_small


def dev_titles() -> list[dict[str, str]]:
    with open(DATA / "dev_titles.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def reading_gold(name: str) -> dict[str, str]:
    """A readings set of ``tests/data/readings`` (``jawiki_schools.tsv``): each Japanese
    cell's gold kana (the file read once a session; each caller gets its own dict)."""
    return dict(_reading_gold(name))


@functools.cache
def _reading_gold(name: str) -> dict[str, str]:
    with open(DATA / "readings" / name, encoding="utf-8", newline="") as fh:
        return {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")}


def drixler_titles() -> list[str]:
    """The italic titles of Drixler's bibliography (``tests/data/bibliography_macrons.md``,
    provenance in tests/data/README.md), as written: real titles with macrons."""
    text = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    return re.findall(r"\*([^*\n]{3,80})\*", text)


def reading_index_file() -> Path:
    """The reading index file the library opens: the wheel's own copy where the package
    was installed from a wheel (CI), else the user cache's, built there if missing."""
    from jpterms.cache_files import cache_dir, shipped_file
    from jpterms.reading_index import ReadingIndex

    ReadingIndex.default()
    path = ReadingIndex.path(cache_dir())
    return shipped_file(path.name) or path


def one_kanji_family_names() -> dict[str, str]:
    """Kanji → romaji of the one-kanji family names of the dev people's files (Wikidata
    scholars, writers and people of history, Aozora's authors; ``tests/data/lookup``) with
    names of at most three kanji, that jpterms reads in the person's name as the source
    does (each caller gets its own dict)."""
    return dict(_one_kanji_family_names())


@functools.cache
def _one_kanji_family_names() -> dict[str, str]:
    from jpterms.kana import strip_macrons
    from jpterms.romanize import explain

    found: dict[str, str] = {}
    for name in ("wikidata_scholars", "wikidata_writers", "wikidata_historical",
                 "aozora_authors"):
        with (DATA / "lookup" / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                gold = row["gold_romaji"].split()
                if len(gold) != 2 or len(row["japanese"]) > 3:
                    continue  # (a one-kanji family name and a given name of one or two)
                words = explain(row["japanese"])
                if len(words) == 2 and len(words[0].text) == 1 and \
                        strip_macrons(words[0].romaji).lower() == strip_macrons(gold[0]).lower():
                    found.setdefault(words[0].text, words[0].romaji)
    return found


def kana_of(text: str) -> str:
    """The kana :func:`jpterms.romanize.explain` reads ``text`` with, word after word."""
    from jpterms.romanize import explain

    return "".join(w.kana for w in explain(text))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:  # type: ignore[type-arg]
    return json.loads((DATA / "seed_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def load() -> Iterator[Callable[[str], ModuleType]]:
    """Imports a script of ``benchmarks/`` by name (``load("lookup_accuracy")``), with
    that folder on ``sys.path`` for the test module's time only (the scripts import
    their ``_common``)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module
    finally:
        sys.path.remove(str(BENCHMARKS))
