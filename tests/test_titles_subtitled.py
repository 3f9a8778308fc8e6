"""An emphasised title whose Japanese main title an English subtitle follows after a colon
(*Gukanshō: The Future and the Past*), as English bibliographies cite Japanese works
(issue 8). The entries are English Wikipedia's "Emperor Seinei" article, its References
list, as github:chinapedia/wikipedia.abstract.en at 4f3e897 gives it (Page/Emperor_Seinei.md,
CC BY-SA; ``_Title_`` set as ``*Title*``, as benchmarks/make_unseen.py sets it); the
stripped copy loses its macrons as ``measure_precision.py`` takes them out."""

from __future__ import annotations

from tests.macron_findings import macron_findings

_STRIP = str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO")

ENTRIES = (
    "-   Brown, Delmer M. and Ichirō Ishida, eds. (1979). *Gukanshō: The Future and the "
    "Past.* Berkeley: University of California Press. ;\n"
    "-   Titsingh, Isaac. (1834). *Nihon Ōdai Ichiran*; ou, *Annales des empereurs du "
    "Japon.* Paris: Royal Asiatic Society, Oriental Translation Fund of Great Britain and "
    "Ireland.\n"
    "-   Varley, H. Paul. (1980). *Jinnō Shōtōki: A Chronicle of Gods and Sovereigns.* New "
    "York: Columbia University Press. ;\n"
)


def test_the_main_title_before_an_english_subtitle_is_read() -> None:
    found = macron_findings(ENTRIES.translate(_STRIP), "bibliography.md")
    assert ("Gukansho", "Gukanshō", "possible") in found
    assert ("Jinno", "Jinnō", "possible") in found
    assert ("Shotoki", "Shōtōki", "possible") in found
    # the entries as written: nothing to report
    assert macron_findings(ENTRIES, "bibliography.md") == []
    # an English main title: a word English writes, an English phrase (Nitobe's and
    # Fukushima's titles as Turnbull's endnotes cite them)
    text = ("1 Nitobe, Inazo, *Bushido: The Soul of Japan*, New York (1905).\n\n"
            "9 Fukushima, Shoichi, *Bushido in Tokugawa Japan: A Reassessment of the Warrior "
            "Ethos*, unpublished PhD thesis, Berkeley (1984) pp.80–81.\n")
    assert [f for f in macron_findings(text, "notes.md") if f[0] == "Bushido"] == []
