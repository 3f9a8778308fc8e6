"""A school whose own name is a word (国府, so not cut by InputCuts.school_cuts)
is still cut after its founder's 立 where one of UniDic's units runs over that 立."""

from __future__ import annotations

from jpterms.romanize import Romanizer, explain


def test_a_unit_over_the_founders_ritsu_is_cut() -> None:
    # Wikipedia's 小松市立国府中学校 (こまつしりつこくふちゅうがっこう): UniDic read 立国
    # りっこく, "Komatsu-shi rikkoku fuchū gakkō"; 板橋区立志村第一中学校 had 立志 + 村
    r = Romanizer()
    assert r.romanize("小松市立国府中学校") == "Komatsu shiritsu Kokufu chūgakkō"
    assert r.romanize("板橋区立志村第一中学校") == "Itabashi kuritsu Shimura daiichi chūgakkō"
    assert "".join(w.kana for w in explain("小松市立国府小学校")) == "こまつしりつこくふしょうがっこう"


def test_a_school_read_whole_stays_whole() -> None:
    # no unit runs over the 立: the school is read in one piece, as before
    assert Romanizer().romanize("大阪府立国際児童文学館") == "Ōsaka furitsu kokusai jidō bungakukan"
    assert Romanizer().romanize("中央小学校") == "Chūō shōgakkō"
