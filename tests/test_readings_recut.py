"""Two units of kanji cut again one kanji over, where UniDic made one of them a noun no
other dictionary lists and JMdict lists both units as cut again."""

from __future__ import annotations

import pytest

from jpterms.romanize import Romanizer


@pytest.mark.parametrize(("text", "kana", "romaji"), [
    # modern_fiction_titles: Izumi Kyōka's story; UniDic's 歌行 かこう + とう: "Kakōtō"
    ("歌行灯", "うたあんどん", "Uta andon"),
    # hdic_terms: a note on the go'on reading; UniDic's 呉 くれ + 音注: "Kure onchū"
    ("呉音注", "ごおんちゅう", "Goonchū"),
])
def test_cut_again_where_jmdict_lists_both_units(text: str, kana: str, romaji: str) -> None:
    romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
    assert "".join(w.kana for w in romanizer.explain(text)) == kana
    assert romanizer.romanize(text) == romaji


@pytest.mark.parametrize(("text", "romaji"), [
    ("炭水化物", "Tansuikabutsu"),  # JMdict lists the units with the kanji after them
    ("上天草市", "Kamiamakusa-shi"),  # a place's name (a proper noun) is not cut
    ("日本語教育", "Nihongo kyōiku"),  # listed units stay
])
def test_listed_units_stay(text: str, romaji: str) -> None:
    assert Romanizer(sources=("jmdict", "jmnedict", "mozc")).romanize(text) == romaji


def test_only_pairs_of_kanji_nouns_are_asked_of_the_dictionaries(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-cut asks the dictionaries about a unit only where a noun of kanji stands
    beside another (counted, not timed: it ran a Python test of every unit of every line)."""
    from jpterms.mecab_rows import rows_of
    from jpterms.row_reader import RowReader

    romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
    asked: list[str] = []
    original = RowReader._unlisted
    monkeypatch.setattr(RowReader, "_unlisted",
                        lambda self, w: asked.append(w) or original(self, w))
    rows = rows_of("猫が好きで、よく歌を歌った。")  # no two nouns of kanji side by side
    assert romanizer.rows.recut_rows(rows) == rows
    assert asked == []
    # a pair: asked, then checked again as the cut is made (and the run after it)
    assert [r.split(",")[17] for r in romanizer.rows.recut_rows(rows_of("歌行灯"))] == ["ウタ", "アンドン"]
    assert set(asked) == {"歌行", "歌行灯"}


def test_each_row_is_classed_once_per_romanizer() -> None:
    """What a row is to the passes over rows (a noun or suffix of kanji, katakana) is worked
    out once and remembered (counted, not timed: a regular expression over the joined rows
    of every run cost 15 us a run), and the pairs found so are those of the rows: 歌行 + 灯
    of 歌行灯 is cut again the second time too."""
    from jpterms.mecab_rows import KANJI_NOUN, rows_of

    romanizer = Romanizer(sources=("jmdict", "jmnedict", "mozc"))
    rows = rows_of("歌行灯")
    first = romanizer.rows.recut_rows(rows)
    codes = dict(romanizer.rows._row_code)
    assert codes[rows[0]] == KANJI_NOUN  # 歌行: a noun of kanji
    assert romanizer.rows.recut_rows(rows) == first
    assert romanizer.rows._row_code == codes  # nothing classed again
    assert [r.split(",")[17] for r in first] == ["ウタ", "アンドン"]
    assert romanizer.rows.codes(rows_of("ログイン画面")) == "kkn"  # ログ + イン + 画面
