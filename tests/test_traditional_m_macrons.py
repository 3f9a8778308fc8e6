"""The older Hepburn writes m before b, m and p (*bumpō*, *Kampyō*, *Shimbun*): a word so
spelled that lost its macron is judged as its n form is, and its suggestion keeps the
writer's m (issue 8: a stripped bibliography's words flagged with the right first
suggestion). Real lines, macrons stripped where the test says so:

* English Wikipedia, "Japanese language", its bibliography (the wikibib development set,
  ``benchmarks/data/unseen_wikibib.tsv``: ``Page/Japanese_language.md`` of
  github:chinapedia/wikipedia.abstract.en at 4f3e897), italics as that set writes them;
* English Wikipedia, "Cinema of Japan" (the wiki17 set, the same repository and commit),
  line 90: *Yojimbo*, the film's English title, which English writes so.
"""

from __future__ import annotations

import jpterms
from jpterms.kana import strip_macrons

MCCLAIN = ("-   -   McClain, Yoko Matsuoka. (1981). *Handbook of modern Japanese grammar:* "
           "[*Kōgo Nihon bumpō*]. Tokyo: Hokuseido Press. .\n")
KUROSAWA = ("The huge level of activity of 1960s Japanese cinema also resulted in many classics. "
            "Akira Kurosawa directed the 1961 classic *Yojimbo*. Yasujirō Ozu made his final "
            "film, *An Autumn Afternoon*, in 1962.\n")


def _found(text: str, path: str = "refs.md") -> dict[str, tuple[str, ...]]:
    return {f.text: f.suggestions for f in jpterms.check(text, path=path)}


def test_a_stripped_word_with_the_older_m_gets_its_macron_and_keeps_the_m() -> None:
    found = _found(strip_macrons(MCCLAIN))
    assert found["bumpo"][:1] == ("bumpō",)  # was silent: bunpō's key never met bumpo


def test_the_same_title_as_a_bibtex_title_field() -> None:
    bib = "@book{mcclain1981,\n  title = {Kogo Nihon bumpo},\n  year = {1981},\n}\n"
    assert _found(bib, "refs.bib")["bumpo"][:1] == ("bumpō",)


def test_the_written_m_is_kept_and_nothing_is_said_where_the_macron_is_there() -> None:
    assert "bumpō" not in _found(MCCLAIN)  # the original, macrons and all
    found = _found("See *Kampyo no kenkyu*.\n")
    assert found["Kampyo"][:1] == ("Kampyō",)  # 寛平, not Kanpyō


def test_a_word_english_writes_with_the_m_is_left_alone() -> None:
    # 用心棒 is yōjinbō, but *Yojimbo* is the film's English title (and a newspaper's
    # own name, *Asahi Shimbun*, has no long vowel to lose)
    assert "Yojimbo" not in _found(KUROSAWA)
    assert "Yojimbo" not in _found(strip_macrons(KUROSAWA))  # stripped: would be Yōjimbō
    assert "Shimbun" not in _found("*Asahi Shimbun*, 3 May 1947.\n")
