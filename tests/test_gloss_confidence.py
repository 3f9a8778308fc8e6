"""JP701's confidence: a slip in running text is certain; a cited work's own wording,
or a name English writes with either Japan or Japanese, is never fixed by ``--fix``."""

from __future__ import annotations

from tests.conftest import SEED

import jpterms

#: Footnote 4 of the founding article, as it stands.
SEED_NOTE_4 = next(line for line in SEED.read_text(encoding="utf-8").splitlines()
                   if "Internal Affairs and Communication," in line)


def _unofficial(text: str) -> list[jpterms.Finding]:
    return [f for f in jpterms.check(text) if f.code == "JP701"]


def test_a_slip_in_running_text_is_certain() -> None:
    # the note in its article, which is about Japan
    (finding,) = _unofficial(SEED.read_text(encoding="utf-8"))
    assert finding.text == "Ministry of Internal Affairs and Communication"
    assert finding.confidence == "certain"
    (finding,) = _unofficial("Japan: " + SEED_NOTE_4)
    assert finding.confidence == "certain"


def test_a_text_that_never_names_japan_gets_only_possible() -> None:
    # the note alone says nothing of Japan: many countries' bodies share a Japanese
    # body's English name, so the slip is reported, never fixed
    (finding,) = _unofficial(SEED_NOTE_4)
    assert finding.confidence == "possible"


def test_the_same_name_inside_a_cited_title_is_only_possible() -> None:
    # the name as the cited statement's own title words it: reported, never fixed
    quoted = SEED_NOTE_4.replace("Ministry of Internal Affairs and Communication, “",
                                 "Anon., “Ministry of Internal Affairs and Communication: ")
    (finding,) = _unofficial(quoted)
    assert finding.confidence == "possible"
    emphasised = "  4. *White Paper of the Ministry of Internal Affairs and Communication*, 2012."
    assert [f.confidence for f in _unofficial(emphasised)] == ["possible"]
    bibtex = "@book{a, title = {Ministry of Internal Affairs and Communication}, year = 2012}"
    assert [f.confidence for f in jpterms.check(bibtex, path="a.bib")
            if f.code == "JP701"] in ([], ["possible"])


def test_japan_for_japanese_is_likely_and_left_to_the_writer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    line = "In 2006 the Japanese Defense Agency asked for ministry status.\n"
    (finding,) = _unofficial(line)
    assert finding.suggestions[0] == "Japan Defense Agency"
    assert finding.confidence == "likely"
    path = tmp_path / "note.md"
    path.write_text(line, encoding="utf-8")
    from jpterms.cli import main
    main(["check", "--fix", "--exit-zero", str(path)])
    assert path.read_text(encoding="utf-8") == line
    main(["check", "--fix-unsafe", "--exit-zero", str(path)])
    assert "Japan Defense Agency asked" in path.read_text(encoding="utf-8")
