"""Okurigana left out, as older writing and the official rules' permitted forms do: a
compound noun also written without them (気乗り → 気乗: :func:`add_omitted_okurigana`), and
a look-up's reading so spelled moved first where the query is an old title
(:func:`short_okurigana_first`), not a run of nouns in sentence case
(:func:`noun_run_in_sentence_case`).

>>> drops_okurigana("成行", "成り行き"), drops_okurigana("小屋畑", "小屋の畑")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from jpterms.kana import is_hiragana, is_kanji
from jpterms.lookup_costs import OMITTED_OKURIGANA_COST
from jpterms.romaji import PARTICLE_WORDS

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Edge, Path

__all__ = ["add_omitted_okurigana", "drops_okurigana", "noun_run_in_sentence_case", "run_noun",
           "short_okurigana_first"]


#: A compound noun whose okurigana may be left out: kanji with one kana of a verb's stem
#: (:data:`_STEM_KANA`) after each run of them, ending in a kanji or in such a kana (気乗り,
#: 子育て, 返り点); a longer run is an inflection kept in older spellings too (風変わり
#: 風変り, never 風変), and の, が, い or き are no okurigana of such a noun (春の夜, 青白き).
_STEM_KANA = "ぎしじちびみりえけげせてでべめれ"
_OKURIGANA_NOUN = re.compile(f"(?:[\u3400-\u4dbf\u4e00-\u9fff々]+[{_STEM_KANA}])+"
                             "[\u3400-\u4dbf\u4e00-\u9fff々]*").fullmatch
#: A noun of a noun run with its okurigana: kanji or katakana with one or two kana after
#: each run of kanji (落とし穴, 組み込みシステム, 繰り返し), ending in a kanji, a katakana or
#: a kana of a verb's stem (:data:`_STEM_KANA`), not an inflection (生まれて, 出来上がった).
_RUN_SHAPE = re.compile("(?:[\u3400-\u4dbf\u4e00-\u9fff々]+[\u3041-\u3096]{1,2}|[\u30a1-\u30fc]+)+"
                        "[\u3400-\u4dbf\u4e00-\u9fff々\u30a1-\u30fc]*").fullmatch


def run_noun(written: str) -> bool:
    """Whether ``written`` is shaped as a noun of a noun run with its okurigana.

    >>> [run_noun(w) for w in ("落とし穴", "組み込みシステム", "繰り返し", "生まれて", "美しい")]
    [True, True, True, False, False]
    """
    return _RUN_SHAPE(written) is not None and (
        not is_hiragana(written[-1]) or written[-1] in _STEM_KANA)


def add_omitted_okurigana(edges: list[list[Edge]]) -> None:
    """Each compound noun of Mozc or JMdict written with okurigana (:data:`_OKURIGANA_NOUN`)
    also written without them, for :data:`OMITTED_OKURIGANA_COST` more, where no word
    over the same slots is so written already (*Ichiban kinori no suru toki*: 気乗 among
    the five; *Sakiiresakidashiho*: 先入先出法).

    >>> from jpterms.lattice import Edge
    >>> row = [Edge(0, 3, "気乗り", "きのり", 1841, 1841, 7680, "mozc"),
    ...        Edge(0, 5, "風変わり", "ふうがわり", 1841, 1841, 7000, "mozc"),
    ...        Edge(0, 5, "風変り", "ふうがわり", 1841, 1841, 8000, "mozc")]
    >>> edges = [row]
    >>> add_omitted_okurigana(edges)
    >>> [(e.written, e.cost) for e in edges[0][3:]]
    [('気乗', 9180)]
    """
    from jpterms.lattice import new_edge

    def bare(written: str) -> str:
        return "".join(ch for ch in written if not is_hiragana(ch))

    for p, row in enumerate(edges):
        nouns = [e for e in row if e.source in ("mozc", "jmdict") and not e.kind and
                 _OKURIGANA_NOUN(e.written)]
        if not nouns:
            continue  # (most rows have none: nothing to write without its okurigana)
        known = {(e.end, e.written) for e in row}
        # the most okurigana a spelling of the same kanji writes: 風変り is 風変わり with
        # one left out already, and leaves out no more
        most: dict[tuple[int, str], int] = {}
        for e in row:
            key = (e.end, bare(e.written))
            most[key] = max(most.get(key, 0), len(e.written) - len(key[1]))
        extra = []
        for e in nouns:
            kanji = bare(e.written)
            if len(kanji) < 2 or (e.end, kanji) in known or \
                    most[e.end, kanji] > len(e.written) - len(kanji):
                continue
            known.add((e.end, kanji))
            extra.append(new_edge(p, e.end, kanji, e.kana, e.left, e.right,
                                  e.cost + OMITTED_OKURIGANA_COST, e.source))
        row.extend(extra)


def drops_okurigana(short: str, full: str) -> bool:
    """Whether ``short`` is the word ``full`` with okurigana left out, as writing before
    the 1973 rules did (成行 for 成り行き, 生れる for 生まれる, 出来上った for
    出来上がった): hiragana dropped after a kanji or its kana, none of them っ or つ (坊っちゃん,
    一つ), and no の or が where a particle would stand, between kanji or at the end
    (小屋の畑, 我が).

    >>> [drops_okurigana(s, f) for s, f in (("成行", "成り行き"), ("出来上った", "出来上がった"),
    ...                                     ("小屋畑", "小屋の畑"), ("我", "我が"), ("一", "一つ"))]
    [True, True, False, False, False]
    """
    if len(short) >= len(full):
        return False
    i = 0
    for k, ch in enumerate(full):
        if i < len(short) and short[i] == ch:
            i += 1
            continue
        prev, after = full[k - 1:k], full[k + 1:k + 2]
        if not is_hiragana(ch) or ch in "つっ" or not prev or \
                not (is_kanji(prev) or is_hiragana(prev)) or \
                (ch in "のが" and (not after or is_kanji(after))):
            return False
    return i == len(short)


def noun_run_in_sentence_case(query: str, best: Path) -> bool:
    """Whether ``query`` is a run of nouns written in sentence case, as a current title or
    term is (*Kumikomi shisutemu*, *kurikaeshi fugo*: two written words or more, one after
    the first in lower case, none a particle) and its ``best`` reading writes only nouns:
    each word kanji or katakana alone, or a compound noun with its okurigana
    (:data:`run_noun`: 組み込みシステム, 落とし穴, 繰り返し). Such a reading keeps its place before
    the same words with okurigana left out (組込みシステム): those are the older spelling
    that a phrase of an old title writes (東京に生れて, 博士問題の成行), not the current one
    of a noun run; a name in title case keeps either (*Kosodate Jizo* 子育地蔵).

    >>> from jpterms.lattice import Edge, Path
    >>> best = Path(0, (Edge(0, 3, "繰り返し", "くりかえし", 0, 0, 0, "mozc"),
    ...                 Edge(3, 5, "符号", "ふごう", 0, 0, 0, "mozc")))
    >>> noun_run_in_sentence_case("kurikaeshi fugo", best)
    True
    >>> noun_run_in_sentence_case("Kurikaeshi Fugo", best), noun_run_in_sentence_case("kurikaeshi", best)
    (False, False)
    """
    words = query.split()
    if len(words) < 2 or not any(w[:1].islower() for w in words[1:]) or \
            any(w.lower().strip(",.:;!?") in PARTICLE_WORDS for w in words):
        return False
    return all(not any(map(is_hiragana, e.written)) or run_noun(e.written)
               for e in best.edges)


def short_okurigana_first(found: list[Path], limit: int,
                           written_so: Callable[[Edge], bool] = lambda e: True) -> list[Path]:
    """``found`` (readings of a look-up, cheapest first) with the first of the top
    ``limit`` that spells the best reading's words with okurigana left out
    (:func:`drops_okurigana`, word by word, same kana) moved first: a romanised title
    is most often an old one (東京に生れて, 博士問題の成行, 返点). Each word so shortened
    must pass ``written_so``: a look-up asks that a dictionary list the short spelling or
    that it stand within one written word, for a writer who parts two words (*Meguro
    dori*, *Kote nage*) writes each with its okurigana (目黒通り, 小手投げ), where the
    lattice's unlisted 目黒通 or 小手投 joins them."""
    if not found:
        return found
    best = found[0]
    for k, p in enumerate(found[1:limit], 1):
        if len(p.edges) == len(best.edges) and p.written != best.written and all(
                a.kana == b.kana and (a.written == b.written or (
                    drops_okurigana(a.written, b.written) and written_so(a)))
                for a, b in zip(p.edges, best.edges, strict=True)):
            return [p, *found[:k], *found[k + 1:]]
    return found
