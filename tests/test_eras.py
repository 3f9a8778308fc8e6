"""Era names (年号) read as eras where the text shows an era, and only there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import jpterms
from jpterms.eras import EraTable

HERE = Path(__file__).parent
LIST = HERE / "data" / "eras" / "gengou_list.txt"
SUPPLEMENT = HERE / "data" / "eras" / "supplement.tsv"


def test_table_holds_every_era_of_the_source_list() -> None:
    eras = EraTable.bundled()
    source = {re.sub(r"（.+）$", "", line.split("\t")[1])
              for path in (LIST, SUPPLEMENT)
              for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    assert source | {"令和"} == {w for w in source | {"令和"} if w in eras}
    assert len(eras) == len(source | {"令和"})
    hiragana = re.compile(r"[ぁ-ゖー]+")
    assert all(hiragana.fullmatch(r) for w in source for r in eras.readings(w))


@pytest.mark.parametrize(("text", "want"), [
    ("天文五年", "Tenbun gonen"),  # 天文 alone is tenmon, "astronomy"
    ("天文十五年の一向一揆", "Tenbun jūgonen no ikkō ikki"),
    ("天文年間", "Tenbun nenkan"),
    ("治安三年", "Jian sannen"),  # 治安 alone is chian, "public order"
    ("保安元年", "Hōan gannen"),
    ("承徳", "Jōtoku"),  # a whole input that is only an era
    ("仁安", "Nin'an"),
    ("大永", "Daiei"),  # Mozc lists 大永 only as a name, Ōnaga
    ("嘉承", "Kajō"),  # UniDic's reading of the era, one the table gives too, stands
    ("天文5年に", "Tenbun 5-nen ni"),  # a year in digits after the era
    ("治安3年", "Jian 3-nen"),
])
def test_era_read_as_the_era(text: str, want: str) -> None:
    assert jpterms.romanize(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("天文", "Tenmon"),
    ("天文学", "Tenmongaku"),
    ("治安", "Chian"),
    ("治安維持法", "Chian ijihō"),
    ("保安", "Hoan"),
    ("天和", "Tenwa"),  # a station JMnedict lists so, though the era 天和 is Tenna
])
def test_common_words_and_places_keep_their_reading(text: str, want: str) -> None:
    assert jpterms.romanize(text) == want


def test_explain_names_the_era_table_and_its_other_readings() -> None:
    (word,) = jpterms.explain("承徳")
    assert (word.source, word.kana, word.alternatives) == ("era", "じょうとく", ("Shōtoku",))


def test_lookup_reports_the_era_as_romanize_reads_it() -> None:
    """The romaji a lookup result reports is romanize() of its kanji: the era's reading,
    not the common word's (天文3年 is Tenbun 3-nen, not Tenmon)."""
    best = jpterms.lookup("Tenbun 3-nen")[0]
    assert (best.kanji, best.romaji) == ("天文3年", jpterms.romanize("天文3年"))
    assert best.romaji.startswith("Tenbun")


def test_the_northern_courts_shokyo_comes_from_the_supplement() -> None:
    """正慶 (1332–33) is missing from the MIT list; Japanese Wikipedia and Kotobank's
    dictionaries head it しょうきょう, "also read しょうけい"."""
    assert EraTable.bundled().readings("正慶") == ("しょうきょう", "しょうけい")
    assert jpterms.romanize("正慶二年") == "Shōkyō ninen"
    era, _ = jpterms.explain("正慶二年")
    assert (era.source, era.alternatives) == ("era", ("Shōkei",))
