"""A writer who never sets off a syllabic n with an apostrophe (henyō, not hen’yō) is
given macron suggestions in that convention (issue 8): a suggestion that also added the
apostrophe would be a certain finding that changes more than the vowel the writer left
short. Lines from Drixler's bibliography (*Mabiki*, UC Press 2013, as transcribed in
vishvAsa/notes@0507cf60f, .../drixler_infanticide_1660/00/Bibliography.md), macrons
stripped; the first written as a writer who omits the apostrophe would write it."""

from __future__ import annotations

import jpterms

# Bibliography.md line 3178, its hen’yō written henyō
_HENYO = ("———, “Datai, mabiki kara sutego made: shusshō wo meguru seimeikan no henyō,” in "
          "Ochiai Emiko, ed., *Tokugawa Nihon no raifukōsu: rekishi jinkōgaku to no taiwa* "
          "\\(Mineruva Shobō, 2005\\). \n")
# Bibliography.md line 350, as written (san’yō)
_SANYO = "———, *Seken mune san’yō* \\(1692\\). \n"
_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def _suggestion(text: str, word: str) -> tuple[str, str]:
    found = next(f for f in jpterms.check(text.translate(_STRIP), path="bibliography.md")
                 if f.text == word)
    return found.suggestions[0], found.confidence


def test_a_writer_who_writes_no_apostrophe_is_suggested_none() -> None:
    # as written, only its particle wo is reported
    assert [f.code for f in jpterms.check(_HENYO, path="bibliography.md")] == ["JP501"]
    assert _suggestion(_HENYO, "henyo") == ("henyō", "certain")


def test_a_writer_who_writes_the_apostrophe_elsewhere_is_suggested_it() -> None:
    # the same entry in a bibliography that writes san’yō: its henyo lacks the apostrophe too
    assert _suggestion(_SANYO + _HENYO, "henyo") == ("hen'yō", "certain")
