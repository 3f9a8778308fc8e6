"""What a look-up charges a word of its lattice, or a reading, for what the word is, apart
from where it stands (the engine's rules price that): a p-sound that begins a word not
in katakana (:func:`charge_p_starts`), a homophone JMdict does not mark common where
another is (:func:`prefer_common_homophones`), a word usually written in kana also so
written (:func:`prefer_usual_kana`), a verb's stem inside a written word
(:func:`charge_verb_stems_inside`).

>>> from jpterms.lattice import Edge, Path, query_slots
>>> slots = query_slots("Kigei shuppansha")
>>> stem, art = Edge(0, 1, "着", "き", 707, 707, 15, "mozc"), Edge(1, 3, "芸", "げい", 1949, 1949, 4098, "mozc")
>>> verb_stem_inside(Path(0, (stem, art)), slots)
True
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jpterms.dictionaries import jmdict_common, jmdict_usually_kana
from jpterms.kana import is_kanji, is_katakana
from jpterms.lexicon import PROPER_NAME_KINDS
from jpterms.lookup_costs import P_START_COST, UNCOMMON_HOMOPHONE_COST, VERB_STEM_INSIDE_COST
from jpterms.mozc_contexts import PROPER_CONTEXTS, STEM_CONTEXTS

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Edge, Path, Slot

__all__ = ["P_SOUNDS", "charge_p_starts", "charge_verb_stems_inside", "prefer_common_homophones",
           "prefer_usual_kana", "verb_stem_inside"]


#: Left context ids of the verbs (動詞,自立 and 非自立, every conjugated form: 着, 見, 出),
#: the first range of :data:`jpterms.mozc_contexts.STEM_CONTEXTS`; its second is the adjectives'.
_VERB_CONTEXTS = STEM_CONTEXTS[0]
#: ``all(map(is_kanji, text))`` for a text that is not empty.
_ALL_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf々〆ヶ]+").fullmatch
#: Kana a native or Sino-Japanese word never begins with: a p-sound only comes after っ or
#: ん inside a word (一歩 いっぽ, 散歩 さんぽ), so a word that begins with one is a loanword
#: or a sound word, written in katakana (ポー, パン).
P_SOUNDS = frozenset("ぱぴぷぺぽ")


def charge_p_starts(edges: list[list[Edge]], slots: Sequence[Slot]) -> list[list[Edge]]:
    """``edges`` with :data:`P_START_COST` added to each word that begins a written word,
    is not written all in katakana and is read from a p-sound (:data:`P_SOUNDS`): the
    counter 歩 read ぽ as in 一歩, the piece ぽ of っぽい, 版 read ぱん. *Po no hen'ei* is
    ポーの片影 "a glimpse of Poe", not 歩の片影; *Pan to mizu* パンと水 keeps no 版と見ず in
    its five. A katakana word, and a p-sound inside a written word (*Ippo*: 一歩), pay
    nothing; a unit written in kanji (頁 ページ) only comes after its katakana spelling."""
    if not any(s.first and any(k[:1] in P_SOUNDS for k, _ in s.options) for s in slots):
        return edges
    return [[e.priced(e.cost + P_START_COST)
             if e.kana[:1] in P_SOUNDS and slots[e.start].first and
             not all(map(is_katakana, e.written)) else e for e in row] for row in edges]


def prefer_common_homophones(edges: list[list[Edge]]) -> list[list[Edge]]:
    """``edges`` with :data:`UNCOMMON_HOMOPHONE_COST` added to each common word of two or
    more kanji (Mozc's or JMdict's, not a name) that JMdict lists but does not mark common,
    where a homophone over the same slots is a word JMdict marks common."""
    groups: dict[tuple[int, int, str], list[Edge]] = {}
    for row in edges:
        for e in row:
            if len(e.written) >= 2 and e.source in ("mozc", "jmdict") and \
                    e.left not in PROPER_CONTEXTS and e.kind not in PROPER_NAME_KINDS and \
                    _ALL_KANJI(e.written):
                groups.setdefault((e.start, e.end, e.kana), []).append(e)
    uncommon: set[tuple[int, int, str, str]] = set()
    for (start, end, kana), group in groups.items():
        if len({e.written for e in group}) < 2:
            continue
        marks = {e.written: jmdict_common(e.written, kana) for e in group}
        if any(marks.values()):
            uncommon.update((start, end, kana, w) for w, mark in marks.items() if mark is False)
    if not uncommon:
        return edges
    written = {w for _, _, _, w in uncommon}  # (a test of one string first: most words fail)
    return [[e.priced(e.cost + UNCOMMON_HOMOPHONE_COST)
             if e.written in written and (e.start, e.end, e.kana, e.written) in uncommon
             else e for e in row]
            for row in edges]


#: A word written with kanji and hiragana (其れから, 微か), as :func:`prefer_usual_kana`
#: looks for them; and one written with the prefix 御 before a kanji (御洒落).
_KANJI_AND_KANA = re.compile("[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ].*[\u3041-\u309f]|"
                             "[\u3041-\u309f].*[\u3400-\u4dbf\u4e00-\u9fff々〆ヶ]").search
_HONORIFIC_KANJI = re.compile("御[\u3400-\u4dbf\u4e00-\u9fff々]").match


def prefer_usual_kana(edges: list[list[Edge]]) -> list[list[Edge]]:
    """``edges`` with each word written with kanji and kana (其れから, 微か), or with the
    prefix 御 read お (御洒落), that JMdict says is usually written in kana alone also
    written in hiragana (それから, かすか) as the same word, for one less."""
    from jpterms.lattice import new_edge

    out = edges
    for p, row in enumerate(edges):
        twins = [new_edge(p, e.end, e.kana, e.kana, e.left, e.right, e.cost - 1, e.source,
                          e.kind) for e in row
                 if (_KANJI_AND_KANA(e.written) or (e.kana[:1] == "お" and
                     _HONORIFIC_KANJI(e.written))) and jmdict_usually_kana(e.written, e.kana)]
        if twins:
            if out is edges:
                out = list(edges)
            out[p] = row + twins
    return out


def verb_stem_inside(path: Path, slots: Sequence[Slot]) -> bool:
    """Whether a reading writes a verb's stem as one kanji of Mozc's (着 read き, 見 read
    み) and then, inside the same written word of the query, a word beginning with kanji:
    a composition no dictionary lists (:data:`VERB_STEM_INSIDE_COST`).

    >>> from jpterms.lattice import Edge, Path, query_slots
    >>> slots = query_slots("Kigei shuppansha")
    >>> stem = Edge(0, 1, "着", "き", 707, 707, 15, "mozc")
    >>> noun = Edge(0, 1, "機", "き", 1973, 1973, 2009, "mozc")
    >>> art = Edge(1, 3, "芸", "げい", 1949, 1949, 4098, "mozc")
    >>> verb_stem_inside(Path(0, (stem, art)), slots)
    True
    >>> verb_stem_inside(Path(0, (noun, art)), slots)
    False
    """
    for e, after in itertools.pairwise(path.edges):
        if e.source == "mozc" and len(e.written) == 1 and e.left in _VERB_CONTEXTS and \
                is_kanji(e.written) and not slots[e.end - 1].last and \
                after.written[:1] and is_kanji(after.written[0]):
            return True
    return False


def charge_verb_stems_inside(found: list[Path], slots: Sequence[Slot]) -> list[Path]:
    """``found`` (readings, cheapest first) again in order of cost, a reading that writes
    a verb's stem inside a written word (:func:`verb_stem_inside`) costing
    :data:`VERB_STEM_INSIDE_COST` more."""
    from jpterms.lattice import repriced
    return repriced(found, [VERB_STEM_INSIDE_COST if verb_stem_inside(path, slots) else 0
                             for path in found])
