"""A whole input of a kanji JMnedict lists as a family name, read the Japanese way, and two
kanji it lists as a name is a person, not a run read the Chinese way (issue 9).

Rows: jawiki_draw (tests/data/readings, the SKK dictionary's kana of Wikipedia titles) and
wikidata_scholars (tests/data/lookup, Wikidata's romaji).
"""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import explain, romanize

DATA = Path(__file__).parent / "data"


def _gold(path: Path, name: str) -> str:
    with path.open(encoding="utf-8") as fh:
        return next(r.get("kana") or r["gold_romaji"]
                    for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == name)


def test_a_family_name_then_a_listed_given_name_is_a_person() -> None:
    # 錦 にしき (a family name in JMnedict) + 文流 ぶんりゅう (a given name): the playwright
    # Nishiki Bunryū, was the Chinese run きんぶんりゅう
    assert _gold(DATA / "readings" / "jawiki_draw.tsv", "錦文流") == "にしきぶんりゅう"
    assert [(w.kana, w.source) for w in explain("錦文流")] == [
        ("にしき", "unidic"), ("ぶんりゅう", "jmnedict")]
    assert romanize("錦文流") == "Nishiki Bunryū"


def test_a_family_name_then_a_name_of_no_kind_is_a_person() -> None:
    # 鮒 ふな + 信学, which JMnedict lists as a name of no kind (のぶみち): two words, was the
    # one word "Hoshingaku" (the scholar's own reading, Nobutaka, no dictionary gives)
    assert _gold(DATA / "lookup" / "wikidata_scholars.tsv", "鮒信学") == "Funa Nobutaka"
    assert romanize("鮒信学") == "Funa Nobumichi"


def test_a_school_named_with_a_numeral_stays_a_place() -> None:
    # jawiki_schools: 父二峰 is a place (ふじみね), not the person 父 + 二峰
    assert "Chichi Nihō" not in romanize("久万町立父二峰中学校")
