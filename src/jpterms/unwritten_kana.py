"""Readings of words written with kana left out: the okurigana after a kanji, as terms
of a trade leave it out (早替 for 早替え), or the genitive の between two nouns (蜘蛛巣城,
JMdict's 蜘蛛の巣), which UniDic then reads the Chinese way or as other words.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`UnwrittenKana`
(``resolver.unwritten``), which reads a whole input's units with the resolver's
dictionaries and Mozc.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("早替"), r.romanize("蜘蛛巣城"), r.romanize("猟奇の果")
('Hayagae', 'Kumonosujō', 'Ryōki no hate')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jpterms import dictionaries
from jpterms.kana import is_kanji, to_katakana
from jpterms.morpheme_tests import hira
from jpterms.reading_parts import CONTINUATIVE, merge_units

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver


#: The kana of the え and い rows: before る, a verb of one row (か.える, お.ちる).
_E_OR_I = frozenset("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")


class UnwrittenKana:
    """The rules of a :class:`~jpterms.readings.ReadingResolver`'s second look that read
    kana a writer left out, each taking a whole input's units and giving them back.

    >>> from jpterms.morpheme import Morpheme
    >>> from jpterms.readings import ReadingResolver
    >>> [(m.surface, m.kana) for m in ReadingResolver().unwritten.okurigana_left_out([
    ...     Morpheme("早", "ハヤ", "ハヤ", "名詞-普通名詞-一般"),
    ...     Morpheme("替", "カエ", "カエ", "名詞-普通名詞-一般")])]
    [('早替', 'ハヤガエ')]
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def okurigana_left_out(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input of two to five kanji that no dictionary lists, read as the word
        JMdict or Mozc lists with the kana after one of its kanji that the kanji's reading
        as a verb's continuative form ends in (okurigana), as terms of a trade leave it
        out (取扱 for 取扱い): 空引機 そらびきばた (JMdict's 空引き機; was そらびきき), 早替
        はやがえ (Mozc's 早替え; was はやかえ). Where several words fit, the one that leaves
        out the fewest kana (早替え, not 早替わり), then the one Mozc writes most cheaply.
        Not where a unit is the glossary's or a name (大的 of a school stays おおまと)."""
        resolver = self._resolver
        written = "".join(m.surface for m in out)
        if (not 2 <= len(written) <= 5 or not all(is_kanji(ch) for ch in written)
                or any(m.locked or m.source == "glossary" or m.proper
                       or "固有名詞" in m.pos for m in out)
                or resolver.index.readings(written) or resolver.mozc_readings(written)):
            return out
        found = self._okurigana_words(written)
        if not found:
            return out
        fewest = min(len(w) for w in found.values())
        readings = [r for r, w in found.items() if len(w) == fewest]
        reading = resolver.cheapest(found[readings[0]], readings) if len(
            {found[r] for r in readings}) == 1 else min(
            readings, key=lambda r: resolver.mozc_cost(found[r], r) or 10 ** 6)
        own = "".join(hira(m) for m in out)
        if reading == own:
            return out
        return [merge_units(out, resolver.mark(written, reading), to_katakana(reading),
                            "mozc" if resolver.mozc_cost(found[reading], reading) else "jmdict",
                            "possible", (own,))]

    def lone_okurigana(self, out: list[Morpheme]) -> list[Morpheme]:
        """A kanji UniDic reads alone as a common noun the Chinese way, inside a whole
        input of several units, that Mozc writes alone only as a word JMdict or Mozc lists
        with okurigana after it, never as UniDic reads it: that word, its okurigana left
        out (猟奇の果 りょうきのはて, 果て; was か: 崩 + 横四方固 くずれ, 崩れ; was ほう). Such
        kanji are few (怒 いかり, 歓 よろこび, 違 ちがい, 離 はなれ): UniDic's on reading is no word
        of their own. Not beside another unit of one kanji, with which UniDic's on reading
        makes a Sino-Japanese word it cut apart (崩 + 拳 ほうけん, 独孤 + 求 + 敗 きゅうはい,
        多 + 為 + 神社: development, without this check 2 rows right and 3 wrong; with it 2
        right, none wrong)."""
        resolver = self._resolver
        if len(out) < 2:
            return out
        res = list(out)
        for k, m in enumerate(out):
            ch = m.surface
            if (len(ch) != 1 or not is_kanji(ch) or m.locked or m.proper
                    or not m.pos.startswith("名詞-普通名詞") or "glossary" in m.source):
                continue
            if any(0 <= j < len(out) and len(out[j].surface) == 1 and is_kanji(out[j].surface)
                   for j in (k - 1, k + 1)):
                continue  # (two kanji UniDic cut apart: a Sino-Japanese word, 崩 + 拳 ほうけん)
            own = hira(m)
            if "on" not in resolver.reading_kinds(ch, own):
                continue
            alone = resolver.mozc_readings(ch)
            if not alone or own in alone:
                continue
            found = [r for r in self._okurigana_words(ch) if r in alone]
            if len(found) != 1:
                continue
            res[k] = merge_units([m], resolver.mark(ch, found[0]), to_katakana(found[0]),
                                 "mozc", "possible", (own,))
        return res

    def unwritten_no(self, out: list[Morpheme]) -> list[Morpheme]:
        """Two common nouns of kanji in a whole input, written together as no list and no
        Mozc word writes them, that JMdict lists as one word with the genitive の between
        them: that word, its の unwritten (蜘蛛 + 巣 of 蜘蛛巣城 くものす, JMdict's 蜘蛛の巣;
        was くもす). A name's units (proper nouns) stay as they are."""
        resolver = self._resolver
        res: list[Morpheme] = []
        k = 0
        while k < len(out):
            a = out[k]
            b = out[k + 1] if k + 1 < len(out) else None
            if b is not None and all(
                    m.surface and all(map(is_kanji, m.surface)) and not m.locked
                    and not m.proper and m.pos.startswith("名詞-普通名詞")
                    and "glossary" not in m.source for m in (a, b)):
                written, with_no = a.surface + b.surface, a.surface + "の" + b.surface
                entries = dictionaries.jmdict_entries(with_no) if (
                    any(r.source == "jmdict" for r in resolver.index.readings(with_no))
                    and not resolver.index.readings(written)
                    and not resolver.mozc_readings(written)) else ()  # (the database last)
                if len(entries) == 1:
                    reading = entries[0][0]
                    res.append(merge_units([a, b], resolver.mark(written, reading),
                                           to_katakana(reading), "jmdict", "possible",
                                           ("".join(hira(m) for m in (a, b)),)))
                    k += 2
                    continue
            res.append(a)
            k += 1
        return res

    def _okurigana_words(self, written: str) -> dict[str, str]:
        """For :meth:`okurigana_left_out`: each reading JMdict or Mozc gives ``written``
        with okurigana put after one of its kanji, and the word so written. The okurigana
        are those of KANJIDIC2's Japanese readings of the kanji (替 か.える: え, か.わる:
        わり), in the verb's continuative form.

        >>> from jpterms.readings import ReadingResolver
        >>> sorted(ReadingResolver().unwritten._okurigana_words("早替").items())
        [('はやがえ', '早替え'), ('はやがわり', '早替わり')]
        """
        resolver = self._resolver
        found: dict[str, str] = {}
        for i, ch in enumerate(written):
            for kana in self._continuative_okurigana(ch):
                word = written[:i + 1] + kana + written[i + 1:]
                listed = {r.reading for r in resolver.index.readings(word) if r.source == "jmdict"}
                for reading in (*sorted(listed), *resolver.mozc_readings(word)):
                    if reading not in found or len(word) < len(found[reading]):
                        found[reading] = word
        return found

    def _continuative_okurigana(self, ch: str) -> set[str]:
        """The okurigana of ``ch``'s Japanese readings as a verb's continuative form ends
        in: 替 か.える え, か.わる わり; 引 ひ.く き."""
        out = set()
        for kun in self._resolver.index.kanji(ch)[1]:
            okurigana = kun.strip("-").partition(".")[2]
            if not okurigana:
                continue
            if okurigana[-1] in CONTINUATIVE:
                out.add(okurigana[:-1] + CONTINUATIVE[okurigana[-1]])
            if okurigana.endswith("る") and len(okurigana) > 1 and okurigana[-2] in _E_OR_I:
                out.add(okurigana[:-1])  # a verb of one row: か.える, え
            if okurigana[-1] in _E_OR_I and okurigana[-1] != "い":
                out.add(okurigana)  # KANJIDIC's own stem: か.え (not an adjective's おお.きい)
        return out


