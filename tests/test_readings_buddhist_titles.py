"""Buddhist titles and honorifics: a sutra is no newspaper, a founder's 聖人 is shōnin."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.romanize import Romanizer


def test_a_sutra_is_no_newspaper() -> None:
    # デジタル大辞泉 (dictionary.goo.ne.jp): 大日経 だいにちきょう, 大日経疏 だいにちきょうしょ.
    # MeCab cuts 大 + 日経, which the glossary reads as the newspaper Nikkei: after a
    # prefix that JMdict lists whole with it, read otherwise, the glossary steps aside
    assert kana_of("大日経") == "だいにちきょう"
    assert kana_of("大日経疏") == "だいにちきょうしょ"
    romanizer = Romanizer()
    assert romanizer.romanize("日経") == "Nikkei"  # the newspaper alone stays
    # 大 + 日本: JMdict's 大日本 だいにほん ends as the glossary reads 日本
    assert romanizer.romanize("大日本古文書") == "Dai-Nihon komonjo"


def test_a_founders_shonin() -> None:
    # 新纂浄土宗大辞典 (tests/data/readings/jodo_daijiten.tsv): 親鸞聖人全集
    # しんらんしょうにんぜんしゅう. UniDic reads 聖人 せいじん (a sage) everywhere; after a
    # person's name it is the honorific, as JMdict lists it beside the sage and as 上人 is
    assert kana_of("親鸞聖人全集") == reading_gold("jodo_daijiten.tsv")["親鸞聖人全集"]
    romanizer = Romanizer()
    assert romanizer.romanize("日蓮聖人遺文") == "Nichiren shōnin ibun"
    assert romanizer.romanize("聖人君子") == "Seijin kunshi"  # no name before it
    assert romanizer.romanize("孔子は聖人である") == "Kōshi wa seijin de aru"
