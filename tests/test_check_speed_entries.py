"""A text holding a bibliography's entries (a Markdown page whose *References* section
the checker reads entry by entry) is read for runs of romaji only where a run may count:
the stretches that overlap an entry, and those that may hold a citation line. The runs
kept are the ones a reading of the whole text keeps, and fewer words are decided.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jpterms import citation_lines
from jpterms.check import check
from jpterms.citations import inside
from jpterms.language import LanguageGuesser
from jpterms.readers import load_document
from jpterms.rules import titles
from jpterms.rules.base import Context, DocumentTitle

_DATA = Path(__file__).parent / "data"
#: Real pages (their provenance in the READMEs beside them) with a References section
#: among their prose.
_PAGES = ("unseen/historical_parallax_dogen_notes_excerpt.md", "unseen/wikipedia_edo_abstract.md",
          "unseen/wikipedia_harshita_gaur_abstract.md", "unseen/fogel_references_kanji_excerpt.md",
          "english_prose/wikipedia_commercial_school_bermejo_abstract.md")


def _kept(runs: list, text: str, entries: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs the rule reads further: in an entry, or on a citation line."""
    cited = citation_lines.CitationLines(text)
    return [(r.start, r.end) for r in runs
            if inside(r.start, entries) or cited(r.start, r.end)]


def test_entry_stretches_keep_every_run_the_rule_reads() -> None:
    fewer = 0
    for name in _PAGES:
        doc = load_document((_DATA / name).read_text(encoding="utf-8"), name)
        assert len(doc.segments) == 1 and doc.segments[0].offsets is None
        text = doc.segments[0].text
        entries = citation_lines.wrapped_entry_lines(doc.source)
        assert entries and not citation_lines.is_bibliography(doc.source), name
        whole, part = LanguageGuesser(), LanguageGuesser()
        every = whole.runs(text)
        stretches = citation_lines.entry_stretches(doc.segments[0], text, entries,
                                            LanguageGuesser.stretches(text))
        read = part.runs(text, spans=stretches)
        assert set((r.start, r.end) for r in read) <= set((r.start, r.end) for r in every)
        assert _kept(read, text, entries) == _kept(every, text, entries), name
        assert _kept(every, text, entries), name  # the pages hold runs the rule reads
        assert len(part._cache) <= len(whole._cache)
        fewer += len(part._cache) < len(whole._cache)
    assert fewer >= 3  # most pages' prose holds words no longer decided


def test_headings_are_found_as_a_scan_of_every_character_finds_them() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(_DATA.rglob("*"))
             if p.suffix in (".md", ".txt", ".bib") and p.is_file()]
    texts += ["x\nREFERENCES:\n", "  **Works \t Cited**  \n", "参考文献\nSelected bibliography",
              "Referenceſ\nReferences\n", "a\r\nReferences\r\n", "İ\nReferences\n"]
    found = 0
    for text in texts:
        expected = [m.end() for m in citation_lines._BIBLIOGRAPHY_HEADING.finditer(text)]
        assert citation_lines._heading_ends(text) == expected
        found += len(expected)
    assert found >= 10


def test_headings_are_looked_for_only_on_lines_holding_their_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = citation_lines._BIBLIOGRAPHY_HEADING

    class Counting:
        tried = 0

        def match(self, text: str, pos: int) -> re.Match[str] | None:
            self.tried += 1
            return original.match(text, pos)

    text = (_DATA / "unseen" / "historical_parallax_dogen_notes_excerpt.md").read_text(
        encoding="utf-8")
    lines = text.split("\n")
    counting = Counting()
    monkeypatch.setattr(citation_lines, "_BIBLIOGRAPHY_HEADING", counting)
    ends = citation_lines._heading_ends(text)
    assert ends == [m.end() for m in original.finditer(text)] and ends
    holding = [line for line in lines
               if any(word in line.lower() for word in citation_lines._HEADING_WORDS)]
    assert counting.tried == len(holding) < len(lines) / 5


def test_a_work_cited_again_is_looked_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a title needs (:func:`titles._needs_analysis`) is worked out once per text,
    translation, original and trust: the same work cited again (HDIC's references name
    the Ruiju Myōgishō many times) is not looked at again, with the same findings."""
    name = "unseen/hdic_ruiju_references_excerpt.md"
    text = (_DATA / name).read_text(encoding="utf-8")
    expected = check(text, path=name)
    asked: list[str] = []
    original = titles._needs_analysis

    def counted(title: DocumentTitle, *args: object) -> str:
        asked.append(title.text)
        return original(title, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(titles, "_needs_analysis", counted)
    assert check(text, path=name) == expected
    doc = load_document(text, name)
    cited = [t.text for t in Context(doc).titles]
    assert len(asked) == len(set(asked)) < len(cited)
