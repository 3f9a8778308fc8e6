"""A suffix UniDic reads in its p form (峰 ポウ) keeps its h after a sound other than っ, ん."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_a_p_form_suffix_after_a_vowel_reads_its_own_h() -> None:
    romanizer = Romanizer()
    # UniDic reads 峯 ポウ (as in 一峰 ippō) after 龍 りゅう too: Ryūpō
    assert romanizer.romanize("八代市立龍峯小学校") == "Yatsushiro shiritsu Ryūhō shōgakkō"
    # after っ or ん, and after a numeral, the p stays: the counter's own rules read it
    assert romanizer.romanize("一本") == "Ippon"
    assert romanizer.romanize("五本") == "Gohon"
    assert romanizer.romanize("八峰") == "Happō"
