"""The topic particle は right after a word in Latin letters, which MeCab (seeing nothing
before the run) takes for the interjection はあ or a mark: read wa, not ha."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus (were "ha")
    ("注意: この変更後も、環境変数 $STY は古い名前を反映したままである。", "$STY wa furui namae"),
    ("time は秒単位の時間で", "time wa byō tan'i"),
    ("buf は大きさが buf_size のバッファーで", "buf wa ōkisa ga"),
    ("入力しないと、sudo は時間切れで終了する", "sudo wa jikan"),
])
def test_topic(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text)


def test_the_leaf_stays() -> None:
    assert "ha (leaf)" in Romanizer().romanize("noleaf オプションの指定によって、葉 (leaf) に関する")
