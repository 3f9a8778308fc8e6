"""Rivals the lexicon should not weigh (issue 8). An inflected form only Mozc lists (書こう
kakō, 居よ iyo, 送ら okura) is no word a citation writes alone, and Mozc's cost for it is
no word frequency: it neither hides a word's long vowel (公論 kōron, 大倉 Ōkura) nor
lends one to a word as written (過去 kako). An old province's own name, spelled as
``data/provinces.tsv`` reads it (Iyo 伊予, Noto 能登, Mino 美濃), is taken as written.
Titles from Drixler's bibliography (vishvAsa/notes@0507cf60f, .../drixler_infanticide_1660/
00/Bibliography.md; see tests/data/README.md), macrons stripped."""

from __future__ import annotations

import jpterms
from jpterms.spelling import SpellingJudge

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")


def test_an_inflected_form_hides_no_long_vowel() -> None:
    bib = "@book{a,\n  title = {Hōsō kōron},\n}\n"
    assert jpterms.check(bib, path="refs.bib") == []
    found = {f.text: (f.suggestions[0], f.confidence)
             for f in jpterms.check(bib.translate(_STRIP), path="refs.bib")}
    assert found["koron"] == ("kōron", "possible")  # 公論, past ころん (転ろん)


def test_an_inflected_form_lends_no_long_vowel() -> None:
    judge = SpellingJudge.for_glossary(None)
    assert judge.missing_macron("kako") is None  # 過去, not 書こう kakō


def test_an_old_provinces_name_is_taken_as_written() -> None:
    judge = SpellingJudge.for_glossary(None)
    for province in ("iyo", "noto", "mino", "Iyo", "Noto"):
        assert judge.missing_macron(province) is None
    # no province: 大島 Ōshima is commoner (a place: a word in lower case is weighed as no name)
    oshima = judge.missing_macron("Oshima")
    assert oshima is not None and oshima.suggestion == "Ōshima"
