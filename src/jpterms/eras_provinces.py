"""Era names and old provinces, read as the era or the province where the text shows
one: 天文五年 *Tenbun gonen* (天文 alone is *tenmon*, "astronomy"), 武蔵国 *Musashi no
kuni*, 三河守 *Mikawa no Kami*.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`ErasAndProvinces`
(``resolver.eras_provinces``), which keeps the era table and the province list, each
read on first use.

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("天文五年"), r.romanize("武蔵国"), r.romanize("三河守")
('Tenbun gonen', 'Musashi no kuni', 'Mikawa no Kami')
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import to_hiragana, to_katakana
from jpterms.morpheme_tests import PLACE, hira
from jpterms.reading_parts import merge_units

if TYPE_CHECKING:
    from jpterms.eras import EraTable
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver


class ErasAndProvinces:
    """The era names and old provinces of a :class:`~jpterms.readings.ReadingResolver`'s
    runs of nouns, with the era table and the province list it reads them from.

    >>> from jpterms.readings import ReadingResolver
    >>> eras = ReadingResolver().eras_provinces
    >>> eras.ends_with_era("同年の天文"), eras.ends_with_era("同年の天気")
    (True, False)
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver
        self._eras: EraTable | None = None
        self._provinces: dict[str, str] | None = None
        self._office_provinces: frozenset[str] = frozenset()

    @property
    def eras(self) -> EraTable:
        """The era names (:class:`jpterms.eras.EraTable`, read on first use)."""
        if self._eras is None:
            from jpterms.eras import EraTable

            self._eras = EraTable.bundled()
        return self._eras

    def ends_with_era(self, text: str) -> bool:
        """Does ``text`` end with an era name (天文 in 同年の天文)?"""
        eras = self.eras
        return any(text[-size:] in eras for size in range(1, min(len(text), eras.longest) + 1))

    def province_names(self, out: list[Morpheme]) -> list[Morpheme]:
        """An old province and 国 after it, read as the province's name and no kuni:
        武蔵国 Musashi no kuni, 上野国 Kōzuke no kuni (not Uenokoku), and the court offices
        of a province (``province_offices`` in ``data/word_division.json``): 三河守 Mikawa
        no Kami (not Mikawa Mamoru), 吉良上野介 Kira Kōzuke no Suke; from the table
        :func:`jpterms.gazetteer.province_readings`. 国 must be a unit of its own (武蔵 + 国分寺 is
        Kokubunji), and not a shop's name (紀伊国屋). Hokkaidō's provinces of 1869 (天塩国
        Teshio no kuni) had no court offices: after their names 守 stays a given name (日高
        + 守 Hidaka Mamoru)."""
        resolver = self._resolver
        ends = _province_ends()
        if not any([m.surface.endswith(ends) for m in out]):
            return out
        offices = _rules()["province_offices"]["words"]
        if self._provinces is None:
            from jpterms.gazetteer import province_readings

            self._provinces = province_readings(hokkaido=True)
            self._office_provinces = frozenset(province_readings())
        after = {"国": ("クニ", False), **{k: (v, True) for k, v in offices.items()}}
        # one unit a dictionary reads so (下総国 しもうさのくに), or with 国 read koku as
        # Mozc joins the name and its suffix (大和国 やまとこく: Yamato no kuni)
        for k, m in enumerate(out):
            tail = after.get(m.surface[-1:])
            reading = self._provinces.get(m.surface[:-1]) if tail else None
            if tail and tail[1] and m.surface[:-1] not in self._office_provinces:
                reading = None
            if (tail and reading is not None and not m.locked and m.source != "glossary"
                    and (hira(m) == reading + "の" + to_hiragana(tail[0])
                         or (not tail[1] and hira(m) in (reading + "こく", reading + "ごく")))):
                words = (resolver.mark(m.surface[:-1], reading), "ノ", tail[0])
                if hira(m).endswith(("こく", "ごく")):  # (Mozc's 大和国 やまとこく)
                    m = replace(m, reading="".join(words), source="province")
                out = [*out[:k], replace(m, words=words, capitals=(True, False, tail[1]),
                                         kana=f"{to_katakana(reading)} ノ {tail[0]}",
                                         proper=True), *out[k + 1 :]]
        for k in range(len(out) - 1, 0, -1):
            before, m = out[k - 1], out[k]
            tail = after.get(m.surface)
            reading = self._provinces.get(before.surface) if tail else None
            if tail and tail[1] and before.surface not in self._office_provinces:
                reading = None
            if (tail is None or reading is None
                    or any(x.locked or x.source == "glossary" for x in (before, m))
                    or (k + 1 < len(out) and out[k + 1].surface == "屋")):
                continue
            name = resolver.mark(before.surface, reading)
            words = (name, "ノ", tail[0])
            word = merge_units([before, m], "".join(words),
                               f"{to_katakana(reading)} ノ {tail[0]}", "province", "likely", ())
            out = [*out[: k - 1], replace(word, words=words, capitals=(True, False, tail[1]),
                                          proper=True, pos=before.pos), *out[k + 1 :]]
        return out

    def era_names(self, out: list[Morpheme], *, alone: bool,
                  year_after: bool = False) -> list[Morpheme]:
        """An era name read as the era, where the text shows an era: a year in it
        (天文五年 Tenbun, 治安元年 Jian, 天文 before 5年: ``year_after``), its span (天文年間) or period (元禄時代), or the
        whole input when it is no common word or place read as it is now (大永 Daiei,
        承徳 Jōtoku; but 天文 alone stays tenmon, "astronomy", and the station 天和
        Tenwa). The reading is one :class:`jpterms.eras.EraTable` gives: UniDic's where
        UniDic knows the word as a proper noun and the table lists its reading (嘉承
        Kajō), else the table's first; the table's other readings are the
        alternatives."""
        resolver = self._resolver
        eras = self.eras
        after = _rules()["after_era"]
        k, n = 0, len(out)
        while k < n:
            if out[k].surface[:1] not in eras.starts:  # (most units begin no era name)
                k += 1
                continue
            found = None
            written = ""
            for j in range(k, min(n, k + eras.longest)):
                written += out[j].surface
                if len(written) > eras.longest:
                    break
                if written in eras:
                    found = j + 1
            if found is None or any(m.locked or m.source == "glossary" for m in out[k:found]):
                k += 1
                continue
            span = out[k:found]
            written = "".join(m.surface for m in span)
            own = "".join(hira(m) for m in span)
            readings = eras.readings(written)
            if not (_era_context(out[found:], after) or (year_after and found == n)
                    or (alone and k == 0 and found == n and not any(
                        r.reading == own and (r.common if r.source == "jmdict"
                                              else bool(r.kinds & PLACE))
                        for r in resolver.index.readings(written)))):
                k = found
                continue
            # UniDic's reading of the era, where the table gives it, stands (嘉承 かじょう);
            # otherwise the table's first (承徳 is Chengde, a place, to UniDic: しょうとく)
            chosen = own if own in readings and len(span) == 1 and span[0].pos == \
                "名詞-固有名詞-一般" else readings[0]
            era = merge_units(span, resolver.mark(written, chosen), to_katakana(chosen), "era",
                              "likely", tuple(r for r in readings if r != chosen))
            out = [*out[:k], replace(era, proper=True), *out[found:]]
            n = len(out)
            k += 1
        return out


def _era_context(rest: list[Morpheme], after: dict[str, list[str]]) -> bool:
    """Do the words after an era name show an era: a year (五年, 5年, 元年) or one of
    the words of ``after_era`` in ``reading_rules.json`` (年間, 時代)?"""
    if not rest:
        return False
    if rest[0].surface in after["words"]:
        return True
    k = 0
    while k < len(rest) and rest[k].pos.startswith("名詞-数詞"):
        if rest[k].surface.endswith(tuple(after["years"])):
            return True
        k += 1
    return 0 < k < len(rest) and rest[k].surface.startswith(tuple(after["years"]))


@cache
def _province_ends() -> tuple[str, ...]:
    """国 and the court offices of a province (``province_offices``): what a unit
    :meth:`ErasAndProvinces.province_names` reads ends with."""
    return ("国", *_rules()["province_offices"]["words"])
