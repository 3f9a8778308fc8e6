"""A title suffix written only after its noun (史 in 日本史: ``bound`` in
``data/citation_words.tsv``) is no citation word standing alone after の or と, and 子 as
the end of a name (花子) does not begin a written word. Rows are Aozora Bunko's titles and
file names in tests/data/lookup (provenance in that folder's README), macrons stripped."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms
from jpterms.kana import strip_macrons

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _titles_ending_in_death() -> list[tuple[str, str]]:
    """Titles of kanji that end in の死 or と死 (お末の死 has kana: *Osueno* reads as
    御末野, another miss)."""
    rows = []
    for name in ("aozora_titles.tsv", "aozora_titles_more.tsv", "aozora_filenames.tsv"):
        with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
            rows += [(strip_macrons(r["gold_romaji"]), r["japanese"])
                     for r in csv.DictReader(fh, delimiter="\t")
                     if r["japanese"].endswith(("の死", "と死"))
                     and not any("ぁ" <= ch <= "ゖ" for ch in r["japanese"][:-2])]
    return rows


def test_shi_after_no_or_to_is_not_the_suffix_shi_history() -> None:
    rows = _titles_ending_in_death()
    assert len(rows) >= 4  # Heitaino shi 兵隊の死, Seinen to shi 青年と死, ...
    for query, kanji in rows:
        assert jpterms.lookup(query)[0].kanji == kanji, query


def test_the_suffix_after_its_noun_and_other_suffixes_keep_their_reading() -> None:
    assert jpterms.lookup("Nihonshi")[0].kanji == "日本史"
    assert jpterms.lookup("Gaiko shi")[0].kanji == "外交史"
    assert jpterms.lookup("Kikuchi Kan zenshu no jo")[0].kanji == "菊池寛全集の序"
    assert jpterms.lookup("Hanako")[0].kanji == "花子"
