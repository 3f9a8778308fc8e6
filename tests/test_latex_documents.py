"""LaTeX documents (.tex) read as LaTeX: real files from public repositories
(tests/data/latex/, provenance in its README), a real Markdown bibliography written as
LaTeX, offsets back to the source, the footnote rule kept silent, hostile input, and
linear work (Python calls counted, never the clock)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.conftest import count_calls
from tests.inprocess import run_jpterms

import jpterms
from jpterms.cli import INPUT_FORMATS
from jpterms.document import EMPHASIS
from jpterms.latex_escapes import ACCENT_COMMANDS
from jpterms.readers import FORMATS, detect_format, load_document
from jpterms.readers.latex_document import latex_segment, latex_text
from jpterms.readers.markdown import markdown_segment

DATA = Path(__file__).parent / "data"
LATEX = DATA / "latex"
REAL = sorted(LATEX.glob("*.tex"))
PROPERTY = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _read(name: str) -> str:
    return (LATEX / name).read_text(encoding="utf-8")


def _index_of(seg: Any, offset: int) -> int:
    """The first character of the segment's text that stands at source ``offset``."""
    return next(i for i, o in enumerate(seg.offsets) if o == offset)


def _in_comment(source: str, offset: int) -> bool:
    line_start = source.rfind("\n", 0, offset) + 1
    return re.search(r"(?<!\\)%", source[line_start:offset]) is not None


def _spans(source: str, pattern: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, source)]


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


# ---------------------------------------------------------------------------
# The format
# ---------------------------------------------------------------------------


def test_tex_files_are_latex_and_every_door_accepts_it() -> None:
    assert detect_format("paper.tex") == "latex" and detect_format("b.LTX") == "latex"
    assert "latex" in FORMATS and "latex" in INPUT_FORMATS
    # --input-format chooses the reader whatever the name: ``ohayou'' is a quotation in LaTeX
    path = LATEX / "nihongo_conversations_excerpt.tex"
    as_text = run_jpterms("check", "--input-format", "text", str(path))
    as_latex = run_jpterms("check", "--input-format", "latex", str(path))
    assert as_text.returncode == 0 and as_latex.returncode == 1
    assert "JP202" in as_latex.stdout and "ohayou" in as_latex.stdout


def test_the_briefs_example_reads_the_title_and_leaves_math_and_comments() -> None:
    tex = ("\\documentclass{article}\n\\begin{document}\n% kyogi\n"
           "The \\textit{Nichiei saiba kyogi no kaisai ni tsuite} and Ky\\=ot\\=o.\n"
           "\\begin{equation} x = \\mathrm{kyoiku} \\end{equation}\n\\end{document}\n")
    seg = load_document(tex, "t.tex").segments[0]
    assert [seg.text[s:e] for s, e, _ in seg.spans] == ["Nichiei saiba kyogi no kaisai ni tsuite"]
    assert "Kyōtō" in seg.text and "kyoiku" not in seg.text and "% kyogi" not in seg.text
    assert "kyoiku" in {f.text for f in jpterms.check(tex, path="t.txt")}  # as text it was
    # what the title rules find in it is what they find in Markdown's emphasis
    for title, md in ((tex, "The *Nichiei saiba kyogi no kaisai ni tsuite* and Kyōtō.\n"),
                      ("See \\textit{Nichiei saiba kyogi no kaisai ni tsuite}.\n",
                       "See *Nichiei saiba kyogi no kaisai ni tsuite*.\n")):
        found = jpterms.check(title, path="t.tex")
        assert [(f.code, f.text) for f in found] == \
            [(f.code, f.text) for f in jpterms.check(md, path="t.md")]
    assert {f.text for f in found} == {"saiba", "kyogi"}  # (a writer of macrons: trusted)


# ---------------------------------------------------------------------------
# Real files (tests/data/latex/README.md)
# ---------------------------------------------------------------------------


def test_real_template_blanks_preamble_verbatim_and_keys_and_keeps_the_prose() -> None:
    """fsjapuzk/seminar-template: romaji in the preamble (nengô, shôjo manga, Sôseki),
    in a verbatim block (kakimashô) and in citation keys (suzuki:ronbun)."""
    source = _read("japuzk_sample.tex")
    seg = latex_segment(source)
    for hidden in ("nengô", "shôjo", "Sôseki", "kakimashô", "suzuki:ronbun", "muster:quellen",
                   "documentclass", "usepackage", "footcite", "Ken'ichi"):
        assert hidden in source and hidden not in seg.text, hidden
    for kept in ("Vorbemerkung", "“Times New Roman”", "In Fußnoten wird die gleiche",
                 "Monographie mit 1 Autor"):  # a section, \enquote, \footnote, \item[..]
        assert kept in seg.text, kept
    assert [seg.text[s:e] for s, e, _ in seg.spans] == ["Hinweis", "nicht"]
    assert jpterms.check(source, path="sample.tex") == []


def test_real_kana_table_is_silent() -> None:
    """jackykwe/nihongo's kana table: kana, their Hepburn (hyu, pyu, myu) and a column of
    keyboard commands, \\texttt{hyu}. One kana alone is no word to lengthen (before: JP101
    'hyu' needs a macron, 6 times as text, 3 as LaTeX, outside \\texttt)."""
    source = _read("nihongo_kana_table_excerpt.tex")
    assert "& hyu & \\texttt{hyu}" in source
    assert jpterms.check(source, path="x.txt") == []
    assert jpterms.check(source, path="x.tex") == []


def test_texttt_is_code_not_prose() -> None:
    """What \\texttt sets (a command, a file name, keyboard input) is not checked, as
    Markdown's code is not; the same words outside it are."""
    line = "MOFA, \\textit{Nichiei saiba kyogi no kaisai ni tsuite} (2012).\n"
    coded = line.replace("\\textit", "\\texttt")
    assert [f.text for f in jpterms.check(line, path="x.tex")] == ["saiba", "kyogi"]
    assert jpterms.check(coded, path="x.tex") == []


def test_real_conversation_reads_latex_quotes_as_a_quotation() -> None:
    """jackykwe/nihongo: everybody says ``ohayou'': read as “ohayou”, a romanised word
    in quotation marks, it is held to modified Hepburn (ohayō), as Markdown's would be."""
    source = _read("nihongo_conversations_excerpt.tex")
    assert jpterms.check(source, path="x.txt") == []
    found = jpterms.check(source, path="x.tex")
    assert [(f.code, f.text, f.suggestions) for f in found] == [("JP202", "ohayou", ("ohayō",))]
    f = found[0]
    line = source.splitlines()[f.line - 1]
    assert line[f.column - 3:f.column - 1] == "``" and line[f.column - 1:].startswith("ohayou''")


def test_real_macrons_decode_to_their_escapes() -> None:
    """jackykwe/nihongo's Hepburn notes write t\\=oky\\=o, ky\\=oto and \\=osaka."""
    source = _read("nihongo_writing_system_excerpt.tex")
    seg = latex_segment(source)
    at = seg.text.index("tōkyō, kyōto and ōsaka")
    for i in range(at, at + len("tōkyō, kyōto and ōsaka")):
        char, offset = seg.text[i], seg.offsets[i]
        if char in "ōō":
            assert source.startswith("\\=o", offset), (i, source[offset:offset + 4])
        else:
            assert source[offset] == char
    assert "shin'yō" in seg.text and "benkyō" in seg.text
    assert jpterms.check(source, path="x.tex") == []


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_findings_point_at_prose_never_markup(path: Path) -> None:
    """No finding on a real file points into a comment, math, a key or a command name:
    each starts at a letter the reader kept, and its line and column are that word's."""
    source = path.read_text(encoding="utf-8")
    doc = load_document(source, path.name)
    seg = doc.segments[0]
    math = _spans(source, r"\$[^$]*\$")
    for f in jpterms.check(source, path=path.name):
        i = _index_of(seg, f.start)
        assert seg.text[i].isalpha() and source[f.start] == seg.text[i], f
        assert not _in_comment(source, f.start) and not _inside(f.start, math), f
        assert "\\" not in source[f.start:f.end] and doc.position(f.start) == (f.line, f.column)
        assert seg.text[i:i + len(f.text)] == f.text


# ---------------------------------------------------------------------------
# A real bibliography as LaTeX: its italic titles are checked as titles
# ---------------------------------------------------------------------------


def _as_latex(markdown: str) -> str:
    """tests/data/bibliography_macrons.md written as LaTeX: *title* as \\textit{title},
    “..” as ``..'', macrons as \\=o escapes."""
    text = re.sub(r"<!--.*?-->", "", markdown, flags=re.DOTALL)
    text = text.replace("\\(", "(").replace("\\)", ")").replace("&", "\\&")
    text = re.sub(r"\*([^*\n]+?)\*", lambda m: "\\textit{" + m.group(1) + "}", text)
    text = text.replace("“", "``").replace("”", "''")
    out = []
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        mark = "".join(marks)
        out.append(f"\\{ACCENT_COMMANDS[mark]}{base}" if mark in ACCENT_COMMANDS else char)
    return "".join(out)


def test_real_bibliography_as_latex_finds_what_markdown_finds() -> None:
    markdown = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    tex = _as_latex(markdown)
    md_found = jpterms.check(markdown, path="b.md")
    tex_found = jpterms.check(tex, path="b.tex")
    assert md_found, "the Markdown bibliography has findings to compare"

    def words(found: list[jpterms.Finding], decode: bool) -> Counter[tuple[str, str]]:
        return Counter((f.code, unicodedata.normalize("NFC", latex_text(f.text)).strip()
                        if decode else f.text) for f in found)

    assert words(tex_found, True) == words(md_found, False)
    md_titles = [s for s in markdown_segment(markdown).spans if s[2] == EMPHASIS]
    tex_titles = [s for s in latex_segment(tex).spans if s[2] == EMPHASIS]
    assert len(tex_titles) >= 0.9 * len(md_titles) > 0
    doc = load_document(tex, "b.tex")
    for f in tex_found:  # line:col points at the word in the LaTeX source
        assert doc.position(f.start) == (f.line, f.column)
        assert tex.startswith(f.text, f.start)


# ---------------------------------------------------------------------------
# Footnotes: numbered by LaTeX, never the writer's to get wrong
# ---------------------------------------------------------------------------


def test_footnote_rule_is_silent_on_latex() -> None:
    """The footnote rule's own examples report markers that do not match their notes in
    plain text; in a LaTeX document, whose notes LaTeX numbers, it reports nothing."""
    from jpterms.rules import footnotes

    for rule in footnotes.RULES:
        for text in rule.bad:
            assert any(f.kind == "footnote" for f in jpterms.check(text, path="n.txt")), text
            assert not any(f.kind == "footnote" for f in jpterms.check(text, path="n.tex")), text
    tex = "Text.\\footnote{A note.} More.\\footnote{Another.} [1] and [1].\n\n1. x\n2. y\n"
    assert not any(f.kind == "footnote" for f in jpterms.check(tex, path="n.tex"))


# ---------------------------------------------------------------------------
# Fixes keep the file's escapes
# ---------------------------------------------------------------------------


def test_fix_writes_the_files_own_accent_escapes(tmp_path: Path) -> None:
    tex = ("\\begin{document}\nSee \\textit{T\\=oky\\=o no Nihonjin} and "
           "\\textit{Nihon he no teigen}, T\\=oky\\=o.\n\\end{document}\n")
    path = tmp_path / "a.tex"
    path.write_text(tex, encoding="utf-8")
    run_jpterms("check", "--fix", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "Nihon e no teigen" in fixed and "T\\=oky\\=o no Nihonjin" in fixed
    assert fixed.replace("Nihon e no teigen", "Nihon he no teigen") == tex


# ---------------------------------------------------------------------------
# Hostile input: never a crash, a hang or an offset outside the source
# ---------------------------------------------------------------------------

_PIECES = ["\\", "{", "}", "$", "$$", "%", "~", "``", "''", "[", "]", "\n", "\n\n", " ",
           "\\begin{equation}", "\\end{equation}", "\\begin{verbatim}", "\\begin{", "\\end{",
           "\\verb|", "\\verb", "\\=", "\\={", "{\\=o}", "\\=\\i", "\\cite{", "\\cite[",
           "\\textit{", "{\\em ", "\\item[", "\\\\", "\\(", "\\)", "\\[", "\\]", "\\footnote{",
           "\\ruby{", "\\def\\x", "\\newcommand{", "\\ss", "\\href{", "kyogi", "Ky\\=oto",
           "T\\=oky\\=o", "\\documentclass{x}", "\\begin{document}", "\\end{document}",
           "% jpterms off", "% jpterms on", "\x00", "\ufeff", "\r", "\udcff".encode(
               "utf-8", "surrogatepass").decode("utf-8", "replace"), "ō", "東京"]
latex_junk = st.one_of(st.text(), st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))


def _assert_well_formed(source: str) -> None:
    seg = latex_segment(source)
    offsets = seg.offsets
    assert offsets is not None and len(offsets) == len(seg.text) + 1
    assert all(0 <= o <= len(source) for o in offsets)
    assert all(a <= b for a, b in pairwise(offsets))
    assert all(0 <= s < e <= len(seg.text) and r == EMPHASIS for s, e, r in seg.spans)
    assert seg.text.count("\n") <= source.count("\n") + source.count("\r")


@PROPERTY
@given(source=latex_junk)
@example(source="\\")
@example(source="$ kyogi")
@example(source="\\begin{equation} kyogi")
@example(source="{{{{\\textit{kyogi")
@example(source="}}}} \\={")
@example(source="\\item[\\item[\\item[x]]] \\verb")
def test_any_source_reads_within_itself(source: str) -> None:
    _assert_well_formed(source)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=latex_junk)
def test_any_source_checks_without_raising(source: str) -> None:
    found = jpterms.check(source, path="x.tex")
    doc = load_document(source, "x.tex")
    for f in found:
        assert 0 <= f.start <= f.end <= len(source)
        assert doc.position(f.start) == (f.line, f.column) and source[f.start:f.end] == f.text


# ---------------------------------------------------------------------------
# Linear work: doubling the input less than 2.5x the Python calls
# ---------------------------------------------------------------------------




def _body() -> str:
    """The real files' bodies, one after another."""
    text = "".join(path.read_text(encoding="utf-8") for path in REAL)
    return re.sub(r"\\(?:begin|end)\{document\}|\\documentclass(?:\[[^\]]*\])?\{[^}]*\}", "", text)


def test_check_of_latex_is_linear() -> None:
    unit = _body()
    copies = 50_000 // len(unit) + 1
    small, big = unit * copies, unit * 2 * copies
    jpterms.check(unit, path="x.tex")
    n_small = count_calls(lambda: jpterms.check(small, path="x.tex"))
    n_big = count_calls(lambda: jpterms.check(big, path="x.tex"))
    print(f"check latex: {len(small)} chars {n_small} calls, doubled {n_big} calls, "
          f"ratio {n_big / n_small:.2f}")
    assert n_big / n_small < 2.5


#: Shapes that would make a naive reader search to the end of the source again and again.
HOSTILE = {
    "unclosed-equation": "\\begin{equation} x ",
    "unclosed-verbatim-name": "\\begin{verbatim*x} ",
    "unclosed-dollar": "$ kyogi ",
    "unclosed-cite": "\\cite{kyogi ",
    "unclosed-group": "{\\textit{kyogi ",
    "unclosed-accent": "\\={o ",
    "unclosed-option": "\\item[kyogi ",
    "unclosed-verb": "\\verb|kyogi ",
    "closing-braces": "} kyogi ",
    "nested-options": "\\item[\\section[",
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_reading_hostile_latex_is_linear(case: str) -> None:
    unit = HOSTILE[case]
    small, big = unit * 5_000, unit * 10_000
    latex_segment(unit * 10)
    n_small = count_calls(lambda: latex_segment(small))
    n_big = count_calls(lambda: latex_segment(big))
    print(f"read {case}: {len(small)} chars {n_small} calls, doubled {n_big} calls, "
          f"ratio {n_big / n_small:.2f}")
    assert n_big / n_small < 2.5
    _assert_well_formed(small)


def test_comments_switch_checking_off_and_ignore_a_line() -> None:
    """``% jpterms off`` .. ``% jpterms on`` leaves a stretch out, as Markdown's HTML
    comments do; ``% jpterms: ignore`` on a line silences it, as in any format."""
    title = "See \\textit{Nichiei saiba kyogi no kaisai ni tsuite}.\n"
    assert jpterms.check(title, path="a.tex")
    assert jpterms.check("% jpterms off\n" + title + "% jpterms on\n", path="a.tex") == []
    assert jpterms.check(title.rstrip("\n") + " % jpterms: ignore\n", path="a.tex") == []
    assert jpterms.check("% jpterms off\n" + title + "% jpterms on\n" + title, path="a.tex")
