"""日 standing for Japan in a list joined by ・ reads にち, not ひ ("day")."""

from __future__ import annotations

import pytest

from jpterms import Romanizer


@pytest.mark.parametrize(("text", "romaji"), [
    # meetings as the Ministry of Foreign Affairs titles them
    # (https://www.mofa.go.jp/mofaj/area/asean/ja_shuno.html, .../press/release/press4_000420.html)
    ("日・ASEAN首脳会議", "Nichi ASEAN shunō kaigi"),  # was "Hi ASEAN"
    ("日・ASEAN特別首脳会議", "Nichi ASEAN tokubetsu shunō kaigi"),
    # beside a country's kanji, read as JMdict's 日韓 にっかん, 日朝 にっちょう read it
    ("日・韓", "Nichi kan"),  # was "Hi Han", a family name
    ("日・朝", "Nichi chō"),  # was "Hi asa", morning
    ("日・フランス", "Nichi Furansu"),
])
def test_japan_in_a_list_of_countries(text: str, romaji: str) -> None:
    assert Romanizer().romanize(text) == romaji


def test_days_in_a_list_stay_days() -> None:
    # no country beside it: 土 beside 日 is Saturday, not Turkey
    romanizer = Romanizer()
    assert romanizer.romanize("ある日・") == "Aru hi"
    assert "Nichi" not in romanizer.romanize("土・日")
