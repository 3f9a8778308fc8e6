"""A pronoun in kanji that UniDic reads as another JMdict entry's word, where Mozc writes
JMdict's headword more cheaply: 私 わたし, not UniDic's わたくし."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    ("私の社交ダンス", "Watashi no shakō dansu"),  # Aozora Bunko's title (tests/data/readings)
    ("私は、raw encoding が圧縮の効果が高いことを発見した。",  # a corpus line
     "Watashi wa, raw encoding ga asshuku no kōka ga takai koto o hakken shita."),
    ("僕は", "Boku wa"), ("貴方は", "Anata wa"), ("彼は", "Kare wa"),  # Mozc prefers UniDic's
])
def test_pronoun_reads_as_jmdict_and_mozc_prefer(text: str, read: str) -> None:
    assert Romanizer().romanize(text) == read


def test_explain_keeps_unidic_reading_as_an_alternative() -> None:
    word = Romanizer().explain("私は")[0]
    assert (word.kana, word.source, word.alternatives) == ("わたし", "jmdict", ("watakushi",))
