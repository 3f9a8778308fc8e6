"""A capitalised word standing alone in prose whose letters the names spell more than one
way is spelled as nearly all its bearers spell it (bibdev22, session 18). Text: Alexander
Bennett's translation of *Hagakure* (Tuttle, 2014), Book 3, 3-16, as transcribed in
vishvAsa/notes@0507cf60f (the hagakure18 development source), its macrons taken out as the
stripped measure takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings

STRIPPED = (
    "His request did not win the peasants over, and they tried to continue on their way. "
    "Yonosuke flew into a rage and unsheathed his sword. “I will not allow even one of you "
    "to pass\\!” The peasants were left with no choice but to haul the bales of rice into "
    "Yonosuke’s home in exchange for his receipt.\n"
)


def test_a_name_nearly_all_its_bearers_spell_one_way() -> None:
    # JMnedict: 8 people named Yōnosuke, 1 Yonosuke; shown, never fixed
    assert macron_findings(STRIPPED) == [("Yonosuke", "Yōnosuke", "possible"),
                                  ("Yonosuke’s", "Yōnosuke’s", "possible")]


def test_a_name_its_bearers_spell_both_ways_stays_open() -> None:
    # Ono: 小野 Ono and 大野 Ōno, many people each
    assert macron_findings("Ono Doken fought at the river, and Ono was praised.\n") == []


def test_a_given_name_before_a_family_name_is_the_person_s_own_spelling() -> None:
    # docs/examples/founding_article.txt, line 19: Kōichirō for 34 of 37 bearers, but here
    # the minister is named in the English order, as he spells himself
    text = ("When Defence Secretary Philip Hammond visited Foreign Minister Koichiro Gemba in "
            "Tokyo on October 31, 2011, the foreign ministers agreed.\n")
    assert macron_findings(text) == []
