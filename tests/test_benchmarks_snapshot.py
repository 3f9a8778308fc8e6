"""benchmarks/snapshot.py: what jpterms outputs, one line each, in a fixed order, for
``cmp`` before and after a refactor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import jpterms


def test_a_check_snapshot_is_every_finding_of_each_document_in_each_style(
        load: Callable[[str], ModuleType], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = load("snapshot")
    article = snapshot.check_documents()[-1]
    assert article.name == "founding_article.txt"
    assert not any("heldout" in str(p) for p in snapshot.check_documents())
    monkeypatch.setattr(snapshot, "check_documents", lambda: [article])
    out = tmp_path / "check.tsv"
    assert snapshot.main(["snapshot.py", "check", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    text = article.read_text(encoding="utf-8")
    found = jpterms.check(text, path=article.name)
    assert found and len(lines) >= len(found)
    as_written = [line for line in lines if "\tas written\tmodified\t" in line]
    assert as_written == [f"{article.name}\tas written\tmodified\t{f!r}" for f in found]
    assert any("\tstripped\t" in line for line in lines)


@pytest.mark.parametrize("args", [[], ["lookup"], ["bogus", "out.tsv"],
                                  ["check", "out.tsv", "--heldout"]])
def test_a_bad_call_is_one_line_and_exit_2(
        args: list[str], load: Callable[[str], ModuleType],
        capsys: pytest.CaptureFixture[str]) -> None:
    from _common import run

    snapshot = load("snapshot")
    assert run(snapshot.main, ["snapshot.py", *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "snapshot.py: error:" in err
