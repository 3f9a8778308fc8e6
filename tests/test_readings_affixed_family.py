"""A whole input whose first two UniDic units, a noun and a suffix (or a prefix and a
noun), are together a family name JMnedict lists only as one, read by UniDic as none of
its listed readings, begins with that family name when a name JMnedict gives a person
follows (``FamilyCuts.affixed_family``)."""

from __future__ import annotations

from tests.conftest import kana_of

from jpterms.romanize import romanize


def test_a_noun_and_a_suffix_that_are_a_listed_family_name() -> None:
    # aozora_authors.tsv: 桜間中庸 Sakurama Chūyō; UniDic: 桜 + suffix 間 かん (was
    # "Sakurakan chūyō"); JMnedict lists 桜間 only as the family name さくらま
    assert romanize("桜間中庸").split()[0] == "Sakurama"
    # wikidata_scholars.tsv: 円舘金 Endate Kin (舘, an old form of 館; was "Enkankin")
    assert kana_of("円舘金") == "えんだてきん"


def test_a_site_a_municipality_or_a_word_after_it_is_left_alone() -> None:
    # jawiki_titles.tsv: 金宮鉄道 きんぐうてつどう (鉄道 is no person's name)
    assert kana_of("金宮鉄道") == "きんぐうてつどう"
    # a municipality's suffix ends no person's name (寒江 + 村 stays as UniDic cut it)
    assert romanize("寒江村") == "Kan'e-mura"
