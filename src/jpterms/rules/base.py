"""What every checker rule shares: its description and the context it runs in.

A rule module defines ``RULES`` (a tuple of :class:`Rule`, one per code it can
emit) and ``def findings(ctx: Context) -> Iterator[Finding]``. Each
:class:`Rule` carries example texts that must (``bad``) and must not (``good``)
trigger it; the tests run them and the rules reference in ``docs/`` is built
from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jpterms.document import Document
from jpterms.findings import Finding

if TYPE_CHECKING:
    from jpterms.glossary import Glossary


@dataclass(frozen=True)
class Rule:
    """A stable code, its kind and its examples."""

    code: str
    kind: str
    name: str
    summary: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()


@dataclass
class Context:
    """What a rule sees: the document, the style and shared resources."""

    document: Document
    style: str = "modified"
    glossary: Glossary | None = None
    #: Anything rules compute once and share (the extracted romaji spans, ...).
    cache: dict[str, Any] = field(default_factory=dict)

    def matches(self, pattern: re.Pattern[str]) -> Iterator[tuple[str, int, int]]:
        """Every match of ``pattern`` in the checked segments: (text, source start, end)."""
        for segment in self.document.segments:
            for m in pattern.finditer(segment.text):
                start = segment.source_offset(m.start())
                end = segment.source_offset(m.end() - 1) + 1
                yield m.group(0), start, end

    def make(
        self,
        start: int,
        end: int,
        rule: Rule,
        message: str,
        suggestions: Iterable[str] = (),
        *,
        fixable: bool = False,
    ) -> Finding:
        """A finding for the source span ``[start, end)`` (source offsets)."""
        doc = self.document
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        return Finding(
            path=doc.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=rule.code,
            kind=rule.kind,
            text=doc.source[start:end],
            suggestions=tuple(suggestions),
            message=message,
            fixable=fixable,
        )
