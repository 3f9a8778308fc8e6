"""A romanised query as a lattice of kana spellings, searched against the dictionaries at once.

Each written word of the query stands for several kana spellings: a vowel
written short may be long (``koron``: ころん or こうろん), a Kunrei-shiki
syllable may be meant as such, a traditional ``m`` is ``n``. The query becomes
a row of *slots*, one per written syllable, each with the kana it may stand
for and what each choice costs. :func:`build_lattice` walks the Mozc trie (and
the glossary's readings) from every slot, one kana choice at a time, so every
dictionary word that some choice of spellings reads is found without spelling
the variants out; a word may span several written words (中央公論 for ``Chuo
Koron``) but never starts or ends inside one written word while crossing to
another. A hyphen is a word boundary (``Shin-Yokohama``).

:func:`n_best` then finds the cheapest paths through the lattice the way an
input method does: word costs plus Mozc's connection costs between
neighbouring words (a surname before a given name is cheap), with a beam of
hypotheses per position so that the five best paths really differ.

>>> slots = query_slots("Chuo Koron")
>>> [s.written for s in slots], [k for k, _ in slots[2].options]
(['chu', 'o', 'ko', 'ro', 'n'], ['こ', 'こう', 'こー', 'こお'])
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any, Protocol, cast

from jpterms.kana import (
    is_hiragana,
    is_kanji,
    is_katakana_letter,
    normalize_romaji,
    to_hiragana,
)
from jpterms.mozc_contexts import PRONOUN_CONTEXTS
from jpterms.mozcdic import MozcDictionary
from jpterms.romaji import Syllable, parse_word, word_systems

__all__ = ["Adnominal", "Bound", "Edge", "Mixed", "Numeral", "Path", "Prefixes", "Slot", "build_lattice", "n_best", "new_edge", "orphan_kana", "query_slots", "repriced", "written_words"]

#: Cost of reading a vowel written short as long (a macron the writer left out). A writer
#: who leaves out one macron of a word leaves out all of them, so a dictionary word pays it
#: once however many of its vowels are read long (交通局 for *kotsukyoku*, not 骨 + 局).
LONG_COST = 1100
#: How a long vowel may be spelled after a vowel (う for o and u, お/あ/い less often, ー in loanwords).
#: Hepburn writes い after i as a letter of its own (*Niigata*, *oniisan*), not as a long
#: vowel a writer leaves the macron off: an i read as いい costs 1,500 more (*Ishi* 医師
#: and 石, not the station 石井 いしい; *Shi* 死, 市, not 志井), enough that *Onisan*, from
#: onīsan, is still お兄さん. So does い after e (Hepburn writes *eiga* 映画, never ēga):
#: *egakan* is 描かん before 映画館.
_LONG_SPELLINGS = {
    "o": (("う", 0), ("お", 350), ("ー", 150)),
    "u": (("う", 0), ("ー", 150)),
    "a": (("ー", 0), ("あ", 350)),
    "i": (("ー", 0), ("い", 1500)),
    "e": (("ー", 0), ("い", 1500), ("え", 500)),
}
#: Particles Hepburn writes as they sound, not as they are spelled.
PARTICLE_KANA = {"o": "を", "wo": "を", "e": "へ", "he": "へ", "wa": "は", "ha": "は"}
#: Particles Hepburn writes as they sound, not as they are spelled: as written words of their
#: own, and written onto the word before them (*Watashiwa*, *chichio*, *monoe*), as Aozora
#: Bunko's file names and many writers do (what reading them so costs: below).
SOUNDED_PARTICLES = {"wa": "は", "o": "を", "e": "へ"}
#: Particles after which *e* is no particle へ (nothing says の + へ): *Shiki no e* is
#: 四季の絵, a noun after the genitive, not 四季のへ.
_NO_HE_AFTER = frozenset({"no", "ni", "to", "de", "ga", "wa", "ha", "wo", "o", "e", "he",
                          "mo", "ya"})
GLUED_PARTICLE_COST = 800
#: Kana Hepburn spells like another: zu may be づ, ji may be ぢ (Aozu 粟生津). And the
#: spellings of older romanisations, which parse as loanword kana: ye for え (*Yedo* 江戸,
#: *Inouye* 井上; or イエ, *Yesu* イエス), kwa and gwa for か and が (*Kwannon* 観音), du for
#: づ (*Haduki* 葉月).
_ALSO: dict[str, tuple[tuple[str, int], ...]] = {
    "ず": (("づ", 500),), "じ": (("ぢ", 700),),
    "いぇ": (("え", 500), ("いえ", 500)), "くゎ": (("か", 500),), "ぐゎ": (("が", 500),),
    "どぅ": (("づ", 500),)}
#: Japan's one-kanji name before a hyphen and another country's (*Nichi-Kan*, *Nichi-Chū*,
#: *Nichi-Shin*, as catalogues write 日韓 にっかん, 日中 にっちゅう, 日清 にっしん): its last
#: syllable may be the small っ the joined word reads before k, s, t, ch or p. Only *Nichi*:
#: a hyphen elsewhere parts what it writes (*Hachi-ko* ハチ公, not 発行).
_GEMINATING = frozenset({"nichi"})
GEMINATE_COST = 500
#: Older English wrote a syllable with a small ya, yu, yo as i and the vowel (*Tokio* 東京,
#: *Daimio* 大名, *Kiushiu* 九州): a, u or o after a syllable in i may be that small kana.
_OLD_YOON = {"あ": "ゃ", "う": "ゅ", "お": "ょ"}
_I_ROW = frozenset("きしちにひみりぎじぢびぴ")
OLD_YOON_COST = 4500
#: A written na, ni, nu, ne, no, nya, nyu, nyo after a vowel read as ん and a vowel
#: (Kenichi けんいち, Junya じゅんや): Hepburn wants an apostrophe most writers leave out.
_MORAIC_N = {"な": "んあ", "に": "んい", "ぬ": "んう", "ね": "んえ", "の": "んお",
             "にゃ": "んや", "にゅ": "んゆ", "にょ": "んよ"}
MORAIC_N_COST = 1200
#: In a name, an h after an o and before a vowel may be the o's length, as passports write
#: it (*Ohe* 大江 おおえ, *Tohyama* 遠山 とおやま): ha, hi, he, ho, hya, hyu, hyo read as
#: お or う and the vowel or ya, yu, yo; hu (parsed as the loanword ほぅ) as お or う and う
#: (*Ohuchi* 大内 おおうち).
_OH_VOWEL = {"は": "あ", "ひ": "い", "へ": "え", "ほ": "お", "ほぅ": "う",
             "ひゃ": "や", "ひゅ": "ゆ", "ひょ": "よ"}
OH_VOWEL_COST = 3000
#: Reading a syllable as Kunrei-shiki (si, ti, tu, hu) when the word is otherwise Hepburn.
KUNREI_COST = 1500
#: Longest dictionary word, in written syllables, and most written words one word may span.
MAX_SYLLABLES = 16
MAX_WORDS = 4
#: Verb and adjective stems kept per span beyond the cheapest words.
EXTRA_STEMS = 2
#: Grammatical contexts kept per kana ending of one or two kana (the れ of 描かれた is one of six).
KANA_CONTEXTS = 8
#: A small kana cut off from the kana it belongs to (トロ|っ子, 勝っ|祭): malformed, so it
#: comes after every well-formed reading.
ORPHAN_COST = 6000
#: How far behind the best partial reading a hypothesis may fall and still be extended.
BEAM_WIDTH = 6000
_PUNCTUATION = {",": "、", ":": "：", ".": "。", ";": "；", "!": "！", "?": "？", "/": "・",
                "(": "（", ")": "）", "&": "＆"}
#: The older spelling dzu for づ (*Idzumo* 出雲, *Shidzuoka* 静岡), which no romanisation
#: table parses: read as zu, which the lattice also reads づ (:data:`_ALSO`).
_OLD_DZU = re.compile(r"([Dd])z(?=[uūû])")


def _parsed(word: str) -> tuple[Syllable, ...] | None:
    """The syllables of a written word of a query, also where it spells づ the older way.

    >>> [s.text for s in _parsed("Idzumo")], _parsed("Idzmo")
    (['i', 'zu', 'mo'], None)
    """
    syllables = parse_word(word)
    if syllables is None and "dz" in word.lower():
        syllables = parse_word(_OLD_DZU.sub(lambda m: "Z" if m[1] == "D" else "z", word))
    return syllables


_TOKEN_RE = re.compile(r"[A-Za-zāīūēōĀĪŪĒŌ']+|\d+|[^\sA-Za-zāīūēōĀĪŪĒŌ'\d-]")


@dataclass(frozen=True, slots=True)
class Slot:
    """One written syllable of the query and the kana it may stand for."""

    written: str
    options: tuple[tuple[str, int], ...]  #: (hiragana, cost), cheapest first
    word: int  #: index of the written word it belongs to
    first: bool  #: first syllable of its written word
    last: bool  #: last syllable of its written word
    fixed: str = ""  #: for punctuation and words that are not romaji: the text to keep
    capital: bool = False  #: its written word begins with a capital letter
    longs: tuple[bool, ...] = ()  #: for each option: it reads a vowel written short as long

    def __post_init__(self) -> None:
        if len(self.longs) != len(self.options):  # none given: no option reads one long
            object.__setattr__(self, "longs", (False,) * len(self.options))


@dataclass(frozen=True, slots=True)
class Edge:
    """A dictionary word over slots ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    written: str
    kana: str
    left: int
    right: int
    cost: int
    source: str  #: "mozc", "glossary", "jmnedict", "jmdict", "text"
    kind: str = ""  #: for names: surname, given, place, company, ...

    def priced(self, cost: int) -> Edge:
        """The same word at another cost (``dataclasses.replace`` without its generic work)."""
        return new_edge(self.start, self.end, self.written, self.kana, self.left, self.right,
                     cost, self.source, self.kind)


class _NewEdge(Protocol):
    def __call__(self, start: int, end: int, written: str, kana: str, left: int, right: int,
                 cost: int, source: str, kind: str = "") -> Edge: ...


class _EdgeMaker:
    """``Edge(start, ...)``, made in a third of the time: a frozen dataclass's ``__init__``
    sets each field through ``object.__setattr__``; this class has Edge's slots (the same
    layout), sets them as any object's, and then makes the object an :class:`Edge`
    (``__class__`` assignment, which Python allows between classes of one layout): the
    same object, equal, same hash and repr. The lattice makes tens of thousands a query.

    >>> new_edge(0, 2, "日本", "にほん", 1, 1, 300, "mozc") == Edge(0, 2, "日本", "にほん", 1, 1, 300, "mozc")
    True
    >>> type(new_edge(0, 2, "日本", "にほん", 1, 1, 300, "mozc")).__name__
    'Edge'
    """

    # Edge's fields in Edge's order (the order is the layout)
    __slots__ = ("start", "end", "written", "kana", "left", "right", "cost", "source",  # noqa: RUF023
                 "kind")

    def __init__(self, start: int, end: int, written: str, kana: str, left: int, right: int,
                 cost: int, source: str, kind: str = "") -> None:
        self.start = start
        self.end = end
        self.written = written
        self.kana = kana
        self.left = left
        self.right = right
        self.cost = cost
        self.source = source
        self.kind = kind
        self.__class__ = Edge  # type: ignore[assignment]


assert _EdgeMaker.__slots__ == Edge.__slots__  # (one layout)
#: Makes an :class:`Edge` (see :class:`_EdgeMaker`).
new_edge = cast(_NewEdge, _EdgeMaker)


@dataclass(frozen=True, slots=True)
class Path:
    """One reading of the whole query."""

    cost: int
    edges: tuple[Edge, ...]

    @property
    def written(self) -> str:
        return "".join(e.written for e in self.edges)

    @property
    def kana(self) -> str:
        return "".join(e.kana for e in self.edges)


def repriced(found: list[Path], deltas: list[int]) -> list[Path]:
    """``found`` with each path's cost changed by its delta, in order of the new costs
    (a stable sort: equal costs keep their order); ``found`` itself where no delta is set.

    >>> [p.cost for p in repriced([Path(1, ()), Path(2, ()), Path(3, ())], [5, 0, -1])]
    [2, 2, 6]
    """
    if not any(deltas):
        return found
    order = sorted(range(len(found)), key=lambda i: (found[i].cost + deltas[i], i))
    return [replace(found[i], cost=found[i].cost + deltas[i]) for i in order]


def _long_options(s: Syllable, options: tuple[tuple[str, int], ...],
                  after_i: bool = False) -> tuple[bool, ...]:
    """For each option of a syllable: whether it reads a vowel written short as long."""
    if s.long or not s.vowel:
        return (False,) * len(options)
    kana = to_hiragana(s.kana)
    bases = (kana, _OLD_YOON[kana]) if after_i and kana in _OLD_YOON else (kana,)
    longs = {base + mark for base in bases for mark, _ in _LONG_SPELLINGS[s.vowel]}
    return tuple(option in longs for option, _ in options)


def _syllable_options(s: Syllable, kunrei_word: bool, after_vowel: bool = False,
                      after_i: bool = False, after_o: bool = False) -> tuple[tuple[str, int], ...]:
    """The kana a written syllable may stand for, each with its cost; ``after_o``: the
    syllable follows a short o in a name (*Ohe*), so an h may be that o's length."""
    kana = to_hiragana(s.kana)
    options: dict[str, int] = {}
    bases = [(kana, 0)]
    if after_i and kana in _OLD_YOON:  # Tokio: to-ki-ょ, as older English wrote 東京
        bases.append((_OLD_YOON[kana], OLD_YOON_COST))
    moraic = _MORAIC_N.get(kana[:2]) or _MORAIC_N.get(kana[:1])
    if after_vowel and moraic is not None:  # Kenichi: ke-n-i-chi, the apostrophe left out
        bases.append((moraic + kana[len(kana) - len(kana.lstrip("なにぬねのゃゅょ")):],
                      MORAIC_N_COST))
    if s.kunrei_kana:
        kunrei = to_hiragana(s.kunrei_kana)
        bases = [(kunrei, 0), (kana, KUNREI_COST)] if kunrei_word else \
            [(kana, 0), (kunrei, KUNREI_COST)]
    if after_o and kana in _OH_VOWEL:  # Ohe: o-(お)え, the h a passport's long o
        bases += [(mark + _OH_VOWEL[kana], OH_VOWEL_COST + extra)
                  for mark, extra in _LONG_SPELLINGS["o"] if mark != "ー"]
    bases += _ALSO.get(kana, ())
    for base, cost in bases:
        if s.long:  # written long: the kana ends in ー, which stands for any long spelling
            stem = base[:-1]
            for mark, extra in _LONG_SPELLINGS.get(s.vowel, ()):
                options.setdefault(stem + mark, cost + extra)
            continue
        options.setdefault(base, cost)
        if s.vowel:
            for mark, extra in _LONG_SPELLINGS[s.vowel]:
                key = base + mark
                options[key] = min(options.get(key, 1 << 30), cost + LONG_COST + extra)
    return tuple(sorted(options.items(), key=lambda kv: kv[1]))


def written_words(text: str) -> list[tuple[str, bool, bool]]:
    """The written words and punctuation of a query: (text, is_punctuation, hyphenated).

    A hyphen separates two words (``hyphenated`` marks a word joined to a
    neighbour by one); an unparseable word is joined to the next when together
    they parse (``nit suite``).
    """
    return [(word, punct, hyphen) for word, punct, hyphen, _ in _linked_words(text)]


def _linked_words(text: str) -> list[tuple[str, bool, bool, bool]]:
    """:func:`written_words`, each with whether a hyphen joins it to the next word
    (*Nichi* in *Nichi-Kan*)."""
    tokens: list[tuple[str, bool, bool]] = []
    for chunk in normalize_romaji(text).split():
        parts = [p for p in chunk.split("-") if p]
        for k, part in enumerate(parts):
            found = [m.group(0) for m in _TOKEN_RE.finditer(part)]
            tokens += [(tok, len(parts) > 1, j == len(found) - 1 and k < len(parts) - 1)
                       for j, tok in enumerate(found)]
    out: list[tuple[str, bool, bool, bool]] = []
    i = 0
    while i < len(tokens):
        tok, hyphen, linked = tokens[i]
        if tok[0].isalpha() and parse_word(tok) is None and i + 1 < len(tokens):
            joined = tok + tokens[i + 1][0]
            if tokens[i + 1][0][0].isalpha() and parse_word(joined) is not None:
                out.append((joined, False, hyphen, tokens[i + 1][2]))
                i += 2
                continue
        out.append((tok, not tok[0].isalpha(), hyphen, linked))
        i += 1
    return out


def query_slots(text: str, old_yoon: bool = False) -> list[Slot]:
    """The slots of a query, in order; with ``old_yoon``, an a, u or o after a syllable in i
    may also be a small ya, yu or yo, as older English wrote them (*Tokio*, *Daimio*:
    :data:`OLD_YOON_COST`), which a look-up asks for and a check does not."""
    slots: list[Slot] = []
    linked = _linked_words(text)
    words = [(word, punct, hyphen) for word, punct, hyphen, _ in linked]
    # Every word capitalised (Nozu Shibuo, Kongo Iwao): names, whose -o is not を
    names = sum(1 for w, punct, _ in words if not punct) > 1 and all(
        w[:1].isupper() for w, punct, _ in words if not punct)
    # A lone capitalised word's h before y may be its o's length too (Tohyama, Ohya):
    # hya, hyu, hyo begin few native words, where ha, hi, he, ho begin many (Sohen 素片)
    lone_name = [w[:1].isupper() for w, punct, _ in words if not punct] == [True]
    for index, (word, punct, hyphen) in enumerate(words):
        syllables = None if punct else _parsed(word)
        if syllables is None:
            fixed = _PUNCTUATION.get(word, word) if punct else word
            slots.append(Slot(word, (), index, True, True, fixed))
            continue
        kunrei_word = "hepburn" not in word_systems(syllables)
        n = len(syllables)
        particle = PARTICLE_KANA.get(word.lower())
        if particle == "へ" and index and not words[index - 1][1] and \
                words[index - 1][0].lower() in _NO_HE_AFTER:
            particle = None  # Shiki no e: 四季の絵, not 四季のへ
        for k, s in enumerate(syllables):
            after_i = old_yoon and k > 0 and not syllables[k - 1].long and \
                to_hiragana(syllables[k - 1].kana)[-1:] in _I_ROW
            after_o = (names or (lone_name and s.text.startswith("hy"))) and k > 0 and \
                syllables[k - 1].vowel == "o" and not syllables[k - 1].long
            options = _syllable_options(s, kunrei_word, k > 0 and bool(syllables[k - 1].vowel),
                                        after_i, after_o)
            if particle is not None and n == 1 and not hyphen:  # o, e, wa as words: を, へ, は
                options = ((particle, 0), *options)
            if k == n - 1 and word.lower() in _GEMINATING and linked[index][3] and \
                    index + 1 < len(words) and words[index + 1][0][:1].lower() in "kstcp":
                # Nichi-Kan: 日韓 にっかん, the hyphen parting what one word joins
                options = (*options, ("っ", GEMINATE_COST))
            glued = SOUNDED_PARTICLES.get(s.text)
            if glued is not None and n > 1 and k == n - 1 and not s.long and not names:
                # Akiwa sabishii, chichio ushinau: a particle written onto its word
                options = tuple(sorted((*options, (glued, GLUED_PARTICLE_COST)),
                                       key=lambda kv: kv[1]))
            slots.append(Slot(s.text, options, index, k == 0, k == n - 1,
                              capital=word[:1].isupper(),
                              longs=_long_options(s, options, after_i)))
    return slots


#: A source of words for a kana reading over a word-aligned span: (written, left, right,
#: cost, source, kind) for each.
Extra = Callable[[str], Sequence[tuple[str, int, int, int, str, str]]]


def whole_word_spans(slots: Sequence[Slot], start: int,
                     most: int) -> Iterator[tuple[int, int, int, str]]:
    """The spans of one to ``most`` whole written words from slot ``start``, shortest
    first, up to a fixed slot: (words spanned, start of the last word, end, romaji).

    >>> [(n, end, romaji) for n, _, end, romaji in whole_word_spans(
    ...     query_slots("Kazama Shobo"), 0, 4)]
    [(1, 3, 'kazama'), (2, 5, 'kazamashobo')]
    """
    romaji = ""
    end = start
    for spanned in range(1, most + 1):
        if end >= len(slots) or slots[end].fixed:
            return
        word, mid = slots[end].word, end
        while end < len(slots) and slots[end].word == word:
            romaji += slots[end].written
            end += 1
        yield spanned, mid, end, romaji


class Prefixes:
    """Whether a string begins one of some words (the words themselves included), by a
    binary search over the words sorted: one sort to build, where a set of every
    beginning of every word held one entry per letter.

    >>> prefixes = Prefixes(["こうろん", "こうぎ"])
    >>> "こう" in prefixes, "こうろん" in prefixes, "ろん" in prefixes, "" in prefixes
    (True, True, False, False)
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._words = sorted(set(words))

    def __contains__(self, prefix: object) -> bool:
        if not isinstance(prefix, str) or not prefix:
            return False
        i = bisect_left(self._words, prefix)
        return i < len(self._words) and self._words[i].startswith(prefix)


def build_lattice(slots: Sequence[Slot], mozc: MozcDictionary,
                  node_words: Callable[[int], Sequence[tuple[str, int, int, int]]],
                  glossary_prefixes: Container[str], glossary_words: Extra,
                  aligned_extra: Extra | None = None,
                  whole_extra: Extra | None = None,
                  memo: Memo | None = None,
                  keep: frozenset[tuple[str, str]] = frozenset(),
                  stems: Sequence[bool] = (),
                  prefix_extra: Extra | None = None,
                  each_reading: bool = False) -> list[list[Edge]]:
    """Every dictionary word the slots may read: edges by start slot.

    ``node_words`` gives the words whose reading ends at a Mozc trie node, as
    (written, left context, right context, lattice cost); ``glossary_words`` and ``aligned_extra`` give
    further words for a kana reading that covers whole written words only, and
    ``whole_extra`` for a reading of the whole query. ``memo`` keeps the words
    found from a slot for the written words that follow it, so a word sequence
    seen before (``no kaisai ni tsuite``) is not walked again. Words in ``keep``
    ((written, kana) pairs a later step prefers) are never pruned. ``prefix_extra`` gives
    words that begin a written word and end inside it (the 三十三 of *Sanjusanno*).
    ``each_reading`` keeps the cheapest few words of each reading of a span, not only of
    the span (see :func:`_prune`): a caller that wants several readings asks for it.
    """
    n = len(slots)
    edges: list[list[Edge]] = [[] for _ in range(n)]
    for p, slot in enumerate(slots):
        if slot.fixed:
            digits = slot.fixed if slot.fixed.isdigit() else ""  # dai 2-kan: だい2かん
            edges[p].append(Edge(p, p + 1, slot.fixed, digits, 0, 0, 0, "text"))
            continue
        key = None
        if memo is not None and not (whole_extra is not None and p == 0):
            key = (*_memo_key(slots, p), each_reading)
            known = memo.get(key)
            if known is not None:  # (fields by index: ``length, *rest`` makes a list a word)
                edges[p] = [new_edge(p, p + w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7])
                            for w in known]
                continue
        found = _edges_from(slots, p, mozc, node_words, glossary_prefixes, glossary_words,
                            aligned_extra, whole_extra, keep, stems, prefix_extra,
                            each_reading)
        edges[p] = [new_edge(p, *word) for word in found]
        if key is not None and memo is not None:
            memo.put(key, tuple([(w[0] - p, w[1], w[2], w[3], w[4], w[5], w[6], w[7])
                                 for w in found]))
    return edges


class Memo(Protocol):
    """What :func:`build_lattice` needs of a cache."""

    def get(self, key: Any) -> Any: ...

    def put(self, key: Any, value: Any) -> None: ...


def _memo_key(slots: Sequence[Slot], p: int) -> tuple[Any, ...]:
    """What the words found from slot ``p`` depend on: the slots they may reach."""
    slot = slots[p]
    last_word = slot.word + (MAX_WORDS - 1 if slot.first else 0)
    h = p
    while h < len(slots) and slots[h].word <= last_word and not (h > p and slots[h].fixed):
        h += 1
    reach = tuple((s.options, s.word - slot.word, s.first, s.last) for s in slots[p:h])
    return (h == len(slots), *reach)


def _edges_from(slots: Sequence[Slot], p: int, mozc: MozcDictionary,
                node_words: Callable[[int], Sequence[tuple[str, int, int, int]]],
                glossary_prefixes: Container[str], glossary_words: Extra,
                aligned_extra: Extra | None, whole_extra: Extra | None,
                keep: frozenset[tuple[str, str]], stems: Sequence[bool] = (),
                prefix_extra: Extra | None = None, each_reading: bool = False) -> list[_Word]:
    """The words found from slot ``p``, as :data:`_Word` tuples (an :class:`Edge` each
    without its start: most words found are pruned, and an Edge costs far more to make)."""
    n = len(slots)
    slot = slots[p]
    best: dict[tuple[int, str, int], _Word] = {}
    # (spelling cost of one word, the same with every long vowel paid for: a number) by reading
    aligned_readings: dict[tuple[int, str], tuple[int, int]] = {}
    # (mozc node or None, next slot, kana so far, spelling cost, a vowel read long yet,
    # spelling cost with every long vowel paid for)
    stack: list[tuple[int | None, int, str, int, bool, int]] = [
        (mozc.ROOT, p, "", 0, False, 0)]
    walk = mozc.step  # (mozc.walk, kept)
    while stack:
        node, q, kana, spent, was_long, spent_each = stack.pop()
        slot_q = slots[q]
        # what depends on the slot only, not on the kana chosen for it
        end = q + 1
        crosses = slot_q.word != slot.word
        ends_here = (slot_q.last or not crosses) and (not crosses or slot.first)
        aligned = ends_here and slot.first and (slot_q.last or prefix_extra is not None)
        goes_on = end < n and end - p < MAX_SYLLABLES and not slots[end].fixed and not (
            slots[end].word != slot_q.word and not (
                slot.first and slots[end].word - slot.word < MAX_WORDS))
        for (option, each), is_long in zip(slot_q.options, slot_q.longs, strict=True):
            reading = kana + option
            nxt = walk(node, option) if node is not None else None
            if nxt is None and reading not in glossary_prefixes:
                continue
            cost = each - LONG_COST if is_long and was_long else each  # a word pays once
            total = spent + cost
            total_each = spent_each + each
            if ends_here:
                if nxt is not None:
                    for written, left, right, c in node_words(nxt):
                        key = (end, written, left)
                        old = best.get(key)
                        c += total
                        if old is None or old[5] > c:
                            best[key] = (end, written, reading, left, right, c, "mozc", "")
                if aligned:
                    key2 = (end, reading)
                    known = aligned_readings.get(key2)
                    if known is None or known[0] > total or known[1] > total_each:
                        aligned_readings[key2] = (min(total, known[0]), min(
                            total_each, known[1])) if known is not None else (total, total_each)
            if goes_on:
                stack.append((nxt, end, reading, total, was_long or is_long, total_each))
    for (end, reading), (spent, spent_each) in aligned_readings.items():
        if not slots[end - 1].last:
            sources = [prefix_extra(reading)] if prefix_extra is not None else []
        else:
            sources = [glossary_words(reading)]
        if aligned_extra is not None and slots[end - 1].last:
            sources.append(aligned_extra(reading))
        if whole_extra is not None and p == 0 and end == n:
            sources.append(whole_extra(reading))
        for found in sources:
            for written, left, right, cost, source, kind in found:
                # a number is several words (十九号), each paying for its own long vowels
                cost += spent_each if source == "number" else spent
                key = (end, written, left)
                old = best.get(key)
                if old is None or old[5] > cost or source == "glossary":
                    best[key] = (end, written, reading, left, right, cost, source, kind)
    return _prune(best.values(), keep, stems=stems, each_reading=each_reading, start=p)


#: A word found from a slot: an :class:`Edge`'s fields but its start (end, written, kana,
#: left, right, cost, source, kind).
_Word = tuple[int, str, str, int, int, int, str, str]


#: The shortest span, in written syllables, whose readings each keep their own few words
#: where several readings are asked for (one syllable's readings, こ and こう, are many
#: single kanji each, and seldom decide a reading).
READING_SYLLABLES = 2
#: A long o or u spelled otherwise than with う (おお, こー): see :func:`_reading_key`.
_OTHER_LONG = re.compile("(?<=[おこごそぞとどのほぼぽもよょろを])[おー]|(?<=[うくぐすずつづぬふぶぷむゆゅる])ー")


def _reading_key(kana: str) -> str:
    """``kana`` with a long o or u spelled う, whatever the spelling (おお, おー): readings
    of a span that differ only so are one reading when the lattice keeps its few words.

    >>> _reading_key("こおり"), _reading_key("こーひー"), _reading_key("こうり")
    ('こうり', 'こうひー', 'こうり')
    """
    return _OTHER_LONG.sub("う", kana)


def _prune(found: Iterable[_Word], keep: frozenset[tuple[str, str]] = frozenset(),
           per_span: int = 6, stems: Sequence[bool] = (),
           each_reading: bool = False, start: int = 0) -> list[_Word]:
    """The cheapest few words for each span (homophones beyond them never win), and the
    cheapest few verb or adjective stems written with kanji among the rest (``stems``: by
    left context), as an ending may make one of them win (咲い of 咲いて, under 再, 最, 際
    and 歳). A pronoun (:data:`jpterms.mozc_contexts.PRONOUN_CONTEXTS`) is always kept: they are
    few, and the よ of *Yo to mannenhitsu* (余, 予) is otherwise crowded out by よ, 良, 夜
    and the words read よう.

    With ``each_reading``, each reading of a span of :data:`READING_SYLLABLES` or more
    syllables from slot ``start`` keeps its own few words: *kiko* read きこ (聞こ, 聴こ,
    紀子) no longer crowds out きこう (機構, 気候), nor *Toru* read とる (取る) 徹 read とおる,
    so the next best readings of a query hold the common words of each. Spellings of one
    long vowel (こう, こお, こー) are one reading (:func:`_reading_key`).

    ``found`` holds one word at most for each end, written form and left context, as
    :func:`_edges_from` finds them (so no span keeps a word twice in one context).

    >>> words = [(2, w, k, 0, 0, c, "mozc", "") for w, k, c in (
    ...     ("聞こ", "きこ", 1), ("紀子", "きこ", 2), ("機構", "きこう", 9))]
    >>> [e[1] for e in _prune(words, per_span=1)]
    ['聞こ']
    >>> [e[1] for e in _prune(words, per_span=1, each_reading=True)]
    ['聞こ', '機構']
    """
    by_reading: dict[tuple[int, str], list[_Word]] = {}
    keys: dict[str, str] = {}  # a reading's key, found once (most readings spell many words)
    for e in found:
        if each_reading and e[0] - start >= READING_SYLLABLES:
            kana = e[2]
            reading = keys.get(kana)
            if reading is None:
                reading = keys[kana] = _reading_key(kana)
        else:
            reading = ""
        by_reading.setdefault((e[0], reading), []).append(e)
    out: list[_Word] = []
    for group in by_reading.values():
        group.sort(key=_cost_of)
        per_written: dict[str, int] = {}  # (its keys: the written forms kept so far)
        extra_stems = 0
        for e in group:
            written, kana, left = e[1], e[2], e[3]
            count = per_written.get(written, 0)
            if count >= 3 and (count >= KANA_CONTEXTS or len(written) > 2
                               or not all(map(is_hiragana, written))):
                continue
            if not count and len(per_written) >= per_span and (written, kana) not in keep \
                    and left not in PRONOUN_CONTEXTS:
                if extra_stems >= EXTRA_STEMS or not (left < len(stems) and stems[left]) \
                        or all(map(is_hiragana, written)):
                    continue
                extra_stems += 1
            per_written[written] = count + 1
            out.append(e)
    return out


_cost_of = itemgetter(5)


def n_best(edges: Sequence[Sequence[Edge]], matrix: Sequence[int], width: int,
           limit: int = 5, beam: int = 5, contexts: int = 2,
           bound: Bound | None = None, mixed: Mixed | None = None,
           numeral: Numeral | None = None, adnominal: Adnominal | None = None,
           endings: Sequence[int] = ()) -> list[Path]:
    """The ``limit`` cheapest paths through the lattice, each reading different.

    ``matrix[right + width * left]`` is the cost of a word with right context
    ``right`` before one with left context ``left`` (Mozc's connection costs).
    A beam keeps the ``beam`` cheapest distinct partial readings at each
    position, each in up to ``contexts`` grammatical contexts (the same と may
    be a case particle or a conjunction, and what may follow differs).
    ``bound`` takes back what a kana ending costs where it follows the word it
    belongs to (描か|れ|た). ``numeral`` prices a number's prefix (第, 約) before a word
    that is not a number (第|日本). ``adnominal`` prices な after a noun that is not a
    na-adjective (機会|な). ``mixed`` prices a katakana word after kanji or kana inside a
    written word (家|ベル), and a kanji word after katakana there that is no suffix
    (モン|前, ド|仏縁; アメリカ|人 stays).

    The steps: at each position, the beam's hypotheses (:func:`_beam`) extended by each
    edge from there (:func:`_extend`); at the end, the cheapest of each reading
    (:func:`_cheapest`).
    """
    n = len(edges)
    charges = _Charges.of(bound, mixed, numeral, adnominal)
    # At each position: (written so far, right context) -> (cost, trail); a trail is the
    # path's last edge with the trail before it, so extending a path copies nothing
    states: list[dict[tuple[str, int], tuple[int, _Trail]]] = [{} for _ in range(n + 1)]
    states[0][("", 0)] = (0, None)
    for p in range(n):
        here = states[p]
        if not here:
            continue
        kept = _beam(here, beam, contexts)
        cutoff = kept[0][2] + BEAM_WIDTH  # a hypothesis this far behind never recovers
        _extend([k for k in kept if k[2] <= cutoff], p, edges[p], states, matrix, width,
                charges)
    return _cheapest(states[n], matrix, endings, limit)


@dataclass(frozen=True, slots=True)
class _Charges:
    """The context-dependent charges of :func:`n_best`, unpacked once from its
    :class:`Bound`, :class:`Mixed`, :class:`Numeral` and :class:`Adnominal` (empty where
    there is none)."""

    binds: Sequence[bool]
    refunds: dict[int, int]
    inside: Sequence[bool]
    prefixes: Sequence[bool]
    mixed_cost: int
    suffixes: Sequence[bool]
    before_number: Sequence[bool]
    numbers: Sequence[bool]
    unnumbered_cost: int
    plain_nouns: Sequence[bool]
    na_cost: int

    @classmethod
    def of(cls, bound: Bound | None, mixed: Mixed | None, numeral: Numeral | None,
           adnominal: Adnominal | None) -> _Charges:
        """The charges of these pricings (None: not priced)."""
        return cls(binds=bound.binds if bound is not None else (),
                   refunds=bound.refunds if bound is not None else {},
                   inside=mixed.inside if mixed is not None else (),
                   prefixes=mixed.prefixes if mixed is not None else (),
                   mixed_cost=mixed.cost if mixed is not None else 0,
                   suffixes=mixed.suffixes if mixed is not None else (),
                   before_number=numeral.prefixes if numeral is not None else (),
                   numbers=numeral.numbers if numeral is not None else (),
                   unnumbered_cost=numeral.cost if numeral is not None else 0,
                   plain_nouns=adnominal.plain_nouns if adnominal is not None else (),
                   na_cost=adnominal.cost if adnominal is not None else 0)


def _extend(kept: list[tuple[str, int, int, _Trail]], p: int, edges: Sequence[Edge],
            states: list[dict[tuple[str, int], tuple[int, _Trail]]], matrix: Sequence[int],
            width: int, charges: _Charges) -> None:
    """Extend the ``kept`` hypotheses at position ``p`` by each of ``edges`` from there,
    into ``states`` at each edge's end: word and connection costs, and the charges that
    apply (a refund, a mixed or unnumbered word, な after a plain noun, an orphaned small
    kana or っ)."""
    binds, refunds, inside = charges.binds, charges.refunds, charges.inside
    prefixes, mixed_cost, suffixes = charges.prefixes, charges.mixed_cost, charges.suffixes
    before_number, numbers = charges.before_number, charges.numbers
    unnumbered_cost = charges.unnumbered_cost
    plain_nouns, na_cost = charges.plain_nouns, charges.na_cost
    sokuon_ends = any(k[0][-1:] in _SOKUON for k in kept)
    # which charges some kept hypothesis may take (by its right context, its last
    # character): a charge none of them takes is not tested edge by edge
    may_bind = bool(refunds) and any(binds[k[1]] for k in kept)
    may_mix = bool(inside) and inside[p] and any(
        k[0] and not is_katakana_letter(k[0][-1]) and not prefixes[k[1]] for k in kept)
    may_unsuffixed = bool(suffixes) and inside[p] and any(
        k[0] and is_katakana_letter(k[0][-1]) for k in kept)
    may_number = bool(before_number) and any(before_number[k[1]] for k in kept)
    may_na = bool(plain_nouns) and any(plain_nouns[k[1]] for k in kept)
    groups = _by_written(kept)
    for edge in edges:
        target = states[edge.end]
        base = width * edge.left
        ecost = edge.cost
        eright = edge.right
        ewritten = edge.written
        first = ewritten[:1]
        after_kanji = may_mix and "\u30a1" <= first <= "\u30fa"  # (is_katakana_letter)
        unsuffixed = may_unsuffixed and bool(ewritten) and is_kanji(ewritten[0]) and \
            not suffixes[edge.left]
        small = first in _SMALL_KANA
        after_sokuon = sokuon_ends and not small  # 勝っ|祭, 真っ|は, 凝っ|フィ
        unnumbered = may_number and not (
            numbers[edge.left] or edge.source == "number" or first.isdigit() or
            first in _NUMERALS)
        refund = refunds.get(edge.left, 0) if may_bind else 0
        na = may_na and ewritten == "な"
        if refund and (edge.source != "mozc" or not all(map(is_hiragana, ewritten))):
            refund = 0
        if not (refund or after_kanji or unsuffixed or unnumbered or na or small or
                after_sokuon):
            # no context-dependent charge applies to this edge: word and connection
            # costs only (the same sums as below, without the tests)
            for written, right, cost, trail, more in groups:
                key = (written + ewritten, eright)
                total = cost + matrix[right + base] + ecost
                old = target.get(key)
                if old is None or old[0] > total:
                    old = target[key] = (total, (trail, edge))
                if more:
                    for right, cost, trail in more:
                        total = cost + matrix[right + base] + ecost
                        if old is None or old[0] > total:
                            old = target[key] = (total, (trail, edge))
            continue
        for written, right, cost, trail in kept:
            total = cost + matrix[right + base] + ecost
            if refund and binds[right]:
                total -= refund
            if after_kanji and written and not is_katakana_letter(written[-1]) and \
                    not prefixes[right]:
                total += mixed_cost
            if unsuffixed and written and is_katakana_letter(written[-1]):
                total += mixed_cost  # ハイデルベル|費, 当ヒャ|魔
            if unnumbered and before_number[right]:
                total += unnumbered_cost
            if na and plain_nouns[right]:
                total += na_cost  # 機会|な: a plain noun takes の, not な
            if (small and _orphan(written[-1:], first, ewritten)) or (
                    after_sokuon and _sokuon_orphan(written[-1:], first)):
                total += ORPHAN_COST
            key = (written + ewritten, eright)
            old = target.get(key)
            if old is None or old[0] > total:
                target[key] = (total, (trail, edge))


def _by_written(kept: list[tuple[str, int, int, _Trail]]
                ) -> list[tuple[str, int, int, _Trail, tuple[tuple[int, int, _Trail], ...]]]:
    """The ``kept`` hypotheses by what they write, in order of first appearance, each
    group as its first hypothesis and the rest (most groups have one): those that write
    the same make the same key with any edge (the same updates, in the same order).

    >>> _by_written([("か", 1, 10, None), ("が", 2, 12, None), ("か", 3, 15, None)])
    [('か', 1, 10, None, ((3, 15, None),)), ('が', 2, 12, None, ())]
    """
    by_written: dict[str, list[tuple[int, int, _Trail]]] = {}
    for written, right, cost, trail in kept:
        by_written.setdefault(written, []).append((right, cost, trail))
    return [(written, *items[0], tuple(items[1:])) for written, items in by_written.items()]


def _cheapest(ends: dict[tuple[str, int], tuple[int, _Trail]], matrix: Sequence[int],
              endings: Sequence[int], limit: int) -> list[Path]:
    """The ``limit`` cheapest paths among the hypotheses at the lattice's end (``ends``),
    the cheapest of each reading, each charged its connection to the end (and its
    ``endings`` cost, where given)."""
    best: dict[str, tuple[int, _Trail]] = {}
    for (written, right), (cost, trail) in ends.items():
        total = cost + matrix[right] + (endings[right] if endings else 0)
        if written not in best or best[written][0] > total:
            best[written] = (total, trail)
    return [Path(total, _edges_of(trail))
            for total, trail in sorted(best.values(), key=lambda v: v[0])[:limit]]


#: A path being built, last edge first: (the trail before it, its last edge), or None.
_Trail = tuple["_Trail", Edge] | None


def _edges_of(trail: _Trail) -> tuple[Edge, ...]:
    """A trail's edges in order."""
    out = []
    while trail is not None:
        trail, edge = trail
        out.append(edge)
    return tuple(reversed(out))


@dataclass(frozen=True)
class Bound:
    """Kana endings bound to the word before them: ``refunds`` maps a left context (an
    auxiliary, a particle) to what its kana spelling cost, taken back after a right
    context for which ``binds`` is true (a verb or adjective stem, an auxiliary)."""

    refunds: dict[int, int]
    binds: Sequence[bool]


@dataclass(frozen=True)
class Adnominal:
    """な after a noun that is not a na-adjective (``plain_nouns``, by right context: 機会,
    not 奇怪) costs ``cost`` more: *Kikai na saikai* is 奇怪な再会, although 機会 "chance"
    is far the commoner word and Mozc's matrix charges 機会|な only a little more."""

    plain_nouns: Sequence[bool]
    cost: int


@dataclass(frozen=True)
class Numeral:
    """A number's prefix (第, 約: ``prefixes``, by right context) before a word that is not a
    number (``numbers``, by left context; digits and kanji numerals are numbers too) costs
    ``cost`` more: Mozc's connection costs leave 第|日本 free, as its converter joins
    第 to numbers by other means."""

    prefixes: Sequence[bool]
    numbers: Sequence[bool]
    cost: int


_NUMERALS = frozenset("〇一二三四五六七八九十百千万両幾何数")


@dataclass(frozen=True)
class Mixed:
    """A katakana word inside a written word after kanji or kana (家|ベル for *Keberu*)
    costs ``cost`` more, unless what comes before is a prefix (新|ルール): ``inside`` is
    true at the slots that do not begin a written word, ``prefixes`` by right context.
    So does a kanji word after katakana there (モン|前 for *Monzen*), unless it is a
    suffix (アメリカ|人), ``suffixes`` by left context."""

    inside: Sequence[bool]
    prefixes: Sequence[bool]
    cost: int
    #: left contexts of suffixes (人, 語, 社): a kanji word after katakana inside a written
    #: word costs ``cost`` more too unless it is one (アメリカ人, but not ハイデルベル|費)
    suffixes: Sequence[bool] = ()


_SMALL_HIRAGANA = frozenset("ぁぃぅぇぉゃゅょゎっ")
_SMALL_KATAKANA = frozenset("ァィゥェォャュョヮッヵヶ") - {"ヶ", "ヵ"}


_SMALL_KANA = _SMALL_HIRAGANA | _SMALL_KATAKANA
_SOKUON = frozenset("っッ")


def _orphan(before: str, first: str, word: str = "") -> bool:
    """Whether a word beginning with the small kana ``first`` after the character ``before``
    leaves it without the kana it belongs to: a small hiragana at the start or after
    katakana (トロ|っ子; after kanji it may be okurigana or a suffix, 江戸|っ子), a small
    katakana after anything but katakana, or a ``word`` that is a sokuon alone after
    anything (来|っ|フィ絵 for *koffie*, 蛇|っ|そ for *Jasso*: Mozc lists っ as a word, but a
    sokuon belongs to the kana after it). (A sokuon before a kanji, 勝っ|祭, is the other
    orphan :func:`n_best` prices.)

    >>> _orphan("来", "っ", "っ"), _orphan("戸", "っ", "っ子"), _orphan("", "っ", "っ子")
    (True, False, True)
    """
    if word in _SOKUON:
        return True
    if first in _SMALL_HIRAGANA:
        return not before or not ("\u3041" <= before <= "\u309f" or is_kanji(before))
    return not before or not "\u30a1" <= before <= "\u30ff"


#: Kana a sokuon cannot double: vowels, the nasals and glides (and in hiragana the h-row,
#: which only loanwords in katakana double: バッハ, not 真っ|は *Mawwa*).
_UNDOUBLED = frozenset("あいうえおなにぬねのまみむめもやゆよらりるれろわをんはひふへほ"
                       "アイウエオナニヌネノマミムメモヤユヨラリルレロワヲンー")


def _sokuon_orphan(before: str, first: str) -> bool:
    """Whether a word beginning with ``first`` after the character ``before`` leaves a
    sokuon ``before`` without the consonant it doubles: a kanji after it (勝っ|祭), a kana
    it cannot double (真っ|は for *Mahha*), or a kana of the other script (凝っ|フィ絵 for
    *koffie*).

    >>> [_sokuon_orphan(b, f) for b, f in (("っ", "祭"), ("っ", "は"), ("っ", "フ"), ("っ", "た"), ("ッ", "ハ"), ("た", "は"))]
    [True, True, True, False, False, False]
    """
    if before not in _SOKUON:
        return False
    if first in _UNDOUBLED or not "\u3041" <= first <= "\u30ff":
        return True
    return (before == "っ") == is_katakana_letter(first)


def orphan_kana(written: str) -> bool:
    """Whether ``written`` has a small kana without the kana it belongs to: one
    :func:`n_best` prices as an orphan (トロ|っ子), a sokuon written in kana right
    before a kanji (ぎゃっ行, げっ共条例 for *Gyakko*, *Gekkyo jorei*), or one before a kana
    it cannot double (:func:`_sokuon_orphan`: ジャーッそう for *Jasso*, a katakana sokuon
    before hiragana). A sokuon between kanji is okurigana (引っ越し, 真っ赤), and kanji +
    っ子 a suffix (江戸っ子).

    >>> [orphan_kana(w) for w in ("げっ共条例", "ゲッ共", "ょう", "引っ越し", "江戸っ子", "トロッコ")]
    [True, True, True, False, False, False]
    >>> [orphan_kana(w) for w in ("ジャーッそう", "真っは", "じゃっそう", "バッハ")]
    [True, True, False, False]
    """
    for i, ch in enumerate(written):
        before = written[i - 1] if i else ""
        if ch in _SMALL_KANA and _orphan(before, ch):
            return True
        if ch in _SOKUON and i + 1 < len(written):
            after = written[i + 1]
            if is_kanji(after) and not is_kanji(before):
                return True
            if "\u3041" <= after <= "\u30ff" and _sokuon_orphan(ch, after):
                return True
    return False


def _beam(states: dict[tuple[str, int], tuple[int, _Trail]], beam: int,
          contexts: int) -> list[tuple[str, int, int, _Trail]]:
    """The states a beam keeps, cheapest first, as (written, right context, cost, trail):
    at most ``beam`` readings, each in at most ``contexts`` right contexts."""
    kept: list[tuple[str, int, int, _Trail]] = []
    per_written: dict[str, int] = {}
    # the 4 * beam * contexts cheapest, ties in their order: heapq.nsmallest's answer (which
    # its documentation defines as sorted(...)[:n]), by one sort of their costs in C (keys
    # and values copied as they are: an (key, value) pair made for each state costs more)
    keys = list(states)
    values = list(states.values())
    costs = list(map(_first, values))
    order = sorted(range(len(costs)), key=costs.__getitem__)
    for i in order[:4 * beam * contexts]:
        written, right = keys[i]
        count = per_written.get(written, 0)
        if count >= contexts or (not count and len(per_written) >= beam):
            continue
        per_written[written] = count + 1
        cost, trail = values[i]
        kept.append((written, right, cost, trail))
        if len(kept) == beam * contexts:
            break  # full: no later state can be kept
    return kept


_first = itemgetter(0)
