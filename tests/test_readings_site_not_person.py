"""A name of no known kind that ends in a site word UniDic reads as a suffix (寺, 院,
城) is the site's name, one word, not a family name and a given name."""

from jpterms import romanize


def test_a_temple_is_no_person() -> None:
    assert romanize("永福寺") == "Eifukuji"  # was "Eifuku Ji" (JMnedict: unclassed)
    assert romanize("永福寺に行く") == "Eifukuji ni iku"


def test_people_and_other_temples_stay() -> None:
    assert romanize("亀山本徳寺") == "Kameyama Hontokuji"
    assert romanize("山田孝雄") == "Yamada Yoshio"
