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

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from jpterms.kana import MACRON, kana_table, kana_to_romaji, normalize_romaji, strip_macrons

#: Systems a syllable can belong to (traditional and passport share Hepburn's syllables).
ALL_SYSTEMS = frozenset({"hepburn", "kunrei", "nihon", "wapuro"})
#: Written words that are particles (a query with one is a phrase, not a name).
PARTICLE_WORDS = frozenset({"no", "ni", "to", "de", "ga", "wa", "wo", "o", "e", "he", "mo", "ya"})
#: Forms of the verb する that Hepburn writes as words of their own (*Senryō suru me*,
#: *Shokumotsu to shite*), and their kana: a word read over one writes them so. (Not
#: *shita*, as often 下 or 舌.)
SURU_WORDS = {"suru": "する", "shite": "して", "shitara": "したら",
              "shinai": "しない", "shimasu": "します", "sareru": "される", "sareta": "された",
              "saseru": "させる", "serareru": "せられる", "sezu": "せず", "seyo": "せよ"}
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


#: A written word of a query, with the letters a word of romaji may hold.
_QUERY_WORD = re.compile(r"[A-Za-zāīūēōĀĪŪĒŌ']+")
#: A passport's h after a long u, as the rarer "uh" writes it (*Yuhko* 裕子, *Yuhki*):
#: before a consonant other than y, or at the end of the word.
_UH = re.compile(r"([uU])[hH](?![aiueoyAIUEOY])")
#: A word's end before a word that begins with a vowel (*kyuuyuuh e*: the h may be へ's).
_VOWEL_NEXT = re.compile(r"\s+[aiueoAIUEO]")
#: A passport's long o before a hyphen and a vowel (*Oh-oka* 大岡, *Koh-ichi* 浩一): the
#: hyphen parts the syllables, the h is the o's length.
_OH_HYPHEN = re.compile(r"([oO])[hH]-(?=[aiueoAIUEO])")
#: A passport's long o (oh before a consonant or at a word's end, *Satoh*, *Tohyoh*)...
_PASSPORT_LONG_O = re.compile(r"[oO][hH](?![aiueoyAIUEOY])")
#: ... which makes its oh before y a long o too (*Tohyoh* 東洋 とうよう, *Kohyoh* 浩陽): a
#: passport writes ひょ after o as hhy (投票 *Tohhyoh*), so o + hy is no reading of it.
_PASSPORT_OH_Y = re.compile(r"([oO])[hH](?=[yY])")
_KUNREI = frozenset({"kunrei", "nihon"})
#: Kunrei-shiki syllables that Hepburn also writes, for a loanword's kana (ティ, トゥ, テュ).
_LOAN_SYLLABLES = frozenset({"ti", "tu", "tyu"})


def _as_written(model: str, text: str) -> str:
    """``text`` (lower case) in the case ``model`` is written in (SATO, Sato, sato)."""
    if model.isupper() and len(model) > 1:
        return text.upper()
    return text[:1].upper() + text[1:] if model[:1].isupper() else text


def _long_u(word: str, vowel_next: bool) -> str | None:
    """``word`` with its passport "uh" written ū (*Yuhko*: *Yūko*), where only that parses;
    None if not. Not the h at the end of a word before one that begins with a vowel: the
    look-up's parser reads it as the first letter of that word (*kyuuyuuh e*: へ)."""
    if not _UH.search(word) or (vowel_next and word[-1] in "hH"):
        return None
    marked = _UH.sub(lambda m: "ū" if m[1] == "u" else "Ū", word)
    return marked if parse_word(marked) is not None else None


def _kunrei_as_hepburn(word: str, syllables: tuple[Syllable, ...],
                       loanword: Callable[[str], bool]) -> str | None:
    """``word`` in Hepburn where Kunrei-shiki or Nihon-shiki wrote it, else None: a word no
    Hepburn writes (*Syozo*, *Kohu*: si, zi, hu, sy-, zy-), or one whose syllables a Kunrei
    reader reads otherwise (*Ryotyu*: チュ, where Hepburn's tyu is a loanword's テュ). A
    word whose only such syllables may be a loanword's (ti, tu, tyu) stays as written where
    ``loanword`` says its Hepburn kana are one (*Sekyuriti* セキュリティ, *Pati* パティ)."""
    systems = word_systems(syllables)
    if not systems & _KUNREI or \
            ("hepburn" in systems and not any(s.kunrei_kana for s in syllables)):
        return None
    if loan_syllables_only(syllables) and loanword(kana_of(syllables)):
        return None
    return _as_written(word, kana_to_romaji(kana_of(syllables, kunrei=True), infer_long=False))


def loan_syllables_only(syllables: tuple[Syllable, ...]) -> bool:
    """Whether every syllable of a word that Hepburn does not write, or that a Kunrei
    reader reads otherwise, may be a loanword's as Hepburn writes it (ti ティ, tu トゥ,
    tyu テュ): *riti* of *rīdabiritī* (リーダビリティー), not *si* of *Syozo*.

    >>> loan_syllables_only(parse_word("rīdabiritī")), loan_syllables_only(parse_word("tizu"))
    (True, True)
    >>> loan_syllables_only(parse_word("Syozo"))
    False
    """
    return all(strip_macrons(s.text) in _LOAN_SYLLABLES for s in syllables
               if s.kunrei_kana or "hepburn" not in s.systems)


def hyphens_kept(written: str, hepburn: str) -> str:
    """``hepburn``, the Hepburn spelling of a word ``written`` in another system, with the
    writer's hyphens where they parted it (*tinzyutu-teki*: *chinjutsu-teki*, not
    *chinjutsuteki*): each part's letters in Hepburn, read off ``hepburn`` in turn.
    ``hepburn`` unchanged where a part does not parse or the letters differ.

    >>> hyphens_kept("tinzyutu-teki", "chinjutsuteki"), hyphens_kept("Hukusi", "Fukushi")
    ('chinjutsu-teki', 'Fukushi')
    """
    parts = written.split("-")
    if len(parts) < 2 or "-" in hepburn:
        return hepburn
    out: list[str] = []
    at = 0
    for part in parts:
        syllables = parse_word(part)
        if syllables is None:
            return hepburn
        spelled = kana_to_romaji(kana_of(syllables, kunrei=bool(
            word_systems(syllables) & _KUNREI)), infer_long=False)
        piece = hepburn[at : at + len(spelled)]
        if strip_macrons(piece).lower() != strip_macrons(spelled).lower():
            return hepburn
        out.append(piece)
        at += len(spelled)
    return "-".join(out) if at == len(hepburn) else hepburn


def _no_loanword(katakana: str) -> bool:
    """No katakana are a loanword's (:func:`hepburn_query`'s default)."""
    return False


def hepburn_query(text: str, loanword: Callable[[str], bool] = _no_loanword) -> str:
    """A look-up's query with its words written in modified Hepburn where another system
    wrote them, so that every spelling of a name or a word finds what Hepburn finds:
    Kunrei-shiki and Nihon-shiki words (*Tosizo*, *Syozo*, *Takeuti*), a passport's long u
    written uh (*Yuhko*), a passport's long o before a hyphen and a vowel (*Oh-oka*), and
    before y in a query that writes a passport's long o (*Tohyoh*, not *sohyo* 総評).
    Case, hyphens and every other word stay as written. ``loanword`` says whether katakana
    (read the Hepburn way, ティ) are a loanword's, which a word with ti, tu or tyu may be.

    Only a look-up asks for this: the checker reads *uh* and *huh* as the English they are.

    >>> hepburn_query("Tosizo Kinugasa"), hepburn_query("SATOH Yuhko"), hepburn_query("Oh-oka Shohei")
    ('Toshizo Kinugasa', 'SATOH Yūko', 'Ōoka Shohei')
    >>> hepburn_query("Kyôto Daigaku"), hepburn_query("Sinzyuku-ku"), hepburn_query("Ryotyu Umeda")
    ('Kyōto Daigaku', 'Shinjuku-ku', 'Ryochu Umeda')
    >>> hepburn_query("Takeuti Rizo"), hepburn_query("Kohu")
    ('Takeuchi Rizo', 'Kofu')
    >>> hepburn_query("Sasaki Tohyoh"), hepburn_query("sohyo gikai")
    ('Sasaki Tōyoh', 'sohyo gikai')
    >>> hepburn_query("Sekyuriti", lambda kana: kana == "セキュリティ")
    'Sekyuriti'
    """
    text = _OH_HYPHEN.sub(lambda m: "ō" if m[1] == "o" else "Ō", normalize_romaji(text))
    if _PASSPORT_LONG_O.search(text):  # a passport's spelling: its oh before y is a long o
        text = _PASSPORT_OH_Y.sub(lambda m: "ō" if m[1] == "o" else "Ō", text)
    words = list(_QUERY_WORD.finditer(text))
    out: list[str] = []
    end = 0
    for m in words:
        word = m.group(0)
        syllables = parse_word(word)
        if syllables is None:
            spelt = _long_u(word, _VOWEL_NEXT.match(text, m.end()) is not None)
        else:
            spelt = _kunrei_as_hepburn(word, syllables, loanword)
        out += [text[end:m.start()], spelt or word]
        end = m.end()
    return "".join(out) + text[end:]
