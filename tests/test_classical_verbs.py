"""A classical verb of the ha row spelled with kanji and one old kana (喰ふ, 食ふ) is read
as UniDic reads today's spelling (喰う くう), and its ending u stays a vowel of its own
(classical_forms._classical_verb_rows)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_old_kana_verb_read_as_today_spelling() -> None:
    romanizer = Romanizer()
    # real titles: Tanizaki's 蓼喰ふ虫 (1929) and Makino Shin'ichi's 西瓜喰ふ人 (Hoyt
    # Long's corpus table: Suika kuu hito); UniDic's classical 喰ふ is 食らふ
    assert romanizer.romanize("蓼喰ふ虫") == "Tade kuu mushi"  # was kurau
    assert romanizer.romanize("西瓜喰ふ人") == "Suika kuu hito"
    assert romanizer.romanize("喰ひ物") == "Kui mono"  # was Kurai
    # the ending u of a classical verb is no long vowel: kuu, not kū
    assert romanizer.romanize("人を食ふ") == "Hito o kuu"


def test_verbs_read_alike_both_ways_stay() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("思ふ") == "Omou"
    assert romanizer.romanize("言ふ事") == "Iu koto"
    assert romanizer.romanize("笑ふ") == "Warau"


def test_classical_verb_of_two_rows_cut_by_unidic_read_as_one() -> None:
    romanizer = Romanizer()
    # UniDic cuts these into a prefix and a mark or a noun (消 ショウ + ゆ, 現 ゲン + わる);
    # today's verb of one row that JMdict lists gives the reading (消える, 現われる)
    assert romanizer.romanize("星消ゆ") == "Hoshi kiyu"  # was Hoshi shōyu
    assert romanizer.romanize("怪人現わる") == "Kaijin arawaru"  # was Kaijingen waru
    assert romanizer.romanize("過ぐる日") == "Suguru hi"  # the attributive form, 上二段
    # JMdict's own classical verbs (離る はなる, 呉る くる: were さかる, くれる)
    assert [w.kana for w in romanizer.explain("離る")] == ["はなる"]
    assert [w.kana for w in romanizer.explain("呉る")] == ["くる"]
    # UniDic's own classical verbs and other words of one row stay as UniDic reads them
    assert romanizer.romanize("燃ゆる頬") == "Moyuru hō"
    assert romanizer.romanize("星落つ") == "Hoshi otsu"
    assert romanizer.romanize("必ず") == "Kanarazu"
    assert romanizer.romanize("使用する") == "Shiyō suru"


def test_classical_adjective_cut_by_unidic_read_as_one() -> None:
    romanizer = Romanizer()
    # 清 + the mark き, 嬉 + the particle しき: today's adjective (清い, 嬉しい) reads them,
    # and the noun after is read again (水 ミズ, not スイ)
    assert romanizer.romanize("清き水") == "Kiyoki mizu"  # was Sei ki sui
    assert romanizer.romanize("嬉しき日々") == "Ureshiki hibi"  # was Ureshi Shiki…
    assert romanizer.romanize("山高く水清し") == "Yama takaku mizu kiyoshi"
    assert romanizer.romanize("星消ゆる夜") == "Hoshi kiyuru yoru"
    # JMdict's classical adjectives (事珍しき ことめずらしき, 善き よき: were ちんしき, ぜんき)
    assert "".join(w.kana for w in romanizer.explain("事珍しき夢")) == "ことめずらしきゆめ"
    assert "".join(w.kana for w in romanizer.explain("善き夢")) == "よきゆめ"
    # a kanji and する's し stays a verb
    assert romanizer.romanize("愛し") == "Aishi"


def test_a_whole_input_of_one_classical_verb_keeps_unidic_reading() -> None:
    romanizer = Romanizer()
    # Mozc lists 流る as a slip of 流れる and 考へる with its kana as written: UniDic's
    # classical and historical readings stand (explain and romanize agree)
    assert [w.kana for w in romanizer.explain("流る")] == ["ながる"]
    assert [w.kana for w in romanizer.explain("考へる")] == ["かんがえる"]
    assert romanizer.romanize("出づる") == "Izuru"  # was Izuzuru (Mozc's いづづる)


def test_aozora_titles_with_a_classical_form_cut_by_unidic() -> None:
    # Aozora Bunko's readings (tests/data/lookup/aozora_filenames.tsv,
    # aozora_titles_more.tsv): 小 + the verb さき + 者, 答 + the filler う were cut apart
    romanizer = Romanizer()
    assert romanizer.romanize("小さき者へ") == "Chiisaki mono e"  # was Kosakisha e
    assert romanizer.romanize("田山花袋君に答う") == "Tayama Katai-kun ni kotau"  # was kotae u
    assert romanizer.romanize("萱草に寄す").endswith("ni yosu")  # was yori su


def test_a_classical_verb_in_fu_cut_apart_reads_its_fu_as_u() -> None:
    # 加 + ふ as the suffix 婦: today's 加える gives くわ-, and the historical ふ is read ウ
    romanizer = Romanizer()
    assert romanizer.romanize("加ふ") == "Kuwau"  # was Kafu
    assert romanizer.romanize("教ふ") == "Oshiu"  # was Kyōfu
    assert romanizer.romanize("夫婦") == "Fūfu"


def test_a_verb_in_heru_in_the_historical_kana_is_read_as_today() -> None:
    # Aozora Bunko's reading (tests/data/lookup/aozora_filenames.tsv: 彷徨へる Samayoeru);
    # UniDic cut it into the noun 彷徨 ホウコウ and the verb 減る ヘル
    romanizer = Romanizer()
    assert romanizer.romanize("彷徨へる") == "Samayoeru"  # was Hōkō heru
    assert romanizer.romanize("狂へる女") == "Kurueru onna"  # 狂う: the form in える
    assert romanizer.romanize("数へる") == "Kazoeru"  # 数える, a verb of one row
    assert romanizer.romanize("日々減る") == "Hibi heru"  # today's へる stays
