"""社 after a firm's name joins it (session 33): 読売新聞社 is *Yomiuri Shinbunsha*, as ALA-LC
and the firms write it, as 講談社 is *Kōdansha*; it was *Yomiuri Shinbun sha*, because 読売新聞
is a name of its own (a glossary's or UniDic's proper noun) and a one-kanji noun joined only
a common noun. The rows are the real Wikipedia titles of tests/data (publishers, shrines,
companies) that end in 社."""

from __future__ import annotations

import csv
from pathlib import Path

import jpterms

DATA = Path(__file__).parent / "data"


def _titles_ending_in_sha() -> list[str]:
    found: set[str] = set()
    for path in (DATA / "lookup" / "jawiki_publishers.tsv", DATA / "readings" / "jawiki_draw.tsv",
                 DATA / "readings" / "jawiki_houses.tsv"):
        with path.open(encoding="utf-8") as f:
            found |= {r["japanese"] for r in csv.DictReader(f, delimiter="\t")
                      if r["japanese"].endswith("社") and len(r["japanese"]) > 2}
    return sorted(found)


def test_a_firms_sha_joins_its_name() -> None:
    titles = _titles_ending_in_sha()
    assert len(titles) >= 100
    apart = [t for t in titles if jpterms.romanize(t).endswith(" sha")]
    assert len(apart) <= 2, apart  # (was 10: 読売新聞社, 産経新聞社, 神戸新聞社, 白泉社 ...)
    assert jpterms.romanize("読売新聞社") == "Yomiuri Shinbunsha"
    assert jpterms.romanize("読売新聞社", system="ala-lc") == "Yomiuri Shinbunsha"


def test_a_common_nouns_sha_and_a_numeral_stay_as_they_were() -> None:
    assert jpterms.romanize("新聞社") == "Shinbunsha"
    assert jpterms.romanize("理工学社").endswith("sha")
