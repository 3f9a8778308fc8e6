"""A short whole input that Mozc lists as one written word takes Mozc's reading
(MozcWholeWords.mozc_whole, the resolver's mozc_words): titles, names and stations from the development sets."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.readings import ReadingResolver
from jpterms.romanize import Romanizer, explain

READINGS = Path(__file__).parent / "data" / "readings"


def _gold(name: str, written: str) -> str:
    with (READINGS / name).open(encoding="utf-8") as fh:
        return next(r["kana"] for r in csv.DictReader(fh, delimiter="\t")
                    if r["japanese"] == written)


def _kana(text: str) -> str:
    from jpterms.kana import to_hiragana

    return to_hiragana("".join(w.kana for w in explain(text)).replace(" ", ""))


def test_a_title_mozc_lists_whole_is_read_as_mozc_reads_it() -> None:
    # 遠山の金さん: 遠山 read on its own is えんざん; Mozc lists the whole title
    for written in ("遠山の金さん", "越の大橋", "西南の役"):
        assert _kana(written) == _gold("jawiki_phrase_titles.tsv", written)
    words = explain("遠山の金さん")
    assert (words[0].romaji.lower(), words[0].source) == ("tōyama", "mozc")
    assert "enzan" in [a.lower() for a in words[0].alternatives]  # the old reading is kept


def test_stations_and_names_mozc_lists_whole() -> None:
    assert _kana("及位") == _gold("stations_all.tsv", "及位") == "のぞき"
    assert _kana("荒本") == _gold("stations_all.tsv", "荒本")
    assert _kana("早川光") == _gold("jawiki_titles.tsv", "早川光")


def test_units_unidic_cut_wrongly_become_one_word() -> None:
    # 及 (a conjunction) + 位 (a particle) and 荒 (an adjective) + 本 are one name each
    romanizer = Romanizer()
    assert romanizer.romanize("及位") == "Nozoki"
    assert romanizer.romanize("荒本") == "Aramoto"
    # a family name and a given name stay two words
    assert romanizer.romanize("早川光") == "Hayakawa Hikari"


def test_romanize_agrees_with_explain_on_cut_titles() -> None:
    # the run is read whole, not in the segments the romaniser remembers
    assert Romanizer().romanize("越の大橋") == "Koshi no ōhashi"
    assert Romanizer().romanize("西南の役") == "Seinan no eki"


def test_what_the_dictionaries_list_whole_is_kept() -> None:
    # JMnedict lists 信楽 as しがらき; Mozc has other readings: the dictionary's stays
    assert _kana("信楽") == _gold("stations_all.tsv", "信楽") == "しがらき"


def test_phrases_of_running_text_are_not_titles() -> None:
    # a run that ends in a particle is no title: 他の stays hoka no (Mozc has 他の たの)
    assert Romanizer().romanize("他の") == "Hoka no"
    assert Romanizer().romanize("分から") == "Bun kara"
    assert ReadingResolver().mozc_readings("他の")  # (Mozc does list it)


def test_a_verb_stem_inside_a_name_mozc_lists() -> None:
    # 天井嘗 (a yōkai, てんじょうなめ): 嘗 is read by its verb's stem, な(める)
    assert _kana("天井嘗") == _gold("jawiki_titles.tsv", "天井嘗")


def test_a_whole_name_mozc_lists_and_no_dictionary_has_is_read_as_mozc_reads_it() -> None:
    # Wikipedia titles (jawiki-kana-kanji-dict@0579823, the reading dictionary the jawiki sets
    # here are drawn from; not a row of them): 大聖寺藩 was だいしょうじまもる (藩 read as a
    # given name), 伊勢道 いせみち, 前山ダム さきやまだむ. Over the 24,954 titles Mozc lists,
    # 67 became right and 6 wrong
    def kana(text: str) -> str:
        return "".join(w.kana for w in explain(text)).replace(" ", "")

    assert kana("大聖寺藩") == "だいしょうじはん"
    assert kana("伊勢道") == "いせどう"
    assert kana("前山ダム") == "まえやまだむ"
    assert kana("人部") == "じんぶ"  # two characters Mozc has as a name: UniDic's word stands


def test_two_kanji_unidic_reads_as_one_common_noun_keep_its_reading() -> None:
    # Mozc lists these two-kanji words only in another reading (a name's or a rarer
    # word's: みなわ, きぶつ); UniDic's one common noun stands. Rows of jawiki_draw.
    for written in ("水輪", "寄物", "食神", "素女"):
        assert _kana(written) == _gold("jawiki_draw.tsv", written)
    # a longer single word still takes Mozc's reading (御霊神社 ごりょう, not ごれい)
    assert _kana("御霊神社") == "ごりょうじんじゃ"
