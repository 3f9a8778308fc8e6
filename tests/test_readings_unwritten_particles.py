"""Mozc's reading of a whole input it lists may hold a particle the spelling leaves
unwritten between two kanji (の, が): 月輪寺 つきのわでら, 光丘 ひかりがおか."""

from __future__ import annotations

from conftest import kana_of, reading_gold
from jpterms.readings import ReadingResolver
from jpterms.romanize import Romanizer


def test_a_particle_mozc_reads_between_two_kanji_is_read() -> None:
    # Wikipedia's readings: were げつりんじ, かくぐうじんじゃ, ないくうじんじゃ, なんばぐう,
    # みつおか…, ようきゅう…
    for file, names in (("jawiki_temples.tsv", ("月輪寺",)),
                        ("jawiki_houses.tsv", ("角宮神社", "内宮神社")),
                        ("jawiki_draw.tsv", ("難波宮",)),
                        ("jawiki_schools.tsv", ("山口県立光丘高等学校", "札幌市立羊丘中学校"))):
        gold = reading_gold(file)
        for name in names:
            assert kana_of(name) == gold[name], name
    # the particle goes with the kanji before it, so the units keep their characters
    assert ReadingResolver().mozc_readings("月輪寺") == {"つきのわでら": 6556}
    r = Romanizer()
    assert r.romanize("月輪寺") == "Tsukinowadera"
    # a clan name's の Mozc reads so stays a word of its own (see CourtNames.mozc_clan_name), and a
    # family name whose own reading ends in の keeps it
    assert r.romanize("中臣勝海") == "Nakatomi no Katsumi"
    assert r.romanize("鵜殿長照") == "Udono Nagateru"
