"""Romanised Japanese, English or another language: words and runs, on real sentences."""

from __future__ import annotations

import pytest

from jpterms.language import (
    AMBIGUOUS,
    CODE,
    ENGLISH,
    JAPANESE,
    OTHER,
    LanguageGuesser,
    looks_like_code,
)


@pytest.fixture(scope="module")
def guess() -> LanguageGuesser:
    return LanguageGuesser()


@pytest.mark.parametrize(("word", "language"), [
    ("kenkyū", JAPANESE),  # a macron
    ("Iwanami", JAPANESE),  # a name no European list knows well
    ("shiryo", JAPANESE),  # a word without its macron
    ("population", ENGLISH),  # issue 8: English words inside titles
    ("Rural", ENGLISH),
    ("Todesstrafe", OTHER),  # German
    ("you", ENGLISH),  # spells よう the wāpuro way, but it is English
    ("run", ENGLISH),
    ("Tokyo", AMBIGUOUS),  # English and Japanese: the neighbours decide
    ("no", AMBIGUOUS),  # a particle
    ("remove()", CODE),
    ("'E'", CODE),
    ("NDL", CODE),  # an acronym
    ("https://example.org/a", CODE),
])
def test_word(guess: LanguageGuesser, word: str, language: str) -> None:
    assert guess.word(word).language == language


@pytest.mark.parametrize("token", ["remove()", "os.path", "%s", "{0}", "snake_case", "x=1",
                                   "camelCase", "v2"])
def test_code(token: str) -> None:
    assert looks_like_code(token)


def test_runs_in_a_real_bibliography_entry(guess: LanguageGuesser) -> None:
    # Drixler, Mabiki (2013), bibliography (tests/data/README.md), macrons stripped
    line = ("Ando Shoeki, *Todo shinden *(ca. 1752), published by Iwanami Shoten, 1966-1973 "
            "and excerpted in Yamasumi and Nakae, eds., *Kosodate no sho 3. *")
    runs = [r.text for r in guess.runs(line)]
    assert runs[:3] == ["Ando Shoeki", "Todo shinden", "Iwanami Shoten"]
    assert "Kosodate no sho" in runs


def test_no_runs_in_english(guess: LanguageGuesser) -> None:
    text = ('If you remove() the Notation "E" you run the program again; Magna Carta and '
            "the population of Tokyo and Kyoto grew. Sake is brewed in Kobe.")
    assert guess.runs(text) == []


def test_a_particle_between_japanese_words(guess: LanguageGuesser) -> None:
    (run,) = guess.runs("see Nihon jinkoshi no kenkyu, vol. 2")
    assert run.text == "Nihon jinkoshi no kenkyu"


def test_markdown_escapes_are_punctuation(guess: LanguageGuesser) -> None:
    # a bibliography converted to Markdown escapes its brackets: \(Tokyo Teikoku Daigaku, 1904\)
    runs = [r.text for r in guess.runs(r"Date-ke monjo \(Tokyo Teikoku Daigaku, 1904\)")]
    assert runs == ["Date-ke monjo", "Tokyo Teikoku Daigaku"]
    assert guess.word(r"C:\path").language == CODE
