"""A compound adjective in its classical form (蒼白き, 青白き), which UniDic lists only in
today's form (蒼白い) and cuts in two, is read as one adjective (classical_forms
._classical_adjective_rows)."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(("text", "romaji"), [
    # the classical form is said as today's adjective is (大きい Ōkii, 愛おしい Itōshii):
    # its pronunciation is the lemma's with the ending put for い (was Ookiki, Itooshiki)
    ("大きき声", "Ōkiki koe"),
    ("愛おしき人", "Itōshiki hito"),
    # 清 + the particle し, read as 清い's classical predicative; a kanji and する's し
    # stays a verb
    ("清し", "Kiyoshi"),
    ("愛し", "Aishi"),
    # an adjective after a verb of two rows, whose text is read again, is read again too
    ("星消ゆ清き水", "Hoshi kiyu kiyoki mizu"),
])
def test_classical_adjective_read_from_todays(text: str, romaji: str) -> None:
    assert Romanizer().romanize(text) == romaji
