"""A copy named after its owner (高山寺本, 観智院本): 本 is voiced, bon, after the owner."""

from __future__ import annotations

from conftest import kana_of
from jpterms.romanize import Romanizer


def test_a_temples_copy_is_no_family_teramoto() -> None:
    # the HDIC's 三宝類字集　高山寺本 (tests/data/lookup/hdic_terms.tsv): MeCab cuts 高山 +
    # 寺本, the family name Teramoto ("Kōzan Teramoto"); the copy of the temple Kōzanji
    # is Kōzanjibon, as the HDIC's own 観智院本 and 図書寮本 of the Ruiju myōgishō are
    romanizer = Romanizer()
    assert romanizer.romanize("三宝類字集　高山寺本") == "Sanpō ruijishū kōzanjibon"
    assert romanizer.romanize("高山寺本類聚名義抄") == "Kōzanjibon ruiju myōgishō"
    # 院本 (いんぽん, a jōruri script, JMdict) and the place 仁和寺本 (JMnedict's にわじほん)
    # no longer read the owner's last kanji with 本
    assert kana_of("観智院本") == "かんちいんぼん"
    assert kana_of("仁和寺本") == "にんなじぼん"
    assert romanizer.romanize("図書寮本") == "Zushoryōbon"
    assert romanizer.romanize("真福寺本") == "Shinpukujibon"


def test_a_book_that_no_owner_holds_keeps_hon() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("寺本") == "Teramoto"  # the family name alone
    # after a title the family name stays: no dictionary lists a temple 社長寺
    assert romanizer.romanize("社長寺本") == "Shachō Teramoto"
    assert romanizer.romanize("院本") == "Inpon"
    assert romanizer.romanize("全部本を読んだ") == "Zenbuhon o yonda"  # 部 is no owner
    assert romanizer.romanize("東大寺本堂") == "Tōdaiji hondō"  # the main hall
    assert romanizer.romanize("この寺本当に古い") == "Kono tera hontō ni furui"
