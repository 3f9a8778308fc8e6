"""Readings of numerals and counters: a counter's sound changes after a numeral (三 + 匹
*sanbiki*, 一 + 本 *ippon*), a counter read after a numeral (第二 + 版 *han*), the minutes
after an hour (三時 + 十分 *juppun*), the generation of a stage name (七 + 代目 *shichi
daime*), a numeral doubling before a Sino-Japanese noun (八 + 策 *hassaku*), days and
people counted past ten (三十 + 五日 *sanjūgonichi*), fractions (四 + 分 の 一 *yonbun no
ichi*), cups named after their givers (中日 + 杯 *Chūnichihai*), and a number read another
way in a title Mozc knows (二十四の瞳 *Nijūshi no hitomi*).

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`CountedReadings`
(``resolver.counted``) for the rules that ask its dictionaries; the others are functions
of the units alone. :func:`counts`, :func:`positional_number` and :func:`counted_span`
tell the resolver where a run is a number, so no name or place is read in it.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("三十五日"), r.romanize("七代目市川中車"), r.romanize("二十四の瞳")
('Sanjūgonichi', 'Shichi daime Ichikawa Chūsha', 'Nijūshi no hitomi')
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from jpterms import dictionaries
from jpterms.division import rules as _rules
from jpterms.kana import (
    LONG_MARK,
    has_kanji,
    mark_long_vowels,
    to_hiragana,
    to_katakana,
)
from jpterms.morpheme_tests import HIRAGANA_WORD
from jpterms.numbers import (
    KANJI_DIGITS,
    POWERS_OF_TEN,
    cardinal_kana,
    counter_reading,
    digit_readings,
)

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["OTHER_DIGITS", "TITLE_LIMIT", "CountedReadings", "counted_days", "counted_span",
           "counts", "cups", "fractions", "positional_number"]

#: Digits with more than one reading (四 よん/し, 七 なな/しち, 九 きゅう/く), and the
#: longest whole input :meth:`CountedReadings.numbered_title` reads as one title.
OTHER_DIGITS = frozenset(ch for ch in "一二三四五六七八九" if digit_readings(ch))
TITLE_LIMIT = 24

def counts(morphemes: list[Morpheme]) -> bool:
    """Is the run a numeral and a counter with its own sound changes (六本, 三杯目),
    perhaps with suffixes after it, so that it counts something: no name, no place
    (but 一戸町, 三本松 and 九条経教 are)?

    >>> from jpterms.morpheme import Morpheme
    >>> counts([Morpheme("六", "ロク", "ロク", "名詞-数詞"),
    ...          Morpheme("本", "ホン", "ホン", "接尾辞-名詞的-助数詞")])
    True
    """
    return (2 <= len(morphemes) <= 3 and morphemes[0].pos.startswith("名詞-数詞")
            and morphemes[1].surface in _rules()["counter_sounds"]
            and all(m.pos.startswith("接尾辞") and m.surface not in _rules()["admin_suffixes"]
                    for m in morphemes[2:]))


def positional_number(morphemes: list[Morpheme]) -> bool:
    """Is the input a number written with the kanji of its powers of ten (二十一, 五十,
    二千), alone or before a counter (二十一 + 歳), or a numeral and a counter JMdict lists
    as a common word (一 + 日 いちにち): a number, whatever name JMnedict spells the same
    (二十一 Tsuruichi, 五十 Goji, 一日 Hitoichi)? Digits in a row without a power (一二三
    Hifumi) are no such number.

    >>> from jpterms.morpheme import Morpheme
    >>> positional_number([Morpheme("二十", "ニジュウ", "ニジュー", "名詞-数詞"),
    ...                     Morpheme("一", "イチ", "イチ", "名詞-数詞")])
    True
    >>> positional_number([Morpheme("一二三", "ヒフミ", "ヒフミ", "名詞-固有名詞-人名-名")])
    False
    """
    if len(morphemes) > 1 and "助数詞" in morphemes[-1].pos:
        if len(morphemes) == 2 and morphemes[0].pos.startswith("名詞-数詞") and \
                dictionaries.jmdict_common(morphemes[0].surface + morphemes[1].surface,
                                           to_hiragana(morphemes[0].kana + morphemes[1].kana)):
            return True  # a common word JMdict lists so: 一 + 日 いちにち (not Hitoichi)
        morphemes = morphemes[:-1]  # and what it counts: 二十一 + 歳
    return all(m.pos.startswith("名詞-数詞") for m in morphemes) and any(
        power in m.surface for m in morphemes for power in "十百千万")


def counted_span(span: list[Morpheme]) -> bool:
    """Numerals UniDic cut off and a counter of ``counted_days`` after them (三千 + 人):
    a number of people or days, read as counted, never a name or place.

    >>> from jpterms.morpheme import Morpheme
    >>> counted_span([Morpheme("三千", "サンゼン", "サンゼン", "名詞-数詞"),
    ...               Morpheme("人", "ニン", "ニン", "接尾辞-名詞的-助数詞")])
    True
    """
    return (len(span) > 1 and span[-1].surface in _rules()["counted_days"]["counters"]
            and all(_plain_numeral(m) for m in span[:-1]))


class CountedReadings:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` for numerals and counters
    that ask its dictionaries (KANJIDIC2's on readings, Mozc's costs), each taking the
    units of a run and giving them back, read anew where the rule applies.

    >>> from jpterms.readings import ReadingResolver
    >>> from jpterms.morpheme import Morpheme
    >>> counted = ReadingResolver().counted
    >>> [m.kana for m in counted.counted_words([Morpheme("八", "ハチ", "ハチ", "名詞-数詞"),
    ...     Morpheme("方", "ホウ", "ホウ", "名詞-普通名詞-一般")])]
    ['ハッ', 'ポウ']
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def counted_words(self, out: list[Morpheme]) -> list[Morpheme]:
        """Numbers and what they count read together: a counter after a numeral (第二 +
        版 han), the minutes after an hour (三時 + 十分 juppun), a counter's sound changes
        (二十 + 巻), a generation (七 + 代目 shichi daime) and a doubled consonant (八 + 方
        happō, :meth:`_doubles`). ``out`` is changed in place (the resolver's pass after
        this one reads the papers of a house or temple, 阿部家 + 文書 monjo)."""
        counters = _rules()["after_numeral"]
        sounds = _rules()["counter_sounds"]
        hour = _rules()["after_hour"]
        succession = _rules()["succession_numerals"]
        for k in range(1, len(out)):
            out[k - 1] = _counting_digit(out[k - 1], out[k])
            counted = counters.get(out[k].surface)
            if counted and _numeral_before(out[k - 1]) and not out[k].locked \
                    and out[k].source != "glossary":
                out[k] = replace(out[k], reading=counted, kana=counted)  # 第二 + 版: han
                if not out[k - 1].pos.startswith("名詞-数詞"):  # 第一 + 話: one word
                    out[k] = replace(out[k], role="prev")
                if out[k].surface in sounds:  # 二十 + 巻: kan, and the counter's sound
                    out[k - 1], out[k] = _counted(out[k - 1], out[k], sounds[out[k].surface])
            elif (out[k].surface in hour["words"] and out[k].pos.startswith("名詞-数詞")
                  and out[k - 1].surface.endswith(tuple(hour["after"]))
                  and (out[k - 1].pos.startswith("名詞-数詞") or "助数詞" in out[k - 1].pos)
                  and not out[k].locked and out[k].source != "glossary"):
                minutes = hour["words"][out[k].surface]  # 三時 + 十分: juppun
                out[k] = replace(out[k], reading=minutes, kana=minutes)
            elif out[k].surface in sounds:
                out[k - 1], out[k] = _counted(out[k - 1], out[k], sounds[out[k].surface])
            elif (out[k].surface == succession["counter"] and k + 1 < len(out)
                  and _succession(out[k - 1], out[k], out[k + 1])):
                # 七 + 代目 + 坂東: the generation of a stage name, shichi daime
                sound = succession["numerals"][out[k - 1].surface]
                out[k - 1] = replace(out[k - 1], reading=sound, kana=sound,
                                     alternatives=(to_hiragana(out[k - 1].kana),))
            elif self._doubles(out, k):
                out[k - 1], out[k] = _doubled(out[k - 1], out[k])
        return out

    def _doubles(self, out: list[Morpheme], k: int) -> bool:
        """Whether the numeral ``out[k - 1]`` and the noun ``out[k]`` after it are one
        Sino-Japanese word whose numeral doubles its last sound (data ``numeral_doubling``):
        the noun is no counter (those have ``counter_sounds``) and begins with a kanji
        read the Chinese way from k, s, t or h; the numeral stands alone (no numeral, 第
        or prefix before it); 一 doubles only before a noun of one kanji (一国 いっこく, but
        一過程 いちかてい, 一個人 いちこじん: "one" of a kind)."""
        number, word = out[k - 1], out[k]
        plain = _rules()["numeral_doubling"]["numerals"].get(number.surface)
        if plain is None:  # (nearly every word: nothing more to look at)
            return False
        kana = to_hiragana(word.kana)
        if (number.kana != plain[0] or not number.pos.startswith("名詞-数詞")
                or not word.pos.startswith(("名詞", "接尾辞")) or "助数詞" in word.pos
                or word.pos.startswith("名詞-数詞") or not has_kanji(word.surface[:1])
                or number.locked or word.locked or "glossary" in (number.source, word.source)
                or kana[:1] not in _DOUBLING_SOUNDS):
            return False
        if k >= 2 and (_numeral_word(out[k - 2]) or out[k - 2].pos.startswith("接頭辞")
                       or out[k - 2].surface in _rules()["numeral_doubling"]["not_after"]):
            return False
        if len(word.surface) > 1 and number.surface in _rules()["numeral_doubling"]["alone"]:
            return False  # 一 + 過程: one process among others, いちかてい
        return any(self._resolver.reading_kinds(word.surface[0], kana[:n]) == {"on"}
                   for n in range(1, min(4, len(kana)) + 1))

    def numbered_title(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that Mozc knows, written exactly so, with another reading of a
        number in it: 二十四の瞳 is Nijūshi no hitomi (the film and the novel), not
        Nijū yon. Only the number's last digit changes, and only to a reading Mozc
        gives the whole title, and only at the end of a number of two digits or more
        (二十四, 四十七), where the old readings live on.

        >>> from jpterms.readings import ReadingResolver
        >>> from jpterms.morpheme import Morpheme
        >>> [(m.surface, m.kana) for m in ReadingResolver().counted.numbered_title([
        ...     Morpheme("二十", "ニジュー", "ニジュウ", "名詞-数詞"),
        ...     Morpheme("四", "ヨン", "ヨン", "名詞-数詞"), Morpheme("の", "ノ", "ノ", "助詞-格助詞"),
        ...     Morpheme("瞳", "ヒトミ", "ヒトミ", "名詞-普通名詞-一般")])]
        [('二十四', 'ニジュウシ'), ('の', 'ノ'), ('瞳', 'ヒトミ')]
        """
        written = "".join(m.surface for m in out)
        if len(written) > TITLE_LIMIT or OTHER_DIGITS.isdisjoint(written):
            return out
        kana = [to_hiragana(m.kana) for m in out]
        for k, m in enumerate(out):
            if not m.pos.startswith("名詞-数詞") or m.locked or m.source == "glossary":
                continue
            readings = digit_readings(m.surface[-1])
            now = next((r for r in readings if kana[k].endswith(r)), None)
            own = to_katakana(now or "")
            tail = own if m.reading.endswith(own) else own.replace("ウ", LONG_MARK)
            if now is None or not m.reading.endswith(tail):
                continue
            for other in readings:
                if other == now:
                    continue
                new = kana[k][: -len(now)] + other
                whole = "".join([*kana[:k], new, *kana[k + 1:]])
                if self._resolver.mozc_cost(written, whole) is None:
                    continue
                reading = m.reading[: -len(tail)] + to_katakana(other)
                i = k  # the number is one word: 二十 + 四 -> 二十四, nijūshi
                while i > 0 and out[i - 1].pos.startswith("名詞-数詞") and not out[i - 1].locked:
                    i -= 1
                head = out[i:k]
                if not head:  # a lone 四 (第四の壁: Mozc has だいし, usage is だいよん) stays
                    break
                number = replace(m, surface="".join(p.surface for p in head) + m.surface,
                                 kana="".join(p.kana for p in head) + to_katakana(new),
                                 reading="".join(p.reading for p in head) + reading,
                                 source="mozc")
                return [*out[:i], number, *out[k + 1:]]
        return out


def counted_days(out: list[Morpheme]) -> list[Morpheme]:
    """Days and people counted past ten read as counted (data ``counted_days``): the digit
    next to 日, 日間 or 人, in a number past ten, reads as a number is counted, not as the
    day of the month or a word (三十 + 五日 sanjūgonichi, not itsuka; 百八 + 日
    hyakuhachinichi, not hyakuhachika; 三十 + 日間 sanjūnichikan, not kakan).

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in counted_days([Morpheme("三十", "サンジュウ", "サンジュウ", "名詞-数詞"),
    ...     Morpheme("五日", "イツカ", "イツカ", "名詞-普通名詞-一般")])]
    ['サンジュウ', 'ゴニチ']
    >>> [m.kana for m in counted_days([Morpheme("二十四日", "ニジュウヨッカ", "ニジュウヨッカ",
    ...     "名詞-普通名詞-一般")])]
    ['ニジュウヨッカ']
    """
    ends = _counted_day_ends()
    if not any([m.surface.endswith(ends) for m in out]):
        return out  # (most runs: no 日, 日間 or 人 at a unit's end)
    rule = _rules()["counted_days"]
    longest_first = sorted(ends, key=len, reverse=True)
    for k, m in enumerate(out):
        counter = next((c for c in longest_first if m.surface.endswith(c)), None)
        if counter is None or m.locked or m.source == "glossary":
            continue
        start = k
        while start and _plain_numeral(out[start - 1]):
            start -= 1
        stem = m.surface[: -len(counter)]
        number = "".join(p.surface for p in out[start:k]) + stem
        if (not number or not set(number) <= _KANJI_NUMERALS
                or not set(number) & _POWERS_OF_TEN or number in ("十", "二十")
                or (stem and start < k and out[k - 1].surface[-1] not in _POWERS_OF_TEN)
                or (len(number) == 1 and not (start and out[start - 1].surface.isdigit()))):
            continue  # ten or less, 二 + 三日 (two or three days), 万人 (all people)
        counted = rule["counters"][counter]
        if stem:
            wanted = _day_count_kana(stem, counted, rule["digits"])
            if wanted is not None and not to_katakana(m.kana).endswith(wanted[1]):
                out[k] = _read_as(m, wanted[0])
            continue
        last = out[k - 1]
        digit, counter_kana = last.surface[-1], counted["kana"]
        if digit in counted["fused"]:  # 十四 + 日間: じゅうよっかかん
            digit_kana, counter_kana = counted["fused"][digit]
            readings = [digit_kana, *rule["digits"].get(digit, ()), *digit_readings(digit)]
        elif digit in rule["digits"]:
            readings = rule["digits"][digit]
            digit_kana = readings[0]
        elif len(last.surface) == 1:  # a power of ten alone: 百 + 十 + 日間, not とお
            digit_kana = to_katakana(cardinal_kana(digit) or "")
            readings = [digit_kana]
        else:  # a number ending in a power of ten: 三十 + 日間
            readings, digit_kana = [""], ""
        kana = to_katakana(last.kana)
        ending = next((r for r in sorted(map(to_katakana, readings), key=len, reverse=True)
                       if kana.endswith(r)), None)
        if ending is None and len(last.surface) == 1:
            ending = kana  # UniDic's 八 ヨウ before 日 カ
        if ending is None:
            continue
        if ending != digit_kana:
            out[k - 1] = _read_as(last, kana[: len(kana) - len(ending)] + digit_kana)
        if to_katakana(m.kana) != counter_kana:
            out[k] = _read_as(m, counter_kana)
        if not out[k].role:
            out[k] = replace(out[k], role="prev")  # 三十 + 日間: one word, sanjūnichikan
    return out


def fractions(out: list[Morpheme]) -> list[Morpheme]:
    """A fraction read as a number counted, 分 ぶん (data ``fractions``): 四 + 分 の 一
    yonbun no ichi, 三十 + 分 の 一 sanjūbun, and a numeral and 分 read together as another
    word (JMdict's 四分 しぶん, 九分 くぶ) the same. (Digits before 分 are read apart, by
    the romaniser's counters after digits.)

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in fractions([Morpheme("四分", "シブン", "シブン", "名詞-普通名詞-一般"),
    ...     Morpheme("の", "ノ", "ノ", "助詞-格助詞"), Morpheme("一", "イチ", "イチ", "名詞-数詞")])]
    ['ヨンブン', 'ノ', 'イチ']
    """
    rule = _rules()["fractions"]
    unit, kana = rule["unit"], rule["kana"]
    for k in range(len(out) - 2):
        m = out[k]
        if (not m.surface.endswith(unit) or m.locked or m.source == "glossary"
                or out[k + 1].surface != rule["between"] or not _counted_number(out[k + 2])):
            continue
        stem = m.surface[: -len(unit)]
        if stem:  # 四分 read as one word
            number = cardinal_kana(stem)
            if number is not None:
                read = to_katakana(number) + kana
                out[k] = replace(m, reading=mark_long_vowels(read), kana=read, source="unidic")
            continue
        before = out[k - 1] if k else None
        if before is None or before.locked or before.source == "glossary":
            continue
        number = cardinal_kana(before.surface)
        if number is not None:
            read = to_katakana(number)
            out[k - 1] = replace(before, reading=mark_long_vowels(read), kana=read)
            out[k] = replace(m, reading=kana, kana=kana)
    return out


def cups(out: list[Morpheme]) -> list[Morpheme]:
    """A cup named after its giver read as one (data ``cups``): 中日 + 杯 Chūnichihai,
    not the counter's bai; after a numeral, or before 目, the counter stays (三杯目).
    ``out`` is changed in place.

    >>> from jpterms.morpheme import Morpheme
    >>> [m.kana for m in cups([Morpheme("中日", "チューニチ", "チュウニチ", "名詞-固有名詞-一般"),
    ...     Morpheme("杯", "バイ", "バイ", "接尾辞-名詞的-助数詞")])]
    ['チュウニチ', 'ハイ']
    """
    cups = _rules()["cups"]
    for k in range(1, len(out)):
        m, before = out[k], out[k - 1]
        read = cups["words"].get(m.surface)
        if (read is None or m.locked or m.source == "glossary" or m.kana == read
                or before.pos.startswith(("助詞", "記号", "補助記号", "接頭辞"))
                or (before.pos.startswith("助動詞") and not _cup_after_kana_name(m, before))
                or before.role == "punct"
                or before.pos.startswith("名詞-数詞") or "助数詞" in before.pos
                or before.surface[-1:] in cups["not_after"] or not before.kana
                or (k + 1 < len(out) and out[k + 1].surface.startswith("目"))):
            continue
        out[k] = replace(m, reading=read, kana=read, alternatives=(to_hiragana(m.kana),))
    return out


def _counted(number: Morpheme, counter: Morpheme, sound: dict[str, Any]
             ) -> tuple[Morpheme, Morpheme]:
    """A numeral and the counter UniDic cut off after it, with the counter's sound
    change (三 + 匹: san + biki, 一 + 本: it + pon); see ``counter_sounds``."""
    if (not number.pos.startswith("名詞-数詞")
            or not ("助数詞" in counter.pos or counter.pos.startswith("接尾辞"))
            or counter.kana != sound["kana"] or number.locked or counter.locked
            or "glossary" in (number.source, counter.source) or not number.reading
            or not counter.reading):
        return number, counter
    old_number, old_counter = to_hiragana(number.kana), to_hiragana(counter.kana)
    new_number, new_counter = counter_reading(
        old_number, old_counter, *(tuple(to_hiragana(end) for end in sound[key])
                                   for key in ("double", "voiced", "half")))
    if new_number != old_number:  # the last mora doubles: イチ, ジュウ (ジュー) -> イッ, ジュッ
        kana = to_katakana(new_number)
        number = replace(number, kana=kana, reading=number.reading[:-1] + kana[-1])
    if new_counter != old_counter:
        kana = to_katakana(new_counter)
        counter = replace(counter, kana=kana, reading=kana[0] + counter.reading[1:])
    return number, counter


_DOUBLING_SOUNDS = frozenset("かきくけこさしすせそたちつてとはひふへほ")
_NUMERAL_ENDS = frozenset("〇一二三四五六七八九十百千万億兆壱弐参拾廿卅0123456789０１２３４５６７８９")


def _numeral_word(m: Morpheme) -> bool:
    """Whether ``m`` is a number: UniDic's numeral (名詞-数詞) that ends in a numeral.
    UniDic also tags words made with a numeral so (四声 しせい, the four tones; 三国 さんごく),
    which are no number and do not stop the numeral after them from doubling (四声 + 八 +
    調 shisei hatchō, as 一声 + 八 + 調 is read).

    >>> from jpterms.morpheme import Morpheme
    >>> _numeral_word(Morpheme("四声", "シセイ", "シセイ", "名詞-数詞"))
    False
    >>> _numeral_word(Morpheme("二十", "ニジュウ", "ニジュウ", "名詞-数詞"))
    True
    """
    return m.pos.startswith("名詞-数詞") and m.surface[-1:] in _NUMERAL_ENDS


def _doubled(number: Morpheme, word: Morpheme) -> tuple[Morpheme, Morpheme]:
    """A numeral and the Sino-Japanese noun after it read as one word (see
    ``numeral_doubling``): the numeral's last sound doubles and an h becomes p, as in the
    words JMdict lists (八景 はっけい, 十戒 じっかい, 八方 はっぽう): 八 + 策 hassaku, 十 + 国
    jikkoku, 一 + 君 ikkun (were hachisaku, jūkoku, ichikun)."""
    doubled = _rules()["numeral_doubling"]["numerals"][number.surface][1]
    old_number, old_word = to_hiragana(number.kana), to_hiragana(word.kana)
    half = _HALF_VOICED.get(word.kana[:1])
    number = replace(number, reading=doubled, kana=doubled, alternatives=(old_number,))
    if half:
        word = replace(word, reading=half + word.reading[1:], kana=half + word.kana[1:],
                       alternatives=(old_word, *word.alternatives)[:4])
    return number, word


_HALF_VOICED = dict(zip("ハヒフヘホ", "パピプペポ", strict=True))


def _succession(number: Morpheme, counter: Morpheme, name: Morpheme) -> bool:
    """Whether ``number`` + ``counter`` count the generations of the stage name that
    ``name`` begins (七 + 代目 + 坂東 三津五郎), so that the numeral is read as Mozc's
    entries for such names read it (data ``succession_numerals``).

    >>> from jpterms.romanize import Romanizer
    >>> Romanizer().romanize("七代目市川中車")
    'Shichi daime Ichikawa Chūsha'
    """
    table = _rules()["succession_numerals"]
    return (counter.surface == table["counter"] and number.surface in table["numerals"]
            and number.pos.startswith("名詞-数詞") and not number.locked
            and number.source != "glossary" and "人名" in name.pos)


def _counting_digit(number: Morpheme, counter: Morpheme) -> Morpheme:
    """A numeral ending in a digit UniDic read the Sino-Japanese way before a counter that
    takes the counting reading (data ``counted_digits``), read so: 全 + 四 + 巻 zen yonkan,
    計 + 四 + 回 kei yonkai (UniDic: shi).

    >>> from jpterms.morpheme import Morpheme
    >>> _counting_digit(Morpheme("四", "シ", "シ", "名詞-数詞"),
    ...                 Morpheme("巻", "カン", "カン", "名詞-普通名詞-助数詞可能")).kana
    'ヨン'
    """
    rule = _rules()["counted_digits"]
    forms = rule["digits"].get(number.surface[-1:])
    if (forms is None or not number.pos.startswith("名詞-数詞") or number.locked
            or number.source == "glossary" or not number.kana.endswith(forms[0])
            or counter.surface not in rule["counters"]):
        return number
    kana = number.kana[: -len(forms[0])] + forms[1]
    return replace(number, kana=kana, reading=mark_long_vowels(kana),
                   alternatives=(to_hiragana(number.kana),))


_KANJI_NUMERALS = frozenset(KANJI_DIGITS + POWERS_OF_TEN)
_POWERS_OF_TEN = frozenset(POWERS_OF_TEN)


def _numeral_before(m: Morpheme) -> bool:
    """A numeral a counter may follow: UniDic's 名詞-数詞, or 第一, which it takes for an
    adverb ("firstly"; 第一 + 話 daiichiwa, the first episode, not hanashi)."""
    return m.pos.startswith("名詞-数詞") or (
        m.surface[:1] == "第" and len(m.surface) > 1 and set(m.surface[1:]) <= _KANJI_NUMERALS
        and not m.locked and m.source != "glossary")


def _plain_numeral(m: Morpheme) -> bool:
    """A numeral of kanji digits and powers of ten UniDic cut off, read as it read it."""
    return (m.pos.startswith("名詞-数詞") and bool(m.surface) and not m.locked
            and m.source != "glossary" and set(m.surface) <= _KANJI_NUMERALS)


def _read_as(m: Morpheme, kana: str) -> Morpheme:
    """``m`` read ``kana`` (katakana), its old reading kept as an alternative."""
    return replace(m, reading=mark_long_vowels(kana), kana=kana,
                   alternatives=(to_hiragana(m.kana),))


def _day_count_kana(stem: str, counter: dict[str, Any],
                    digits: dict[str, list[str]]) -> tuple[str, tuple[str, ...]] | None:
    """The katakana reading of a kanji numeral and a counter of ``counted_days``, and the
    endings of the readings as good as it (四十九日 しじゅうくにち ends as
    よんじゅうきゅうにち may: くにち); None where the numeral is none
    :func:`cardinal_kana` reads.

    >>> _day_count_kana("二十九", {"kana": "ニチ", "fused": {}}, {"九": ["キュウ", "ク"]})
    ('ニジュウキュウニチ', ('キュウニチ', 'クニチ'))
    """
    if stem[-1:] in _POWERS_OF_TEN:
        whole = cardinal_kana(stem)
        power = cardinal_kana(stem[-1])
        if whole is None or power is None:
            return None
        return to_katakana(whole) + counter["kana"], (to_katakana(power) + counter["kana"],)
    head = cardinal_kana(stem[:-1]) if stem[:-1] else ""
    if head is None or stem[-1:] not in digits.keys() | counter["fused"].keys():
        return None
    if stem[-1] in counter["fused"]:
        tails = ("".join(counter["fused"][stem[-1]]),)
    else:
        tails = tuple(digit + counter["kana"] for digit in digits[stem[-1]])
    return to_katakana(head) + tails[0], tails


def _counted_number(m: Morpheme) -> bool:
    """Whether ``m`` is a number: digits, or UniDic's numeral (名詞-数詞)."""
    return m.surface.isdigit() or m.pos.startswith("名詞-数詞")


def _cup_after_kana_name(cup: Morpheme, before: Morpheme) -> bool:
    """Whether a cup (杯) after what UniDic calls an auxiliary is a cup named after a
    giver written in kana: UniDic's reading of it is the counter's voiced バイ, which only
    a number takes, and the auxiliary is kana UniDic cut out of a name (さなる杯 Sanaruhai,
    さ + なる + 杯; not 満ちたる杯, a cup that is full)."""
    return cup.kana == "バイ" and HIRAGANA_WORD.fullmatch(before.surface) is not None


@cache
def _counted_day_ends() -> tuple[str, ...]:
    """The counters of ``counted_days`` (日, 日間, 人): what a unit :func:`counted_days`
    reads ends with."""
    return tuple(_rules()["counted_days"]["counters"])
