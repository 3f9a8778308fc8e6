"""A word UniDic cuts into units that read it as one of JMdict's later readings: JMdict's
headword reading, unless Mozc writes the units' reading more cheaply."""

from __future__ import annotations

import pytest

from jpterms.romanize import explain


def kana(text: str) -> str:
    return "".join(w.kana for w in explain(text))


@pytest.mark.parametrize(("text", "reading"), [
    ("雲形定規", "くもがたじょうぎ"),  # 雲形 + 定規: UniDic うんけい; JMdict's headword, Mozc none
    ("指差喚呼", "しさかんこ"),  # 指差 + 喚呼: Mozc writes しさかんこ only
    ("外蒙古", "がいもうこ"),  # not the units' そともうこ
    ("娘細胞", "じょうさいぼう"),
    ("土一揆", "つちいっき"),
    ("鉛釉土器", "えんゆうどき"),
    ("中継貿易", "なかつぎぼうえき"),  # 中継 + 貿易 (the glossary's, which ends it as read)
    ("白山大地震", "はくさんおおじしん"),  # 大 + 地震: Mozc おおじしん 3464, だいじしん 3478
    ("雲形定規を使って線を引いた", "くもがたじょうぎをつかってせんをひいた"),  # in a sentence too
])
def test_headword_reading_over_the_units(text: str, reading: str) -> None:
    assert kana(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("昆布", "こんぶ"),  # one unit of UniDic's own: its reading stands
    ("井上製作所", "いのうえせいさくしょ"),  # Mozc writes the units' せいさくしょ more cheaply
])
def test_units_reading_stands(text: str, reading: str) -> None:
    assert kana(text) == reading


def test_one_unit_only_where_mozc_never_writes_it_so() -> None:
    # 釜山: UniDic ふざん, JMdict's headword プサン, which Mozc alone writes
    assert kana("釜山") in ("ぷさん", "プサン")


def test_jmdict_order_breaks_a_tie_mozc_leaves() -> None:
    # 八咫 + 鏡 (UniDic きょう): JMdict's やたのかがみ and やたかがみ, neither Mozc's: the headword
    assert kana("八咫鏡") == "やたのかがみ"
