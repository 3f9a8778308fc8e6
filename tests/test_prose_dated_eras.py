"""An era's name before a year of that era in brackets is spelled as the era is, whatever
the word alone would say (prose23, session 19). Text: Books 1 and 2 of Alexander Bennett's
translation of *Hagakure* (Tuttle, 2014), as transcribed in vishvAsa/notes@0507cf60f (the
hagakure18 development source), its macrons taken out as the stripped measure takes them
out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_an_era_before_one_of_its_years() -> None:
    text = ("He was one in a thousand. Once, in the seventh year of Enpo \\(1679\\), a "
            "conference was convened.\n\n"
            "It happened in spring of the third year of Shotoku \\(1713\\). Discussions "
            "were held.\n")
    # 延宝 Enpō 1673-1681, 正徳 Shōtoku 1711-1716 (shotoku alone: 所得 shotoku too)
    assert macron_findings(text) == [
        ("Enpo", "Enpō", "possible"), ("Shotoku", "Shōtoku", "possible")]


def test_an_era_before_famine_or_period() -> None:
    # Fabian Drixler, *Mabiki* (University of California Press, 2013), as transcribed in
    # vishvAsa/notes@0507cf60f (the Drixler development source)
    text = ("Fertility plunged during the Tenpo famine of the 1830s but rebounded in its "
            "aft ermath.\n")
    # 天保 Tenpō (tenpo alone is 店舗, a shop)
    assert macron_findings(text) == [("Tenpo", "Tenpō", "possible")]
