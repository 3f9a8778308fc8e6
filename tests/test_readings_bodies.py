"""A body JMnedict lists (an organisation or a company, and nothing else) keeps its
reading inside a longer name or title, as a work's does (類聚名義抄)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_institute_inside_a_journal_title() -> None:
    # cite_non_english: the Historiographical Institute's bulletin; 所 was UniDic's ショ
    # ("hensansho"), JMnedict lists 史料編纂所 しりょうへんさんじょ (the dev row's gold
    # writes "Tokyō", without the first macron, so the row stays a miss)
    romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
    text = "東京大学史料編纂所研究紀要"
    assert romanizer.romanize(text) == "Tōkyō daigaku shiryō hensanjo kenkyū kiyō"
    assert "へんさんじょ" in "".join(w.kana for w in romanizer.explain(text))

