"""Given names of the court nobility: after the name of a court house
(data/court_houses.tsv), the first kanji of a given name is read as those houses' people in
JMnedict read it (data/court_name_heads.tsv: 公 きん, 実 さね)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_court_given_name_begins_as_the_court_read_it() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_draw.tsv): were とくだいじきみのぶ,
    # とくだいじみみち, おおぎまちさんじょうきみたか (JMnedict's given names at large most
    # often read 公 きみ and 実 み)
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("徳大寺公信", "徳大寺実通", "正親町三条公高", "徳大寺実堅"):
        assert kana_of(name) == draw[name], name
    r = Romanizer()
    assert r.romanize("徳大寺公信") == "Tokudaiji Kinnobu"
    assert r.romanize("三条実美は明治の政治家である。").startswith("Sanjō Sanetomi wa")


def test_a_person_jmnedict_lists_keeps_the_listed_reading() -> None:
    # JMnedict lists the actor 冷泉公裕 れいぜいきみひろ and 三条公頼 さんじょうきみより
    r = Romanizer()
    assert r.romanize("冷泉公裕") == "Reizei Kimihiro"
    assert r.romanize("三条公頼") == "Sanjō Kimiyori"
    # a family that is no court house keeps the common reading (公 きみ)
    assert r.romanize("山田公子") == "Yamada Kimiko"
