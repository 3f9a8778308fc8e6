"""A word ending a name whose reading JMdict also lists with one sound voiced: Mozc says which."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import explain

DRAW = Path(__file__).parent / "data" / "readings" / "jawiki_draw.tsv"


def test_toll_gates_read_jo_as_wikipedia_names_them() -> None:
    # Wikipedia titles of tests/data/readings/jawiki_draw.tsv: every toll gate (料金所) is
    # りょうきんじょ; UniDic reads the word りょうきんしょ, JMdict lists both, Mozc writes
    # じょ more cheaply, and JMnedict names too few gates for data/name_endings.tsv
    with DRAW.open(encoding="utf-8") as fh:
        gates = [r for r in csv.DictReader(fh, delimiter="\t")
                 if r["japanese"].endswith("料金所")]
    assert len(gates) >= 5
    for row in gates:
        words = explain(row["japanese"])
        assert words[-1].kana == "りょうきんじょ", row
        assert words[-1].alternatives[0] == "ryōkinsho"
    # where Mozc writes UniDic's reading more cheaply, it stands (製作所 せいさくしょ); the
    # word in a sentence takes JMdict's headword reading, which Mozc also writes more
    # cheaply (ReadingResolver._headword_reading)
    assert explain("井上製作所")[-1].kana == "せいさくしょ"
    assert explain("料金所の前で")[0].kana == "りょうきんじょ"
