"""Titles and text written as phrases: a verb's continuative form before a noun voices the
noun as a compound's first half does; a suffix or a counter belongs to the word before
it, so no longer dictionary word starts there."""

from __future__ import annotations

import csv

from conftest import DATA, kana_of, reading_gold
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


def test_a_verb_stem_in_kana_before_a_noun_voices_it_too() -> None:
    # the Cineaste site's romanisation (tests/data/readings/film_titles_more.tsv,
    # Zatōichi Abaredako): was "Zatōichi abare tako"
    with open(DATA / "readings" / "film_titles_more.tsv", encoding="utf-8") as fh:
        gold = {r["japanese"]: r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")}
    got = Romanizer().romanize("座頭市あばれ凧")
    assert got.replace(" ", "").lower() == gold["座頭市あばれ凧"].replace(" ", "").lower()
    assert kana_of("あばれ凧") == "あばれだこ"
    # after a particle the kana verb still ends a clause
    assert kana_of("風があばれ凧が落ちる") == "かぜがあばれたこがおちる"


def test_no_listed_word_starts_at_a_suffix_or_a_counter() -> None:
    r = Romanizer()
    # 世界 + 中 + の + 人, not 世界 + 中の人 なかのひと (JMdict)
    assert r.romanize("世界中の人") == "Sekaijū no hito"
    assert kana_of("日本中の人") == "にほんじゅうのひと"
    # 一 + 日 + 中, not 一 + 日中 にっちゅう (the glossary's)
    assert r.romanize("一日中") == "Ichinichijū"
    # the glossary's word where no numeral counts its first unit
    assert kana_of("日中関係") == "にっちゅうかんけい"
