"""MARC records: romanised fields checked against their 880s (tests/data/marc, real records)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpterms.cli import main
from jpterms.errors import JptermsError
from jpterms.marc import MarcChecker, fixed_path, pairs, read_records, write_records
from jpterms.marc.compare import SubfieldComparer
from jpterms.marc.fit import ReadingFit

DATA = Path(__file__).parent / "data" / "marc"
#: The one finding in the real records: 250 $a Shinpan (新版) against 880 初版 (shohan).
REAL_DISCREPANCY = ("ocm17031778:250$a", "reading", "Shinpan")


@pytest.fixture(scope="module")
def checker() -> MarcChecker:
    return MarcChecker()


def _planted() -> list[tuple[str, str, str]]:
    with open(DATA / "planted.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(f"{r['record']}:{r['tag']}${r['subfield']}", r["kind"], text)
            for r in rows for text in r["text"].split(",")]


def _triples(findings: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((f.location, f.kind, f.text) for f in findings)


def test_every_planted_fault_is_reported_with_record_tag_and_subfield(checker) -> None:
    found = checker.check_path(DATA / "planted.mrc")
    expected = sorted([*_planted(), REAL_DISCREPANCY])
    assert _triples(found) == expected  # every fault, and nothing else
    assert all(f.line >= 1 and f.column >= 1 for f in found)


@pytest.mark.parametrize("name", ["real.mrc", "real.xml"])
def test_clean_paired_fields_give_no_findings(checker, name: str) -> None:
    found = checker.check_path(DATA / name)
    assert _triples(found) == [REAL_DISCREPANCY]


def test_records_pair_by_subfield_six() -> None:
    records = read_records((DATA / "real.xml").read_bytes(), "real.xml")
    assert len(records) == 13
    nihon = next(r for r in records if r["001"].data == "3835178")
    linked = {(p.tag, p.index): p.vernacular["a"] for p in pairs(nihon) if p.vernacular}
    assert linked[("245", 0)] == "日本 の 茶書 /"
    assert linked[("700", 2)] == "楢林 忠男."


@pytest.mark.parametrize(("romanised", "vernacular", "role", "expected"), [
    # a missing macron where the letters agree
    ("Tōyō bunko ;", "東洋 文庫 ;", "title", []),
    ("Toyo bunko ;", "東洋 文庫 ;", "title", [("macron", "Toyo", "Tōyō")]),
    # a circumflex is another style, and safe to fix
    ("Tôkyô :", "東京 :", "place", [("system", "Tôkyô", "Tōkyō")]),
    # particles: joined, capitalised, spelt as kana (ALA-LC: e, o, wa)
    ("Nihon e no teigen", "日本への提言", "title", []),
    ("Nihon he no teigen", "日本への提言", "title", [("particle", "he", "e")]),
    ("Nihonno chasho", "日本の茶書", "title", [("division", "Nihonno", "Nihon no")]),
    # a word cut inside a syllable
    ("Kaisai nit suite", "開催について", "title", [("division", "nit suite", "ni tsuite")]),
    # a cataloguer's reading the romaniser would not choose is trusted when the kanji allow it
    ("Tomohira den kō,", "朝衡傳考,", "title-rest", []),
    ("Yoshikawa Kōbunkan,", "吉川弘文館,", "publisher", []),
    # English in both scripts is left alone
    ("Sanʼya no tori = Concise field guide to land birds /",
     "山野の鳥 = Concise field guide to land birds /", "title", []),
])
def test_subfield_comparison(romanised: str, vernacular: str, role: str,
                             expected: list[tuple[str, str, str]]) -> None:
    from jpterms.romanize import Romanizer

    issues = SubfieldComparer(Romanizer()).compare(romanised, vernacular, role)
    assert [(i.kind, i.text, i.suggestions[0]) for i in issues] == expected


@given(st.text(alphabet="aiueokstnhmyrgzāōū' -:/=;日本の茶書東京平凡社はへをっゃー々", max_size=30),
       st.text(alphabet="aiueokstn -:/=;日本の茶書東京平凡社はへをっゃー々ヶ", max_size=30),
       st.sampled_from(["title", "person", "publisher", "place", "title-rest", "other"]))
@settings(max_examples=150, deadline=None, derandomize=True)
def test_issues_quote_the_subfield_exactly(checker, romanised: str, vernacular: str,
                                           role: str) -> None:
    for issue in checker.comparer.compare(romanised, vernacular, role):
        assert romanised[issue.start:issue.end] == issue.text


def test_reading_fit_uses_kanji_readings() -> None:
    fit = ReadingFit()
    assert fit.fits("英重", "Hideshige")  # name readings (nanori)
    assert fit.fits("発表", "happyō")  # a doubled consonant
    assert fit.fits("佐々木", "Sasaki")  # the iteration mark, voiced
    assert fit.fits("呼応", "koō") and fit.fits("学校", "gakkou")  # two vowels; wāpuro
    assert not fit.fits("初版", "Shinpan")


def test_text_json_and_sarif_carry_the_logical_location(capsys) -> None:
    path = str(DATA / "planted.mrc")
    assert main(["check", path]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{path}:ocm06783656:245$b: JP101 ")
    assert main(["check", "--format", "json", "--select", "macron", path]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {d["kind"] for d in data} == {"macron"}
    assert data[0]["location"] == "ocm06783656:245$b" and data[0]["line"] == 1
    assert main(["check", "--format", "sarif", "--select", "JP901", path]) == 1
    log = json.loads(capsys.readouterr().out)
    results = log["runs"][0]["results"]
    logical = [r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in results]
    assert logical == ["ocm17031778:250$a", "3835178:260$b"]
    assert "JP901" in {d["id"] for d in log["runs"][0]["tool"]["driver"]["rules"]}


def test_fix_writes_a_new_file_and_never_the_input(tmp_path, capsys) -> None:
    source = tmp_path / "records.mrc"
    source.write_bytes((DATA / "planted.mrc").read_bytes())
    before = source.read_bytes()
    assert main(["check", "--fix", str(source)]) == 1
    assert source.read_bytes() == before
    target = fixed_path(source)
    assert "fix(es) written to" in capsys.readouterr().err
    fixed = {r.get_fields("001")[0].data if r.get_fields("001") else "": r
             for r in read_records(target.read_bytes())}
    assert fixed["ocm06783656"]["260"]["a"] == "Tōkyō :"
    assert fixed["ocm19080030"]["260"]["b"] == "Iwanami Shoten,"
    # names get suggestions, not automatic fixes; the rest of the record is unchanged
    assert fixed["ocm20728585"]["700"]["a"] == "Kodama, Kota,"
    assert fixed["3835178"]["880"]["a"] == "日本 の 茶書 /"
    left = MarcChecker().check_path(target)
    assert {f.kind for f in left} <= {"macron", "division", "reading", "system"}
    assert len(left) < len(_planted())


def test_xml_is_written_back_as_xml(tmp_path) -> None:
    records = read_records((DATA / "real.mrc").read_bytes())
    write_records(records, tmp_path / "out.xml", xml=True)
    again = read_records((tmp_path / "out.xml").read_bytes())
    assert [r["245"]["a"] for r in again] == [r["245"]["a"] for r in records]


@pytest.mark.parametrize("content", [b"not marc at all", b"00012abc", b"<html/>"])
def test_bad_marc_is_a_one_line_error(tmp_path, capsys, content: bytes) -> None:
    path = tmp_path / ("bad.xml" if content.startswith(b"<") else "bad.mrc")
    path.write_bytes(content)
    assert main(["check", "--input-format", "marc", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("jpterms: error:")
    with pytest.raises(JptermsError):
        read_records(content, "bad")


def test_a_damaged_record_is_skipped_with_a_warning(tmp_path, capsys) -> None:
    data = (DATA / "planted.mrc").read_bytes()
    first = data.index(b"\x1d") + 1
    path = tmp_path / "damaged.mrc"  # record 2's directory is garbage; its length still holds
    path.write_bytes(data[:first + 24] + b"x" * 40 + data[first + 64:])
    assert main(["check", "--format", "json", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "record 2 is damaged; skipped" in err
    found = json.loads(out)
    assert {f["location"].split(":")[0] for f in found} >= {"ocm06783656", "3835178"}
    # the records after the damaged one keep their numbers
    assert {f["line"] for f in found if f["location"].startswith("3835178")} == {11}
