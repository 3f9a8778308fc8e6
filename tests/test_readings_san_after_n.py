"""A Sino-Japanese 山 after a unit ending in ん voices: ざん."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_san_after_n_voices() -> None:
    romanizer = Romanizer()
    # 瑞雲 + 山 (a temple's mountain name): was ずいうんさん
    assert "".join(w.kana for w in romanizer.explain("瑞雲山")) == "ずいうんざん"
    assert romanizer.romanize("瑞雲山") == "Zuiunzan"


def test_san_after_other_sounds_stays() -> None:
    # 金剛 + 山 ends in う: no voicing
    assert "".join(w.kana for w in Romanizer().explain("金剛山")) == "こんごうさん"
