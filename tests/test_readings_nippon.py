"""日本 in a name the dictionaries list whole with にっぽん only is Nippon; else Nihon."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer, explain


def test_nippon_where_the_whole_name_is_listed_so() -> None:
    # Wikipedia's readings (tests/data/readings): JMnedict lists the public corporation
    # and Mozc the party only as にっぽん…
    houses = reading_gold("jawiki_houses.tsv")
    titles = reading_gold("jawiki_titles.tsv")
    assert kana_of("日本電信電話公社") == houses["日本電信電話公社"]
    assert kana_of("大日本愛国党") == titles["大日本愛国党"]
    words = explain("日本郵船の歴史")  # (Mozc: にっぽんゆうせん), in running text too
    assert words[0].kana == "にっぽん" and "mozc" in words[0].source
    assert words[0].alternatives[0].casefold() == "nihon"
    assert Romanizer().romanize("日本郵船") == "Nippon yūsen"


def test_nihon_where_the_name_is_listed_both_ways_or_not_at_all() -> None:
    r = Romanizer()
    # JMdict and Mozc read the bank both ways; Mozc 大日本帝国 both ways (JMdict's
    # だいにっぽんていこくかいぐん alone names nothing); no one lists 日本臓器製薬
    assert r.romanize("日本銀行") == "Nihon ginkō"
    assert r.romanize("大日本帝国海軍").startswith("Dai-Nihon")
    assert r.romanize("日本臓器製薬").startswith("Nihon")
    assert kana_of("日本の暦").startswith("にほん")
    # JMdict reads 日本標準時 にほん: Mozc's にっぽんひょうじゅん (日本標準) is no name in it
    assert kana_of("日本標準時").startswith("にほん")
