"""A whole input that is one municipality of the official list is two words: its name,
read as the list reads it, and its suffix, with a hyphen (data: the MIC list of
tests/data/readings/municipalities_mic.tsv, which jpterms.gazetteer ships)."""

from __future__ import annotations

import csv
from pathlib import Path

from jpterms.romanize import Romanizer, explain

MIC = Path(__file__).parent / "data" / "readings" / "municipalities_mic.tsv"


def _official() -> dict[str, str]:
    with MIC.open(encoding="utf-8") as fh:
        return {r["japanese"]: r["kana"] for r in csv.DictReader(fh, delimiter="\t")}


def test_a_municipality_is_its_name_and_its_suffix() -> None:
    r = Romanizer()
    official = _official()
    # names in kana UniDic reads as fillers or a particle between words
    assert official["あま市"] == "あまし"
    assert r.romanize("あま市") == "Ama-shi"  # was "A ma shi"
    assert r.romanize("たつの市") == "Tatsuno-shi"  # was "Tatsu no shi"
    assert r.romanize("えびの市") == "Ebino-shi"
    # the suffix read as the list reads it (いのちょう: chō, was "I no machi")
    assert official["いの町"] == "いのちょう"
    assert r.romanize("いの町") == "Ino-chō"
    assert [w.kana for w in explain("いの町")] == ["いのちょう"]
    # a name UniDic cut in two: one word (were "Ichi Nohemachi", "Seto Uchi-shi")
    assert r.romanize("一戸町") == "Ichinohe-machi"
    assert r.romanize("瀬戸内市") == "Setouchi-shi"
    assert r.romanize("揖斐川町") == "Ibigawa-chō"
    # a 町 or 府 that is the name's own is no suffix (were "Tōka-machishi", "Dazai-fu shi")
    assert r.romanize("十日町市") == "Tōkamachi-shi"
    assert r.romanize("太宰府市") == "Dazaifu-shi"


def test_every_listed_municipality_is_one_name_and_a_suffix() -> None:
    r = Romanizer()
    official = _official()
    spaced = [name for name in official
              if not (name.endswith("区") and "市" in name[:-1])  # a city's ward: two names
              and " " in r.romanize(name)]
    # two places' names, each as read (丹波篠山市 Tanba Sasayama-shi); a glossary word the
    # name holds joins the one kanji before it (南九州市 Minamikyūshū-shi)
    assert sorted(spaced) == ["丹波篠山市"]
    # a city's ward stays two names
    assert r.romanize("札幌市中央区") == "Sapporo-shi Chūō-ku"
