"""Render findings as text, JSON, SARIF 2.1.0 or GitHub Actions annotations.

Every format returns the whole output as one string ending in a newline (or
the empty string for ``text`` and ``github`` when there is nothing to report).

>>> from jpterms.findings import Finding
>>> f = Finding("a.txt", 2, 5, 2, 10, "JP101", "macron", "kyogi", ("kyōgi",), "missing macron")
>>> print(render([f], "text", tool_version="0.1.0"), end="")
a.txt:2:5: JP101 missing macron [kyōgi] (likely)
>>> print(*render([f], "github", tool_version="0.1.0").split(","), sep="\\n", end="")
::warning file=a.txt
line=2
col=5
endLine=2
endColumn=10
title=JP101 (macron)::missing macron [kyōgi]
"""

from __future__ import annotations

import json
import os
import posixpath
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from jpterms.errors import JptermsError
from jpterms.findings import Finding
from jpterms.rules.base import Rule

#: The output formats :func:`render` understands.
FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github")

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/jpterms/jpterms"


def render(
    findings: Sequence[Finding],
    fmt: str,
    *,
    tool_version: str,
    rules: Sequence[Rule] | None = None,
) -> str:
    """The findings rendered in ``fmt``; ``rules`` describe the codes for SARIF.

    >>> render([], "json", tool_version="0.1.0")
    '[]\\n'
    >>> render([], "xml", tool_version="0.1.0")
    Traceback (most recent call last):
    ...
    jpterms.errors.JptermsError: unknown output format 'xml' (choose from text, json, sarif, github)
    """
    if fmt == "text":
        return "".join(f"{text_line(f)}\n" for f in findings)
    if fmt == "json":
        return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
    if fmt == "sarif":
        log = sarif_log(findings, tool_version=tool_version, rules=rules)
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        return "".join(f"{github_line(f)}\n" for f in findings)
    raise JptermsError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")


def _message(finding: Finding) -> str:
    """The finding's message, falling back to its kind and flagged text."""
    return finding.message or f"{finding.kind}: {finding.text!r}"


def _with_suggestions(finding: Finding) -> str:
    message = _message(finding)
    if finding.suggestions:
        message += f" [{' | '.join(finding.suggestions)}]"
    return message


def text_line(finding: Finding) -> str:
    """``path:line:col: CODE message [suggestion | ...] (confidence)``.

    >>> text_line(Finding("a.txt", 1, 1, 1, 6, "JP201", "variant", "Gemba", ("Genba", "Gemba")))
    "a.txt:1:1: JP201 variant: 'Gemba' [Genba | Gemba] (likely)"
    """
    where = f"{finding.path}:{finding.location or f'{finding.line}:{finding.column}'}"
    return f"{where}: {finding.code} {_with_suggestions(finding)} ({finding.confidence})"


#: SARIF ``level`` and GitHub command for each confidence: only a certain finding is
#: an error; a likely one a warning; a possible one a note (GitHub: notice).
SARIF_LEVELS = {"certain": "error", "likely": "warning", "possible": "note"}
GITHUB_COMMANDS = {"certain": "error", "likely": "warning", "possible": "notice"}


# --------------------------------------------------------------------------
# GitHub Actions workflow commands
# --------------------------------------------------------------------------


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_line(finding: Finding) -> str:
    """A ``::error``, ``::warning`` or ``::notice`` workflow command (by the finding's
    confidence: :data:`GITHUB_COMMANDS`) that GitHub shows as an annotation.

    >>> f = Finding("a,b.txt", 1, 2, 1, 4, "JP1", "macron", "x", (), "50%\\nsure: yes")
    >>> print(*github_line(f).split(","), sep="\\n")
    ::warning file=a%2Cb.txt
    line=1
    col=2
    endLine=1
    endColumn=4
    title=JP1 (macron)::50%25%0Asure: yes
    """
    properties = {
        "file": finding.path,
        "line": str(finding.line),
        "col": str(finding.column),
        "endLine": str(finding.end_line),
        "endColumn": str(finding.end_column),
        "title": f"{finding.code} ({finding.kind})",
    }
    joined = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    command = GITHUB_COMMANDS.get(finding.confidence, "warning")
    return f"::{command} {joined}::{_escape_data(_with_suggestions(finding))}"


# --------------------------------------------------------------------------
# SARIF 2.1.0
# --------------------------------------------------------------------------


def artifact_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri`` for a path: relative paths stay relative.

    >>> artifact_uri("docs/my notes.md"), artifact_uri("/tmp/a.txt"), artifact_uri("-")
    ('docs/my%20notes.md', 'file:///tmp/a.txt', 'stdin')
    """
    if path in ("-", "<stdin>"):
        return "stdin"
    if PureWindowsPath(path).is_absolute() and not path.startswith("/"):
        return PureWindowsPath(path).as_uri()
    posix = path.replace(os.sep, "/") if os.sep != "/" else path
    if posixpath.isabs(posix):
        return PurePosixPath(posix).as_uri()
    return quote(posix, safe="/")


def _rule_descriptor(code: str, rule: Rule | None, kind: str) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": code,
        "name": rule.name if rule else kind,
        "shortDescription": {"text": rule.summary if rule else f"{kind} finding"},
        "defaultConfiguration": {"level": "warning"},
        "properties": {"kind": rule.kind if rule else kind},
    }
    return descriptor


def _region(finding: Finding) -> dict[str, int]:
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if finding.start >= 0 and finding.end >= finding.start:
        region["charOffset"] = finding.start
        region["charLength"] = finding.end - finding.start
    return region


def _logical(finding: Finding) -> dict[str, Any]:
    """SARIF ``logicalLocations`` for a finding with a logical location (MARC)."""
    if not finding.location:
        return {}
    name = finding.location.rsplit(":", 1)[-1]
    return {"logicalLocations": [{"name": name, "fullyQualifiedName": finding.location,
                                  "kind": "element"}]}


def _descriptors(
    findings: Sequence[Finding], rules: Sequence[Rule] | None
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The run's rule descriptors (``rules`` first, then codes only found) and each
    code's index among them."""
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in rules or ():
        if rule.code not in index:
            index[rule.code] = len(descriptors)
            descriptors.append(_rule_descriptor(rule.code, rule, rule.kind))
    for finding in findings:
        if finding.code not in index:
            index[finding.code] = len(descriptors)
            descriptors.append(_rule_descriptor(finding.code, None, finding.kind))
    return descriptors, index


def _fixes(finding: Finding, artifact: dict[str, Any]) -> list[dict[str, Any]]:
    """SARIF ``fixes``: one per suggestion, replacing the finding's region."""
    return [
        {
            "description": {"text": f"Replace with {suggestion!r}"},
            "artifactChanges": [
                {
                    "artifactLocation": artifact,
                    "replacements": [
                        {
                            "deletedRegion": _region(finding),
                            "insertedContent": {"text": suggestion},
                        }
                    ],
                }
            ],
        }
        for suggestion in finding.suggestions
    ]


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    """The SARIF ``result`` of one finding."""
    location: dict[str, Any] = {
        "artifactLocation": {"uri": artifact_uri(finding.path)},
        "region": _region(finding),
    }
    if finding.location:  # a MARC record's 001, tag and subfield
        location = {"artifactLocation": location["artifactLocation"]}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": SARIF_LEVELS.get(finding.confidence, "warning"),
        "message": {"text": _with_suggestions(finding)},
        "locations": [{"physicalLocation": location, **_logical(finding)}],
        "properties": {"kind": finding.kind, "text": finding.text,
                       "confidence": finding.confidence},
    }
    if finding.suggestions and not finding.location:
        result["fixes"] = _fixes(finding, location["artifactLocation"])
    return result


def sarif_log(
    findings: Sequence[Finding],
    *,
    tool_version: str,
    rules: Sequence[Rule] | None = None,
) -> dict[str, Any]:
    """The SARIF 2.1.0 log object (before JSON encoding).

    Columns count Unicode code points, which the run declares with
    ``columnKind``; each result's ``level`` follows the finding's confidence
    (:data:`SARIF_LEVELS`: certain → error, likely → warning, possible → note); codes found but not described by ``rules`` get a minimal
    descriptor so every ``ruleIndex`` is valid.

    >>> log = sarif_log([], tool_version="0.1.0")
    >>> log["version"], log["runs"][0]["tool"]["driver"]["name"]
    ('2.1.0', 'jpterms')
    """
    descriptors, index = _descriptors(findings, rules)
    results = [_result(finding, index[finding.code]) for finding in findings]

    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "jpterms",
                        "version": tool_version,
                        "informationUri": INFORMATION_URI,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
