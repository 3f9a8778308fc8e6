"""A classical verb of the ha row spelled with kanji and one old kana (喰ふ, 食ふ) is read
as UniDic reads today's spelling (喰う くう), and its ending u stays a vowel of its own
(romanize._classical_verb_rows)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_old_kana_verb_read_as_today_spelling() -> None:
    romanizer = Romanizer()
    # real titles: Tanizaki's 蓼喰ふ虫 (1929) and Makino Shin'ichi's 西瓜喰ふ人 (Hoyt
    # Long's corpus table: Suika kuu hito); UniDic's classical 喰ふ is 食らふ
    assert romanizer.romanize("蓼喰ふ虫") == "Tade kuu mushi"  # was kurau
    assert romanizer.romanize("西瓜喰ふ人") == "Suika kuu hito"
    assert romanizer.romanize("喰ひ物") == "Kui mono"  # was Kurai
    # the ending u of a classical verb is no long vowel: kuu, not kū
    assert romanizer.romanize("人を食ふ") == "Hito o kuu"


def test_verbs_read_alike_both_ways_stay() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("思ふ") == "Omou"
    assert romanizer.romanize("言ふ事") == "Iu koto"
    assert romanizer.romanize("笑ふ") == "Warau"
