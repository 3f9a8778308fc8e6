"""A school's name that its cuts leave no own name between the body and the kind of school
is written with single spaces (大宮市立高等学校 Ōmiya shiritsu kōtō gakkō, was two spaces
before kōtō)."""

from __future__ import annotations

from conftest import reading_gold
from jpterms.romanize import Romanizer, spells_kana


def test_no_double_space_in_a_school_name() -> None:
    schools = reading_gold("jawiki_schools.tsv")  # Wikipedia's titles and kana
    r = Romanizer()
    for name in ("大宮市立高等学校", "留萌市立高等学校"):
        got = r.romanize(name)
        assert "  " not in got and spells_kana(got, schools[name]), got
