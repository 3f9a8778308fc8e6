"""A Chinese person's given name after a Chinese family name is read the Chinese way."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import explain, romanize

DATA = Path(__file__).parent / "data"


def _gold(path: Path, names: set[str]) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        return {r["japanese"]: r.get("kana") or r["gold_romaji"]
                for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] in names}


def test_a_given_name_after_a_chinese_family_name_takes_on_readings() -> None:
    # Wikipedia titles (tests/data/readings/jawiki_draw.tsv): UniDic and JMnedict read
    # the given names as Japanese ones (克文 かつふみ, 敏 さとし, 寿恒 ひさつね); the
    # family names 袁, 曹, 廖, 閻, 薛 are kanji Mozc reads in on readings only
    names = {"袁克文", "曹敏", "廖寿恒", "閻温", "袁安", "薛仁貴"}
    gold = _gold(DATA / "readings" / "jawiki_draw.tsv", names)
    assert len(gold) == len(names)
    for written, kana in gold.items():
        words = explain(written)
        assert "".join(w.kana for w in words) == kana, written
        assert (words[-1].source, words[-1].confidence) == ("kanjidic", "guess")
    assert romanize("袁克文") == "En Kokubun"


def test_japanese_bearers_of_a_one_kanji_family_name_keep_their_given_names() -> None:
    # 団 (Mozc: だん and まる) and 高 (こう and たか) are Japanese family names too: a
    # writer (tests/data/lookup/wikidata_writers.tsv) and a singer (jawiki_draw.tsv)
    assert _gold(DATA / "lookup" / "wikidata_writers.tsv", {"団龍彦"}) == {
        "団龍彦": "Dan Tatsuhiko"}
    assert romanize("団龍彦") == "Dan Tatsuhiko"
    assert "".join(w.kana for w in explain("高英男")) == "こうひでお"


def test_a_chinese_given_name_takes_the_on_readings_given_names_use() -> None:
    # Wikipedia titles (jawiki_draw.tsv): 平 is read へい in 375 of JMnedict's two-kanji
    # given names and never ひょう, the reading Mozc writes 平 with most cheaply; 婁 is a
    # family name only JMnedict knows (ろう), Mozc not at all; 楊 is a family name no
    # JMnedict person bears, which Mozc writes よう before やなぎ, and Mozc writes 一清
    # いっせい, いち + せい as a compound says it (JMnedict: かずきよ)
    names = {"裴之平", "婁昭", "楊一清"}
    gold = _gold(DATA / "readings" / "jawiki_draw.tsv", names)
    assert len(gold) == len(names)
    for written, kana in gold.items():
        assert "".join(w.kana for w in explain(written)) == kana, written
    # few names read 萍 ひょう (6): the commonest on reading stays
    assert "".join(w.kana for w in explain("李萍")) == "りへい"


def test_japanese_family_names_keep_a_japanese_given_name_mozc_also_reads_on() -> None:
    # JMnedict's people bear 王, 江 and 周 (おう, こう, しゅう), 林 (はやし) and 団 (だん):
    # Mozc's いっせい of 一清 or しょうじ of 正治 does not make them Chinese
    for written, kana in (("王一清", "おうかずきよ"), ("王正治", "おうまさはる"),
                          ("団一清", "だんかずきよ"), ("林一郎", "はやしいちろう"),
                          ("王貞治", "おうさだはる"), ("江川卓", "えがわすぐる")):
        assert "".join(w.kana for w in explain(written)) == kana, written


def test_a_one_kanji_family_name_before_a_chinese_given_name_is_read_on() -> None:
    # Wikipedia titles (jawiki_draw.tsv): 毅仁 and 作孚 are given names no dictionary
    # lists, read the Chinese way; 栄 (さかえ, 2 of JMnedict's people) and 盧 (の, 2) then
    # take their on readings えい and ろ, which JMnedict lists as family names too
    names = {"栄毅仁", "盧作孚"}
    gold = _gold(DATA / "readings" / "jawiki_draw.tsv", names)
    assert len(gold) == len(names)
    for written, kana in gold.items():
        words = explain(written)
        assert "".join(w.kana for w in words) == kana, written
        assert (words[0].source, words[0].confidence) == ("kanjidic", "guess")
    assert romanize("栄毅仁") == "Ei Kijin"
    # a family many of JMnedict's people bear the Japanese way keeps it before a
    # scholar's art name read the Chinese way (wikidata_scholars.tsv: Hayashi Soken)
    assert romanize("林壮軒") == "Hayashi Sōken"
    assert romanize("谷紅藍") == "Tani Kōran"
