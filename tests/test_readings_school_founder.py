"""A school's founder (知名町立: the municipality before 立) and its own name where it ends
the founder's (垂水市立 | 垂水) are read as the official list reads the municipality; such a
name is cut as a name even where JMdict lists its spelling as a word."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import romanize


def test_the_founders_name_is_read_as_the_founder_is() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_schools.tsv): were たるみ (Kobe's ward),
    # しのやま, おおつ, and 出水 read with the school as one word (しゅっすいちゅうがっこう)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("垂水市立垂水中学校", "丹波篠山市立篠山小学校", "大津町立大津北中学校",
                  "出水市立出水中学校", "石川町立石川小学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("垂水市立垂水南中学校") == "Tarumizu shiritsu Tarumizu minami chūgakkō"
    # was "Ishikawa-chōtateishikawa shōgakkō": 石川 (a JMdict word) kept no cut
    assert romanize("石川町立石川小学校") == "Ishikawa chōritsu Ishikawa shōgakkō"


def test_a_municipality_before_its_ritsu_is_read_as_the_official_list_reads_it() -> None:
    # were Chimei (UniDic's word 知名), Naga, Sanbu (JMnedict), Jōmō: the official list's
    # ちなちょう, なかちょう, さんむし, こうげまち
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("知名町立知名中学校", "那賀町立木頭中学校", "山武市立山武中学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("上毛町立友枝小学校").startswith("Kōge chōritsu ")
    assert romanize("新温泉町立照来小学校").startswith("Shin-Onsen chōritsu ")  # as it was
