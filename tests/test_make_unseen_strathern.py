"""benchmarks/make_unseen.py rebuilds the third development source (session 5, ``--strathern``):
Strathern's article on temple and shrine destruction, whose copy writes each note as its label on
a line and its text indented four spaces (Markdown's indented code, which a checker of Markdown
never reads). ``strathern_notes`` writes them as footnotes whose text follows the label."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

# notes 57 and 68 as the copy (vishvAsa/notes@0507cf60f, christian-inconoclasm.md) gives them
COPY = (
    "[^57]\n"
    "\n"
    "    Toyama Mikio 外山幹夫, _Ōtomo Sōrin_ 大友宗麟, (Tokyo, 1975), 75–76.\n"
    "\n"
    "[^68]\n"
    "\n"
    "    Fróis, _Historia de Japam_, III, 35; _Ōtomo-ki_ 大友記 \\[Record of the Ōtomo\\]. "
    "Gunsho ruijū 群書類従, vol. 397 (Tokyo, 1989), 565.\n"
)


def test_notes_are_footnotes_not_indented_code(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    assert module.strathern_notes(COPY) == (
        "[^57]: Toyama Mikio 外山幹夫, _Ōtomo Sōrin_ 大友宗麟, (Tokyo, 1975), 75–76.\n"
        "\n"
        "[^68]: Fróis, _Historia de Japam_, III, 35; _Ōtomo-ki_ 大友記 \\[Record of the Ōtomo\\]. "
        "Gunsho ruijū 群書類従, vol. 397 (Tokyo, 1989), 565.\n"
    )


def test_the_notes_titles_are_read_as_italics(load: Callable[[str], ModuleType]) -> None:
    # the BibTeX measure takes *Title*: the copy's _Title_ is set so, as the printed notes set it
    module = load("make_unseen")
    note = module._underscore_italics(module.strathern_notes(COPY)).splitlines()[0]
    assert note == "[^57]: Toyama Mikio 外山幹夫, *Ōtomo Sōrin* 大友宗麟, (Tokyo, 1975), 75–76."


def test_the_site_search_links_keep_their_text(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    keywords = "Keywords: [Japan](/search?q=Japan); [Ōtomo Sōrin](/search?q=Ōtomo+Sōrin)"
    assert module._SITE_LINK.sub(r"\1", keywords) == "Keywords: Japan; Ōtomo Sōrin"
