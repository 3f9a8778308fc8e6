"""Name lists drawn from JMnedict for lookup: railway stations by reading.

JMnedict (shipped in jamdict-data) marks some 8,000 entries as stations, written
with 駅 (品川駅 しながわえき). Without the 駅 they are the names people cite
(``Shinagawa``); a one-name query that reads as a station is most likely that
place. Station names are written with a full-size ケ, as the railways write
them (鰺ケ沢), where JMnedict writes ヶ.

>>> station_names("しながわ"), station_names("あじがさわ")
(('品川',), ('鰺ケ沢',))
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from jpterms.dictionaries import jamdict_rows
from jpterms.kana import strip_macrons

__all__ = ["Division", "glossed_division", "station_names"]

#: JMnedict's stations read ``?`` (a reading with えき). The kana index answers; the
#: ``+`` keeps SQLite from walking every station through the type index instead (0.1 ms a
#: reading, against 60 ms). Ordered as a walk over every station gives them.
_STATIONS_READ = (
    "SELECT k.text FROM NEKana a JOIN NETranslation tr ON tr.idseq = a.idseq "
    "JOIN NETransType t ON t.tid = tr.ID JOIN NEKanji k ON k.idseq = a.idseq "
    "WHERE a.text = ? AND +t.text = 'station' ORDER BY t.rowid, a.ID, k.ID"
)


def station_names(reading: str) -> tuple[str, ...]:
    """JMnedict's railway stations read ``reading`` (hiragana), without their 駅 and with
    a full-size ケ, each once: one indexed query, so a look-up never reads the whole list.

    >>> station_names("はたがや")
    ('幡ケ谷',)
    >>> station_names("げんば")
    ()
    """
    names: list[str] = []
    for (written,) in jamdict_rows(_STATIONS_READ, (reading + "えき",)):
        if written.endswith("駅") and len(written) > 1:
            name = written[:-1].replace("ヶ", "ケ")
            if name not in names:
                names.append(name)
    return tuple(names)


# --- People's names as JMnedict's glosses divide them ------------------------------------

_GLOSSED = (
    "SELECT k.text, a.text, "
    "COALESCE((SELECT group_concat(y.text) FROM NETranslation t JOIN NETransType y "
    "ON y.tid = t.ID WHERE t.idseq = k.idseq), ''), "
    "COALESCE((SELECT group_concat(g.text, char(31)) FROM NETranslation t JOIN NETransGloss g "
    "ON g.tid = t.ID WHERE t.idseq = k.idseq), '') "
    "FROM NEKanji k JOIN NEKana a ON a.idseq = k.idseq "
)
#: A name's own entries, and (for a hyphen) the entries that begin with it.
_PEOPLE = _GLOSSED + "WHERE k.text = ? ORDER BY k.idseq, a.ID"
_LONGER = _GLOSSED + "WHERE k.text > ? AND k.text < ? AND a.text > ? AND a.text < ? LIMIT 50"
#: Kana a word cannot begin with (small kana, the long mark).
_NOT_FIRST = frozenset("ゃゅょぁぃぅぇぉゎー")


@dataclass(frozen=True, slots=True)
class Division:
    """A name's reading divided as a gloss divides it: ``words`` (hiragana) and, for
    each, whether a hyphen joins it to the word before (Go-Daigo)."""

    words: tuple[str, ...]
    hyphens: tuple[bool, ...]


def _key(romaji: str) -> str:
    """Romaji compared loosely: JMnedict's glosses write long vowels every way (Shonagon,
    Kenzaburou, Ooe), and n before b, p, m as m or n."""
    text = strip_macrons(unicodedata.normalize("NFKC", romaji).lower())
    text = re.sub("[^a-z]", "", text)
    text = re.sub("m(?=[bpm])", "n", text)
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u"), ("aa", "a")):
        text = text.replace(long, short)
    return text


@lru_cache(maxsize=8192)
def _kana_key(kana: str) -> str:
    from jpterms.kana import kana_to_romaji

    return _key(kana_to_romaji(kana, "hepburn", infer_long=False))


def _align(reading: str, tokens: list[list[str]], *, whole: bool) -> Division | None:
    """``reading`` cut where the gloss's tokens (each a list of its hyphened parts) are
    cut; with ``whole`` every token must be used, else a first run of them covers it."""
    parts = [(part, i > 0) for token in tokens for i, part in enumerate(token)]
    keys = [_key(p) for p, _ in parts]

    def walk(k: int, at: int) -> list[str] | None:
        if at == len(reading):
            # all of the gloss, or (not ``whole``) its first tokens, not half of one
            done = k == len(parts) or (not whole and k > 0 and not parts[k][1])
            return [] if done else None
        if k == len(parts):
            return None
        for end in range(at + 1, len(reading) + 1):
            if end < len(reading) and (reading[end] in _NOT_FIRST or reading[end - 1] == "っ"):
                continue
            if _kana_key(reading[at:end]) == keys[k]:
                rest = walk(k + 1, end)
                if rest is not None:
                    return [reading[at:end], *rest]
        return None

    words = walk(0, 0)
    if words is None:
        return None
    return Division(tuple(words), tuple(h for _, h in parts[:len(words)]))


def _tokens(gloss: str) -> list[list[str]]:
    """A gloss's name, before any note in brackets, as tokens of hyphened parts."""
    name = gloss.split("(")[0].strip()
    return [[p for p in token.split("-") if p] for token in name.split()]


def _rows(sql: str, params: tuple[str, ...]) -> tuple[
        tuple[str, str, frozenset[str], tuple[str, ...]], ...]:
    return tuple((w, kana, frozenset(k for k in kinds.split(",") if k),
                  tuple(g for g in glosses.split("\x1f") if g))
                 for w, kana, kinds, glosses in jamdict_rows(sql, params))


@lru_cache(maxsize=4096)
def described_readings(written: str) -> frozenset[str]:
    """The readings under which JMnedict describes a person named ``written`` (dates or a
    note in brackets after the name), not only spells the name: 伊藤博文 is described as
    "Itō Hirobumi (1841.10.16-1909.10.26)" and merely listed as "Itou Hakubun".

    >>> sorted(described_readings("伊藤博文"))
    ['いとうひろぶみ']
    """
    return frozenset(kana for _, kana, kinds, glosses in _rows(_PEOPLE, (written,))
                     if "person" in kinds and any("(" in g for g in glosses))


@lru_cache(maxsize=4096)
def glossed_division(written: str, reading: str) -> Division | None:
    """The reading (hiragana) of a person JMnedict lists as ``written`` divided into
    words as the entry's English gloss divides it, in two words or more, or None.

    A hyphen is kept where some entry that begins with the name writes one there: the
    後 of an emperor's posthumous name (後醍醐 "Go Daigo", 後醍醐天皇 "Go-Daigo Tenno").

    >>> glossed_division("清少納言", "せいしょうなごん").words
    ('せい', 'しょうなごん')
    >>> glossed_division("後醍醐", "ごだいご")
    Division(words=('ご', 'だいご'), hyphens=(False, True))
    """
    own: Division | None = None
    listed = False
    for _, kana, kinds, glosses in _rows(_PEOPLE, (written,)):
        if kana != reading:
            continue
        listed = True  # a name JMnedict reads so (後嵯峨, a surname: its emperor's hyphen)
        if not ("person" in kinds or kinds <= {"unclass"}):
            continue
        for gloss in glosses:
            found = _align(reading, _tokens(gloss), whole=True)
            if own is None and found is not None and len(found.words) > 1:
                own = found
    if not listed:
        return None
    hyphened: Division | None = None
    for _, kana, kinds, glosses in _rows(_LONGER, (written, written + "\U0010ffff",
                                                     reading, reading + "\U0010ffff")):
        if "person" not in kinds or not kana.startswith(reading):
            continue
        for gloss in glosses:
            found = _align(reading, _tokens(gloss), whole=False) if "-" in gloss else None
            if hyphened is None and found is not None and any(found.hyphens):
                hyphened = found
    if own is None:
        return hyphened
    if hyphened is not None and hyphened.words == own.words:
        return hyphened
    return own
