"""What ``jpterms check`` hands each file's check and gets back: made in the command's
process and sent to its worker processes (picklable).

A module of their own, which only ``jpterms check`` imports: making a dataclass costs about
a millisecond (its methods are compiled from source), which ``jpterms romanize`` and the
other commands need not pay.

>>> Result().findings, Job("a.md", "a.md", None, "modified", None, (), (), None, False, False).unsafe
([], False)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Job", "Result"]


@dataclass(frozen=True)
class Job:
    """Everything needed to check one file, resolved in the parent (picklable)."""

    path: str
    name: str  # the path reported (``--stdin-filename`` for ``-``)
    input_format: str | None
    style: str
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    glossaries: tuple[str, ...]
    max_file_size: float | None
    fix: bool
    diff: bool
    unsafe: bool = False


@dataclass
class Result:
    """What checking one file produced, sent back from a worker."""

    findings: list[Any] = field(default_factory=list)
    fixed: int = 0
    diff: str = ""
    fixed_text: str | None = None
    error: str | None = None
    marc: bool = False
