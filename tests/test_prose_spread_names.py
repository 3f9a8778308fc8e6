"""A name that a full name decides in the prose is that name where it stands alone in the
same document too (prose23, session 19). Texts: Alan Strathern, "The Many Meanings of
Iconoclasm", Journal of Early Modern History 25/3 (2021), and note 55 of Book 1 of
Alexander Bennett's translation of *Hagakure* (Tuttle, 2014), both as transcribed in
vishvAsa/notes@0507cf60f (development sources), their macrons taken out as the stripped
measure takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_a_given_name_decided_by_the_full_name_is_spread() -> None:
    text = ("Many of these relate to the case of Bungo 1560–1580, and the relations of its "
            "lords Otomo Sorin and Yoshimune with the Usa Hachiman shrine in Buzen.\n\n"
            "The themes of iconoclasm are particularly explicit in the Portuguese evidence "
            "regarding the immediate aftermath of Sorin’s baptism in August 1578. Some weeks "
            "later, Sorin led a force of samurai into the territory of Tsuchimochi.\n")
    # sorin alone is no word the figures decide; Otomo Sorin is one person, 大友宗麟
    assert macron_findings(text) == [
        ("Otomo", "Ōtomo", "possible"), ("Sorin", "Sōrin", "possible"),
        ("Sorin", "Sōrin", "possible"), ("Sorin", "Sōrin", "possible")]


def test_a_given_name_after_a_family_name_is_spread() -> None:
    text = ("When his lord died, Nakano Shogen was appointed to serve as his second.\n\n"
            "I thought Shogen’s reply was admirable, for he did not hesitate.\n\n"
            "Later Shogen Yamada, a scholar of law, wrote of the case.\n")
    # shogen alone is a common word (緒言); the full name decided Shōgen; beside another
    # name (Shogen Yamada) it may be another person's, spelled as they spell it
    assert macron_findings(text) == [
        ("Shogen", "Shōgen", "possible"), ("Shogen", "Shōgen", "possible")]

