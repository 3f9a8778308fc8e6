"""Every written form JMdict and JMnedict know, with its readings: the romaniser's word list.

The romaniser asks, for every run of nouns it meets, which spans are words or names
(日本人, 稲荷山, 山田孝雄) and how each is read. Asking SQLite for every span of
every sentence is far too slow, so the answers live in one ``marisa-trie`` file,
keyed by the written form: built once from ``jamdict-data`` (a few seconds) into
the user's cache directory (:mod:`platformdirs`), memory-mapped after that. A
read-only or missing cache directory only means the index is kept in memory.

Each value is one reading: hiragana, its source (``jmdict``/``jmnedict``),
whether JMdict marks it common, and JMnedict's kinds (surname, given, place...).

>>> index = ReadingIndex.default()
>>> [(r.reading, r.source) for r in index.readings("日本人")]
[('にほんじん', 'jmdict'), ('にっぽんじん', 'jmdict')]
>>> sorted(index.readings("稲荷山")[0].kinds)
['place', 'surname']
>>> index.prefixes("山田孝雄について")
['山', '山田', '山田孝雄']
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from jpterms.cache_builds import open_saved_trie
from jpterms.cache_files import cache_dir as user_cache_folder
from jpterms.cache_files import paused_gc, save_trie

__all__ = ["IndexedReading", "ReadingIndex", "database"]

#: Bump when the layout of the file changes: older files are then ignored.
FORMAT = 15
#: Keys of KANJIDIC2 entries: this mark and the character.
_KANJI = "\x01"
#: The key of the old-form table (舊字體 → 新字体), as JSON. This version reads the table
#: shipped in ``jpterms/data/old_forms.tsv``; the key is still written, so that an older
#: jpterms sharing the cache directory finds it in a file of the same layout.
_OLD_FORMS = "\x02old-forms"
_SEP = "\x1f"
#: What ends a key in the trie's records (a key, a NUL, its value: cache_files.bytes_trie):
#: a text with one in it is no key, and asking the trie for it would read into another
#: record's value (a look-up of "\x00a" crashed decoding one).
_KEY_END = "\x00"
_HAS_KATAKANA = re.compile("[\u30a1-\u30fa]")  # a reading with katakana in it
_ALL_KATAKANA = re.compile("[\u30a1-\u30faー]{2,}")  # a word in katakana only
#: Keys of name counts (:func:`_name_counts`): this mark and a given name's written
#: form, or the family mark and a family name's.
_GIVEN_COUNT = "\x03"
_FAMILY_COUNT = "\x04"
#: Keys of name-part counts (:func:`_name_part_counts`): this mark and the first kanji of
#: two-kanji given names, or the last-part mark and the second kanji.
_HEAD_COUNT = "\x05"
_TAIL_COUNT = "\x06"
#: Keys of the counts of JMnedict's given names of three kanji (:func:`_three_kanji_counts`):
#: this mark, the place of a kanji (0, 1 or 2) and the kanji, for the names read in three
#: morae; the last-kanji mark and a kanji, for all the names that end with it.
_PLACE_COUNT = "\x08"
_LAST_COUNT = "\x09"
#: Keys of place-part counts (:func:`_place_part_counts`): this mark and the first kanji
#: of two-kanji places, or the last-part mark and the second kanji.
_PLACE_HEAD = "\x0e"
_PLACE_TAIL = "\x0f"
#: Keys of the class counts of two-kanji given names (:func:`_given_class_counts`): this
#: mark, "0" (first kanji) or "1" (second) and the kanji; the mark after it keys the
#: number of names of each class.
_GIVEN_CLASS = "\x10"
_GIVEN_CLASS_SIZE = "\x11"
#: The same for JMnedict's two-kanji places (:func:`_place_class_counts`).
_PLACE_CLASS = "\x12"
_PLACE_CLASS_SIZE = "\x13"
#: Keys of loanwords English writes as one word (:func:`_loanword_records`): this mark
#: and the katakana.
_LOANWORD = "\x07"


def _kanjidic_rank(raw: bytes) -> int:
    r"""Where a KANJIDIC2 on or kun reading of the index stands among its kanji's
    readings (1 for the first), as :func:`_records` numbered them; 0 for a value without a
    number (a name reading).

    >>> _kanjidic_rank("そう\x1fkanjidic\x1f\x1fja_on\x1f3".encode())
    3
    """
    parts = raw.split(_SEP.encode())
    return int(parts[4]) if len(parts) > 4 else 0


@dataclass(frozen=True, slots=True)
class IndexedReading:
    """One reading of a written form."""

    reading: str  # hiragana
    source: str  # "jmdict" or "jmnedict"
    common: bool = False
    kinds: frozenset[str] = frozenset()




def database() -> str:
    """The path of the JMdict database that ``jamdict-data`` installs."""
    import jamdict_data

    return os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")


def _fingerprint() -> str:
    """The index's layout and the version of the data it was built from
    (``jamdict_data.__version__``: importlib.metadata would add ~30 ms to every start-up)."""
    try:
        import jamdict_data

        data = str(jamdict_data.__version__)
    except Exception:  # an unknown version only means "build again"
        data = "0"
    return f"f{FORMAT}-{data}".replace("/", "_")


def _records(db: str) -> list[tuple[str, bytes]]:
    """(written, value) for every reading of every kanji spelling in JMdict and JMnedict."""
    import sqlite3  # only to build the index: not at every start-up

    from jpterms.kana import to_hiragana

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows: list[tuple[str, str, str, str, str]] = []
        restrict: dict[int, set[str]] = {}
        for kid, text in conn.execute("SELECT kid, text FROM KNR"):
            restrict.setdefault(kid, set()).add(text)
        common_kana = {kid for (kid,) in conn.execute("SELECT DISTINCT kid FROM KNP")}
        kanji: dict[int, list[str]] = {}
        for idseq, text in conn.execute("SELECT idseq, text FROM Kanji ORDER BY ID"):
            kanji.setdefault(idseq, []).append(text)
        for kid, idseq, kana, nokanji in conn.execute(
                "SELECT ID, idseq, text, nokanji FROM Kana ORDER BY ID"):
            if nokanji:
                continue
            allowed = restrict.get(kid)
            for written in kanji.get(idseq, ()):
                if allowed is None or written in allowed:
                    rows.append((written, kana, "jmdict", "1" if kid in common_kana else "", ""))
        query = (
            "WITH kinds AS (SELECT t.idseq AS idseq, group_concat(DISTINCT y.text) AS kinds "
            "FROM NETranslation t JOIN NETransType y ON y.tid = t.ID GROUP BY t.idseq) "
            "SELECT j.text, k.text, COALESCE(kinds.kinds, '') FROM NEKana k "
            "JOIN NEKanji j ON j.idseq = k.idseq LEFT JOIN kinds ON kinds.idseq = k.idseq "
            "ORDER BY k.idseq, k.ID")
        has_katakana = _HAS_KATAKANA.search
        for written, kana, kinds in conn.execute(query):
            if has_katakana(kana):
                continue  # a foreign name written with kanji (千代田 シルビオ): not a reading
            rows.append((written, kana, "jmnedict", "", kinds))
        kanjidic = (
            "SELECT c.literal, r.r_type, r.value, 0, r.rowid FROM reading r "
            "JOIN rm_group g ON g.ID = r.gid JOIN character c ON c.ID = g.cid "
            "WHERE r.r_type IN ('ja_on', 'ja_kun') "
            "UNION ALL SELECT c.literal, 'nanori', n.value, 1, n.rowid FROM nanori n "
            "JOIN character c ON c.ID = n.cid ORDER BY 4, 5")  # (KANJIDIC2's order)
        for literal, r_type, value, _, _ in conn.execute(kanjidic):
            rows.append((_KANJI + literal, value, "kanjidic", "", r_type))
    finally:
        conn.close()
    readings = to_hiragana("\n".join(r[1] for r in rows)).split("\n")
    # a KANJIDIC2 on or kun reading keeps its place among its kanji's (霊: レイ before
    # リョウ, the commoner first) as a number, which the order the trie keeps a key's
    # values in would lose; name readings have none to keep (KANJIDIC2 lists them in kana
    # order)
    rank: dict[str, int] = {}
    out = []
    for (written, _, source, common, kinds), kana in zip(rows, readings, strict=True):
        fields = [kana, source, common, kinds]
        if source == "kanjidic" and kinds != "nanori":
            rank[written] = rank.get(written, 0) + 1
            fields.append(str(rank[written]))
        out.append((written, _SEP.join(fields).encode("utf-8")))
    named = [(row[0], kana, row[2], row[4]) for row, kana in zip(rows, readings, strict=True)
             if row[2] != "jmdict"]  # both counts read only JMnedict's and KANJIDIC2's rows
    counts = _name_counts(named)
    counts.update(_name_part_counts(named))
    counts.update(_place_part_counts(named))
    counts.update(_three_kanji_counts(named))
    # (the class counts read only KANJIDIC2's rows and two-kanji names: fewer rows to walk)
    pairs = [row for row in named if row[2] == "kanjidic" or len(row[0]) == 2]
    counts.update(_given_class_counts([*pairs, *_people_givens(named)]))
    counts.update(_place_class_counts(pairs))
    out.extend((key, _SEP.join((kana, str(n))).encode("utf-8"))
               for (key, kana), n in counts.items())
    from jpterms.old_forms import old_forms

    table = {chr(k): v for k, v in old_forms().items()}
    out.append((_OLD_FORMS, json.dumps(table, ensure_ascii=False).encode("utf-8")))
    out.extend(_loanword_records(db))
    return out


def _loanword_records(db: str) -> list[tuple[str, bytes]]:
    """(mark + katakana, English) for each word JMdict or JMnedict writes in katakana only
    and glosses with one English word that sounds like it
    (:func:`jpterms.english_loans.sounds_alike` at least
    :data:`jpterms.english_loans.ONE_WORD_LIKENESS`): パラメタ *parameter*, バックスラッシュ
    *backslash*, クリンゴン *Klingon*; not ファイルシステム (*file system*, two words) or
    ラストネーム (*surname*, another word)."""
    import sqlite3  # only to build the index: not at every start-up

    from jpterms.english_loans import ONE_WORD_LIKENESS, sounds_alike

    glossed = (
        "SELECT k.text, g.text FROM Kana k JOIN Sense s ON s.idseq = k.idseq "
        "JOIN SenseGloss g ON g.sid = s.ID WHERE NOT EXISTS "
        "(SELECT 1 FROM Kanji j WHERE j.idseq = k.idseq) "
        "UNION ALL SELECT k.text, g.text FROM NEKana k JOIN NETranslation t "
        "ON t.idseq = k.idseq JOIN NETransGloss g ON g.tid = t.ID WHERE NOT EXISTS "
        "(SELECT 1 FROM NEKanji j WHERE j.idseq = k.idseq)")
    found: dict[str, str] = {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for kana, gloss in conn.execute(glossed):
            word = re.sub(r"\([^)]*\)", "", gloss).strip()  # viewer (e.g. ...): viewer
            if kana in found or _ALL_KATAKANA.fullmatch(kana) is None or not (
                    word.isascii() and word.isalpha()):
                continue
            if sounds_alike(word, kana) >= ONE_WORD_LIKENESS:
                found[kana] = word
    finally:
        conn.close()
    return [(_LOANWORD + kana, word.encode("utf-8")) for kana, word in found.items()]


def _name_counts(rows: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], int]:
    """How often each family name and each given name is read each way in JMnedict's
    full names of people: ((mark + written, reading), count).

    ``rows`` are (written, hiragana reading, source, kinds). A person's name (kind
    ``person``, all kanji) is split after its first two, one or three characters where
    JMnedict has a family name of that spelling whose reading starts the full reading and
    a given name, of the rest's spelling, with the rest of the reading. 正 is ただし in 65
    people's names and しょう in 4; 小倉 is おぐら in 24 and never こくら: a name with no
    full-name entry of its own is read the common way.
    """
    surnames: dict[str, list[str]] = {}
    givens: dict[str, set[str]] = {}
    people: list[tuple[str, str]] = []
    flags: dict[str, tuple[bool, bool, bool]] = {}  # a few hundred distinct kinds strings
    for written, kana, source, kinds in rows:
        if source != "jmnedict":
            continue
        flag = flags.get(kinds)
        if flag is None:
            kind_set = kinds.split(",")
            flag = flags[kinds] = ("surname" in kind_set,
                                   not {"given", "masc", "fem"}.isdisjoint(kind_set),
                                   "person" in kind_set)
        is_surname, is_given, is_person = flag
        if is_surname:
            surnames.setdefault(written, []).append(kana)
        if is_given:
            givens.setdefault(written, set()).add(kana)
        if is_person and 2 <= len(written) <= 6 and all(
                "\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in written):
            people.append((written, kana))
    counts: dict[tuple[str, str], int] = {}
    for written, kana in dict.fromkeys(people):
        for cut in (2, 1, 3):
            family, given = written[:cut], written[cut:]
            fr = next((r for r in surnames.get(family, ()) if len(kana) > len(r)
                       and kana.startswith(r) and kana[len(r):] in givens.get(given, ())),
                      None)
            if given and fr is not None:
                for key in ((_FAMILY_COUNT + family, fr), (_GIVEN_COUNT + given, kana[len(fr):])):
                    counts[key] = counts.get(key, 0) + 1
                break
    return counts


@cache
def _given_kinds(kinds: str) -> bool:
    """Whether JMnedict's ``kinds`` (comma-separated) make a name a given name; a few
    hundred distinct strings, each worked out once.

    >>> _given_kinds("surname,fem"), _given_kinds("place")
    (True, False)
    """
    return not {"given", "masc", "fem"}.isdisjoint(kinds.split(","))


def _three_kanji_counts(rows: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], int]:
    """How JMnedict's given names of three kanji read in three morae read each kanji in
    its place, and how many of the names that end with a kanji are read so: ((place mark
    + place + kanji, mora), count) and ((last mark + kanji, "3" or "*"), count).

    ``rows`` are (written, hiragana reading, source, kinds). Most such names are read a
    mora a kanji (安也子 あ + や + こ, 由美香 ゆ + み + か: nine in ten of those ending in
    子, 恵 or 江), and few of those ending in 郎 or 助 are (健太郎 けんたろう).
    """
    from jpterms.kana import split_morae

    names: set[tuple[str, str]] = set()
    for written, kana, source, kinds in rows:
        if source != "jmnedict" or len(written) != 3 or not all(
                "\u4e00" <= ch <= "\u9fff" for ch in written):
            continue
        if _given_kinds(kinds):
            names.add((written, kana))
    counts: dict[tuple[str, str], int] = {}
    for written, kana in names:
        morae = split_morae(kana)
        keys = [(_LAST_COUNT + written[2], "*")]
        if len(morae) == 3:
            keys.append((_LAST_COUNT + written[2], "3"))
            keys += [(f"{_PLACE_COUNT}{k}{written[k]}", morae[k]) for k in range(3)]
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return counts


_VOICED = dict(zip("かきくけこさしすせそたちつてとはひふへほはひふへほ",
                   "がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ", strict=True))


def _part_readings(kanjidic: dict[str, set[str]], char: str, *, head: bool) -> set[str]:
    """A kanji's readings as the first (``head``) or second part of a name: 一 いっ as the
    first (一平 いっぺい), 彦 ひこ or voiced ぴこ/びこ as the second (猪彦, 昭彦)."""
    out = set()
    for r in kanjidic.get(char, ()):
        out.add(r)
        if head and len(r) > 1 and r[-1] in "つくちき":
            out.add(r[:-1] + "っ")
        if not head and r[0] in _VOICED:
            out.add(_VOICED[r[0]] + r[1:])
            if r[0] in "はひふへほ":
                out.add("ぱぴぷぺぽ"["はひふへほ".index(r[0])] + r[1:])
    return out


def _people_givens(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The two-kanji given names of JMnedict's people, as rows of given names: each full
    name of three or four kanji (kind ``person``) whose first one or two kanji are a
    family name JMnedict lists with exactly one reading that begins the full reading,
    split after it (牧野成貞 まきの + なりさだ: 成貞 なりさだ). These count people's
    names, listed or not, beside JMnedict's entries of given names: a name borne by people
    of history (成貞) is seldom listed as a given name too.

    >>> rows = [("牧野", "まきの", "jmnedict", "surname"),
    ...         ("牧野成貞", "まきのなりさだ", "jmnedict", "person")]
    >>> _people_givens(rows)
    [('成貞', 'なりさだ', 'jmnedict', 'given')]
    """
    surnames: dict[str, set[str]] = {}
    people: list[tuple[str, str]] = []
    for written, kana, source, kinds in rows:
        if source != "jmnedict":
            continue
        if "surname" in kinds and "surname" in kinds.split(","):
            surnames.setdefault(written, set()).add(kana)
        if (3 <= len(written) <= 4 and "person" in kinds and "person" in kinds.split(",")
                and all("\u4e00" <= ch <= "\u9fff" for ch in written)):
            people.append((written, kana))
    found: set[tuple[str, str]] = set()
    for written, kana in people:
        family = [r for r in surnames.get(written[:-2], ())
                  if kana.startswith(r) and len(kana) > len(r)]
        if len(family) == 1:
            found.add((written[-2:], kana[len(family[0]):]))
    return [(given, kana, "jmnedict", "given") for given, kana in sorted(found)]


def _given_class_counts(rows: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], int]:
    """How JMnedict's two-kanji given names read each kanji first and second, counted
    apart for each class of name: its sex (``m`` masculine, ``f`` feminine, ``u`` either or
    unsaid) and whether each half is read the Chinese way (``o``: an on reading of
    KANJIDIC2), the Japanese way (``k``: a kun or name reading) or either (``x``). Keys
    ((mark + "0" or "1" + kanji, class + ":" + reading), count) and ((size mark, class),
    names of the class).

    ``rows`` are (written, hiragana reading, source, kinds), KANJIDIC2's among them, and
    the given names of JMnedict's people (:func:`_people_givens`) as given names of
    either sex. A name whose reading splits over its kanji in exactly one way (as
    :func:`_name_part_counts` splits them) counts once for each sex it is listed as. Read
    together, the classes say which halves go together: 胤 begins men's names read たね,
    and 重 ends men's names read しげ where it ends women's read え (八重, 千重), so 胤重
    is たねしげ.
    """
    def sex(kinds: str) -> str | None:
        if not _given_kinds(kinds):
            return None
        kind_set = set(kinds.split(","))
        return ("m" if "masc" in kind_set and "fem" not in kind_set else
                "f" if "fem" in kind_set and "masc" not in kind_set else "u")

    return _class_counts(rows, sex, (_GIVEN_CLASS, _GIVEN_CLASS_SIZE))


def _place_class_counts(rows: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], int]:
    """How JMnedict's two-kanji places read each kanji first and second, counted apart
    for each class of place: whether each half is read on (``o``), kun (``k``) or either
    (``x``), as :func:`_given_class_counts` counts given names (the class is ``p`` and the
    two marks: ``pkk`` for 竹館 たけだて). Keys as there, under the place marks."""
    return _class_counts(rows, lambda kinds: "p" if _place_kinds(kinds) else None,
                         (_PLACE_CLASS, _PLACE_CLASS_SIZE))


def _class_counts(rows: list[tuple[str, str, str, str]], prefix: Callable[[str], str | None],
                  marks: tuple[str, str]) -> dict[tuple[str, str], int]:
    """The class counts of :func:`_given_class_counts` for the two-kanji JMnedict names
    whose kinds ``prefix`` gives a class prefix (None: not counted)."""
    on: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    names: set[tuple[str, str, str]] = set()
    prefixes: dict[str, str | None] = {}  # (a few hundred distinct kinds strings)
    for written, kana, source, kinds in rows:
        if source == "kanjidic":
            stem = kana.strip("-").split(".")[0] if kinds == "ja_kun" else kana
            if stem:
                (on if kinds == "ja_on" else other).setdefault(written[1:], set()).add(stem)
        elif (len(written) == 2 and source == "jmnedict"
              and "\u4e00" <= written[0] <= "\u9fff" and "\u4e00" <= written[1] <= "\u9fff"):
            if kinds not in prefixes:
                prefixes[kinds] = prefix(kinds)
            first = prefixes[kinds]
            if first is not None:
                names.add((written, kana, first))
    forms: dict[tuple[str, bool], dict[str, str]] = {}

    def typed(char: str, head: bool) -> dict[str, str]:
        found = forms.get((char, head))
        if found is None:
            found = {}
            for mark, table in (("o", on), ("k", other)):
                for r in _part_readings({char: table.get(char, set())}, char, head=head):
                    found[r] = mark if found.get(r, mark) == mark else "x"
            forms[(char, head)] = found
        return found

    counts: dict[tuple[str, str], int] = {}
    for written, kana, first in sorted(names):
        heads, tails = typed(written[0], True), typed(written[1], False)
        splits = [(a, kana[len(a):]) for a in heads
                  if kana.startswith(a) and kana[len(a):] in tails]
        if len(splits) != 1:
            continue
        head, tail = splits[0]
        kind = first + heads[head] + tails[tail]
        for key in ((marks[0] + "0" + written[0], f"{kind}:{head}"),
                    (marks[0] + "1" + written[1], f"{kind}:{tail}"),
                    (marks[1], kind)):
            counts[key] = counts.get(key, 0) + 1
    return counts


def _name_part_counts(rows: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], int]:
    """How often each kanji is read each way as the first and as the second half of
    JMnedict's two-kanji given names: ((mark + kanji, reading), count).

    ``rows`` are (written, hiragana reading, source, kinds), KANJIDIC2's among them. Each
    given name whose reading splits over its two kanji in exactly one way (by KANJIDIC2's
    readings, name readings and their voiced forms) counts once for each half: 喬 begins
    たか in many names (喬之, 喬史), 裕 ends ひろ in many (康裕, 正裕), so 喬裕, which no
    dictionary lists, is read たかひろ rather than 喬 たかし + 裕 ひろし.
    """
    return _two_kanji_part_counts(rows, _given_kinds, (_HEAD_COUNT, _TAIL_COUNT))


def _place_part_counts(rows: list[tuple[str, str, str, str]]) -> dict[tuple[str, str], int]:
    """How often each kanji is read each way as the first and as the second half of
    JMnedict's two-kanji places, as :func:`_name_part_counts` counts given names: 竹
    begins たけ in 80 places and ちく in 4, 吉 ends よし in 67 and きち in none, so a
    village 竹館 or 物吉 no dictionary lists is read たけだて, ものよし.
    """
    return _two_kanji_part_counts(rows, _place_kinds, (_PLACE_HEAD, _PLACE_TAIL))


@cache
def _place_kinds(kinds: str) -> bool:
    """Whether JMnedict's ``kinds`` (comma-separated) make a name a place's.

    >>> _place_kinds("place,surname"), _place_kinds("surname")
    (True, False)
    """
    return "place" in kinds.split(",")


def _two_kanji_part_counts(rows: list[tuple[str, str, str, str]],
                           kind: Callable[[str], bool], marks: tuple[str, str]
                           ) -> dict[tuple[str, str], int]:
    """((mark + kanji, reading), count) for the first (``marks[0]``) and second kanji
    (``marks[1]``) of JMnedict's two-kanji names of a ``kind`` whose reading splits over
    their two kanji in exactly one way."""
    kanjidic: dict[str, set[str]] = {}
    givens: set[tuple[str, str]] = set()
    for written, kana, source, kinds in rows:
        if source == "kanjidic":
            stem = kana.strip("-").split(".")[0] if kinds == "ja_kun" else kana
            if stem:
                kanjidic.setdefault(written[1:], set()).add(stem)
        elif (source == "jmnedict" and len(written) == 2 and kind(kinds)
              and all("\u4e00" <= ch <= "\u9fff" for ch in written)):
            givens.add((written, kana))
    counts: dict[tuple[str, str], int] = {}
    parts: dict[tuple[str, bool], set[str]] = {}  # each kanji's readings worked out once

    def part_readings(char: str, head: bool) -> set[str]:
        found = parts.get((char, head))
        if found is None:
            found = parts[(char, head)] = _part_readings(kanjidic, char, head=head)
        return found

    for written, kana in sorted(givens):
        tails = part_readings(written[1], False)
        splits = {(a, kana[len(a):]) for a in part_readings(written[0], True)
                  if kana.startswith(a) and kana[len(a):] in tails}
        if len(splits) == 1:
            head, tail = splits.pop()
            for key in ((marks[0] + written[0], head), (marks[1] + written[1], tail)):
                counts[key] = counts.get(key, 0) + 1
    return counts


class ReadingIndex:
    """Written form → readings, from JMdict and JMnedict, in a memory-mapped trie."""

    _default: ClassVar[ReadingIndex | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, trie: Any) -> None:
        self._trie = trie
        self._cache: dict[str, tuple[IndexedReading, ...]] = {}

    @classmethod
    def default(cls) -> ReadingIndex:
        """The index in the user's cache directory, built there on first use (loaded once)."""
        with cls._lock:
            if cls._default is None:
                cls._default = cls.load()
            return cls._default

    @classmethod
    def load(cls, cache_dir: str | Path | None = None) -> ReadingIndex:
        """Open the index file in ``cache_dir`` (default: the user cache), building it if needed.

        Each layout and data version has its own file name (``readings-f9-1.1.2.marisa``),
        so several installed jpterms versions can share one cache directory: files built
        by other versions are left alone (never deleted here, or two versions would delete
        and rebuild each other's index in turn). Files no installed version uses can be
        removed by hand.
        """
        import marisa_trie

        folder = Path(cache_dir) if cache_dir is not None else user_cache_folder()
        path = cls.path(folder)
        saved = open_saved_trie(path, marisa_trie.BytesTrie, shipped=cache_dir is None)
        if saved is not None:
            return cls(saved)
        with paused_gc():
            trie = marisa_trie.BytesTrie(_records(database()))
        save_trie(trie, path)  # a read-only cache folder: the index stays in memory only
        return cls(trie)

    @staticmethod
    def path(folder: Path) -> Path:
        """The index file in ``folder`` for this layout and data version."""
        return folder / f"readings-{_fingerprint()}.marisa"

    def __contains__(self, written: object) -> bool:
        return isinstance(written, str) and _KEY_END not in written and written in self._trie

    def readings(self, written: str) -> tuple[IndexedReading, ...]:
        """Every reading of ``written``: JMdict's (common ones first), then JMnedict's."""
        hit = self._cache.get(written)
        if hit is not None:
            return hit
        raws = self._values(written)
        if not raws:  # (most words asked about are none: nothing to merge or sort)
            if len(self._cache) < 200_000:
                self._cache[written] = ()
            return ()
        if written.startswith(_KANJI):  # a kanji's readings in KANJIDIC2's order
            raws = sorted(raws, key=_kanjidic_rank)
        merged: dict[tuple[str, str], IndexedReading] = {}
        for raw in raws:
            kana, source, common, kinds = raw.decode("utf-8").split(_SEP)[:4]
            key = (kana, source if source != "kanjidic" else kinds)
            have = merged.get(key)
            kind_set = frozenset(k for k in kinds.split(",") if k)
            if have is None:
                merged[key] = IndexedReading(kana, source, bool(common), kind_set)
            else:
                merged[key] = IndexedReading(kana, source, have.common or bool(common),
                                             have.kinds | kind_set)
        found = tuple(sorted(merged.values(),
                             key=lambda r: (r.source != "jmdict", not r.common)))
        if len(self._cache) < 200_000:
            self._cache[written] = found
        return found

    def name_counts(self, written: str, *, family: bool = False) -> dict[str, int]:
        """How many of JMnedict's people have ``written`` as their given name (or, with
        ``family``, as their family name), per reading (see :func:`_name_counts`).

        >>> index = ReadingIndex.default()
        >>> index.name_counts("正")["ただし"] > index.name_counts("正")["しょう"]
        True
        >>> max(index.name_counts("小倉", family=True).items(), key=lambda kv: kv[1])[0]
        'おぐら'
        """
        return self._counts((_FAMILY_COUNT if family else _GIVEN_COUNT) + written)

    def name_part_counts(self, char: str, *, head: bool) -> dict[str, int]:
        """How many of JMnedict's two-kanji given names begin (``head``) or end with
        ``char`` read each way (see :func:`_name_part_counts`).

        >>> counts = ReadingIndex.default().name_part_counts("喬", head=True)
        >>> max(counts, key=lambda r: counts[r])
        'たか'
        """
        return self._counts((_HEAD_COUNT if head else _TAIL_COUNT) + char)

    def given_class_counts(self, char: str, *, head: bool) -> dict[str, dict[str, int]]:
        """For each class of JMnedict's two-kanji given names (see
        :func:`_given_class_counts`: sex and on/kun of each half), how many begin
        (``head``) or end with ``char`` read each way: {class: {reading: count}}.

        >>> counts = ReadingIndex.default().given_class_counts("重", head=False)
        >>> men, women = counts["mkk"], counts["fkk"]
        >>> max(men, key=lambda r: men[r]), max(women, key=lambda r: women[r])
        ('しげ', 'え')
        """
        return self._class_counts(_GIVEN_CLASS + ("0" if head else "1") + char)

    def given_class_sizes(self) -> dict[str, int]:
        """How many two-kanji given names each class has (see :meth:`given_class_counts`)."""
        return self._counts(_GIVEN_CLASS_SIZE)

    def place_class_counts(self, char: str, *, head: bool) -> dict[str, dict[str, int]]:
        """For each class of JMnedict's two-kanji places (see :func:`_place_class_counts`),
        how many begin (``head``) or end with ``char`` read each way.

        >>> counts = ReadingIndex.default().place_class_counts("竹", head=True)
        >>> max(counts["pkk"], key=lambda r: counts["pkk"][r])
        'たけ'
        """
        return self._class_counts(_PLACE_CLASS + ("0" if head else "1") + char)

    def place_class_sizes(self) -> dict[str, int]:
        """How many two-kanji places each class has (see :meth:`place_class_counts`)."""
        return self._counts(_PLACE_CLASS_SIZE)

    def _class_counts(self, key: str) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {}
        for value, n in self._counts(key).items():
            kind, _, reading = value.partition(":")
            found.setdefault(kind, {})[reading] = n
        return found

    def place_part_counts(self, char: str, *, head: bool) -> dict[str, int]:
        """How many of JMnedict's two-kanji places begin (``head``) or end with ``char``
        read each way (see :func:`_place_part_counts`).

        >>> counts = ReadingIndex.default().place_part_counts("竹", head=True)
        >>> max(counts, key=lambda r: counts[r])
        'たけ'
        """
        return self._counts((_PLACE_HEAD if head else _PLACE_TAIL) + char)

    def three_kanji_counts(self, char: str, place: int) -> dict[str, int]:
        """How many of JMnedict's given names of three kanji read in three morae have
        ``char`` at ``place`` (0, 1 or 2) read each way (see :func:`_three_kanji_counts`).

        >>> counts = ReadingIndex.default().three_kanji_counts("安", 0)
        >>> max(counts, key=lambda r: counts[r])
        'あ'
        """
        return self._counts(f"{_PLACE_COUNT}{place}{char}")

    def three_morae_share(self, char: str) -> tuple[int, int]:
        """How many of JMnedict's given names of three kanji that end with ``char`` are
        read in three morae, and how many there are (see :func:`_three_kanji_counts`).

        >>> index = ReadingIndex.default()
        >>> three, names = index.three_morae_share("子")
        >>> three / names > 0.8, index.three_morae_share("郎")[0] < 100
        (True, True)
        """
        counts = self._counts(_LAST_COUNT + char)
        return counts.get("3", 0), counts.get("*", 0)

    def _values(self, key: str) -> list[bytes]:
        """The trie's records of ``key``; none for a text with :data:`_KEY_END` in it,
        which is no key (asking would read into another record)."""
        return self._trie.get(key, []) if _KEY_END not in key else []

    def _counts(self, key: str) -> dict[str, int]:
        """The counts per reading the trie keeps under ``key`` (kana, a separator, n)."""
        counts: dict[str, int] = {}
        for raw in self._values(key):
            kana, n = raw.decode("utf-8").split(_SEP)
            counts[kana] = int(n)
        return counts

    def loanword(self, katakana: str) -> str:
        """The one English word JMdict or JMnedict glosses the katakana word ``katakana``
        with that sounds like it, or "" (see :func:`_loanword_records`): such a loanword
        is one word in English, and so in romaji.

        >>> index = ReadingIndex.default()
        >>> index.loanword("パラメタ"), index.loanword("クリンゴン"), index.loanword("ファイルシステム")
        ('parameter', 'Klingon', '')
        """
        found = self._values(_LOANWORD + katakana)
        return found[0].decode("utf-8") if found else ""

    def kanji(self, char: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:

        """KANJIDIC2's readings of one kanji, in hiragana: (on, kun, name readings); the
        on and the kun readings in KANJIDIC2's order, the commoner first.

        >>> ReadingIndex.default().kanji("霊")[0]
        ('れい', 'りょう')
        """
        on: list[str] = []
        kun: list[str] = []
        nanori: list[str] = []
        for r in self.readings(_KANJI + char):
            kind = next(iter(r.kinds), "")
            (on if kind == "ja_on" else kun if kind == "ja_kun" else nanori).append(r.reading)
        return tuple(on), tuple(kun), tuple(nanori)

    @property
    def old_forms(self) -> dict[int, str]:
        """Old kanji forms to the modern forms the dictionaries know
        (:func:`jpterms.old_forms.old_forms`: a table shipped with the package)."""
        from jpterms.old_forms import old_forms

        return old_forms()

    def beginning(self, text: str) -> list[str]:
        """The written forms the index knows that begin with ``text`` (``text`` itself too).

        >>> "京極高次" in ReadingIndex.default().beginning("京極高")
        True
        """
        if _KEY_END in text:
            return []
        return list(dict.fromkeys(self._trie.iterkeys(text)))  # a key per value: each once

    def has_beginning(self, text: str) -> bool:
        """Whether a written form the index knows begins with ``text``.

        >>> index = ReadingIndex.default()
        >>> index.has_beginning("京極高"), index.has_beginning("京極高次x")
        (True, False)
        """
        return _KEY_END not in text and next(self._trie.iterkeys(text), None) is not None

    def prefixes(self, text: str) -> list[str]:
        """The written forms the index knows that begin ``text``, shortest first."""
        return sorted(self._trie.prefixes(text.partition(_KEY_END)[0]), key=len)
