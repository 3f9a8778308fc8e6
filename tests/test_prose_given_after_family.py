"""A given name after a family name, where JMnedict lists no such person, is spelled as the
given names spell its letters (bibdev22, session 18). Text: note 55 of Book 1 of Alexander
Bennett's translation of *Hagakure* (Tuttle, 2014), as transcribed in vishvAsa/notes@0507cf60f
(the hagakure18 development source), its macrons taken out as the stripped measure takes them
out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_a_given_name_after_a_family_name() -> None:
    text = ("Nakano Shogen was an elder councilor of the domain, and committed seppuku "
            "in 1689.\n")
    # shogen is a common word too (緒言); the one given name so read is Shōgen (将監)
    assert macron_findings(text) == [("Shogen", "Shōgen", "possible")]


def test_a_publisher_and_a_given_name_first_stay_open() -> None:
    assert macron_findings("The book was printed by Iwanami Shoten in Tokyo and sold well.\n") == []
    assert macron_findings("The singer Hiromi Go performed the song on television.\n") == []
