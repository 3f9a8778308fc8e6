"""The order of a look-up's results and readings once they are found: a listed word before
two kanji no dictionary lists together (:func:`listed_word_first`), two searches' readings
merged (:func:`merge_orders`), an era the query spells kept among the results
(:func:`keep_one`).

>>> from jpterms.match import Match
>>> out = [Match("旬注", "しゅんちゅう", "Shunchu", "", "mozc", 2.0), Match("春昼", "しゅんちゅう", "Shunchu", "", "mozc", 1.0)]
>>> [(m.kanji, m.score) for m in listed_word_first(out)]
[('春昼', 2.0), ('旬注', 1.0)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from jpterms.dictionaries import jmdict_glosses, jmnedict_glosses, mozc_costs
from jpterms.kana import is_kanji
from jpterms.match import Match
from jpterms.mozc_contexts import SUFFIX_CONTEXTS

if TYPE_CHECKING:  # (the lattice is imported where a look-up builds one: a check never does)
    from jpterms.lattice import Edge, Path

__all__ = ["keep_one", "listed_word_first", "merge_orders", "moved_first", "unlisted",
           "word_and_suffix"]


def word_and_suffix(run: Sequence[Edge]) -> bool:
    """Whether a run of kanji words is one word of two kanji or more and a noun suffix
    after it (競走 + 法), as Mozc lists them: a word any such pair makes, listed or not."""
    return len(run) == 2 and run[1].left in SUFFIX_CONTEXTS and len(run[0].written) >= 2 \
        and run[0].left not in SUFFIX_CONTEXTS and run[0].source in ("mozc", "jmdict")


def unlisted(m: Match) -> bool:
    """Whether a result is two kanji no dictionary lists together (旬注 of *Shunchu*: 旬 +
    注): not JMdict's, JMnedict's nor Mozc's for its reading. (A longer one is often a word
    and a suffix, which no dictionary needs to list: 規制者 "regulator" of *Kiseisha*.)"""
    return m.source not in ("glossary", "station") and len(m.kanji) == 2 and \
        all(map(is_kanji, m.kanji)) and m.kanji not in mozc_costs(m.kana) and \
        not jmdict_glosses(m.kanji) and not jmnedict_glosses(m.kanji)


def listed_word_first(out: list[Match]) -> list[Match]:
    """A one-word query's results with the first two-kanji JMdict word among them moved
    before the first result, which is two kanji no dictionary lists together
    (:func:`unlisted`): the writer wrote one word (*Shunchu* 春昼, *Kamoryo* 鴨猟, *Hekiken* 僻見, *Botei* 亡弟)."""
    for i, m in enumerate(out[1:], 1):
        if m.source != "glossary" and len(m.kanji) == 2 and jmdict_glosses(m.kanji):
            return moved_first(out, i)
    return out


def moved_first(out: list[Match], i: int) -> list[Match]:
    """``out`` with its ``i``-th result first, each result given the score of the place it
    now has (scores stay in order)."""
    order = [out[i], *out[:i], *out[i + 1:]]
    return [m.replace(score=old.score) for m, old in zip(order, out, strict=True)]


def merge_orders(found: list[tuple[Path, str]], other: list[tuple[Path, str]],
                  limit: int) -> list[tuple[Path, str]]:
    """The ``limit`` cheapest of two searches' paths (each with the query it read), each
    spelling once: where both orders read the same kanji, the cheaper reading stands."""
    out: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for path, read in sorted((*found, *other), key=lambda t: t[0].cost):
        if path.written not in seen:
            seen.add(path.written)
            out.append((path, read))
    return out[:limit]


def keep_one(found: list[Path], limit: int, wanted: frozenset[str]) -> list[Path]:
    """The first ``limit`` paths, with the best path written as one of ``wanted`` (an era
    the query spells) in the last place if none of them is."""
    top = found[:limit]
    if not wanted or not top or any(p.written in wanted for p in top):
        return top
    extra = next((p for p in found[limit:] if p.written in wanted), None)
    return top if extra is None else [*top[:-1], extra]
