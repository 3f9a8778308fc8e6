"""Official readings of Japan's municipalities (``jpterms/data/municipalities.tsv``), the
readings of publishers (``jpterms/data/publishers.tsv``, see its ``publishers.md``) and of
the old provinces (``jpterms/data/provinces.tsv``).

Whether 町 is まち or ちょう, and 村 むら or そん, is decided municipality by municipality
(八千代町 やちよまち in Ibaraki, 福島町 ふくしまちょう in Hokkaido): no dictionary and no
rule knows it, the official list does. It is shipped as data, read on first use.

>>> readings = municipality_readings()
>>> readings["八千代町"], readings["上野村"]
('やちよまち', 'うえのむら')
>>> readings["清水町"]  # two towns (Hokkaido, Shizuoka) read alike; small kana full size
'しみずちよう'
>>> "池田町" in readings  # いけだまち in Nagano, いけだちょう in Hokkaido, Fukui and Gifu
False
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["full_size", "municipality_readings", "province_readings", "publisher_readings"]

_FULL_SIZE = str.maketrans("ゃゅょっぁぃぅぇぉゎ", "やゆよつあいうえおわ")


def full_size(kana: str) -> str:
    """Hiragana with small kana written full size, as the official list writes them.

    >>> full_size("ぎょうだし")
    'ぎようだし'
    """
    return kana.translate(_FULL_SIZE)


def municipality_readings() -> dict[str, str]:
    """Written name → official reading (hiragana, small kana full size, as listed), for
    every municipality whose name is read one way wherever it occurs; a name that two
    municipalities read differently is left out."""
    return _one_reading("municipalities.tsv", full_size)


def publisher_readings() -> dict[str, str]:
    """Written name → reading (hiragana) of the publishers SKK's proper-noun dictionary
    lists, as :mod:`jpterms.publishers` ships them: 吉川弘文館 is よしかわこうぶんかん,
    which no other dictionary has (UniDic reads 弘文 as the given name Hirofumi).

    >>> publisher_readings()["吉川弘文館"]
    'よしかわこうぶんかん'
    """
    return _one_reading("publishers.tsv", str)


def province_readings() -> dict[str, str]:
    """Name → reading (hiragana) of the old provinces (令制国) SKK's proper-noun dictionary
    lists as …のくに: 上野 in 上野国 is こうずけ, not the うえの of Tokyo.

    >>> province_readings()["上野"]
    'こうずけ'
    """
    return _one_reading("provinces.tsv", str)


def _one_reading(name: str, normalise: Callable[[str], str]) -> dict[str, str]:
    """Written form → reading from a shipped table (written, kana, ... per line), for the
    written forms the table reads one way only."""
    from jpterms.package_data import read_text

    found: dict[str, set[str]] = {}
    for line in read_text(name).splitlines():
        if line and not line.startswith("#"):
            written, kana = line.split("\t")[:2]
            found.setdefault(written, set()).add(normalise(kana))
    return {written: kana.pop() for written, kana in found.items() if len(kana) == 1}
