"""A native or Sino-Japanese word never begins with a p-sound (ぱ, ぴ, ぷ, ぺ, ぽ): one
comes only after っ or ん inside a word (一歩 いっぽ, 散歩 さんぽ). A word that begins a
written word with one and is not written in katakana (the counter 歩 read ぽ, the piece ぽ
of っぽい, 版 read ぱん) costs more in a look-up. The title row is real: the Aozora titles
of tests/data/lookup/."""


import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms.edge_charges import charge_p_starts
from jpterms.lattice import new_edge, query_slots
from jpterms.lookup_costs import P_START_COST
from jpterms.reverse import ReverseEngine


def test_poe_is_poe() -> None:
    found = jpterms.lookup(query_for("aozora_titles_more.tsv", "ポーの片影"))
    assert found[0].kanji == "ポーの片影"  # was 歩の片影, 歩 read ぽ as in 一歩


@pytest.mark.parametrize(("query", "first", "gone"), [
    ("Pan to mizu", "パンと水", "版と見ず"),  # 版 read ぱん
    ("Ippo ippo", "一歩一歩", ""),  # the p-sound inside a written word pays nothing
    ("Peji", "ページ", ""),  # 頁 (ページ) is still offered, after the katakana
])
def test_p_sounds_begin_katakana_words(query: str, first: str, gone: str) -> None:
    top = [m.kanji for m in jpterms.lookup(query)]
    assert top[0] == first
    assert not gone or gone not in top


def test_only_words_beginning_a_written_word_are_charged() -> None:
    slots = query_slots("Ippo")
    edges = ReverseEngine().paths("Ippo", limit=1)[0].edges
    rows = [[e for e in edges if e.start == p] for p in range(len(slots))]
    assert charge_p_starts(rows, slots) == rows  # 一歩 begins with い
    slots = query_slots("Po")
    ho = new_edge(0, 1, "歩", "ぽ", 2011, 2011, 5294, "mozc")
    po = new_edge(0, 1, "ポ", "ぽ", 1851, 1851, 6000, "mozc")
    charged = charge_p_starts([[ho, po]], slots)[0]
    assert [e.cost for e in charged] == [5294 + P_START_COST, 6000]
