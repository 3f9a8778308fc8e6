"""A capitalised word no list knows that is a name the names spell one way before the
ending of a temple's, hall's or hermitage's name (data/hall_name_endings.tsv) is spelled so
(prose23, session 19). Text: Book 3 of Alexander Bennett's translation of *Hagakure*
(Tuttle, 2014), as transcribed in vishvAsa/notes@0507cf60f (the hagakure18 development
source), and English Wikipedia's "Francis Xavier" (chinapedia/wikipedia.abstract.en@4f3e897,
the wikidev development source), their macrons taken out as the stripped measure takes
them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_an_art_name_ending_in_ken() -> None:
    text = ("“He seems to be one with a gallant heart.” Lord Takanobu took Ichiyuken to the "
            "battle at Anegawa, where he was unmatched in courage.\n\n"
            "He was the youngest son of Juan de Jasso y Atondo, seneschal of Xavier castle.\n")
    # Ichiyū 一有 (the names' one spelling of ichiyu) and 軒 ken; Aton is a name JMnedict
    # lists only in katakana (アトン), a foreign one: no 堂 after it
    assert macron_findings(text) == [("Ichiyuken", "Ichiyūken", "possible")]
