"""Readings taken apart and put together, which the reading rules share: a reading split
over the kanji of its spelling (or at the の of a name written with ノ), a kanji's readings
with their voiced and doubled forms, on readings joined with the sound change of a
compound, units merged into one word with one reading, the reading of an administrative
suffix, a clan's given name with its genitive の, and the likeliest pair of halves of a
two-kanji given name.

:mod:`jpterms.readings` and the rules it owns import these from here; this module imports
none of them.

>>> on_joined(["りつ", "ふう"]), spelled("チョー")
('りっぷう', 'ちょう')
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from jpterms.division import rules as _rules
from jpterms.kana import LONG_MARK, has_kanji, to_hiragana

if TYPE_CHECKING:
    from jpterms.morpheme import Morpheme
    from jpterms.reading_index import ReadingIndex


#: How many times likelier the pair of halves :meth:`ComposedGivenNames.paired_name` finds
#: must be than the halves chosen one by one (``benchmarks/measure_given_pairs.py``, on
#: 3,793 of JMnedict's people: at 1, 485 right that were wrong and 157 the other way; at
#: 1.5, 394 and 81; at 3, 249 and 30).
_PAIRED_MARGIN = 1.5


def likeliest_pair(heads: dict[str, dict[str, int]], tails: dict[str, dict[str, int]],
                   sizes: dict[str, int], head: str = "", tail: str = "") -> str | None:
    """The pair of halves likeliest over the classes of two-kanji names: for each class,
    how often names of it begin with the first kanji read so (``heads``) and end with the
    second read so (``tails``), over its size (:meth:`ReadingIndex.given_class_counts`).
    With ``head`` and ``tail``, only a pair at least :data:`_PAIRED_MARGIN` times as likely
    as that one. None where no class has names of both kanji, or ``head`` + ``tail`` stands.

    >>> likeliest_pair({"mkk": {"たね": 2}}, {"mkk": {"しげ": 3}, "fkk": {"え": 9}},
    ...                 {"mkk": 10, "fkk": 10}, "たね", "え")
    'たねしげ'
    """
    scores: dict[tuple[str, str], float] = {}
    for kind, firsts in heads.items():
        seconds = tails.get(kind)
        if not seconds or not sizes.get(kind):
            continue
        for first, a in firsts.items():
            for second, b in seconds.items():
                scores[(first, second)] = scores.get((first, second), 0.0) + a * b / sizes[kind]
    if not scores:
        return None
    best = max(scores, key=lambda pair: (scores[pair], pair))
    if head and scores[best] < _PAIRED_MARGIN * scores.get((head, tail), 0.0):
        return None
    return best[0] + best[1]


def on_joined(parts: list[str]) -> str:
    """On readings side by side, with the sound change Sino-Japanese compounds make: a
    final つ doubles the next consonant (立 りつ + 風 ふう: りっぷう; 発 はつ + 見: はっけん)."""
    out = parts[0]
    for part in parts[1:]:
        if out.endswith("つ") and len(out) > 1 and part[:1] in _DOUBLES:
            out = out[:-1] + "っ"
            part = _DOUBLES[part[0]] + part[1:]
        out += part
    return out


#: The first kana of an on reading after a final つ, as it is said there (ふ: ぷ).
_DOUBLES = {**{k: k for k in "かきくけこさしすせそたちつてと"},
            **dict(zip("はひふへほ", "ぱぴぷぺぽ", strict=True))}


def official_stem(official: str, suffix: str) -> str | None:
    """The official list's reading ``official`` of a municipality without its ``suffix``'s
    (市 し, 町 ちょう or まち), both at full size as the list writes them (知名町 ちなちよう);
    None where it ends in neither.

    >>> official_stem("ちなちよう", "町"), official_stem("さんむし", "町")
    ('ちな', None)
    """
    from jpterms.gazetteer import full_size

    ends = [full_size(spelled(r)) for r in _rules()["admin_suffixes"].get(suffix, ())]
    return next((official[: -len(e)] for e in ends if e and official.endswith(e)), None)


def admin_ending(reading: str, suffix: str) -> str:
    """The reading of an administrative ``suffix`` (村: むら or そん) that ``reading`` ends
    with, spelled in kana; "" where it ends with none.

    >>> admin_ending("はらべつむら", "村"), admin_ending("はらべつ", "村")
    ('むら', '')
    """
    return next((e for e in map(spelled, _rules()["admin_suffixes"].get(suffix, ()))
                 if reading.endswith(e)), "")


def as_place(pieces: list[Morpheme]) -> list[Morpheme]:
    """A municipality's name is a proper noun, so its suffix takes the hyphen (共和町 Kyōwa-chō)."""
    suffixes = _rules()["admin_suffixes"]
    return [m if m.locked or m.surface in suffixes else replace(m, proper=True) for m in pieces]


def spelled(reading: str) -> str:
    """A table's reading (katakana, long vowels as ー) as kana are spelled: チョー → ちょう."""
    return to_hiragana(reading).replace(LONG_MARK, "う")


def with_genitive(given: Morpheme) -> Morpheme:
    """A given name after a clan's name, with the genitive の before it, a word of its
    own in lower case: 藤原 + の道長 (Fujiwara no Michinaga)."""
    return replace(given, reading="ノ" + given.reading, kana="ノ " + given.kana,
                   words=("ノ", given.reading), capitals=(False, True))


def merge_units(span: list[Morpheme], reading: str, kana: str, source: str, confidence: str,
                alternatives: tuple[str, ...]) -> Morpheme:
    """The units of ``span`` as one word read ``reading`` (katakana, long vowels marked)
    and spelled ``kana``: the first unit's part of speech (a noun's, else the last
    unit's), proper where any unit is, a word of its own unless a kana suffix begins
    it.

    >>> from jpterms.morpheme import Morpheme
    >>> word = merge_units([
    ...     Morpheme("日本", "ニホン", "ニホン", "名詞-固有名詞-地名-国", proper=True),
    ...     Morpheme("郵船", "ユーセン", "ユウセン", "名詞-普通名詞-一般")],
    ...     "ニッポンユーセン", "ニッポンユウセン", "jmnedict", "likely", ())
    >>> word.surface, word.reading, word.proper, word.source
    ('日本郵船', 'ニッポンユーセン', True, 'jmnedict')
    """
    first = span[0]
    role = first.role if len(span) == 1 else ""
    if first.role == "prev" and not has_kanji(first.surface):
        role = "prev"  # a kana suffix binds the word it begins (それ + ら抜き: sorera)
    # (a word that a kanji suffix begins is a word of its own: アイヌ + 民譚集, Ainu
    # mindanshū; 野球 + 史上, yakyū shijō; バス + 車内, basu shanai)
    if first.role == "punct":
        role = ""
    pos = first.pos if len(span) == 1 or first.pos.startswith("名詞") else span[-1].pos
    if pos.startswith("記号"):
        pos = "名詞-普通名詞-一般"
    return replace(first, surface="".join(m.surface for m in span), reading=reading,
                   kana=kana, pos=pos, role=role, proper=any(m.proper for m in span),
                   words=(), capitals=(), source=source, confidence=confidence,
                   alternatives=alternatives, locked=False)


def halves_at_no(written: str, reading: str) -> tuple[str, str, str, str] | None:
    """A name of kanji joined by one katakana ノ (長太ノ浦) and its reading cut at the
    の it reads: (kanji before, their reading, kanji after, theirs), so
    :meth:`ReadingResolver.mark` marks no long vowel across the の (なご + の + うら,
    Nagonoura, not Nagonōra), or None. The の is the reading's only one.

    >>> halves_at_no("長太ノ浦", "なごのうら"), halves_at_no("長太浦", "なごうら")
    (('長太', 'なご', '浦', 'うら'), None)
    """
    at = written.find("ノ")
    if at < 1 or at == len(written) - 1 or written.count("ノ") != 1 \
            or reading.count("の") != 1 or not has_kanji(written[at - 1] + written[at + 1]):
        return None
    cut = reading.index("の")
    if not 0 < cut < len(reading) - 1:
        return None
    return written[:at], reading[:cut], written[at + 1:], reading[cut + 1:]


def kanji_readings(ch: str, index: ReadingIndex, *, names: bool = True) -> list[str]:
    """A kanji's readings with their voiced and doubled forms; ``names``: with nanori."""
    return list(_kanji_readings_of(ch, index, names))


@lru_cache(maxsize=8192)
def _kanji_readings_of(ch: str, index: ReadingIndex, names: bool) -> tuple[str, ...]:
    """:func:`kanji_readings`, worked out once per kanji (a run's spans ask again)."""
    on, kun, nanori = index.kanji(ch)
    out = list(on)
    for k in kun:
        stem, _, okurigana = k.strip("-").partition(".")
        out.append(stem)
        if okurigana and okurigana[-1] in CONTINUATIVE:  # 居 お.る: おり (本居 もとおり)
            out.append(stem + okurigana[:-1] + CONTINUATIVE[okurigana[-1]])
    if names:
        out += list(nanori)
    variants: list[str] = []
    for r in out:
        if not r:
            continue
        variants.append(r)
        variants += [v + r[1:] for v in VOICINGS.get(r[0], ())]  # 保 ぼ (久保), 法 ぽ
        if len(r) > 1 and r[-1] in "つくちき":
            variants.append(r[:-1] + "っ")
    return tuple(dict.fromkeys(variants))


#: The voiced sound a kana takes in a compound (rendaku: は to ば; ぱ is in VOICINGS).
VOICE = dict(zip("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどばびぶべぼ",
                 strict=True))


#: The continuative (-masu stem) ending of each verb ending: う → い, る → り (居 お.る: おり).
CONTINUATIVE = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり", strict=True))


#: Every voiced sound of a kana (は: ば and ぱ).
VOICINGS = {k: (v, *(("ぱぴぷぺぽ"["はひふへほ".index(k)],) if k in "はひふへほ" else ()))
            for k, v in zip("かきくけこさしすせそたちつてとはひふへほ",
                            "がぎぐげござじずぜぞだぢづでどばびぶべぼ", strict=True)}


def split_over_kanji(written: str, reading: str,
                     index: ReadingIndex) -> list[tuple[str, str]] | None:
    """Split ``reading`` into one piece per character of ``written`` (kana stand for
    themselves): (piece, its character; "" for a の a name inserts)."""
    if len(written) > 8:
        return None
    options = [kanji_readings(c, index) if has_kanji(c) and c != "々" else [to_hiragana(c)] for c in written]
    for i, c in enumerate(written):
        if c == "々" and i:
            options[i] = options[i - 1]

    def walk(i: int, pos: int) -> list[tuple[str, str]] | None:
        if i == len(written):
            return [] if pos == len(reading) else None
        for r in sorted(options[i], key=len, reverse=True):
            if reading.startswith(r, pos):
                rest = walk(i + 1, pos + len(r))
                if rest is not None:
                    return [(r, written[i]), *rest]
        # 井上 い(の)うえ: a name may insert の/が/つ between kanji.
        if i > 0 and reading[pos:pos + 1] in ("の", "が", "つ", "ノ"):
            for r in options[i]:
                if reading.startswith(r, pos + 1):
                    rest = walk(i + 1, pos + 1 + len(r))
                    if rest is not None:
                        return [(reading[pos], ""), (r, written[i]), *rest]
        return None

    try:
        pieces = walk(0, 0)
    except RecursionError:  # pragma: no cover - written is at most 8 characters
        return None
    return pieces


def units_from(morphemes: list[Morpheme], cut: int) -> list[Morpheme]:
    """The units that begin at or after character ``cut`` (a boundary between units)."""
    out: list[Morpheme] = []
    at = 0
    for m in morphemes:
        if at >= cut:
            out.append(m)
        at += len(m.surface)
    return out
