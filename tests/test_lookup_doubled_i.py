"""Hepburn writes い after i as a letter of its own (*Niigata*, *oniisan*): a single i
read as いい is a letter left out, dearer than a macron left off."""

from __future__ import annotations

import pytest

import jpterms


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


@pytest.mark.parametrize(("query", "first", "not_first"), [
    ("Ishi", "医師", "石井"),  # the station 石井 いしい was first
    ("Shi", "死", "志井"),
])
def test_a_single_i_is_read_as_written_first(query: str, first: str, not_first: str) -> None:
    found = _kanji(query)
    assert found[0] == first
    assert not_first not in found[:2]


@pytest.mark.parametrize(("query", "first"), [
    ("Onisan", "お兄さん"),  # onīsan with its macron left off
    ("Oniisan", "お兄さん"),
    ("Niigata", "新潟"),
    ("Kaiin", "会員"),
])
def test_ii_and_a_long_i_still_read(query: str, first: str) -> None:
    assert _kanji(query)[0] == first


def test_a_single_e_read_as_ei_is_dearer_too() -> None:
    # aozora_titles_more.tsv: 予の描かんと欲する作品, 映画館 read from *egakan* before
    found = _kanji("Yo no egakan to hossuru sakuhin")
    assert "予の描かんと欲する作品" in found
    for query, first in (("Sensei", "先生"), ("Onesan", "お姉さん"), ("Eiga", "映画")):
        assert _kanji(query)[0] == first
