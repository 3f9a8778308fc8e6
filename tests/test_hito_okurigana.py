"""一 with its okurigana と before a word (一と晩, 一と踊), as Meiji to early Shōwa writers
wrote ひと, is one word read ひと… (mecab_rows.hito_rows)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_hito_with_okurigana_is_one_word() -> None:
    romanizer = Romanizer()
    # a real title: Hoyt Long's corpus table gives 一と踊 as Hito odori
    assert romanizer.romanize("一と踊") == "Hitoodori"  # was Ichi to odori
    # JMdict's 一晩, 一通り, 一先ず: their readings (long vowels as the word marks them)
    assert romanizer.romanize("一と晩") == "Hitoban"
    assert romanizer.romanize("一と通り") == "Hitotōri"
    assert romanizer.romanize("一と月ほど前") == "Hitotsuki hodo mae"
    # UniDic's own 一と言 stays
    assert romanizer.romanize("一と言") == "Hitokoto"


def test_numeral_and_particle_stay_before_other_words() -> None:
    romanizer = Romanizer()
    assert romanizer.romanize("一と二") == "Ichi to ni"
    assert romanizer.romanize("統一と分裂") == "Tōitsu to bunretsu"
