"""Finding a document's titles asks the patterns that split a title (its bracketed
translation, its original in brackets, a ``[sic]``) only of the texts that hold a
bracket: each of them tries every character of a text, and most quoted or emphasised
texts hold none. The titles found are the same.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.counting import CountingPattern

from jpterms import citations
from jpterms.readers import load_document
from jpterms.romaji import parse_word

_DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["bibliography_macrons.md", "000_4783c9767dffaf4f.txt",
                                  "unseen/hdic_ruiju_references_excerpt.md",
                                  "english/nodejs_readme_collaborators_excerpt.md"])
def test_titles_are_split_only_where_a_bracket_stands(
        name: str, monkeypatch: pytest.MonkeyPatch,
        record_calls: Callable[[object, str], list[Any]]) -> None:
    text = (_DATA / name).read_text(encoding="utf-8")
    doc = load_document(text, name)
    expected = [(t.text, t.start, t.context, t.original) for t in citations.find_titles(doc)]
    assert expected
    counting = {attr: CountingPattern(getattr(citations, attr))
                for attr in ("_BRACKET", "_ORIGINAL", "_SIC_MARK")}
    for attr, proxy in counting.items():
        monkeypatch.setattr(citations, attr, proxy)
    considered = record_calls(citations, "_split_translation")
    got = [(t.text, t.start, t.context, t.original) for t in citations.find_titles(doc)]
    assert got == expected
    assert all("[" in t for t in counting["_BRACKET"].asked + counting["_SIC_MARK"].asked)
    assert all("(" in t or "（" in t for t in counting["_ORIGINAL"].asked)
    # most texts considered hold no bracket: the patterns were asked of a few
    assert len(counting["_BRACKET"].asked) <= len([t for t in considered if "[" in t])
    assert len(counting["_BRACKET"].asked) < len(considered) / 2


def _by_share(text: str) -> bool:
    """The test as the share of romaji words states it."""
    words = [w for w in citations._WORD.findall(text) if len(w) > 1]
    return len(words) >= 1 and citations._share(words) >= 0.75 and any(
        len(w) >= 3 for w in words)


def test_a_quoted_span_is_parsed_only_until_it_cannot_be_romanised(
        monkeypatch: pytest.MonkeyPatch) -> None:
    spans = [m.group(m.lastindex or 0) for path in sorted(_DATA.rglob("*"))
             if path.suffix in (".md", ".txt", ".bib") and path.is_file()
             for pattern in (citations._QUOTED, citations._SINGLE_QUOTED)
             for m in pattern.finditer(path.read_text(encoding="utf-8"))]
    spans += ["Kinsei shiryō", "a b c", "Nihon no rekishi to bunka of Japan", "", "Ōsaka"]
    parse = parse_word
    parsed: list[str] = []

    def counted(word: str) -> object:
        parsed.append(word)
        return parse(word)

    monkeypatch.setattr(citations, "parse_word", counted)
    found = [citations.is_romanised(s) for s in spans]
    ours = len(parsed)
    parsed.clear()
    assert found == [_by_share(s) for s in spans]
    assert len(spans) > 500 and any(found) and ours * 3 < len(parsed) * 2



def test_a_translation_after_a_title_is_looked_for_only_once_it_is_one(
        monkeypatch: pytest.MonkeyPatch,
        record_calls: Callable[[object, str], list[Any]]) -> None:
    after = CountingPattern(citations._TRANSLATION_AFTER)
    monkeypatch.setattr(citations, "_TRANSLATION_AFTER", after)
    judged = record_calls(citations, "is_romanised")
    titles = 0
    for path in sorted(_DATA.rglob("*")):
        if path.suffix not in (".md", ".txt", ".bib") or not path.is_file():
            continue
        titles += len(list(citations.find_titles(
            load_document(path.read_text(encoding="utf-8"), str(path)))))
    # (the old code looked after every single-quoted or emphasised text: 870 times here)
    assert titles > 100 and len(after.asked) <= titles
    assert judged
