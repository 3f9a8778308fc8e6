"""Villages nobody lists: a place's first word reads as places read it."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms import Romanizer


def test_an_unknown_villages_first_word_is_read_as_a_places() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_villages.tsv) that neither Mozc nor
    # the dictionaries list: UniDic reads 上 うえ, 下 した, 小 しょう
    gold = reading_gold("jawiki_villages.tsv")
    for village in ("上鳥羽村", "下高瀬村", "小阿弥村"):
        assert kana_of(village) == gold[village]
    # a word of JMdict after the first kanji keeps its reading (大 + 司教 + 区)
    assert kana_of("大司教区") == "だいしきょうく"


def test_a_villages_mura_is_no_family_names_end() -> None:
    # MeCab reads 北山 + 田村 and 観音 + 寺村, ending the village in a family name (田村
    # Tamura); read as 北山田 + 村 (tests/data/readings/jawiki_villages.tsv)
    gold = reading_gold("jawiki_villages.tsv")
    for village in ("北山田村", "観音寺村"):
        assert kana_of(village) == gold[village]
    # a family name alone, or in a person's name, stays one word
    assert kana_of("田村") == "たむら"


def test_a_family_name_after_a_particle_or_a_title_is_no_village() -> None:
    # the village cut (北山田 + 村) stands aside where the family name follows a particle,
    # a suffix or a common noun of two kanji: a person's name, not a village's
    romanizer = Romanizer()
    assert romanizer.romanize("田中と木村") == "Tanaka to Kimura"  # was "kimura"
    assert romanizer.romanize("教授木村") == "Kyōju Kimura"  # was "Moku-mura"
    assert romanizer.romanize("文学者中村") == "Bungakusha Nakamura"  # was "Bungakushachū-mura"
    # while a village of the same shape is still cut (jawiki_villages.tsv)
    assert romanizer.romanize("北山田村") == "Kitayamada-mura"


def test_a_village_mozc_lists_whole_keeps_mozcs_reading() -> None:
    # JMnedict's places 向丘 (むこうがおか) and 生石 (おいし) are not these villages, which
    # Mozc lists whole (Wikipedia's readings, tests/data/readings)
    gold = reading_gold("jawiki_villages.tsv")
    for village in ("向丘村", "生石村", "南山崎村"):
        assert kana_of(village) == gold[village], village


def test_a_village_mozc_writes_both_ways_is_read_mura() -> None:
    # Wikipedia's readings (jawiki_villages.tsv): Mozc writes these villages with そん
    # and with むら, そん the cheaper by a few hundred; most villages read 村 むら
    gold = reading_gold("jawiki_villages.tsv")
    for village in ("福田村", "中谷村", "飯岡村"):
        assert kana_of(village) == gold[village], village
    # JMnedict's listing (大里村 おおざとそん) and Mozc's そん alone (中浜村) stand
    assert kana_of("大里村") == gold["大里村"]
    assert kana_of("中浜村") == gold["中浜村"]


def test_a_places_one_kanji_heads_join_its_name() -> None:
    # Wikipedia's villages (jawiki_villages.tsv) whose first kanji MeCab cuts off as a
    # word of its own: the name before 村 is one word, as Japan Post writes places
    romanizer = Romanizer()
    assert romanizer.romanize("上小川村") == "Kamiogawa-mura"  # was "Kami Ogawa-mura"
    assert romanizer.romanize("十二里村") == "Jūniri-mura"  # was "Jū Ni Ri-mura"
    assert romanizer.romanize("二戸郡") == "Ninohe-gun"  # (jawiki_draw.tsv; was "Ni Nohe-gun")
    # a word of two kanji, a prefix of its own and a prefecture stay apart
    assert romanizer.romanize("大阪北区") == "Ōsaka Kita-ku"
    assert romanizer.romanize("旧山田村") == "Kyū Yamada-mura"
    assert romanizer.romanize("東京府北豊島郡") == "Tōkyō-fu Kitatoshima-gun"
