"""benchmarks/make_unseen.py builds the fifth held-out set (``--heldout5 PAGES5 --wikipedia
WIKI``): stored pages, and Wikipedia articles read from ``chinapedia/wikipedia.abstract.en``,
whose extract writes emphasis with underscores (``_Title_``, set as ``*Title*`` by
``_underscore_italics``) and keeps notes with no text (``[22]`` alone, dropped)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from conftest import drixler_titles

ROOT = Path(__file__).resolve().parent.parent
# Drixler's bibliography's italic titles
TITLES = drixler_titles()
# lines of a chinapedia/wikipedia.abstract.en extract (tests/data/english_prose/README.md)
ROMANS = ROOT / "tests" / "data" / "english_prose" / "wikipedia_epistle_to_the_romans_excerpt.md"


def test_underscore_italics_sets_real_titles_in_emphasis(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    titles = [t for t in TITLES if t.strip() == t and "_" not in t]
    assert len(titles) >= 20
    # as the extract writes a citation: the title's comma inside the emphasis
    extract = "; ".join(f"_{t},_ pp. 1–2" for t in titles)
    assert module._underscore_italics(extract) == "; ".join(f"*{t},* pp. 1–2" for t in titles)
    # an underscore joined to a word is no emphasis (the extract's Genshō_-tennō_ 's reign)
    assert module._underscore_italics("Genshō_-tennō_ 's reign") == "Genshō_-tennō_ 's reign"


def test_underscore_italics_on_an_extract(load: Callable[[str], ModuleType]) -> None:
    module = load("make_unseen")
    text = ROMANS.read_text(encoding="utf-8")
    done = module._underscore_italics(text)
    assert "_" in text and "_" not in done
    assert "*church that is in their* (or his) *house*" in done
    assert "[24] Irenaeus, *Against Heresies*, Book III" in done
    assert done.replace("*", "") == text.replace("*", "").replace("_", "")


def test_a_wikipedia_row_is_read_from_its_repository_or_refused(
        load: Callable[[str], ModuleType], tmp_path: Path) -> None:
    module = load("make_unseen")
    text = ROMANS.read_text(encoding="utf-8")
    (tmp_path / "wiki" / "Page").mkdir(parents=True)
    (tmp_path / "wiki" / "Page" / "Epistle_to_the_Romans.md").write_text(text, encoding="utf-8")
    table = tmp_path / "table.tsv"
    table.write_text(f"heldout5/romans.md\twikipedia:Epistle_to_the_Romans\t1\t{len(text.splitlines())}"
                     "\tdrop-empty-notes,underscore-italics\t\n", encoding="utf-8")
    with pytest.raises(module.BadArgument, match=r"^wikipedia:Epistle_to_the_Romans: give --wikipedia WIKI"):
        module.make_pages(tmp_path / "out", tmp_path, table, nested=False)
    assert not (tmp_path / "out").exists()
    wiki = module.Repository(tmp_path / "wiki", module.WIKI_COMMIT, "chinapedia/wikipedia.abstract.en")
    module.make_pages(tmp_path / "out", tmp_path, table, nested=False, wiki=wiki)
    built = (tmp_path / "out" / "heldout5" / "romans.md").read_text(encoding="utf-8").splitlines()
    # the empty note [22] is dropped; the notes with text and every other line stay
    assert "[22]" in text.splitlines() and "[22]" not in built
    assert built == [module._underscore_italics(line) for line in text.splitlines() if line != "[22]"]
    assert "[24] Irenaeus, *Against Heresies*, Book III,3,2" in built
