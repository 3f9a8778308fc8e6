"""A kanji UniDic reads alone the Chinese way, that Mozc writes alone only as a native word
with its okurigana left out, is that word inside a whole input."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "kana"), [
    ("猟奇の果", "りょうきのはて"),  # aozora: 果て, was か
    ("崩横四方固", "くずれよこしほうがため"),  # judo: 崩れ, was ほう
    ("世界の果", "せかいのはて"),
])
def test_the_native_word_its_okurigana_left_out(text: str, kana: str) -> None:
    assert "".join(w.kana for w in Romanizer().explain(text)) == kana


def test_a_kanji_beside_another_kanji_stays_sino_japanese() -> None:
    # 崩 + 拳 (a xingyiquan fist), 独孤 + 求 + 敗: two kanji UniDic cut apart, one word
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("炎竜王の崩拳")) == "えんりゅうおうのほうけん"
    assert "".join(w.kana for w in romanizer.explain("独孤求敗")) == "どっこきゅうはい"
    assert romanizer.romanize("猟奇の果") == "Ryōki no hate"
