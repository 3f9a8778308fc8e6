"""A word English writes often as something else (Ryo a given name, Osho a guru) is the
Japanese word with its long vowel where the word before it shows it: a quantity before the
unit of money (ryō 両), a name before the priest's title (oshō 和尚); data/context_words.tsv
(prose24, session 20). Texts: Fabian Drixler, *Mabiki* (University of California Press,
2013), and Books 1 and 2 of Alexander Bennett's translation of *Hagakure* (Tuttle, 2014),
as transcribed in vishvAsa/notes@0507cf60f (the Drixler and hagakure18 development
sources), their macrons taken out as the stripped measure takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings


def test_a_unit_of_money_after_a_quantity() -> None:
    text = ("Beginning with the “upper lower class” \\( *ge no jo*\\), people were assessed "
            "half a ryo per household. Four strata higher, the “lower upper class” \\( *jo no "
            "ge*\\) had to shell out 7 ryo; the success of these products was such that Aizu "
            "soon needed to import 2,500 gold ryo worth of raw lacquer per year.\n")
    assert [f for f in macron_findings(text) if f[0] == "ryo"] == [("ryo", "ryō", "possible")] * 3


def test_a_priests_title_after_his_name() -> None:
    text = ("They say that he lived for another half a year. Priest Tannen Osho inquired if "
            "it was true, and how he prayed. When Lord Mitsushige was still a boy and trying "
            "to read a book in the presence of the priest Kaion Osho, he exclaimed.\n")
    assert macron_findings(text) == [("Osho", "Oshō", "possible"), ("Osho", "Oshō", "possible")]


def test_the_same_words_where_nothing_before_shows_them() -> None:
    # a given name, a guru named after an English word, a unit with no quantity before it:
    # English forms or names, as the word alone says (in a text that shows Japanese)
    text = ("Pilgrims filled the Todaiji compound. Ryo went home. The followers of Bhagwan "
            "Osho met in Pune. The ryo was a gold coin.\n")
    assert macron_findings(text) == [("Todaiji", "Tōdaiji", "possible")]


def test_a_title_set_in_italics_after_a_name() -> None:
    # the English Wikipedia's "Emperor Kōshō" and "Emperor Monmu" (the wiki17 and wikidev
    # development sources), as converted to Markdown: ''-tennō'' became _-tennō_, which
    # Markdown leaves as it is inside a word
    text = ("Kosho is thought to have been the fourth of eight Emperors without specific "
            "legends associated with them. The name Kosho_-tenno_ was assigned to him "
            "posthumously by later generations. Before his ascension to the Chrysanthemum "
            "Throne, his personal name (*imina*) was Karu_-shinno_.\n")
    found = macron_findings(text)
    # 孝昭天皇 Kōshō tennō (JMnedict); 親王 shinnō
    assert ("Kosho", "Kōshō", "possible") in found
    assert ("tenno", "tennō", "possible") in found and ("shinno", "shinnō", "possible") in found
    assert not any(w == "Karu" for w, _, _ in found)


def test_a_sovereign_named_before_the_japanese_title_alone_elsewhere() -> None:
    # the English Wikipedia's "Emperor Kōshō" (wiki17), its title line left out: the name
    # is given with -tennō only, then alone
    text = ("The name Kosho_-tenno_ was assigned to him posthumously by later generations. "
            "Nothing exists in the Kojiki other than his name and genealogy. Kosho's reign "
            "allegedly began in 475 BC.\n")
    assert ("Kosho's", "Kōshō's", "possible") in macron_findings(text)
