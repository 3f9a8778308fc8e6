"""偽, which UniDic reads ニセ (fake) wherever it comes, read ギ (false, the truth value)
where it stands as a word of its own (data ``false_gi``)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus
    ("ブール整数値のフラグでは、 0は偽、それ以外は真を意味する。", "0 wa gi, sore igai wa shin"),
    ("偽だとデバイス固有のアドレスが用いられる。", "gi da to debaisu"),
    ("これら以外の場合には、式は偽となります。", "shiki wa gi to narimasu"),
    ("killは偽を返します。", "gi o kaeshimasu"),
    ("条件が偽ならば分岐先に対しても", "jōken ga gi naraba"),
    ("偽の場合はリクエストへ移動します。", "gi no baai wa"),
    ("ファイルについて真/偽の判定を行います。", "shin / gi no hantei"),
])
def test_false(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


@pytest.mark.parametrize(("text", "read"), [
    ("偽コマンドの実行", "nise komando no jikkō"), ("偽の情報", "nise no jōhō"),
    ("偽札", "nisesatsu"), ("偽", "nise"),
])
def test_the_fake_stays(text: str, read: str) -> None:
    assert Romanizer().romanize(text).lower() == read
