"""A common term of the glossary is the first half of a compound like any other noun:
the part after it voices where JMdict's compounds voice it (data/rendaku.tsv)."""

from __future__ import annotations

from jpterms.romanize import Romanizer, explain


def test_a_part_voices_after_a_glossary_term() -> None:
    # Wikipedia's 会計参与設置会社 (かいけいさんよせっちがいしゃ) and 指名委員会等設置会社:
    # 設置 is the glossary's term (setchi), and 会社 after it was left plain (kaisha)
    assert Romanizer().romanize("会計参与設置会社") == "Kaikei san'yo setchi gaisha"
    assert explain("指名委員会等設置会社")[-1].kana == "がいしゃ"


def test_the_glossary_term_itself_keeps_its_reading() -> None:
    words = explain("設置会社")
    assert [w.kana for w in words] == ["せっち", "がいしゃ"]
    assert words[0].source == "glossary"
