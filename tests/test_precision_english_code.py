"""Real English technical documentation with no Japanese stays silent (issue 8): code in a
plain-text manual (Evergreen's, provenance in ``tests/data/unseen/README.md``) is not a
quoted title or a footnote, and the mechanisms that say so leave real titles and notes
checked."""

from __future__ import annotations

from pathlib import Path

import pytest

import jpterms

DATA = Path(__file__).parent / "data" / "unseen"


@pytest.mark.parametrize("name", ["evergreen_stored_queries_excerpt.txt",
                                  "evergreen_flattener_join_excerpt.txt",
                                  "evergreen_email_regex_excerpt.txt"])
def test_code_in_a_plain_text_manual_gives_no_finding(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert [(f.code, f.text) for f in jpterms.check(text)] == []


def test_a_quoted_sql_alias_is_code_wherever_it_stands() -> None:
    text = (DATA / "evergreen_stored_queries_excerpt.txt").read_text(encoding="utf-8")
    assert '"aou".id' in text and 'actor.org_unit AS "aou"\n' in text
    assert jpterms.check('FROM actor.org_unit AS "aou"\n')  # alone, it reads as wāpuro aō
    assert jpterms.check('"aou".id FROM actor.org_unit AS "aou"\n') == []


def test_a_title_beside_code_is_still_checked() -> None:
    found = jpterms.check('x="aou"; MOFA, "Nichiei saiba kyogi no kaisai," 2012; "aou".id\n')
    assert [f.text for f in found] == ["saiba", "kyogi"]


def test_markdown_notes_need_both_halves_in_the_text() -> None:
    regex = "Set it to `^[^@,\\s]+@[^@,\\s]+$` to allow one address.\n"
    assert jpterms.check(regex) == []  # a character class, not a note
    assert jpterms.check("The format is SARIF.[^1] The goal is tools.\n") == []
    assert jpterms.check("[^1]: Pronounced 'sæ-rɪf.\n") == []  # the notes of other files
    found = jpterms.check("SARIF.[^1] Tools.[^2]\n\n[^1]: Pronounced 'sæ-rɪf.\n")
    assert [(f.code, f.text) for f in found] == [("JP803", "[^2]")]


def test_array_indexes_in_a_manual_that_counts_from_zero_are_no_markers() -> None:
    text = (DATA / "libffi_manual_arrays_excerpt.txt").read_text(encoding="utf-8")
    assert "args[0]" in text and "args[1]" in text
    assert jpterms.check(text) == []
    # the same brackets in prose that never indexes from zero are still citations
    found = jpterms.check("Kudo[1] is a martial art.[1] It began in 1981.[3]\n")
    assert [(f.code, f.text) for f in found] == [("JP801", "[1]")]


def test_a_quoted_bracket_is_a_mention_not_a_citation() -> None:
    # GNU find's manual: "the background job labeled '[4]'"
    text = "Use '%4' for the job labeled '[4]'.[1]\n\n1. GNU Findutils manual.\n"
    assert jpterms.check(text) == []
    assert [f.code for f in jpterms.check(text.replace("'[4]'", "[4]"))] == ["JP803"]


def test_a_note_the_text_cites_in_brackets_is_not_never_cited() -> None:
    # a Wikipedia extract (no Japanese): "_Sadda Haq_[8][9]" cites note 8, though no
    # marker pattern reads a run after an underscore
    name = "wikipedia_harshita_gaur_abstract.md"
    text = (DATA / name).read_text(encoding="utf-8")
    assert "_Sadda Haq_[8][9]" in text
    assert jpterms.check(text, path=name) == []
    # a note nothing cites is still reported
    found = jpterms.check("Won.[1]\n\n[1] Award list.\n[2] Archived page.\n", path="a.md")
    assert [(f.code, f.line) for f in found] == [("JP803", 4)]


def test_a_word_another_european_language_writes_is_no_lone_japanese_title() -> None:
    # "facho" (French, Zipf 3.3 in wordfreq's French) quoted alone in an English article
    name = "wikipedia_fake_news_facho_excerpt.md"
    text = (DATA / name).read_text(encoding="utf-8")
    assert '("facho" referring to fascist)' in text
    assert jpterms.check(text, path=name) == []
    found = jpterms.check('The book "Teiyusha" appeared in 1906.\n', path="a.md")
    assert [f.suggestions[0] for f in found] == ["Teiyūsha"]  # no list knows it either


def test_a_phrase_of_another_language_holds_no_japanese_run() -> None:
    # a Greek title in Latin letters under "References": "Apo tou" beside Nilou, Dounaveos
    name = "wikipedia_sophia_tavoularis_abstract.md"
    text = (DATA / name).read_text(encoding="utf-8")
    assert "Apo tou Nilou mehri tou Dounaveos [From Nile to Danube]" in text
    assert jpterms.check(text) == []
    # one foreign name beside a Japanese title leaves the title Japanese (SuttaCentral)
    found = jpterms.check("References\n\nHosoda, Noriaki 1989. R. Pischel kohyo Bonbun "
                          "danken ni tsuite [On the fragments], 12-30.\n")
    assert "kōhyō" in [f.suggestions[0] for f in found if f.suggestions]


def test_a_kunrei_spelling_other_languages_write_is_never_certain() -> None:
    # a Telugu film's song "Siva Siva Shankara": Siva (English Zipf 2.9, the god's name)
    # was a certain Kunrei-shiki slip for Shiva, which --fix applied
    name = "wikipedia_sri_rama_raksha_songs_excerpt.md"
    text = (DATA / name).read_text(encoding="utf-8")
    assert '"Siva Siva Shankara"' in text
    siva = [f for f in jpterms.check(text, path=name) if f.text == "Siva"]
    assert siva and {f.confidence for f in siva} == {"possible"}
    # a Kunrei spelling no other language writes stays certain
    found = jpterms.check("MOFA, “Kokusai syakai to Nihon [Japan and the world],” 2010.\n")
    assert [(f.text, f.confidence) for f in found] == [("syakai", "certain")]


def test_an_unofficial_name_in_a_text_not_about_japan_is_only_possible() -> None:
    # the Hawaiian Kingdom's "House of Representative": one letter from the Shūgiin's
    # English name, certain (applied by --fix) in an article that never names Japan
    name = "wikipedia_john_green_hoapili_abstract.md"
    text = (DATA / name).read_text(encoding="utf-8")
    assert "elected to the House of Representative, the lower house" in text
    found = jpterms.check(text, path=name)
    assert [(f.code, f.confidence) for f in found] == [("JP701", "possible")]
    japan = jpterms.check("In 1890 he was elected to Japan's House of Representative.\n")
    assert [(f.code, f.confidence) for f in japan] == [("JP701", "certain")]


def test_an_apostrophe_is_no_near_miss_of_a_confirmed_name() -> None:
    # Hawaii is confirmed by ハワイ (Hawai); Hawai'i writes the ʻokina, not a slip of it
    text = (DATA / "wikipedia_hawaiian_language_excerpt.md").read_text(encoding="utf-8")
    assert "Hawai'i" in text and "Hawaii," in text
    assert [f.code for f in jpterms.check(text, input_format="markdown")] == []
    # a name one letter away is still reported (the rule's own example)
    found = jpterms.check("Defence Secretary Philip Hammond visited Tokyo. Hamond met Genba.\n"
                          "  1. MOFA, “Genba gaimu daijin to Hamondo Eikoku bōshō to no "
                          "kaidan,” 2012.\n")
    assert "JP602" in [f.code for f in found]


def test_a_note_cited_in_lines_markdown_takes_for_code_is_cited() -> None:
    # "Award[62]" stands in a list of works indented eight spaces, which Markdown reads as
    # an indented code block; the note is still cited where the text writes its number
    text = (DATA / "wikipedia_brian_aldiss_excerpt.md").read_text(encoding="utf-8")
    assert "        British Science Fiction Association (BSFA) Award[62]\n" in text
    assert "\n[62] . British Science Fiction Association." in text
    assert [f.code for f in jpterms.check(text, input_format="markdown")] == []
