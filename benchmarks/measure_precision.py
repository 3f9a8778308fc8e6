"""Measure the checker's precision and recall on real documents.

Usage::

    python benchmarks/measure_precision.py english [FILE ...]
    python benchmarks/measure_precision.py correct FILE.md [...]
    python benchmarks/measure_precision.py stripped FILE.md [...]
    python benchmarks/measure_precision.py bibtex FILE.md [...]
    python benchmarks/measure_precision.py all DIR   # every *.md in DIR, and the English set
    python benchmarks/measure_precision.py unseen DIR [--heldout | --heldout2 | ... | --heldout5]

* ``english``: real English with no Japanese (Python's bundled ``pydoc_data/topics.py``
  and ``/usr/share/common-licenses`` unless files are given): findings per 10,000 words
  (target ≤ 0.3). Every finding there is a false alarm.
* ``correct``: documents that write Hepburn with correct macrons, checked as Markdown:
  findings other than particles (wo/ha/he), per 10,000 words, and how many correct words
  ``--fix`` would change (target 0).
* ``stripped``: the same documents with every macron removed (ā→a, Ō→O; offsets do not
  move), checked as Markdown: of the words that lost a macron, the share flagged with
  the original word as the first suggestion (recall, target ≥ 75%); findings elsewhere
  that are not particles are false alarms (precision), also counted by confidence (a
  *possible* finding is shown to the user too, though ``--fix`` never applies it).
  ``correct`` counts every confidence in its figure, shown by code/confidence.
* ``bibtex``: the documents' italic and quoted titles, macrons removed, each as the
  ``title`` field of a BibTeX entry: the same recall (target ≥ 80%).

* ``unseen``: documents nobody on the project wrote or tuned on before (provenance in
  ``tests/data/unseen/README.md``): ``DIR/english_dev/*`` measured as English, and
  ``DIR/dev/*.md`` as correct, stripped and BibTeX; the stripped measure again on the
  bibliographies alone (files named ``*bibliograph*`` or ``*references*``), which is the
  target's kind. ``--heldout`` measures ``DIR/english_heldout`` and ``DIR/heldout``
  instead: once, at the end, never to tune on; ``--heldout2`` to ``--heldout5``
  the second to fifth held-out sets, ``DIR/heldout2`` to ``DIR/heldout5``
  (``benchmarks/make_unseen.py`` builds them all).

It prints figures and the first misses; it asserts nothing. The development set and
its provenance are described in ``tests/data/README.md``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from _common import BadArgument, input_file, jpterms, run  # noqa: F401  (an installed or source-tree jpterms)

from jpterms.check import check_document
from jpterms.findings import Finding
from jpterms.fix import apply_fixes
from jpterms.sources import load_document

_STRIP = str.maketrans("āīūēōĀĪŪĒŌâîûêôÂÎÛÊÔ", "aiueoAIUEOaiueoAIUEO")
_CIRCUMFLEX = str.maketrans("âîûêôÂÎÛÊÔ", "āīūēōĀĪŪĒŌ")
_WORD = re.compile(r"[A-Za-zÀ-ɏ’']+")
_MACRON_WORD = re.compile(r"[A-Za-zÀ-ɏ’'-]*[āīūēōĀĪŪĒŌ][A-Za-zÀ-ɏ’'-]*")
_PARTICLE_TEXT = {"wo", "ha", "he"}
_PARTS = ("--heldout", "--heldout2", "--heldout3", "--heldout4", "--heldout5")


def words(text: str) -> int:
    return len(_WORD.findall(text))


def findings_for(text: str, path: str, fmt: str) -> tuple[list[Finding], object]:
    doc = load_document(text, path, fmt)
    return check_document(doc), doc


def offsets(doc: object, f: Finding) -> tuple[int, int]:
    start = getattr(f, "start", None)
    end = getattr(f, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return (doc.offset(f.line, f.column), doc.offset(f.end_line, f.end_column))  # type: ignore[attr-defined]


def is_particle(f: Finding) -> bool:
    return f.kind == "particle" or f.text.lower() in _PARTICLE_TEXT


def confidence(f: Finding) -> str:
    return str(getattr(f, "confidence", "certain" if f.fixable else "likely"))


def english(paths: list[Path]) -> None:
    total_words = total = 0
    examples: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        fs, _ = findings_for(text, str(path), "text")
        total_words += words(text)
        total += len(fs)
        examples += [f"{path.name}:{f.line}: {f.code} {f.text!r} -> {f.suggestions[:1]}"
                     for f in fs[:5]]
    print("\n".join(examples[:20]))
    rate = total / total_words * 10_000 if total_words else 0.0
    print(f"english: {total} findings in {total_words:,} words = {rate:.2f} per 10k words "
          f"(target <= 0.3)")


def correct(paths: list[Path]) -> None:
    total_words = non_particle = particle = damaged = 0
    by_kind: Counter[str] = Counter()
    examples: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        fs, doc = findings_for(text, str(path), "markdown")
        total_words += words(text)
        for f in fs:
            if is_particle(f):
                particle += 1
                continue
            non_particle += 1
            by_kind[f"{f.code}/{confidence(f)}"] += 1
            examples.append(f"{path.name}:{f.line}: {f.code} {confidence(f)} {f.text!r} -> "
                            f"{f.suggestions[:1]} ({f.message})")
        _, applied = apply_fixes(text, doc, fs)  # type: ignore[arg-type]
        damaged += sum(1 for f in applied if not is_particle(f))
    print("\n".join(examples[:40]))
    rate = non_particle / total_words * 10_000 if total_words else 0.0
    print(f"correct: {total_words:,} words; {particle} particle findings; {non_particle} others "
          f"= {rate:.2f} per 10k words {dict(by_kind)}; --fix changes {damaged} correct words "
          f"(target 0)")


def _recall(name: str, docs: list[tuple[str, str, str]], fmt: str) -> None:
    """``docs``: (label, original, stripped) with equal offsets."""
    targets = hits = wrong = false_alarms = 0
    by_confidence: Counter[str] = Counter()
    misses: list[str] = []
    alarms: list[str] = []
    per_document: list[str] = []
    for label, original, stripped in docs:
        before = (targets, hits, false_alarms)
        fs, doc = findings_for(stripped, label, fmt)
        spans = []
        for f in fs:
            s, e = offsets(doc, f)
            spans.append((s, e, f))
        covered: dict[int, bool] = {}
        for s, e, f in spans:
            restored = original[s:e]
            # a circumflex the writer used (Chûgoku) is restored by its macron (Chūgoku)
            right = bool(f.suggestions) and f.suggestions[0] == restored.translate(_CIRCUMFLEX)
            if restored == stripped[s:e]:
                if not is_particle(f):
                    false_alarms += 1
                    by_confidence[confidence(f)] += 1
                    alarms.append(f"{label}:{f.line}: {f.code} {f.text!r} -> {f.suggestions[:1]}")
                continue
            for m in _MACRON_WORD.finditer(original, max(0, s - 40), e + 40):
                if m.start() < e and s < m.end():
                    covered[m.start()] = covered.get(m.start(), False) or right
            if not right:
                wrong += 1
        for m in _MACRON_WORD.finditer(original):
            targets += 1
            if covered.get(m.start()):
                hits += 1
            elif len(misses) < 30:
                line = original.count("\n", 0, m.start()) + 1
                misses.append(f"{label}:{line}: {stripped[m.start():m.end()]!r} "
                              f"(right: {m.group(0)!r})")
        n, h, a = targets - before[0], hits - before[1], false_alarms - before[2]
        per_document.append(f"{Path(label).name}: {h}/{n} = {h / n if n else 0:.1%}, "
                            f"{a} on correct words")
    print("misses:", *misses[:30], sep="\n  ")
    print("false alarms:", *alarms[:30], sep="\n  ")
    if len(per_document) > 1:
        print("per document:", *per_document, sep="\n  ")
    share = hits / targets if targets else 0.0
    print(f"{name} false alarms by confidence: {dict(sorted(by_confidence.items()))}")
    print(f"{name}: {hits}/{targets} words that lost a macron flagged with the right first "
          f"suggestion = {share:.1%}; {wrong} findings with a wrong first suggestion; "
          f"{false_alarms} non-particle findings on correct words")


def stripped(paths: list[Path]) -> None:
    docs = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        docs.append((str(path), text, text.translate(_STRIP)))
    _recall("stripped markdown", docs, "markdown")


_TITLE = re.compile(r"\*([^*\n]{3,200})\*|“([^”\n]{3,200})”")
#: A Markdown list item's bullet ("* " at a line's start), which opens no italic title: left
#: in, it was paired with the item's first italic asterisk and made a "title" of the text
#: between two italics ('Zushoryobon}, title = {(Jo)" (A Comparative Study of the')
_BULLET = re.compile(r"^([ \t]*)\*(?=[ \t])", re.MULTILINE)


def bibtex(paths: list[Path]) -> None:
    entries: list[str] = []
    seen: set[str] = set()
    for path in paths:
        for m in _TITLE.finditer(_BULLET.sub(r"\1-", path.read_text(encoding="utf-8"))):
            title = (m.group(1) or m.group(2)).strip(" ,.")
            if _MACRON_WORD.search(title) and title not in seen and \
                    not any(c in title for c in "{}@%\\#~^&$"):
                seen.add(title)
                entries.append(title)
    original = "".join(f"@book{{t{i},\n  title = {{{t}}},\n}}\n" for i, t in enumerate(entries))
    _recall("bibtex titles", [("titles.bib", original, original.translate(_STRIP))], "bibtex")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    mode, rest = argv[0], [Path(a) for a in argv[1:] if a not in _PARTS]
    if mode not in ("english", "correct", "stripped", "bibtex", "all", "unseen"):
        raise BadArgument(f"unknown measure {mode!r} (english, correct, stripped, bibtex, "
                          "all or unseen)")
    if mode in ("all", "unseen"):
        if not rest or not all(d.is_dir() for d in rest):
            raise BadArgument(f"{mode} takes a folder: {' '.join(map(str, rest)) or 'none given'}")
    else:
        rest = [input_file(p) for p in rest]
    if mode == "unseen":
        part = next((a[2:] for a in argv if a in _PARTS), "dev")
        base = rest[0]
        documents = sorted((base / part).glob("*.md"))
        if not documents:
            raise BadArgument(f"{base / part}: no *.md documents")
        english(sorted((base / f"english_{part}").glob("*")))
        correct(documents)
        stripped(documents)
        bibliographies = [p for p in documents
                          if "bibliograph" in p.name.lower() or "references" in p.name.lower()]
        print("bibliographies only:")
        stripped(bibliographies)
        bibtex(documents)
        return 0
    if mode == "english" or mode == "all":
        english_files = (rest if mode == "english" else []) or _english_defaults()
        english(english_files)
    if mode == "all":
        rest = sorted(p for d in rest for p in d.glob("*.md"))
    if mode in ("correct", "all"):
        correct(rest)
    if mode in ("stripped", "all"):
        stripped(rest)
    if mode in ("bibtex", "all"):
        bibtex(rest)
    return 0


def _english_defaults() -> list[Path]:
    import pydoc_data.topics

    licences = sorted(p for p in Path("/usr/share/common-licenses").glob("*")
                      if p.is_file() and not p.is_symlink())
    return [Path(pydoc_data.topics.__file__), *licences]


if __name__ == "__main__":
    sys.exit(run(lambda args: main(args[1:])))
