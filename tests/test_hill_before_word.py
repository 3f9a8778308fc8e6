"""丘, which UniDic reads キュウ as a suffix, is the hill がおか inside a school's or site's name."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_hill_inside_a_schools_name_reads_gaoka() -> None:
    romanizer = Romanizer()
    # 辰巳ヶ丘 written without its ヶ, as 羊丘 and 柏丘 are (UniDic: 丘 キュウ)
    assert romanizer.romanize("石川県立金沢辰巳丘高等学校") == (
        "Ishikawa kenritsu Kanazawa Tatsumigaoka kōtō gakkō")
    assert romanizer.romanize("金沢辰巳丘高校") == "Kanazawa Tatsumigaoka kōkō"


def test_a_hill_elsewhere_keeps_unidics_reading() -> None:
    romanizer = Romanizer()
    # a pen name's 丘 (正木不如丘 Fujokyū) before a word that names no school or site
    assert romanizer.romanize("不如丘全集").endswith("kyū zenshū")
    assert romanizer.romanize("砂丘地帯") == "Sakyū chitai"
