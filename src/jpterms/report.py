"""The report ``jpterms check`` prints: findings in the chosen format, ruff's ``[*]`` on
fixable ones, colour on a terminal (rich, imported only then; never with ``NO_COLOR``),
``--statistics`` and the closing summary.

>>> from jpterms.findings import Finding
>>> f = Finding("a.txt", 1, 14, 1, 16, "JP501", "particle", "he", ("e",), "particle", "certain")
>>> report = Report([f])
>>> report.summary()
'Found 1 finding (1 fixable with --fix).'
>>> Report([], fixed=2, fixing=True).summary()
'Found 2 findings (2 fixed, 0 remaining).'
>>> Report([]).summary()
'All checks passed!'
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from typing import Any, TextIO

from jpterms.__about__ import __version__


class Report:
    """Findings rendered for a stream: the chosen format, the ``[*]`` marker on
    fixable findings, colour on a terminal, statistics and the closing summary."""

    def __init__(self, findings: list[Any], *, fixed: int = 0, fixing: bool = False,
                 failed: int = 0, marc: bool = False) -> None:
        self.marc = marc
        self.findings = [_printable(f) for f in findings]
        self.fixed = fixed
        self.fixing = fixing
        self.failed = failed

    def summary(self) -> str:
        """``Found N findings (M fixable with --fix)``, or after a fix ``(N fixed, M
        remaining)``, or ``All checks passed!``."""
        left = len(self.findings)
        total = left + self.fixed
        if not total:
            return "" if self.failed else "All checks passed!"
        noun = "finding" if total == 1 else "findings"
        if self.fixing:
            return f"Found {total} {noun} ({self.fixed} fixed, {left} remaining)."
        fixable = sum(1 for f in self.findings if f.fixable)
        extra = f" ({fixable} fixable with --fix)" if fixable else ""
        return f"Found {total} {noun}{extra}."

    def statistics(self) -> list[str]:
        """One line per code: count, code, ``[*]`` when fixable, the rule's name."""
        return [f"{s['count']:>5}\t{s['code']}\t{'[*] ' if s['fixable'] else ''}{s['name']}"
                .rstrip() for s in self.statistics_records()]

    def statistics_records(self) -> list[dict[str, Any]]:
        """``--statistics --format json``: ruff's records, most frequent code first.

        >>> from jpterms.findings import Finding
        >>> f = Finding("a.txt", 1, 14, 1, 16, "JP501", "particle", "he", ("e",), "", "certain")
        >>> Report([f, f]).statistics_records()
        [{'code': 'JP501', 'name': 'particle-spelling', 'count': 2, 'fixable': True}]
        """
        from collections import Counter

        names = {r.code: r.name for r in self.rules()}
        counts = Counter(f.code for f in self.findings)
        fixable = {f.code for f in self.findings if f.fixable}
        return [{"code": code, "name": names.get(code, ""), "count": n,
                 "fixable": code in fixable}
                for code, n in sorted(counts.items(), key=lambda c: (-c[1], c[0]))]

    def rules(self) -> tuple[Any, ...]:
        """The rules that describe the findings (for SARIF and statistics)."""
        from jpterms.rules import ALL_RULES

        if not self.marc:
            return ALL_RULES
        from jpterms.marc import MARC_RULES

        return (*ALL_RULES, *MARC_RULES)

    def write(self, stream: TextIO, fmt: str, *, statistics: bool = False,
              quiet: bool = False) -> None:
        from jpterms.formats import render, text_line

        colour = _colour_console(stream) if fmt == "text" else None
        if statistics and fmt == "json":  # a tool asked for JSON: no text table
            import json

            stream.write(json.dumps(self.statistics_records(), indent=2) + "\n")
            return
        if statistics:
            lines = self.statistics()
        elif fmt == "text":
            lines = [_marked(text_line(f), f) for f in self.findings]
        else:
            out = render(self.findings, fmt, tool_version=__version__, rules=self.rules())
            stream.write(out)
            return
        if fmt == "text" and not quiet and self.summary():
            lines.append(self.summary())
        for line in lines:
            if colour is not None:
                colour.print(_styled(line), soft_wrap=True)
            else:
                stream.write(line + "\n")


def _printable(finding: Any) -> Any:
    """A finding whose path can be printed and put in JSON: bytes that are not UTF-8
    in a file name (surrogate escapes) are shown as ``\\xNN``."""
    try:
        finding.path.encode("utf-8")
        return finding
    except UnicodeEncodeError:
        shown = os.fsencode(finding.path).decode("utf-8", "backslashreplace")
        return dataclasses.replace(finding, path=shown)


def _marked(line: str, finding: Any) -> str:
    """A text line with ruff's ``[*]`` after the code when the finding is fixable."""
    code = f": {finding.code} "
    at = line.find(code, len(finding.path))
    if finding.fixable and at != -1:
        at += len(code)
        return f"{line[:at]}[*] {line[at:]}"
    return line


def colour_wanted(stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (no-color.org).

    >>> import io
    >>> colour_wanted(io.StringIO(), {})
    False
    """
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _colour_console(stream: TextIO) -> Any:
    """A rich console on a terminal (rich is imported only then), else ``None``."""
    if not colour_wanted(stream, os.environ):
        return None
    from rich.console import Console

    return Console(file=stream, highlight=False, markup=False, emoji=False)


def _styled(line: str) -> Any:
    """A findings line with its location, code and ``[*]`` marker in colour."""
    from rich.text import Text

    text = Text(line)
    parts = line.split(": ", 2)
    if len(parts) >= 2 and parts[0].count(":") >= 2:
        text.stylize("bold", 0, len(parts[0]))
        code_start = len(parts[0]) + 2
        code_end = line.find(" ", code_start)
        if code_end > code_start:
            text.stylize("bold red", code_start, code_end)
            if line.startswith("[*]", code_end + 1):
                text.stylize("cyan", code_end + 1, code_end + 4)
    elif line.startswith(("Found", "All checks")):
        text.stylize("bold")
    return text
