"""No katakana for a Japanese name the query spells natively, unless no kanji fits.

Mozc lists katakana forms of Japanese names (イシカワ, イズ, アル) and the glossary lists
foreign names in katakana (メイ, May): who romanises 石川 or 目 means the kanji, so such a
name costs more where Mozc writes its reading in kanji. A foreign name no kanji spells
(パウロ, マードック) keeps its katakana. The rows are real: Aozora Bunko's authors and
titles in tests/data/lookup (provenance in that folder's README), macrons stripped.
"""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms.kana import strip_macrons

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _gold(name: str, query: str) -> str:
    with (LOOKUP_DATA / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if strip_macrons(row["gold_romaji"]).replace("“", "").replace("”", "") == query:
                return row["japanese"].replace("『", "").replace("』", "")
    raise AssertionError(f"{query} is not in {name}.tsv")


def _katakana(text: str) -> bool:
    return any("\u30a1" <= ch <= "\u30fa" for ch in text)


def test_a_japanese_name_is_not_offered_in_katakana() -> None:
    """*Ishikawa Sanshiro* offered イシカワ三四郎 among five; *Izu-Atagawa* イズ熱川."""
    query = "Ishikawa Sanshiro"
    found = [m.kanji for m in jpterms.lookup(query)]
    assert found[0] == _gold("aozora_authors", query)
    assert not any(_katakana(k) for k in found), found
    assert not any("イズ" in m.kanji for m in jpterms.lookup("Izu-Atagawa"))


def test_a_foreign_name_for_a_lower_case_word_costs_more() -> None:
    """*… suru me …* is 眼 or 目, not the glossary's foreign name メイ (May), which was
    first: 占領するメイ占領する声."""
    found = jpterms.lookup("Senryo suru me senryo suru koe")
    assert not any("メイ" in m.kanji for m in found), [m.kanji for m in found]


def test_a_foreign_name_no_kanji_spells_keeps_its_katakana() -> None:
    for query in ("Pauro no konran", "Madokku sensei no Nihon rekishi"):
        gold = _gold("aozora_titles" if query.startswith("Pauro") else "aozora_titles_more",
                     query)
        assert jpterms.lookup(query)[0].kanji == gold, query
