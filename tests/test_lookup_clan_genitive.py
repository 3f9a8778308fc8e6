"""A name of an ancient clan, *no* and a given name that no dictionary lists whole is
written without the の it reads (藤原高藤 *Fujiwara no Takafuji*), as such names are
written, just before the reading that writes the の (藤原の高藤); before, only the latter
was among the results (:meth:`jpterms.reverse.ReverseEngine._clan_genitive_unwritten`).

The people are real rows of tests/data/readings/jawiki_draw.tsv (Wikipedia article
titles with their kana, from github:tokuhirom/jawiki-kana-kanji-dict@0579823), looked up
as English writes them: the clan, *no*, the given name, in Hepburn without macrons.
"""

from __future__ import annotations

import pytest

import jpterms
from jpterms.kana import kana_to_romaji, strip_macrons
from jpterms.readings import clan_names
from reading_rows import gold_kana


def _query(japanese: str) -> str:
    """The row's name as English writes it: *Clan no Given*."""
    kana = gold_kana("jawiki_draw.tsv", japanese)
    clan = next(c for c in clan_names() if japanese.startswith(c))
    head = clan_names()[clan] + "の"
    assert kana.startswith(head)
    def word(text: str) -> str:
        return strip_macrons(kana_to_romaji(text)).capitalize()
    return f"{word(head[:-1])} no {word(kana[len(head):])}"


@pytest.mark.parametrize("japanese", ["藤原高藤", "在原元方", "藤原富子"])
def test_the_clan_name_is_written_without_its_genitive(japanese: str) -> None:
    found = [m.kanji for m in jpterms.lookup(_query(japanese))]
    assert found[0] == japanese, found
    clan = next(c for c in clan_names() if japanese.startswith(c))
    assert found[1] == clan + "の" + japanese[len(clan):], found


def test_the_query_is_as_english_writes_it() -> None:
    assert _query("藤原高藤") == "Fujiwara no Takafuji"


def test_a_word_that_is_no_given_name_keeps_its_genitive() -> None:
    """*Nankin no Kirisuto* (a real title, 南京の基督): 南京 is no clan, nothing changes;
    and a person a dictionary lists whole is found as before (源頼朝)."""
    assert jpterms.lookup("Nankin no Kirisuto")[0].kanji == "南京の基督"
    found = [m.kanji for m in jpterms.lookup("Minamoto no Yoritomo")]
    assert found[:2] == ["源頼朝", "源の頼朝"]
