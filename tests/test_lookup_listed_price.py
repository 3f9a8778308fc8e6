"""A JMdict word of two kanji or more that Mozc also lists comes back into a look-up at
Mozc's price. The lattice keeps only the cheapest few homophones of a reading (えんじ:
園児, 演じ, 臙脂...), so Mozc's 衍字 "a redundant character" was crowded out and JMdict
gave it back at the price of a word of unknown frequency. The row is real: the HDIC
index terms of tests/data/lookup/."""


from tests.lookup_rows import query_for

import jpterms
from jpterms.reverse import ReverseEngine

FILE = "hdic_terms.tsv"


def test_a_crowded_out_word_comes_back_at_mozcs_price() -> None:
    top = [m.kanji for m in jpterms.lookup(query_for(FILE, "衍字"))]
    assert "衍字" in top
    assert top[0] == "園児"  # the common homophone stays first


def test_the_price_is_mozcs_only_where_cheaper() -> None:
    engine = ReverseEngine()
    assert engine.lattice_words.listed_price("衍字", "えんじ", 10_000) < 10_000
    assert engine.lattice_words.listed_price("衍字", "えんじ", 100) == 100
    assert engine.lattice_words.listed_price("豊の秋", "とよのあき", 9_500) == 9_500  # Mozc lacks it
