"""The record every checker rule produces: a :class:`Finding`.

A finding points at a span of the source (1-based lines and columns, counted in
code points, end exclusive), names the rule by a stable ``code`` and its
``kind``, quotes the flagged ``text`` exactly as it stands in the source, and
offers zero or more ``suggestions``.

>>> f = Finding(path="a.txt", line=2, column=5, end_line=2, end_column=10,
...             code="JP101", kind="macron", text="kyogi",
...             suggestions=("kyōgi",), message="missing macron")
>>> f.as_dict()["suggestions"]
['kyōgi']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    #: True when the first suggestion may be applied without asking (``--fix``).
    fixable: bool = field(default=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """The JSON form documented in ``docs/output.md``."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "kind": self.kind,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "message": self.message,
            "fixable": self.fixable,
        }
