"""benchmarks/make_unseen.py builds the fourth held-out set (``--heldout4``) from stored pages,
one of which kept a wiki's markup (``''Title''``, set as ``*Title*`` by ``_wiki_italics``),
and measure_precision.py measures it with ``unseen DIR --heldout4``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Drixler's bibliography, as tests/data/README.md describes it: its italic titles
TITLES = re.findall(r"\*([^*\n]{3,80})\*",
                    (ROOT / "tests" / "data" / "bibliography_macrons.md").read_text(encoding="utf-8"))
# a Wikipedia abstract converted by a tool that left some of the wiki's markup (English prose)
RAVINDRA = ROOT / "tests" / "data" / "english_prose" / "wikipedia_roshan_ravindra_abstract.md"


def test_wiki_italics_sets_real_titles_in_emphasis(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    titles = [t for t in TITLES if t.strip() == t and "'" not in t]
    assert len(titles) >= 20
    wiki = " * ".join(f"''{t}''" for t in titles)
    assert module._wiki_italics(wiki) == " * ".join(f"*{t}*" for t in titles)
    # a title with an apostrophe of its own (a syllable-final n) is one title
    assert module._wiki_italics("* ''Kin'yō Wakashū'' *") == "* *Kin'yō Wakashū* *"


def test_wiki_italics_on_a_page_that_kept_the_markup(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    lines = RAVINDRA.read_text(encoding="utf-8").splitlines()
    done = module._wiki_italics("\n".join(lines)).splitlines()
    changed = [(a, b) for a, b in zip(lines, done, strict=True) if a != b]
    # the one closed pair (with a space before its closing marks) becomes emphasis; a pair
    # left open on its line (''Heart FM ..., {Nominated for ''Sumathi ...) is left as it is
    assert changed and all(b == re.sub(r"''([^'\n]+?) *''", r"*\1*", a) for a, b in changed)
    assert any("*Mouse* (2012)" in b for _, b in changed)
    assert sum("''" in line for line in done) == sum("''" in line for line in lines) - len(changed)


def test_heldout4_is_built_from_its_table_or_refused_in_one_line(
        load: Callable[[str], ModuleType], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    from _common import run

    module = load("make_unseen")
    table = module.HELDOUT4_TABLE.read_text(encoding="utf-8").splitlines()
    rows = [row.split("\t") for row in table if row.strip() and not row.startswith("#")]
    assert len({row[0] for row in rows}) >= 10 and all(len(row) == 6 for row in rows)
    assert all(row[0].startswith("heldout4/") for row in rows)
    # every page the table reads has its address in the table's header
    assert all(f"#   {row[1]} " in "\n".join(table) for row in rows)
    first = rows[0][1]
    code = run(lambda a: module.main(a[1:]),
               ["make_unseen.py", str(tmp_path / "out"), "--heldout4", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and err == f"make_unseen.py: error: {tmp_path / first}: no such page\n"
    assert not (tmp_path / "out").exists()


def test_measure_precision_takes_heldout4(load: Callable[[str], ModuleType], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from _common import run

    module = load("measure_precision")
    code = run(lambda a: module.main(a[1:]),
               ["measure_precision.py", "unseen", str(tmp_path), "--heldout4"])
    err = capsys.readouterr().err
    assert code == 2 and err == (f"measure_precision.py: error: {tmp_path / 'heldout4'}: "
                                 "no *.md documents\n")
