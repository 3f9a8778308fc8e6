"""Edo-period men's common names standing alone in prose (Jirōbei 次郎兵衛, Gon'nojō 権之丞),
which JMnedict lists for few of the people a history names, are spelled from the given name
before their ending (data/edo_name_endings.tsv; bibdev22, session 18). Text: Book 1, 194 and 165,
of Alexander Bennett's translation of *Hagakure* (Tuttle, 2014), as transcribed in
vishvAsa/notes@0507cf60f (the hagakure18 development source), its macrons taken out as the
stripped measure takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings

STRIPPED = (
    "One night, Sanza appeared at Hyakutake Jirobei’s house, announcing that he must see "
    "him. Taken aback, Jirobei ran outside to meet him.\n"
    "\n"
    "When I went to see my adopted son Gon’nojo in the New Year this spring, he told me: "
    "“I have been on sabbatical since the end of last year.”\n"
)


def test_a_common_name_is_its_given_name_and_its_ending() -> None:
    found = macron_findings(STRIPPED)
    assert ("Jirobei’s", "Jirōbei’s", "possible") in found
    assert ("Jirobei", "Jirōbei", "possible") in found
    assert ("Gon’nojo", "Gon’nojō", "possible") in found


def test_a_name_of_one_syllable_before_the_ending_stays_open() -> None:
    # Yozaemon 与左衛門: the names read a lone Yo as Yō; the writer is right to leave it
    assert macron_findings("The scout Yozaemon returned at dawn and reported to his lord.\n") == []
