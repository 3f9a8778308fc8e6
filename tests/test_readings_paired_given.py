"""A two-kanji given name no dictionary lists is read as the pair of halves likeliest in
one class of JMnedict's given names (sex, and each half on or kun), not each kanji by its
commonest reading alone (ComposedGivenNames.paired_name, ReadingIndex.given_class_counts)."""

from __future__ import annotations

from jpterms.reading_index import ReadingIndex
from jpterms.romanize import Romanizer


def test_the_classes_keep_apart_how_men_and_women_end_their_names() -> None:
    # 重 ends men's names read しげ (義重) and women's read え (八重, 千重): counted
    # together, え nearly ties
    counts = ReadingIndex.default().given_class_counts("重", head=False)
    assert max(counts["mkk"], key=lambda r: counts["mkk"][r]) == "しげ"
    assert max(counts["fkk"], key=lambda r: counts["fkk"][r]) == "え"
    assert sum(ReadingIndex.default().given_class_sizes().values()) > 50_000


def test_halves_that_go_together_in_a_name() -> None:
    r = Romanizer()
    # jawiki_draw: 高城胤重 たかぎたねしげ (was たねえ: 胤 たね, a man's, then 重 え, a woman's)
    assert r.romanize("高城胤重") == "Takagi Taneshige"
    # jawiki_draw: 中上海輔 なかがみかいすけ (was みすけ: 海 み begins women's names)
    assert r.romanize("中上海輔") == "Nakagami Kaisuke"


def test_halves_chosen_one_by_one_stand_unless_the_pair_is_far_likelier() -> None:
    from jpterms.readings import ReadingResolver

    r = ReadingResolver()
    # 隆張 りゅう + ちょう: no pair is 1.5 times as likely (九鬼隆張, jawiki_draw)
    assert r.persons.composed.paired_name("隆張", "りゅう", "ちょう") is None
    # wikidata_historical: 片倉村休 Katakura Murayasu; そん + きゅう, both on, is likelier
    # by less than the margin (tests/test_names_split.py asks the same)
    assert r.persons.composed.paired_name("村休", "むら", "やす") is None


def test_people_s_given_names_count_with_the_listed_ones() -> None:
    # jawiki_draw: 間部詮熙 まなべあきひろ (was せんき), 山鹿秀遠 やまがひでとお (was しゅうおん):
    # with the given names of JMnedict's people counted beside its given names (both kun
    # in most), the kun pair is at least 1.5 times as likely as the on pair
    r = Romanizer()
    assert r.romanize("間部詮熙") == "Manabe Akihiro"
    assert r.romanize("山鹿秀遠") == "Yamaga Hidetō"
