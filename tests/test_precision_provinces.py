"""The old provinces SKK's proper-noun dictionary lacks (issue 8): Sado 佐渡, Oki 隠岐,
Izu 伊豆, Hida 飛騨 and the rest of the 68 are in ``data/provinces.tsv`` from JMdict's
entries glossed "former province" (``tests/data/provinces/make_provinces.py``), so a
province's own name is taken as written (Sado, not Sadō). Titles from Drixler's
bibliography (vishvAsa/notes@0507cf60f, .../drixler_infanticide_1660/00/Bibliography.md;
see tests/data/README.md), macrons stripped."""

from __future__ import annotations

import jpterms
from jpterms.gazetteer import province_readings
from jpterms.spelling import SpellingJudge


def test_the_provinces_skk_lacks_are_listed() -> None:
    readings = province_readings()
    assert len(readings) >= 68
    assert {readings[w] for w in ("佐渡", "隠岐", "伊豆", "飛騨", "播磨", "伯耆")} == {
        "さど", "おき", "いず", "ひだ", "はりま", "ほうき"}
    assert readings["陸奥"] == "むつ"  # SKK's reading kept, not JMdict's other entry's


def test_a_province_named_in_a_title_is_taken_as_written() -> None:
    judge = SpellingJudge.for_glossary(None)
    for province in ("Sado", "sado", "Oki"):
        assert judge.missing_macron(province) is None
    bib = ("@book{a,\n  title = {Sado Aikawa no rekishi shiryoshu 4},\n}\n"
           "@book{b,\n  title = {Sado Ogi choshi: mura no rekishi ge},\n}\n")
    found = {f.text: f.suggestions[0] for f in jpterms.check(bib, path="refs.bib")}
    assert "Sado" not in found
    assert found["shiryoshu"] == "shiryōshū" and found["choshi"] == "chōshi"
