"""A whole input read as a family and a given name takes the genitive の of a clan name
where Mozc lists the whole written so with that の (its full names of people)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_name_mozc_lists_with_the_clan_genitive_takes_it() -> None:
    # Wikipedia's and a history tool's readings (tests/data/readings): were なかとみかつみ,
    # きはせお, たちばなひろすけ (JMnedict's given name), もののべおこし, きよわらいえひら
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("中臣勝海", "紀長谷雄", "橘広相", "中原親能", "清原家衡"):
        assert kana_of(name) == draw[name], name
    # 物部 もののべ: read whole, as JMnedict lists the family name, not kanji by kanji
    assert kana_of("物部尾輿") == reading_gold("history_terms.tsv")["物部尾輿"]
    r = Romanizer()
    # JMnedict lists him only as ふじわらただひら
    assert r.romanize("藤原忠平") == "Fujiwara no Tadahira"
    assert [(w.romaji, w.source) for w in r.explain("藤原忠平")] == [
        ("Fujiwara", "mozc"), ("no Tadahira", "mozc")]
    # a modern name Mozc lists without the の, one it does not list, and a family name that
    # ends in の itself (鵜殿 うどの) stay as they were
    assert r.romanize("藤原紀香") == "Fujiwara Norika"
    assert r.romanize("藤原周二") == "Fujiwara Shūji"
    assert r.romanize("鵜殿長照") == "Udono Nagateru"
