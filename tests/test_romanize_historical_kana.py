"""Words spelled in the historical kana usage that UniDic does not list so, and cuts into
pieces that make no sense, read in today's spelling (old_forms.historical_kana); the は,
を and へ of ordinary sentences stay particles."""

from __future__ import annotations

from tests.conftest import kana_of, reading_gold

from jpterms.romanize import Romanizer


def test_a_title_in_the_old_usage_reads_as_today() -> None:
    # jawiki_phrase_titles: を + どり (a voiced 取る after a particle) is おどり
    gold = reading_gold("jawiki_phrase_titles.tsv")
    assert kana_of("北野をどり") == gold["北野をどり"]
    r = Romanizer()
    # Orikuchi Shinobu's poems (Aozora Bunko): あ (a filler) + ひだ (a fold) is あいだ
    assert r.romanize("海やまのあひだ") == "Umiyama no aida"
    assert r.romanize("ゐなか教師") == "Inaka kyōshi"
    assert r.romanize("夢のかよひ路") == "Yume no kayoiji"
    # a particle を after the genitive の, a prefix ふ no word takes today
    assert r.romanize("ゆめのをはり") == "Yume no owari"
    assert r.romanize("かげろふ日記") == "Kagerō nikki"


def test_a_verb_in_the_old_usage_that_unidic_cuts_at_its_fu() -> None:
    # modern fiction titles (Values in Numbers corpus) and Aozora: UniDic lists 笑ふ, 歌ふ,
    # 舞ふ only as 笑う..., and read 笑 + ふ (a suffix) as "Waraifu"
    r = Romanizer()
    assert r.romanize("笑ふ") == "Warau"
    assert r.romanize("歌ふ") == "Utau"
    assert r.romanize("舞ふ") == "Mau"
    assert r.romanize("狂ふ女") == "Kuruu onna"
    # a suffix that is no old kana, and today's particles, stay
    assert r.romanize("東京府") == "Tōkyō-fu"
    assert r.romanize("五人は") == "Gonin wa"


def test_particles_of_ordinary_sentences_stay() -> None:
    r = Romanizer()
    assert r.romanize("ここにはない") == "Koko ni wa nai"
    assert r.romanize("手をとり合う") == "Te o toriau"
    assert r.romanize("すべてのひとへ") == "Subete no hito e"
    assert r.romanize("私のを使って") == "Watashi no o tsukatte"  # (私 watashi: JMdict, Mozc)
    # (shared/data/corpus_ja.txt: を after など and か stays a particle)
    assert r.romanize("有毒ガスの検知などをした") == "Yūdoku gasu no kenchi nado o shita"
    # a symbol the manual quotes, then the particle を: nothing read again
    assert r.romanize("はをオプションの終わりと解釈しません。").startswith("Ha o opushon")
