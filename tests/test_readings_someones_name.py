"""A reading that is only someone's name (JMnedict's family, given or unclassed names,
Mozc's persons) does not displace UniDic's common words, numerals among them, nor a
place UniDic reads (ReadingResolver._only_someones, morpheme_tests.all_common_words)."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_an_unclassed_name_or_a_numeral_does_not_make_a_name_of_words() -> None:
    # Wikipedia titles: 左衛門 was よも (JMnedict's unclassed name), 三師 みつもろ
    assert kana_of("左衛門") == reading_gold("jawiki_draw.tsv")["左衛門"]
    assert kana_of("三師") == reading_gold("jawiki_titles.tsv")["三師"]


def test_a_family_name_does_not_displace_a_place_unidic_reads() -> None:
    text = "八ヶ岳中信高原国定公園"  # 中信 was the family name なかのぶ
    assert kana_of(text) == reading_gold("jawiki_draw.tsv")[text]
