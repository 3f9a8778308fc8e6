"""Given names that end in 都 and given names written in kana, after a family name of
kanji (issue 9). 都 is an administrative suffix after 東京 alone; a person JMnedict
lists whole, a family name of kanji and a given name of kana, is read as it lists."""

from __future__ import annotations

from jpterms.romanize import romanize


def test_a_given_name_ending_in_to_is_no_prefecture() -> None:
    # JMnedict's people (jamdict-data): the ballerina 吉田都 よしだみやこ and the
    # photographer 石内都 were "Yoshida-Miyako", "Ishiuchi-Miyako"; 岩田まこ都 いわたまこと
    # was "Iwata Mako-to"
    assert romanize("吉田都") == "Yoshida Miyako"
    assert romanize("石内都") == "Ishiuchi Miyako"
    assert romanize("岩田まこ都") == "Iwata Makoto"
    # 里都 is JMnedict's woman's given name (りつ, りと, さと) after the commonest family
    # name: was "Suke Fujisato-to", UniDic's 佐 + 藤里 (a town in Akita) + 都
    assert romanize("佐藤里都").startswith("Satō R")
    # the one prefecture in 都 keeps its hyphen
    assert romanize("東京都") == "Tōkyō-to"
    assert romanize("東京都千代田区") == "Tōkyō-to Chiyoda-ku"


def test_a_listed_person_with_a_given_name_in_kana_is_read_as_listed() -> None:
    # JMnedict's people: were "Tachibana mo mo", "Mori hosa chi", "Matsumotoshi no bu",
    # "Takeshita Shizu no onna"
    assert romanize("橘もも") == "Tachibana Momo"
    assert romanize("森ほさち") == "Mori Hosachi"
    assert romanize("松本志のぶ") == "Matsumoto Shinobu"
    assert romanize("竹下しずの女") == "Takeshita Shizunojo"
    # a family name listed under a reading that is the start of another (小日向 こひな and
    # こひなた): the given name keeps its kana, not "Kohina Tashie"
    assert romanize("小日向しえ") == "Kohinata Shie"
    # a wrestler's name with の inside stays as listed_name_with_no reads it
    assert romanize("隆の里俊英") == "Takanosato Toshihide"


def test_a_word_listed_as_a_place_and_borne_as_a_family_name_before_a_kana_name() -> None:
    # 川瀬 is a family name nine of JMnedict's people bear and a place; はづき no common
    # word: a person (was "Kawase wa zuki"). 源氏 (borne by one) before まつり is a title.
    assert romanize("川瀬はづき") == "Kawase Hazuki"
    assert romanize("源氏まつり") == "Genji matsuri"
