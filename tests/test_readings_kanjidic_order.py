"""A kanji no dictionary reads in its word takes KANJIDIC2's first reading, in KANJIDIC2's
own order (the commoner reading first), which the reading index keeps."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.reading_index import ReadingIndex
from jpterms.readings import ReadingResolver


def test_the_index_keeps_kanjidics_order_of_a_kanjis_readings() -> None:
    # KANJIDIC2 lists 霊 レイ, リョウ; 操 ソウ, サン; 生 セイ, ショウ; 請 セイ, シン, ショウ
    index = ReadingIndex.default()
    assert index.kanji("霊")[0] == ("れい", "りょう")
    assert index.kanji("操")[0] == ("そう", "さん")
    assert index.kanji("生")[0] == ("せい", "しょう")
    assert index.kanji("請")[0] == ("せい", "しん", "しょう")
    assert ReadingResolver().kanji_guess("霊操") == "レイソー"


def test_a_word_read_by_kanjidic_takes_each_kanjis_first_on_reading() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv, jawiki_publishers.tsv): the
    # trie had given back a kanji's readings in its own order, so 操 was read さん
    # (霊操 れいさん), 鑫 きょく (王鑫), 萍 ひょう (李萍), 豊 ぶ (豊築市), 苗 みょう (苗秀社)
    gold = reading_gold("jawiki_draw.tsv")
    for title in ("霊操", "王鑫", "李萍", "豊築市"):
        assert kana_of(title) == gold[title], title
    assert kana_of("苗秀社") == reading_gold("jawiki_publishers.tsv")["苗秀社"]
