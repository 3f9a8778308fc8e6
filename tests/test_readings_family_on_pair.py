"""A whole input of two kanji that UniDic takes for a family name and a word or a given
name is one word where the two kanji form one (issue 9).

Rows: jawiki_schools and jawiki_draw (tests/data/readings, the SKK dictionary's kana of
Wikipedia titles).
"""

from __future__ import annotations

from jpterms.romanize import explain, romanize
from reading_rows import gold_kana


def test_a_coined_school_name_is_read_on_throughout() -> None:
    # UniDic: 宝 ほう (a family name) + 陵 りょう; JMnedict's family name 宝 is たから, so
    # no person: Hōryō, one word (was "Takara ryō")
    assert gold_kana("jawiki_schools.tsv", "愛知県立宝陵高等学校") == \
        "あいちけんりつほうりょうこうとうがっこう"
    assert romanize("愛知県立宝陵高等学校") == "Aichi kenritsu Hōryō kōtō gakkō"
    assert [(w.text, w.kana) for w in explain("宝陵")] == [("宝陵", "ほうりょう")]


def test_a_word_mozc_lists_is_no_given_name() -> None:
    # 宣 + 和 (UniDic's family and given name): Mozc lists せんわ as a word (the era)
    assert gold_kana("jawiki_draw.tsv", "宣和") == "せんわ"
    words = explain("宣和")
    assert [w.kana for w in words] == ["せんわ"]
    assert "mozc" in words[0].source


def test_a_listed_family_name_stands() -> None:
    # 李 り is a family name JMnedict lists: the person stays two words
    assert romanize("李萍").startswith("Ri ")


def test_a_chinese_given_name_is_read_on() -> None:
    # 盧 ろ (a family name JMnedict lists so) + 楚, which UniDic reads すわえ: a Chinese
    # person, Ro So (was "Rō suwae")
    assert gold_kana("jawiki_draw.tsv", "盧楚") == "ろそ"
    assert romanize("盧楚") == "Ro So"
    assert gold_kana("jawiki_draw.tsv", "袁翻") == "えんほん"
    assert [w.kana for w in explain("袁翻")] == ["えん", "ほん"]


def test_an_administrative_suffix_is_no_given_name() -> None:
    # 李 + 町: a town's suffix, not the given name "Chō"
    assert romanize("李町") == "Ri-chō"
