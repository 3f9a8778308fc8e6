"""Chinese names and titles written in pinyin, back to the kanji the Japanese dictionaries write.

A bibliography of Japanese studies cites Chinese authors and works in pinyin, without
tones (*Pu Songling* 蒲松齢, *Shuowen Jiezi* 説文解字, *Guangyun* 広韻). Read as romanised
Japanese, such a query is nonsense (愚庵ぎゅん for *Guangyun*) or nothing at all
(*Songling* is no romaji). KANJIDIC2 gives each kanji its Mandarin readings; a spelling
JMdict or JMnedict lists whose kanji read the query's syllables one by one, in order, is
the name or title the query writes.

Only a query that says it is pinyin is read so (:func:`pinyin_query`): every word parts
into syllables of Mandarin, and one of them is no romaji at all (*Songling*, *Qu*) or
has what Hepburn never writes (*Guangyun*, *Shuowen*). Nothing here loads with ``jpterms``:
the syllables come from KANJIDIC2 the first time such a query is seen.

>>> syllables("Songling"), syllables("Nihon")
(('song', 'ling'), None)
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jpterms.reading_index import ReadingIndex

__all__ = ["PINYIN_SPELLINGS", "is_pinyin_text", "pinyin_query", "spellings", "syllables"]

#: The most spellings a query yields (each is a dictionary entry: more are rare).
PINYIN_SPELLINGS = 3
#: The longest syllable of Mandarin (zhuang, shuang), in letters.
_LONGEST = 6
#: What Hepburn does not write and pinyin does: a final *ng* before a consonant
#: (Gua*ng*yun), *uo* after sh, g, h, d or l (*Shuowen*; not *Kazuo*, *Haruo*, nor
#: *Chuo* 中央, nor after t: Kunrei-shiki writes つお so, *Tatuo* 達夫),
#: *x*, *q*, *zh*, a *c* that is no *ch*. Hepburn's ん before g (*Kangyo* 勧業) also
#: matches, so this alone proves nothing: the whole query must part into pinyin too, and
#: JMnedict must read it.
_PINYIN_ONLY = re.compile(r"ng(?![aiueo])|(?:sh|zh|(?<!c)h|[gdl])uo|[xq]|zh|c(?!h)")
_WORD = re.compile(r"[a-z]+")
#: The words of a title, its punctuation and digits aside.
_TEXT_WORDS = re.compile(r"[A-Za-z']+")


@cache
def _readings() -> dict[str, frozenset[str]]:
    """The kanji that KANJIDIC2 reads each toneless pinyin syllable as (``song``: 松, 宋, ...)."""
    import sqlite3

    import jamdict_data

    db = os.path.join(os.path.dirname(jamdict_data.__file__), "jamdict.db")
    out: dict[str, set[str]] = {}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for literal, value in conn.execute(
                "SELECT c.literal, r.value FROM reading r JOIN rm_group g ON g.ID = r.gid "
                "JOIN character c ON c.ID = g.cid WHERE r.r_type = 'pinyin'"):
            out.setdefault(value.rstrip("012345").replace("u:", "v"), set()).add(literal)
    finally:
        conn.close()
    return {key: frozenset(chars) for key, chars in out.items()}


def syllables(word: str) -> tuple[str, ...] | None:
    """``word`` parted into toneless pinyin syllables, the longest first where it can be
    parted more ways; None if it cannot be (an apostrophe parts syllables, as in *Xi'an*).

    >>> syllables("Zhongguo"), syllables("xi'an"), syllables("Kyoto")
    (('zhong', 'guo'), ('xi', 'an'), None)
    """
    known = _readings()
    out: list[str] = []
    for piece in word.lower().split("'"):
        parted = _parted(piece, known) if _WORD.fullmatch(piece) else None
        if parted is None:
            return None
        out.extend(parted)
    return tuple(out)


def _parted(text: str, known: Collection[str]) -> list[str] | None:
    """``text`` parted into syllables of ``known``, each the longest that leaves a rest
    that can be parted too; None if it cannot be. Whether each rest can be is worked out
    once, from the end, so the work grows with the length, not with the ways to part it
    (a search that went back and tried again took seconds on 40 letters: *ananan…q*)."""
    size = len(text)
    partable = [False] * size + [True]
    for at in range(size - 1, -1, -1):
        partable[at] = any(partable[at + n] and text[at:at + n] in known
                           for n in range(1, min(_LONGEST, size - at) + 1))
    if not partable[0]:
        return None
    out: list[str] = []
    at = 0
    while at < size:
        n = next(n for n in range(min(_LONGEST, size - at), 0, -1)
                 if partable[at + n] and text[at:at + n] in known)
        out.append(text[at:at + n])
        at += n
    return out


def pinyin_query(query: str) -> tuple[str, ...] | None:
    """The syllables of a query that is pinyin, not romanised Japanese, else None: every
    word parts into pinyin syllables, and a word is no romaji (*Songling*) or has what
    only pinyin writes (:data:`_PINYIN_ONLY`: *Guangyun*, *Shuowen*).

    >>> pinyin_query("Pu Songling"), pinyin_query("Guangyun"), pinyin_query("Tanaka Ken")
    (('pu', 'song', 'ling'), ('guang', 'yun'), None)
    """
    from jpterms.romaji import is_romaji

    words = query.split()
    if not words or not any(not is_romaji(w) or _PINYIN_ONLY.search(w.lower()) for w in words):
        return None
    out: list[str] = []
    for w in words:
        parts = syllables(w)
        if parts is None:
            return None
        out.extend(parts)
    return tuple(out) if len(out) >= 2 else None


def is_pinyin_text(text: str) -> bool:
    """Whether a title or name of two words or more, its punctuation aside, is pinyin (a
    Chinese work's title in a bibliography), not romanised Japanese: :func:`pinyin_query`
    of its words. A citation rule does not correct it as Japanese.

    >>> is_pinyin_text("Zhongguo jindai shi"), is_pinyin_text("Nihon kindai shi")
    (True, False)
    >>> is_pinyin_text("Zhongguo")  # (one word: too little to tell)
    False
    """
    words = _TEXT_WORDS.findall(text)
    return len(words) >= 2 and pinyin_query(" ".join(words)) is not None


def spellings(parts: tuple[str, ...], index: ReadingIndex) -> list[str]:
    """The spellings JMnedict lists (``index``) whose kanji read ``parts``, one
    kanji a syllable, in order, and which Japanese reads the Chinese way, as it reads a
    Chinese name or title (:func:`_read_as_chinese`): JMnedict's people and works first,
    then its other names of three kanji or more (蒲松齢, 説文解字: of no kind) or that
    Japanese text writes (wordfreq: 西安 for *Xi'an*; not 上和 for *Shanghai*),
    each group the commonest in Japanese text first (広州 before 光州 for *Guangzhou*); at
    most :data:`PINYIN_SPELLINGS` of them. 光贇 (みつよし) and 光運 (a given name) read
    *guang yun* too, but are Japanese names; 洸運 (こううん, of no kind) is no word of
    Japanese text: 広韻 (こういん, a work) is the one.

    >>> from jpterms.reading_index import ReadingIndex
    >>> spellings(("guang", "yun"), ReadingIndex.default())
    ['広韻']
    """
    from jpterms.word_frequencies import FrequencyTable

    frequency = FrequencyTable.open("ja").get
    known = _readings()
    found: list[tuple[bool, float, str]] = []
    stack = [""]
    while stack and len(found) < MOST_CANDIDATES:
        text = stack.pop()
        if len(text) == len(parts):
            if text in index:
                kinds = _read_as_chinese(text, index) or frozenset()
                other = kinds.isdisjoint(_NAMED)
                # JMnedict's only (a word, 主席 for *Zhu Xi*, is no name); a name of another
                # kind of two kanji (a Japanese given name read the Chinese way, 上和 for
                # *Shanghai*) only where Japanese text writes it (西安 for *Xi'an*)
                if kinds and not (other and len(text) < 3 and not frequency(text)):
                    found.append((other, -frequency(text), text))
            continue
        for char in sorted(known.get(parts[len(text)], ()), reverse=True):
            if index.has_beginning(text + char):
                stack.append(text + char)
    return [text for *_, text in sorted(found)][:PINYIN_SPELLINGS]


#: JMnedict's kinds of entry that a Chinese person or work may be listed as, first.
_NAMED = frozenset({"person", "work", "product"})
#: JMnedict's kinds of Japanese names: a spelling only so listed is no Chinese name.
_JAPANESE_NAMES = frozenset({"given", "fem", "masc", "surname"})
#: How many spellings that read the syllables are weighed at most.
MOST_CANDIDATES = 40
#: A kanji's on reading whose last kana doubles the next consonant (説 せつ → せっ).
_GEMINATE = re.compile("[つくちき]$")
#: A kanji's first kana as a compound voices it (清音 → 濁音; は行 → ぱ行, after ん or っ).
_VOICED = str.maketrans("かきくけこさしすせそたちつてとはひふへほ", "がぎぐげござじずぜぞだぢづでどぱぴぷぺぽ")


def _read_as_chinese(written: str, index: ReadingIndex) -> frozenset[str] | None:
    """The JMnedict kinds (none for JMdict's words) of the readings of ``written`` that
    spell KANJIDIC2's on readings of its kanji one after another, and are not only a
    Japanese given or family name (朱熹 しゅき is a person and a woman's name); None if
    it has none."""
    found: frozenset[str] | None = None
    for r in index.readings(written):
        if not (r.kinds and r.kinds <= _JAPANESE_NAMES) and _spells_on(written, r.reading, index):
            found = (found or frozenset()) | (r.kinds - _JAPANESE_NAMES)
    return found


def _spells_on(written: str, kana: str, index: ReadingIndex) -> bool:
    """Whether ``kana`` is an on reading of each kanji of ``written`` in turn, a kanji after
    the first voiced or half-voiced as compounds voice it (平 へい in 習近平 しゅうきんぺい)."""
    return _spells_on_from(written, kana, index, first=True)


def _spells_on_from(written: str, kana: str, index: ReadingIndex, *, first: bool) -> bool:
    if not written:
        return not kana
    for on in index.kanji(written[0])[0]:
        forms = {on, _GEMINATE.sub("っ", on)}
        if not first:
            forms |= {f[0].translate(_VOICED) + f[1:] for f in set(forms)}
        for form in forms:
            if kana.startswith(form) and \
                    _spells_on_from(written[1:], kana[len(form):], index, first=False):
                return True
    return False
