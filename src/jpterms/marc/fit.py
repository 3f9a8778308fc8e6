"""Can this romanisation be read from that Japanese? Kanji by kanji, with KANJIDIC2.

A cataloguer's reading of a title or name is often one our romaniser would not
choose (朝衡 Tomohira, not Chōkō; 英重 Hideshige, not Eijū). Before calling a
reading wrong, :class:`ReadingFit` asks whether it can be spelt out of the
Japanese at all: every kanji by one of its on, kun or name (nanori) readings in
KANJIDIC2 (shipped in jamdict-data), with the sound changes of compounds
(rendaku voicing, a doubled consonant), and every kana as written (は, へ, を
also as wa, e, o). Readings are compared as matching keys (no macrons, long
vowels written short), so only the letters decide.

>>> fit = ReadingFit()
>>> fit.fits("弘文堂", "Kōbundō"), fit.fits("平凡社", "Heibunsha")
(True, False)
>>> fit.fits("日本の茶書", "Nihon no chasho"), fit.fits("学校", "gakkō")
(True, True)
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from functools import lru_cache

from jpterms.kana import fold_romaji, kana_to_romaji, normalize_romaji, strip_macrons, to_hiragana

_KANA_RUN = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30fe]+")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff々〆ヶ]")
_NOT_LETTER = re.compile(r"[^a-z]")
#: Voiced (rendaku) and p-sound forms of a reading's first consonant.
_VOICED = (("ch", ("j",)), ("sh", ("j",)), ("ts", ("z",)), ("k", ("g",)), ("s", ("z",)),
           ("t", ("d",)), ("h", ("b", "p")), ("f", ("b", "p")))
_PARTICLES = {"は": ("ha", "wa"), "へ": ("he", "e"), "を": ("o", "wo")}
#: Every Japanese reading of every kanji, loaded in one pass (about 40,000 rows, 0.1 s):
#: one query per kanji would scan the unindexed reading table each time.
_ALL_READINGS_SQL = (
    "SELECT c.literal, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
    "JOIN reading r ON r.gid = g.ID WHERE r.r_type IN ('ja_on', 'ja_kun') "
    "UNION ALL SELECT c.literal, n.value FROM character c JOIN nanori n ON n.cid = c.ID"
)


def key(romaji: str) -> str:
    """The letters that decide a match: fold_romaji without anything but a-z.

    >>> key("Shin'eidō (shō)")
    'shineidosho'
    """
    return _NOT_LETTER.sub("", fold_romaji(romaji))


def plain_key(romaji: str) -> str:
    """The letters without macrons, long vowels as written: ``koō`` stays ``koo``.

    :func:`key` folds *ou* and *oo* to *o*, which suits wāpuro spellings (*gakkou*) but
    merges two vowels that only meet across kanji (呼応 *koō*, 思う *omou*); a reading
    fits when either key does.

    >>> plain_key("Kōō"), key("Kōō")
    ('koo', 'ko')
    """
    return _NOT_LETTER.sub("", strip_macrons(normalize_romaji(romaji)).lower())


@lru_cache(maxsize=4096)
def _kana_keys(kana: str) -> frozenset[str]:
    romaji = kana_to_romaji(to_hiragana(kana))
    return frozenset((key(romaji), plain_key(romaji)))


def _variants(reading: str) -> set[str]:
    """A reading's key, its voiced forms, and its forms before a doubled consonant ("*")."""
    out = {reading}
    for plain, voiced in _VOICED:
        if reading.startswith(plain):
            out.update(v + reading[len(plain):] for v in voiced)
    for form in list(out):
        for tail in ("tsu", "chi", "ku", "ki"):
            if form.endswith(tail) and len(form) > len(tail):
                out.add(form[: -len(tail)] + "*")
    return out


class ReadingFit:
    """Decides whether a romanised reading fits Japanese text; owns its KANJIDIC cache."""

    def __init__(self, database: str | None = None) -> None:
        self._database = database
        self._lock = threading.Lock()
        self._raw: dict[str, list[str]] | None = None
        self._readings: dict[str, frozenset[str]] = {}

    def _kanjidic(self) -> dict[str, list[str]]:
        """Kanji -> its KANJIDIC2 readings as written there (loaded once)."""
        with self._lock:
            if self._raw is None:
                path = self._database
                if path is None:
                    import jamdict_data

                    path = os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")
                raw: dict[str, list[str]] = {}
                try:
                    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                    try:
                        for literal, value in conn.execute(_ALL_READINGS_SQL):
                            raw.setdefault(str(literal), []).append(str(value))
                    finally:
                        conn.close()
                except sqlite3.Error:
                    raw = {}
                self._raw = raw
            return self._raw

    def readings(self, kanji: str) -> frozenset[str]:
        """Every reading key of one kanji, with its compound forms.

        >>> sorted(ReadingFit().readings("学"))[:3]
        ['daka', 'ga*', 'gaku']
        """
        cached = self._readings.get(kanji)
        if cached is not None:
            return cached
        keys: set[str] = set()
        for value in self._kanjidic().get(kanji, ()):
            value = value.strip("-")
            for form in {value.split(".")[0], value.replace(".", "")}:
                if form:
                    for k in _kana_keys(form):
                        keys.update(_variants(k))
        result = frozenset(k for k in keys if k and k != "*")
        self._readings[kanji] = result
        return result

    def _units(self, japanese: str) -> list[frozenset[str]]:
        """The text as a sequence of alternatives: one per kanji, one per kana run."""
        units: list[frozenset[str]] = []
        i = 0
        while i < len(japanese):
            ch = japanese[i]
            run = _KANA_RUN.match(japanese, i)
            if run:
                text = run.group(0)
                options = set(_kana_keys(text))
                if text[-1] in _PARTICLES:
                    options.update(k + p for k in _kana_keys(text[:-1]) or {""}
                                   for p in _PARTICLES[text[-1]])
                units.append(frozenset(options))
                i = run.end()
                continue
            if _KANJI.match(ch):
                if ch == "々" and units:
                    units.append(frozenset(v for r in units[-1] for v in _variants(r)))
                elif ch in "ヶ":
                    units.append(frozenset(("ka", "ga", "ke")))
                else:
                    units.append(self.readings(ch))
            i += 1
        return units

    def reach(self, japanese: str, romaji: str) -> tuple[bool, int]:
        """(fits, how many letters of ``key(romaji)`` the longest partial reading covers);
        it fits when :func:`plain_key` fits."""
        if self.reach_key(japanese, plain_key(romaji))[0]:
            return True, len(plain_key(romaji))
        return self.reach_key(japanese, key(romaji))

    def reach_key(self, japanese: str, target: str) -> tuple[bool, int]:
        """:meth:`reach` for a romanisation already turned into its :func:`key`."""
        states = {0}
        furthest = 0
        for options in self._units(japanese):
            nxt: set[int] = set()
            for pos in states:
                for option in options:
                    if not option:
                        continue
                    if option.endswith("*"):
                        stem = option[:-1]
                        end = pos + len(stem)
                        if (target.startswith(stem, pos) and end + 1 < len(target)
                                and target[end] not in "aiueon"
                                and target[end + 1] in (target[end], "c" if target[end] == "t" else "")):
                            nxt.add(end + 1)  # the doubled letter starts the next reading
                    elif target.startswith(option, pos):
                        nxt.add(pos + len(option))
            if not nxt:
                return False, furthest
            states = nxt
            furthest = max(states)
        return len(target) in states, furthest

    def fits(self, japanese: str, romaji: str) -> bool:
        """True when ``romaji`` can be read from ``japanese`` kanji by kanji."""
        return self.reach(japanese, romaji)[0]
