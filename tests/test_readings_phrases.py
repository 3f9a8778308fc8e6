"""Titles and text written as phrases: a verb's continuative form before a noun voices the
noun as a compound's first half does."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_verb_stem_before_a_noun_voices_it_as_a_compound() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_phrase_titles.tsv, jawiki_draw.tsv):
    # were こめふそく, つるしひと
    assert kana_of("込め不足") == reading_gold("jawiki_phrase_titles.tsv")["込め不足"]
    assert kana_of("吊し人") == reading_gold("jawiki_draw.tsv")["吊し人"]
    assert kana_of("込め不足") == "こめぶそく"
    # after a particle the verb ends a clause and the noun begins the next one
    r = Romanizer()
    assert r.romanize("山に登り川を渡る") == "Yama ni nobori kawa o wataru"
    assert kana_of("雨が降り風が強い") == "あめがふりかぜがつよい"
    # a noun before the noun voices it as before
    assert kana_of("運動不足") == "うんどうぶそく"

