"""A municipality in an address (prefecture, county, town) is read as the official list reads it."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from jpterms.gazetteer import full_size, municipality_readings
from jpterms.kana import to_hiragana
from jpterms.romanize import Romanizer

TOWNS = Path(__file__).parent / "data" / "readings" / "towns_japanpost_tokyo.tsv"


def _kana(romanizer: Romanizer, text: str) -> str:
    return to_hiragana("".join(w.kana for w in romanizer.explain(text)).replace(" ", ""))


def test_a_town_or_village_after_its_county_is_the_municipality() -> None:
    # Japan Post's Tokyo addresses (tests/data/readings/towns_japanpost_tokyo.tsv, the
    # place each town is in): UniDic reads 瑞穂町, 日の出町, 奥多摩町 as one unit with
    # ちょう and 檜原村 ひばるむら; the official list has みずほまち, ひのでまち, おくたままち,
    # ひのはらむら. Of the 200 addresses, 191 had the municipality right before, 199 now.
    romanizer = Romanizer()
    listed = municipality_readings()
    seen = set()
    with TOWNS.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            place = re.search(r"in (\S+郡\S+);", row["notes"])
            if place is None or place.group(1) in seen:
                continue
            seen.add(place.group(1))
            municipality = place.group(1).split("郡")[1]
            assert full_size(listed[municipality]) in full_size(
                _kana(romanizer, place.group(1) + row["japanese"]))
    assert len(seen) == 4
    # an old kanji form is read in the modern form (苅田町 as 刈田町), and a county's 郡
    # ends one place: 京都 + 郡 + 苅田 + 町 was read as one name, "Katta-chō"
    assert romanizer.romanize("福岡県京都郡苅田町") == "Fukuoka-ken Kyōto-gun Kanda-machi"
    assert romanizer.romanize("北海道夕張郡長沼町") == "Hokkaidō Yūbari-gun Naganuma-chō"


def test_a_town_district_of_a_city_keeps_its_own_reading() -> None:
    # 長沼町 of Hachiōji is ながぬままち in Japan Post's list (the town of Hokkaido is
    # ながぬまちょう); 山田町 of Kobe is やまだちょう (Iwate's town やまだまち); alone, the
    # name is either, and a station may share it (Yokohama's 石川町 いしかわちょう, the
    # town of Fukushima いしかわまち): UniDic's reading stands
    romanizer = Romanizer()
    assert _kana(romanizer, "東京都八王子市長沼町").endswith("ながぬままち")
    assert _kana(romanizer, "神戸市北区山田町").endswith("やまだちょう")
    assert romanizer.romanize("長沼町") == "Naganuma-machi"
    assert romanizer.romanize("石川町") == "Ishikawa-chō"


def test_the_town_of_an_address_is_read_as_it_is_alone() -> None:
    # Japan Post's Tokyo towns, each after its prefecture and municipality: read in one
    # run, UniDic read across the boundary (練馬区錦 くきん, 世田谷区桜 くざくら, 多摩市
    # たまいち); 158 of the 200 towns were right, 179 now (179 of them are right alone)
    romanizer = Romanizer()
    right = 0
    with TOWNS.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            place = re.search(r"in (\S+);", row["notes"])
            assert place is not None
            right += _kana(romanizer, place.group(1) + row["japanese"]).endswith(row["kana"])
    assert right >= 175
    assert romanizer.romanize("東京都練馬区錦") == "Tōkyō-to Nerima-ku Nishiki"
    assert [w.text for w in romanizer.explain("東京都多摩市貝取")][-1] == "貝取"
    # no cut where the suffix begins a word with what follows: 区立 (municipal), 市長
    assert romanizer.readings.cuts.address_cut("東京都港区立図書館") is None
    assert romanizer.readings.cuts.address_cut("大阪府大阪市長") is None
