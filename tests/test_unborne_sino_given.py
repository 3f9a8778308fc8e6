"""A given name JMnedict lists only in a Chinese reading no one bears, beside a Japanese
reading of no known kind: warriors of the Wikipedia draw (tests/data/readings/jawiki_draw.tsv),
read against its kana."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jpterms.romanize import explain

DRAW = Path(__file__).parent / "data" / "readings" / "jawiki_draw.tsv"


def _gold(name: str) -> str:
    with DRAW.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["japanese"] == name:
                return row["kana"]
    raise LookupError(name)


@pytest.mark.parametrize(("name", "sino"), [
    ("禰寝清年", "Seinen"),  # JMnedict: 清年 せいねん (given name), きよとし (no kind)
    ("吉田永憲", "Eiken"),  # えいけん (given name), ながのり (no kind)
    ("馬場正尊", "Shōson"),  # しょうそん, せいそん (given names), まさたか (Mozc's)
])
def test_an_unborne_chinese_reading_gives_way(name: str, sino: str) -> None:
    words = explain(name)
    given = words[-1]
    assert "".join(w.kana for w in words) == _gold(name)
    # a choice between listed readings, not a sure one: the Chinese one stays an alternative
    assert given.confidence == "possible"
    assert sino in given.alternatives


def test_a_borne_chinese_reading_stays() -> None:
    # 章平 しょうへい: one counted person bears it, so the name of no kind (あきひら) waits
    assert explain("岡本章平")[1].kana == "しょうへい"


@pytest.mark.parametrize("name", ["松原葆斎"])
def test_an_art_name_after_a_studio_is_read_the_chinese_way(name: str) -> None:
    # no dictionary lists 葆斎: read as JMnedict's names ending in 斎 are (ほう + さい, not
    # pykakasi's ほ + さい), a guess
    words = explain(name)
    assert "".join(w.kana for w in words) == _gold(name)
    assert words[-1].confidence == "guess"


def test_an_art_name_does_not_repeat_its_ending() -> None:
    # 済斎 (Aozora's 山田済斎, Yamada Seisai): 済's first on reading さい is the ending's
    words = explain("山田済斎")
    assert words[-1].kana == "せいさい"
