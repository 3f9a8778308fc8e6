"""Readings with more than 255 words in Mozc's dictionary (こうじ, ゆうき): every word is
read (:func:`jpterms.mozcdic.overflowed_readings`), not only the count's low 8 bits.

MeCab's compiler stores a reading's words as ``count + (first << 8)``; with 296 words
こうじ read as 40 words one token too far, and 晃司, 康司, 孝司 were never found, nor
結城 or 勇気 among the 259 of ゆうき. The rows are real development rows:
tests/data/readings/jawiki_draw.tsv (github:tokuhirom/jawiki-kana-kanji-dict@0579823
SKK-JISYO.jawiki) and tests/data/lookup/wikidata_scholars.tsv
(github:richardjharris/yomikun-database@9e536d6 data/wikidata-nokana.jsonl.gz).
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from tests.lookup_rows import query_for

import jpterms
from jpterms import cache_files, mozcdic
from jpterms.mozcdic import mozc_dictionary, overflow_file_name, overflowed_readings

READINGS = Path(__file__).parent / "data" / "readings"


def _kana(file: str, japanese: str) -> str:
    with (READINGS / file).open(encoding="utf-8", newline="") as fh:
        return next(r["kana"] for r in csv.DictReader(fh, delimiter="\t")
                    if r["japanese"] == japanese)


def test_every_word_of_an_overflowed_reading_is_read() -> None:
    mozc = mozc_dictionary()
    assert len(overflowed_readings(mozc)) >= 2
    koji = {w.written for w in mozc.words(mozc.walk(mozc.ROOT, "こうじ"), 400)}
    yuki = {w.written for w in mozc.words(mozc.walk(mozc.ROOT, "ゆうき"), 400)}
    assert {"晃司", "康司", "孝司", "工事"} <= koji and len(koji) > 200
    assert {"結城", "勇気", "優希"} <= yuki and len(yuki) > 200


def test_a_given_name_of_an_overflowed_reading_is_read_so() -> None:
    """矢田優季 was やだゆき: Mozc's 優季 ゆうき was among the words never found."""
    assert _kana("jawiki_draw.tsv", "矢田優季") == "やだゆうき"
    assert jpterms.romanize("矢田優季") == "Yada Yūki"


def test_a_koji_is_a_given_name_not_construction() -> None:
    """*Suda Koji* had 須田工事 ("construction") third: the given names were never found."""
    query = query_for("wikidata_scholars.tsv", "須田孝司")
    top = [m.kanji for m in jpterms.lookup(query)]
    assert "須田工事" not in top
    assert "須田浩二" in top


def test_the_wheels_file_is_read_and_a_damaged_one_scanned_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The wheel ships the scan's answer (hatch_build.py): a first run scans nothing and
    writes nothing in the user cache; a damaged cache file is scanned again, not read."""
    mozc = mozc_dictionary()
    found = overflowed_readings(mozc)
    name = overflow_file_name()
    assert name is not None
    built = cache_files.shipped_file(name) or cache_files.cache_dir() / name
    shipped = tmp_path / "built"
    shipped.mkdir()
    for path in (built, cache_files.sum_path(built)):  # the file and its sum, as a wheel
        shutil.copyfile(path, shipped / path.name)
    monkeypatch.setattr(cache_files, "SHIPPED", shipped)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    scans: list[int] = []

    def counted(dictionary: mozcdic.MozcDictionary) -> dict[int, int]:
        scans.append(1)
        return dict(found)  # (the scan itself is the first test's)

    monkeypatch.setattr(mozcdic, "_scan_overflow", counted)
    assert overflowed_readings(mozc) == found and scans == []
    assert not (tmp_path / "cache").exists()
    (shipped / name).write_text("1 2\n", encoding="ascii")  # damaged: its sum differs
    assert overflowed_readings(mozc) == found and scans == [1]
    assert overflowed_readings(mozc) == found and scans == [1]  # now the user cache's
