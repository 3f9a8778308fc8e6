"""The record every checker rule produces: a :class:`Finding`.

A finding points at a span of the source, both as 1-based lines and columns
(counted in code points, end exclusive) and as source offsets ``start``/``end``
(so fixing and suppressing never convert line and column back). It names the
rule by a stable ``code`` and its ``kind``, quotes the flagged ``text`` exactly
as it stands in the source, offers zero or more ``suggestions``, and says how
sure it is (:data:`CONFIDENCES`):

* ``certain``: the decision has no real alternative; ``--fix`` applies it;
* ``likely``: probably right; only ``--fix-unsafe`` applies it;
* ``possible``: worth a look; never applied automatically.

>>> f = Finding(path="a.txt", line=2, column=5, end_line=2, end_column=10,
...             code="JP101", kind="macron", text="kyogi",
...             suggestions=("kyōgi",), message="missing macron",
...             confidence="certain", start=9, end=14)
>>> f.as_dict()["suggestions"], f.fixable
(['kyōgi'], True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CERTAIN = "certain"
LIKELY = "likely"
POSSIBLE = "possible"
#: How sure a finding is, surest first.
CONFIDENCES: tuple[str, ...] = (CERTAIN, LIKELY, POSSIBLE)


@dataclass(frozen=True, order=True)
class Finding:
    """One problem found in a document."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    kind: str
    text: str
    suggestions: tuple[str, ...] = field(default=())
    message: str = ""
    #: ``certain``, ``likely`` or ``possible`` (see :data:`CONFIDENCES`).
    confidence: str = field(default=LIKELY, compare=False)
    #: Source offsets of the flagged text (``-1``: not known).
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)
    #: A logical location for structured input, "" for text: a MARC record's 001, the tag
    #: and the subfield (``ocm06783656:245$a``); ``line`` is then the record's number.
    location: str = ""

    def __post_init__(self) -> None:
        if self.confidence not in CONFIDENCES:
            raise ValueError(f"confidence must be one of {', '.join(CONFIDENCES)}, "
                             f"not {self.confidence!r}")

    @property
    def fixable(self) -> bool:
        """True when ``--fix`` applies the first suggestion (a certain finding)."""
        return self.confidence == CERTAIN and bool(self.suggestions)

    @property
    def unsafe_fixable(self) -> bool:
        """True when ``--fix-unsafe`` applies the first suggestion (certain or likely)."""
        return self.confidence in (CERTAIN, LIKELY) and bool(self.suggestions)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form documented in ``docs/output.md``."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "kind": self.kind,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "message": self.message,
            "confidence": self.confidence,
            "fixable": self.fixable,
            **({"location": self.location} if self.location else {}),
        }
