"""Ancient clans (uji, data/clan_names.tsv): the genitive の after the clan name."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import romanize


def test_a_clan_and_a_given_name_no_dictionary_lists_take_the_genitive_no() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): neither JMnedict nor Mozc
    # lists these people whole; the clan is read as the file reads it (平 ひら was read
    # as a modern family name), the given name as its units are (藤原 + 秋 + 常)
    gold = reading_gold("jawiki_draw.tsv")
    for name in ("藤原高藤", "平業盛", "藤原秋常", "橘為仲", "在原元方", "平群真鳥",
                 "大中臣清麻呂", "平季武"):
        assert kana_of(name) == gold[name], name
    assert romanize("藤原高藤") == "Fujiwara no Takafuji"
    assert romanize("平季武") == "Taira no Suetake"
    # the first kanji of the given name as the court read it (公 きん, data/court_name_heads.tsv)
    assert kana_of("藤原公通") == gold["藤原公通"]


def test_a_listed_person_a_word_or_a_place_keeps_its_reading() -> None:
    # people JMnedict or Mozc list whole keep their reading, with or without the の; a
    # word after the clan (中臣 + 神社) is no given name
    assert romanize("藤原紀香") == "Fujiwara Norika"
    # a given name read the Chinese way is a modern one's, and so is a common name of
    # today (many of JMnedict's people bear it, or Mozc writes it cheaply)
    assert romanize("藤原周二") == "Fujiwara Shūji"
    assert romanize("藤原直樹") == "Fujiwara Naoki"
    assert romanize("橘花子") == "Tachibana Hanako"
    assert romanize("藤原道長") == "Fujiwara no Michinaga"
    gold = reading_gold("jawiki_houses.tsv")
    assert kana_of("中臣神社") == gold["中臣神社"]
    assert "ノ" not in kana_of("橘湾")


def test_a_clan_before_a_family_name_few_bear_is_cut_after_the_clan() -> None:
    # Wikipedia's reading (tests/data/readings/jawiki_draw.tsv): was ひらさだとこう, the
    # family name 平貞 (listed, borne by none of JMnedict's people) and the given name 度
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("平貞度") == gold["平貞度"]
    assert romanize("平貞度") == "Taira no Sadanori"
    # a family name many bear stays whole (平田 + 健正), as do modern one-kanji families
    # that are no clan's (岡見 + 京)
    assert romanize("平田健正").startswith("Hirata ")
    assert romanize("岡見京").startswith("Okami ")
    # a word first (the era 平成) is no family name to cut away
    assert not romanize("平成元").startswith("Taira")


def test_a_rare_word_after_a_clan_is_a_given_name() -> None:
    # Wikipedia's reading (tests/data/readings/jawiki_draw.tsv): was たちばなうじひと, the
    # rare JMdict word 氏人 "clansman" left a word, so without the clan's の
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("橘氏人") == gold["橘氏人"]
    assert romanize("橘氏人") == "Tachibana no Ujihito"
    # a common word stays one (中臣 + 神社; 蘇我 + 高麗 こうらい, the kingdom)
    assert "ノ" not in kana_of("蘇我高麗")
    # nor a word that ends as a site's name does (氏寺 "the clan's temple")
    assert "ノ" not in kana_of("藤原氏寺")


def test_isonokami_is_a_clan_read_so() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): 石上 was read いしかみ, a
    # place's reading; the clan of 石上麻呂 and 石上宅嗣 is いそのかみ, with the の
    gold = reading_gold("jawiki_draw.tsv")
    assert kana_of("石上家成") == gold["石上家成"]
    assert romanize("石上家成") == "Isonokami no Ienari"
    # people JMnedict lists whole, and places, keep their readings
    assert romanize("石上三登志") == "Ishigami Mitsutoshi"
    assert romanize("石上玄一郎") == "Isonokami Gen'ichirō"
    assert romanize("石上神宮") == "Isonokami jingū"


def test_a_court_poet_jmnedict_lists_under_no_kind_is_read_so_in_a_title() -> None:
    # JMnedict lists these people whole under no kind (not as persons), with the clan's
    # genitive, and Mozc's cheapest reading of the whole is the same; alone they were
    # read so, inside a title not (柿本 かきもと, 坂上 read by UniDic with its の glued on)
    for name, title, romaji in [
            ("柿本人麻呂", "柿本人麻呂論", "Kakinomoto no Hitomaro ron"),  # was "Kakimoto Hitomaro"
            ("坂上田村麻呂", "坂上田村麻呂伝説", "Sakanoue no Tamuramaro densetsu"),  # "Sakanōeno"
            ("阿倍仲麻呂", "阿倍仲麻呂伝研究", "Abe no Nakamaro den kenkyū")]:  # "Abe Nakamaro"
        assert romanize(title) == romaji
        assert romaji.startswith(romanize(name))  # the title reads the name as it reads alone
    # a name Mozc reads otherwise than JMnedict's unclassed entry is not read so
    assert romanize("藤原紀香") == "Fujiwara Norika"


def test_a_person_read_whole_with_the_genitive_is_two_names() -> None:
    # UniDic reads 諸兄 as a common noun, so the person step does not run; JMnedict's
    # reading of the span 橘諸兄 (たちばなのもろえ) made one word, "Tachibananomoroe"
    assert romanize("橘諸兄政権") == "Tachibana no Moroe seiken"
    assert romanize("橘諸兄") == "Tachibana no Moroe"


def test_jmnedicts_slip_in_a_clans_reading_gives_way_to_mozc() -> None:
    # JMnedict lists 大伴旅人 only as おととものたびと; the clans' table reads 大伴 おおとも,
    # and so does Mozc's reading of the whole (おおとものたびと)
    assert romanize("大伴旅人") == "Ōtomo no Tabito"
    assert romanize("大伴旅人論") == "Ōtomo no Tabito ron"
    assert romanize("大伴家持") == "Ōtomo no Yakamochi"  # (JMnedict's own reading stands)
