"""A province of China (an ending no place of Japan takes: 省) is read the Chinese way,
not as a Japanese family's name or a person's (data ``provinces_abroad``)."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_province_abroad_is_read_the_chinese_way() -> None:
    # Wikipedia administrative terms (tests/data/readings/jawiki_admin_terms.tsv): 安東省,
    # a province of Manchukuo, was the family 安東 あんどう and a given name 省 (Andō Shō)
    gold = reading_gold("jawiki_admin_terms.tsv")
    assert kana_of("安東省") == gold["安東省"]
    assert romanize("安東省") == "Antō shō"


def test_a_ministry_and_a_province_dictionaries_list_stand() -> None:
    # jawiki_admin_terms.tsv: a ministry whose name is a JMdict word, a province JMdict or
    # Mozc lists whole
    gold = reading_gold("jawiki_admin_terms.tsv")
    for term in ("内務省", "総務省", "遼寧省", "四川省", "台湾省", "黒龍江省"):
        assert kana_of(term) == gold[term]
