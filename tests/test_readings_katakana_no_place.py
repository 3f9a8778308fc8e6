"""A place's name of kanji joined by a katakana ノ inside a longer text (氷ノ山)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.readings import ReadingResolver
from jpterms.romanize import romanize


def test_a_place_joined_by_no_is_read_inside_a_longer_name() -> None:
    # UniDic cuts 氷 + ノ + 山 and reads the words こおり, やま; JMnedict lists 氷ノ山 as a
    # place read ひょうのせん, and Mozc writes it so
    titles = reading_gold("jawiki_phrase_titles.tsv")
    name = "わかさ氷ノ山自然ふれあいの里"
    assert kana_of(name) == titles[name]
    assert romanize(name).startswith("Wakasa Hyōnosen ")


def test_a_name_joined_by_no_keeps_no_long_vowel_across_it() -> None:
    # the reading of a name so joined is marked on each side of its の apart: なご + の +
    # うら (a station of tests/data/readings/stations_all.tsv), not Nagonōra
    assert ReadingResolver().mark("長太ノ浦", "なごのうら") == "ナゴノウラ"
