"""Village names: a direction before a place JMnedict lists
(``village_directions`` in ``data/word_division.json``): the direction read kun, the place
as listed, where UniDic reads a word across the two (北信 ほくしん, 東宮 とうぐう); two kanji
UniDic reads apart that JMnedict lists together as a name (加 + 積: 加積 かづみ)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_direction_then_a_listed_place() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_villages.tsv): were ほくしんたちむら,
    # とうぐうかむら, したいばのむら, じょうちょうなわしろむら
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("北信達村", "東宮下村", "下伊場野村", "上長苗代村"):
        assert kana_of(name) == villages[name], name
    r = Romanizer()
    assert r.romanize("北信達村") == "Kitashindachi-mura"  # as 東中山村 Higashinakayama-mura
    assert r.romanize("下伊場野村") == "Shimoibano-mura"  # was "Shita Iba Nomura"
    # the official list decides a municipality: 南木曽町 (JMnedict: 木曽 きそ) is the official list's なぎそまち, not みなみきそまち
    mic = reading_gold("municipalities_mic.tsv")
    assert kana_of("南木曽町") == mic["南木曽町"]


def test_a_direction_read_so_before_a_place_read_as_a_given_name() -> None:
    # Wikipedia's reading of Osaka's former 西信達村 (jawiki_villages.tsv): UniDic read
    # 西 にし already, but 信達 as JMnedict's given name しんたつ, not its place しんだち
    r = Romanizer()
    assert r.romanize("西信達村") == "Nishishindachi-mura"  # was "Nishi Shintatsu-mura"
    assert kana_of("西信達村") == reading_gold("jawiki_villages.tsv")["西信達村"]
    assert r.romanize("東中山村") == "Higashinakayama-mura"  # a place read so stays


def test_two_kanji_a_name_list_has_together() -> None:
    # Wikipedia's readings: UniDic's 加 + 積 かせき, 石 + 住 こくじゅう, 女 + 良 おんなりょう
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("浜加積村", "東加積村", "石住村", "女良村"):
        assert kana_of(name) == villages[name], name
    assert Romanizer().romanize("浜加積村") == "Hamakazumi-mura"  # was "Hama Ka Seki-mura"
    # JMnedict's 秋留 あきどめ is not taken over Mozc's reading of the whole
    assert kana_of("東秋留村") == villages["東秋留村"]


def test_a_village_is_the_place_jmnedict_lists_before_its_ending() -> None:
    # Wikipedia's readings: were げんべつむら, しんたちむら, しゅこうむら (UniDic's 須江)
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("原別村", "信達村", "須江村", "中埣村"):
        assert kana_of(name) == villages[name], name
    assert Romanizer().romanize("原別村") == "Harabetsu-mura"
    # read as JMnedict reads it already (安家 あっか; JMnedict's place あつか is the same
    # kana written full size): it stays
    assert Romanizer().romanize("安家村") == "Akka-mura"


def test_a_village_is_the_family_name_of_its_spelling_where_no_place_is_listed() -> None:
    # Wikipedia's readings: were そくかわむら (速 + UniDic's surname 川村), ぼくやむら,
    # ろうでんむら, きょうでんむら; JMnedict lists these spellings only as family names
    # (or of no kind), which places so often give
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("速川村", "睦野村", "老田村", "興田村", "広淵村", "藪波村"):
        assert kana_of(name) == villages[name], name
    r = Romanizer()
    assert r.romanize("速川村") == "Hayakawa-mura"
    assert r.romanize("睦野村") == "Mutsuno-mura"


def test_a_village_is_the_place_even_where_ours_is_a_family_or_given_name() -> None:
    # Wikipedia's readings: were ななみむら (JMnedict's given name 七美), さいじょうむら,
    # もんまむら, たなべむら (family names): JMnedict lists each spelling as a place too
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("七美村", "最上村", "門馬村", "田部村", "煙山村", "一方井村"):
        assert kana_of(name) == villages[name], name
    assert Romanizer().romanize("最上村") == "Mogami-mura"
    # a family name Mozc writes far more cheaply than the place (真山 まやま, the place
    # しんざん) stands
    assert kana_of("真山村") == villages["真山村"]


def test_a_village_s_mura_where_unidic_read_son_inside_a_word() -> None:
    # Wikipedia's readings: were いちごうそん (一 + UniDic's word 郷村 ごうそん), ぞうごうそん,
    # むろまきそん (室 + 牧 + 村 そん)
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("一郷村", "象郷村", "室牧村"):
        assert kana_of(name) == villages[name], name
    assert Romanizer().romanize("一郷村") == "Ichigō-mura"  # was "Ichi gōson"
    # listed whole (知念村 ちねんそん, Mozc's 中興新村), or a verbal noun's 村: そん stays
    for name in ("知念村", "中興新村", "挙家離村"):
        assert kana_of(name) == villages[name], name


def test_a_village_of_two_unlisted_kanji_is_read_as_places_read_them() -> None:
    # Wikipedia's readings: were ものきちむら (UniDic's 吉 きち), ちくたてむら, ゆうしんむら,
    # めしそむら; no dictionary lists the names, so each kanji is read as JMnedict's
    # two-kanji places most often read it there
    villages = reading_gold("jawiki_villages.tsv")
    for name in ("物吉村", "竹館村", "雄神村", "飯曽村", "猿辺村", "面潟村"):
        assert kana_of(name) == villages[name], name
    assert Romanizer().romanize("竹館村") == "Takedate-mura"  # was "Chikutate-mura"
    # a numeral (一 + 栗村) or a direction first is read as a prefix: it stays
    assert kana_of("一栗村") == villages["一栗村"]


def test_a_composed_village_takes_halves_that_go_together_in_places() -> None:
    # jawiki_villages: 富南村 ふなんむら (was とみなんむら: 富 とみ begins more places, but
    # 南 なん ends places read the Chinese way throughout, where 富 is ふ)
    villages = reading_gold("jawiki_villages.tsv")
    assert kana_of("富南村") == villages["富南村"]
