"""A place's name in hiragana before the kanji that ends it, which UniDic cuts into
pieces of grammar (すみ + だ + 川), is one name where Mozc writes its reading
(romanize._kana_place_rows)."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_kana_place_before_its_kanji_is_one_name() -> None:
    romanizer = Romanizer()
    # Nagai Kafū's すみだ川 (Hoyt Long's corpus table: Sumidagawa): Mozc's 隅田川 すみだがわ
    assert romanizer.romanize("すみだ川") == "Sumidagawa"  # was Sumi da kawa
    assert romanizer.romanize("すみだ川の流れ") == "Sumidagawa no nagare"
    # stations the list reads so stay so read (tests/data/readings)
    stations = reading_gold("stations_all.tsv")
    for name in ("かぶと山", "ゆめが丘", "ちはら台"):
        assert kana_of(name) == stations[name], name


def test_kana_words_before_a_kanji_stay_apart() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("ふるさとの山") == "Furusato no yama"
    assert romanizer.romanize("きれいな浜") == "Kirei na hama"
    # administrative suffixes are left to the official lists
    assert romanizer.romanize("南あわじ市") == "Minamiawaji-shi"
