"""A whole input written in old kanji forms is read with the lists that know that spelling."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_pair_mozc_lists_in_old_forms_keeps_its_reading() -> None:
    # 蟲師 (the manga and film): Mozc lists 蟲師 むしし; no list knows the modern 虫師, which
    # the Sino-Japanese pair rule would read ちゅうし
    romanizer = Romanizer()
    assert "".join(w.kana for w in romanizer.explain("蟲師")) == "むしし"
    assert romanizer.romanize("蟲師") == "Mushishi"


def test_the_modern_spelling_no_list_knows_stays_sino_japanese() -> None:
    # 虫 + 師 as written today: no list knows it, a coined term read on
    assert "".join(w.kana for w in Romanizer().explain("虫師")) == "ちゅうし"
