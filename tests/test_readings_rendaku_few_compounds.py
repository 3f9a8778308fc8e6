"""Voicing (rendaku) of a compound's second part, on rows of the dev sets
(tests/data/readings/jawiki_titles.tsv and jawiki_draw.tsv, Wikipedia's own kana): parts
JMdict has too few compounds of to count and Mozc writes voiced (坂, 囃子), a suffix JMdict
lists only voiced (漬け づけ), a part after an adjectival noun (朧) or a noun's suffix (屋),
a rare JMdict compound against Mozc and the units (鍋底景気), and a part JMdict lists in
compounds only, read by its kanji's kun reading where Mozc voices it too (斬り)."""

from __future__ import annotations

import pytest

from explained import kana_of
from jpterms.package_data import read_text
from jpterms.romanize import Romanizer


@pytest.fixture(scope="module")
def romanizer() -> Romanizer:
    """Every dictionary, as benchmarks/measure_readings.py reads the dev sets."""
    return Romanizer(sources=("jmdict", "jmnedict", "mozc"))



@pytest.mark.parametrize(("text", "kana"), [
    ("饂飩坂", "うどんざか"),  # 坂: 4 of JMdict's 7 compounds voice it; Mozc ざか 3482, さか 4925
    ("なだれ坂", "なだれざか"),
    ("松囃子", "まつばやし"),  # 囃子: 7 of 7; Mozc ばやし 4980, はやし 5866
    ("花漬け", "はなづけ"),  # JMdict lists 漬け only as づけ: 塩漬け しおづけ counts
    ("朧車", "おぼろぐるま"),  # 朧 is UniDic's adjectival noun
    ("塗師屋包丁", "ぬしやぼうちょう"),  # 屋, a noun's suffix in kanji
    ("鍋底景気", "なべぞこけいき"),  # JMdict なべそこけいき; Mozc and 鍋底 なべぞこ
    # jawiki_phrase_titles.tsv: JMdict lists no 斬り alone, but 辻斬り つじぎり, 試し斬り...
    # (6 of 8; Mozc ぎり 4264, きり 4690); was すえものきり
    ("据物斬り", "すえものぎり"),
])
def test_the_second_part_voices(romanizer: Romanizer, text: str, kana: str) -> None:
    assert kana_of(romanizer, text) == kana


@pytest.mark.parametrize(("text", "kana"), [
    ("剰余付き除法", "じょうよつきじょほう"),  # 付き: JMdict's compounds mostly plain
    ("越前水仙の里公園", "えちぜんすいせんのさとこうえん"),  # 水仙: too few, Mozc plain
    ("巾着切り", "きんちゃくきり"),  # JMdict lists the whole plain
])
def test_the_second_part_stays_plain(romanizer: Romanizer, text: str, kana: str) -> None:
    assert kana_of(romanizer, text) == kana


def test_the_table_keeps_few_compounds_only_as_mozc_writes_them() -> None:
    rows = {tuple(line.split("\t")[:2]) for line in read_text("rendaku.tsv").splitlines()
            if line and not line.startswith("#")}
    assert {("坂", "さか"), ("囃子", "はやし"), ("漬け", "つけ")} <= rows
    assert ("付け", "つけ") not in rows and ("付き", "つき") not in rows
    assert ("水仙", "すいせん") not in rows


def test_a_part_jmdict_lists_only_in_compounds_is_kept_only_as_mozc_voices_it() -> None:
    rows = {tuple(line.split("\t")[:2]) for line in read_text("rendaku.tsv").splitlines()
            if line and not line.startswith("#")}
    assert ("斬り", "きり") in rows
    # 書き: 84 of 92 compounds voice it (横書き), but Mozc writes かき more cheaply, and a
    # writer is plain (物書き ものかき)
    assert ("書き", "かき") not in rows


def test_a_part_is_counted_with_its_other_spellings(romanizer: Romanizer) -> None:
    # Aozora Bunko's readings (tests/data/lookup/aozora_titles_more.tsv: Otogi zoshi,
    # Mekura zoshi): JMdict's compounds of 草紙 and of 草子 voice it 12 times of 15
    # together, too few for either spelling alone (were sōshi)
    assert romanizer.romanize("お伽草紙") == "Otogi zōshi"
    assert romanizer.romanize("めくら草紙") == "Mekura zōshi"
