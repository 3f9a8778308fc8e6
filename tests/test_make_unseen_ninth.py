"""benchmarks/make_unseen.py builds the ninth development source (session 15): Flueckiger's
Kokuikō article, whose reference list lost its italics and the kanji after each Japanese name
and title (a space is left before the next full stop or comma). ``reference_titles`` sets the
titles in italics again, so that the BibTeX measure reads them."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

# entries of the reference list, as the copy gives them (circumflexes made macrons)
ENTRIES = {
    "Ogasawara Haruo . Kokuju ronsō no kenkyū . Perikansha, 1988. ":
        "Ogasawara Haruo . *Kokuju ronsō no kenkyū*. Perikansha, 1988. ",
    "Hirata Atsutane . Kamōsho . In vol. 10 of Shinshū Hirata Atsutane zenshū . "
    "Meicho Shuppan, 1977. ":
        "Hirata Atsutane . *Kamōsho*. In vol. 10 of *Shinshū Hirata Atsutane zenshū*. "
        "Meicho Shuppan, 1977. ",
    # a title as the book an item is in; the editor after "ed." is no title
    "Hashimoto Inahiko . Ben Doku Kokuikō . In Kokuikō , ed. Wada Ichirō . Man’yōsha, 1936. ":
        "Hashimoto Inahiko . *Ben Doku Kokuikō*. In *Kokuikō*, ed. Wada Ichirō . "
        "Man’yōsha, 1936. ",
    # the authors of an edited book come first; a title in quotes keeps its quotes
    "Isomae Jun’ichi and Ogura Shigeshi , eds. Kinsei chōtei to Suika shintō . Perikansha, 2005.":
        "Isomae Jun’ichi and Ogura Shigeshi , eds. *Kinsei chōtei to Suika shintō*. "
        "Perikansha, 2005.",
    "Mogi Makoto . “Kokugaku to jukyō no ronsō” . In NST 39.":
        "Mogi Makoto . “Kokugaku to jukyō no ronsō” . In NST 39.",
    # English titles (no kanji left out) are left as they are
    "Herman Ooms. Tokugawa Ideology: Early Constructs, 1570–1680. Princeton University Press, "
    "1985. ":
        "Herman Ooms. Tokugawa Ideology: Early Constructs, 1570–1680. Princeton University Press, "
        "1985. ",
}


def test_reference_titles_sets_the_lost_italics(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    for entry, italic in ENTRIES.items():
        assert module.reference_titles(entry) == italic, entry


def test_the_ninth_source_is_built_with_the_notes(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    assert "ninth" in (module.__doc__ or "")
    assert module.FLUECKIGER.endswith("kamo-no-mabuchi_kokuiko_meaning-of-our-country.md")
