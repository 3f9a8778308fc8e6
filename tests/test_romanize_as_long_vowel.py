"""Romanizer.romanize_as (what lookup writes its results with): a morpheme whose own
reading begins the reading asked for, which goes on with a kana that lengthens its last
vowel, takes the long vowel where the next morpheme's own reading follows it."""

from __future__ import annotations

from jpterms.lookup import lookup
from jpterms.romanize import Romanizer


def test_the_long_vowel_stays_with_its_morpheme() -> None:
    r = Romanizer()
    # JMnedict's 類聚名義抄 るいじゅうみょうぎしょう; UniDic's 類聚 is るいじゅ
    assert r.romanize_as("類聚名義抄", [("類聚名義抄", "るいじゅうみょうぎしょう")]) \
        == "Ruijū myōgishō"  # was "Ruiju umyōgishō"
    # the next morpheme's own reading begins with that kana: it is the next one's
    assert r.romanize_as("壷内逍遥", [("壷内", "つぼうち"), ("逍遥", "しょうよう")]) \
        == "Tsubouchi shōyō"
    # read as asked where the reading does not lengthen (ruiju, as UniDic)
    assert r.romanize_as("類聚名義抄", [("類聚", "るいじゅ"), ("名義抄", "みょうぎしょう")]) \
        == "Ruiju myōgishō"


def test_lookup_writes_the_title_as_its_reading() -> None:
    # tests/data/lookup/hdic_terms.tsv: 類聚名義抄, Ruiju Myōgisho (HDIC)
    first = lookup("Ruiju Myogisho", 1)[0]
    assert first.kanji == "類聚名義抄"
    assert first.romaji == "Ruijū myōgishō"
