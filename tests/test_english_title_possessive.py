"""Names with an English possessive in English titles (issue 8). The headings are real
dev text: Bennett's translation of Hagakure (Tuttle 2014), as transcribed in
github:vishvAsa/notes@0507cf60f (/work/notes/SOURCES.md, session 20), book 3, each set as
a BibTeX title with its macrons stripped."""

from __future__ import annotations

import jpterms

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _first_suggestions(title: str) -> dict[str, str]:
    bib = "@book{a,\n  title = {Nihon shiso no kenkyu},\n}\n" \
          f"@book{{b,\n  title = {{{title.translate(_STRIP)}}},\n}}\n"
    return {f.text: f.suggestions[0] for f in jpterms.check(bib, path="refs.bib")
            if f.line > 3 and f.suggestions}


def test_a_name_before_a_possessive_is_read_in_a_title_field() -> None:
    # 8-47 and 8-77: the possessive kept the name out of every run of romanised words
    assert _first_suggestions("Hashino Shōgen’s agreement to seppuku") == {"Shogen": "Shōgen"}
    assert _first_suggestions("Uchida Shōemon’s riposte about performing kaishaku") == \
        {"Shoemon": "Shōemon"}
    # a person named in the English order stays their own spelling, possessive or not
    assert _first_suggestions("Nagisa Oshima’s Cruel Story of Youth") == {}
