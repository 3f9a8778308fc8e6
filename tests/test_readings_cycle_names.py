"""A whole input that is one name of the sexagenary cycle (data ``cycle_names`` in
word_division.json) is read by the Japanese names of its stem and branch."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_cycle_name_alone_is_read_by_its_japanese_names() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_draw.tsv, jawiki_titles.tsv): were
    # こうしん, こうしん, きゆう, おっちゅう, しんび, こうご
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("甲申", "庚申", "己酉", "乙丑", "辛未"):
        assert kana_of(name) == draw[name], name
    assert kana_of("庚午") == reading_gold("jawiki_titles.tsv")["庚午"]
    r = Romanizer()
    word = r.explain("甲申")
    assert [(w.romaji, w.source, w.alternatives) for w in word] == [
        ("kinoesaru", "jmdict", ("kōshin",))]
    assert r.romanize("丁亥") == "Hinotoi"  # JMdict lists only ていがい; Mozc has it
    # inside a longer word the Chinese reading stays
    assert r.romanize("戊辰戦争") == "Boshin sensō"
    assert r.romanize("壬申の乱") == "Jinshin no ran"
    assert r.romanize("庚申塚") == "Kōshinzuka"


def test_only_the_sixty_pairs_of_the_cycle_are_read_so() -> None:
    # a stem and a branch of different parity are no year: 辛子 is mustard (JMdict からし),
    # 丁子 a clove (ちょうじ); they were Kanotone and Hinotone
    r = Romanizer()
    assert r.romanize("辛子") == "Karashi"
    assert r.romanize("丁子") == "Chōji"
    assert r.romanize("辛酉") == "Kanototori"  # a year of the cycle still is
