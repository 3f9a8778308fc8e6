"""Lint the glossary data the way codespell lints its dictionary, and test the API."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jpterms.cli import main
from jpterms.errors import GlossaryError
from jpterms.glossary import COLUMNS, KINDS, Glossary, parse
from jpterms.kana import fold_romaji, is_kana, kana_to_romaji, normalize_romaji

GLOSSARY = Path(__file__).resolve().parents[1] / "data" / "glossary.tsv"
HEADER = "\t".join(COLUMNS) + "\n"


def _rows() -> list[list[str]]:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line and not line.startswith("#")]


def test_bundled_glossary_validates_and_is_large() -> None:
    entries = parse(GLOSSARY.read_text(encoding="utf-8"), str(GLOSSARY))
    assert len(entries) >= 600
    assert {e.kind for e in entries} == set(KINDS)


def test_every_row_parses_with_seven_columns() -> None:
    for row in _rows():
        assert len(row) == len(COLUMNS), row


def test_readings_are_kana_and_hepburn_matches_the_romaniser() -> None:
    for hepburn, _kanji, kana, *_ in _rows():
        assert is_kana(kana), kana
        assert normalize_romaji(hepburn).replace("-", "").casefold() == kana_to_romaji(kana).casefold()


def test_no_duplicate_keys() -> None:
    keys = [(kanji.replace(" ", ""), kana.replace(" ", "")) for _h, kanji, kana, *_ in _rows()]
    assert len(keys) == len(set(keys))


def test_no_variant_is_another_entrys_canonical_form() -> None:
    canonical = {normalize_romaji(r[0]): r[1] for r in _rows()}
    for row in _rows():
        for variant in filter(None, row[5].split("|")):
            other = canonical.get(normalize_romaji(variant))
            assert other is None or other == row[1], (row[1], variant, other)


@pytest.mark.parametrize(("row", "reason"), [
    ("Kyogi\t協議\tきょうぎ\tconsultation\tterm\t\t", "does not match the reading"),
    ("kyōgi\t協議\tkyougi\tconsultation\tterm\t\t", "is not kana"),
    ("kyōgi\t協議\tきょうぎ\tconsultation\tthing\t\t", "kind 'thing'"),
    ("kyōgi\t協議\tきょうぎ\tconsultation", "expected 7"),
    ("kyōgi\t協議\tきょうぎ\t\tterm\t\t", "empty english"),
])
def test_broken_rows_are_reported_with_their_line(row: str, reason: str) -> None:
    problems = Glossary.check_text(HEADER + row + "\n")
    assert problems and problems[0][0] == 2 and reason in problems[0][1]


def test_nothing_is_half_loaded(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "kyōgi\t協議\tきょうぎ\tconsultation\tterm\t\t\nbad row\n", "utf-8")
    with pytest.raises(GlossaryError):
        Glossary.load([path])
    assert main(["glossary", "check", str(path)]) == 2


def test_user_glossary_extends_and_wins(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "Sakura Tarō\t佐倉 太郎\tさくら たろう\tTaro Sakura\tperson\t\t\n",
                    "utf-8")
    assert main(["glossary", "check", str(path)]) == 0
    glossary = Glossary.load([path])
    assert glossary.by_key[fold_romaji("sakuratarou")][0].english == "Taro Sakura"
    assert glossary.by_kanji["佐倉"][0].hepburn == "Sakura"  # family name derived


def test_pyproject_extend_glossary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "names.tsv").write_text(
        HEADER + "Sakura Tarō\t佐倉 太郎\tさくら たろう\tTaro Sakura\tperson\t\t\n", "utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.jpterms]\nextend-glossary = ["names.tsv"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["lookup", "Sakura Taro"]) == 0
    assert "佐倉太郎" in capsys.readouterr().out


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_glossary_parsing_never_crashes(text: str) -> None:
    assert isinstance(Glossary.check_text(text), list)


def _unparsed_and_parsed(text: str) -> tuple[Glossary, Glossary]:
    return Glossary.unparsed(text, "g"), Glossary(parse(text, "g", validate=False))


def test_an_unparsed_glossary_spells_and_makes_every_entry_as_the_parsed_one() -> None:
    """The romaniser reads the bundled glossary's spellings without parsing it, and makes
    the entry of a spelling it meets from its row alone (start-up of ``jpterms romanize
    東京``): every spelling, number, entry (line included) and family name is the parsed
    glossary's, before and after the unparsed one is parsed."""
    text = GLOSSARY.read_text(encoding="utf-8")
    unparsed, parsed = _unparsed_and_parsed(text)
    spellings = unparsed.spellings()
    assert spellings == parsed.spellings() == [
        (e.written, number) for number, e in enumerate(parsed._with_family_names)]
    assert unparsed._entries is None and len(spellings) > len(parsed.entries)
    for when in ("unparsed", "parsed"):
        for _, number in spellings:
            entry = unparsed.spelled_entry(number)
            assert entry == parsed.spelled_entry(number) and entry.line, (when, number)
            assert unparsed.is_family_name(number) == (number >= len(parsed.entries))
        assert unparsed.entries == parsed.entries  # (parsed now)


@pytest.mark.parametrize("end", ["\x0c\n", "\r\n", "\u2028\n"])
def test_an_unparsed_glossary_whose_lines_parse_counts_otherwise_is_parsed_whole(
        end: str) -> None:
    """A line break that str.splitlines knows and ``\\n`` is not (a form feed, a return)
    moves the line numbers parse gives: such a glossary is parsed whole (and its rows
    are as parse has them)."""
    text = (HEADER + "Tōkyō\t東京\tとうきょう\tTokyo\tplace\t\t" + end
            + "Kyōto\t京都\tきょうと\tKyoto\tplace\t\t\n")
    unparsed, parsed = _unparsed_and_parsed(text)
    assert unparsed.spellings() == [("東京", 0), ("京都", 1)]
    assert unparsed._entries is not None
    assert [unparsed.spelled_entry(n) for n in (0, 1)] == list(parsed.entries)
    assert [e.line for e in parsed.entries] == [2, 2 + len(end.splitlines())]


def test_an_unparsed_glossary_that_parse_refuses_is_refused_when_read() -> None:
    for text, problem in ((HEADER + "Tōkyō\t東京\tとうきょう\n", "expected 7 tab-separated"),
                          ("# no header\n", "empty glossary"),
                          ("hepburn\tkanji\n", "header must be")):
        with pytest.raises(GlossaryError, match=problem):
            Glossary.unparsed(text, "g").spellings()
