"""緒, which UniDic reads alone as いとぐち (a clue), is the cord お after a native word."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "kana", "romaji"), [
    ("括り緒の袴", "くくりおのはかま", "Kukurio no hakama"),  # jawiki: joined to a verb's stem
    ("結び緒", "むすびお", "Musubio"),
    ("堪忍袋の緒が切れる", "かんにんぶくろのおがきれる", "Kanninbukuro no o ga kireru"),
    ("勝って兜の緒を締めよ", "かってかぶとのおをしめよ", "Katte kabuto no o o shimeyo"),
])
def test_the_cord_after_a_native_word(text: str, kana: str, romaji: str) -> None:
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain(text)) == kana
    assert romanizer.romanize(text) == romaji


def test_the_clue_after_a_sino_japanese_word_stays() -> None:
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("事件解決の緒をつかむ")) \
        == "じけんかいけつのいとぐちをつかむ"
    assert romanizer.romanize("一緒に行く") == "Issho ni iku"
