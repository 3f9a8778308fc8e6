"""A given name UniDic lists, read so, is preferred in a name's look-up: Mozc lists pieces
no one is named (亮中, 保一, 茂有) as cheaply as the names people bear. Rows are real: the
Wikidata and Drixler names of tests/data/lookup/ (development files)."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

import jpterms
from jpterms.glossary import Glossary
from jpterms.kana import strip_macrons
from jpterms.unidic_names import UniDicNames

DATA = Path(__file__).parent / "data" / "lookup"


def _query(file: str, japanese: str) -> str:
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    return strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))


def test_unidic_lists_given_names_with_their_readings(tmp_path: Path) -> None:
    built = UniDicNames.load(tmp_path)  # read from unidic-lite's sys.dic
    assert UniDicNames.path(tmp_path).is_file()
    again = UniDicNames.load(tmp_path)  # the saved file, memory-mapped
    for names in (built, again, UniDicNames.default()):
        assert len(names) > 30_000
        assert names.given("良忠", "りょうちゅう") and not names.given("亮中", "りょうちゅう")
        assert names.given("泰一", "やすいち") and not names.given("保一", "やすいち")
        assert not names.given("泰一", "やすかず")  # listed with other readings only
        assert not names.given("田中", "たなか")  # a surname


@pytest.mark.parametrize(("file", "japanese"), [
    ("wikidata_scholars.tsv", "梅田良忠"),  # Umeda Ryochu: was 梅田亮中 (4th)
    ("wikidata_scholars.tsv", "籾山泰一"),  # Momiyama Yasuichi: was 籾山保一
    ("wikidata_scholars.tsv", "浜口重国"),  # Hamaguchi Shigekuni: was 浜口茂有
    ("wikidata_writers.tsv", "藤本朱莉"),  # Fujimoto Akari: was 藤本朱里
    ("wikidata_historical.tsv", "二条光平"),  # Nijo Mitsuhira: was 二条三平 (3rd)
    ("drixler_names.tsv", "池田種徳"),  # Ikeda Tanenori: was 池田種典
])
def test_a_given_name_unidic_lists_comes_first(file: str, japanese: str) -> None:
    query = _query(file, japanese)
    top = jpterms.lookup(query)[0]
    assert top.kanji == japanese
    assert strip_macrons(top.romaji) == query  # read as the query reads it (良忠: Ryōchū)
    # the checker's one reading (limit=1) keeps its lattice: UniDic is a look-up's
    single = Glossary.bundled().reverse_engine.paths(query, limit=1)
    assert single and single[0].written != japanese


def test_no_dictionary_is_no_evidence(tmp_path: Path) -> None:
    names = UniDicNames.load(tmp_path, dictionary=tmp_path / "missing" / "sys.dic")
    assert len(names) == 0 and not names.given("良忠", "りょうちゅう")
    assert not UniDicNames.path(tmp_path).exists()  # nothing saved: built again next time


def test_the_first_runs_companion_builds_the_list(tmp_path: Path) -> None:
    from jpterms import cache_builds

    assert "unidic-given" in cache_builds.JOBS
    assert cache_builds._job_paths("unidic-given", tmp_path) == [UniDicNames.path(tmp_path)]
    cache_builds._run_job("unidic-given", tmp_path)
    assert UniDicNames.path(tmp_path).is_file()
    assert UniDicNames.load(tmp_path).given("良忠", "りょうちゅう")
