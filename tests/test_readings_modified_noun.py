"""A word something modifies is a noun: no JMdict adverb ending in a particle is read over
it at the end of a whole input (ListedWholes.jmdict_whole)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_after_no_or_an_auxiliary_ato_is_a_noun() -> None:
    r = Romanizer()
    # corpus lines read 後に as JMdict's のちに ("later") in explain
    for text in ("範囲の後に", "単語分割を行った後に"):
        words = r.explain(text)
        assert "".join(w.kana for w in words).endswith("あとに"), text
        assert r.romanize(text).endswith("ato ni")


def test_an_adverb_mecab_cut_off_a_common_word() -> None:
    # 偶 (MeCab's adverb たま, "now and then") + 数 of 偶数ページ: the even pages
    r = Romanizer()
    assert r.romanize("偶数ページと奇数ページのフッタは、異なった整形が成されます。").startswith(
        "Gūsū pēji to kisū pēji")
    assert "gūsū banme" in r.romanize("奇数あるいは偶数番目のマッチを与える")
    assert r.romanize("又、これは") == "Mata, kore wa"


def test_between_after_a_katakana_word() -> None:
    # 間 after パッケージ and ファイル: UniDic's counter of rooms, マ; between, カン
    r = Romanizer()
    assert r.romanize("パッケージ間のバージョンのずれ") == "Pakkējikan no bājon no zure"
    assert r.romanize("ファイル間の差分") == "Fairukan no sabun"


def test_a_noun_after_a_noun_is_no_adverb_ending_in_a_particle() -> None:
    # corpus lines: explain read 作成 + 時に as JMdict's adverb ときに ("sometimes") at the
    # end of a chunk before Latin letters, where romanize reads the suffix じ
    r = Romanizer()
    for text, kana in (("アーカイブの作成時に FILE が存在しない", "さくせいじ"),
                       ("終了ステータスは、 正常処理時に 0、 処理失敗時に 1 です。", "しょりじ")):
        assert kana in [w.kana for w in r.explain(text)], text
    # alone, or after a particle, it is the adverb
    assert "".join(w.kana for w in r.explain("彼は時に")).endswith("ときに")
