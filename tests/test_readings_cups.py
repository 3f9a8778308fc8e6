"""Cups: 杯 after a giver's name is the prize, hai, not the counter's bai."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import explain, romanize

DATA = Path(__file__).parent / "data" / "readings" / "jawiki_cups.tsv"


def test_a_cup_named_after_its_giver_reads_hai() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_cups.tsv): UniDic reads the counter's
    # バイ after 中日 and 東京新聞, the wine cup サカズキ after 若竹
    with DATA.open(encoding="utf-8") as fh:
        gold = {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")}
    for title in ("中日杯", "東京新聞杯", "若竹杯"):
        assert "".join(w.kana for w in explain(title)) == gold[title]
    assert romanize("中日杯") == "Chūnichi hai"
    # a numeral still counts cups, before 目 too
    assert romanize("三杯目") == "Sanbaime"
    assert romanize("コーヒー一杯") == "Kōhī ippai"
