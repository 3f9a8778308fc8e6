"""Declare what you import, import what you declare (issue 11): every third-party module
imported under src/jpterms is a declared dependency, and every dependency is imported."""

from __future__ import annotations

import ast
import re
import sys
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
#: Distribution name -> the module it provides, where they differ.
MODULE_OF = {"unidic-lite": "unidic_lite", "jamdict-data": "jamdict_data",
             "markdown-it-py": "markdown_it", "marisa-trie": "marisa_trie"}

#: Extras that install tools (tests, benchmarks), not features of jpterms.
TOOLS = frozenset({"test", "bench"})


def _declared() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = [d for name, deps in project.get("optional-dependencies", {}).items()
              if name not in TOOLS for d in deps]  # optional features (dask) count; tools do not
    names = [re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].strip()
             for d in [*project["dependencies"], *extras]]
    return {MODULE_OF.get(n.lower(), n.lower().replace("-", "_")): n for n in names}


@cache
def _imported() -> frozenset[str]:
    """The third-party modules src/jpterms imports (its files parsed once for both tests)."""
    modules: set[str] = set()
    for path in (ROOT / "src" / "jpterms").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module.split(".")[0])
    return frozenset(m for m in modules if m not in sys.stdlib_module_names and m != "jpterms")


def test_every_import_is_declared() -> None:
    assert sorted(_imported() - set(_declared())) == []


def test_every_dependency_is_imported() -> None:
    assert sorted(set(_declared()) - _imported()) == []
