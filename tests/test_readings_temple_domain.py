"""A kanji that ends Sino-Japanese names and terms (寺 じ, 神 しん, 塩 えん) is read the Chinese
way after a word read so; a domain (藩) is read as its castle town."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_temple_inside_a_longer_name_reads_its_ji() -> None:
    # Wikipedia title (tests/data/readings/jawiki_draw.tsv): UniDic's units 本願 + 寺 +
    # 神戸 + 別院, and 寺 read てら (was ほんがんてらこうべべついん)
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("本願寺神戸別院") == gold["本願寺神戸別院"]
    assert romanize("本願寺神戸別院") == "Honganji Kōbe betsuin"
    # a temple Mozc or a dictionary lists with でら keeps it
    assert romanize("清水寺") == "Kiyomizudera"


def test_a_zen_temple_after_its_name_reads_its_ji() -> None:
    # Wikipedia title (jawiki_draw.tsv): UniDic's units 建長 + 興国 + 禅寺, and 禅寺 read
    # ぜんでら, JMdict's common word (a Zen temple); after the name read the Chinese way
    # it is the temple's ぜんじ (was けんちょうこうこくぜんでら)
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("建長興国禅寺") == gold["建長興国禅寺"]
    assert kana_of("興国禅寺") == "こうこくぜんじ"
    assert kana_of("禅寺") == "ぜんでら"  # the word alone stays
    # only the kanji that end names (in_words): a common word of another stays
    assert kana_of("那智黒碁石") == "なちぐろごいし"


def test_a_deity_a_salt_or_an_alga_after_a_sino_japanese_word_is_read_the_chinese_way() -> None:
    # Wikipedia titles (jawiki_draw.tsv): were たいさいかみ, おうばんかみ,
    # りゅうさんすいそしお, せつごうも, びわは
    gold = reading_gold("jawiki_draw.tsv")
    for title in ("太歳神", "黄幡神", "硫酸水素塩", "接合藻", "琵琶葉"):
        assert kana_of(title) == gold[title], title
    # after a word read the Japanese way, or one a dictionary lists: as they are
    assert kana_of("死神") == gold["死神"]
    assert kana_of("田母神") != "たもしん"


def test_a_chinese_reading_put_on_one_kanji_keeps_its_long_vowel() -> None:
    # Wikipedia titles (jawiki_draw.tsv): the kana were right, the romaji was not
    # ("Biwa you", "Setsugōsou"): the kanji's Chinese reading is one morpheme, its long
    # vowel a macron
    assert romanize("琵琶葉") == "Biwa yō"
    assert romanize("接合藻") == "Setsugōsō"
    assert romanize("琵琶葉", system="ala-lc") == "Biwa yō"


def test_a_domain_is_read_as_the_place_it_is_named_after() -> None:
    # Wikipedia title (jawiki_draw.tsv): 清末 read as a place, as JMnedict lists it
    # (was しんまつはん: the units read the Chinese way)
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("清末藩") == gold["清末藩"]
    assert kana_of("盛岡藩") == reading_gold("jawiki_titles.tsv")["盛岡藩"]


def test_a_temple_read_the_chinese_way_takes_the_buddhist_go_on() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_temples.tsv): UniDic read 極 きょく,
    # 性 せい, 然 ぜん (the later kan'on); temples are named in the older go'on
    gold = reading_gold("jawiki_temples.tsv")
    for title in ("極性寺", "泰然寺", "無極寺"):
        assert kana_of(title) == gold[title]
    assert romanize("無極寺") == "Mugokuji"
    # a temple Mozc lists the kan'on way keeps it
    assert kana_of("金閣寺") == gold["金閣寺"]


def test_a_temple_mozc_lists_the_go_on_way_too_takes_it() -> None:
    # Wikipedia titles (jawiki_temples.tsv): JMnedict lists 正暦寺 しょうれきじ and
    # 真正極楽寺 しんせいごくらくじ (of no kind), Mozc each both ways: the go'on wins
    gold = reading_gold("jawiki_temples.tsv")
    for title in ("正暦寺", "真正極楽寺"):
        assert kana_of(title) == gold[title], title
    assert romanize("正暦寺") == "Shōryakuji"  # was "Shōrekiji"
    # Mozc lists 聖輪寺 the kan'on way only: it stays
    assert kana_of("聖輪寺") == "せいりんじ"


def test_a_coined_temple_name_takes_the_buddhist_go_on() -> None:
    # jawiki_temples.tsv: a temple no dictionary lists, read the Chinese way kanji by kanji
    # (円久寺 えんきゅうじ), takes the go'on of temple_go_on too: 静 じょう, not せい
    gold = reading_gold("jawiki_temples.tsv")
    assert kana_of("真静寺") == gold["真静寺"] == "しんじょうじ"
    assert kana_of("円久寺") == gold["円久寺"]
    # 仏 ふつ/ぶつ and 興 きょう/こう are kan'on/go'on pairs too (UniDic's 仏 フツ, France)
    for title in ("仏現寺", "道興寺"):
        assert kana_of(title) == gold[title], title


def test_a_temples_last_tera_after_a_word_is_voiced() -> None:
    # Wikipedia title (jawiki_temples.tsv): UniDic's units 赤門 + 寺 (てら), was
    # あかもんてら; 寺 after a word is voiced, as in 山寺 やまでら
    gold = reading_gold("jawiki_temples.tsv")
    assert kana_of("赤門寺") == gold["赤門寺"]
