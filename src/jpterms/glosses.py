"""English for a lookup result as the reading it was found by.

A word's English is the senses JMdict gives for that written form *read that way* (原
read はら is "field; plain", not 原 read げん "original"). A person's name is glossed as
a name: JMnedict's own gloss where JMnedict lists that spelling with that reading, else
the name's Hepburn and what part of a name it is. A name is never translated kanji by
kanji ("Okada full moon") and never given another reading's romanisation ("Ooshita
Giyuu" for 山田義雄 read やまだよしお).

>>> word_glosses("原", "はら")[:2]
('field', 'plain')
>>> person_gloss("夏目漱石", "なつめそうせき")
'Natsume Sōseki (1867-1916)'
>>> name_part("岡田", "おかだ", "surname")
'Okada (surname)'
"""

from __future__ import annotations

import re
from functools import lru_cache

from jpterms.dictionaries import jamdict_rows, jmnedict_glosses
from jpterms.kana import kana_to_romaji, to_hiragana, to_katakana
from jpterms.lexicon import romaji_key

__all__ = ["FAMILY_NAME", "NAME_ROLES", "ROLE_ORDER", "describes_person", "in_hepburn",
           "kana_given_name", "name_part", "name_types", "person_dates", "person_gloss",
           "reads_as", "word_glosses", "work_gloss"]

#: How the glossary marks a family name it cut from a person's row (一川 of 一川保夫:
#: "Yasuo Ichikawa (family name)"): the surname, not that person.
FAMILY_NAME = "(family name)"
#: What each part of a person's name is called in a gloss, by the lexicon's kinds and
#: JMnedict's types.
NAME_ROLES = {"surname": "surname", "given": "given name", "fem": "given name",
              "masc": "given name", "person": "name", "name": "name", "unclass": "name",
              "place": "place", "station": "place", "company": "company",
              "organization": "organization", "publisher": "publisher"}
_ONE_WORD = frozenset({"surname", "given", "fem", "masc"})
#: JMnedict's types in the order a gloss names one (a surname before a place).
ROLE_ORDER = ("surname", "given", "masc", "fem", "person", "unclass", "place", "station",
              "company", "organization")

_JMDICT = (
    "SELECT s.ID, g.text, r.text FROM Kanji k JOIN Kana r ON r.idseq = k.idseq "
    "JOIN Sense s ON s.idseq = k.idseq JOIN SenseGloss g ON g.sid = s.ID "
    "WHERE k.text = ? ORDER BY k.idseq, s.ID"
)
_JMDICT_KANA = (
    "SELECT s.ID, g.text, r.text FROM Kana r JOIN Sense s ON s.idseq = r.idseq "
    "JOIN SenseGloss g ON g.sid = s.ID WHERE r.text = ? ORDER BY r.idseq, s.ID"
)
_STAGR = "SELECT sid, text FROM stagr WHERE sid IN ({})"
_JMNEDICT = (
    "SELECT t.ID, g.text, r.text, y.text FROM NEKanji k JOIN NEKana r ON r.idseq = k.idseq "
    "JOIN NETranslation t ON t.idseq = k.idseq JOIN NETransGloss g ON g.tid = t.ID "
    "LEFT JOIN NETransType y ON y.tid = t.ID WHERE k.text = ? ORDER BY k.idseq, t.ID"
)
_JMNEDICT_TYPES = (
    "SELECT DISTINCT y.text FROM NEKanji k JOIN NEKana r ON r.idseq = k.idseq "
    "JOIN NETranslation t ON t.idseq = k.idseq JOIN NETransType y ON y.tid = t.ID "
    "WHERE k.text = ? AND r.text IN (?, ?)"
)

_JMNEDICT_KANA_TYPES = (
    "SELECT DISTINCT y.text FROM NEKana k JOIN NETranslation t ON t.idseq = k.idseq "
    "JOIN NETransType y ON y.tid = t.ID WHERE k.text = ? AND NOT EXISTS "
    "(SELECT 1 FROM NEKanji j WHERE j.idseq = k.idseq)"
)
_GIVEN_TYPES = frozenset({"given", "fem", "masc"})


def _is_kana(text: str) -> bool:
    return all("\u3041" <= ch <= "\u30ff" for ch in text)


@lru_cache(maxsize=50_000)
def word_glosses(written: str, kana: str) -> tuple[str, ...]:
    """JMdict's English for ``written`` read ``kana`` (hiragana): the senses of the entries
    that have both, without the senses JMdict restricts to another reading; at most 3.

    >>> word_glosses("氏", "し")[:1], word_glosses("日本", "にっぽん")[:1]
    (('Mr',), ('Japan',))
    """
    if not written or not kana:
        return ()
    rows = jamdict_rows(_JMDICT_KANA if _is_kana(written) else _JMDICT, (written,))
    rows = [row for row in rows if to_hiragana(row[2]) == kana]
    if not rows:
        return ()
    senses = sorted({int(row[0]) for row in rows})
    restricted: dict[int, set[str]] = {}
    marks = ",".join("?" * len(senses))
    for sid, reading in jamdict_rows(_STAGR.format(marks), tuple(str(s) for s in senses)):
        restricted.setdefault(int(sid), set()).add(to_hiragana(reading))
    out: list[str] = []
    for sid, gloss, _ in rows:
        allowed = restricted.get(int(sid))
        if (allowed is None or kana in allowed) and gloss not in out:
            out.append(gloss)
        if len(out) == 3:
            break
    return tuple(out)


def _head(gloss: str) -> str:
    """A JMnedict gloss without its notes: "Iwanami Shoten, Publishers (publisher)" ->
    "Iwanami Shoten"."""
    return gloss.split("(", 1)[0].split(",", 1)[0].strip()


def in_hepburn(gloss: str, kana: str, romaji: str = "") -> str:
    """A JMnedict gloss that romanises ``kana`` (JMnedict writes *ou*, *oo*) in modified
    Hepburn, its notes kept: ``romaji`` (the romaniser's Hepburn of the name, which knows
    井上 is Inoue, not Inōe) where it spells the same letters, else the Hepburn of the
    kana divided and capitalised as JMnedict divides it.

    >>> in_hepburn("Natsume Souseki (1867-1916)", "なつめそうせき")
    'Natsume Sōseki (1867-1916)'
    >>> in_hepburn("Iwanami Shoten, Publishers (publisher)", "いわなみしょてん")
    'Iwanami Shoten (publisher)'
    >>> in_hepburn("Inoue Hiroshi (1922.3.4-1985.2.15)", "いのうえひろし"), in_hepburn(
    ...     "Inoue Hiroshi (1922.3.4-1985.2.15)", "いのうえひろし", "Inoue Hiroshi")
    ('Inōe Hiroshi (1922.3.4-1985.2.15)', 'Inoue Hiroshi (1922.3.4-1985.2.15)')
    """
    head = _head(gloss)
    notes = gloss[len(gloss.split("(", 1)[0]):].strip() if "(" in gloss else ""
    if romaji and romaji_key("".join(romaji.split())) == romaji_key("".join(head.split())):
        named = " ".join(w[:1].upper() + w[1:] for w in romaji.split())
        return named + (f" {notes}" if notes else "")
    words = head.split()
    out: list[str] = []
    rest = kana
    for n, word in enumerate(words):
        key = romaji_key(word)
        cut = len(rest) if n == len(words) - 1 else max(
            (i for i in range(1, len(rest)) if romaji_key(kana_to_romaji(rest[:i])) == key),
            default=0)  # the longest: こうぼう, not こうぼ, is Kōbō
        if not cut or romaji_key(kana_to_romaji(rest[:cut])) != key:
            return gloss
        romaji = kana_to_romaji(rest[:cut]).replace(" ", "")
        out.append(romaji[:1].upper() + romaji[1:] if word[:1].isupper() else romaji)
        rest = rest[cut:]
    return " ".join(out) + (f" {notes}" if notes else "")


def reads_as(gloss: str, kana: str) -> bool:
    """Whether a JMnedict gloss is the romanisation of ``kana`` (its notes in brackets
    aside): "Yamada Yoshio (1873-1958)" reads やまだよしお, "Ooshita Giyuu" does not.

    >>> reads_as("Yamada Yoshio (1873.5.10-1958.11.20)", "やまだよしお")
    True
    >>> reads_as("Ooshita Giyuu", "やまだよしお"), reads_as("Western Zhou dynasty", "にしあまね")
    (False, False)
    """
    key = romaji_key(_head(gloss))
    return bool(key) and key == romaji_key(kana_to_romaji(kana))


@lru_cache(maxsize=50_000)
def _jmnedict(written: str, kana: str) -> tuple[tuple[str, str], ...]:
    """(gloss, type) of JMnedict's entries spelled ``written`` and read ``kana``."""
    rows = jamdict_rows(_JMNEDICT, (written,)) if written and not _is_kana(written) else []
    return tuple(dict.fromkeys((str(g), str(y)) for _, g, r, y in rows
                               if to_hiragana(r) == kana))


#: JMnedict's types of names whose gloss is a romanisation (a person, a place), not English.
_ROMANISED = frozenset({"surname", "given", "masc", "fem", "person", "unclass", "place",
                        "station", "None"})


def work_gloss(written: str, kana: str) -> str:
    """JMnedict's English for a work, a product or a body spelled ``written`` and read
    ``kana`` ("" where it has none).

    >>> work_gloss("人間失格", "にんげんしっかく")
    'No Longer Human (1948 novel by Osamu Dazai)'
    """
    return next((g for g, kind in _jmnedict(written, kana) if kind not in _ROMANISED), "")


def person_gloss(written: str, kana: str, romaji: str = "") -> str:
    """JMnedict's own gloss of the name ``written`` read ``kana``, where it is that
    reading's romanisation and names a person (a full name, or notes such as dates), in
    Hepburn (``romaji``: see :func:`in_hepburn`); "" where JMnedict has none (a bare
    surname's romanisation is no more than its Hepburn).

    >>> person_gloss("西周", "にしあまね"), person_gloss("西周", "せいしゅう")
    ('Nishi Amane (1829-1897)', '')
    >>> person_gloss("夏目漱石", "なつめそうせき")
    'Natsume Sōseki (1867-1916)'
    >>> person_gloss("弘法大師", "こうぼうだいし")
    'Kōbō Daishi'

    >>> person_gloss("佐藤", "さとう")
    ''
    """
    return next((in_hepburn(g, kana, romaji) for g in dict.fromkeys(
        g for g, _ in _jmnedict(written, kana))
                 if reads_as(g, kana) and ("(" in g or " " in _head(g))), "")


#: A person's dates in a JMnedict gloss: birth (year, month, day) and death, each part
#: optional after the year ("(1870.6.17-1945.6.7)", "(1956-)", "(1910-81)").
_DATES = re.compile(r"\((\d{3,4})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?-"
                    r"(?:(\d{2,4})(?:\.(\d{1,2}))?(?:\.(\d{1,2}))?)?\)")


def describes_person(written: str, kana: str) -> bool:
    """Whether JMnedict describes this person read ``kana`` (dates, a role), not only spells
    the name: 村上龍 read むらかみりゅう is "Murakami Ryuu (1952.2-)", while 村上隆 describes
    Murakami Takashi and only lists the reading りゅう.

    >>> describes_person("村上龍", "むらかみりゅう"), describes_person("村上隆", "むらかみりゅう")
    (True, False)
    """
    key = romaji_key(kana_to_romaji(kana))
    return any("(" in gloss and romaji_key(gloss.split("(", 1)[0]) == key
               for gloss in jmnedict_glosses(written))


@lru_cache(maxsize=50_000)
def person_dates(written: str, kana: str) -> tuple[int, int] | None:
    """How fully JMnedict dates the person ``written`` read ``kana``: (the parts of the
    birth and death dates it gives, the year of birth), None where JMnedict lists no
    such person, and (0, 0) where it gives no dates.

    >>> person_dates("西田幾多郎", "にしだきたろう"), person_dates("西田幾太郎", "にしだきたろう")
    ((6, 1870), (2, 1870))
    >>> person_dates("佐藤一斎", "さとういっさい"), person_dates("佐藤", "さとう")
    ((0, 0), None)
    """
    glosses = [g for g, kind in _jmnedict(written, kana) if kind == "person"]
    if not glosses:
        return None
    found = [_DATES.search(g) for g in glosses]
    return max(((sum(part is not None for part in m.groups()), int(m[1]))
                for m in found if m is not None), default=(0, 0))


@lru_cache(maxsize=50_000)
def name_types(written: str, kana: str) -> frozenset[str]:
    """JMnedict's types (surname, given, fem, masc, person, place, ...) of ``written``
    read ``kana``.

    >>> sorted(name_types("岡田", "おかだ"))[:2]
    ['place', 'surname']
    """
    if not written or not kana or _is_kana(written):
        return frozenset()
    rows = jamdict_rows(_JMNEDICT_TYPES, (written, kana, to_katakana(kana)))
    return frozenset(str(row[0]) for row in rows)


@lru_cache(maxsize=50_000)
def kana_given_name(kana: str) -> bool:
    """Whether JMnedict lists ``kana`` (hiragana) as a given name written in kana alone,
    as people write it (みどり, ちひろ, さとみ; not ふとし, which it lists only in kanji).

    >>> kana_given_name("ちひろ"), kana_given_name("ふとし")
    (True, False)
    """
    if not kana or not _is_kana(kana):
        return False
    rows = jamdict_rows(_JMNEDICT_KANA_TYPES, (to_hiragana(kana),))
    return not _GIVEN_TYPES.isdisjoint(str(row[0]) for row in rows)


def name_part(written: str, kana: str, role: str, romaji: str = "") -> str:
    """A name (or a part of a person's name) as a gloss: its Hepburn (``romaji``, else
    that of ``kana``) and what it is (``role``: keys of :data:`NAME_ROLES`, joined by
    "|" where it is several things).

    >>> name_part("遠野", "とおの", "surname|place")
    'Tōno (surname; place)'
    """
    romaji = romaji or kana_to_romaji(kana)
    if role in _ONE_WORD:  # a surname or a given name is one word: その子 is Sonoko
        romaji = "".join(romaji.split()).lower()
    romaji = " ".join(w[:1].upper() + w[1:] for w in romaji.split())
    labels = dict.fromkeys(NAME_ROLES.get(r, "name") for r in role.split("|"))
    return f"{romaji} ({'; '.join(labels)})"
