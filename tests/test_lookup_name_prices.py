"""A given name Mozc lists keeps Mozc's price in a name look-up (issue 10): where JMnedict
had already put the same spelling in the lattice at its own, far higher price (a given name
only JMnedict lists costs about 9,000), Mozc's cheaper word replaces it, instead of being
left out as known. *Saito Kohei* 斎藤幸平 was 46th (幸平 priced 9,260 by JMnedict, 4,951 by
Mozc); *Shiraishi Daiji* 白石大二 came after 白石大路. Real rows of
tests/data/lookup/wikidata_scholars.tsv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import jpterms
from jpterms.glossary import Glossary

DATA = Path(__file__).parent / "data" / "lookup" / "wikidata_scholars.tsv"


def _rows(written: set[str]) -> dict[str, str]:
    with DATA.open(encoding="utf-8", newline="") as fh:
        return {r["japanese"]: r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")
                if r["japanese"] in written}


_ROWS = _rows({"斎藤幸平", "白石大二", "矢沢大二"})


def test_the_rows_are_there() -> None:
    assert _ROWS == {"斎藤幸平": "Saito Kohei", "白石大二": "Shiraishi Daiji",
                     "矢沢大二": "Yazawa Daiji"}


def test_a_given_name_mozc_lists_is_priced_by_mozc() -> None:
    engine = Glossary.bundled().reverse_engine
    paths = engine.paths(_ROWS["斎藤幸平"], limit=10)
    given = [p.edges[-1] for p in paths if p.written == "斎藤幸平"]
    assert given and given[0].source == "mozc", [p.written for p in paths]


def test_the_name_comes_among_the_first_ten() -> None:
    found = [m.kanji for m in jpterms.lookup(_ROWS["斎藤幸平"], limit=10)]
    assert "斎藤幸平" in found, found


@pytest.mark.parametrize("written", ["白石大二", "矢沢大二"])
def test_the_name_comes_first(written: str) -> None:
    found = jpterms.lookup(_ROWS[written])
    assert found and found[0].kanji == written, [m.kanji for m in found]
