"""Patterns whose kanji classes are dear to compile (1-2 ms each, on every start-up) and
that most documents never need are compiled on first use: a check of English prose
compiles none of them; a text that writes Japanese, a likely unofficial name or a BibTeX
``titleaddon`` compiles the one it needs, with the answers the pattern gives.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests count work,
never time.
"""

from __future__ import annotations

from pathlib import Path

from jpterms import citations, paired, publishers
from jpterms.check import check
from jpterms.readers import load_document
from jpterms.rules import glosses

_DATA = Path(__file__).parent / "data"
_LAZY = (citations._original_script, paired._more_script, glosses._about_japan,
         publishers._written)


def test_english_prose_compiles_none_of_them() -> None:
    for lazy in _LAZY:
        lazy.cache_clear()
    for name in ("english_prose/rfc1721.txt", "english/nodejs_changelog_v17_excerpt.md"):
        check((_DATA / name).read_text(encoding="utf-8"), path=name)
    assert [lazy.cache_info().currsize for lazy in _LAZY] == [0, 0, 0, 0]


def test_each_is_compiled_once_where_it_is_needed() -> None:
    for lazy in _LAZY:
        lazy.cache_clear()
    text = "Takeuchi Rizō 竹内 理三 wrote it; 大内と大友 中世西日本の二大大名."
    assert [(p.original, p.first) for p in paired.find_pairs(text)] == [
        ("竹内 理三", "竹内")]
    bib = ("@book{T, title = {Saigo no Nihonjin}, titleaddon = {最後の日本人},\n"
           " year = {1990}}\n")
    titles = list(citations.find_titles(load_document(bib, "refs.bib")))
    assert [(t.text, t.original) for t in titles] == [("Saigo no Nihonjin", "最後の日本人")]
    assert paired._more_script() is paired._more_script()
    assert [lazy.cache_info().currsize for lazy in _LAZY[:2]] == [1, 1]
