"""A whole input of a woman's name and the title 御前 after it (name_titles in
word_division.json): two capitalised words, as JMnedict's person entry 巴御前 writes it
(Tomoe Gozen); a place so written stays one word. The golds are rows of Wikidata's
historical figures (tests/data/lookup/wikidata_historical.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import Romanizer

LOOKUP = Path(__file__).parent / "data" / "lookup"


def _golds(name: str) -> dict[str, str]:
    """Each Japanese cell of the look-up set ``name`` with its gold romaji."""
    with (LOOKUP / name).open(encoding="utf-8", newline="") as fh:
        return {r["japanese"]: r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")}


def _gold(japanese: str) -> str:
    return _golds("wikidata_historical.tsv")[japanese]


def test_a_name_jmnedict_lists_whole_as_a_woman_is_split_before_the_title() -> None:
    # JMnedict: 静御前 しずかごぜん (fem) "Shizukagozen"; was "Shizukagozen"
    assert _gold("静御前") == "Shizuka Gozen"
    assert Romanizer().romanize("静御前") == "Shizuka Gozen"


def test_the_title_after_a_proper_noun_is_capitalised() -> None:
    # 常盤 + 御前 (UniDic's common noun ごぜん): was "Tokiwa gozen"
    assert _gold("常盤御前") == "Tokiwa Gozen"
    assert Romanizer().romanize("常盤御前") == "Tokiwa Gozen"


def test_a_place_or_a_family_so_written_is_left_alone() -> None:
    # JMnedict's place 地御前 (a station: じごぜん) and family name 尼御前
    r = Romanizer()
    assert r.romanize("地御前") == "Jigozen"
    assert r.romanize("尼御前") == "Ama gozen"
    assert r.romanize("巴御前") == "Tomoe Gozen"


def test_a_katakana_given_name_unidic_takes_for_a_common_noun_is_capitalised() -> None:
    # Wikidata's writer 陸奥イソ (UniDic: 陸奥 + イソ 磯 "shore"; JMnedict: いそ, a woman's
    # name in kana): was "Mutsu iso"
    assert _golds("wikidata_writers.tsv")["陸奥イソ"] == "Mutsu Iso"
    r = Romanizer()
    assert r.romanize("陸奥イソ") == "Mutsu Iso"
    # katakana words that are no given name, and kanji words JMnedict lists as given
    # names too, stay common words
    assert r.romanize("陸奥ダム") == "Mutsu damu"
    assert r.romanize("室町時代") == "Muromachi jidai"


def test_a_common_word_jmnedict_lists_as_a_family_name_before_a_kana_given_name() -> None:
    # Wikidata's writers 暁なつめ (gold Akatsuki Natsume) and 円つぶら (En Tsubura): 暁
    # あかつき and 円 えん are JMnedict family names read as the words read; was
    # "Akatsuki natsume", "En tsubura"
    gold = _golds("wikidata_writers.tsv")
    r = Romanizer()
    for name in ("暁なつめ", "円つぶら"):
        assert r.romanize(name) == gold[name]
    # Wikipedia's titles: 源氏 is a place too, 赤 no family name read あか, 中華まん one word
    assert r.romanize("源氏まつり") == "Genji matsuri"
    assert r.romanize("赤もみじ") == "Aka momiji"
    assert r.romanize("中華まん") == "Chūkaman"
