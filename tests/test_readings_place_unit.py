"""One unit UniDic reads as a place, read so by the dictionaries too, keeps that reading
where Mozc writes the kanji more cheaply in a reading that is no place's
(ReadingResolver._resolve): 港 みなと before a word, not the suffix こう of 大間港."""

from __future__ import annotations

from conftest import kana_of, reading_gold


def test_a_place_unit_keeps_its_place_reading_over_mozcs_cheaper_word() -> None:
    # Wikipedia titles: were こうこくどう, こうちゅうがっこう, しょうほうじ
    for name, text in (("jawiki_draw.tsv", "港国道"), ("jawiki_schools.tsv", "港中学校"),
                       ("jawiki_temples.tsv", "正法寺")):
        assert kana_of(text) == reading_gold(name)[text], text


def test_the_suffix_after_a_place_stays_ko() -> None:
    for text, kana in (("大間港", "おおまこう"), ("新潟港", "にいがたこう")):
        assert kana_of(text) == kana
