"""benchmarks/make_unseen.py builds session 25's development set of English Wikipedia
articles on Japanese subjects (``--wiki25 WIKI``) as ``data/unseen_wiki25.tsv`` lists them:
fresh articles, none of the fifth held-out set's nor of any earlier Wikipedia set's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _rows(table: Path) -> list[list[str]]:
    return [row.split("\t") for row in table.read_text(encoding="utf-8").splitlines()
            if row.strip() and not row.startswith("#")]


def _pages(table: Path) -> set[str]:
    return {row[1] for row in _rows(table)}


def test_the_wiki25_articles_are_in_no_other_set(load: Callable[[str], ModuleType],
                                                  tmp_path: Path) -> None:
    module = load("make_unseen")
    rows = _rows(module.WIKI25_TABLE)
    wiki25 = {row[1] for row in rows}
    assert len(rows) == len(wiki25) == 40 and all(p.startswith("wikipedia:") for p in wiki25)
    for other in ("heldout5", "wikidev", "wiki17", "wikibib"):
        assert not wiki25 & _pages(DATA / f"unseen_{other}.tsv"), other
    # each row is a whole article's text up to its notes, into OUT/wiki25/dev
    assert all(row[0].startswith("wiki25/dev/") and row[2] == "1" and int(row[3]) >= 1
               for row in rows)
    # the option reads the given mirror, and says so when there is none
    with pytest.raises(module.BadArgument, match=r"wikipedia\.abstract\.en"):
        module.main([str(tmp_path), "--wiki25", str(tmp_path / "no-mirror")])
