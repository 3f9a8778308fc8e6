"""Who holds a work or what prints it (所蔵, 旧蔵, 所収: ``placed`` rows of
``data/citation_words.tsv``) after a capitalised name, as catalogues write them: *Daigaku
shozo* is 大学所蔵 ("held by the university"), not 大学肖像 ("portrait"). With no
capitalised name before them the commoner homophone stands (*shozo no nazo*: 肖像の謎)."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms import lookup
from jpterms.kana import strip_macrons

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def test_a_holder_before_shozo_holds_the_work() -> None:
    # cite-non-english's Chicago example: イェール大学所蔵播磨国大部庄関係文書について
    with (LOOKUP_DATA / "cite_non_english.tsv").open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t")
                   if r["japanese"].startswith("イェール大学所蔵"))
    query = strip_macrons(row["gold_romaji"])
    assert "所蔵" in lookup(query)[0].kanji
    assert lookup("Kyoto Daigaku shozo shiryo")[0].kanji.startswith("京都大学所蔵")
    assert lookup("Kokushi Taikei shoshu")[0].kanji == "国史大系所収"


def test_no_holder_no_holding_word() -> None:
    assert lookup("shozo no nazo")[0].kanji == "肖像の謎"
    assert lookup("shozo")[0].kanji == "肖像"
