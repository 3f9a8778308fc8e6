"""A word UniDic takes for an adverb of another reading, read as the adjective's adverbial
form before a verb (data ``adjective_before_verb``): 正しく ただしく, not まさしく."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus (UniDic: masashiku)
    ("またファイル名の中の制御文字を正しく扱うことができません。", "tadashiku atsukau"),
    ("dvi ファイルは、正しく設計されたどのような dvi ドライバででも表示できます。",
     "tadashiku sekkei sareta"),
    ("正しく動作する", "tadashiku dōsa suru"),
])
def test_correctly(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


def test_surely_stays_before_a_noun() -> None:
    assert Romanizer().romanize("正しくその通りだ") == "Masashiku sono tōri da"
