"""The title look-up benchmark (``benchmarks/measure_title_lookup.py``) on a few real rows
of the readings files: each query is the title's gold reading romanised, and the dump
says where the title stands among the five results."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


def test_a_few_rows_dumped(load: Callable[[str], ModuleType], tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    bench = load("measure_title_lookup")
    source = bench.READINGS / "jawiki_titles.tsv"
    dump = tmp_path / "dump.tsv"
    assert bench.main(["measure_title_lookup.py", "--rows", "3", "--dump", str(dump),
                       str(source)]) == 0
    lines = [line.split("\t") for line in dump.read_text(encoding="utf-8").splitlines()]
    assert [(f, int(i)) for f, i, *_ in lines] == [("jawiki_titles.tsv", i) for i in range(3)]
    wanted = bench.titles(source, 3)
    for (_, _, query, title, results, rank), (kanji, _) in zip(lines, wanted, strict=True):
        assert title == kanji and query and not set(query) & set("āīūēō")
        found = results.split("|")
        assert int(rank) == (found.index(title) + 1 if title in found else 0)
    # 谷口隆義 たにぐちたかよし: the name as a citation writes it, found first
    assert lines[0][2:4] == ["Taniguchi Takayoshi", "谷口隆義"] and lines[0][5] == "1"
    assert "first" in capsys.readouterr().out

