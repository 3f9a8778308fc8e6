"""Titles of the court after a family or a place name (``court_titles`` in
data/word_division.json): the genitive の before the title."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_family_name_and_a_court_title_take_the_genitive_no() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): no dictionary lists the
    # lady whole; UniDic reads 石川 + 命婦 without the の (いしかわみょうぶ)
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("石川命婦") == gold["石川命婦"]
    assert romanize("石川命婦") == "Ishikawa no Myōbu"
    # an office of two units is one word (左 + 大臣), a glossary word in it (大臣) keeps
    # its reading
    assert romanize("堀河左大臣") == "Horikawa no Sadaijin"


def test_a_listed_whole_is_cut_at_its_no_and_other_words_stay() -> None:
    # JMnedict lists these whole with the の: the cut falls before it (was "Suō Nonaishi",
    # "Kamakura Nō daijin")
    assert romanize("周防内侍") == "Suō no Naishi"
    assert romanize("鎌倉右大臣") == "Kamakura no Udaijin"
    # a whole listed otherwise (a family name), a prefix (前 "former"), a given name of
    # today (大輔 is no title here) and the title alone stay
    assert "ノ" not in kana_of("上内侍")
    assert "ノ" not in kana_of("前左大臣")
    assert "ノ" not in kana_of("宮川大輔")
    assert romanize("命婦") == "Myōbu"
