"""A whole input of a family name, one kanji of a given name and 村 is a person whose
given name ends with 村 where JMnedict lists those two kanji as a name only (issue 9).

Rows: jawiki_villages (tests/data/readings, the SKK dictionary's kana of Wikipedia titles
ending in 村, among them people of history).
"""

from __future__ import annotations

from jpterms.romanize import explain, romanize
from reading_rows import gold_kana


def test_a_given_name_ending_with_mura_is_read_whole() -> None:
    # 本多 + 忠 ただし + 村: JMnedict's 忠村 ただむら, a name: Honda Tadamura, not the
    # village "Hondatadashi-mura"
    assert gold_kana("jawiki_villages.tsv", "本多忠村") == "ほんだただむら"
    assert romanize("本多忠村") == "Honda Tadamura"
    assert gold_kana("jawiki_villages.tsv", "浪岡顕村") == "なみおかあきむら"
    assert [w.kana for w in explain("浪岡顕村")] == ["なみおか", "あきむら"]


def test_a_village_stays_a_village() -> None:
    # 宝江村: a one-kanji family name in UniDic's reading, no person
    assert romanize("宝江村").endswith("-mura")


def test_an_ending_given_names_seldom_take_stays_a_suffix() -> None:
    # JMnedict's two-kanji given names end in 町 まち once: 山田 + 正町 is no Masamachi
    assert "Masamachi" not in romanize("山田正町")
