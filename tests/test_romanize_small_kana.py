"""Kana written small that UniDic reads as a full-size one keep their size: しょうず
(UniDic: the verb form しよう + ず) is Shōzu, not "Shiyōzu"."""

from __future__ import annotations

from jpterms.romanize import Romanizer, spells_kana


def test_small_kana_are_read_as_written() -> None:
    r = Romanizer()
    for text, kana in (("しょうず", "しょうず"), ("しょうずの里", "しょうずのさと")):
        got = r.romanize(text)
        assert got.startswith("Shōzu") and spells_kana(got, kana), got
        assert "".join(w.kana for w in r.explain(text)) == kana
    # old usage writes full size where today's is small: read as today's (unchanged)
    assert r.romanize("なかつた") == "Nakatta"
