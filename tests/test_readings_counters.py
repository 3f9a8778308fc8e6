"""Counters after a numeral UniDic cuts off: the sound change (三匹 sanbiki, 一匹 ippiki).

UniDic reads 匹 ヒキ, 本 ホン, 分 フン, 冊 サツ on their own; after 三, 一, 六, 十 the
counter is voiced, half-voiced or doubles (``counter_sounds`` in word_division.json,
the rules of :func:`jpterms.numbers.counter_reading`). Before this, 三匹の侍 was
"Sanhiki no samurai".
"""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.numbers import counter_reading
from jpterms.readings import reads_with_previous
from jpterms.romanize import Romanizer


def test_titles_with_a_counted_number() -> None:
    romanizer = Romanizer()
    # Gosha Hideo's film (1964) and Arikawa Hiro's novel (2009)
    assert romanizer.romanize("三匹の侍") == "Sanbiki no samurai"
    assert romanizer.romanize("三匹のおっさん") == "Sanbiki no ossan"
    assert romanizer.romanize("三匹の子ぶた") == "Sanbiki no kobuta"
    assert Romanizer(system="kunrei").romanize("三匹の侍") == "Sanbiki no samurai"


def test_the_counter_doubles_after_ichi_roku_hachi_ju() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("猫が一匹いる") == "Neko ga ippiki iru"
    assert romanizer.romanize("六匹の猫") == "Roppiki no neko"
    assert romanizer.romanize("二十匹の羊") == "Nijuppiki no hitsuji"
    assert romanizer.romanize("十冊の本") == "Jussatsu no hon"
    assert romanizer.romanize("六冊") == "Rokusatsu"  # 冊 does not double after roku
    assert romanizer.romanize("十分間待つ") == "Juppunkan matsu"
    assert romanizer.romanize("三泊四日") == "Sanpaku yokka"
    assert romanizer.romanize("四匹の猫") == "Yonhiki no neko"  # no change after yon


def test_what_is_not_a_counted_number_stays() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("十分に述べた") == "Jūbun ni nobeta"  # enough, not ten minutes
    assert romanizer.romanize("三分の一") == "Sanbun no ichi"  # a third: bun, not fun
    assert romanizer.romanize("三杯目の酒") == "Sanbaime no sake"  # UniDic's own バイ kept
    assert romanizer.romanize("匹が一匹") == "Hiki ga ippiki"  # the memory keeps them apart
    assert romanizer.romanize("三回目の読み込みはエラーを返す。") \
        == "Sankaime no yomikomi wa erā o kaesu."  # a corpus line, unchanged


def test_the_romaniser_never_cuts_before_a_counter() -> None:
    # the rule looks at the morpheme before: the segment memory must not cut there
    assert reads_with_previous("匹") and reads_with_previous("分")


def test_counter_reading_reuses_the_number_rules() -> None:
    assert counter_reading("さん", "ひき", voiced=("さん",)) == ("さん", "びき")
    assert counter_reading("じゅう", "さつ", doubles=("じゅう",)) == ("じゅっ", "さつ")
    assert counter_reading("ろく", "さつ", doubles=("いち",)) == ("ろく", "さつ")


def test_a_counter_after_digits_reads_with_what_joins_it() -> None:
    romanizer = Romanizer()
    # 3歳児 was "3-sai ko" (児 read alone); 2人目 was "2 hitome" (the public eye)
    assert romanizer.romanize("3歳児の母") == "3-saiji no haha"
    assert romanizer.romanize("歴代でも2人目の大快挙である。") \
        == "Rekidai de mo 2-ninme no daikaikyo de aru."  # a corpus line
    assert romanizer.romanize("18歳未満の客") == "18-sai miman no kyaku"  # a word apart
    assert romanizer.romanize("14歳からの哲学") == "14-sai kara no tetsugaku"
    assert romanizer.romanize("第2巻") == "Dai 2-kan"
    assert Romanizer(system="kunrei").romanize("3歳児") == "3-saizi"


def test_a_title_mozc_knows_with_another_reading_of_its_number() -> None:
    # Tsuboi Sakae's novel (1952) and Kinoshita Keisuke's film (1954): Mozc has the title
    # as にじゅうしのひとみ; UniDic reads 四 yon
    assert Romanizer().romanize("二十四の瞳") == "Nijūshi no hitomi"
    assert Romanizer(system="kunrei").romanize("二十四の瞳") == "Nizyûsi no hitomi"
    assert Romanizer(system="ala-lc").romanize("二十四の瞳") == "Nijūshi no hitomi"
    # a lone digit stays as UniDic reads it (Mozc's だいしのかべ is not the usual reading)
    assert Romanizer().romanize("第四の壁") == "Daiyon no kabe"
    assert Romanizer().romanize("四十八人目の忠臣") == "Yonjūhachininme no chūshin"


def test_minutes_after_an_hour() -> None:
    romanizer = Romanizer()
    # 十分 after an hour is ten minutes (juppun), not jūbun "enough"
    assert romanizer.romanize("午後三時十分に出発") == "Gogo sanji juppun ni shuppatsu"
    assert romanizer.romanize("十時十分前") == "Jūji juppunmae"
    assert romanizer.romanize("十分に述べた") == "Jūbun ni nobeta"
    assert romanizer.romanize("十分の一") == "Jūbun no ichi"  # a tenth


def test_a_numeral_and_its_counter_alone_count_something() -> None:
    # on their own, 六本 and 三杯目 were read as a surname (Rokumoto) and a surname plus
    # a given name (Sanbai Sagan); a numeral and a counter with sound changes count
    romanizer = Romanizer()
    assert romanizer.romanize("六本") == "Roppon"
    assert romanizer.romanize("三杯目") == "Sanbaime"
    # places and names that begin so keep their own readings
    assert romanizer.romanize("三本松") == "Sanbonmatsu"
    assert romanizer.romanize("八千代町") == "Yachiyo-machi"


def test_kakukei_after_a_numeral_is_a_polygon() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): UniDic reads 十二 + 角形
    # かくがた (a square shape); the polygon is じゅうにかくけい, as JMdict's 五角形 ends
    from jpterms.romanize import explain as explained

    assert "".join(w.kana for w in explained("十二角形")) == "じゅうにかくけい"
    assert "".join(w.kana for w in explained("十六角形")) == "じゅうろくかくけい"
    assert "".join(w.kana for w in explained("角形")) == "かくがた"


def test_itchome_as_the_stations_read_it() -> None:
    # a Wikipedia title (tests/data/readings/jawiki_draw.tsv) and the shipped station list
    # (jpterms/data/stations.tsv: 13 stations in 一丁目, all いっちょうめ; 六丁目 ろくちょうめ)
    from jpterms.romanize import explain as explained

    assert "".join(w.kana for w in explained("本町筋一丁目停留場")) == (
        "ほんちょうすじいっちょうめていりゅうじょう")
    assert "".join(w.kana for w in explained("六丁目")) == "ろくちょうめ"
    assert "".join(w.kana for w in explained("二丁目")) == "にちょうめ"


def test_the_generation_of_a_stage_name_reads_its_numeral_as_the_stage_names_do() -> None:
    from conftest import kana_of, reading_gold

    # Aozora Bunko's 七代目坂東三津五郎 and Wikipedia's 七代目市川中車 (しちだいめ, as Mozc's
    # own 七代目市川團十郎 is); UniDic's 七 is なな
    aozora = reading_gold("aozora_dev.tsv")
    draw = reading_gold("jawiki_draw.tsv")
    assert kana_of("七代目坂東三津五郎") == aozora["七代目坂東三津五郎"]
    assert kana_of("七代目市川中車") == draw["七代目市川中車"]
    romanizer = Romanizer()
    assert romanizer.romanize("九代目市川團十郎") == "Ku daime Ichikawa Danjūrō"
    # no name after: the generation of anything else keeps UniDic's numeral
    assert romanizer.romanize("七代目社長") == "Nana daime shachō"
    assert romanizer.romanize("七代目の社長").startswith("Nana daime")


def test_volumes_after_a_numeral_double_as_kai_does() -> None:
    # history_terms.tsv: 全二十巻 was ぜんにじゅうかん; 巻 after a numeral is the volume
    # (after_numeral: かん), and doubles after いち, ろく, じゅう (counter_sounds)
    assert kana_of("全二十巻") == reading_gold("history_terms.tsv")["全二十巻"]
    assert kana_of("第六巻") == "だいろっかん"
    assert kana_of("全三巻") == "ぜんさんかん"
    assert Romanizer().romanize("第2巻") == "Dai 2-kan"


def test_fractions_read_as_numbers_counted() -> None:
    # a numeral, 分, の and a numeral is a fraction: 分 ぶん after the number as it is
    # counted, not JMdict's 四分 しぶん (quartering), 八分 はちぶ or 九分 くぶ (parts in
    # ten), nor 六分 roppun (six minutes). Sentences from public source comments
    # (a D3DX header; a reinforcement-learning log; a strategy game's ransom table).
    romanizer = Romanizer()
    assert romanizer.romanize("四分の一の円周率") == "Yonbun no ichi no enshūritsu"
    assert romanizer.romanize("視野の半分、視野の四分の一、視野の八分の一に接近した回数") == (
        "Shiya no hanbun, shiya no yonbun no ichi, shiya no hachibun no ichi ni sekkin shita"
        " kaisū")
    assert romanizer.romanize("丙は七分の一、丁は九分の一。") == (
        "Hei wa nanabun no ichi, Tei wa kyūbun no ichi.")
    assert romanizer.romanize("相手の兵は六分の一を失う") == "Aite no hei wa rokubun no ichi o ushinau"
    assert [w.kana for w in romanizer.explain("九分の一")] == ["きゅうぶん", "の", "いち"]
    # 分 with no numeral after の stays as it was: minutes, a part, a share
    assert romanizer.romanize("三時十分の電車") == "Sanji juppun no densha"
    assert romanizer.romanize("一分の隙もない") == "Ichibu no suki mo nai"


def test_a_digit_after_a_prefix_takes_the_counting_reading() -> None:
    # UniDic reads 四 し after 全 and 計 (zenshikan, keishikai); before a counter it is
    # counted, yon, as UniDic reads 四巻 alone (a note on the Ochikubo monogatari's base
    # text, from a public reading-guide repository)
    romanizer = Romanizer()
    assert romanizer.romanize("落窪物語は全四巻で構成され") == (
        "Ochikubo monogatari wa zen'yonkan de kōsei sare")
    assert romanizer.romanize("計四回") == "Keiyonkai"
    assert romanizer.romanize("全九巻") == "Zenkyūkan"
    # the counters of months, hours and days keep their own readings
    assert romanizer.romanize("四月") == "Shigatsu"
    assert romanizer.romanize("九時") == "Kuji"


def test_episodes_are_counted_wa_after_a_numeral() -> None:
    # 話 after a numeral counts episodes, wa (data ``after_numeral``); UniDic reads it
    # ハナシ, the noun. A title call from a public game script, with its own kana
    # (だいよんわ！　あらしの、かんごくせんと…)
    romanizer = Romanizer()
    assert kana_of("第四話、嵐の監獄船とルオーの罪！").startswith("だいよんわあらしの")
    assert romanizer.romanize("第四話") == "Daiyonwa"
    assert romanizer.romanize("全四話") == "Zen'yonwa"  # was Zenshiwa, a kanji-by-kanji guess
    assert romanizer.romanize("昔話") == "Mukashibanashi"  # a word of its own stays
    assert romanizer.romanize("二人の話") == "Futari no hanashi"


def test_a_number_alone_is_a_number_not_a_name() -> None:
    # JMnedict spells names with numerals (二十一 Tsuruichi, 五十 Goji, 二千 Nichi); a whole
    # input that is a number written with its powers of ten is the number. Readings from a
    # public learners' word list (kanjiReadings: '二十一歳': 'にじゅういっさい', ...)
    romanizer = Romanizer()
    for word, kana in (("二十一歳", "にじゅういっさい"), ("二十歳", "はたち"),
                       ("十九歳", "じゅうきゅうさい"), ("三十分", "さんじゅっぷん"),
                       ("八百円", "はっぴゃくえん"), ("千円", "せんえん")):
        assert kana_of(word) == kana, word
    assert kana_of("二十一") == "にじゅういち"
    assert kana_of("五十") == "ごじゅう"
    assert kana_of("二千") == "にせん"
    # a numeral and a counter JMdict lists as a common word (the same list: 一日,いちにち)
    assert kana_of("一日") == "いちにち"  # was ひといち, a family name
    # names and places spelled with numerals stay names and places
    assert romanizer.romanize("五十嵐") == "Igarashi"
    assert romanizer.romanize("九十九里") == "Kujūkuri"
    assert romanizer.romanize("一二三") == "Hifumi"  # no power of ten: no number


def test_yo_after_a_numeral_is_more_than() -> None:
    # 余 after a numeral is "more than": the title 四十余日 (Hoyt Long's corpus table:
    # yonichi), not UniDic's 余日 よじつ (the days left) or 余人 よじん
    romanizer = Romanizer()
    assert romanizer.romanize("四十余日") == "Yonjū yonichi"  # was yojitsu
    assert romanizer.romanize("百余人") == "Hyaku yonin"
    # alone they stay the words
    assert romanizer.romanize("残りの余日") == "Nokori no yojitsu"
