"""The checker's shortcuts give the same answers as the full paths they replace.

Speed itself is measured in ``benchmarks/``; these tests only prove equivalence.
"""

from __future__ import annotations

import re

import pytest
from wordfreq import zipf_frequency

from jpterms.glossary import Glossary
from jpterms.language import OTHER_LANGUAGES, LanguageGuesser
from jpterms.lexicon import Lexicon
from jpterms.rules.titles import _citation_line, _may_cite


def test_glossary_spellings_are_the_glossary_part_of_spellings() -> None:
    glossary = Glossary.bundled()
    words = [*[e.hepburn for e in glossary.entries][:300], "shobo", "Genba", "kyogi", "the"]
    cold = Lexicon(Lexicon.default()._trie, glossary, mozc=False)  # empty cache: no look-up yet
    first = {w: cold.glossary_spellings(w) for w in words}
    for w in words:
        full = tuple(s for s in cold.spellings(w) if s.source == "glossary")
        assert first[w] == full, w
        assert cold.glossary_spellings(w) == full, w  # now answered from the cache
    assert any(first.values())


@pytest.mark.parametrize("word", ["todesstrafe", "mito", "casa", "huis", "the", "kyogi",
                                  "Kommunikation", "l'amour", "über", "zzzq", "Todo"])
def test_other_languages_figure_is_wordfreqs(word: str) -> None:
    expected = max(zipf_frequency(word.lower(), lang, wordlist="small")
                   for lang in OTHER_LANGUAGES)
    assert LanguageGuesser().other(word) == expected


def test_other_languages_figure_on_a_real_text() -> None:
    from pydoc_data.topics import topics

    text = topics["if"] + topics["for"] + topics["class"]
    guesser = LanguageGuesser()
    for word in sorted(set(re.findall(r"[A-Za-z]+", text)))[:400]:
        expected = max(zipf_frequency(word.lower(), lang, wordlist="small")
                       for lang in OTHER_LANGUAGES)
        assert guesser.other(word) == expected, word


@pytest.mark.parametrize("text", [
    "Abe, Shinzo. *Utsukushii kuni e*. Tokyo: Bungei Shunju, 2006.",
    "Plain prose with no year and no title.",
    "A year, 1868, but no title marks.",
    "“Quoted” but no year.",
])
def test_may_cite_is_necessary_for_a_citation_line(text: str) -> None:
    lines = text.splitlines()
    if any(_citation_line(line) for line in lines):
        assert _may_cite(text)
    assert _may_cite(text) == (bool(re.search(r"\b(?:1[0-9]{3}|20[0-9]{2})\b", text))
                               and any(m in text for m in "*_“\""))


def test_mozc_exact_entries_are_medies() -> None:
    from jpterms.dictionaries import _exact_entries, _mozc_trie

    trie = _mozc_trie()
    kana = [chr(c) for c in range(0x3041, 0x3094)]
    readings = [a + b for a in kana for b in kana[::3]]
    readings += ["きょうぎ", "とうきょう", "しんぶん", "げんば", "はもんど", "き", "\ud800", "abc"]
    found = 0
    for reading in readings:
        expected = [(hit["feature"], int(hit["cost"])) for hit in trie.search(reading, 60)
                    if hit["surface"] == reading]
        assert _exact_entries(trie, reading, 60) == expected, reading
        found += bool(expected)
    assert found > 100
