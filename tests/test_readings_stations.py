"""A whole input that is a station's name is read as the nationwide station list reads it."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_station_name_is_read_as_the_station_list_reads_it() -> None:
    # rows of tests/data/readings/stations_all.tsv (Daiwa Yagi, Hinata Maeda, Chōtanoura
    # before): the shipped list (data/stations.tsv) has each station's own reading
    romanizer = Romanizer()
    assert romanizer.romanize("大和八木") == "Yamato Yagi"
    assert romanizer.romanize("日向前田") == "Hyūga Maeda"
    assert romanizer.romanize("長太ノ浦") == "Nagonoura"
    assert romanizer.explain("長太ノ浦")[0].source == "station"


def test_a_word_a_place_or_a_family_name_keeps_its_own_reading() -> None:
    # 木造 is a station きづくり but a common word first; 隅田 a station すだ but the
    # place and family name Sumida; 清水町 is a municipality (the official list decides)
    romanizer = Romanizer()
    assert romanizer.romanize("木造") == "Mokuzō"
    assert romanizer.romanize("隅田") == "Sumida"
    assert romanizer.romanize("清水町") == "Shimizu-chō"
