"""空, which UniDic reads ソラ (the sky) wherever it comes, read カラ (empty) where only
"empty" makes sense (data ``empty_kara``)."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus
    ("ディレクトリを単に空であるとみなす", "kara de aru"),
    ("エスケープが空でない文字列", "kara de nai"),
    ("CD-RW を空にする機能", "kara ni suru"),
    ("コマンドラインが空の場合は", "kara no baai"),
    ("このような完全に空のディレクトリ", "kara no direkutori"),
])
def test_empty(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


@pytest.mark.parametrize(("text", "read"), [
    ("青い空だ", "aoi sora da"), ("秋の空だ", "aki no sora da"), ("空に浮かぶ", "sora ni ukabu"),
    ("空で鳴く", "sora de naku"), ("空の下で", "sora no shita de"), ("空を飛ぶ", "sora o tobu"),
])
def test_the_sky_stays(text: str, read: str) -> None:
    assert Romanizer().romanize(text).lower() == read
