"""For the last kanji of a short input (a person's given name), the walk of Mozc's trie
also tries the names JMnedict lists written with that kanji alone (史 ふびと, 平 おさむ,
純 あつし), so that Mozc's reading of a full name it lists is found."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import kana_of, reading_gold
from jpterms.readings import ReadingResolver
from jpterms.romanize import Romanizer

AUTHORS = Path(__file__).parent / "data" / "lookup" / "aozora_authors.tsv"


def test_a_given_name_of_one_kanji_is_walked_as_jmnedict_lists_it() -> None:
    # Wikipedia's readings: were こだまいつき, くらいしたいら
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("児玉樹", "倉石平"):
        assert kana_of(name) == draw[name], name
    # Aozora Bunko's own romaji of its authors: were Ishihara Jun, Osatake Takeshi
    with AUTHORS.open(encoding="utf-8", newline="") as fh:
        gold = {r["japanese"]: r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")}
    r = Romanizer()
    for name in ("石原純", "尾佐竹猛"):
        assert r.romanize(name) == gold[name], name
    # only for the last kanji of a short input: 史 alone is no piece of a longer walk
    resolver = ReadingResolver()
    assert "ふびと" in resolver.kanji_pieces("史", named=True)
    assert "ふびと" not in resolver.kanji_pieces("史")
