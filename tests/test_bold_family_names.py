"""A reading list that sets each author's family name in bold (``**Banno** Junji``), as
a course syllabus does: the bold's end is no punctuation between the two names, so the
full name is read as one (issue 8's false alarms). The lines are entries of a graduate
syllabus on modern Japanese historiography, written without macrons
(github:Fangye123/Extracting-Information-from-syllabi@67fee1bbd,
larger5kb_Md_File/9123_Course_Syllabus.md)."""

from __future__ import annotations

import jpterms
from jpterms.language import LanguageGuesser

ENTRIES = """\
  * ***Fukuzawa** Yukichi, An Outline of a Theory of Civi- lization (1875), trans., Dilworth and Hurst (Sophia University, 1973), Ch.9,  "The Origins of Japanese Civilization," pp. 135-170.
  * ***Tokutomi** Soho, The Future Japan [Shorai no Nihon, 1886], trans., Sinh (University of Alberta Press, 1989),  "Japan in Retrospect," pp. 133-166.
  * ****Banno** Junji, Democracy in Pre-War Japan: Concepts of Government, 1871-1937, Collected Essays (Routledge, 2001), preface (1 p.)
  * ****Nishikawa** Yuko,  "The Modern Family and Changing Forms of Dwellings in Japan," in Gender and Japanese History.
  * * **Yui** Daizaburo,  "Democracy from the Ruins: The First Seven Weeks of the Occupation in Japan," Hitotsubashi Journal of Social Studies, vol.19 (1987), pp. 31-45.
"""


def test_a_bold_family_name_and_the_given_name_are_one_run() -> None:
    line = ENTRIES.splitlines()[0]
    assert [[w[0] for w in r.words] for r in LanguageGuesser().runs(line)] == [
        ["Fukuzawa", "Yukichi"]]


def test_names_set_so_are_read_as_the_people_they_are() -> None:
    # were: Yukichi "Yūkichi", Banno "Bannō", Yuko "Yūkō" (a family name: the given name
    # taken for a short note's author), Yui "Yūi"
    found = {f.text: f.suggestions[0] for f in jpterms.check(ENTRIES, path="list.md")
             if f.code == "JP101"}
    assert "Yukichi" not in found and "Banno" not in found and "Yui" not in found
    assert found["Yuko"] == "Yūko"  # 西川祐子
    assert found["Soho"] == "Sohō"  # 徳富蘇峰 とくとみそほう
    assert found["Daizaburo"] == "Daizaburō"  # 油井大三郎


def test_a_given_name_some_bearers_spell_as_written_gets_no_guess() -> None:
    # the same syllabus's Taguchi Yukichi (its slip for Ukichi 卯吉): no full name is known,
    # and 2 of the 14 Yukichi JMnedict lists are spelled so (福沢諭吉 among them): "Yūkichi"
    # was a guess, wrong for them. Koji, which none of 265 spell so, is still reported.
    line = ("  * ***Taguchi** Yukichi, A Short History of the Civiliza- tion of Japan "
            "[Nihon kaika shoshi, 1877-82], trans. for revised Sources of Japanese "
            "Tradition, vol. 2 (Columbia University Press, forthcoming), (1 p.)\n")
    assert "Yukichi" not in {f.text for f in jpterms.check(line, path="list.md")}
    koji = line.replace("Yukichi", "Koji")
    assert [(f.text, f.suggestions) for f in jpterms.check(koji, path="list.md")] == [
        ("Koji", ("Kōji",))]
