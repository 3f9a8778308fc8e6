"""Municipalities read as the official list reads them (:mod:`jpterms.gazetteer`): a
whole input that is one municipality, its name and its suffix (あま市 *Ama-shi*); a
municipality's name before 市立, 町立 or 村立 (大府市立 *Ōbu shiritsu*) or before 立 (a
school's founder: 知名町立 *China chōritsu*); a municipality UniDic knows as one place
name after its county; a city's 市 inside UniDic's word before a ward (横浜 + 市中 + 区);
and the readings of a place name with either reading of its suffix, for Mozc to judge.
The list writes small kana full size, so its reading picks one of the readings the
dictionaries allow, and is taken as it stands only where no kana of it could be small.

A :class:`~jpterms.readings.ReadingResolver` owns one :class:`MunicipalReadings`
(``resolver.municipal``) and keeps the list itself (``resolver.municipalities()``).

>>> from jpterms.romanize import Romanizer
>>> r = Romanizer()
>>> r.romanize("あま市"), r.romanize("大府市立"), r.romanize("横浜市中区")
('Ama-shi', 'Ōbu shiritsu', 'Yokohama-shi Naka-ku')
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import has_kanji, to_hiragana, to_katakana
from jpterms.morpheme_tests import hira
from jpterms.reading_parts import as_place, merge_units, official_stem, spelled
from jpterms.readings import Candidate

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.readings import ReadingResolver

__all__ = ["MunicipalReadings"]


class MunicipalReadings:
    """The rules of a :class:`~jpterms.readings.ReadingResolver` that read a municipality
    as the official list reads it, with the resolver's dictionaries and the list.

    >>> from jpterms.morpheme import Morpheme
    >>> from jpterms.readings import ReadingResolver
    >>> municipal = ReadingResolver().municipal
    >>> town = Morpheme("長沼町", "ナガヌママチ", "ナガヌママチ", "名詞-固有名詞-地名-一般", proper=True)
    >>> [(m.surface, m.reading) for m in municipal.official_unit(town)]
    [('長沼町', 'ナガヌマチョー')]
    >>> span = [Morpheme("伊達", "ダテ", "ダテ", "名詞-固有名詞-地名-一般", proper=True),
    ...         Morpheme("市", "シ", "シ", "接尾辞-名詞的-一般")]
    >>> "だてし" in {c.reading for c in municipal.municipality(span, set())}
    True
    """

    def __init__(self, resolver: ReadingResolver) -> None:
        self._resolver = resolver

    def municipality_whole(self, out: list[Morpheme]) -> list[Morpheme]:
        """A whole input that is one municipality of the official list
        (:mod:`jpterms.gazetteer`) is two words: its name, read as the list reads it, and
        its suffix: あま市 *Ama-shi* (was "A ma shi": UniDic reads あ, ま as fillers), たつの
        市 *Tatsuno-shi*, いの町 *Ino-chō* (いのちよう, was "I no machi"), 一戸町
        *Ichinohe-machi* (was "Ichi Nohemachi"), 瀬戸内市 *Setouchi-shi*, 揖斐川町
        *Ibigawa-chō*. The reading the units have stands where the list's is the same at
        full size (the list writes small kana full size), as does the suffix's other
        reading after the units' name; else the list's, where none of its kana could be a
        small one. Not a city's ward (札幌市 + 中央区: two names, as they are)."""
        if len(out) < 2 or any(m.locked or m.source == "glossary" for m in out):
            return out
        written = "".join(m.surface for m in out)
        suffix = written[-1]
        if suffix not in _rules()["admin_suffixes"] or (suffix == "区" and "市" in written[:-1]):
            return out  # (most inputs: the list is not read)
        listed = self._resolver.municipalities().get(written)
        if listed is None:
            return out
        from jpterms.gazetteer import full_size

        ends = [spelled(r) for r in _rules()["admin_suffixes"].get(suffix, ())]
        own = "".join(hira(m) for m in out)
        tries = [own]
        if out[-1].surface == suffix:
            stem = "".join(hira(m) for m in out[:-1])
            tries += [stem + e for e in ends]
        reading = next((r for r in tries if full_size(r) == listed), None)
        if reading == own and sum(len(m.surface) > 1 and "地名" in m.pos for m in out) > 1:
            return out  # two places' names, each as read (丹波 + 篠山 + 市 Tanba Sasayama-shi)
        if reading is None and not _maybe_small().search(listed):
            reading = listed
        end = next((e for e in ends if reading and reading.endswith(e)
                    and len(reading) > len(e)), None)
        if reading is None or end is None:
            return out
        body = reading[: -len(end)]
        blank = replace(out[0], role="", words=(), capitals=(), alternatives=(),
                        locked=False, proper=True, source="gazetteer", confidence="likely")
        # (its 町 or 府 is its own: 十日町 + 市 Tōkamachi-shi, 太宰府 + 市 Dazaifu-shi)
        name = replace(blank, surface=written[:-1], reading=self._resolver.mark(written[:-1], body),
                       kana=to_katakana(body), pos="名詞-固有名詞-地名-一般", family=True)
        tail = replace(blank, surface=suffix, reading=self._resolver.mark(suffix, end),
                       kana=to_katakana(end), pos="名詞-普通名詞-一般", proper=False)
        return [name, tail]

    def municipality(self, span: list[Morpheme], have: set[str]) -> list[Candidate]:
        """Readings of a place name and its suffix (伊達市: だて + し, not いち; 福島町: ちょう
        or まち), for Mozc, whose dictionary lists municipalities, to judge."""
        if "mozc" not in self._resolver.sources:
            return []
        stem = span[:-1]
        stem_written = "".join(m.surface for m in stem)
        stems = ["".join(hira(m) for m in stem)]
        stems += [c.reading for c in self._resolver.candidates(stem_written, names=True)]
        suffixes = [spelled(r) for r in _rules()["admin_suffixes"][span[-1].surface]]
        out = []
        for reading in dict.fromkeys(r + suffix for r in stems if r for suffix in suffixes):
            if reading not in have:
                out.append(Candidate(reading, "mozc", frozenset({"place"})))
        return out

    def city_then_ward(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """横浜 + 市中 + 区: UniDic's word 市中 (しちゅう, "in the city") is the city's 市
        and the ward's first kanji (横浜市 中区, Yokohama-shi Naka-ku)."""
        for k in range(1, len(morphemes) - 1):
            m = morphemes[k]
            if (m.surface[:1] != "市" or len(m.surface) < 2 or m.locked
                    or morphemes[k + 1].surface != "区"
                    or not ("地名" in morphemes[k - 1].pos or morphemes[k - 1].proper)):
                continue
            rest = m.surface[1:]
            readings = [r.reading for r in self._resolver.index.readings(rest) if r.source == "jmdict"]
            if not readings:
                continue
            city = replace(m, surface="市", reading="シ", kana="シ", pos="名詞-普通名詞-一般",
                           proper=False)
            ward = replace(m, surface=rest, reading=to_katakana(readings[0]),
                           kana=to_katakana(readings[0]), pos="名詞-普通名詞-一般", proper=False)
            return [*morphemes[:k], city, ward, *morphemes[k + 1:]]
        return morphemes

    def municipal_body(self, out: list[Morpheme]) -> list[Morpheme]:
        """A municipality's name before 市立, 町立, 村立 or 区立 ("municipal", one JMdict
        word that takes the municipality's suffix from it) read as the official list reads
        the municipality: 大府 + 市立 is おおぶ + しりつ (UniDic: おおふ), 垂水市立 たるみず."""
        if "jmnedict" not in self._resolver.sources or len(out) < 2:
            return out
        suffixes = _rules()["admin_suffixes"]
        after = _rules()["word_starts"]["after_admin_suffix"]
        k = 0
        while k + 1 < len(out):
            k += 1
            m = out[k]
            if len(m.surface) != 2 or m.surface[1] != after or m.surface[0] not in suffixes:
                continue
            gazetteer = self._resolver.municipalities()
            # the stem: the units before the word that, with its suffix, make a listed
            # municipality, one unit or up to three (十日 + 町 + 市立: 十日町市 とおかまちし)
            j = next((j for j in range(max(0, k - 3), k)
                      if "".join(p.surface for p in out[j:k]) + m.surface[0] in gazetteer),
                     None)
            if j is None or any(p.locked or p.source == "glossary" or not has_kanji(p.surface)
                                for p in out[j:k]):
                continue
            span = out[j:k]
            written = "".join(p.surface for p in span)
            listed = gazetteer[written + m.surface[0]]
            from jpterms.gazetteer import full_size

            ends = [full_size(to_hiragana(r)) for r in suffixes[m.surface[0]]]
            body = next((listed[: -len(e)] for e in ends if listed.endswith(e)), None)
            own = "".join(hira(p) for p in span)
            allowed = [own, *(c.reading for c in self._resolver.candidates(written)),
                       *self._resolver.mozc_readings(written)]
            if len(span) > 1:  # 丹波 + 篠山: the last unit read as a dictionary reads it
                head = "".join(hira(p) for p in span[:-1])
                allowed += [head + c.reading for c in self._resolver.candidates(span[-1].surface)]
            reading = next((r for r in allowed if full_size(r) == body), None)
            if reading is None or reading == own:
                continue
            if len(span) > 1:  # parts whose reading stands keep it (丹波 + 篠山 ささやま)
                pieces = [replace(p, proper=True) for p in self._resolver.put_reading(
                    span, reading, "gazetteer", "likely", (own,))]
                if len(pieces[-1].surface) == 1:  # one word (十日 + 町 とおかまち: Tōka-machi)
                    pieces = [replace(merge_units(span, self._resolver.mark(written, reading),
                                                  to_katakana(reading), "gazetteer", "likely",
                                                  (own,)), proper=True)]
            else:
                pieces = [replace(span[0], reading=self._resolver.mark(written, reading), proper=True,
                                  kana=to_katakana(reading), source="gazetteer",
                                  alternatives=(own,))]
            out = [*out[:j], *pieces, *out[k:]]
            k = j + len(pieces)
        return out

    def official(self, span: list[Morpheme], written: str,
                 cands: list[Candidate]) -> list[Morpheme] | None:
        """A municipality read as the official list reads it (:mod:`jpterms.gazetteer`):
        八千代町 やちよまち, 上野村 うえのむら. The list writes small kana full size, so its
        reading picks one of the readings the dictionaries and UniDic allow (the stem's,
        with either reading of the suffix); it is taken as it stands only where no kana
        of it could have been small. None for a name the list does not have (or reads
        two ways)."""
        if "jmnedict" not in self._resolver.sources:
            return None
        listed = self._resolver.municipalities().get(written)
        if listed is None:
            return None
        from jpterms.gazetteer import full_size

        unidic = "".join(hira(m) for m in span)
        made = self.municipality(span, set()) if len(span) > 1 else []
        allowed = [c.reading for c in cands] + [c.reading for c in made] + [unidic]
        reading = next((r for r in allowed if full_size(r) == listed), None)
        if reading is None:
            if _maybe_small().search(listed):
                return None
            reading = listed
        if reading == unidic:
            return as_place(self._resolver._annotate(span, "unidic+gazetteer", "likely", (), merge=True))
        return as_place(self._resolver.put_reading(span, reading, "gazetteer", "likely", ()))

    def official_unit(self, m: Morpheme) -> list[Morpheme] | None:
        """A municipality UniDic knows as one place name, suffix and all (長沼町, 山田町),
        read as the official list reads it after a county or prefecture (夕張郡 + 長沼町 is
        ながぬまちょう, UniDic's ながぬままち; 下閉伊郡 + 山田町 やまだまち). Not alone: a
        town district or a station may share the name and not the reading (八王子市長沼町
        ながぬままち, Yokohama's 石川町 station いしかわちょう; alone, the list's reading won 2
        and lost 2 of the Wikipedia, Japan Post and station rows), nor after a city or
        ward (神戸市北区山田町 is やまだちょう), nor where UniDic takes the name for no place.
        None where the list does not have the name."""
        written = m.surface
        if (len(written) < 2 or written[-1] not in _rules()["admin_suffixes"]
                or "地名" not in m.pos):
            return None
        stem = written[:-1]
        ends = [spelled(r) for r in _rules()["admin_suffixes"][written[-1]]]
        own = hira(m)
        stems = [own[: -len(e)] for e in ends if own.endswith(e) and len(own) > len(e)]
        if has_kanji(stem):
            stems += [c.reading for c in self._resolver.candidates(stem, names=True)]
            stems += list(self._resolver.mozc_readings(stem))
        made = [Candidate(r + e, "gazetteer") for r in dict.fromkeys(stems) for e in ends]
        return self.official([m], written, self._resolver.candidates(written, names=True) + made)

    def founder_municipality(self, morphemes: list[Morpheme]) -> list[Morpheme]:
        """A municipality before 立 (知名 + 町 + 立, 那賀 + 町 + 立: a school's or a
        library's founder) read as the official list reads the municipality, where UniDic
        reads its name otherwise: 知名町立 China chōritsu (was Chimei; the list's
        ちなちょう), 那賀町立 Naka, 山武市立 Sanmu, 上毛町立 Kōge. The list writes small kana
        full size: the name takes the reading JMnedict or Mozc gives it that is the list's
        at full size, or the list's where it has no kana that may be small (や, ゆ, よ, つ)."""
        for k in range(len(morphemes) - 1, 0, -1):
            unit = morphemes[k].surface
            if unit in ("市立", "町立", "村立", "区立"):
                suffix = unit[0]
            elif (unit in ("市", "町", "村", "区") and k + 1 < len(morphemes)
                  and morphemes[k + 1].surface == "立"):
                suffix = unit
            else:
                continue
            name = morphemes[k - 1]
            official = self._resolver.municipalities().get(name.surface + suffix)
            if official is None or name.locked or name.source == "glossary":
                continue
            from jpterms.gazetteer import full_size

            stem = official_stem(official, suffix)
            own = hira(name)
            if not stem:
                continue
            listed = [own] + [r for r, _ in self._resolver.names(name.surface)] + list(
                self._resolver.mozc_readings(name.surface))
            reading = next((r for r in listed if full_size(r) == stem), None)
            if reading is None and not any(c in stem for c in "やゆよつ"):
                reading = stem  # (no kana the list may have written full size)
            if reading is None or (reading == own and all(
                    full_size(r) == stem for r, _ in self._resolver.names(name.surface))):
                continue  # (read so already, and no dictionary would read it otherwise)
            morphemes = [*morphemes[: k - 1], replace(
                name, reading=self._resolver.mark(name.surface, reading), kana=to_katakana(reading),
                source="gazetteer", confidence="likely", locked=True, proper=True,
                alternatives=(own,) if own != reading else ()), *morphemes[k:]]
        return morphemes


@cache
def _maybe_small() -> re.Pattern[str]:
    """Kana an official list writing small kana full size may hide a small one in: the や
    of きや (きゃ), a つ before a consonant (っ)."""
    return re.compile("[きしちにひみりぎじびぴ][やゆよ]|つ[かきくけこさしすせそたちつてとぱぴぷぺぽ]")
