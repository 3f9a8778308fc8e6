"""A title word the conversion reads as a phrase with an inflected word in it (issue 8):
*yoikuho* is 良い区報 yoi kuhō to Mozc's conversion of the title, an adjective and a noun,
so it is no compound whose long vowels the conversion knows better than the lexicon's
養育法 yōikuhō ("method of child-rearing"). Before, the conversion's 'yoikuhō' was the
suggestion. The lines are real: Fabian Drixler, *Mabiki: Infanticide and Population Growth
in Eastern Japan, 1660–1950* (University of California Press, 2013), bibliography and
note 57, as transcribed in ``vishvAsa/notes`` at commit ``0507cf60f``
(``sapiens/branches/Trans-eurasian/japan/articles/drixler_infanticide_1660/00/``
``Bibliography.md`` and ``Sources.md``), macrons stripped as a writer who types none would."""

from __future__ import annotations

import pytest

import jpterms

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


@pytest.mark.parametrize("line", [
    "Chiba Fusao, “Akago yōikuhō no hottan,” *Iwate shigaku kenkyū * 66–67 \\(1982\\).",
    "57. Chiba, “Akago yōikuhō no hottan,” 109–111.",
])
def test_a_conversion_with_an_inflected_word_is_no_compound(line: str) -> None:
    found = {f.text: f.suggestions[0] for f in
             jpterms.check(line.translate(_STRIP) + "\n", path="notes.md") if f.code == "JP101"}
    assert found["yoikuho"] == "yōikuhō"  # before: 'yoikuhō' (良い区報)


def test_a_bibtex_title_likewise() -> None:
    bib = "@article{a,\n  title = {Akago yoikuho no hottan},\n}\n"
    found = {f.text: f.suggestions[0] for f in jpterms.check(bib, path="refs.bib")
             if f.code == "JP101"}
    assert found["yoikuho"] == "yōikuhō"
