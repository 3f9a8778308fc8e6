"""Romanisation: tables of (Japanese, expected) per rule and per system, and dev_titles."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import dev_titles

import jpterms

HEPBURN = [
    ("日英サイバー協議の開催について", "Nichiei saibā kyōgi no kaisai ni tsuite"),  # the example
    ("格子", "Kōshi"),  # long vowel within one morpheme
    ("子牛", "Koushi"),  # two morphemes: no macron
    ("サイバー", "Saibā"),  # katakana long mark
    ("リリース", "Rirīsu"),  # katakana long mark on i
    ("英語", "Eigo"),  # えい stays ei
    ("大きい", "Ōkii"),  # いい stays ii, おお is ō
    ("雰囲気", "Fun'iki"),  # n' before a vowel
    ("信用", "Shin'yō"),  # n' before y
    ("抹茶", "Matcha"),  # tch before ch
    ("一致", "Itchi"),  # tch before ch
    ("鼻血", "Hanaji"),  # ぢ is ji
    ("日本へ行く", "Nihon e iku"),  # particle へ is e
    ("情報を収集した", "Jōhō o shūshū shita"),  # particle を is o
    ("英語は大きい", "Eigo wa ōkii"),  # particle は is wa
    ("3原則", "3 gensoku"),  # digits kept
    ("「東京」です。", "“Tōkyō” desu."),  # punctuation mapped
    ("野田佳彦", "Noda Yoshihiko"),  # proper nouns capitalised
    ("玄葉光一郎", "Genba Kōichirō"),  # glossary reading overrides the dictionary
    ("防衛省設置法", "Bōeishō setchihō"),  # suffixes join their word
]

SYSTEMS = [
    ("新聞", "traditional", "Shimbun"),  # m before b
    ("信用", "traditional", "Shin-yō"),  # n- before y
    ("本を読む", "traditional", "Hon wo yomu"),  # wo
    ("東京", "plain", "Tokyo"),  # no macrons
    ("東京", "wapuro", "Toukyou"),  # kana spelling
    ("大野", "wapuro", "Oono"),
    ("東京都", "wapuro", "Toukyou-to"),  # the same hyphens as in Hepburn
    ("大阪市", "wapuro", "Oosaka-shi"),
    ("新橋", "passport", "Shimbashi"),  # passport m before b
    ("大野", "passport", "Ono"),  # passport drops long vowels
    ("信用", "passport", "Shinyo"),
    ("東京", "kunrei", "Tôkyô"),  # circumflex
    ("新聞", "kunrei", "Sinbun"),
    ("茶", "kunrei", "Tya"),
    ("鼻血", "nihon", "Hanadi"),  # ぢ is di in Nihon-shiki
    ("続く", "nihon", "Tuduku"),  # づ is du
    ("本を読む", "nihon", "Hon wo yomu"),
]


@pytest.mark.parametrize(("text", "expected"), HEPBURN)
def test_modified_hepburn(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


@pytest.mark.parametrize(("text", "system", "expected"), SYSTEMS)
def test_other_systems(text: str, system: str, expected: str) -> None:
    assert jpterms.romanize(text, system) == expected


def test_unknown_system_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown romanisation system"):
        jpterms.romanize("東京", "klingon")


def _letters(s: str) -> str:
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"[^a-zāīūēō]", "", s).replace("nippon", "nihon")


def test_dev_titles_letters_exact() -> None:
    rows = dev_titles()
    misses = []
    for row in rows:
        got = jpterms.romanize(row["kanji"])
        if _letters(got) != _letters(row["hepburn"]):
            misses.append((row["kanji"], got, row["hepburn"]))
    share = 1 - len(misses) / len(rows)
    print(f"dev_titles letters-exact: {len(rows) - len(misses)}/{len(rows)} = {share:.1%}")
    for miss in misses:
        print("MISS", *miss)
    assert share >= 0.95


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_romanize_never_raises(text: str) -> None:
    assert isinstance(jpterms.romanize(text), str)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126)))
def test_romanize_is_idempotent_on_ascii(text: str) -> None:
    once = jpterms.romanize(text)
    assert jpterms.romanize(once) == once


def test_pykakasi_is_the_second_source_for_unknown_kanji() -> None:
    from jpterms.unidic_morpheme import kakasi_reading

    assert kakasi_reading("東京") == "トウキョウ"
    assert kakasi_reading("ハモンド") == ""  # no kanji: nothing to ask
    assert kakasi_reading("彁") == ""  # pykakasi has no reading either


def test_glossary_reading_overrides_only_where_it_applies() -> None:
    romanizer = jpterms.Romanizer("hepburn", jpterms.Glossary([]))
    assert romanizer.romanize("徳仁") != "Naruhito"  # the dictionaries alone misread it
    assert jpterms.romanize("徳仁") == "Naruhito"
    assert jpterms.romanize("玄葉光一郎") == "Genba Kōichirō"  # (JMnedict lists him too)


@pytest.mark.parametrize(("text", "expected"), [
    ("プレスリリース：玄葉外務大臣", "Puresu rirīsu: Genba gaimu daijin"),  # full-width colon
    ("これは【重要】です！次へ？", "Kore wa [jūyō] desu! Tsugi e?"),  # brackets, ! and ?
    ("え…と（注）", "E... to (chū)"),  # an ellipsis does not end the sentence
    ("Hello (東京) world", "Hello (Tōkyō) world"),  # English around Japanese is kept
    ("FTPサーバー", "FTP sābā"),  # a space between Latin and romanised text
    ("部分は、0 個以上", "Bubun wa, 0 ko ijō"),  # a Japanese comma before digits: a space
    ("として、POP には", "To shite, POP ni wa"),  # and before Latin letters
    ("東京。Osaka", "Tōkyō. Osaka"),
    ("設定.txt", "Settei.txt"),  # an ASCII mark stays as written
])
def test_punctuation_and_mixed_text(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


READINGS = [
    ("日本人", "Nihonjin"),  # JMdict compound over UniDic's 人 (nin)
    ("中国人", "Chūgokujin"),
    ("お母さん", "Okāsan"),  # JMdict reading; a + a within one kanji's reading is long
    ("日本語教育", "Nihongo kyōiku"),  # 日本語 is one word, 教育 another (ALA-LC division)
    ("山田孝雄", "Yamada Yoshio"),  # a notable person's full name in JMnedict
    ("柳田国男", "Yanagita Kunio"),
    ("小林芳規", "Kobayashi Yoshinori"),  # surname + JMnedict given-name reading
    ("池田証壽", "Ikeda Shōju"),  # characters UniDic only knows as symbols: no kanji left
    ("稲荷山", "Inariyama"),  # place: Mozc prefers いなりやま to UniDic's とうかやま
    ("大日本帝国", "Dai-Nihon teikoku"),  # no camel case (DaiNihon): a prefix to a name takes a hyphen
    ("東京都千代田区", "Tōkyō-to Chiyoda-ku"),  # administrative suffixes take a hyphen
    ("愛知県名古屋市", "Aichi-ken Nagoya-shi"),
    ("田中さんは", "Tanaka-san wa"),  # an honorific after a name takes a hyphen
    ("山田様", "Yamada-sama"),
    ("ウィルソン氏へ", "Wiruson-shi e"),  # 氏 after a name (a real corpus line)
    ("藤原氏", "Fujiwara-shi"),  # as in 藤原氏の (Mozc lists the whole as ふじわらうじ)
    ("皆さん", "Minasan"),  # but not after a common noun
    ("お客様", "Okyakusama"),
    ("渋谷駅", "Shibuya-eki"),  # a station after a place: whole in Mozc
    ("大宮駅", "Ōmiya-eki"),  # or in two tokens: the same division
    ("北海道", "Hokkaidō"),  # 道 is not hyphenated
    ("京都", "Kyōto"),  # a one-kanji stem is not a place plus suffix
    ("下総", "Shimōsa"),  # a lexicalised name: the vowel is long (the example)
    ("青梅", "Ōme"),
    ("井上", "Inoue"),  # but not where う begins the next kanji's word (上 うえ)
    ("丸の内", "Marunouchi"),
    ("津田左右吉", "Tsuda Sōkichi"),  # 右 read う lengthens the vowel
    ("新横浜", "Shin-Yokohama"),  # a prefix before a vowel or y: hyphen, not apostrophe
    ("一切經音義", "Issaikyō ongi"),  # old forms read as the modern ones
    ("追分口", "Oiwakeguchi"),  # 口 after a noun voices (rendaku table)
    ("口を開く", "Kuchi o hiraku"),  # but not on its own
    ("こんにちは", "Konnichiwa"),  # a particle grown into a word is read as it is said
    ("東京あるいは大阪", "Tōkyō aruiwa Ōsaka"),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_readings_from_the_dictionaries(text: str, expected: str) -> None:
    assert jpterms.romanize(text) == expected


def test_no_kanji_is_ever_left_in_the_output() -> None:
    for text in ("岡田希雄", "池田証壽", "廣池学園事業部", "彁", "一切經音義"):
        out = jpterms.romanize(text)
        assert not re.search(r"[\u3400-\u9fff]", out), (text, out)


def test_a_lone_long_mark_lengthens_the_word_before() -> None:
    """UniDic cuts セキュアー as セキュア + ー (a symbol): the mark belongs to the word before,
    so no vowel is lost and no empty word leaves two spaces (real corpus sentences)."""
    assert jpterms.romanize("セキュアーな方法") == "Sekyuā na hōhō"
    assert jpterms.romanize("「ハードウエアー設定」を参照下さい。") == "“Hādoueā settei” o sanshō kudasai."
    assert jpterms.romanize("セキュアーな方法", "kunrei") == "Sekyuâ na hôhô"
    assert jpterms.romanize("ーあ") == "A"  # nothing before it: nothing to lengthen


@pytest.mark.parametrize(("text", "expected"), [
    ("2011年10月31日", "2011-nen 10-gatsu 31-nichi"),  # a date in digits (the seed's notes)
    ("17日から19日まで", "17-nichi kara 19-nichi made"),  # 二日 fuses: read after 十一
    ("3勝2敗", "3-shō 2-hai"),  # not kachi, make (the words alone)
    ("98人が死亡", "98-nin ga shibō"),
    ("第2次世界大戦", "Dai 2-ji sekai taisen"),
    ("午前0時35分", "Gozen 0-ji 35-fun"),
    ("3か月間", "3-kagetsukan"),
    ("3原則", "3 gensoku"),  # no counter: a word of its own
    # the native counter つ, as the No-Intro catalogue romanises these games' titles
    # ("Super Mario Land 2 - 6-tsu no Kinka", "6-nin ni yoru, 6-tsu no Sekai no, ...")
    ("6つの金貨", "6-tsu no kinka"),
    ("6人による、6つの世界の、6つの物語。", "6-nin ni yoru, 6-tsu no sekai no, 6-tsu no monogatari."),
    ("3つ目の駅", "3-tsume no eki"),
])
def test_a_counter_after_digits_is_read_as_a_counter(text: str, expected: str) -> None:
    """Real corpus lines (benchmarks' corpus_ja.txt) read 月 tsuki, 日 hi, 人 hito, 勝 kachi
    after Arabic digits: the words alone. The counters (data/word_division.json
    after_digits) are read after a numeral and joined with a hyphen, as ALA-LC does."""
    assert jpterms.romanize(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("マスク値は 16 進の 8 ビット値で指定する。",
     "Masukuchi wa 16 shin no 8 bittochi de shitei suru."),  # was 16 Susumu (a given name)
    ("ゲームが終了した時には上位 10 人の得点リストを表示します。",
     "Gēmu ga shūryō shita toki ni wa jōi 10 nin no tokuten risuto o hyōji shimasu."),
    ("タイムアウトは 15 分です。", "Taimuauto wa 15 fun desu."),  # was 15 bun
    ("8 進数表記したもの", "8 shinsū hyōki shita mono"),  # was 8 Shinsū
    ("16進表記", "16-shin hyōki"),  # was 16 Shin
    ("5分かる", "5 wakaru"),  # 分 is the verb's stem here: was 5-fun karu
    ("1回しか", "1-kai shika"),  # (二回しか: 二 + 回 + しか, a counter)
    ("2 進む", "2 susumu"),
])
def test_a_counter_after_digits_and_a_space_is_read_as_a_counter(text: str,
                                                                  expected: str) -> None:
    """Man-page lines (corpus_ja.txt) write a number apart from its counter, where markup
    around the number was stripped: 16 進 was read as the run alone reads it, the given
    name Susumu, and 10 人 hito, 15 分 bun. After digits and one space the run is read as
    after digits, apart as written; explain says the same."""
    assert jpterms.romanize(text) == expected
    assert [w.romaji for w in jpterms.explain(text) if w.text in "進人分"] \
        == [w for w in ("shin", "nin", "fun") if re.search(rf"\b{w}\b", expected)]
