"""The order of a one-word query's readings: common words first, each word once.

A query of one romanised word with no ``kind`` (*Kaeru*, *Shigo*, *Tsuchi*) is most often a
common word of Japanese spelled that way. The search orders its readings by Mozc's costs,
and the look-up puts the glossary's own entries and a station's name first; here
:func:`reorder` mends what that order gets wrong for such a query (each rule measured on
``benchmarks/lookup_one_word.py``, a probe of JMdict's common words):

- a reading with a long vowel the query did not write (通知 *tsūchi* for *Tsuchi*) gives
  way to a common word spelled exactly as written (土) that wordfreq counts as often or
  more (:data:`UNWRITTEN_LONG_ZIPF`);
- a reading that is no common word of JMdict (a name Mozc lists, 四郷 for *Shigo*; a form
  only Mozc lists) gives way to the first common word read the same where wordfreq counts
  it clearly more often (:data:`UNCOMMON_FIRST_ZIPF`): 死後. A station is left to the
  search's own rule (``lookup_costs.COMMON_OVER_STATION_BAND``): on the dev stations this rule
  put 鴨 before 加茂, 屋内 before 奥内 and 玉 before 多磨, so *Haji* keeps 土師 first;
- a second spelling of a verb already shown (代える after 替える) comes after the other
  readings, so that five results are five words (*Kaeru*: 蛙 among them). A noun's other
  spellings stay where they are: a title writes 竜, 貉 or 鴉片 on purpose.

The search is asked :data:`ONE_WORD_DEPTH` deep a second time for readings beyond its five.
"""

from __future__ import annotations

from functools import cache

from jpterms.dictionaries import (
    jmdict_band,
    jmdict_common,
    jmdict_entries,
    jmdict_usually_kana,
    jmdict_word,
)
from jpterms.kana import kana_to_romaji, to_hiragana
from jpterms.match import Match
from jpterms.word_frequencies import FrequencyTable, zipf

__all__ = ["ONE_WORD_DEPTH", "UNCOMMON_FIRST_ZIPF", "UNWRITTEN_LONG_ZIPF", "reorder"]

#: How deep a one-word query is searched a second time for further readings, put after the
#: usual search's: the words :func:`reorder` may bring into the first five lie a little
#: further down (蛙 is *Kaeru*'s seventh). (Searching that deep in the first place reorders
#: the five themselves: *renbun* lost 連文.)
ONE_WORD_DEPTH = 10

#: A common word spelled as the query is written comes before a first reading with a long
#: vowel the query did not write, where wordfreq counts it at least as often as that, plus
#: this (Zipf): *Tsuchi* 土 (4.8) before 通知 *tsūchi* (4.4); not *kyogi* 虚偽 before 協議
#: (-0.5 let it: 13 more exact words first on the probe, 4 fewer commonest words first).
UNWRITTEN_LONG_ZIPF = 0.0

#: A common word of JMdict comes before a first reading that is none (a name, a form only
#: Mozc lists; not a station) where wordfreq counts it this much (Zipf) more often:
#: *Shigo* 死後 before 四郷.
UNCOMMON_FIRST_ZIPF = 1.0


@cache
def _frequencies() -> FrequencyTable:
    return FrequencyTable.open("ja", "best")


def _zipf(m: Match) -> float:
    """wordfreq's Zipf frequency of a reading's spelling (or of its kana, for a word
    JMdict says is usually written in kana: みかん for 蜜柑)."""
    found = zipf(_frequencies().get(m.kanji))
    if jmdict_usually_kana(m.kanji, m.kana):
        found = max(found, zipf(_frequencies().get(m.kana)))
    return found


def _common(m: Match) -> bool:
    """Whether JMdict marks the reading a common word whose wordfreq count is its own: a
    single kanji only where it has a newspaper band too, or no other common reading
    (wordfreq counts 上 whatever it is read, not only かみ; 雛 is ひな)."""
    if not jmdict_common(m.kanji, m.kana):
        return False
    if len(m.kanji) > 1 or jmdict_band(m.kanji, m.kana) > 0:
        return True
    return all(reading == m.kana or not jmdict_common(m.kanji, reading)
               for entry in jmdict_entries(m.kanji) for reading in entry)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def _as_written(query: str, m: Match) -> bool:
    """Whether the reading's Hepburn is the query exactly (no long vowel left out)."""
    return _letters(kana_to_romaji(to_hiragana(m.kana))) == _letters(query)


def reorder(query: str, matches: list[Match]) -> list[Match]:
    """A one-word query's readings (best first) in the order described above; the scores
    stay with the places."""
    if len(matches) < 2:
        return matches
    order = list(matches)
    first = order[0]
    if not _as_written(query, first):
        floor = _zipf(first) + UNWRITTEN_LONG_ZIPF
        better = next((m for m in order[1:] if _as_written(query, m) and _common(m) and
                       _zipf(m) >= floor), None)
        if better is not None:
            _to_front(order, better)
            first = better
    if first.source != "station" and not jmdict_common(first.kanji, first.kana):
        floor = _zipf(first) + UNCOMMON_FIRST_ZIPF
        # the first common word after it read the same, or spelled as the query is
        better = next((m for m in order[1:] if (m.kana == first.kana or _as_written(query, m))
                       and jmdict_common(m.kanji, m.kana)), None)
        if better is not None and not (_common(better) and _zipf(better) >= floor):
            better = None
        if better is not None:
            _to_front(order, better)
    order = _words_once(order)
    return [m.replace(score=old.score) for m, old in zip(order, matches, strict=True)]


def _to_front(order: list[Match], m: Match) -> None:
    """Move ``m`` to the front of ``order``, found by identity: comparing matches reads
    every field of each, romanising it (a user glossary of 8,000 rows read one way took a
    minute)."""
    order.insert(0, order.pop(next(i for i, other in enumerate(order) if other is m)))


def _words_once(order: list[Match]) -> list[Match]:
    """``order`` with each further spelling of a JMdict word already in it moved after the
    readings that are other words."""
    seen: set[int] = set()
    first: list[Match] = []
    again: list[Match] = []
    for m in order:
        word = jmdict_word(m.kanji, to_hiragana(m.kana))
        if word is not None and "verb" not in word[1].split("|")[0]:
            word = None  # a noun's old spellings are titles' own (竜 and 龍)
        if word is not None and word[0] in seen:
            again.append(m)
            continue
        if word is not None:
            seen.add(word[0])
        first.append(m)
    return first + again
