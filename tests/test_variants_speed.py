"""The romanisation-variant rule counts each distinct name outside and inside the
document's titles at C speed (every name at once, then the names each title holds), with
the counts a name-by-name placement gives.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence, never time.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from jpterms.check import check
from jpterms.citations import inside
from jpterms.readers import load_document
from jpterms.rules import variants
from jpterms.rules.base import Context

_DATA = Path(__file__).parent / "data"


def _placed(names: list[tuple[str, int, int]],
            titles: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    prose: Counter[str] = Counter()
    titled: Counter[str] = Counter()
    for word, start, _ in names:
        (titled if inside(start, titles) else prose)[word] += 1
    return {word: (prose[word], titled[word]) for word in dict.fromkeys(w for w, _, _ in names)}


def test_names_are_counted_as_placing_each_finds() -> None:
    checked = 0
    for path in sorted(_DATA.rglob("*")):
        if path.suffix not in (".md", ".txt", ".bib") or not path.is_file():
            continue
        ctx = Context(load_document(path.read_text(encoding="utf-8"), str(path)))
        names = variants._names(ctx)
        titles = ctx.title_spans
        assert variants._counts(names, titles) == _placed(names, titles), path
        backwards = names[::-1]  # not in source order: each name placed
        assert variants._counts(backwards, titles) == _placed(backwards, titles), path
        checked += bool(titles) and any(t for _, t in _placed(names, titles).values())
    assert checked >= 10


def test_the_founding_article_keeps_its_variant_findings() -> None:
    text = (_DATA / "000_4783c9767dffaf4f.txt").read_text(encoding="utf-8")
    found = [(f.code, f.text, f.suggestions[:1]) for f in check(text) if f.code == "JP601"]
    assert ("JP601", "Genba", ("Gemba",)) in found or ("JP601", "Gemba", ("Genba",)) in found
