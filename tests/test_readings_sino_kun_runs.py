"""A run of three kanji or more UniDic reads the Japanese way throughout, no list knows."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_run_of_three_read_the_japanese_way_is_one_sino_japanese_word() -> None:
    # 大 + 包 + 穴 (an acupuncture point): was おお + つつみ + あな
    assert "".join(w.kana for w in Romanizer().explain("大包穴")) == "だいほうけつ"


def test_a_pair_read_the_japanese_way_stays_native() -> None:
    # 沖 + 風, 岩 + 泡: native compounds of two kanji keep their kun readings
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("沖風")) == "おきかぜ"
    assert "".join(w.kana for w in romanizer.explain("岩泡")) == "いわあわ"
