"""Japanese numbers with the counters of citations, read from their kana.

Volume, part, issue and year numbers are written in kanji numerals in a title
(第二十五巻, 明治三十九年) and romanised as one word (*Nijugokan*, *Dainikan*,
*Meiji sanjukyunen*). Word-by-word conversion reads such a word as unrelated
homophones (二重互換); :func:`number_words` gives every reading of a number from
1 to 199 with an optional 第 before it and a citation counter after it, with
the sound changes counters bring (いっかん, ろっぱん, さんびゃく).

>>> words = number_words()
>>> words["にじゅうごかん"], words["だいいっかん"], words["さんじゅうくねん"]
('二十五巻', '第一巻', '三十九年')
>>> "にほん" in words, "ごかん" in words  # 二本 and 五巻 alone are not taken for numbers
(False, False)
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["KANJI_DIGITS", "POWERS_OF_TEN", "cardinal_kana", "counter_reading",
           "digit_readings", "number_words"]

_UNITS = {1: ("いち",), 2: ("に",), 3: ("さん",), 4: ("よん", "し"), 5: ("ご",), 6: ("ろく",),
          7: ("なな", "しち"), 8: ("はち",), 9: ("きゅう", "く")}
_DIGITS = "〇一二三四五六七八九"
#: The kanji digits one to nine, and the powers of ten a number is written with below 億.
KANJI_DIGITS = _DIGITS[1:]
POWERS_OF_TEN = "十百千万"
#: Counters of citations: the kana and the kanji; and of titles that number their parts
#: (小説作法十則 "ten rules", 富嶽百景 "a hundred views"). Counters of dates and things (日,
#: 本, 個) are left out: 二本 (nihon) and 日記 (nikki) must stay what they are; so is 首
#: (十首 would pass 十種 "ten kinds" for *jusshu*).
COUNTERS = {"かん": "巻", "ごう": "号", "はん": "版", "へん": "編", "しゅう": "集",
            "さつ": "冊", "ぶ": "部", "しょう": "章", "かい": "回", "ねん": "年",
            "じ": "次", "じょう": "条", "せい": "世", "だい": "代", "き": "期",
            "ぶんさつ": "分冊", "しゅうねん": "周年", "ねんど": "年度",
            "そく": "則", "けい": "景"}
#: Endings that double the next consonant (いち + かん: いっかん), and what they become.
_GEMINATE = {"いち": "いっ", "ろく": "ろっ", "はち": "はっ", "じゅう": "じゅっ"}
_VOICED = {"か": "が", "は": "ば", "へ": "べ", "さ": "ざ", "し": "じ",
           "ひ": "び", "ふ": "ぶ", "ほ": "ぼ", "け": "げ", "そ": "ぞ"}
_HALF = {"は": "ぱ", "へ": "ぺ", "ほ": "ぽ", "ひ": "ぴ", "ふ": "ぷ"}
MAX_NUMBER = 199
#: The powers of ten above the hundreds that :func:`cardinal_kana` reads alone.
_POWERS = {"千": "せん", "万": "まん"}


def _numbers(n: int) -> list[tuple[str, str]]:
    """(kana, kanji) readings of 1 <= n <= MAX_NUMBER."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    kanji = ("百" if hundreds else "") + (
        (_DIGITS[tens] if tens > 1 else "") + "十" if tens else "") + (
        _DIGITS[units] if units else "")
    heads = ["ひゃく"] if hundreds else [""]
    mids = [("" if tens == 1 else _UNITS[tens][0]) + "じゅう"] if tens else [""]
    if tens == 1:
        mids.append("じっ")  # only before a counter; filtered below
    tails = list(_UNITS[units]) if units else [""]
    out = []
    for h in heads:
        for m in mids:
            for t in tails:
                if m.endswith("じっ") and t:
                    continue
                out.append((h + m + t, kanji))
    return out


def _with_counter(kana: str, counter: str) -> list[str]:
    """The readings of a number followed by a counter, with the usual sound changes."""
    out = [kana + counter]
    first = counter[0]
    for end, doubled in _GEMINATE.items():
        if kana.endswith(end) and first in "かきくけこさしすせそたちつてとはひふへほ":
            base = kana[: -len(end)] + doubled
            out.append(base + _HALF.get(first, first) + counter[1:])
    if kana.endswith("じっ"):
        out.append(kana + _HALF.get(first, first) + counter[1:])
    if kana.endswith(("さん", "よん", "なん")) and first in _VOICED:
        out.append(kana + _VOICED[first] + counter[1:])
        if first in _HALF:
            out.append(kana + _HALF[first] + counter[1:])
    if counter in ("ねん", "じ", "がつ") and kana.endswith("よん"):
        out.append(kana[:-2] + "よ" + counter)
    return out


def digit_readings(kanji: str) -> tuple[str, ...]:
    """The readings of a kanji digit that has more than one (四 よん, し), else ().

    >>> digit_readings("四"), digit_readings("三")
    (('よん', 'し'), ())
    """
    at = _DIGITS.find(kanji) if len(kanji) == 1 else -1
    readings = _UNITS.get(at, ()) if at > 0 else ()
    return readings if len(readings) > 1 else ()


def cardinal_kana(kanji: str) -> str | None:
    """The kana of a kanji numeral (1 to 199, or 千, 万) as a number is counted, its
    first reading where it has two (四 よん, 七 なな, 九 きゅう); None for anything else.

    >>> cardinal_kana("四"), cardinal_kana("三十"), cardinal_kana("百二"), cardinal_kana("千")
    ('よん', 'さんじゅう', 'ひゃくに', 'せん')
    >>> cardinal_kana("四分") is None
    True
    """
    if kanji in _POWERS:
        return _POWERS[kanji]
    return next((kana for n in range(1, MAX_NUMBER + 1) for kana, written in _numbers(n)
                 if written == kanji), None)


def counter_reading(number: str, counter: str, doubles: Collection[str] = (),
                    voiced: Collection[str] = (), half: Collection[str] = ()) -> tuple[str, str]:
    """The kana of a numeral and of the counter after it, with the sound change the
    counter takes after that numeral (the same rules as :func:`number_words`).

    ``doubles`` are the numeral endings that double the counter's first consonant
    (いち + ひき: いっぴき), ``voiced`` and ``half`` the endings after which it is voiced
    (さん + ひき: さんびき) or half-voiced (さん + ふん: さんぷん); which apply is the
    counter's own (六冊 ろくさつ but 六匹 ろっぴき), so the caller says.

    >>> counter_reading("いち", "ひき", doubles=("いち", "ろく", "はち", "じゅう"))
    ('いっ', 'ぴき')
    >>> counter_reading("さん", "ふん", half=("さん",)), counter_reading("よん", "ふん")
    (('さん', 'ぷん'), ('よん', 'ふん'))
    """
    first, rest = counter[:1], counter[1:]
    for end in doubles:
        if number.endswith(end) and end in _GEMINATE \
                and first in "かきくけこさしすせそたちつてとはひふへほ":
            return number[: -len(end)] + _GEMINATE[end], _HALF.get(first, first) + rest
    if any(number.endswith(end) for end in half) and first in _HALF:
        return number, _HALF[first] + rest
    if any(number.endswith(end) for end in voiced) and first in _VOICED:
        return number, _VOICED[first] + rest
    return number, counter


def number_words() -> dict[str, str]:
    """Kana readings of numbered citation words (第一巻, 二十五巻, 三十九年) to their kanji.

    A number alone is taken only when it has two parts (十二, 二十五, 第十五); a single
    digit needs a counter and 第 (五巻 alone may be 五感 or 互換, 第九 alone 大工).
    """
    words: dict[str, str] = {}
    for n in range(1, MAX_NUMBER + 1):
        compound = (n > 10 and n % 10 != 0) or n > 100
        for kana, kanji in _numbers(n):
            plain = not kana.endswith("じっ")
            if plain and n >= 10:  # 第九 alone may be 大工: Mozc knows the short ones
                words.setdefault("だい" + kana, "第" + kanji)
            if plain and compound:
                words.setdefault(kana, kanji)
            for counter, written in COUNTERS.items():
                for reading in _with_counter(kana, counter):
                    words.setdefault("だい" + reading, "第" + kanji + written)
                    if n >= 10:
                        words.setdefault(reading, kanji + written)
    return words
