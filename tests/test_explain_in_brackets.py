"""A whole input in round brackets is read alone, in ``explain`` as in ``romanize``: (達) is
(Tachi) in both (``explain`` gave the given name とおる that UniDic reads between
brackets, while ``romanize`` wrote *Tachi*). Checked over real titles and names:
Wikipedia's titles of ``tests/data/readings/jawiki_titles.tsv`` (provenance in that
folder's README)."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms

READINGS = Path(__file__).parent / "data" / "readings"


def _titles(count: int) -> list[str]:
    with (READINGS / "jawiki_titles.tsv").open(encoding="utf-8", newline="") as fh:
        return [r["japanese"] for r in csv.DictReader(fh, delimiter="\t")][:count]


def test_a_bracketed_input_is_explained_as_it_is_romanised() -> None:
    assert [w.romaji for w in jpterms.explain("(達)")] == ["Tachi"]
    assert jpterms.romanize("(達)") == "(Tachi)"
    differ = {}
    for title in _titles(150):
        if "(" in title or ")" in title:
            continue
        alone = [(w.text, w.kana) for w in jpterms.explain(title)]
        bracketed = [(w.text, w.kana) for w in jpterms.explain(f"({title})")]
        if alone != bracketed:
            differ[title] = (alone, bracketed)
    assert differ == {}
