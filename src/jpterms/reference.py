"""Generate the checker rules reference (``docs/rules.md``) from the rules themselves.

Each rule's summary and its example texts, with what ``jpterms check`` reports
on the failing ones, come from the rule objects, so the page cannot drift; a
test compares the committed page with :func:`render`. Regenerate it with::

    python -m jpterms.reference > docs/rules.md
"""

from __future__ import annotations

from jpterms.rules import ALL_RULES
from jpterms.rules.base import Rule

_WHY = {
    "macron": "A missing macron changes the word: *kyogi* is 虚偽 “falsehood”, *kyōgi* is "
              "協議 “consultation”. Readers and catalogues cannot find the source.",
    "system": "Kunrei-shiki (*si*, *tu*, *hu*) and Hepburn (*shi*, *tsu*, *fu*) mixed in one "
              "bibliography make the same word look like two.",
    "spelling": "A sequence that no romanisation system produces is a typo or an English word "
                "that slipped into a romanised title.",
    "division": "ALA-LC word division keeps particles apart (*to no*, *ni tsuite*) and "
                "compounds together; *nit suite* cannot be searched.",
    "particle": "Modified Hepburn writes the particles へ, を and は as they are pronounced: "
                "*e*, *o*, *wa*.",
    "variant": "The same person spelled two ways (Gemba and Genba, Hammond and Hamond) looks "
               "like two people.",
    "gloss": "Official English names of Japanese bodies are fixed; a near miss or two "
             "renderings of one term confuse readers and indexes.",
    "footnote": "A repeated or missing footnote marker sends the reader to the wrong source.",
}


def _fence(text: str) -> str:
    return "```text\n" + text.rstrip("\n") + "\n```\n"


def _rule_section(rule: Rule) -> str:
    from jpterms.check import check

    out = [f"## {rule.code} `{rule.name}` ({rule.kind})\n", f"{rule.summary}\n"]
    why = _WHY.get(rule.kind)
    if why:
        out.append(f"**Why it matters.** {why}\n")
    for text in rule.bad:
        out.append("Triggers on:\n")
        out.append(_fence(text))
        found = [f for f in check(text) if f.code == rule.code]
        lines = [f"{f.line}:{f.column}: {f.code} {f.message}"
                 + (f" [{' | '.join(f.suggestions)}]" if f.suggestions else "")
                 + f" ({f.confidence})" for f in found]
        out.append("Reports:\n")
        out.append(_fence("\n".join(lines)))
    for text in rule.good:
        out.append("Does not trigger on:\n")
        out.append(_fence(text))
    return "\n".join(out)


def render() -> str:
    """The whole rules reference page, in Markdown."""
    head = [
        "# Checker rules\n",
        "Every finding of `jpterms check` carries a stable code and one of these kinds. "
        "Select or ignore them with `--select` and `--ignore` (codes or kinds), or with "
        "`select`/`ignore` under `[tool.jpterms]` in pyproject.toml; keep one spelling on "
        "purpose with `[sic]` after it or `jpterms: ignore[CODE]` on its line.\n",
        "This page is generated from the rules' own examples (`python -m "
        "jpterms.reference > docs/rules.md`); the test suite runs the same examples "
        "and checks that this page is up to date.\n",
        "| code | kind | name | summary |",
        "|---|---|---|---|",
    ]
    head += [f"| {r.code} | {r.kind} | `{r.name}` | {r.summary} |" for r in ALL_RULES]
    sections = [_rule_section(r) for r in ALL_RULES]
    return "\n".join(head) + "\n\n" + "\n".join(sections)


if __name__ == "__main__":
    print(render(), end="")
