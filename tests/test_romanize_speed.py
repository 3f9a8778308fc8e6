"""The romaniser's fast path: MeCab's lines read as strings, runs cut into segments that
are remembered. It must answer exactly as reading each run whole does, on real text, and
its memories must be used and bounded. (Time itself is measured in benchmarks/.)"""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

import pytest

from jpterms.kana import normalize_japanese
from jpterms.mecab_rows import rows_of, tagger
from jpterms.romanize import _JAPANESE, Romanizer

romanize_module = importlib.import_module("jpterms.romanize")

ROOT = Path(__file__).resolve().parent.parent
#: The first 300 lines of the speed corpus (technical prose, see benchmarks/data/README.md).
SAMPLE = [line.strip() for line in
          (ROOT / "benchmarks" / "data" / "sample_ja.txt").read_text(encoding="utf-8").splitlines()
          if line.strip()]


def _names(path: Path, step: int) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [row["japanese"] for row in csv.DictReader(handle, delimiter="\t")][::step]


#: Titles, names, places and stations: whole inputs, glossary words, proper nouns.
NAMES = (_names(ROOT / "tests" / "data" / "readings" / "municipalities_mic.tsv", 20)
         + _names(ROOT / "tests" / "data" / "readings" / "stations_all.tsv", 15))
with (ROOT / "tests" / "data" / "dev_titles.tsv").open(encoding="utf-8") as _handle:
    TITLES = [row["kanji"] for row in csv.DictReader(_handle, delimiter="\t")]


def _runs(lines: list[str]) -> list[tuple[str, bool, bool]]:
    """Each run of Japanese with the flags _line gives it: (run, capitalise, whole)."""
    out = []
    for text in lines:
        line = normalize_japanese(text)
        for m in _JAPANESE.finditer(line):
            before, after = line[: m.start()], line[m.end(): m.end() + 1]
            whole = (not before or before[-1].isspace()) and (not after or after.isspace())
            out.append((m.group(0), not before.strip(), whole))
    return out


def test_mecab_lines_are_the_nodes_of_the_tagger() -> None:
    for text in SAMPLE[:100] + TITLES + ["無効にします。FTPサーバー𪚲", "ＡＢＣ「引用」"]:
        nodes = tagger().parseToNodeList(text)
        assert rows_of(text) == [f"{n.surface}\t{n.feature_raw}" for n in nodes]


@pytest.mark.parametrize("system", ["hepburn", "kunrei", "wapuro"])
def test_segments_answer_as_the_whole_run(system: str) -> None:
    """Every run of 300 lines of real prose and of titles, names and stations, romanised
    through remembered segments (first while learning them, then from memory), equals the
    run read whole."""
    fast, whole = Romanizer(system), Romanizer(system)
    runs = _runs(SAMPLE + TITLES + NAMES)
    expected = [whole._chunk_whole(run, capitalise, is_whole) for run, capitalise, is_whole in runs]
    for _ in range(2):
        got = [fast._chunk(run, capitalise, is_whole) for run, capitalise, is_whole in runs]
        assert got == expected
    assert fast.whole_chunks == 0  # no join needed the run read again


def test_a_new_sentence_of_known_words_costs_no_new_segments() -> None:
    r = Romanizer()
    r._romanize("外部からのテキストファイルサポートを無効にします。")
    r._romanize("設定を変更します。")
    learnt = r.segment_misses
    # a sentence neither call saw, made of segments both did
    assert r._romanize("設定を無効にします。") == "Settei o mukō ni shimasu."
    assert r.segment_misses == learnt


def test_memories_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = SAMPLE[:120]
    unbounded = Romanizer()
    expected = [unbounded._romanize(line) for line in lines]
    monkeypatch.setattr(romanize_module, "CACHE_LIMIT", 50)
    r = Romanizer()
    most = 0
    for line, want in zip(lines, expected, strict=True):
        assert r._romanize(line) == want
        most = max(most, len(r._tokens), len(r._segments))
    # a run may add its own tokens and segments beyond the limit; then all is forgotten
    longest = max(len(rows_of(run)) for run, _, _ in _runs(lines))
    assert most <= 50 + longest
    assert r.segment_misses > unbounded.segment_misses  # it had to learn again


def test_old_forms_read_as_modern_ones_before_and_after_the_class_is_compiled() -> None:
    """The first runs translate old forms (經 → 経) outright; after a few hundred, a
    compiled class finds the runs that need it. Both read 經濟學の國 as 経済学の国."""
    r = Romanizer()
    modern = [t.surface for t in r._tokenize("経済学の国")]
    assert r._old_forms is None  # (translated outright: nothing compiled yet)
    assert [t.surface for t in r._tokenize("經濟學の國")] == modern
    for run in SAMPLE:
        r._tokenize(run)
    assert r._old_forms is not None
    assert [t.surface for t in r._tokenize("經濟學の國")] == modern
    assert r._romanize("經濟學の國") == r._romanize("経済学の国") == "Keizaigaku no kuni"
