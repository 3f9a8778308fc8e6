"""A whole input of a family name and a given name no dictionary lists (scholars' and
writers' names): the given name is read as JMnedict's given names read its kanji, and
the reading says it is a guess."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import Romanizer, explain


def test_a_given_name_no_dictionary_lists_is_composed_and_marked_a_guess() -> None:
    # Aozora Bunko's author 塚原蓼洲 (Tsukahara Ryoshu); a Wikipedia title 内冨寛法
    # (うちとみひろのり): UniDic read the given names as common words (tadesu, kanhō)
    assert Romanizer().romanize("塚原蓼洲") == "Tsukahara Ryōshū"
    assert Romanizer().romanize("内冨寛法") == "Uchitomi Hironori"
    words = explain("内冨寛法")
    assert [w.confidence for w in words] == ["guess", "guess"]


def test_numerals_in_a_given_name_keep_their_reading() -> None:
    # 萬壱 is まんいち (Yoshimura Man'ichi), not the name parts ま + いち
    assert "".join(w.kana for w in explain("吉村萬壱")).replace(" ", "") == "よしむらまんいち"


def test_a_family_name_before_a_given_name_in_kana_is_read_as_most_bear_it() -> None:
    # Wikipedia's 深田みお (ふかだ) and 鮎川あゆみ (あゆかわ): UniDic reads the family
    # names ふかた and あいかわ; JMnedict's people of those names mostly read them so
    assert Romanizer().romanize("深田みお") == "Fukada Mio"
    assert Romanizer().romanize("鮎川あゆみ") == "Ayukawa Ayumi"
    # a given name that goes on in kanji (あゆ + 香) is left to the usual pass
    assert explain("渡辺あゆ香")[0].romaji == "Watanabe"


def test_common_words_are_not_read_as_a_name_only_someone_bears() -> None:
    # HDIC's radical sections 弓部 (UniDic's word きゅうぶ) and 角 + 部: JMnedict and Mozc
    # have them only as family names (ゆみべ, かくべ); a station 筬島 whose family-name
    # reading (おさじま) Mozc prefers is a place JMnedict lists as おさしま
    assert Romanizer().romanize("弓部") == "Kyūbu"
    assert Romanizer().romanize("角部") == "Kakubu"
    assert "".join(w.kana for w in explain("筬島")) == "おさしま"
    # a name UniDic itself calls a name, or one Mozc lists as a person, stays a name
    assert Romanizer().romanize("鈴木") == "Suzuki"
    assert Romanizer().romanize("静御前") == "Shizuka Gozen"  # (its title apart: name_titles)
    # a family name before a given name is read by the whole-name pass as before
    assert Romanizer().romanize("弓部太郎").startswith("Yumibe")


def test_common_words_ending_in_a_word_of_one_kanji_are_no_person() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): UniDic's common words 見立 +
    # 絵 (え) were read as the family name みたて and the woman's name ぬい; 法貴 + 発 as
    # ひらく. JMdict marks 絵 え and 発 はつ common, and UniDic reads them so
    gold = reading_gold("jawiki_draw.tsv")
    for title in ("見立絵", "法貴発", "三角数"):  # 三角 + 数 すう, not みすみ + かず
        assert kana_of(title) == gold[title], title
    # a given name UniDic reads otherwise than the common word stays a given name
    assert Romanizer().romanize("石波杏") == "Ishinami An"


def test_a_given_name_of_kana_and_kanji_marks_a_long_vowel_in_its_kana() -> None:
    # ゆう子 alone was Yūko but after a family name "Yuuko": the given name's reading was
    # marked piece by piece, each kana a piece of its own (ゆ + う + 子); kana written in
    # a row are one spelling, as in a name of kana alone (佐藤ゆうこ Satō Yūko)
    from jpterms.romanize import Romanizer

    romanizer = Romanizer()
    assert romanizer.romanize("山田ゆう子") == "Yamada Yūko"
    assert romanizer.romanize("佐藤ゆうこ") == "Satō Yūko"
    assert romanizer.romanize("井上") == "Inoue"  # kanji still mark only within one reading
    assert romanizer.romanize("かすみがうら市") == "Kasumigaura-shi"


def test_a_kana_given_name_ending_in_a_kanji_is_one_name() -> None:
    # rows of tests/data/readings/jawiki_phrase_titles.tsv: UniDic cut 山田 + じん + 子
    # ("Yamada jinshi") and 林家 + の + ん + 平 ("Hayashiya no n taira"); 子 ends JMnedict's
    # given names read こ, 平 へい (ぺい after ん)
    romanizer = Romanizer()
    assert romanizer.romanize("山田じん子") == "Yamada Jinko"
    assert romanizer.romanize("林家のん平") == "Hayashiya Nonpei"
    assert romanizer.romanize("田中きょう子") == "Tanaka Kyōko"  # (田中 is a glossary word)
    # a particle and a noun after a name stay words of their own
    assert romanizer.romanize("山田の子") == "Yamada no ko"
    assert romanizer.romanize("鈴木さん家") == "Suzuki-san ie"


def test_a_person_jmnedict_lists_in_old_kanji_forms_is_read_so() -> None:
    # tests/data/lookup/wikidata_scholars.tsv: 原口證 was "Genkōshō" (the input's 證 is read
    # as 証, which JMnedict does not list); wikidata_writers.tsv: 吉村萬壱 "man ichi"
    romanizer = Romanizer()
    assert romanizer.romanize("原口證") == "Haraguchi Akira"
    assert romanizer.romanize("吉村萬壱") == "Yoshimura Man'ichi"
    # a name JMnedict lists in the modern forms is read as listed there
    assert romanizer.romanize("藤原基経") == "Fujiwara no Mototsune"


def test_a_family_name_in_kana_that_unidic_cuts_is_one_word() -> None:
    # こうの史代 (the manga artist) was "Kō no Fumiyo": UniDic reads こう + の, an adverb and
    # a particle; Mozc lists the whole as a person's name, read so
    romanizer = Romanizer()
    assert romanizer.romanize("こうの史代") == "Kōno Fumiyo"
    assert romanizer.romanize("もりの熊") == "Mori no kuma"  # no person Mozc lists


def test_a_full_name_is_read_as_mozc_lists_the_person() -> None:
    # tests/data/lookup/wikidata_writers.tsv: 小林未郁 was "Kobayashi Miiku" (JMnedict lists
    # 未郁 only as みいく); jawiki_phrase_titles.tsv: 海野つなみ was "Unno Tsunami"
    romanizer = Romanizer()
    assert romanizer.romanize("小林未郁") == "Kobayashi Mika"
    assert romanizer.romanize("海野つなみ") == "Umino Tsunami"
    # a person JMnedict reads otherwise: history_terms.tsv 北条泰時 ほうじょうやすとき (JMnedict:
    # よしとき), aozora_authors.tsv 山之口貘 Yamanokuchi; JMnedict's の of a clan name stays
    assert romanizer.romanize("北条泰時") == "Hōjō Yasutoki"
    assert romanizer.romanize("山之口貘") == "Yamanokuchi Baku"
    assert romanizer.romanize("坂田金時") == "Sakata no Kintoki"
    words = explain("小林未郁")
    assert words[1].source == "mozc" and "Miiku" in words[1].alternatives


def test_the_rest_of_a_whole_name_is_one_given_name_though_unidic_ends_it_in_a_word() -> None:
    # Wikidata's samurai 宇山久兼 (Uyama Hisakane) and Wikipedia's 島津久長 (しまづひさなが):
    # UniDic reads 久 as the name ひさし and 兼/長 as words, "Hisashi ken"; 久兼 is listed
    # only as a place and a family name. Wikidata's 足利義尊 (Ashikaga Yoshitaka): 尊 a suffix
    romanizer = Romanizer()
    assert romanizer.romanize("宇山久兼") == "Uyama Hisakane"
    assert romanizer.romanize("島津久長") == "Shimazu Hisanaga"
    assert romanizer.romanize("足利義尊") == "Ashikaga Yoshitaka"
    # where UniDic's two units are already the commonest halves, they stay (悠 + 路 ゆうじ);
    # a role after a given name stays a role
    assert romanizer.romanize("清水悠路") == "Shimizu Yūji"
    assert romanizer.romanize("山田孝著") == "Yamada Takashi cho"


def test_a_whole_name_in_round_brackets_is_read_as_it_is_alone() -> None:
    # a name in brackets as a list of authors writes it (lookup16's 渡辺みえこ, Wikipedia's
    # 大島ともよ): the brackets are no part of the name, "(Watanabe mieko)" was read as a run
    romanizer = Romanizer()
    assert romanizer.romanize("（渡辺みえこ）") == "(Watanabe Mieko)"
    assert romanizer.romanize("（大島ともよ）") == "(Ōshima Tomoyo)"
    assert romanizer.romanize("()") == "()"
    assert romanizer.romanize("（、）") == "(,)"


def test_a_given_name_unidic_reads_as_two_suffixes_is_a_given_name() -> None:
    # Wikipedia's 坪倉育生 (つぼくらいくお): UniDic reads 育 + 生 as suffixes and JMdict has
    # 育生 as a word, so the name was one word "Tsubokuraikusei"; JMnedict lists it as a
    # given name. A word UniDic reads as that word stays one (田中内閣, 山田文庫)
    romanizer = Romanizer()
    assert romanizer.romanize("坪倉育生") == "Tsubokura Ikuo"
    assert romanizer.romanize("山田文庫") == "Yamada bunko"
    assert romanizer.romanize("鈴木商店") == "Suzuki shōten"


def test_a_given_name_ending_in_a_kanji_no_counted_name_ends_takes_its_name_reading() -> None:
    # Wikidata's 稲葉正往 (Inaba Masamichi, dev) and 水野忠分 (Mizuno Tadawake), Wikipedia's
    # 松平親盈 (まつだいらちかみつ): UniDic read 正 as the whole name ただし and 往 as a word,
    # "Inaba Tadashiō"; 往 ends no given name JMnedict counts, KANJIDIC2's name reading みち
    romanizer = Romanizer()
    assert romanizer.romanize("稲葉正往") == "Inaba Masamichi"
    assert romanizer.romanize("水野忠分") == "Mizuno Tadawake"
    assert romanizer.romanize("松平親盈") == "Matsudaira Chikamitsu"
    # a Chinese name after a one-kanji family name stays read the Chinese way; UniDic's
    # halves that are the commonest stay as they are (湧 + 矢 ゆう + や, not わく + や)
    assert romanizer.romanize("張世傑") == "Chō Seiketsu"
    assert romanizer.romanize("福田湧矢") == "Fukuda Yūya"


def test_a_listed_person_splits_where_the_rest_is_a_given_name() -> None:
    # Wikidata's 羽生結弦 (Hanyu Yuzuru): JMnedict's person はにゅうゆづる was split after
    # its other family reading はにゅ, "Hanyu Uyuzuru"; ゆづる is Mozc's word for 結弦
    assert Romanizer().romanize("羽生結弦") == "Hanyū Yuzuru"


def test_a_given_name_mozc_reads_first_as_a_name_is_no_rare_word() -> None:
    # Wikidata's 藤田雄馬 (Fujita Yuma), Wikipedia's 石黒正数 (いしぐろまさかず): UniDic
    # read the given names as the words おうま ("stallion") and せいすう; Mozc reads their
    # spelling most cheaply as the given names JMnedict lists
    romanizer = Romanizer()
    assert romanizer.romanize("藤田雄馬") == "Fujita Yūma"
    assert romanizer.romanize("石黒正数") == "Ishiguro Masakazu"
    # a common word stays a word, whatever Mozc's costs (野菜 のな and やさい within 1%)
    assert romanizer.romanize("高原野菜") == "Takahara yasai"


def test_unidic_pieces_of_a_name_give_way_to_the_listed_reading_mozc_prefers() -> None:
    # Wikidata's 忍足欣四郎 (Oshitari Kinshiro) and 岡田重善 (Okada Shigeyoshi), Wikipedia's
    # 島薗順次郎 (しまぞのじゅんじろう): UniDic read 忍 + 足, 重 + 善, 島 + 薗 piece by piece
    # (おしあし, じゅうぜん, しまその), readings JMnedict lists but Mozc does not prefer
    romanizer = Romanizer()
    assert romanizer.romanize("忍足欣四郎") == "Oshitari Kinshirō"
    assert romanizer.romanize("岡田重善") == "Okada Shigeyoshi"
    assert romanizer.romanize("島薗順次郎") == "Shimazono Junjirō"


def test_kana_that_unidic_begins_with_a_given_name_are_one_given_name() -> None:
    # Wikidata's 加藤みちあき (Kato Michiaki) and 柴田のりよし (Shibata Noriyoshi): UniDic
    # reads the family name, a given name (みち, のり) and more kana (あき, よし), "Katō Michi
    # Aki"; the kana after the family name are one given name
    romanizer = Romanizer()
    assert romanizer.romanize("加藤みちあき") == "Katō Michiaki"
    assert romanizer.romanize("柴田のりよし") == "Shibata Noriyoshi"
    # kana that are a particle, or after a word, stay as they were
    assert romanizer.romanize("逗子より") == "Zushi yori"
    assert romanizer.romanize("中華まん") == "Chūkaman"


def test_a_family_name_that_is_also_a_rare_word_goes_before_a_listed_given_name() -> None:
    # Wikidata's writer 伏水修 (Fushimizu Osamu): 伏水 is JMnedict's family name ふしみず
    # and a rare JMdict word (ふくすい), 修 a given name many of JMnedict's people bear
    # (おさむ); the word kept the family name out, so that 伏 + a given name composed
    # for 水修 was read ("Fuku Minobu")
    assert Romanizer().romanize("伏水修") == "Fushimizu Osamu"
    # a common word first is still no family name (大学 + 修: the word's suffix)
    assert Romanizer().romanize("大学修") == "Daigakushū"


def test_a_given_name_only_mozc_lists_is_read_as_mozc_reads_it() -> None:
    from conftest import kana_of, reading_gold

    # Wikipedia's 上田好剛 (うえだよしたけ): no dictionary of ours lists 好剛, Mozc does
    # (よしたけ); composed from name parts it was よし + ごう
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("上田好剛") == draw["上田好剛"]
    words = explain("上田好剛")
    assert words[1].confidence == "guess" and "mozc" in words[1].source


def test_kana_mozc_reads_as_a_given_name_are_one_given_name_after_a_family_name() -> None:
    # Wikidata's 富安もよこ and 高石ともや: UniDic cuts the kana into a particle and a
    # word (も + よこ, とも + や); Mozc lists given names read もよこ and ともや (智也)
    romanizer = Romanizer()
    assert romanizer.romanize("富安もよこ") == "Tomiyasu Moyoko"
    assert romanizer.romanize("高石ともや") == "Takaishi Tomoya"
    # kana Mozc reads as no given name stay words (でした, の + こと)
    assert romanizer.romanize("山田でした") == "Yamada deshita"
    assert romanizer.romanize("鈴木のこと") == "Suzuki no koto"


def test_kana_in_old_spelling_mozc_reads_as_a_given_name_once_spoken_are_one_given_name() -> None:
    # Wikipedia's 早川いくを はやかわいくお: UniDic cuts いくを into symbols and a particle;
    # Mozc lists no given name いくを but one いくお (was "Hayakawa ikuo", kana いくを)
    assert Romanizer().romanize("早川いくを") == "Hayakawa Ikuo"
    assert kana_of("早川いくを") == reading_gold("jawiki_draw.tsv")["早川いくを"]


def test_a_rare_word_read_as_a_listed_given_name_is_the_given_name() -> None:
    # Aozora Bunko's sculptor 北村四海 and Wikidata's 正木退蔵: 四海 and 退蔵 are rare JMdict
    # words that JMnedict lists as given names read as UniDic reads them; the reading was
    # right but the given name was left a common word ("Kitamura shikai")
    romanizer = Romanizer()
    assert romanizer.romanize("北村四海") == "Kitamura Shikai"
    assert romanizer.romanize("正木退蔵") == "Masaki Taizō"
    # common words stay words (元気, 文庫)
    assert romanizer.romanize("田中元気") == "Tanaka genki"
    assert romanizer.romanize("山田文庫") == "Yamada bunko"


def test_a_listed_person_is_cut_after_the_listed_family_name_not_unidics_first_unit() -> None:
    # JMnedict lists 古今亭志ん朝 ここんていしんちょう (the rakugo performer); UniDic reads
    # 古今 + 亭 + 志ん朝, and the name was cut after 古今: "Kokon Teishinchō"
    romanizer = Romanizer()
    assert romanizer.romanize("古今亭志ん朝") == "Kokontei Shinchō"
    assert romanizer.romanize("古今亭志ん生") == "Kokontei Shinshō"


def test_a_listed_given_name_of_kanji_and_kana_after_a_family_name_is_one_word() -> None:
    # Wikipedia's 立川志らく (was "Tachikawashi raku") and 瀧川鯉かん たきかわりかん (was
    # "Takigawa koi kan"; the family reading is still UniDic's たきがわ)
    romanizer = Romanizer()
    # (Tatekawa since session 40, as the school's other names read the family name)
    assert romanizer.romanize("立川志らく") == "Tatekawa Shiraku"
    assert romanizer.romanize("瀧川鯉かん") == "Takigawa Rikan"
    assert romanizer.romanize("柳家さん喬") == "Yanagiya Sankyō"
    # a name JMnedict lists only as of no kind stays as it was (桂 + さん福: its さんぷく,
    # Wikipedia's さんふく), and a person it lists whole is read so (立川志の輔 たてかわ)
    assert kana_of("桂さん福") == reading_gold("jawiki_draw.tsv")["桂さん福"]
    assert romanizer.romanize("立川志の輔") == "Tatekawa Shinosuke"
    # kanji, ん and a kanji are read whole too, and a person JMnedict lists is cut after
    # its family name: Wikipedia's 古今亭志ん橋 ここんていしんきょう (was "Kokonteishi n hashi")
    assert kana_of("古今亭志ん橋") == reading_gold("jawiki_draw.tsv")["古今亭志ん橋"]
    assert romanizer.romanize("古今亭志ん橋") == "Kokontei Shinkyō"
    # a given name in kana after such a person's family name: the person JMnedict lists
    # whole (舞風りら まいかぜりら, was "Maikaze ri ra" before session 58)
    assert romanizer.romanize("舞風りら") == "Maikaze Rira"


def test_a_rare_word_before_a_name_listed_only_as_a_given_name_is_a_family_name() -> None:
    # Wikipedia's 油屋熊八 あぶらやくまはち and 定常菜都子 さだつねなつこ: 油屋 and 定常 are
    # rare JMdict words, but 熊八 and 菜都子 are listed as given names and as nothing else
    # (were "Aburayaguma hachi", ていじょうなつこ)
    draw = reading_gold("jawiki_draw.tsv")
    for name in ("油屋熊八", "定常菜都子"):
        assert kana_of(name) == draw[name]
    assert Romanizer().romanize("油屋熊八") == "Aburaya Kumahachi"


def test_a_given_name_listed_as_unidic_reads_it_is_not_split() -> None:
    # 美奈斗: JMnedict's woman's name みなと, as UniDic reads 美奈 + 斗; not the family
    # name 美奈 and the given name 斗 はかる (jawiki_draw's gold)
    assert kana_of("美奈斗") == reading_gold("jawiki_draw.tsv")["美奈斗"] == "みなと"
    assert [w.text for w in explain("美奈斗")] == ["美奈斗"]
