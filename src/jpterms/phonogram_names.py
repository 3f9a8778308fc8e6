"""The names of gods and shrines written in man'yōgana, kanji for their sound alone
(``data/manyogana.tsv``), read a sound a kanji as the old records spell them: a whole
input of such a name and the title 命 or 尊 or a shrine's word after it (阿麻美許曾 +
神社 *Amamikoso jinja*, 意富加牟豆美 + 命 *Ōkamuzumi no Mikoto*), where no dictionary
nor Mozc lists the name otherwise.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`PhonogramNames`
(``resolver.phonograms``) and hands it a pass over a whole input
(:meth:`PhonogramNames.phonogram_name`).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("阿麻美許曾神社"), r.romanize("意富加牟豆美命")
('Amamikoso jinja', 'Ōkamuzumi no Mikoto')
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jpterms.kana import to_katakana
from jpterms.morpheme_tests import hira
from jpterms.reading_parts import merge_units

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["PhonogramNames"]

#: The sounds of the o row, after which ほ in a word of the old records is spelled お
#: today (意富 おほ → おお): :meth:`PhonogramNames.phonogram_name`.
_O_ROW = frozenset("おこそとのほもよろをごぞどぼぽ")


class PhonogramNames:
    """The rule of a :class:`~jpterms.readings.ReadingResolver` that reads a name in
    man'yōgana a sound a kanji, with the resolver's dictionaries to tell a listed name.

    >>> _manyogana()["阿"], _plain_zu("わたづみ")
    ('あ', 'わたずみ')
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def phonogram_name(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that is the name of a god or of a shrine written in man'yōgana,
        kanji for their sound alone (``data/manyogana.tsv``), and the title 命 or 尊 or a
        shrine's word after it (神社, 社, 神宮, 宮), is read a sound a kanji, as the old
        records spell such names: 阿麻美許曾 + 神社 あまみこそじんじゃ (was ああさみもとそう),
        由豆佐売 + 神社 ゆずさめ, 伊豫豆比古 + 命 + 神社 いよずひこのみことじんじゃ (命 the title
        みこと, as :meth:`CourtNames.deity_title` reads it). The name must be three kanji or more,
        every one of the table, that no dictionary nor Mozc lists otherwise, nor the whole
        (久伊豆 ひさいず stays; a name listed as read so is read so, as one word: 佐那具 さなぐ,
        was "suke na gu"); a は at its end and a ほ after an o take their modern spelling
        (伊佐爾波 いさにわ, 意富 おお). Other は-row sounds inside stay, as JMnedict reads the
        shrines it lists so (阿比多 あびた, 夜比良 やひら, 許波多 こはた), unvoiced: the table
        cannot tell where a sound was voiced (阿多由太 あだゆた), so the reading is only
        possible. A name UniDic read so in several units becomes one word (宇奈 + 多理
        *Unatari jinja*)."""
        written = "".join(m.surface for m in out)
        sounds = _manyogana()
        size = 0
        while size < len(written) and written[size] in sounds:
            size += 1
        name, rest = written[:size], written[size:]
        title = rest[:1] if rest[:1] in ("命", "尊") else ""
        if (size < 3 or not rest or rest[len(title):] not in ("", "神社", "社", "神宮", "宮")
                or any(m.locked or m.source == "glossary" for m in out)):
            return out
        at, k = 0, 0
        while k < len(out) and at < size:
            at += len(out[k].surface)
            k += 1
        cut = out[k - 1] if at != size else None
        if cut is not None and (at != size + len(title) or not title):
            return out  # (a unit across the name's end, not only its title: as it was)
        kana = [sounds[ch] for ch in name]
        if kana[-1] == "は":
            kana[-1] = "わ"  # (伊佐爾波 いさには: いさにわ)
        for i in range(1, len(kana)):
            if kana[i] == "ほ" and kana[i - 1] in _O_ROW:
                kana[i] = "お"  # (意富 おほ: おお, as おほきみ is おおきみ)
        reading = "".join(kana)
        listed = {r.reading for r in self._resolver.index.readings(name)}
        if "mozc" in self._resolver.sources:
            listed |= set(self._resolver.mozc_readings(name))
        if any(_plain_zu(r) != reading for r in listed) or self._resolver.index.readings(written) or (
                "mozc" in self._resolver.sources and self._resolver.mozc_readings(written)):
            return out  # (listed otherwise, or whole: as listed, 久伊豆 ひさいず)
        own = "".join(hira(m) for m in out[:k])
        if reading == own and k == 1:
            return out
        word = replace(merge_units(out[:k], self._resolver.mark(name, reading), to_katakana(reading),
                                   "kanjidic", "possible", (own,)),
                       surface=name, pos="名詞-固有名詞-一般", proper=True)
        after = out[k:] if cut is None else [replace(cut, surface=title), *out[k:]]
        if title and after and after[0].surface == title:
            after = [replace(after[0], reading="ノミコト", kana="ノ ミコト", words=("ノ", "ミコト"),
                             capitals=(False, True), pos="名詞-固有名詞-人名-一般",
                             proper=True, role="", source="jmdict+jmnedict",
                             confidence="possible", alternatives=(hira(after[0]),)),
                     *after[1:]]
        elif title:
            return out
        return [word, *after]


@cache
def _manyogana() -> dict[str, str]:
    """kanji -> the one sound it writes as man'yōgana (``data/manyogana.tsv``)."""
    from jpterms.package_data import read_text

    table: dict[str, str] = {}
    for line in read_text("manyogana.tsv").splitlines():
        if line and not line.startswith("#"):
            kanji, sound = line.split("\t")[:2]
            table[kanji] = sound
    return table


def _plain_zu(kana: str) -> str:
    """``kana`` with づ and ぢ written as today's spelling writes them, ず and じ (the
    sounds of man'yōgana, :func:`_manyogana`): わたづみ → わたずみ."""
    return kana.replace("づ", "ず").replace("ぢ", "じ")
