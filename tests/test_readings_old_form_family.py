"""A family name's readings are counted over its modern and its old kanji spellings
together: JMnedict lists 木沢 and 木澤 (沢 and its old form 澤) as two headwords, each with
its own people, but they are one family name, so the people of both decide its reading."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.readings import ReadingResolver
from jpterms.romanize import romanize


def test_people_of_both_spellings_decide_the_family_reading() -> None:
    # jawiki_draw.tsv: 木澤義之 きざわよしゆき; one person bears 木沢 きざわ and one 木澤
    # きざわ: two people together, none read きさわ (UniDic's, was "Kisawa Yoshiyuki")
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("木澤義之") == gold["木澤義之"]
    # aozora_authors.tsv: 成沢玲川 Narusawa Reisen; 成沢 なるさわ 2 people and 成澤
    # なるさわ 1 against なりさわ 1 (was "Narisawa Reisen")
    assert romanize("成沢玲川") == "Narusawa Reisen"


def test_old_spellings_are_counted_in_the_family_counts() -> None:
    resolver = ReadingResolver()
    counts = resolver.persons.family_counts("木沢")
    assert counts["きざわ"] == (resolver.index.name_counts("木沢", family=True)["きざわ"]
                                + resolver.index.name_counts("木澤", family=True)["きざわ"])


def test_family_names_that_were_right_stay_right() -> None:
    # a family name with no old form, and one whose people mostly read it one way in both
    # spellings (中沢 なかざわ 19, 中澤 なかざわ 12)
    assert romanize("中島稔").split()[0] == "Nakajima"
    assert romanize("中沢新一") == "Nakazawa Shin'ichi"
