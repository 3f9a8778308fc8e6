"""Numbers in kanji as vertical print writes them: one digit per place (一九二八年,
二〇〇五年) is the number those digits write, as the same number in Arabic digits reads
(*1928-nen*; it was "Ichi kyū nihachinen" and 二〇〇五年 "Nihyaku gonen"); a count of years
in kanji is read as a count (昭和二十年 *Shōwa nijūnen*; it was JMdict's archaic
はたとせ, "Shōwa hatatose")."""

from __future__ import annotations

import jpterms

# Aozora Bunko card 1466 (https://www.aozora.gr.jp/cards/000156/card1466.html):
# Kobayashi Takiji's novel, titled with the date in kanji digits
TAKIJI = "一九二八年三月十五日"
# JACAR (Japan Center for Asian Historical Records) file A03023609800, the parent of
# https://www.jacar.archives.go.jp/das/meta/A03023610400: a Cabinet file's title
JACAR = "公文別録・国家総動員計画及物資動員計画関係書類・昭和四年～昭和二十年・第二巻・昭和十八年"


def test_digits_one_per_place_read_as_the_number() -> None:
    assert jpterms.romanize(TAKIJI) == "1928-nen sangatsu jūgonichi"
    assert jpterms.romanize(TAKIJI) == jpterms.romanize("1928年三月十五日")
    assert jpterms.romanize("二〇〇五年") == "2005-nen"
    assert jpterms.romanize("平成二〇年") == jpterms.romanize("平成20年") == "Heisei 20-nen"
    assert jpterms.romanize("一〇〇人") == "100-nin"
    # explain has no word for digits, as for Arabic ones: 年 follows them
    assert [w.text for w in jpterms.explain(TAKIJI)][:1] == ["年"]


# e-Gov's statutes head each supplementary provision with the amending act's date and
# number in kanji digits: 附則（平成一一年一二月八日法律第一五一号）, the Act of 8 December
# 1999, No. 151
EGOV = "平成一一年一二月八日法律第一五一号"


def test_a_date_in_kanji_digits_reads_each_of_its_numbers() -> None:
    # two digits that follow one another (一二, 五六, 二三) are a guess at a number
    # elsewhere, but in a date the year after an era, the month after the year and the
    # day after the month
    assert jpterms.romanize(EGOV) == "Heisei 11-nen 12-gatsu yōka hōritsu dai 151-gō"
    assert jpterms.romanize("昭和五六年") == "Shōwa 56-nen"
    assert jpterms.romanize("三月二三日") == "Sangatsu 23-nichi"
    assert jpterms.romanize("二〇一一年三月一一日") == "2011-nen sangatsu 11-nichi"
    # a day in kanji after a month in digits is still the month's day: 一日 tsuitachi
    # (a date a statute cites, 平成二年一二月一日; was "12-gatsu ichinichi", "one day")
    assert jpterms.romanize("平成二年一二月一日") == "Heisei ninen 12-gatsu tsuitachi"
    assert jpterms.romanize("12月一日") == jpterms.romanize("12月1日").replace("1-nichi",
                                                                             "tsuitachi")


def test_digits_that_are_no_number_stay_words() -> None:
    # two digits with no 〇 are "two or three", three that count nothing a word or name
    assert jpterms.romanize("二三日") == "Nisannichi"
    assert jpterms.romanize("七五三") == "Shichigosan"
    assert jpterms.romanize("一二三") == "Hifumi"
    assert jpterms.romanize("三四郎") == "Sanshirō"
    assert "0" not in jpterms.romanize("〇〇県")  # a blank, not a number


def test_a_count_of_years_is_no_archaic_reading() -> None:
    out = jpterms.romanize(JACAR)
    assert "Shōwa nijūnen" in out and "hatatose" not in out.lower()
    assert "Shōwa yonen" in out  # JMdict's 四年 よねん, ending in 年's ねん, stands
    assert jpterms.romanize("二十年") == "Nijūnen"
    # a common reading of a count stands
    assert jpterms.romanize("二十歳") == "Hatachi"
    assert jpterms.romanize("二十日") == "Hatsuka"
