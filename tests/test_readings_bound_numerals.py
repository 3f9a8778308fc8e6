"""三つ, 四つ, 六つ, 八つ compounded with a noun after them take the bound form (みつ, よつ),
as JMdict's compounds so written read; a number's own words keep みっつ."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "kana"), [
    ("丸に三つ裏葵", "まるにみつうらあおい"),  # jawiki_draw: a family crest (UniDic: みっつ)
    ("三つ葉葵", "みつばあおい"),  # JMdict's 三つ葉
])
def test_bound_form_in_a_compound(text: str, kana: str) -> None:
    romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
    assert "".join(w.kana for w in romanizer.explain(text)) == kana


@pytest.mark.parametrize(("text", "romaji"), [
    ("三つの歌", "Mittsu no uta"),  # a particle between: no compound
    ("三つ以上", "Mittsu ijō"),  # a number's own word
    ("三つ目の角", "Mittsume no kado"),  # the third: UniDic's suffix 目
])
def test_free_form_stays(text: str, romaji: str) -> None:
    assert Romanizer(sources=("jmdict", "jmnedict", "mozc")).romanize(text) == romaji
