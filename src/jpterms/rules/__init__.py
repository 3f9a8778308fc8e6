"""The checker's rules, one module per family, each with ``RULES`` and ``findings``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType

from jpterms.findings import Finding
from jpterms.rules import footnotes, glosses, names, titles, variants
from jpterms.rules.base import Context, Rule

MODULES: tuple[ModuleType, ...] = (titles, names, variants, glosses, footnotes)
#: Every rule, in code order.
ALL_RULES: tuple[Rule, ...] = tuple(sorted((r for m in MODULES for r in m.RULES),
                                           key=lambda r: r.code))
#: The functions that produce findings, one per module.
RUNNERS: tuple[Callable[[Context], Iterator[Finding]], ...] = tuple(m.findings for m in MODULES)
KINDS: tuple[str, ...] = tuple(dict.fromkeys(r.kind for r in ALL_RULES))

__all__ = ["ALL_RULES", "KINDS", "RUNNERS", "Context", "Rule"]
