"""Work the checker no longer does twice: a key's rows, read once for its Hepburn forms,
serve its spellings and its written matches too.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpterms.kana import strip_macrons
from jpterms.lexicon import KeyForms, Lexicon, romaji_key

_DATA = Path(__file__).parent / "data"


def _words() -> list[str]:
    """The distinct capitalised and romaji-looking words of tests/data's Markdown and text
    (with and without their macrons): names with hundreds of readings among them."""
    words: dict[str, None] = {}
    for path in sorted(_DATA.glob("*.md")) + sorted(_DATA.glob("unseen/*.md")):
        for word in re.findall(r"[A-Za-zāīūēōĀĪŪĒŌ]{3,}", path.read_text(encoding="utf-8")):
            words.setdefault(word)
            words.setdefault(strip_macrons(word))
    return list(words)[:1500]


@pytest.fixture(scope="module")
def words() -> list[str]:
    found = _words()
    assert len(found) >= 1000
    return found


def _fresh() -> Lexicon:
    base = Lexicon.default()
    return Lexicon(base._trie, base._glossary, mozc=base._mozc)


def test_spellings_after_key_forms_are_those_of_a_fresh_lexicon(words: list[str]) -> None:
    asked, fresh = _fresh(), _fresh()
    for word in words:
        asked.key_forms(word)
    many = 0
    for word in words:
        got = asked.spellings(word)
        assert got == fresh.spellings(word), word
        assert KeyForms.of(got) == fresh.key_forms(word), word
        assert asked.as_written(word) == fresh.as_written(word), word
        many += len(got) >= 100
    assert many >= 5  # names with hundreds of readings were among them


def test_a_key_read_for_its_forms_is_not_read_again_for_its_spellings(
        words: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = _fresh()
    read: list[str] = []
    rows = Lexicon._rows

    def counted(self: Lexicon, key: str) -> Iterator[tuple[str, str, str, str, str, float]]:
        read.append(key)
        return rows(self, key)

    monkeypatch.setattr(Lexicon, "_rows", counted)
    keys = {romaji_key(w) for w in words}
    for word in words:
        lexicon.key_forms(word)
    assert len(read) == len(keys)
    for word in words:
        lexicon.as_written(word)
        lexicon.spellings(word)
        lexicon.key_forms(word)
    assert len(read) == len(keys)  # was twice as many: every key's rows again
    assert not lexicon._rows_cache  # handed on to the spellings, not kept twice
