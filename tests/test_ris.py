"""RIS bibliographies (``.ris``, what Zotero, EndNote, Mendeley and library catalogues
export): the reader's segments, findings on real exports (tests/data/ris, provenance in
its README), pairing a romanised title with its original in ``TT``, robustness and
linear work, and ``--fix`` keeping every other byte."""

from __future__ import annotations

import json
import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.conftest import count_calls
from tests.inprocess import run_jpterms

import jpterms
from jpterms import JptermsError
from jpterms.citations import find_titles
from jpterms.cli import INPUT_FORMATS
from jpterms.discover import is_checked_by_default
from jpterms.document import Document
from jpterms.errors import JptermsWarning
from jpterms.kana import strip_macrons
from jpterms.readers import FORMATS, detect_format, load_document
from jpterms.readers.ris import SKIPPED_TAGS, TAG_ROLES, ris_segments

DATA = Path(__file__).parent / "data" / "ris"
CNE = DATA / "cne_comprehensive_sample.ris"
CNE_JSON = DATA / "cne_comprehensive_sample.json"
THESES = DATA / "public_history_theses_excerpt.ris"
_TAG_LINE = re.compile(r"([A-Z][A-Z0-9]) {1,2}-")


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _stripped(text: str) -> str:
    """The text with its macrons removed, a letter for a letter (offsets kept)."""
    return "".join(strip_macrons(c) if c in "āīūēōĀĪŪĒŌ" else c for c in text)


def _tag_of_line(text: str, line: int) -> str:
    """The tag whose field holds ``line`` (1-based): its own, or the field a wrapped
    line continues."""
    lines = text.splitlines()
    for i in range(line - 1, -1, -1):
        m = _TAG_LINE.match(lines[i])
        if m:
            return m.group(1)
    return ""


def _words(found: list[jpterms.Finding]) -> Counter[tuple[str, str, tuple[str, ...]]]:
    return Counter((f.code, f.text, f.suggestions) for f in found)


# ---------------------------------------------------------------------------
# The reader: fields, roles, records
# ---------------------------------------------------------------------------


def test_ris_is_a_format_chosen_by_its_extension() -> None:
    assert "ris" in FORMATS and "ris" in INPUT_FORMATS
    assert [detect_format(p) for p in ("refs.ris", "REFS.RIS", "refs.txt")] == \
        ["ris", "ris", "text"]
    assert is_checked_by_default("zotero/Exported Items.ris")


def test_a_real_export_is_read_field_by_field_with_roles() -> None:
    text = _text(CNE)
    doc = load_document(text, str(CNE))
    abe = [(s.field, s.role, s.text) for s in doc.segments if s.entry == "#2"]
    assert abe[:6] == [
        ("AU", "name", "Abe, Yoshio"),
        ("AU", "name", "Kaneko, Hideo"),
        ("TI", "title", 'Saigo no "Nihonjin" : Asakawa Kan\'Ichi no shōgai'),
        ("PB", "publisher", "Iwanami Shoten"),
        ("CY", "place", "Tōkyō"),
        ("N1", "prose", abe[5][2]),
    ]
    # the note runs over its wrapped lines, which carry no tag, up to the record's end
    assert abe[5][2].startswith("cne-author-original: 阿部善雄; 金子英生\ncne-title-original:")
    assert abe[5][2].endswith("cne-title-english: The last 'Japanese': Life of Kan'ichi Asakawa")
    assert len(abe) == 6  # PY is skipped
    # 19 records, each its own entry; no identifier, link, date or number is read
    assert len({s.entry for s in doc.segments}) == 19
    assert not any(s.field in SKIPPED_TAGS for s in doc.segments)
    assert not any(s.text.startswith(("http", "19", "20")) for s in doc.segments)
    roles = {s.field: s.role for s in doc.segments}
    assert {k: roles[k] for k in ("JO", "T2", "A2")} == \
        {"JO": "container", "T2": "container", "A2": "name"}


def test_another_tag_in_japanese_script_is_an_original_and_identifiers_are_skipped() -> None:
    source = ("TY  - BOOK\nTI  - Nihon shoki no kenkyu\nM1  - 日本書紀の研究\nC3  - vol. 1\n"
              "DO  - 10.1/日本\nUR  - https://ja.wikipedia.org/wiki/日本書紀\nER  - \n")
    assert [(s.field, s.role) for s in ris_segments(source)] == \
        [("TI", "title"), ("M1", "original")]


def test_every_segment_stands_in_the_source_as_it_is() -> None:
    for path in (CNE, THESES):
        text = _text(path)
        for s in ris_segments(text):
            assert s.offsets is None
            assert text[s.start : s.start + len(s.text)] == s.text


def test_an_english_export_with_wrapped_abstracts_is_read_and_clean() -> None:
    text = _text(THESES)
    assert text.count("\r\n") == 45 and "\n\n" not in text.replace("\r\n", "")
    segments = list(ris_segments(text))
    # an abstract is not read, nor its paragraphs that end in a bare LF inside a CRLF
    # file: they are wrapped lines of the abstract, not of another field
    assert text.count("AB  - ") == 3 and "\nUsing the concept of participatory" in text
    assert not any("participatory culture the thesis" in s.text for s in segments)
    assert [s.text for s in segments if s.field == "ST"] == \
        ["The participatory culture of architecture"]
    assert Counter(s.field for s in segments) == \
        Counter({"KW": 6, "TI": 3, "AU": 3, "PB": 2, "CY": 1, "ST": 1})
    assert jpterms.check(text, path=str(THESES)) == []


# ---------------------------------------------------------------------------
# Findings on the real export, against the same records as CSL-JSON
# ---------------------------------------------------------------------------


def _records(text: str) -> list[tuple[int, int, str]]:
    """Each record's first and last line (1-based, TY to ER) and its text."""
    lines = text.splitlines()
    found, first = [], 0
    for n, line in enumerate(lines, 1):
        if line.startswith("TY  - "):
            first = n
        elif line.startswith("ER  -") and first:
            found.append((first, n, "\n".join(lines[first - 1 : n])))
            first = 0
    return found


def test_correctly_spelled_japanese_records_give_no_finding() -> None:
    text = _text(CNE)
    flagged = {f.line for f in jpterms.check(text, path=str(CNE))}
    japanese = [(a, b) for a, b, record in _records(text)
                if re.search("Iwanami|Kondō|Ozu|Yoshimi", record)]
    assert len(japanese) == 5  # Abe, Kondō, Ozu twice, Yoshimi
    for first, last in japanese:
        assert not {n for n in flagged if first <= n <= last}, (first, last)


def test_the_same_words_are_found_as_in_the_csl_json_twin() -> None:
    """RIS's fields give what CSL-JSON's give on the same words; a note (N1) adds what
    its own text says (it repeats the title), as a note of any format would."""
    for prepare in (lambda t: t, _stripped):
        ris = prepare(_text(CNE))
        csl = prepare(_text(CNE_JSON))
        found = jpterms.check(ris, path="refs.ris")
        fielded = [f for f in found if _tag_of_line(ris, f.line) != "N1"]
        twin = jpterms.check(csl, path="refs.json")
        if prepare is _stripped:
            # the notes also hold the titles, which makes one more JP101 a document's
            # choice (Hensanjo): compare the fields of a copy without the notes
            no_notes = re.sub(r"N1  - .*?(?=\nER  -)", "", ris, flags=re.S)
            fielded = jpterms.check(no_notes, path="refs.ris")
        assert _words(fielded) == _words(twin)


#: The BibTeX field of each RIS tag in the real export, for its conversion to BibTeX.
_BIBTEX = {"TI": "title", "AU": "author", "A2": "editor", "PB": "publisher", "CY": "address",
           "JO": "journal", "T2": "booktitle"}


def _as_bibtex(ris: str) -> str:
    """The records of ``ris`` as BibTeX entries, each field as the reader reads it."""
    fields: dict[str, dict[str, list[str]]] = {}
    for s in ris_segments(ris):
        fields.setdefault(s.entry, {}).setdefault(_BIBTEX[s.field], []).append(s.text)
    return "".join(
        f"@misc{{{key.strip('#')},\n" + "".join(
            f"  {name} = {{{(' and ' if name in ('author', 'editor') else ' ').join(v)}}},\n"
            for name, v in entry.items()) + "}\n" for key, entry in fields.items())


def test_the_same_words_are_found_as_in_the_records_converted_to_bibtex() -> None:
    for prepare in (lambda t: t, _stripped):
        ris = re.sub(r"N1  - .*?(?=\nER  -)", "", prepare(_text(CNE)), flags=re.S)
        bib = _as_bibtex(ris)
        assert bib.count("@misc{") == 19
        assert _words(jpterms.check(ris, path="refs.ris")) == \
            _words(jpterms.check(bib, path="refs.bib"))


def test_missing_macrons_in_a_real_export_are_found_where_they_stand() -> None:
    text = _stripped(_text(CNE))
    found = jpterms.check(text, path=str(CNE))
    doc = Document.from_text(text)
    by_word = {(f.text, f.suggestions[:1], f.confidence) for f in found}
    assert {("shogai", ("shōgai",), "certain"), ("Kenkyu", ("Kenkyū",), "likely"),
            ("Yasujiro", ("Yasujirō",), "likely"), ("Tokyo", ("Tōkyō",), "likely")} <= by_word
    for f in found:
        start = doc.offset(f.line, f.column)
        assert text[start : start + len(f.text)] == f.text
        # never in a skipped field: an identifier, a link, a date, a number
        assert _tag_of_line(text, f.line) in TAG_ROLES, f
    # the title of Abe's book, at its word (line 18: TI  - Saigo ... no shogai)
    shogai = [f for f in found if f.text == "shogai"]
    assert (shogai[0].line, shogai[0].column) == (18, 49)


def test_no_finding_points_into_a_doi_link_or_key() -> None:
    text = ("TY  - BOOK\nID  - kyogi.saiba\nTI  - Nichiei saiba kyogi\n"
            "DO  - 10.1000/nichiei-saiba-kyogi\nUR  - https://example.org/saiba/kyogi\n"
            "L1  - file:///C:/kyogi.pdf\nSN  - saiba-kyogi\nER  - \n")
    found = jpterms.check(text, path="a.ris")
    assert {f.text for f in found} >= {"saiba", "kyogi"}
    assert {f.line for f in found} == {3}


# ---------------------------------------------------------------------------
# A romanised title paired with its original in another field of the record
# ---------------------------------------------------------------------------

_ABE = ("TY  - BOOK\nID  - abe1983\nAU  - Abe, Yoshio\n"
        "TI  - Saigo no \"Nihonjin\": Asakawa Kan'Ichi no shogai\n{added}"
        "PB  - Iwanami Shoten\nCY  - Tōkyō\nPY  - 1983\nER  - \n")
_ORIGINAL = "最後の「日本人」: 朝河貫一の生涯"  # the record's own cne-title-original


@pytest.mark.parametrize("tag", ["TT", "OP"])
def test_a_title_in_japanese_script_in_tt_or_op_is_the_original(tag: str) -> None:
    doc = load_document(_ABE.format(added=f"{tag}  - {_ORIGINAL}\n"), "abe.ris")
    titles = [t for t in find_titles(doc) if t.text.startswith("Saigo")]
    assert [(t.segment.entry, t.original, t.context) for t in titles] == \
        [("abe1983", _ORIGINAL, "")]
    found = {f.text: f.suggestions[0] for f in jpterms.check(doc.source, path="abe.ris")}
    assert found.get("shogai") == "shōgai"


def test_a_bracketed_tt_is_the_translation_and_records_keep_apart() -> None:
    two = (_ABE.format(added="TT  - [The last Japanese]\n")
           + _ABE.format(added="").replace("ID  - abe1983\n", ""))
    doc = load_document(two, "abe.ris")
    titles = [(t.segment.entry, t.context) for t in find_titles(doc) if t.text.startswith("Saigo")]
    assert titles == [("abe1983", "The last Japanese"), ("#2", "")]


# ---------------------------------------------------------------------------
# What RIS files look like in the wild: never a crash
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "expected"), [
    # CRLF, a BOM, ER without its space
    ("\ufeffTY  - BOOK\r\nTI  - Kinsei\r\nER  -\r\n", [("TI", "Kinsei", 19)]),
    # bare CR line ends; a record with no ER runs to the next TY and to the end
    ("TY  - BOOK\rTI  - A\rTY  - BOOK\rTI  - B", [("TI", "A", 17), ("TI", "B", 36)]),
    # junk between records, blank lines, an empty field and a tag with no value at all
    ("junk line\nTI  - x\nER  - \nmore junk\n\nTY  - JOUR\nT2  - \nTI  -\nJO  - J\n\nnot J\n"
     "ER  - ", [("TI", "x", 16), ("JO", "J", 66)]),
    # an ER with no record; a lower-case or one-letter tag is no tag; one space before "-"
    ("ER  - \nTY  - GEN\nti  - no\nA  - no\nAU - Sato, Taro\nER  - ",
     [("AU", "Sato, Taro", 39)]),
    ("", []), ("\ufeff", []), ("\n\r\n\r", []), ("TY  - ", []), ("ER  -", []),
])
def test_shapes_of_real_files(source: str, expected: list[tuple[str, str, int]]) -> None:
    got = [(s.field, s.text, s.start) for s in ris_segments(source)]
    assert got == expected
    for _, value, start in got:
        assert source[start : start + len(value)] == value


def test_a_file_with_no_record_warns() -> None:
    with pytest.warns(JptermsWarning) as caught:
        assert list(ris_segments("@book{k, title = {Nihon shoki}}\n", "refs.ris")) == []
    assert [str(w.message) for w in caught] == \
        ["refs.ris: no RIS record here (a record begins with a line 'TY  - ')"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for quiet in ("", "\ufeff\r\n", "ER  - \n", "TY  - BOOK"):
            assert list(ris_segments(quiet)) == []


PROPERTY = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_TAGS = st.sampled_from([*TAG_ROLES, *sorted(SKIPPED_TAGS), "ZZ", "M1"])
_VALUES = st.one_of(st.text(max_size=30),
                    st.sampled_from(["Nihon shoki no kenkyu", "Iwanami Shoten", "Tōkyō",
                                     "日本書紀の研究", "10.1/x", "https://a.b/kyogi", ""]))
_LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])
ris_lines = st.lists(st.one_of(
    st.builds(lambda t, v, e: f"{t}  - {v}{e}", _TAGS, _VALUES, _LINE_ENDS),
    st.builds(lambda v, e: f"{v}{e}", _VALUES, _LINE_ENDS),
    st.sampled_from(["TY  - BOOK\n", "ER  - \n", "ER  -", "\ufeff", "\n"])), max_size=30)
ris_text = st.one_of(st.text(), ris_lines.map("".join))


@PROPERTY
@given(text=ris_text)
@example(text="TY  - BOOK\r\nTI  - Nichiei saiba kyogi\r\nER  - \r\n")
def test_check_ris_never_raises_anything_but_jpterms_error(text: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", JptermsWarning)  # (a text with no record)
            findings = jpterms.check(text, path="x.ris")
    except JptermsError as exc:  # (none is raised today: RIS has no syntax to get wrong)
        assert str(exc) and "\n" not in str(exc).strip(), repr(str(exc))
        return
    doc = Document.from_text(text)
    for f in findings:
        if f.line == f.end_line:  # a finding quotes its text exactly as it stands
            start = doc.offset(f.line, f.column)
            assert text[start : doc.offset(f.end_line, f.end_column)] == f.text, f
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", JptermsWarning)
        for s in ris_segments(text):
            assert s.text and text[s.start : s.start + len(s.text)] == s.text


# ---------------------------------------------------------------------------
# --fix and annotate rewrite only the words, in the file's encoding and newlines
# ---------------------------------------------------------------------------


def test_fix_changes_only_the_fixed_words_keeping_bom_and_crlf(tmp_path: Path) -> None:
    text = _stripped(_text(CNE)).replace("\n", "\r\n")
    path = tmp_path / "refs.ris"
    before = b"\xef\xbb\xbf" + text.encode("utf-8")
    path.write_bytes(before)
    p = run_jpterms("check", "--fix", str(path))
    assert p.returncode == 1 and "2 fixed" in p.stdout, p.stdout[-500:]
    # the certain findings: the title and the note that repeats it
    assert path.read_bytes() == before.replace(b"no shogai", "no shōgai".encode())


def test_fix_keeps_utf16_and_refuses_latin1_untouched(tmp_path: Path) -> None:
    record = "TY  - BOOK\r\nTI  - Saigo no Nihonjin: Asakawa Kan'ichi no shogai\r\nER  - \r\n"
    wide = tmp_path / "wide.ris"
    wide.write_bytes(record.encode("utf-16"))  # with its BOM
    assert run_jpterms("check", "--fix", str(wide)).returncode == 0  # nothing remains
    assert wide.read_bytes() == record.replace("shogai", "shōgai").encode("utf-16")
    # an "ANSI" export, as the RIS specification has it: one line of error, no write
    latin = tmp_path / "latin1.ris"
    latin.write_bytes(record.replace("Saigo", "Café").encode("latin-1"))
    p = run_jpterms("check", "--fix", str(latin))
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert latin.read_bytes() == record.replace("Saigo", "Café").encode("latin-1")


def test_input_format_ris_reads_stdin_and_annotate_writes_kanji() -> None:
    source = _ABE.format(added="")
    p = run_jpterms("check", "--input-format", "ris", "-", stdin=source)
    assert p.returncode == 1 and "-:4:" in p.stdout and "'shogai'" in p.stdout, p.stdout
    annotated = jpterms.annotate(source, path="abe.ris", unsafe=True)
    assert "no shōgai" in annotated
    assert annotated.replace("no shōgai", "no shogai").splitlines()[0:3] == \
        source.splitlines()[0:3]


# ---------------------------------------------------------------------------
# Linear work (Python calls counted, never wall-clock)
# ---------------------------------------------------------------------------




def _ris_unit() -> str:
    from tests.conftest import dev_titles

    return "".join(
        f"TY  - ELEC\r\nID  - k{i}\r\nAU  - Ministry of Foreign Affairs\r\n"
        f"TI  - {strip_macrons(r['hepburn']).capitalize()}\r\nTT  - [{r['english']}]\r\n"
        f"PY  - 2012\r\nUR  - https://www.mofa.go.jp/{i}\r\nER  - \r\n\r\n"
        for i, r in enumerate(dev_titles()))


def test_check_of_ris_is_linear() -> None:
    unit = _ris_unit()
    k = 50_000 // len(unit) + 1
    small, big = unit * k, unit * 2 * k
    jpterms.check(unit, path="refs.ris")
    found: list[Any] = []
    n_small = count_calls(lambda: jpterms.check(small, path="refs.ris"), found)
    n_big = count_calls(lambda: jpterms.check(big, path="refs.ris"), found)
    assert found[0] and 1.9 * len(found[0]) <= len(found[1]) <= 2.1 * len(found[0])
    print(f"check ris: {len(small)} chars {n_small} calls, doubled {n_big} calls")
    assert n_big / n_small < 2.5


@pytest.mark.parametrize("shape", ["records", "one-wrapped-note", "one-long-line"])
def test_reading_a_megabyte_of_ris_is_linear(shape: str) -> None:
    unit = {"records": _ris_unit(),
            "one-wrapped-note": "Kinsei shiryo no kenkyu, Iwanami Shoten\r\n",
            "one-long-line": "Kinsei shiryo no kenkyu "}[shape]
    head = "" if shape == "records" else "TY  - GEN\r\nN1  - "
    k = 1_000_000 // len(unit) + 1
    small, big = head + unit * k, head + unit * 2 * k
    got: list[Any] = []
    n_small = count_calls(lambda: list(ris_segments(small)), got)
    n_big = count_calls(lambda: list(ris_segments(big)), got)
    assert len(got[1]) == (2 * len(got[0]) if shape == "records" else 1)
    print(f"read ris {shape}: {len(small)} chars {n_small} calls, doubled {n_big} calls")
    assert n_big / n_small < 2.5


def test_the_csl_json_twin_is_the_same_records() -> None:
    items = json.loads(_text(CNE_JSON))
    ris_titles = [s.text for s in ris_segments(_text(CNE)) if s.field == "TI"]
    assert [i["title"] for i in items] == ris_titles
