"""A whole input of kanji with one の inside that JMnedict lists whole as one person's
name (a pen name, a wrestler's name): read as listed, split after the family name."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_wrestler_listed_whole_is_read_as_listed() -> None:
    # Wikipedia's 鳥羽の山喜充 とわのやまよしみつ (was とば + の + やま): the rest after
    # the ring name is a given name JMnedict lists so
    phrases = reading_gold("jawiki_phrase_titles.tsv")
    assert kana_of("鳥羽の山喜充") == phrases["鳥羽の山喜充"]
    assert Romanizer().romanize("鳥羽の山喜充") == "Towanoyama Yoshimitsu"


def test_a_pen_name_listed_whole_is_split_after_the_family_name() -> None:
    # Aozora Bunko's author 矢崎嵯峨の舎 (Yazaki Saganoya; was "Saga no sha")
    assert Romanizer().romanize("矢崎嵯峨の舎") == "Yazaki Saganoya"


def test_a_name_with_no_that_is_listed_only_as_a_family_name_is_left_alone() -> None:
    assert Romanizer().romanize("鳥羽の山") == "Towa no yama"


def test_places_jmnedict_leaves_unclassified_are_not_split_as_people() -> None:
    # JMnedict's names of no kind with の are mostly places: no family name 袋 + 田の滝
    # ("Fukuro Danotaki") or 八 + 幡の瀬戸, nor a given name 岩 after 竹の子
    assert Romanizer().romanize("袋田の滝") == "Fukuroda no taki"
    assert Romanizer().romanize("八幡の瀬戸") == "Hachiman no Seto"
    assert Romanizer().romanize("竹の子岩") == "Takenokoiwa"


def test_a_listed_reading_that_parts_at_no_family_name_of_unidic_is_not_forced() -> None:
    # Wikipedia's 新納忠元 にいろただもと: JMnedict lists the person as にいふただもと,
    # which parts at no reading of UniDic's family name 新納 (にいろ) and leaves no listed
    # given name after 新 にい ("Nii Futadamoto"); UniDic's reading stands
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("新納忠元") == draw["新納忠元"]
    assert Romanizer().romanize("清原家衡") == "Kiyohara no Iehira"


def test_a_family_name_with_no_listed_only_so_before_a_kana_given_name() -> None:
    # Wikipedia's 月の家かがみ つきのやかがみ: JMnedict lists 月の家 only as the family
    # name つきのや (was つきのいえ, "Tsuki no ie kagami")
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("月の家かがみ") == draw["月の家かがみ"]
    assert Romanizer().romanize("月の家かがみ") == "Tsukinoya Kagami"
    assert Romanizer().romanize("月の家") == "Tsuki no ie"  # no given name: left alone
    # a particle or an honorific in kana is no given name
    assert Romanizer().romanize("月の家から") == "Tsuki no ie kara"
    assert Romanizer().romanize("月の家さん") == "Tsuki no iesan"
