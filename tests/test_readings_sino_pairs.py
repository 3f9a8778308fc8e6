"""A whole input of two kanji that no dictionary lists, which UniDic reads as two nouns of
one kanji each, one on and one kun, is read as one Sino-Japanese word (all on)."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_an_unlisted_mixed_pair_is_read_on_and_nothing_else_changes() -> None:
    # Wikipedia's readings (tests/data/readings/jawiki_draw.tsv, jawiki_titles.tsv): were
    # くらかん, くじらほう, がわかん, かげこん, そうのり
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("蔵干", "鯨鵬", "側款", "陰婚"):
        assert kana_of(word) == draw[word], word
    assert kana_of("曹矩") == reading_gold("jawiki_titles.tsv")["曹矩"]
    word = Romanizer().explain("蔵干")
    assert [(w.romaji, w.source, w.confidence) for w in word] == [
        ("zōkan", "kanjidic", "possible")]
    assert word[0].alternatives == ("kurakan",)
    # a listed pair, an administrative ending and running text keep their readings
    r = Romanizer()
    assert r.romanize("南区") == "Minami-ku"  # an administrative ending
    assert r.romanize("石部") == "Ishibe"  # JMnedict lists it so
    assert r.romanize("牛乳") == "Gyūnyū"  # a word
    # only a whole input: in a sentence the two kanji stay as UniDic reads them
    assert r.romanize("これは蔵干です") == "Kore wa kurahoshi desu"


def test_an_unlisted_mixed_run_of_three_or_more_is_read_on() -> None:
    # Wikipedia's readings (jawiki_titles.tsv, jawiki_draw.tsv): were くじらうみよいこう,
    # ほうあたまがたな, がわぎせい, うみだんとう, かみげんさい, はれがわいん + おさのぶ
    assert kana_of("鯨海酔侯") == reading_gold("jawiki_titles.tsv")["鯨海酔侯"]
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("方頭刀", "側着性", "海壇島", "神現祭", "晴川院養信"):
        assert kana_of(word) == draw[word], word
    word = Romanizer().explain("鯨海酔侯")
    assert [(w.romaji, w.source, w.confidence) for w in word] == [
        ("geikaisuikō", "kanjidic", "possible")]
    # a part a dictionary lists as UniDic reads it keeps the run (蛭藻 ひるも, 梶栗
    # かじくり), and so does a word of time or place (前 まえ) at its end
    assert kana_of("蛭藻金") == draw["蛭藻金"]
    assert kana_of("五農校前") == reading_gold("stations_all.tsv")["五農校前"]


def _hdic_gold() -> dict[str, str]:
    """HDIC's terms (tests/data/lookup/hdic_terms.tsv): the kanji and their romanisation."""
    path = Path(__file__).parent / "data" / "lookup" / "hdic_terms.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["japanese"]: r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")}


def test_an_on_reading_that_is_also_a_name_reading_counts_as_on() -> None:
    # HDIC's radical names (tests/data/lookup/hdic_terms.tsv): 部 ぶ is on, and a voiced name
    # reading (ふ) too; were Amebu, Onibu
    gold = _hdic_gold()
    r = Romanizer()
    for word in ("雨部", "鬼部"):
        assert r.romanize(word) == gold[word], word


def test_a_name_listed_only_in_another_reading_does_not_keep_the_mixed_one() -> None:
    # HDIC's radical names (tests/data/lookup/hdic_terms.tsv): JMnedict lists 糸部 いとべ and
    # 魚部 うおべ (family names), not UniDic's いと + ぶ, さかな + ぶ; were Itobu, Sakanabu
    gold = _hdic_gold()
    r = Romanizer()
    for word in ("糸部", "魚部"):
        assert r.romanize(word) == gold[word], word
    # the Kangxi radicals 舟 (the boat radical) and 馬 (the horse radical), shūbu and babu
    # in any dictionary of kanji (JMnedict: the family names ふなべ, うまべ); were Funebu, Umabu
    assert r.romanize("舟部") == "Shūbu"
    assert r.romanize("馬部") == "Babu"
    # Wikipedia's reading (jawiki_draw.tsv): JMnedict's family name is はしうち, not はしない
    assert kana_of("橋内") == reading_gold("jawiki_draw.tsv")["橋内"]
    # a listing in UniDic's own reading keeps it: Mozc's 手部 てぶ, JMnedict's 石部 いしべ
    assert r.romanize("手部") == "Tebu"
    assert r.romanize("石部") == "Ishibe"


def test_a_pair_read_on_makes_the_sound_change_of_one_word() -> None:
    # Wikipedia's reading (jawiki_draw.tsv): the last of the three hot periods; was まつふく
    assert kana_of("末伏") == reading_gold("jawiki_draw.tsv")["末伏"]
    # 屈膝 (bending the knee, as in 屈膝礼 くっしつれい); was Kutsushitsu
    assert Romanizer().romanize("屈膝") == "Kusshitsu"
    # a run of three may be a family name and a given name: each keeps its reading
    assert kana_of("羊舌肸") == "ようぜつきつ"


def test_a_mixed_pair_between_sino_japanese_words_is_read_on() -> None:
    # Wikipedia's readings (jawiki_draw.tsv): were りょうくちびる + きゅうちゃくおん,
    # たからこう + しゅうだん..., ぐんじんよみほう
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("両唇吸着音", "宝鋼集団有限公司", "軍人読法"):
        assert kana_of(word) == draw[word], word
    r = Romanizer()
    # the bilabial plosive (phonetics); was Ryōkuchibiru haretsuon
    assert r.romanize("両唇破裂音") == "Ryōshin haretsuon"
    # a native compound's voiced second part stays: 甲型 こうがた, 加圧水型 がた
    assert r.romanize("甲型駆逐艦") == "Kōgata kuchikukan"
    assert kana_of("加圧水型原子炉") == draw["加圧水型原子炉"]
    # a numeral with 第 is no such pair
    assert kana_of("山形市立第七中学校") == reading_gold("jawiki_schools.tsv")["山形市立第七中学校"]


def test_a_reading_kanjidic_does_not_give_is_read_on_too() -> None:
    # Wikipedia's readings (jawiki_draw.tsv): UniDic's 峡 かい and 菓 このみ are no readings
    # KANJIDIC2 gives those kanji; were かいちゅう, ほんわこのみしゅう
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("峡中", "本和菓衆"):
        assert kana_of(word) == draw[word], word


def test_a_kanji_uni_dic_reads_as_a_given_name_is_part_of_the_run() -> None:
    # Wikipedia's readings (jawiki_draw.tsv): UniDic reads 誕 たん and 了 りょう as given
    # names (人名-名), and such a unit broke the run: were まちたんふし, すみかりょういん
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("待誕節", "栖了院"):
        assert kana_of(word) == draw[word], word
    # a person (a family name and a given name) is read as one before this rule
    r = Romanizer()
    assert r.romanize("星誠") == "Hoshi Makoto"
    assert r.romanize("泉守") == "Izumi Mamoru"
    # a pair of a noun and 君 (a given name to UniDic) is a name and its honorific
    assert r.romanize("鶴君") == "Tsuru-kun"
    assert r.romanize("星誠君") == "Hoshi Makoto-kun"  # a name before an honorific


def test_a_prefix_begins_a_run_of_three_but_not_a_pair() -> None:
    # Wikipedia's readings (jawiki_draw.tsv): UniDic reads 大, 長 and 真 as prefixes, which
    # broke the run: were おおつねしん, ちょうかえだ, まりゅうさいていすい
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("大彝震", "長果枝", "真龍斎貞水"):
        assert kana_of(word) == draw[word], word
    # a prefix and one kanji are an ordinary compound; the honorific 御 is no Sino kanji
    for word in ("本櫓", "複穴", "御雇衆"):
        assert kana_of(word) == draw[word], word


def test_a_name_or_an_adnominal_belongs_to_a_run_of_three() -> None:
    # Wikipedia's readings (jawiki_draw.tsv): UniDic reads 陳 and 関 as places, 其 as the
    # adnominal その, 堂 as a family name and 雅 as a given name: were ちんそのすすむ,
    # かんせきどうりつ, てんごどうただしおち
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("陳其邁", "関関同立", "てんご堂雅落"):
        assert kana_of(word) == draw[word], word
    r = Romanizer()
    assert r.romanize("星新一") == "Hoshi Shin'ichi"  # a person is read before


def test_a_numeral_or_a_kanjidic_guess_belongs_to_a_run_of_three() -> None:
    # Wikipedia's readings: UniDic reads 五 and 四 as numerals, and KANJIDIC2 guesses 肸
    # (no dictionary knows it): were ごりゅうせおんせん, ばくまつのよんけんこう, ひつじぜつきつ
    draw = reading_gold("jawiki_draw.tsv")
    for word in ("五龍背温泉", "幕末の四賢侯", "羊舌肸"):
        assert kana_of(word) == draw[word], word
    # a numeral before a counter or a suffix counts something (百 + 人 + 組)
    assert kana_of("百人組") == draw["百人組"]


def test_a_whole_input_listed_as_read_stays() -> None:
    # 坂 + 善 + 商事: Mozc lists the shop さかぜんしょうじ, as UniDic's units read it; no
    # Sino-Japanese pair はんぜん
    assert kana_of("坂善商事") == reading_gold("jawiki_draw.tsv")["坂善商事"]
    assert Romanizer().romanize("坂善商事") == "Sakazen shōji"
