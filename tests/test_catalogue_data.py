"""The catalogue pairs of tests/data/lookup/ (real romanised fields and their Japanese
script): each file is what its make_*.py builds from the kept sources, with provenance,
and no row is in two files, so that a held-out row was never development material."""

from __future__ import annotations

import csv
import importlib.util
import re
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"
KINDS = {"title", "name", "publisher", "body", "place", "series"}


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _key(text: str) -> str:
    return re.sub(r"[\s「」『』“”\"'’:：・,，、。.\-（）()]", "",
                  unicodedata.normalize("NFKC", text))


@pytest.fixture(scope="module")
def make_catalogue() -> ModuleType:
    return _module(LOOKUP_DATA / "make_catalogue.py")


def test_catalogue_pairs_are_what_the_script_makes_from_the_kept_sources(
        make_catalogue: ModuleType, tmp_path: Path) -> None:
    sources = {f"github:{repo}@{commit[:9]}" for repo, commit, _, _ in make_catalogue.SOURCES}
    for name in ("catalogue_pairs.tsv", "catalogue_pairs_heldout.tsv"):
        rows = _rows(name)
        assert len(rows) >= 15
        for row in rows:
            assert row["source"].split(" (")[0] in sources, row
            assert row["kind"] in KINDS, row
            assert re.search(r"[\u3040-\u30ff\u3400-\u9fff]", row["japanese"]), row
            assert make_catalogue.hepburn(row["gold_romaji"]), row
    # rebuilding from tests/data/marc/sources/catalogue/ gives the same rows
    monkey = make_catalogue.HERE
    try:
        make_catalogue.HERE = tmp_path
        for path in LOOKUP_DATA.glob("*.tsv"):
            if not path.name.startswith("catalogue_pairs"):
                (tmp_path / path.name).write_bytes(path.read_bytes())
        make_catalogue.build()
    finally:
        make_catalogue.HERE = monkey
    for name in ("catalogue_pairs.tsv", "catalogue_pairs_heldout.tsv"):
        assert (tmp_path / name).read_bytes() == (LOOKUP_DATA / name).read_bytes(), name


def test_no_pair_is_in_two_files() -> None:
    """A Japanese form appears in one file only (dev and held-out halves included)."""
    seen: dict[str, str] = {}
    for path in sorted(LOOKUP_DATA.glob("catalogue_*.tsv")):
        for row in _rows(path.name):
            k = _key(row["japanese"])
            assert k not in seen, (row["japanese"], path.name, seen.get(k))
            seen[k] = path.name
    others = {_key(r["japanese"]) for p in LOOKUP_DATA.glob("*.tsv")
              if not p.name.startswith("catalogue_") for r in _rows(p.name)}
    assert not set(seen) & others


def test_hepburn_check_keeps_hepburn_and_drops_the_rest(make_catalogue: ModuleType) -> None:
    """Rows of real records the builder drops: a German title of a Japanese composer's
    score, a long vowel a cataloguer left unmarked, traditional m, Kunrei."""
    hepburn = make_catalogue.hepburn
    for good in ("Zasshi \"Kokkyō\" to Kyūshū shinshū", "Dai-2 Kokkyō", "Daiarōgu",
                 "Shin'ei", "Hōsei Daigaku Shuppankyoku", "Matcha"):
        assert hepburn(good), good
    for bad in ("Urbilder", "Tokyo-to", "Homma Ikuo", "Kyûshû", "Tyûgoku", "Sinbun"):
        assert not hepburn(bad), bad


READINGS_DATA = Path(__file__).parent / "data" / "readings"


def _reading_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_wikipedia_kinds_are_new_rows_with_their_lookup_twins() -> None:
    """make_jawiki_kinds.py's administrative terms and publishers: each development or
    held-out row in one reading file only, none in an older reading set, none a publisher
    jpterms ships, and the lookup files hold the same titles."""
    mine = {}
    for name in ("jawiki_admin_terms", "jawiki_publishers"):
        for path in (READINGS_DATA / f"{name}.tsv", READINGS_DATA / "heldout" /
                     f"{name}_heldout.tsv"):
            rows = _reading_rows(path)
            assert len(rows) >= 30, path
            for row in rows:
                assert row["source"].startswith("github:tokuhirom/jawiki-kana-kanji-dict@")
                assert re.fullmatch(r"[\u3041-\u309fー]+", row["kana"]), row
                assert row["japanese"] not in mine, row
                mine[row["japanese"]] = path.name
            twins = {r["japanese"] for r in _rows(path.name)}
            assert twins <= {r["japanese"] for r in rows} and len(twins) >= len(rows) - 2
    older = {r["japanese"] for p in [*READINGS_DATA.glob("*.tsv"),
                                     *(READINGS_DATA / "heldout").glob("*.tsv")]
             if not p.name.startswith(("jawiki_admin", "jawiki_publishers"))
             for r in _reading_rows(p)}
    assert not set(mine) & older
    shipped = (Path(__file__).parents[1] / "src" / "jpterms" / "data" / "publishers.tsv")
    names = {line.split("\t")[0] for line in shipped.read_text(encoding="utf-8").splitlines()}
    assert not set(mine) & names


def test_wikidata_scholars_are_japanese_names_in_hepburn_surname_first() -> None:
    """make_wikidata_names.py: every gold is two Hepburn words, surname first (the label
    as written holds the same two words), and no name is in both halves."""
    make_catalogue = _module(LOOKUP_DATA / "make_catalogue.py")
    seen: set[str] = set()
    for name in ("wikidata_scholars.tsv", "wikidata_scholars_heldout.tsv",
                 "wikidata_writers.tsv", "wikidata_writers_heldout.tsv",
                 "wikidata_historical.tsv", "wikidata_historical_heldout.tsv"):
        rows = _rows(name)
        assert len(rows) >= 200
        for row in rows:
            assert row["source"].startswith("github:richardjharris/yomikun-database@"), row
            assert re.fullmatch(r"[\u3040-\u30ff\u3400-\u9fff々ヶ]{2,8}", row["japanese"]), row
            words = row["gold_romaji"].split()
            assert len(words) == 2 and make_catalogue.hepburn(row["label"]), row
            fold = unicodedata.normalize("NFD", row["label"]).encode("ascii", "ignore")
            assert sorted(fold.decode().lower().replace("'", "").split()) == sorted(
                w.lower().replace("'", "") for w in words), row
            assert row["japanese"] not in seen
            seen.add(row["japanese"])
