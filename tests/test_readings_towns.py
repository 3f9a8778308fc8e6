"""Town names of addresses: a village section's prefix (大字, 字) and numbered blocks (番町, 丁目)."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_numbered_blocks_numeral_and_counter_are_one_word() -> None:
    # Japan Post's town names (tests/data/readings/towns_japanpost_other.tsv): the kana were
    # right, the division not (San Ban-chō, Jū Ichi Ban-chō)
    gold = reading_gold("towns_japanpost_other.tsv")
    for town in ("東三番町", "十一番町", "横六番町", "二丁目"):
        assert kana_of(town) == gold[town]
    assert romanize("東三番町") == "Higashisanban-chō"
    assert romanize("十一番町") == "Jūichiban-chō"
    assert romanize("二丁目") == "Nichōme"
    # a counter with no town's suffix after it stays as it was
    assert romanize("第三番") == "Daisanban"


def test_a_numbered_block_with_a_quarter_is_no_persons_name() -> None:
    # Japan Post's 壱丁目西 (towns_japanpost_other.tsv) was cut as the family name 壱丁
    # いちちょう and the given name 目西; an address's 丁目 is no part of a name
    gold = reading_gold("towns_japanpost_other.tsv")
    assert kana_of("壱丁目西") == gold["壱丁目西"]
    assert kana_of("三丁目東") == "さんちょうめひがし"  # was 三丁 + 目東 めはる
    assert romanize("山田孝雄") == "Yamada Yoshio"  # a person's name stays one


def test_a_village_sections_prefix_is_read_aza_and_written_apart() -> None:
    # a town of Japan Post's lists (towns_japanpost_tokyo.tsv, towns_japanpost_other.tsv)
    # with the prefix an address gives it: 字 is あざ, 大字 おおあざ (not じ + the name)
    tokyo = reading_gold("towns_japanpost_tokyo.tsv")
    other = reading_gold("towns_japanpost_other.tsv")
    assert kana_of("字中落合") == "あざ" + tokyo["中落合"]
    assert romanize("字中落合") == "Aza Nakaochiai"
    assert kana_of("大字中落合") == "おおあざ" + tokyo["中落合"]
    assert romanize("大字中落合") == "Ōaza Nakaochiai"
    # after a municipality's suffix too (十津川村: the official list's reading)
    assert kana_of("十津川村字中落合") == "とつかわむらあざ" + tokyo["中落合"]
    assert romanize("十津川村大字四方一番町") == "Totsukawa-mura Ōaza " + romanize("四方一番町")
    assert kana_of("大字四方一番町") == "おおあざ" + other["四方一番町"]
    # never inside a word (字体, 赤字)
    assert romanize("字体") == "Jitai"
    assert kana_of("赤字") == "あかじ"


def test_a_towns_section_after_a_former_towns_name_is_read_alone() -> None:
    # Japan Post's town names (towns_japanpost_other.tsv): a merged town's old name + 町,
    # then the section, which in one run UniDic read as a common word (荒原 こうげん) or
    # across 町 (町暁 まちあき); the town keeps the whole run's 町 where a word ends there
    gold = reading_gold("towns_japanpost_other.tsv")
    for town in ("上宝町荒原", "水口町暁", "天瀬町桜竹", "高屋町八幡"):
        assert kana_of(town) == gold[town]
    assert romanize("上宝町荒原") == "Kamitakara-chō Arahara"
    assert romanize("水口町暁") == "Minakuchi-chō Akatsuki"
    # no cut before a given name (正親町三条 + 公積) or a facility's word (停留場)
    assert "Ōgi-machi" not in romanize("正親町三条公積")
    assert kana_of("坂下町停留場") == reading_gold("jawiki_draw.tsv")["坂下町停留場"]


def test_a_towns_section_is_read_as_the_place_it_is() -> None:
    # Japan Post's town names (towns_japanpost_other.tsv): the section after a former town
    # was read as a word (石経 せっけい, the stone sutra; 古道 こどう), or not cut from the
    # town where 町 began a word with it (町石 ちょういし, 町長): JMnedict lists the
    # section as a place, read so
    gold = reading_gold("towns_japanpost_other.tsv")
    assert kana_of("丹原町石経") == gold["丹原町石経"]
    assert romanize("丹原町石経") == "Tanbara-chō Ishikyō"
    assert kana_of("都路町古道").endswith("ふるみち")
    assert romanize("成羽町長地").startswith("Nariwa-chō ")  # (was "Nariwa chōchōchi")
    # a section of one kanji still reads 町 with it as a word (若山町中: まちなか)
    assert kana_of("若山町中") == gold["若山町中"]
