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
