"""Villages nobody lists: a place's first word reads as places read it."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import explain

DATA = Path(__file__).parent / "data" / "readings" / "jawiki_villages.tsv"


def _gold() -> dict[str, str]:
    with DATA.open(encoding="utf-8") as fh:
        return {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")}


def test_an_unknown_villages_first_word_is_read_as_a_places() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_villages.tsv) that neither Mozc nor
    # the dictionaries list: UniDic reads 上 うえ, 下 した, 小 しょう
    gold = _gold()
    for village in ("上鳥羽村", "下高瀬村", "小阿弥村"):
        assert "".join(w.kana for w in explain(village)) == gold[village]
    # a word of JMdict after the first kanji keeps its reading (大 + 司教 + 区)
    assert "".join(w.kana for w in explain("大司教区")) == "だいしきょうく"


def test_a_villages_mura_is_no_family_names_end() -> None:
    # MeCab reads 北山 + 田村 and 観音 + 寺村, ending the village in a family name (田村
    # Tamura); read as 北山田 + 村 (tests/data/readings/jawiki_villages.tsv)
    gold = _gold()
    for village in ("北山田村", "観音寺村"):
        assert "".join(w.kana for w in explain(village)) == gold[village]
    # a family name alone, or in a person's name, stays one word
    assert "".join(w.kana for w in explain("田村")) == "たむら"
