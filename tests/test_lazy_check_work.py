"""Work the checker leaves undone gives the same answers as doing it (issue 8, speed).

Speed itself is measured in ``benchmarks/``; these tests count the work skipped and show
the results equal those of the full path, on real documents from ``tests/data``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jpterms.language import LanguageGuesser
from jpterms.lookup import analyze_title
from jpterms.romaji import parse_word
from jpterms.title_analysis import CompoundCandidate

DATA = Path(__file__).parent / "data"
#: Real documents: a bibliography with macrons, an unseen one without, and the seed.
DOCUMENTS = ("bibliography_macrons.md", "unseen/fogel_bibliography_excerpt.md",
             "000_4783c9767dffaf4f.txt")
_EDGE = ".,;:!?\"“”‘’'«»()[]*_\\"


def test_runs_make_no_verdict_for_words_that_are_not_romaji() -> None:
    for name in DOCUMENTS:
        text = (DATA / name).read_text(encoding="utf-8")
        full = LanguageGuesser()
        for token in re.findall(r"\S+", text):  # every verdict made first: the full path
            if token.strip(_EDGE):
                full.word(token.strip(_EDGE))
        lazy = LanguageGuesser()
        assert lazy.runs(text) == full.runs(text), name
        skipped = [w for w in full._cache if w not in lazy._cache]
        assert skipped, name  # most words of a text get no verdict ...
        assert all(parse_word(w) is None for w in skipped), name  # ... none of them romaji
        assert not any(full._cache[w].may_be_japanese for w in skipped), name
        assert lazy.runs(text) == full.runs(text), name  # and again, from what it remembers


def test_a_compounds_hepburn_is_romanised_only_when_read() -> None:
    calls: list[str] = []
    # a title of tests/data/unseen/fogel_bibliography_excerpt.md: 全近代 is no dictionary word
    analysis = analyze_title("Nihon zenkindai no shiryo")
    compounds = [c for w in analysis.words for c in w.candidates
                 if isinstance(c, CompoundCandidate)]
    assert compounds
    for c in compounds:
        assert "part" not in c.__dict__  # not romanised while the title was analysed
    first = compounds[0]
    romanize = first.__dict__["_romanize"]
    first.__dict__["_romanize"] = lambda kanji: calls.append(kanji) or romanize(kanji)
    words = romanize(first.kanji)
    assert first.hepburn == words[:1].lower() + words[1:]  # as it was made before
    assert first.hepburn == first.part and calls == [first.kanji]  # romanised once


def test_a_title_whose_only_words_to_report_are_particles_is_not_analysed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Drixler's bibliography (tests/data/bibliography_macrons.md) marks long vowels and
    # writes the particle wo (*... no kisai bunseki wo tsūjite*): the particle finding
    # needs no conversion of the title. Same findings as with every title analysed.
    import importlib

    from jpterms.check import check

    titles = importlib.import_module("jpterms.rules.titles")
    lookup = importlib.import_module("jpterms.lookup")
    text = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    analysed: list[str] = []

    def counting(title: str, *args: object, **kwargs: object) -> object:
        analysed.append(title)
        return analyze_title(title, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(lookup, "analyze_title", counting)
    lazy = check(text, path="a.md")
    assert "wo" in [f.text for f in lazy if f.code == "JP501"]
    whose = "bunseki wo tsūjite"
    assert not any(whose in t for t in analysed)  # before: analysed for its particle
    needs = titles._needs_analysis
    monkeypatch.setattr(titles, "_needs_analysis",
                        lambda *args: titles._ALL if needs(*args) else "")
    assert check(text, path="a.md") == lazy
    assert any(whose in t for t in analysed)
