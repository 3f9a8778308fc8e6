"""Rendering findings: text, JSON, SARIF 2.1.0 and GitHub annotations."""

from __future__ import annotations

import doctest
import json
from typing import Any

import pytest

import jpterms.formats
from jpterms.errors import JptermsError
from jpterms.findings import Finding
from jpterms.formats import FORMATS, artifact_uri, github_line, render, text_line
from jpterms.rules.base import Rule

KYOGI = Finding(
    path="notes/article.txt",
    line=25,
    column=54,
    end_line=25,
    end_column=59,
    code="JP101",
    kind="macron",
    text="kyogi",
    suggestions=("kyōgi",),
    message="missing macron in 'kyogi'",
    confidence="certain",
    start=1200,
    end=1205,
)
GEMBA = Finding(
    path="notes/article.txt",
    line=19,
    column=120,
    end_line=19,
    end_column=125,
    code="JP201",
    kind="variant",
    text="Gemba",
    suggestions=("Genba", "Gemba"),
    message="spelt Genba elsewhere in this document",
)
FOOTNOTE = Finding(
    path="notes/article.txt",
    line=17,
    column=410,
    end_line=17,
    end_column=422,
    code="JP801",
    kind="footnote",
    text="(footnote:ⅵ)",
    message="footnote ⅵ is cited again where note 7, never cited, belongs",
)
# A message with every character GitHub needs escaped, and a hostile path.
HOSTILE = Finding(
    path="dir,with:odd/50%.md",
    line=3,
    column=1,
    end_line=4,
    end_column=2,
    code="JP999",
    kind="test",
    text="x",
    message="100% sure:\r\nline two, ok",
)
FINDINGS = (KYOGI, GEMBA, FOOTNOTE, HOSTILE)

RULES = (
    Rule("JP101", "macron", "missing-macron", "A long vowel is written without its macron."),
    Rule("JP801", "footnote", "duplicate-footnote-marker", "A footnote marker is repeated."),
    Rule("JP802", "footnote", "footnote-out-of-order", "Footnote markers out of order."),
)


def test_doctests() -> None:
    result = doctest.testmod(jpterms.formats)
    assert result.attempted > 0
    assert result.failed == 0


def test_formats_constant() -> None:
    assert FORMATS == ("text", "json", "sarif", "github")


TEXT_LINES = [
    # one suggestion
    (KYOGI, "notes/article.txt:25:54: JP101 missing macron in 'kyogi' [kyōgi] (certain)"),
    # several suggestions joined by " | "
    (
        GEMBA,
        "notes/article.txt:19:120: JP201 spelt Genba elsewhere in this document "
        "[Genba | Gemba] (likely)",
    ),
    # no suggestion: no bracket
    (
        FOOTNOTE,
        "notes/article.txt:17:410: JP801 "
        "footnote ⅵ is cited again where note 7, never cited, belongs (likely)",
    ),
    # no message: the kind and flagged text stand in
    (
        Finding("a.md", 1, 2, 1, 3, "JP1", "macron", "o"),
        "a.md:1:2: JP1 macron: 'o' (likely)",
    ),
]


@pytest.mark.parametrize(("finding", "expected"), TEXT_LINES)
def test_text_line(finding: Finding, expected: str) -> None:
    assert text_line(finding) == expected


def test_text_render_is_one_line_per_finding() -> None:
    out = render([KYOGI, GEMBA], "text", tool_version="0.1.0")
    assert out == f"{text_line(KYOGI)}\n{text_line(GEMBA)}\n"
    assert render([], "text", tool_version="0.1.0") == ""


def test_json_round_trip() -> None:
    out = render(FINDINGS, "json", tool_version="0.1.0")
    assert "kyōgi" in out and "ⅵ" in out  # ensure_ascii=False
    assert out.startswith("[\n  {")  # indented
    data = json.loads(out)
    assert data == [f.as_dict() for f in FINDINGS]
    fields = [{k: v for k, v in d.items() if k != "fixable"} for d in data]
    assert [Finding(**{**d, "suggestions": tuple(d["suggestions"])}) for d in fields] == list(
        FINDINGS
    )
    assert [d["confidence"] for d in data] == ["certain", "likely", "likely", "likely"]
    assert data[0]["fixable"] is True and data[0]["start"] == 1200 and data[0]["end"] == 1205


def test_json_empty() -> None:
    assert json.loads(render([], "json", tool_version="0.1.0")) == []


GITHUB_LINES = [
    # a plain annotation
    # a certain finding is an error
    (
        KYOGI,
        "::error file=notes/article.txt,line=25,col=54,endLine=25,endColumn=59,"
        "title=JP101 (macron)::missing macron in 'kyogi' [kyōgi]",
    ),
    # % CR LF escaped in the message; : and , escaped in properties too
    (
        HOSTILE,
        "::warning file=dir%2Cwith%3Aodd/50%25.md,line=3,col=1,endLine=4,endColumn=2,"
        "title=JP999 (test)::100%25 sure:%0D%0Aline two, ok",
    ),
]


@pytest.mark.parametrize(("finding", "expected"), GITHUB_LINES)
def test_github_line(finding: Finding, expected: str) -> None:
    assert github_line(finding) == expected


def test_github_render() -> None:
    out = render(FINDINGS, "github", tool_version="0.1.0")
    lines = out.splitlines()
    assert len(lines) == len(FINDINGS)
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::warning",
                                                         "::warning"]


URIS = [
    ("notes/article.txt", "notes/article.txt"),  # relative path stays relative
    ("my notes/a b.md", "my%20notes/a%20b.md"),  # spaces percent-encoded
    ("日本/東京.md", "%E6%97%A5%E6%9C%AC/%E6%9D%B1%E4%BA%AC.md"),  # non-ASCII encoded
    ("/abs/x.txt", "file:///abs/x.txt"),  # absolute path: a file URI
    (r"C:\refs\a.bib", "file:///C:/refs/a.bib"),  # Windows absolute path
    ("-", "stdin"),  # standard input
]


@pytest.mark.parametrize(("path", "expected"), URIS)
def test_artifact_uri(path: str, expected: str) -> None:
    assert artifact_uri(path) == expected


def sarif(findings: tuple[Finding, ...] = FINDINGS, **kwargs: Any) -> dict[str, Any]:
    out = render(findings, "sarif", tool_version="1.2.3", **kwargs)
    data: dict[str, Any] = json.loads(out)
    return data


def test_sarif_structure() -> None:
    log = sarif(rules=RULES)
    assert log["$schema"].endswith("sarif-2.1.0.json")
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "jpterms"
    assert driver["version"] == "1.2.3"
    assert driver["informationUri"].startswith("https://")
    assert run["columnKind"] == "unicodeCodePoints"

    rules = driver["rules"]
    ids = [r["id"] for r in rules]
    # given rules first, in order, then codes found without a description
    assert ids == ["JP101", "JP801", "JP802", "JP201", "JP999"]
    assert len(set(ids)) == len(ids)
    for rule in rules:
        assert set(rule) >= {"id", "name", "shortDescription"}
        assert rule["shortDescription"]["text"]
    assert rules[0]["name"] == "missing-macron"
    assert rules[0]["shortDescription"]["text"] == RULES[0].summary

    results = run["results"]
    assert len(results) == len(FINDINGS)
    for result, finding in zip(results, FINDINGS, strict=True):
        assert result["ruleId"] == finding.code
        assert rules[result["ruleIndex"]]["id"] == finding.code
        assert result["level"] == {"certain": "error", "likely": "warning"}[finding.confidence]
        assert result["properties"]["confidence"] == finding.confidence
        assert result["message"]["text"].startswith(finding.message)
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"]
        region = {
            "startLine": finding.line,
            "startColumn": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
        }
        if finding.start >= 0:  # source offsets, when the finding knows them
            region |= {"charOffset": finding.start, "charLength": finding.end - finding.start}
        assert physical["region"] == region


def test_sarif_level_follows_confidence() -> None:
    possible = Finding("a.txt", 1, 1, 1, 4, "JP301", "spelling", "xtr", (), "not romaji",
                       confidence="possible")
    (result,) = sarif((possible,))["runs"][0]["results"]
    assert result["level"] == "note"
    assert github_line(possible).startswith("::notice ")
    assert text_line(possible).endswith("(possible)")


def test_confidence_must_be_known() -> None:
    with pytest.raises(ValueError, match="confidence"):
        Finding("a.txt", 1, 1, 1, 2, "JP1", "macron", "o", confidence="sure")


def test_sarif_message_and_fixes_carry_suggestions() -> None:
    results = sarif()["runs"][0]["results"]
    kyogi, gemba, footnote, _ = results
    assert kyogi["message"]["text"] == "missing macron in 'kyogi' [kyōgi]"
    replacement = kyogi["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "kyōgi"
    assert replacement["deletedRegion"]["startColumn"] == 54
    assert [f["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"]
            for f in gemba["fixes"]] == ["Genba", "Gemba"]  # fmt: skip
    assert "fixes" not in footnote


def test_sarif_without_rules_describes_found_codes() -> None:
    driver = sarif((KYOGI,))["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == ["JP101"]


def test_sarif_empty_run() -> None:
    run = sarif(())["runs"][0]
    assert run["results"] == []
    assert run["tool"]["driver"]["rules"] == []


def test_unknown_format() -> None:
    with pytest.raises(JptermsError, match="unknown output format 'xml'"):
        render(FINDINGS, "xml", tool_version="0.1.0")
