"""An adjective in its classical attributive form (き for い) that UniDic cuts into units
that are no adjective, or reads otherwise than today's form, is read as today's
adjective with the ending き."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "romaji"), [
    # aozora_filenames (a dev look-up row): Arishima Takeo's 小さき者へ; UniDic's 小 コ +
    # さき + 者 シャ made "Kosakisha e"
    ("小さき者へ", "Chiisaki mono e"),
    ("清き心", "Kiyoki kokoro"),  # 清 + き, two symbols to UniDic: "Kiyokishin" at best
    ("正しき道", "Tadashiki michi"),  # UniDic's classical 正しき マサシキ
    # stay: read as today's already, or a word of its own
    ("美しき日本", "Utsukushiki Nihon"),
    ("蒼白き巣窟", "Aojiroki sōkutsu"),
    ("空き巣", "Akisu"),
    ("好き嫌い", "Sukikirai"),
])
def test_attributive_adjective(text: str, romaji: str) -> None:
    assert Romanizer(sources=("jmdict", "jmnedict", "mozc")).romanize(text) == romaji
