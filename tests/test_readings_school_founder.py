"""A school's own name that ends its founder's name (垂水市立 | 垂水) is read as the official
list reads the founder, and is a name even where JMdict lists its spelling as a word."""

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
    assert romanize("石川町立石川小学校") == "Ishikawa-chōritsu Ishikawa shōgakkō"
