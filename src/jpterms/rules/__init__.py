"""The checker's rules, one module per family, each with ``RULES`` and ``findings``.

A :class:`Family` is one rule module and every code it can emit; the checker
runs a family only when one of those codes is selected (ruff's
``checker.enabled``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jpterms.findings import Finding
from jpterms.rules import footnotes, glosses, names, titles, variants
from jpterms.rules.base import Context, DocumentTitle, Rule, Selection


@dataclass(frozen=True)
class Family:
    """A rule module: the codes it emits and the function that finds them."""

    name: str
    rules: tuple[Rule, ...]
    findings: Callable[[Context], Iterator[Finding]]

    def enabled(self, selection: Selection) -> bool:
        """Whether any of this family's codes is selected."""
        return any(selection.enabled(r.code, r.kind) for r in self.rules)


FAMILIES: tuple[Family, ...] = (
    Family("titles", titles.RULES, titles.findings),
    # names reports Kunrei-shiki names in prose under the title rule's JP201
    Family("names", (titles.SYSTEM,), names.findings),
    Family("variants", variants.RULES, variants.findings),
    Family("glosses", glosses.RULES, glosses.findings),
    Family("footnotes", footnotes.RULES, footnotes.findings),
)
#: Every rule, in code order.
ALL_RULES: tuple[Rule, ...] = tuple(sorted({r for f in FAMILIES for r in f.rules},
                                           key=lambda r: r.code))
#: The functions that produce findings, one per family.
RUNNERS: tuple[Callable[[Context], Iterator[Finding]], ...] = tuple(f.findings for f in FAMILIES)
KINDS: tuple[str, ...] = tuple(dict.fromkeys(r.kind for r in ALL_RULES))

__all__ = ["ALL_RULES", "FAMILIES", "KINDS", "RUNNERS", "Context", "DocumentTitle", "Family",
           "Rule", "Selection"]
