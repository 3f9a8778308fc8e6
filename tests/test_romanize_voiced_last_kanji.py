"""A name's last kanji whose listed reading voices its first sound (rendaku: 川 かわ as
がわ, 社 しゃ as じゃ, 口 くち as ぐち) is one word with the unit before it, not a word of
its own, nor a given name after a family name."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import Romanizer

DATA = Path(__file__).parent / "data" / "readings"


def _rows(name: str) -> dict[str, str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")}


def test_a_voiced_last_kanji_joins_the_name_before_it() -> None:
    r = Romanizer()
    towns = _rows("municipalities_mic.tsv")
    stations = _rows("stations_all.tsv")
    # the MIC list's official kana and the station list's (tests/data/readings)
    assert towns["木津川市"] == "きづがわし" and towns["吉野川市"] == "よしのがわし"
    assert r.romanize("木津川市") == "Kizugawa-shi"  # was "Kizu Gawa-shi"
    assert r.romanize("吉野川市") == "Yoshinogawa-shi"  # was "Yoshino Gawa-shi"
    assert stations["嵐電天神川"] == "らんでんてんじんがわ"
    assert r.romanize("嵐電天神川") == "Randen Tenjingawa"  # was "Tenjin gawa"
    assert r.romanize("室生口大野") == "Murōguchi Ōno"  # was "Murō guchi Ōno"
    # a shrine JMnedict lists whole: 天神 + 社 read じゃ (was "Tenjin ja")
    assert r.romanize("阿豆佐味天神社") == "Azusami Tenjinja"
    # a place of no known kind in JMnedict after what UniDic calls a family name is no
    # person with the given name "Guchi" (was "Shiwa Guchi")
    assert stations["志和口"] == "しわぐち"
    assert r.romanize("志和口") == "Shiwaguchi"


def test_a_common_word_keeps_its_division() -> None:
    r = Romanizer()
    # JMdict's compounds are divided as before (the ALA-LC style keeps kaisha apart)
    assert r.romanize("有限会社") == "Yūgen gaisha"
    assert r.romanize("目黒通り") == "Meguro dōri"
    # and a name with a given name of one kanji stays a person
    assert r.romanize("山田孝雄") == "Yamada Yoshio"
