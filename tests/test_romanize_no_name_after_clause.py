"""A given name of one kanji that UniDic cuts right after a clause (a verb, an auxiliary,
an adjective), with no family name before it, read as the common noun it is there."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "read"), [
    # manual-page lines of the corpus (UniDic: the given name 行 コウ)
    ("空白ではじまる行は継続行です", "kūhaku de hajimaru gyō wa keizokugyō desu"),
    ("name が全く与えられていない場合、読み込まれた行は変数 REPLY に代入されます。",
     "yomikomareta gyō wa"),
    ("カーソルを指示された行、桁に移動する。", "shiji sareta gyō, keta"),
    ("マッチする行のことです", "matchi suru gyō no koto desu"),
])
def test_line(text: str, read: str) -> None:
    assert read in Romanizer().romanize(text).lower()


@pytest.mark.parametrize(("text", "read"), [
    # a name that is no counting noun stays a name
    ("そう言った健は", "Sō itta Ken wa"), ("そう言った明は", "Sō itta Akira wa"),
])
def test_a_name_stays(text: str, read: str) -> None:
    assert Romanizer().romanize(text) == read
