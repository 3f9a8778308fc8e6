"""A whole name JMnedict lists read over UniDic's units: a part UniDic reads as a common
word, read anew by the name after a proper noun, is a proper noun too (capitalised)."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import Romanizer

STATIONS = Path(__file__).parent / "data" / "readings" / "stations_all.tsv"


def test_a_station_after_an_old_province_is_capitalised() -> None:
    with STATIONS.open(encoding="utf-8") as fh:
        kana = {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")}
    r = Romanizer()
    assert kana["羽前水沢"] == "うぜんみずさわ"
    assert r.romanize("羽前水沢") == "Uzen Mizusawa"  # was "Uzen mizusawa"
    assert r.romanize("越後水沢") == "Echigo Mizusawa"
    assert r.romanize("讃岐相生") == "Sanuki Aioi"
    assert r.romanize("伯耆大山") == "Hōki Daisen"
    # an administrative suffix stays lower case (Hamajima-chō, not -Chō)
    assert r.romanize("浜島町") == "Hamajima-chō"
    assert r.romanize("明治村") == "Meiji-mura"
