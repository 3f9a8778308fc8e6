"""The footnote rule: markers in the text against the notes list."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpterms.document import Document
from jpterms.findings import Finding
from jpterms.rules import footnotes
from jpterms.rules.base import Context, Rule
from jpterms.rules.footnotes import RULES, findings, format_numeral, numeral_value
from jpterms.sources import load_document

DATA = Path(__file__).parent / "data"
SEED = DATA / "000_4783c9767dffaf4f.txt"


def check(text: str, path: str = "a.txt") -> list[Finding]:
    return list(findings(Context(load_document(text, path))))


def summary(text: str, path: str = "a.txt") -> list[tuple[str, int, str, tuple[str, ...]]]:
    """(code, line, flagged text, suggestions) of each finding."""
    return [(f.code, f.line, f.text, f.suggestions) for f in check(text, path)]


def test_doctests() -> None:
    result = doctest.testmod(footnotes)
    assert result.attempted > 0
    assert result.failed == 0


# --------------------------------------------------------------------------
# The founding article
# --------------------------------------------------------------------------


def test_seed_repeated_marker_on_line_17() -> None:
    text = SEED.read_text(encoding="utf-8")
    got = list(findings(Context(Document.from_text(text, path=str(SEED)))))
    assert len(got) == 1
    (f,) = got
    assert (f.code, f.kind, f.line) == ("JP801", "footnote", 17)
    assert f.text == "(footnote:ⅵ)"
    assert f.suggestions == ("(footnote:ⅶ)",)
    # the span is exactly the second (footnote:ⅵ), not the first on line 15
    start = Document.from_text(text).offset(f.line, f.column)
    assert text[start : start + len(f.text)] == f.text
    assert text[:start].count("(footnote:ⅵ)") == 1
    assert (f.end_line, f.end_column - f.column) == (17, len("(footnote:ⅵ)"))


def test_seed_expectations_file() -> None:
    expected = json.loads((DATA / "seed_expected.json").read_text(encoding="utf-8"))
    got = check(SEED.read_text(encoding="utf-8"), "seed.txt")
    lines = {f.line for f in got}
    for case in expected["must_find"]:
        if case["kind"] == "footnote":
            assert {case["line"], case.get("alt_line")} & lines, case["id"]
    assert not lines & set(expected["must_not_flag_lines"])


# --------------------------------------------------------------------------
# Every rule's own examples
# --------------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata(rule: Rule) -> None:
    assert rule.kind == "footnote"
    assert rule.code.startswith("JP8")
    assert rule.name and rule.summary
    assert rule.bad and rule.good


BAD = [(rule, text) for rule in RULES for text in rule.bad]
GOOD = [(rule, text) for rule in RULES for text in rule.good]


@pytest.mark.parametrize(
    ("rule", "text"), BAD, ids=[f"{r.code}-{i}" for i, (r, _) in enumerate(BAD)]
)
def test_bad_examples_trigger_their_rule(rule: Rule, text: str) -> None:
    assert rule.code in {f.code for f in check(text)}


@pytest.mark.parametrize(
    ("rule", "text"), GOOD, ids=[f"{r.code}-{i}" for i, (r, _) in enumerate(GOOD)]
)
def test_good_examples_are_clean(rule: Rule, text: str) -> None:
    assert check(text) == []


def test_codes_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

NOTES_1_TO_3 = "\n\n1. X\n2. Y\n3. Z\n"

CASES = [
    # no footnotes at all
    ("Gemba met Hammond in Tokyo.\n", []),
    # consistent footnotes
    ("A.(footnote:1) B.(footnote:2) C.(footnote:3)" + NOTES_1_TO_3, []),
    # a numbered list in the middle of a document without markers
    ("Steps:\n\n1. Open\n2. Close\n\nDone.\n", []),
    # years and units are not markers
    ("In [2012] the area grew to 5 km² and x² was 10³.\n", []),
    # repeated marker where note 2 belongs: the repeat is flagged, with the fix
    (
        "A.(footnote:1) B.(footnote:1) C.(footnote:3)" + NOTES_1_TO_3,
        [("JP801", 1, "(footnote:1)", ("(footnote:2)",))],
    ),
    # the first of two equal markers is the wrong one
    (
        "A.(footnote:1) B.(footnote:3) C.(footnote:3)" + NOTES_1_TO_3,
        [("JP801", 1, "(footnote:3)", ("(footnote:2)",))],
    ),
    # re-citing a note is fine when every note is cited
    ("A.(footnote:1) B.(footnote:2) C.(footnote:1) D.(footnote:3)" + NOTES_1_TO_3, []),
    # ASCII roman numerals and a roman notes list
    (
        "A (footnote:i) B (footnote:ii) C (footnote:ii)\n\ni. X\nii. Y\niii. Z\n",
        [("JP801", 1, "(footnote:ii)", ("(footnote:iii)",))],
    ),
    # capital Unicode roman numerals
    (
        "A (footnote:Ⅰ) B (footnote:Ⅰ) C (footnote:Ⅲ)" + NOTES_1_TO_3,
        [("JP801", 1, "(footnote:Ⅰ)", ("(footnote:Ⅱ)",))],
    ),
    # a marker with no note where a note is missing: suggests the missing one
    (
        "A.(footnote:1) B.(footnote:9) C.(footnote:3)" + NOTES_1_TO_3,
        [("JP803", 1, "(footnote:9)", ("(footnote:2)",))],
    ),
    # a marker with no note at all
    ("A.(footnote:1) B.(footnote:2)\n\n1. X\n", [("JP803", 1, "(footnote:2)", ())]),
    # a note never cited: flagged on the note's number
    ("A.(footnote:1) B.(footnote:2)" + NOTES_1_TO_3, [("JP803", 5, "3.", ())]),
    # out of order
    (
        "A.(footnote:1) B.(footnote:3) C.(footnote:2)" + NOTES_1_TO_3,
        [("JP802", 1, "(footnote:3)", ("(footnote:2)",))],
    ),
    # out of order at the very start
    (
        "A.(footnote:3) B.(footnote:1) C.(footnote:2)" + NOTES_1_TO_3,
        [("JP802", 1, "(footnote:3)", ("(footnote:1)",))],
    ),
    # superscript markers with a superscript notes list
    ("A.¹ B.² C.³\n\n¹ X\n² Y\n³ Z\n", []),
    # superscript repeat, no notes list: the gap is inferred
    ("A.¹ B.² C.² D.⁴\n", [("JP801", 1, "²", ("³",))]),
    # bracket citations may repeat and follow an alphabetical list
    ("A [2] B [1] C [2] D [3].\n\n[1] X\n[2] Y\n[3] Z\n", []),
    # a bracket citation with no reference
    ("A [1] B [4].\n\n[1] X\n[2] Y\n", [("JP803", 1, "[4]", ("[2]",))]),
    # a numbered list before the notes, both starting at 1: the last list is the notes
    (
        "Steps:\n1. Sign.(footnote:1)\n2. Meet.(footnote:2)\n\nNotes\n1. X\n2. Y\n3. Z\n",
        [("JP803", 8, "3.", ())],
    ),
    # markers inside a note are part of the note
    ("A.(footnote:1) B.(footnote:2)\n\nNotes\n1. See [2] and (footnote:2).\n2. Y\n", []),
    # Markdown footnotes: consistent, with a named label
    ("A[^1] B[^note].\n\n[^1]: one\n[^note]: two\n", []),
    # Markdown: a reference without a definition, and a definition never used
    ("A[^1] B[^2].\n\n[^1]: one\n[^3]: three\n", [("JP803", 1, "[^2]", ("[^3]",))]),
    ("A[^memo].\n\n[^memo]: one\n[^other]: two\n", [("JP803", 4, "[^other]", ())]),
    # Markdown: a repeated reference where another note belongs
    ("A[^1] B[^1].\n\n[^1]: one\n[^2]: two\n", [("JP801", 1, "[^1]", ("[^2]",))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cases(text: str, expected: list[tuple[str, int, str, tuple[str, ...]]]) -> None:
    assert summary(text) == expected


def test_markdown_code_blocks_are_ignored() -> None:
    text = "Text.[^1]\n\n```\nA.(footnote:1) B.(footnote:1) C.(footnote:3)\n```\n\n[^1]: x\n"
    assert summary(text, "a.md") == []
    # the same text read as plain text sees the markers in the code
    assert summary(text, "a.txt") != []


def test_markdown_findings_point_at_the_source() -> None:
    text = "# Notes\n\nSee `code`. A[^1] B[^1].\n\n[^1]: one\n[^2]: two\n"
    (f,) = check(text, "a.md")
    assert (f.code, f.line, f.column, f.text) == ("JP801", 3, 20, "[^1]")


def test_structured_inputs_are_skipped() -> None:
    bib = "@misc{k, note = {A.(footnote:1) B.(footnote:1) C.(footnote:3)}}\n"
    assert check(bib, "a.bib") == []


def test_empty_document() -> None:
    assert check("") == []


NUMERALS = [
    ("7", 7),  # ASCII digits
    ("ⅶ", 7),  # small roman, U+2176
    ("Ⅻ", 12),  # capital roman, U+216B
    ("iv", 4),  # ASCII roman
    ("XIV", 14),  # ASCII roman, upper case
    ("¹⁰", 10),  # superscript digits
    ("iiii", None),  # not a roman numeral
    ("abc", None),  # not a numeral
]


@pytest.mark.parametrize(("numeral", "value"), NUMERALS)
def test_numeral_value(numeral: str, value: int | None) -> None:
    assert numeral_value(numeral) == value


FORMATTED = [
    (7, "6", "7"),
    (7, "ⅵ", "ⅶ"),
    (13, "ⅻ", "xiii"),  # beyond the Unicode roman numerals: ASCII
    (7, "VI", "VII"),
    (10, "⁹", "¹⁰"),
]


@pytest.mark.parametrize(("value", "like", "expected"), FORMATTED)
def test_format_numeral(value: int, like: str, expected: str) -> None:
    assert format_numeral(value, like) == expected


PIECES = [
    "(footnote:",
    ")",
    "ⅰ",
    "ⅱ",
    "ⅵ",
    "1",
    "2",
    "3",
    ". ",
    "[",
    "]",
    "^",
    ":",
    "\n",
    " ",
    "¹",
    "x",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_fuzz_findings_point_at_their_text(text: str) -> None:
    doc = Document.from_text(text)
    for f in findings(Context(doc)):
        start = doc.offset(f.line, f.column)
        end = doc.offset(f.end_line, f.end_column)
        assert text[start:end] == f.text and f.text
        assert f.kind == "footnote"
