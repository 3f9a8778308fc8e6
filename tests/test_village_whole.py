"""A village's name is one word before -mura, however UniDic cut it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jpterms.romanize import Romanizer

VILLAGES = Path(__file__).parent / "data" / "readings" / "jawiki_villages.tsv"


@pytest.fixture(scope="module")
def read_villages() -> tuple[Romanizer, list[str]]:
    """A fresh romaniser, and every village of the list as it romanises them: read once for
    the two tests below (845 names, about 1.2 s of CPU each time), which check it two ways."""
    romanizer = Romanizer()
    with VILLAGES.open(encoding="utf-8") as f:
        return romanizer, [romanizer.romanize(row["japanese"])
                           for row in csv.DictReader(f, delimiter="\t")]


def test_the_villages_of_the_list_are_one_word_before_mura(
        read_villages: tuple[Romanizer, list[str]]) -> None:
    romanizer, village_romaji = read_villages  # (the romaniser that read the list)
    split = [romaji for romaji in village_romaji
             if romaji.endswith(("-mura", "-son")) and " " in romaji]
    # left apart: the former (元), a country, and a person's name the list holds (the
    # other, 明楽茂村, is read as the person it is: Akira Shigemura)
    assert sorted(split) == ["Akamatsu Yoshi-mura", "Moto Wakuya-mura", "Nihon Taishō-mura"]
    assert romanizer.romanize("曽野木村") == "Sonoki-mura"  # (was "Sono Ki-mura")
    assert romanizer.romanize("一本木村") == "Ippongi-mura"  # (was "Ippon Gimura")


def test_no_person_or_word_is_made_a_village() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("三浦光村") == "Miura Mitsumura"
    assert romanizer.romanize("冷泉為村") == "Reizei Tamemura"
    assert romanizer.romanize("木村") == "Kimura"
    assert romanizer.romanize("担当木村") == "Tantō Kimura"
    assert romanizer.romanize("旧山田村") == "Kyū Yamada-mura"


def test_a_village_of_common_words_is_one_word_before_mura(
        read_villages: tuple[Romanizer, list[str]]) -> None:
    # jawiki_villages.tsv: villages UniDic read as common words or a family name's units
    romanizer = Romanizer()
    assert romanizer.romanize("長滝村") == "Nagataki-mura"  # (was "Naga takimura")
    assert romanizer.romanize("見前村") == "Mimae-mura"  # (was "Mi maemura")
    # words with 村 read そん, a prefix that stays apart, a person: as they were
    assert romanizer.romanize("市町村") == "Shichōson"
    assert romanizer.romanize("挙家離村") == "Kyoka rison"
    assert romanizer.romanize("各村") == "Kakuson"
    assert romanizer.romanize("冷泉為村") == "Reizei Tamemura"
    split = [romaji for romaji in read_villages[1]
             if romaji.endswith(("mura", "son")) and " " in romaji]
    # (of 845; 18 before, most of them people's names, with 本多忠村 Honda Tadamura and
    # 浪岡顕村 Namioka Akimura now read as the people they are)
    assert len(split) < 22, split
