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


def test_restructuredtext_footnotes_are_read_as_notes() -> None:
    # PEP 377 cites its note 1 twice and numbers its notes 1, 3, 4: reStructuredText lets a
    # writer cite a note again and number notes at will, so nothing is wrong with it
    text = (DATA / "pep_0377_excerpt.rst").read_text(encoding="utf-8")
    assert text.count("[1]_") == 2 and ".. [3]" in text and ".. [2]" not in text
    assert jpterms.check(text) == []
    assert jpterms.check(text, path="pep.md") == []
    # a note cited again where the note that is never cited belongs is still reported
    slip = "A [1]_ and B [1]_ then C [3]_.\n\n.. [1] One.\n.. [2] Two.\n.. [3] Three.\n"
    assert [(f.code, f.text, f.suggestions) for f in jpterms.check(slip)] == \
        [("JP801", "[1]_", ("[2]_",))]


def test_a_list_of_steps_after_an_array_index_is_no_notes_list() -> None:
    # PEP 237: a C declaration "digit digits[1];" in a literal block, then a numbered list
    # of three phases, none of which any bracket cites but the first
    text = (DATA / "pep_0237_excerpt.rst").read_text(encoding="utf-8")
    assert "digit digits[1];" in text and "\n2. The remaining" in text
    assert jpterms.check(text) == []


def test_another_body_whose_longer_name_holds_a_near_miss_is_not_reported() -> None:
    # "the United Nations Security Council": not the National Security Council misspelt
    text = (DATA / "wikipedia_politics_of_eritrea_excerpt.md").read_text(encoding="utf-8")
    assert "United Nations Security Council" in text
    assert jpterms.check(text, path="a.md") == []
    found = jpterms.check("Japan's Nations Security Council met in Tokyo.\n")
    assert [(f.code, f.suggestions[0]) for f in found] == [("JP701", "National Security Council")]


@pytest.mark.parametrize(("name", "written"), [
    ("wikipedia_morocco_tennis_tour_abstract.md", "7–6⁽⁷⁻⁴⁾"),  # a tie-break's score
    ("wikipedia_commercial_school_bermejo_abstract.md", "the 1420⁷ Law"),  # note 7, cited
    ("wikipedia_epistle_to_the_romans_excerpt.md", "Chrestus,⁷⁵"),  # a quotation's own note
])
def test_superscripts_that_are_no_note_of_the_text_give_no_finding(name: str, written: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert written in text
    assert [(f.code, f.text) for f in jpterms.check(text, path="a.md")] == []
    assert [(f.code, f.text) for f in jpterms.check(text)] == []


def test_superscript_notes_are_still_compared() -> None:
    text = "The memo was signed.¹ The dialogue followed.³ The ministers met.²\n\n" \
           "1. Memorandum.\n2. Dialogue.\n3. Joint statement.\n"
    assert [f.code for f in jpterms.check(text)] == ["JP802"]
    cited = "Rome.[1] Claudius,⁷⁵ he said.[2] It rained.[2]\n\n[1] One.\n[2] Two.\n[3] Three.\n"
    assert [(f.code, f.text) for f in jpterms.check(cited)] == [("JP801", "[2]")]


@pytest.mark.parametrize(("name", "written"), [
    ("wikipedia_old_turkic_script_excerpt.md", "(_gemu_)"),  # a Chinese word, emphasised
    ("wikipedia_govindachandra_excerpt.md", '"Varanasi"'),  # a table repeats it
])
def test_a_word_alone_in_english_that_shows_no_japanese_gives_no_finding(
        name: str, written: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert written in text
    assert [(f.code, f.text) for f in jpterms.check(text, path="a.md")] == []
    assert [(f.code, f.text) for f in jpterms.check(text)] == []


def test_names_in_a_text_that_writes_another_script_are_that_languages() -> None:
    # a Sri Lankan actor's article writes his films in Sinhala script beside their
    # romanisations, which parse as romaji (Senesh Dissanaike Bandara, _Sulanga Gini Aran_)
    text = (DATA / "wikipedia_roshan_ravindra_abstract.md").read_text(encoding="utf-8")
    assert "(Sinhala: රොෂාන් රවින්ද්‍ර)" in text and "_Sulanga Gini Aran_" in text
    assert jpterms.check(text, path="a.md") == []
    assert jpterms.check(text) == []
    # Japanese script in the same text is read as ever
    cited = text + "\nMOFA, “Nichiei saiba kyogi no kaisai 日英サイバー協議の開催,” 2012.\n"
    assert {"saiba", "kyogi"} <= {f.text for f in jpterms.check(cited, path="a.md")}


def test_an_rfcs_references_then_its_sections_are_two_lists() -> None:
    # RFC 1721: references [1]-[3], then the sections "7.  Security Considerations" and
    # "8.  Author's Address", which were read as notes 7 and 8 never cited
    text = (DATA / "rfc1721.txt").read_text(encoding="utf-8")
    assert "   [3] Malkin, G., and F. Baker" in text and "\n7.  Security Considerations" in text
    assert jpterms.check(text) == []


def test_references_cited_by_number_in_any_order_are_no_footnotes() -> None:
    # RFC 3032 cites its references [1]-[11] in the order its prose needs them ([1], [2],
    # [5], [9], [4] ...), and lists some it never cites: no marker is "cited again" where
    # a note belongs, and no reference is a note "never cited"
    text = (DATA / "rfc3032.txt").read_text(encoding="utf-8")
    assert jpterms.check(text) == []
    # notes numbered as the text first cites them are compared as ever
    notes = "A.[1] B.[2] C.[2] D.[4]\n\n[1] One.\n[2] Two.\n[3] Three.\n[4] Four.\n"
    assert [(f.code, f.suggestions) for f in jpterms.check(notes)] == [("JP801", ("[3]",))]


def test_a_note_whose_text_follows_a_no_break_space_is_a_note() -> None:
    # "Celts": note 130 is "[130] \xa0 Beatrice Cauuet (...)", as the extract writes it
    text = (DATA / "wikipedia_celts_excerpt.md").read_text(encoding="utf-8")
    assert "[130] \xa0" in text and "gold.[130]" in text
    assert jpterms.check(text) == []
