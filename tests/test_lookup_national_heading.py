"""A national body's heading as the Library of Congress writes it, the country in English
first (*Japan. Gaimushō*): "Japan" is no romaji there, and the body under it is looked up
(tests/data/lookup/marc_more.tsv, six headings: they came back as ジャパン。外務省)."""

from __future__ import annotations

import jpterms


def test_japan_heads_the_body_and_stays_english() -> None:
    # lcnetdev/marc2bibframe2, records 6590355 and 3984496, field 710 (marc_more.tsv)
    first = jpterms.lookup("Japan. Gaimusho")[0]
    assert (first.kanji, first.romaji) == ("Japan. 外務省", "Japan. Gaimushō")
    assert jpterms.lookup("Japan. Kankyocho")[0].kanji == "Japan. 環境庁"
    # no heading: the title of a paper in katakana (ジャパンタイムズ, The Japan Times)
    assert jpterms.lookup("Japan Taimuzu")[0].kanji == "ジャパンタイムズ"
