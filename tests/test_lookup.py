"""Reverse lookup: the seed's must_map cases and the dev_titles figures."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import dev_titles

import jpterms
from jpterms.cli import main
from jpterms.kana import strip_macrons


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "")


def test_seed_must_map(seed_expected: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    misses = []
    for case in seed_expected["must_map"]:
        assert main(["lookup", "--format", "json", case["romaji"]]) == 0
        results = json.loads(capsys.readouterr().out)["results"]
        top = results[:1] if case.get("top1") else results[:5]

        def good(r: dict, case: dict = case) -> bool:  # type: ignore[type-arg]
            if "kanji" in case and _nfkc(r["kanji"]) != _nfkc(case["kanji"]):
                return False
            return "english" not in case or case["english"].casefold() in r["english"].casefold()

        if not any(good(r) for r in top):
            misses.append(case["id"])
    assert misses == []


def test_dev_titles_without_macrons() -> None:
    rows = dev_titles()
    top1 = top5 = gloss = 0
    for row in rows:
        want = _nfkc(row["kanji"])
        query = strip_macrons(row["hepburn"])
        query = query[:1].upper() + query[1:]
        results = jpterms.lookup(query)
        kanji = [_nfkc(m.kanji) for m in results]
        top1 += bool(kanji) and kanji[0] == want
        top5 += want in kanji
        gloss += bool(results) and bool(results[0].english.strip())
        if not kanji or kanji[0] != want:
            print(f"MISS {query!r}: want {want} got {kanji[:3]}")
    n = len(rows)
    print(f"lookup: top1 {top1}/{n} = {top1 / n:.0%}, top5 {top5 / n:.0%}, gloss {gloss / n:.0%}")
    assert top1 / n >= 0.90
    assert top5 / n >= 0.95
    assert gloss / n >= 0.95


@pytest.mark.parametrize(("query", "kanji"), [
    ("Kyôgi", "協議"),  # circumflex
    ("kyougi", "協議"),  # ou spelling
    ("KYOGI", "協議"),  # case
    ("Gemba", "玄葉"),  # traditional Hepburn m
    ("Sinbun", "新聞"),  # Kunrei-shiki
    ("Eikoku-bosho", "英国防相"),  # hyphen
    ("Hammondo", "ハモンド"),  # typo
])
def test_query_spellings(query: str, kanji: str) -> None:
    assert kanji in [m.kanji for m in jpterms.lookup(query)]


def test_title_has_word_breakdown() -> None:
    top = jpterms.lookup("Nichiei saiba kyogi no kaisai nit suite")[0]
    assert "".join(w.kanji for w in top.words) == top.kanji
    assert "開催" in [w.kanji for w in top.words]
    assert "cyber" in top.english.casefold()


def test_bad_limit_and_empty_query() -> None:
    assert jpterms.lookup("") == []
    assert jpterms.lookup("kyogi", limit=0) == []
    assert main(["lookup", "-n", "0", "kyogi"]) == 2


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_lookup_never_raises(text: str) -> None:
    assert isinstance(jpterms.lookup(text), list)


def test_round_trip_on_titles_outside_the_glossary() -> None:
    """Forty titles written for this test (not in dev_titles): romanise, drop the macrons,
    look up. The first twenty suggested some of the title words the glossary gained, so
    the figure is an estimate, not a held-out measurement."""
    from pathlib import Path

    titles = [t.strip() for t in (Path(__file__).parent / "data" / "titles_roundtrip.txt")
              .read_text(encoding="utf-8").splitlines() if t.strip()]
    top1 = 0
    for kanji in titles:
        query = strip_macrons(jpterms.romanize(kanji))
        got = [_nfkc(m.kanji) for m in jpterms.lookup(query)]
        top1 += bool(got) and got[0] == _nfkc(kanji)
        if not got or got[0] != _nfkc(kanji):
            print(f"MISS {query!r}: want {kanji} got {got[:2]}")
    print(f"round trip: top1 {top1}/{len(titles)}")
    assert top1 / len(titles) >= 0.75
