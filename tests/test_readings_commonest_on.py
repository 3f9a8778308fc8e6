"""A kanji read the Chinese way for want of another takes KANJIDIC2's first on reading."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.readings import ReadingResolver
from jpterms.romanize import Romanizer


def test_a_kanji_read_the_chinese_way_takes_kanjidics_first_on_reading() -> None:
    # a Wikipedia title (tests/data/readings/jawiki_admin_terms.tsv) and a castle of Korea
    # (jawiki_draw.tsv): 月 read the Chinese way in a coined word is げつ, not Mozc's
    # cheapest がつ (of the months); 西 せい, not さい
    assert kana_of("月狂条例") == reading_gold("jawiki_admin_terms.tsv")["月狂条例"]
    assert kana_of("西生浦倭城") == reading_gold("jawiki_draw.tsv")["西生浦倭城"]
    assert [ReadingResolver().commonest_on(ch) for ch in "清月平仏"] == [
        "せい", "げつ", "へい", "ぶつ"]


def test_a_publisher_read_without_its_list_takes_kanjidics_first_on_reading() -> None:
    # a publisher of data/publishers.tsv (SKK-JISYO.propernoun), read with the list set
    # aside: 清 せい, not しん (Mozc's word for the Qing)
    romanizer = Romanizer()
    romanizer.readings._publishers = {}
    romanizer.readings._publisher_starts = frozenset()
    assert "".join(w.kana for w in romanizer.explain("清文堂")) == "せいぶんどう"
