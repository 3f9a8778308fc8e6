"""benchmarks/make_unseen.py builds a development set of the bibliographies and notes of
English Wikipedia articles (``--wikibib WIKI``, session 21) as ``data/unseen_wikibib.tsv``
lists them: the fifth held-out set's bibliographies' shape, none of its articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _pages(table: Path) -> set[str]:
    return {row.split("\t")[1] for row in table.read_text(encoding="utf-8").splitlines()
            if row.strip() and not row.startswith("#")}


def test_the_wikibib_articles_are_none_of_the_held_out_ones(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    wikibib = _pages(module.WIKIBIB_TABLE)
    assert len(wikibib) == 69 and all(p.startswith("wikipedia:") for p in wikibib)
    assert not wikibib & _pages(DATA / "unseen_heldout5.tsv")
    # its documents are bibliographies and notes, which measure_precision.py's
    # "bibliographies only" lines measure
    targets = {row.split("\t")[0] for row in module.WIKIBIB_TABLE.read_text(encoding="utf-8")
               .splitlines() if row.strip() and not row.startswith("#")}
    assert all(t.endswith(("_bibliography.md", "_references.md")) for t in targets)
