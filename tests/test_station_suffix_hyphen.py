"""A station's 駅 takes its hyphen whatever UniDic took the name's units for (JMnedict's
8,252 stations, 3,000 drawn and romanised: 842 did not end in "-eki", 116 now)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("written", "hepburn"), [
    ("新橋駅", "Shinbashi-eki"),  # one noun to UniDic (was "Shinbashieki")
    ("新橋駅で降りた", "Shinbashi-eki de orita"),  # 新橋, "new bridge", + 駅
    ("焼島駅", "Yakejima-eki"),
    ("航空公園駅", "Kōkū kōen-eki"),  # a name of common nouns (was "kōen'eki")
    ("北３４条駅", "Kita 34-jō-eki"),  # (was "34-jōeki")
    ("希望が丘高校前駅", "Kibōgaoka kōkōmae-eki"),  # tests/data/readings (was "kōkōmaeeki")
])
def test_a_stations_suffix_takes_its_hyphen(written: str, hepburn: str) -> None:
    assert Romanizer().romanize(written) == hepburn


@pytest.mark.parametrize(("written", "hepburn"), [
    ("東京駅", "Tōkyō-eki"), ("終着駅", "Shūchakueki"), ("無人駅", "Mujin'eki"),
    ("東京の主要駅", "Tōkyō no shuyōeki"), ("今船停留場", "Imafune teiryūjō"),
])
def test_a_kind_of_station_stays_one_word(written: str, hepburn: str) -> None:
    assert Romanizer().romanize(written) == hepburn


@pytest.mark.parametrize(("written", "hepburn"), [
    ("石川町駅", "Ishikawa-chō-eki"),  # was "Ishikawa-chō Eki": the town cut off, then 駅
    ("椿駅", "Tsubaki-eki"), ("錦駅", "Nishiki-eki"),  # a name of one kanji the list has
])
def test_a_town_or_a_kanji_before_eki_is_the_stations_name(written: str, hepburn: str) -> None:
    assert Romanizer().romanize(written) == hepburn
