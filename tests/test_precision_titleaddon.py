"""A BibTeX title's translation or original script given in ``titleaddon`` (issue 8):
Language Science Press's guidelines put a title's translation there in square brackets,
biblatex-chicago's CJK styles the original script. Either is read as the title's own
(the translation chooses among readings, the original decides them), as a bracketed
translation or an original in parentheses after the title already is. The record is Abe
and Kaneko's *Saigo no “Nihonjin”* as boan-anbo/cite-non-english gives it (commit
9627c314b77d5fef6e0a4bf78a9b6be1ea072157, README.md line 38, AGPL-3.0): "Abe Yoshio
阿部善雄, and Kaneko Hideo 金子英生. _Saigo no “Nihonjin”: Asakawa Kan’Ichi no shōgai_
最後の「日本人」: 朝河貫一の生涯 [The last “Japanese”: Life of Kan’ichi Asakawa]. Iwanami
Shoten", made into the two styles' entries."""

from __future__ import annotations

import jpterms
from jpterms.citations import find_titles
from jpterms.readers import load_document

_TITLE = "Saigo no “Nihonjin”: Asakawa Kan’Ichi no shogai"
_ORIGINAL = "最後の「日本人」: 朝河貫一の生涯"
_TRANSLATION = "The last “Japanese”: Life of Kan’ichi Asakawa"


def _entry(addon: str) -> str:
    return ("@book{abe1983,\n  author = {Abe, Yoshio and Kaneko, Hideo},\n"
            f"  title = {{{_TITLE}}},\n  titleaddon = {{{addon}}},\n"
            "  publisher = {Iwanami Shoten},\n  year = {1983},\n}\n")


def _title(bib: str) -> tuple[str, str, str]:
    found = [t for t in find_titles(load_document(bib, "refs.bib")) if t.text.startswith("Saigo")]
    assert len(found) == 1
    return found[0].text, found[0].context, found[0].original


def test_a_bracketed_titleaddon_is_the_titles_translation() -> None:
    assert _title(_entry(f"[{_TRANSLATION}]")) == (_TITLE, _TRANSLATION, "")


def test_a_titleaddon_in_japanese_script_is_the_titles_original() -> None:
    assert _title(_entry(_ORIGINAL)) == (_TITLE, "", _ORIGINAL)
    found = {f.text: f.suggestions[0] for f in jpterms.check(_entry(_ORIGINAL), path="refs.bib")}
    assert found.get("shogai") == "shōgai"


def test_any_other_titleaddon_is_no_translation() -> None:
    # a subtitle-like addition in roman letters is neither
    assert _title(_entry("Asakawa Kan'ichi den")) == (_TITLE, "", "")
