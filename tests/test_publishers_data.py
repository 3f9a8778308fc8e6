"""The shipped publisher table (``jpterms/data/publishers.tsv``, from SKK's proper-noun
dictionary) reads each publisher as the dictionaries jpterms ships read it.

SKK files a few publishers under readings that are not theirs: 創森社 under そうりんしゃ
(森 is never りん), 信山社 under the reading of the longer name 信山社出版, 冨山房 and 創樹社
otherwise than JMnedict reads them. ``jpterms/data/publisher_fixes.tsv`` corrects them.
"""

from __future__ import annotations

from pathlib import Path

import jpterms
from jpterms.dictionaries import jamdict_rows
from jpterms.kana import to_hiragana
from jpterms.kanji_fallback import KanjiFallback, reading_fits
from jpterms.publishers import build, fixed_readings

SHIPPED = Path(__file__).parents[1] / "src" / "jpterms" / "data" / "publishers.tsv"
_JMNEDICT = ("SELECT n.text FROM NEKanji k JOIN NEKana n ON n.idseq = k.idseq "
             "WHERE k.text = ?")
_JMDICT = "SELECT n.text FROM Kanji k JOIN Kana n ON n.idseq = k.idseq WHERE k.text = ?"


def _shipped() -> list[tuple[str, str]]:
    rows = [line.split("\t") for line in SHIPPED.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(row[0], row[1]) for row in rows]


def _nihon(kana: str) -> str:
    """日本 is read にほん or にっぽん by houses alike (実業之日本社, 日本規格協会)."""
    return kana.replace("にっぽん", "にほん")


def test_a_publisher_the_dictionaries_list_is_read_as_they_read_it() -> None:
    listed = 0
    wrong = []
    for written, kana in _shipped():
        forms = (written, written.replace("冨", "富"))  # 冨山房: JMnedict writes 富山房
        theirs = {_nihon(to_hiragana(row[0])) for form in dict.fromkeys(forms)
                  for row in jamdict_rows(_JMNEDICT, (form,)) + jamdict_rows(_JMDICT, (form,))}
        if theirs:
            listed += 1
            if _nihon(kana) not in theirs:
                wrong.append((written, kana, sorted(theirs)))
    assert listed >= 40
    assert wrong == []


def test_the_corrected_readings_are_shipped_and_read_off_their_kanji() -> None:
    shipped = set(_shipped())
    resolver = KanjiFallback().resolver
    fixes = fixed_readings()
    assert len(fixes) >= 4
    for (written, skk), reading in fixes.items():
        assert (written, reading) in shipped and (written, skk) not in shipped
        assert reading_fits(written, reading, resolver), written
    # the two SKK readings no reading of the characters gives
    assert not reading_fits("創森社", "そうりんしゃ", resolver)
    assert not reading_fits("信山社", "しんざんしゃしゅっぱん", resolver)
    # a rebuild from SKK's own line keeps the correction
    assert build(["ふさんぼう /冨山房;[出版社名]/"])[0].kana == "ふざんぼう"


def test_a_corrected_publisher_is_found_by_its_own_name() -> None:
    found = jpterms.lookup("Soshinsha", kind="publisher")[0]
    assert (found.kanji, found.romaji) == ("創森社", "Sōshinsha")
    assert jpterms.romanize("創森社") == "Sōshinsha"  # was Sō Mori sha
    # the reading SKK gave is no longer offered for it
    assert "創森社" not in [m.kanji for m in jpterms.lookup("Sorinsha", kind="publisher")]
