"""Beyond one machine: check a whole catalogue (or a pile of documents) on Dask.

The recipe (``pip install 'jpterms[dask]'``; see ``docs/catalogue.md``)::

    from dask.distributed import Client, LocalCluster
    from jpterms.cluster import check_bag

    client = Client(LocalCluster(n_workers=2))   # or Client("tcp://scheduler:8786")
    findings = check_bag(["dump-1.mrc", "dump-2.mrc", "notes.md"]).compute()

The client only plans: it scans each binary MARC file for record ends (byte
0x1D) and cuts it into :class:`Part` s of ``records_per_part`` records, without
parsing a record or loading a dictionary. Each worker reads its part's bytes
from the shared path and checks them with its own :class:`~jpterms.marc.MarcChecker`,
built on first use in that worker process. The functions the workers run
(:func:`check_part`) are plain module-level functions, so they pickle by name.
:func:`check_serial` gives the same findings, in the same order, in one process.

>>> parts = marc_parts("tests/data/marc/real.mrc", records_per_part=5)
>>> [(p.first, p.records) for p in parts]
[(1, 5), (6, 5), (11, 3)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jpterms.findings import Finding

__all__ = ["Part", "check_bag", "check_part", "check_serial", "marc_parts", "plan"]

_RECORD_END = b"\x1d"


@dataclass(frozen=True)
class Part:
    """A piece of work: ``records`` MARC records from byte ``offset`` of ``path`` (the first
    being record number ``first`` of the file), or a whole file (``kind`` "marc-xml", "text")."""

    path: str
    kind: str = "marc"
    offset: int = 0
    length: int = -1
    first: int = 1
    records: int = 0


def marc_parts(path: str | Path, records_per_part: int = 1000) -> list[Part]:
    """Cut a binary MARC file into parts of ``records_per_part`` records (no parsing)."""
    if records_per_part < 1:
        raise ValueError("records_per_part must be at least 1")
    data = Path(path).read_bytes()
    parts: list[Part] = []
    start = 0
    number = 1
    count = 0
    pos = 0
    while True:
        end = data.find(_RECORD_END, pos)
        if end == -1:
            break
        pos = end + 1
        count += 1
        if count == records_per_part:
            parts.append(Part(str(path), "marc", start, pos - start, number, count))
            start, number, count = pos, number + count, 0
    if start < len(data) and data[start:].strip():
        parts.append(Part(str(path), "marc", start, len(data) - start, number, count))
    return parts


def plan(paths: Iterable[str | Path], records_per_part: int = 1000) -> list[Part]:
    """The parts for ``paths``: binary MARC cut by records, MARCXML and documents whole.
    Each must be a regular file: a worker opens it again by its path (a named pipe would
    be read once, or waited on for ever), else :class:`~jpterms.errors.JptermsError`."""
    import os
    import stat

    from jpterms.errors import JptermsError
    from jpterms.marc import is_marc_path

    parts: list[Part] = []
    for path in paths:
        name = str(path)
        if not stat.S_ISREG(os.stat(name).st_mode):
            raise JptermsError(f"{name}: not a regular file; a cluster's workers read each "
                               "file by its path")
        with open(name, "rb") as handle:
            head = handle.read(4096)
        if is_marc_path(name, head):
            if head.lstrip()[:1] == b"<":
                parts.append(Part(name, "marc-xml"))
            else:
                parts.extend(marc_parts(name, records_per_part))
        else:
            parts.append(Part(name, "text"))
    return parts


@lru_cache(maxsize=4)
def _marc_checker(style: str) -> Any:
    """This process's MARC checker (a worker builds its own on first use)."""
    from jpterms.marc import MarcChecker

    return MarcChecker(style=style)


def check_part(part: Part, style: str = "modified") -> list[Finding]:
    """The findings of one part, numbered as in the whole file: what a worker runs."""
    if part.kind == "text":
        from jpterms.check import check

        text = Path(part.path).read_text(encoding="utf-8")
        return check(text, path=part.path, style=style)
    from jpterms.marc import iter_records

    with open(part.path, "rb") as handle:
        handle.seek(part.offset)
        data = handle.read() if part.length < 0 else handle.read(part.length)
    checker = _marc_checker(style)
    return list(checker.check_records(iter_records(data, part.path, placeholders=True),
                                      path=part.path, start=part.first))


def check_serial(paths: Sequence[str | Path], *, records_per_part: int = 1000,
                 style: str = "modified") -> list[Finding]:
    """Every finding of ``paths`` in one process: the reference a cluster run must equal."""
    return [f for part in plan(paths, records_per_part) for f in check_part(part, style)]


def check_bag(paths: Sequence[str | Path], *, records_per_part: int = 1000,
              style: str = "modified") -> Any:
    """A ``dask.bag.Bag`` of every finding of ``paths``, one partition per part.

    ``.compute()`` runs it on the current Dask client (a ``LocalCluster`` or a real
    cluster); the findings come back in the order :func:`check_serial` gives.
    """
    try:
        import dask.bag as db
    except ImportError:  # pragma: no cover - depends on the installed extras
        from jpterms.errors import JptermsError

        raise JptermsError("the Dask recipe needs the dask extra: "
                           "pip install 'jpterms[dask]'") from None
    parts = plan(paths, records_per_part)
    bag = db.from_sequence(parts, npartitions=max(1, len(parts)))  # type: ignore[no-untyped-call]
    return bag.map(check_part, style=style).flatten()
