"""仏, which UniDic reads alone as ふつ (France), is the Buddha where it is a word of its
own with no country beside it (HDIC's volume names of the Ruiju myōgishō)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "romaji"), [
    ("仏上", "Butsujō"),  # hdic_terms: a volume of the Ruiju myōgishō, 仏 + the suffix 上
    ("仏中", "Butsuchū"),  # hdic_terms
    ("類聚名義抄　仏・法・僧", "Ruiju myōgishō butsu hō sō"),  # hdic_terms: the Three Jewels
    ("仏の顔も三度", "Hotoke no kao mo sando"),  # alone, before a particle: the native word
])
def test_the_buddha_where_no_country_is_beside_it(text: str, romaji: str) -> None:
    assert Romanizer().romanize(text) == romaji


@pytest.mark.parametrize(("text", "romaji"), [
    ("英・仏", "Ei futsu"),  # a list of countries
    ("仏文学", "Futsubungaku"),  # before a noun: French literature
    ("在仏", "Zaifutsu"),  # one UniDic word
    ("日仏", "Nichifutsu"),  # the glossary
])
def test_france_stays_france(text: str, romaji: str) -> None:
    assert Romanizer().romanize(text) == romaji
