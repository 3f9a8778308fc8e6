"""A family name read as the family's other people whose given names share a kanji read it."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_house_reads_its_family_name_as_its_men_do() -> None:
    romanizer = Romanizer()
    # 吉川経家, 吉川経安... Kikkawa: the house's men share 経 (was Yoshikawa, as most of
    # JMnedict's people named 吉川 read it)
    assert romanizer.romanize("吉川経信") == "Kikkawa Tsunenobu"
    # the rakugo school's names share 志 (立川志の輔...): Tatekawa, not Tachikawa
    assert romanizer.romanize("立川志らく") == "Tatekawa Shiraku"


def test_a_family_without_such_namesakes_keeps_its_commonest_reading() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("吉川英治") == "Yoshikawa Eiji"
    assert romanizer.romanize("藤原信") == "Fujiwara Makoto"
    words = Romanizer().explain("吉川経信")
    assert "Yoshikawa" in words[0].alternatives


def test_a_house_given_name_begins_with_the_kanji_as_its_men_read_it() -> None:
    romanizer = Romanizer()
    # 伊東祐亨, 伊東祐兵 ... すけ (was JMnedict's Yutaka, of some other 祐崇)
    assert romanizer.romanize("伊東祐崇") == "Itō Suketaka"
    # 松平頼恕, 松平頼則 ... より (was Raita)
    assert romanizer.romanize("松平頼多") == "Matsudaira Yorita"


def test_namesakes_of_a_common_family_do_not_make_a_house() -> None:
    romanizer = Romanizer()
    # 鈴木隆一, 鈴木隆夫 ... share 隆 たか by chance among 鈴木's hundreds
    assert romanizer.romanize("鈴木隆二") == "Suzuki Ryūji"
    assert romanizer.romanize("木村正太") == "Kimura Shōta"
