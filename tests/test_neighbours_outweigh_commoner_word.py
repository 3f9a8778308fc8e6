"""A word's commoner spelling alone (共同 kyōdō) against the dictionary word it spells with
its neighbours (郷土玩具 kyōdo gangu): the neighbours' spelling, possible. A probe that
romanised 3,000 development inputs, stripped their macrons and checked them: 20 likely
wrong suggestions, 7 of them this kind (session 59)."""

from __future__ import annotations

import jpterms


def _macrons(title: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(f.text, f.suggestions, f.confidence)
            for f in jpterms.check(f"“{title}”", path="a.md") if f.code == "JP101"]


def test_the_neighbours_spell_the_word() -> None:
    # tests/data/readings: 祖父江町郷土資料館, 日本郷土玩具博物館, 樹状細胞 (were kyōdō, Jūjō,
    # likely: --fix-unsafe wrote them)
    assert ("kyodo", ("kyōdo",), "possible") in _macrons("Sobue-cho kyodo shiryokan")
    assert _macrons("Nihon kyodo gangu hakubutsukan") == [("kyodo", ("kyōdo",), "possible")]
    assert ("Jujo", ("Jujō",), "possible") in _macrons("Jujo saibo")


def test_the_commoner_word_stands_where_no_neighbour_says_otherwise() -> None:
    assert ("Kyodo", ("Kyōdō",), "likely") in _macrons("Kyodo kumiai no kenkyu")
