"""Parse romanised Japanese into syllables and tell which system wrote it.

:func:`parse_word` reads one word written in modified or traditional Hepburn,
Kunrei-shiki, Nihon-shiki, wāpuro or passport style, and returns its
syllables, or ``None`` when the word is not romaji at all (``nit``,
``Westland``). Each :class:`Syllable` knows its kana, whether it was written
long, and which systems spell it that way, so the checker can say "``si`` is
Kunrei-shiki; Hepburn writes ``shi``".

>>> [s.text for s in parse_word("Kyōgi")]
['kyō', 'gi']
>>> "hepburn" in word_systems(parse_word("Sinbun")), to_hepburn(parse_word("Sinbun"))
(False, 'shinbun')
>>> parse_word("nit") is None, parse_word("tch") is None
(True, True)
>>> kana_of(parse_word("Hamondo")), kana_of(parse_word("ririisu"))
('ハモンド', 'リリイス')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from jpterms.kana import MACRON, kana_table, normalize_romaji, strip_macrons

#: Systems a syllable can belong to (traditional and passport share Hepburn's syllables).
ALL_SYSTEMS = frozenset({"hepburn", "kunrei", "nihon", "wapuro"})
_LONG_LETTERS = {m: v for v, m in MACRON.items()}


@dataclass(frozen=True, slots=True)
class Syllable:
    """One written syllable (a mora, or a long syllable such as ``kyō``)."""

    text: str  #: as written, lower case, macrons composed
    kana: str  #: katakana read the Hepburn way (``ti`` is ティ); ー for a written long vowel
    vowel: str  #: its vowel, or "" for ン and ッ
    long: bool  #: written long (macron or circumflex)
    systems: frozenset[str]  #: the systems that spell it this way
    hepburn: str  #: modified Hepburn spelling (``si`` -> ``shi``)
    kunrei_kana: str = ""  #: the kana a Kunrei-shiki reader means, where it differs


@cache
def _inverse() -> dict[str, tuple[str, str, frozenset[str], str]]:
    """romaji -> (Hepburn kana, Kunrei kana, systems, Hepburn spelling)."""
    table = kana_table()
    spellings: dict[str, dict[str, str]] = {}
    for kana, columns in table.items():
        if kana[0] in "ァィゥェォャュョヮヵヶ":
            continue  # small kana on their own are not written syllables
        for system, romaji in columns.items():
            spellings.setdefault(romaji, {}).setdefault(system, kana)
    inverse: dict[str, tuple[str, str, frozenset[str], str]] = {}
    for romaji, by_system in spellings.items():
        hep = by_system.get("hepburn")
        kun = by_system.get("kunrei") or by_system.get("nihon")
        if hep and kun and hep != kun and len(hep) > 1 and hep[1] in "ァィゥェォ":
            # ti, di, tu, si, zi, hu: Kunrei-shiki for a native syllable, or Hepburn
            # for a loanword digraph (ティ). Tagged "loan" so callers can tell.
            systems = frozenset(s for s in by_system if s != "hepburn") | {"loan"}
            inverse[romaji] = (hep, kun, systems, table[kun]["hepburn"])
            continue
        hep_kana = by_system.get("hepburn") or by_system.get("wapuro") or next(iter(by_system.values()))
        kun_kana = by_system.get("kunrei") or by_system.get("nihon") or hep_kana
        hepburn = table[kun_kana]["hepburn"] if "hepburn" not in by_system else romaji
        inverse[romaji] = (hep_kana, kun_kana, frozenset(by_system), hepburn)
    inverse["wo"] = ("ヲ", "ヲ", frozenset({"nihon", "wapuro", "hepburn"}), "o")
    return inverse


@cache
def _sizes() -> dict[str, tuple[int, ...]]:
    """For each letter, the lengths of the table's keys that begin with it, longest first:
    the only lengths :func:`_syllables` need try at that letter."""
    sizes: dict[str, set[int]] = {}
    for key in _inverse():
        sizes.setdefault(key[0], set()).add(len(key))
    return {letter: tuple(sorted(found, reverse=True)) for letter, found in sizes.items()}


_CONSONANTS = set("bcdfghjklmnprstvwyz")


@cache
def _finals() -> frozenset[str]:
    """Every letter a romanised word can end in: the last letter of a syllable, syllabic
    n, and the h of passport "oh" (ン written m, and ッ, never end one)."""
    return frozenset(k[-1] for k in _inverse()) | {"n", "h"}


@lru_cache(maxsize=100_000)
def parse_word(word: str) -> tuple[Syllable, ...] | None:
    """The syllables of one romanised word, or ``None`` if it is not romaji."""
    last = word[-1:]
    if last.isascii() and last.isalpha() and last.lower() not in _finals():
        return None  # most English words (and, of, is): no syllable ends so
    return _syllables(word)


def _syllables(word: str) -> tuple[Syllable, ...] | None:
    """:func:`parse_word` without its first test (the letter a word ends in)."""
    text = normalize_romaji(word).lower().replace("-", "").replace("'", "'")
    if not text or not text.replace("'", "").isalpha():
        return None
    plain = strip_macrons(text)
    inverse = _inverse()
    sizes = _sizes()
    out: list[Syllable] = []
    i, n = 0, len(plain)
    while i < n:
        ch = plain[i]
        if ch == "'":
            i += 1
            continue
        nxt = plain[i + 1] if i + 1 < n else ""
        # syllabic n: before a consonant other than y, before ' or at the end;
        # m before b, m, p (traditional Hepburn)
        if (ch == "n" and (nxt == "" or nxt == "'" or (nxt in _CONSONANTS and nxt != "y"))) or \
                (ch == "m" and nxt in ("b", "m", "p")):
            if ch == "n" and nxt == "n" and i + 2 < n and plain[i + 2] not in "aiueoy":
                i += 1  # wāpuro "nn" before a consonant
            out.append(_mora(text[i], "ン", "n"))
            i += 1
            continue
        # double consonant (and tch) -> sokuon
        if ch in _CONSONANTS and ch != "n" and (nxt == ch or (ch == "t" and plain[i + 1 : i + 3] == "ch")):
            out.append(_mora(text[i], "ッ", "t" if nxt == "c" else ch))
            i += 1
            continue
        # passport "oh" for a long o
        if ch == "h" and out and out[-1].vowel == "o" and not out[-1].long and \
                (nxt == "" or (nxt in _CONSONANTS and nxt != "y")):
            prev = out[-1]
            out[-1] = Syllable(prev.text + "h", prev.kana + "ー", "o", True, frozenset({"hepburn"}),
                               prev.hepburn[:-1] + "ō", prev.kunrei_kana)
            i += 1
            continue
        for size in sizes.get(ch, ()):  # the longest key that matches (no other can)
            piece = plain[i : i + size]
            if size > n - i or piece not in inverse:
                continue
            out.append(_syllable(piece, text[i : i + size]))
            i += size
            break
        else:
            return None
    if not out or all(s.kana in ("ン", "ッ") for s in out) or out[-1].kana == "ッ":
        return None
    return tuple(out)


@cache  # a few hundred syllables: each made once, and shared (a Syllable is immutable)
def _syllable(piece: str, written: str) -> Syllable:
    """The syllable of the table's key ``piece`` (no macrons) as ``written``."""
    hep_kana, kun_kana, systems, hepburn = _inverse()[piece]
    long = written[-1] in _LONG_LETTERS or written[-1] in "âîûêô"
    vowel = piece[-1] if piece[-1] in "aiueo" else ""
    kana = hep_kana + ("ー" if long else "")
    if long:
        hepburn = hepburn[:-1] + MACRON[vowel]
    return Syllable(written, kana, vowel, long, systems, hepburn,
                    kun_kana + ("ー" if long else "") if kun_kana != hep_kana else "")


@cache
def _mora(written: str, kana: str, hepburn: str) -> Syllable:
    """ン or ッ as written (n, m, or the doubled consonant)."""
    return Syllable(written, kana, "", False, ALL_SYSTEMS, hepburn)


def word_systems(syllables: tuple[Syllable, ...] | None) -> frozenset[str]:
    """The systems that could have written every syllable of the word."""
    if not syllables:
        return frozenset()
    systems = ALL_SYSTEMS
    for s in syllables:
        systems = systems & s.systems
    return systems


def kana_of(syllables: tuple[Syllable, ...] | None, *, kunrei: bool = False) -> str:
    """The katakana the syllables spell (``kunrei=True``: as a Kunrei-shiki reader reads them)."""
    if not syllables:
        return ""
    if kunrei:
        return "".join(s.kunrei_kana or s.kana for s in syllables)
    return "".join(s.kana for s in syllables)


def to_hepburn(syllables: tuple[Syllable, ...] | None) -> str:
    """The modified Hepburn spelling of parsed syllables (``n'`` where needed)."""
    if not syllables:
        return ""
    out = ""
    for i, s in enumerate(syllables):
        spelling = s.hepburn
        if s.kana == "ッ":
            nxt = syllables[i + 1].hepburn if i + 1 < len(syllables) else ""
            spelling = "t" if nxt.startswith("ch") else nxt[:1]
        if out.endswith("n") and syllables[i - 1].kana == "ン" and spelling[:1] in "aiueoy":
            out += "'"
        out += spelling
    return out


def is_romaji(word: str) -> bool:
    """True if ``word`` parses as romanised Japanese in some system.

    >>> is_romaji("Nichiei"), is_romaji("Westland"), is_romaji("the")
    (True, False, False)
    """
    return parse_word(word) is not None
