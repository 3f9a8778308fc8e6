"""A family name alone where a citation names its author ("in Ota, ed.", "Ota, “Tosa
hanryo-nai”") is read as most bearers of that name read it (Mozc's dictionary prices its
readings as family names), issue 8. Drixler's bibliography writes Ōta there
(``tests/data/bibliography_macrons.md``, provenance in ``tests/data/README.md``)."""

from __future__ import annotations

from pathlib import Path

import jpterms
from jpterms.spelling import SpellingJudge

DATA = Path(__file__).parent / "data"
_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def test_a_short_form_author_gets_the_macron_most_bearers_of_the_name_read() -> None:
    text = (DATA / "bibliography_macrons.md").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "Ōta, “Tosa" in line]
    assert len(lines) == 2
    for line in lines:
        assert jpterms.check(line + "\n", path="refs.md") == []
        stripped = line.translate(_STRIP) + "\n"
        found = [f for f in jpterms.check(stripped, path="refs.md") if f.text == "Ota"]
        assert [(f.suggestions[0], f.confidence) for f in found] == [("Ōta", "likely")]


def test_names_read_two_ways_or_written_so_in_english_are_left_alone() -> None:
    judge = SpellingJudge.for_glossary(None)
    assert judge.surname("Ono") is None  # 小野 Ono and 大野 Ōno are both common
    assert judge.surname("Ikeda") is None  # no long vowel to add
    # controls written for the test: an English and a Korean family name in an author's
    # place, where Mozc lists a Japanese family name with the same letters
    for line in ("Moran, “The Japanese and the Jesuits,” 1993.\n",
                 "Cho, “Korean Buddhism and Japan,” 2001.\n"):
        assert [f.text for f in jpterms.check(line, path="refs.md")] == []


def test_the_person_a_citation_decides_is_decided_in_the_prose_that_names_them_again() -> None:
    # Fogel on Cui Shu (provenance in tests/data/unseen/README.md): a note cites Kanda's
    # "Naitō Konan to Shina kodai shi" (JMnedict's 内藤湖南 decides Naitō), and the prose
    # names the same person again, Naito Konan: the same full name, so the same spelling
    # (possible: running text), not another bearer of the family name (Naito Kenkichi)
    text = (DATA / "unseen" / "fogel_naito_konan_excerpt.md").read_text(encoding="utf-8")
    assert jpterms.check(text, path="notes.md") == []
    found = [f for f in jpterms.check(text.translate(_STRIP), path="notes.md")
             if f.text == "Naito" and f.line == 1]
    assert [(f.suggestions[0], f.confidence) for f in found] == [("Naitō", "possible")]
    other = "Naito Kenkichi wrote on it.\n\n" + text.split("\n\n", 1)[1]
    assert not [f for f in jpterms.check(other.translate(_STRIP), path="notes.md")
                if f.text == "Naito" and f.line == 1]
