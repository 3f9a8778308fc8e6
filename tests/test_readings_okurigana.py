"""A whole input of kanji no dictionary lists, read as the word JMdict or Mozc lists with
its okurigana (:meth:`jpterms.unwritten_kana.UnwrittenKana.okurigana_left_out`)."""

from __future__ import annotations

from tests.conftest import kana_of

from jpterms.romanize import romanize


def test_okurigana_left_out_read_as_the_listed_word() -> None:
    # 早変わり, the quick change of costume on the stage, written without its わり
    # (was "Haya hen": UniDic's 早 + 変)
    assert kana_of("早変") == "はやがわり"
    assert romanize("早変") == "Hayagawari"


def test_fewest_kana_left_out_wins() -> None:
    # 早替え (one kana left out) over 早替わり (two)
    assert kana_of("早替") == "はやがえ"


def test_listed_words_and_names_stay() -> None:
    # a word a dictionary lists as written; a school's place name (大的, not 大きい的)
    assert kana_of("取扱") == "とりあつかい"
    assert kana_of("姫路市立大的中学校") == "ひめじしりつおおまとちゅうがっこう"
