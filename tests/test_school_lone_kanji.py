"""A school named after a place of one kanji, between its founder's 立 and the word for
the school, is that place read as a place alone is, a word of its own (rows of
tests/data/readings/jawiki_schools.tsv, Wikipedia's readings)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("school", "kana", "romaji"), [
    ("前橋市立嶺小学校", "みね", "Maebashi shiritsu Mine shōgakkō"),  # was 'shiritsurei'
    ("佐世保市立港小学校", "みなと", "Sasebo shiritsu Minato shōgakkō"),  # was 'Kō'
    ("名古屋市立葵小学校", "あおい", "Nagoya shiritsu Aoi shōgakkō"),  # was 'shiritsuaoi'
    ("神戸市立灘小学校", "なだ", "Kōbe shiritsu Nada shōgakkō"),  # was 'shiritsunada'
])
def test_a_one_kanji_school_name_is_a_place(school: str, kana: str, romaji: str) -> None:
    r = Romanizer()
    assert r.romanize(school) == romaji
    assert [w.kana for w in r.explain(school) if w.text == school[-4]] == [kana]


def test_a_quarter_and_a_longer_name_are_read_as_before() -> None:
    r = Romanizer()
    assert r.romanize("前橋市立城南小学校") == "Maebashi shiritsu Jōnan shōgakkō"
    assert r.romanize("日進市立東小学校") == "Nisshin shiritsu Higashi shōgakkō"
