"""No letter of the reading is lost in the romanisation, and explain says what romanize wrote."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_word_final_small_tsu_doubles_the_next_sound() -> None:
    # corpus lines: ざっと was "za to", わかりにくかった "wakarinikuka ta", あっという間
    # "a to iu ma": the っ ended a segment romanised on its own and was lost
    romanizer = Romanizer()
    assert romanizer.romanize("整合性をざっとチェックする") == "Seigōsei o zatto chekku suru"
    assert romanizer.romanize("説明がわかりにくかったと思う") == \
        "Setsumei ga wakarinikukatta to omou"
    assert romanizer.romanize("あっという間に") == "Atto iu ma ni"
    assert romanizer.romanize("あっ、そうか") == "A, sō ka"  # before a mark: nothing to double


def test_explain_reads_a_counter_after_digits_as_romanize_does() -> None:
    # 3日前 is "3-nichi mae" in the romanisation; explain gave 日前 "Nichizen" (a place
    # name) and 4人 "hito", readings the output does not use
    romanizer = Romanizer()
    for text, words in (("3日前より新しい", ["nichi", "mae", "yori", "atarashii"]),
                        ("4人が死亡", ["nin", "ga", "shibō"]),
                        ("6勝4敗", ["shō", "hai"]),
                        ("18歳未満", ["sai", "miman"])):
        explained = romanizer.explain(text)
        assert [w.romaji for w in explained] == words
        assert all(w.romaji in romanizer.romanize(text) for w in explained)
    assert [w.kana for w in romanizer.explain("3日前")] == ["にち", "まえ"]


def test_a_time_of_day_after_a_date_is_a_word_of_its_own() -> None:
    # corpus lines (news): 16日夜、 was "16-nichiyoru", 21日昼ごろ "21-nichihiru"; the
    # date and the time of it are two words, with digits or with kanji numerals
    romanizer = Romanizer()
    assert romanizer.romanize("イラク中部で、16日夜、大爆発が起き") == \
        "Iraku chūbu de, 16-nichi yoru, daibakuhatsu ga oki"
    assert romanizer.romanize("現地時間21日昼ごろ") == "Genchi jikan 21-nichi hiru goro"
    assert romanizer.romanize("十六日夜") == "Jūrokunichi yoru"
    assert [w.romaji for w in romanizer.explain("16日夜")] == ["nichi", "yoru"]
    # a single kanji after another noun still joins it (setchihō), and after a
    # numeral that is no date (一人 + 旅)
    assert romanizer.romanize("一人旅") == "Hitoritabi"


def test_the_glossary_affix_readings_apply_after_a_noun_only() -> None:
    # the glossary's 後 ご and 等 とう are affixes after a noun (緩和後, 三原則等); after a
    # verb or a pronoun UniDic reads the word of its own: 入力した後 ato, 彼等 karera
    romanizer = Romanizer()
    assert romanizer.romanize("入力した後のみ") == "Nyūryoku shita ato nomi"
    assert romanizer.romanize("彼等") == "Karera"
    assert romanizer.romanize("これ等の") == "Korera no"
    assert romanizer.romanize("武器輸出三原則等") == "Buki yushutsu sangensokutō"
    # first in a run or after a comma it is no suffix either; after an adnominal it stays
    assert romanizer.romanize("シェル関数は、後で使うために") == \
        "Sheru kansū wa, ato de tsukau tame ni"
    assert romanizer.romanize("その後に") == "Sono go ni"


def test_romanize_reads_a_kanji_family_and_kana_given_name_as_explain_does() -> None:
    # Wikidata's writer 尼野ゆたか (Amano Yutaka): explain read the whole input as one name,
    # romanize cut it into pieces read apart ("Niya yutaka")
    romanizer = Romanizer()
    assert romanizer.romanize("尼野ゆたか") == "Amano Yutaka"
    assert [w.romaji for w in romanizer.explain("尼野ゆたか")] == ["Amano", "Yutaka"]
    assert romanizer.romanize("本をよむ") == "Hon o yomu"  # a phrase stays a phrase


def test_kana_words_with_a_middle_dot_in_one_token_are_romanised() -> None:
    # UniDic reads ダ・ヴィンチ (and an unknown ヨセフ・ナディム, セ・リーグ) as one token
    # whose kana hold the dot: it was left in katakana in the output (Aozora's title
    # レオナルド・ダ・ヴインチの手記; 8 corpus lines)
    romanizer = Romanizer()
    assert romanizer.romanize("レオナルド・ダ・ヴィンチの手記") == "Reonarudo Da Vinchi no shuki"
    assert romanizer.romanize("プロ野球・セ・リーグの公式戦") == "Puro yakyū se rīgu no kōshikisen"
    for line in ("地元の住民ヨセフ・ナディムたと報じた。", "本名カロヤン・ステファノフ・マハリャノフ。",
                 "スティッキービット・デバイスタイプが複製される。"):
        out = romanizer.romanize(line)
        assert not any("\u3040" <= ch <= "\u30ff" for ch in out), out


def test_old_kana_usage_with_full_size_kana_is_read_as_today() -> None:
    # Aozora titles 坊っちやん (Botchan), 鬼ごつこ (Onigokko), 西洋画のやうな日本画 (yō na):
    # UniDic's word form gives today's spelling (チャン, ッコ, ヨウ); they were "Botchiyan",
    # "Onigotsuko", "yau na". Modern kana are untouched (no line of the corpus changes)
    romanizer = Romanizer()
    assert romanizer.romanize("坊っちやん") == "Botchan"
    assert romanizer.romanize("鬼ごつこ") == "Onigokko"
    assert romanizer.romanize("西洋画のやうな日本画") == "Seiyōga no yō na Nihonga"
    assert romanizer.romanize("ちづる") == "Chizuru"  # ぢ/づ alone: today's spelling too


def test_pre_war_kana_katta_written_with_a_full_size_tsu_is_katta() -> None:
    # Aozora Bunko's title 春夫と旅行できなかつた話 (tests/data/lookup/aozora_titles.tsv, gold
    # "deki na kat ta") was "deki na katsu ta": MeCab reads かつ as the conjunction
    romanizer = Romanizer()
    assert romanizer.romanize("春夫と旅行できなかつた話") == "Haruo to ryokō dekinakatta hanashi"
    assert romanizer.romanize("よかつた") == "Yokatta"
    assert romanizer.romanize("かつて") == "Katsute"  # the modern word "formerly" stays


def test_pre_war_full_size_tsu_is_small_where_unidic_reads_a_sound_change() -> None:
    # Aozora Bunko titles (the index list_person_all.utf8.csv, github:fand/aozora@cb4faaf):
    # 33 of its 12,897 titles write a full-size つ before た or て; 19 were misread
    # ("kai tsuta isho", "Kumori tsutaaki"), now all are read as UniDic reads the small っ
    romanizer = Romanizer()
    assert romanizer.romanize("買つた遺書") == "Katta isho"
    assert romanizer.romanize("曇つた秋") == "Kumotta aki"
    assert romanizer.romanize("登つていつた少年") == "Nobotte itta shōnen"
    assert romanizer.romanize("旧い記憶を辿つて") == "Furui kioku o tadotte"
    assert romanizer.romanize("新劇協会公演に先だつて") == "Shingeki kyōkai kōen ni sakidatte"
    # controls from the same index: a word with つ, a verb before a noun
    assert romanizer.romanize("平和を保つため") == "Heiwa o tamotsu tame"
    assert romanizer.romanize("目的をもってかつて社会に提案") == "Mokuteki o motte katsute shakai ni teian"
    assert romanizer.romanize("つてを頼る") == "Tsute o tayoru"


def test_pre_war_katakana_with_a_full_size_tsu_is_the_word_mozc_lists() -> None:
    # Aozora titles トロツコ (tests/data/lookup/aozora_titles_more.tsv, gold Torokko), ラツパ,
    # 街上スケツチ: Mozc lists トロッコ, ラッパ, スケッチ and likes them better
    romanizer = Romanizer()
    assert romanizer.romanize("トロツコ") == "Torokko"
    assert romanizer.romanize("ラツパ") == "Rappa"
    assert romanizer.romanize("街上スケツチ") == "Gaijō suketchi"
    # words written with ツ stay
    assert romanizer.romanize("スーツケース") == "Sūtsukēsu"
    assert romanizer.romanize("マツタケ") == "Matsutake"
