"""Real English prose that shows no Japanese stays silent (issue 8): a word the lexicon
alone makes romaji is not taken for Japanese in a text long enough to show Japanese that
shows none (provenance in ``tests/data/english_prose/README.md``), while the same words
are still read where the text shows Japanese, and in a citation too short to show it."""

from __future__ import annotations

from pathlib import Path

import pytest

import jpterms
from jpterms.document import Document
from jpterms.rules.base import Context

DATA = Path(__file__).parent / "data" / "english_prose"


@pytest.mark.parametrize("name", ["wikipedia_belgian_blue_excerpt.md",
                                  "wikipedia_kweku_elliot_abstract.md"])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_names_and_words_of_other_languages_in_english_prose_give_no_finding(
        name: str, suffix: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert '("myo" meaning muscle' in text or "His father Kojo Elliot" in text
    assert jpterms.check(text, path="article" + suffix) == []


def test_a_text_that_shows_japanese_is_read_as_before() -> None:
    text = (DATA / "wikipedia_kweku_elliot_abstract.md").read_text(encoding="utf-8")
    assert Context(Document.from_text(text)).shows_no_japanese
    for sign in ("He studied in Tokyo.", "See *Iwanami Shoten*, 1990.", "東京", "Sōseki"):
        assert not Context(Document.from_text(text + sign + "\n")).shows_no_japanese, sign
    # a Japanese title in the same article shows Japanese: it is checked as ever
    cited = text + "\nMOFA, “Nichiei saiba kyogi no kaisai,” 2012.\n"
    found = {f.text: f.suggestions[0] for f in jpterms.check(cited, path="a.md")}
    assert found["saiba"] == "saibā" and found["kyogi"] == "kyōgi"
    # a note too short to show anything says nothing either way
    assert not Context(Document.from_text('"myo" meaning muscle, 2004.\n')).shows_no_japanese
