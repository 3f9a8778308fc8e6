"""Words UniDic reads with the voiced first sound of a compound's second part wherever they
come (版 バン as in ベータ版, 箱 バコ as in 本箱, 深い ブカイ as in 奥深い), read with their
own first sound where they stand alone: after a clause, an adnominal, a particle or a mark,
or at the start (data ``unvoiced_alone``)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus (were "ban")
    ("この問題を修正するには、新しい版の共有ライブラリを用いてリンクし直すしかない。",
     "atarashii han no kyōyū"),
    ("ソースツリーが 2 つあり、古い版をパッチを適用するために保管しておきたいとする。", "furui han o"),
    ("fsck の将来の版では", "shōrai no han de wa"),
    ("この版の syslogd が", "kono han no"),
])
def test_edition(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


@pytest.mark.parametrize(("word", "kana"), [
    # a public learners' word list (JLPT N5-N1 flashcards, ChoChoRPG/Flashcard, js/Data*.js:
    # 箱,はこ / 深い,ふかい / 鉢,はち; were bako, bukai, bachi)
    ("箱", "はこ"), ("深い", "ふかい"), ("鉢", "はち"),
])
def test_a_word_alone(word: str, kana: str) -> None:
    assert "".join(w.kana for w in Romanizer().explain(word)) == kana


@pytest.mark.parametrize(("text", "read"), [
    # a manual-page line of the corpus (box-drawing characters; was "bako byōga moji")
    ("東アジアのロケールでは、箱描画文字やギリシャ文字やキリル文字は", "de wa, hako byōga moji"),
    ("森が深い", "Mori ga fukai"), ("深かった", "Fukakatta"), ("職に就く", "Shoku ni tsuku"),
])
def test_after_a_particle_or_a_mark(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text)


@pytest.mark.parametrize(("text", "read"), [
    ("本箱", "Honbako"), ("重箱", "Jūbako"), ("奥深い", "Okubukai"), ("3D版", "3D ban"),
    ("ベータ版を", "Bēta ban o"), ("改訂版", "Kaiteiban"), ("第2版が", "Dai 2-han ga"),
    ("日本語版の", "Nihongoban no"),
])
def test_the_suffix_stays(text: str, read: str) -> None:
    assert Romanizer().romanize(text) == read
