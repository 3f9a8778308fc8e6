"""A village's 山 before 村 is やま, as every village JMnedict lists ending in 山村 reads it."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_villages_mountain_reads_yama() -> None:
    romanizer = Romanizer()
    # UniDic: 栴檀 + 山 サン (a suffix, as of a temple's mountain name)
    assert romanizer.romanize("栴檀山村") == "Sendan'yama-mura"


def test_a_listed_word_keeps_its_reading() -> None:
    # 鉛山 えんざん is a word of its own (a lead mine); 天保山 a place JMnedict lists
    romanizer = Romanizer()
    assert romanizer.romanize("瀬戸鉛山村") == "Setoenzan-mura"  # (a village: one word)
    assert romanizer.romanize("天保山村") == "Tenpozan-mura"
