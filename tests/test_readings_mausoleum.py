"""陵 ending a whole input after a name read the Japanese way: an imperial tomb, named as
the Imperial Household Agency names it, の + みささぎ
(:meth:`jpterms.court_names.CourtNames.mausoleum`)."""

from __future__ import annotations

from tests.conftest import kana_of

from jpterms.romanize import romanize


def test_a_native_name_and_ryo_read_no_misasagi() -> None:
    # the tomb of Emperor Meiji; UniDic read 陵 りょう ("Fushimi Momoyama ryō"), Mozc
    # writes the whole ふしみももやまのみささぎ
    assert kana_of("伏見桃山陵") == "ふしみももやまのみささぎ"
    assert romanize("伏見桃山陵") == "Fushimi Momoyama no misasagi"


def test_sino_japanese_names_and_words_keep_ryo() -> None:
    # a name read the Chinese way (the archaeologists' 大仙陵), a hill, a school's name
    for text in ("大仙陵", "座間丘陵", "東陵高等学校", "陵"):
        assert "みささぎ" not in kana_of(text), text
