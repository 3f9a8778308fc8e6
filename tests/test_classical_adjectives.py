"""A compound adjective in its classical form (蒼白き, 青白き), which UniDic lists only in
today's form (蒼白い) and cuts in two, is read as one adjective (classical_forms
._classical_adjective_rows)."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def test_compound_adjective_in_classical_form_is_one_word() -> None:
    romanizer = Romanizer()
    # real titles: Murō Saisei's 蒼白き巣窟 (1920, Hoyt Long's corpus table) and
    # 青白き夢 of Aozora Bunko's index
    assert romanizer.romanize("蒼白き巣窟") == "Aojiroki sōkutsu"  # was Ao shiroki
    assert romanizer.romanize("青白き夢") == "Aojiroki yume"
    # the predicative し too, and an adjective UniDic already read whole stays as it was
    assert romanizer.romanize("蒼白し") == "Aojiroshi"  # was Sōhaku shi
    assert romanizer.romanize("生温き風") == "Namanuruki kaze"
    assert romanizer.romanize("美しき天然") == "Utsukushiki tennen"


def test_pair_that_is_no_adjective_today_stays_apart() -> None:
    assert Romanizer().romanize("黒白き") == "Kuro shiroki"


def test_classical_ending_keeps_todays_long_vowels() -> None:
    # the classical form is said as today's adjective is (大きい Ōkii, 愛おしい Itōshii):
    # its pronunciation is the lemma's with the ending put for い (was Ookiki, Itooshiki)
    romanizer = Romanizer()
    assert romanizer.romanize("大きき声") == "Ōkiki koe"
    assert romanizer.romanize("愛おしき人") == "Itōshiki hito"


def test_predicative_cut_into_pieces_is_one_adjective() -> None:
    # (classical_forms._classical_adjective_rows: 清 + the particle し, read as 清い's
    # classical predicative; a kanji and する's し stays a verb)
    romanizer = Romanizer()
    assert romanizer.romanize("清し") == "Kiyoshi"
    assert romanizer.romanize("愛し") == "Aishi"
    # an adjective after a verb of two rows, whose text is read again, is read again too
    assert romanizer.romanize("星消ゆ清き水") == "Hoshi kiyu kiyoki mizu"
