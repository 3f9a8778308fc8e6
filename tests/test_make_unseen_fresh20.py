"""benchmarks/make_unseen.py builds the development set of session 20 (``--fresh20``): the Open
Buddhist University's reading pages on Japan, each a reading list entry (its authors, its title
in italics, its year) and its text. Only pages of a course on Japan that write a Japanese long
vowel are taken; Sanskrit and Pali words lose their marks, so only Japanese macrons count."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

PAGE = (
    "---\n"
    'title: "The Travels and Poems of Matsuo Bashō"\n'
    "authors:\n"
    '  - "Lars Vargo"\n'
    "course: japanese # a comment\n"
    "year: 2021\n"
    "---\n"
    "\n"
    "> Bashō was a sensitive poet, who studied the prajñāpāramitā.\n"
)


def test_a_page_on_japan_is_an_entry_with_its_title_in_italics(
        load: Callable[[str], ModuleType]) -> None:
    entry = load("make_unseen").buddhist_uni_entry(PAGE)
    assert entry == ("Lars Vargo, *The Travels and Poems of Matsuo Bashō* (2021).\n\n"
                     "> Bashō was a sensitive poet, who studied the prajnaparamita.\n")


def test_pages_of_other_courses_or_without_a_long_vowel_are_left_out(
        load: Callable[[str], ModuleType]) -> None:
    entry = load("make_unseen").buddhist_uni_entry
    assert entry(PAGE.replace("course: japanese", "course: thai")) is None
    assert entry(PAGE.replace("ō", "o")) is None
    assert entry("no front matter\n") is None
