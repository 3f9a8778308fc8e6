"""Real English with no Japanese stays silent (issue 8): contributors' own spellings of
their names in the Node.js docs (tests/data/english, provenance in its README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jpterms import check

DATA = Path(__file__).parent / "data" / "english"


def _codes(text: str, name: str = "doc.md") -> list[str]:
    return [f.code for f in check(text, path=name)]


def test_a_chinese_surname_is_not_may_in_a_changelog_that_writes_the_month() -> None:
    text = (DATA / "nodejs_changelog_v17_excerpt.md").read_text(encoding="utf-8")
    assert "Xuguang Mei" in text and "May 2022" in text
    assert "JP603" not in _codes(text)


@pytest.mark.parametrize("confirming", [
    "Mei met Abe (メイ首相).",
    "\n\n1. MOFA, “Abe sōri to Mei Eikoku shushō to no kaidan [Abe and May],” 2017.",
])
def test_mei_is_may_where_the_documents_japanese_says_so(confirming: str) -> None:
    text = f"Prime Minister Theresa May visited Tokyo in May 2017. Mei met Abe. {confirming}"
    assert "JP603" in _codes(text)


def test_a_romanisation_english_never_writes_needs_no_confirmation() -> None:
    assert "JP603" in _codes("Prime Minister David Cameron visited Tokyo. Kyameron met Noda.")


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.md")))
def test_the_nodejs_docs_give_no_finding(name: str) -> None:
    """Contributors' names in the English order (Kohei Ueno in bold, Yosuke Furukawa in
    a changelog line whose pull request #1845 looks like a year) are their own spellings."""
    assert _codes((DATA / name).read_text(encoding="utf-8"), name) == []


def test_the_english_order_is_told_from_the_japanese_order() -> None:
    from jpterms.rules.citation_names import western_order
    from jpterms.spelling import SpellingJudge

    judge = SpellingJudge.for_glossary(None)
    assert western_order("Kohei", "Ueno", judge)
    assert western_order("Yosuke", "Furukawa", judge)
    assert not western_order("Abe", "Shinzo", judge)  # family name first
    assert not western_order("Sagara", "Toru", judge)
    assert not western_order("Ueno", "Kohei", judge)


def test_a_given_name_people_bear_without_a_long_vowel_keeps_it() -> None:
    """Yoshiki: JMnedict lists 38 people so and none Yōshiki (yōshiki 様式 is a noun)."""
    found = check("Kurihara Yoshiki, “Kindai Nihon no shiso,” *Shiso* 12 (1990).\n", path="a.md")
    assert [f.text for f in found if f.code == "JP101"] == ["shiso", "Shiso"]



def test_names_are_weighed_only_where_a_finding_would_stand(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted work, not time: whether a citation word is a person's own spelling (English
    order, a common given name) is asked only of a word a finding would report. Asked of
    every word of every citation run, it made a 1 MB mix of real text 25% slower (362 such
    questions on the scholarly excerpts of tests/data/unseen, all for words with no finding)."""
    from jpterms.rules import citation_macrons, citation_names, macrons_elsewhere, titles

    calls: list[str] = []
    western, given = citation_names.western_order, citation_names.given_name_as_written
    # patched where they are called: every module that imports them
    for module in (titles, citation_macrons, macrons_elsewhere):
        monkeypatch.setattr(module, "western_order",
                            lambda *a: calls.append("western") or western(*a))
    monkeypatch.setattr(citation_macrons, "given_name_as_written",
                        lambda *a: calls.append("given") or given(*a))
    unseen = Path(__file__).parent / "data" / "unseen"
    for path in sorted(unseen.glob("*.md")):
        check(path.read_text(encoding="utf-8"), path=path.name)
    assert calls == []


def test_a_japanese_given_name_is_not_a_chinese_name_of_two_words() -> None:
    """Shingo Inoue beside Chen Gang: Shingo is no romanised 秦剛 Shin Gō (Qin Gang), a
    glossary name of two words, whatever the reader (as plain text it was a finding)."""
    text = (DATA / "nodejs_readme_collaborators_excerpt.md").read_text(encoding="utf-8")
    assert "**Shingo Inoue**" in text and "**Chen Gang**" in text
    assert "JP603" not in [f.code for f in check(text, input_format="text")]
    assert "JP603" in _codes("Prime Minister David Cameron visited Tokyo. Kyameron met Noda.")
