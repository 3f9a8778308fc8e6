"""benchmarks/make_unseen.py builds the fourth held-out set (``--heldout4``) from stored pages,
one of which kept a wiki's markup (``''Title''``, set as ``*Title*`` by ``_wiki_italics``),
and measure_precision.py measures it with ``unseen DIR --heldout4``."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from conftest import drixler_titles

ROOT = Path(__file__).resolve().parent.parent
# Drixler's bibliography's italic titles
TITLES = drixler_titles()
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
