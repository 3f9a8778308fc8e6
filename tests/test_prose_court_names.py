"""A person's full name in prose joined by *no* (Ōe no Otondo), or with a syllabic n set
off by an apostrophe (Kanō Tan'yū), is looked up whole, as a family and a given name
side by side are (session 54). Texts: sentences of English Wikipedia articles as stored
pages give them, shortened (Ariwara no Narihira, infogalactic.com/info/Ariwara_no_Narihira; the
Man'yōshū, de.zxc.wiki/wiki/Man%27yoshu, an English copy), their macrons taken out as
the stripped measure takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_a_name_joined_by_no_is_read_whole() -> None:
    text = ("Relatives: Ariwara no Yukihira (half-brother), Oe no Otondo (half-brother), "
            "Oe no Chisato (nephew), Ariwara no Motokata (grandson).\n")
    assert macron_findings(text) == [("Oe", "Ōe", "possible"), ("Oe", "Ōe", "possible")]
    text = ("It was compiled by private hands, primarily by the poet Otomo no Yakamochi "
            "based on the Chinese model, around 759.\n")
    assert macron_findings(text) == [("Otomo", "Ōtomo", "possible")]


def test_a_given_name_with_an_apostrophe_is_read_with_its_family_name() -> None:
    text = "Ariwara no Narihira by Kano Tan'yu, 1648.\n"
    assert macron_findings(text) == [("Kano", "Kanō", "possible"), ("Tan'yu", "Tan'yū", "possible")]


def test_no_stays_a_word_between_names_no_person_bears() -> None:
    # an apostrophe that is no syllabic n (a possessive) ends the name as before
    assert macron_findings("The Ise no Tsubone and Genji no Kimi. Ken's book.\n") == []
