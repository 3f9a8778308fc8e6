"""Names of gods and shrines written in man'yōgana (data/manyogana.tsv), read a sound a
kanji (:meth:`jpterms.phonogram_names.PhonogramNames.phonogram_name`)."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_shrine_named_in_manyogana_is_read_a_sound_a_kanji() -> None:
    # Wikipedia's shrines (tests/data/readings/jawiki_houses.tsv): no dictionary lists
    # these names; UniDic read their kanji as words (ああさみもとそう, よしまめすけうり)
    gold = reading_gold("jawiki_houses.tsv")
    for name in ("阿麻美許曾神社", "由豆佐売神社", "佐久太神社"):
        assert kana_of(name) == gold[name], name
    assert romanize("阿麻美許曾神社") == "Amamikoso jinja"


def test_a_god_named_in_manyogana_takes_the_title_mikoto() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): 意富 おほ in today's
    # spelling, おお; 命 the title (was "I Tomika Mutōbimei")
    assert romanize("意富加牟豆美命") == "Ōkamuzumi no Mikoto"


def test_listed_names_and_other_kanji_stay() -> None:
    # names a dictionary lists keep their readings (久伊豆 ひさいず, 阿須賀 あすか), and a
    # name with a kanji the table leaves out is read as it was
    assert kana_of("久伊豆神社") == "ひさいずじんじゃ"
    assert kana_of("阿須賀神社") == "あすかじんじゃ"
    assert kana_of("伊勢神宮") == "いせじんぐう"


def test_a_name_listed_as_read_so_or_read_so_in_pieces_is_one_word() -> None:
    # JMnedict and Mozc list 佐那具 さなぐ, which UniDic cut into 佐 すけ + 那 + 具;
    # UniDic read 宇奈 + 多理 right, in two words
    assert romanize("佐那具神社") == "Sanagu jinja"
    assert romanize("宇奈多理神社") == "Unatari jinja"
