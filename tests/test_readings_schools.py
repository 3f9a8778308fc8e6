"""School names: the founder, the school's own name and the school read each on its own."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_schools_own_name_is_read_as_a_place_alone_is() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_schools.tsv): in one run UniDic read
    # 市立 + 黒 (ぐろ) and 西 + 九条 (きゅうじょう); 塩田 + 西 is a quarter of 塩田
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("守谷市立黒内小学校", "大阪市立西九条小学校", "上田市立塩田西小学校"):
        assert kana_of(title) == gold[title]
    assert romanize("守谷市立黒内小学校") == "Moriya shiritsu Kurouchi shōgakkō"
    # a common word (中央) stays as the run reads it
    assert kana_of("前橋市立中央小学校") == gold["前橋市立中央小学校"]


def test_a_quarter_alone_or_after_a_place_is_no_part_of_a_word_with_the_school() -> None:
    # Wikipedia titles (jawiki_schools.tsv): 南 + 中学校 is みなみ, not JMdict's 南中
    # なんちゅう + 学校; after a place of four characters too (川之江 + 南)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("延岡市立南中学校", "伊東市立南中学校", "四国中央市立川之江南中学校",
                  "那珂川市立那珂川南中学校"):
        assert kana_of(title) == gold[title]
    assert romanize("延岡市立南中学校") == "Nobeoka shiritsu Minami chūgakkō"


def test_a_founders_municipality_of_several_units_is_read_as_the_official_list_reads_it() -> None:
    # Wikipedia titles (jawiki_schools.tsv): UniDic reads 十日 + 町 + 市立 and 丹波 + 篠山 +
    # 市立; the official list (jpterms/data/municipalities.tsv) has 十日町市 とおかまちし and
    # 丹波篠山市 たんばささやまし, and JMnedict reads 篠山 ささやま too
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("十日町市立中条中学校", "丹波篠山市立城南小学校", "二戸市立中央小学校"):
        assert kana_of(title) == gold[title]
    assert romanize("十日町市立中条中学校") == "Tōka-machi shiritsu Nakajō chūgakkō"
    assert romanize("丹波篠山市立城南小学校").startswith("Tanba Sasayama shiritsu ")


def test_a_long_title_mozc_lists_whole_is_read_as_mozc_reads_it() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): Mozc lists these whole titles written so
    # (12 and 13 characters: longer than the 10 Mozc's whole reading was asked for)
    gold = reading_gold("jawiki_schools.tsv")
    for name in ("茨城県立結城第二高等学校", "栃木県立那須拓陽高等学校"):
        assert kana_of(name) == gold[name], name


def test_a_school_cut_keeps_its_division_where_mozc_lists_it_whole() -> None:
    # the cut (founder | name | school) stands where Mozc also lists the whole title:
    # read whole, 北九州市立菊陵中学校 ran its words together (shiritsukikuryō)
    assert romanize("北九州市立菊陵中学校") == "Kitakyūshū shiritsu Kikuryō chūgakkō"


def test_a_schools_name_takes_mozcs_reading_of_the_whole_school() -> None:
    # Wikipedia's readings (jawiki_schools.tsv): Mozc lists these whole titles written so;
    # cut into founder | name | school, the name alone was read as another place (はねだ,
    # いはら, おさだ); the name now takes Mozc's kana for its characters, and the cut's
    # words and capitals stand
    gold = reading_gold("jawiki_schools.tsv")
    for name in ("豊橋市立羽田中学校", "岡山県立井原高等学校", "金沢市立長田中学校"):
        assert kana_of(name) == gold[name], name
    assert romanize("豊橋市立羽田中学校") == "Toyohashi shiritsu Hada chūgakkō"


def test_a_schools_own_name_that_unidic_reads_as_a_common_word_is_the_place() -> None:
    # Wikipedia titles (jawiki_schools.tsv): UniDic's words 北方 ほっぽう, 高山 こうざん,
    # 本山 ほんざん, 山名 さんめい; JMnedict lists each as a place, and Mozc writes the
    # place's reading more cheaply (きたがた, たかやま, もとやま, やまな)
    gold = reading_gold("jawiki_schools.tsv")
    for title in ("一宮市立北方中学校", "三鷹市立高山小学校", "日立市立本山小学校",
                  "扶桑町立山名小学校", "大阪市立高見小学校"):
        assert kana_of(title) == gold[title], title
    assert romanize("三鷹市立高山小学校") == "Mitaka shiritsu Takayama shōgakkō"
    # where Mozc writes the common word more cheaply, it stays (西部 せいぶ, not the
    # place さいぶ)
    assert kana_of("江南市立西部中学校") == gold["江南市立西部中学校"]
