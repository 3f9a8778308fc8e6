"""Benchmark: ``jpterms.check`` throughput, scaling and memory.

Usage::

    python benchmarks/bench_check.py [ARTICLE]

Builds about 100 KB and about 1 MB of text by repeating the founding article
(``tests/data/000_4783c9767dffaf4f.txt`` unless another file is given), checks
the small text once to warm up (dictionaries loaded, caches primed), then times
``jpterms.check`` on each size, best of ROUNDS. It prints:

* throughput in MB/s on the 1 MB text (target: at least 0.5 MB/s);
* the time ratio 1 MB / 100 KB (target: at most 11x for 10x the input);
* peak memory: the process's maximum resident set size, and the peak of
  Python allocations during one 1 MB check (tracemalloc, timed separately).

* the doubling ratio (2x the input / 1x) for inputs that once hid a quadratic
  step inside C string work, where the tests' counted calls cannot see it:
  repeated citations, capitalised words, title-case prose, inline code
  (target: at most 2.5x; quadratic would be about 4x).

* with ``--halves FILE.md``: a file of distinct real text checked as Markdown, its first
  half, second half and the whole, each in a fresh process, best of three, by wall and by
  CPU time (``time.process_time``: other processes on a loaded machine do not count)
  (target: at least 1 MB/s). ``--halves --cli FILE.md`` times each part as the command
  ``jpterms check FILE`` runs it (the CLI's entry point and process settings), after a
  warm-up through the CLI.

* with ``--cold FILE.md``: the command ``jpterms check FILE.md -q --jobs 1`` end to end, each
  run a new process (start-up, imports, first-use loading and exit included), after one run
  that fills the user cache and writes the bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped
  for the children, as a ``pip install`` compiles it); best of three, by wall and by CPU
  time (the child's ``resource.getrusage``). Several files may follow ``--cold``. With
  ``--against SRC`` (another tree's ``src`` folder, e.g. a ``git worktree`` of main), each
  round runs that tree's jpterms and this one (the ``src`` beside this script's folder,
  whatever jpterms the venv has installed) in turn, alternating which goes first, for
  ``--rounds N`` rounds (default 7), and prints both medians and minima of CPU time and
  their ratio: a before/after comparison made in the same minutes, which a loaded machine
  needs.

* with ``--stages FILE.md``: where a cold ``jpterms check FILE.md`` spends its CPU time,
  each run a new process (best of three): start-up, the CLI's imports, reading the file
  and its format, the glossary, each rule family (with the imports and first loads it
  causes), the report.

* with ``--formats``: throughput of every input format on DISTINCT real text, each
  size timed in a fresh process after a warm-up on the founding article, best of three
  such processes (a repeated document, or a second round on the same text in one
  process, would flatter the caches):
  text and Markdown on about 0.5 and 1 MB of real documents (the Markdown documents in
  ``tests/data``, Python's ``pydoc_data/topics.py``, the licences in
  ``/usr/share/common-licenses`` and the descriptions of the installed packages), BibTeX on the real bibliographies in
  ``benchmarks/data/*.bib`` and ``tests/data/**/*.bib`` (plus any ``.bib`` given after
  ``--formats``), half and all, and CSL-JSON on the same entries converted (target:
  at least 1 MB/s each, and the whole no more than 2.3x the half).

It prints figures only and asserts nothing.
"""

from __future__ import annotations

import gc
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from _common import ROOT, BadArgument, input_file, jpterms, run

ARTICLE = ROOT / "tests" / "data" / "000_4783c9767dffaf4f.txt"
SMALL_BYTES = 100_000
LARGE_BYTES = 1_000_000
ROUNDS = 3
MBPS_TARGET = 0.5
SCALING_TARGET = 11.0



check = jpterms.check


def build(article: str, size: int) -> str:
    """``article`` repeated (paragraph-separated) to about ``size`` UTF-8 bytes."""
    unit = article.rstrip("\n") + "\n\n"
    copies = max(1, round(size / len(unit.encode("utf-8"))))
    return unit * copies


def best_time(text: str) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(ROUNDS):
        gc.collect()
        start = time.perf_counter()
        findings = check(text)
        best = min(best, time.perf_counter() - start)
        count = len(findings)
    return best, count


#: name: (unit, copies, path given to check). Moved here from the test suite, where a
#: wall-clock ratio flaked on a loaded machine; the tests count calls instead.
REPEATED_UNITS = {
    "citations": ("A paragraph. 3. MOFA, \u201cNichiei saiba kyogi no kaisai nit suite "
                  "[Japan-UK cyber dialogue],\u201d 2012.\n", 1000, None),
    "capitalised-words": ("Gemba Genba ", 2500, None),
    "title-case-prose": ("The Ministry Of Tokyo Affairs ", 1000, None),
    "markdown-inline-code": ("`kyogi` and `saiba`\n", 5000, "notes.md"),
    # backtick runs of many lengths, none closed, in one paragraph (was 168 s for 4.5 MB)
    "markdown-unclosed-backticks": ("".join("`" * n + " x " for n in range(1, 60)), 40,
                                    "notes.md"),
}
DOUBLING_TARGET = 2.5


def doubling_ratios() -> None:
    for name, (unit, copies, path) in REPEATED_UNITS.items():
        check(unit * 10, path=path)
        times = []
        for text in (unit * copies, unit * 2 * copies):
            best = float("inf")
            for _ in range(ROUNDS):
                start = time.perf_counter()
                check(text, path=path)
                best = min(best, time.perf_counter() - start)
            times.append(best)
        ratio = times[1] / times[0]
        verdict = "met" if ratio <= DOUBLING_TARGET else "MISSED"
        print(f"doubling {name}: {times[0]:.3f} s -> {times[1]:.3f} s, ratio {ratio:.2f}x"
              f" (target <= {DOUBLING_TARGET}x: {verdict})")


FORMAT_MBPS_TARGET = 1.0
HALF_RATIO_TARGET = 2.3


def real_documentation(limit: int) -> str:
    """Distinct real English documents, joined, up to ``limit`` characters."""
    import glob
    import pydoc_data.topics
    from importlib import metadata

    # real scholarly documents kept with their provenance in tests/data, if any, first
    parts = [f.read_text(encoding="utf-8") for f in sorted(ROOT.glob("tests/data/**/*.md"))
             if f.name != "README.md"]
    parts += list(pydoc_data.topics.topics.values())
    for name in sorted(glob.glob("/usr/share/common-licenses/*")):
        try:
            parts.append(Path(name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
    seen: set[str] = set()
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"] or ""):
        body = dist.metadata.get_payload() or dist.metadata.get("Description") or ""
        if isinstance(body, str) and len(body) > 500 and body not in seen:
            seen.add(body)
            parts.append(body)
    out, total = [], 0
    for part in dict.fromkeys(parts):  # each document once
        out.append(part)
        total += len(part) + 2
        if total >= limit:
            break
    return "\n\n".join(out)[:limit]


def real_bibliographies(extra: list[str]) -> str:
    files = sorted(ROOT.glob("benchmarks/data/*.bib")) + sorted(ROOT.glob("tests/data/**/*.bib"))
    files += [input_file(p) for p in extra]
    texts = dict.fromkeys(f.read_text(encoding="utf-8") for f in files)
    return "\n\n".join(texts)


def csl_json_from_bibtex(bib: str) -> str:
    """The same real entries as CSL-JSON (fields read with jpterms' BibTeX reader)."""
    import json

    from jpterms.readers import load_document

    keys = {"title": "title", "booktitle": "container-title", "journal": "container-title",
            "series": "collection-title", "publisher": "publisher", "address": "publisher-place",
            "note": "note", "abstract": "abstract"}
    items: list[dict[str, object]] = []
    item: dict[str, object] = {}
    for seg in load_document(bib, "refs.bib").segments:
        if seg.field in item or (seg.field == "title" and "title" in item):
            items.append(item)
            item = {}
        if seg.field in ("author", "editor"):
            people = []
            for person in seg.text.split(" and "):
                family, _, given = person.partition(",")
                people.append({"family": family.strip(), "given": given.strip()}
                              if given else {"literal": person.strip()})
            item[seg.field] = people
        elif seg.field in keys:
            item[keys[seg.field]] = seg.text
        item.setdefault("id", f"item{len(items)}")
        item.setdefault("type", "book")
    if item:
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2)


#: A small document in each format, checked first so that imports and dictionaries are
#: loaded before the clock starts (the text itself is never the measured one).
WARM_UP = {
    "bibtex": "@misc{w, title = {Nichiei saib{\\=a} kyogi [Japan-UK talks]}, author = {Noda}}\n",
    "csl-json": '[{"id": "w", "title": "Nichiei saiba kyogi", "author": [{"family": "Noda"}]}]',
}


def _child(fmt: str, source: Path) -> None:
    """In a fresh process: warm up on the founding article, then time one check."""
    text = source.read_text(encoding="utf-8")
    path = {"text": "doc.txt", "markdown": "doc.md", "bibtex": "refs.bib",
            "csl-json": "refs.json"}[fmt]
    check(ARTICLE.read_text(encoding="utf-8"), path="warm.md")
    if fmt in WARM_UP:
        check(WARM_UP[fmt], path=path)
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    findings = check(text, path=path)
    print(f"{time.perf_counter() - start:.6f} {len(findings)} {time.process_time() - cpu:.6f}")


def _cli_child(source: Path) -> None:
    """In a fresh process: warm up on the founding article through the CLI, then time
    one ``jpterms check FILE`` as the CLI runs it (its own process settings included)."""
    import json
    import tempfile

    from jpterms.cli import main as cli_main

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cli_main(["check", str(ARTICLE), "--jobs", "1", "--format", "json", "-o", str(report)])
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        cli_main(["check", str(source), "--jobs", "1", "--format", "json", "-o", str(report)])
        wall, used = time.perf_counter() - start, time.process_time() - cpu
        count = len(json.loads(report.read_text(encoding="utf-8")))
    print(f"{wall:.6f} {count} {used:.6f}")


def formats(extra: list[str]) -> None:
    import subprocess
    import tempfile

    from _common import subprocess_env

    doc = real_documentation(1_000_000)
    bib = real_bibliographies(extra)
    corpora = {"text": doc, "markdown": doc, "bibtex": bib, "csl-json": csl_json_from_bibtex(bib)}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, text in corpora.items():
            if not text.strip():
                print(f"{fmt}: no real material found")
                continue
            half = text[: len(text) // 2]
            if fmt == "csl-json":  # cut between items, so that the half is valid JSON
                half = half[: half.rfind("\n  },") + 4] + "\n]"
            elif fmt == "bibtex":  # cut between entries: half an entry is malformed BibTeX
                half = half[: max(half.rfind("\n@"), 0)]
            times = []
            for label, part in (("half", half), ("all", text)):
                source = Path(tmp) / f"{fmt}-{label}.txt"
                source.write_text(part, encoding="utf-8")
                runs = []
                for _ in range(ROUNDS):  # each round a fresh process: no cache carries over
                    out = subprocess.run([sys.executable, __file__, "--child", fmt, str(source)],
                                         capture_output=True, text=True, env=subprocess_env(),
                                         check=True).stdout.split()
                    runs.append((float(out[0]), int(out[1])))
                best, count = min(runs)
                times.append((len(part.encode("utf-8")) / 1e6, best, count))
            (mb_half, t_half, _), (mb_all, t_all, n_all) = times
            mbps = mb_all / t_all
            ratio = t_all / t_half
            print(f"{fmt}: {mb_all:.3f} MB in {t_all:.3f} s = {mbps:.2f} MB/s, {n_all} findings"
                  f" (target >= {FORMAT_MBPS_TARGET} MB/s: "
                  f"{'met' if mbps >= FORMAT_MBPS_TARGET else 'MISSED'}); half {mb_half:.3f} MB"
                  f" in {t_half:.3f} s, ratio {ratio:.2f}x for {mb_all / mb_half:.2f}x the input")


def halves(path: Path, *, through_cli: bool = False) -> None:
    """A Markdown file of distinct real text (for example a bibliography, chapters and
    documentation joined to 1 MB) checked as Markdown: its first half, its second half
    and the whole, each in a fresh process after a warm-up, best of ROUNDS; with
    ``through_cli``, each timed as ``jpterms check FILE`` (the CLI's own entry point)."""
    import subprocess
    import tempfile

    from _common import subprocess_env

    data = path.read_text(encoding="utf-8").encode("utf-8")
    cut = len(data) // 2
    parts = {"first half": data[:cut].decode("utf-8", "ignore"),
             "second half": data[cut:].decode("utf-8", "ignore"),
             "all": data.decode("utf-8")}
    with tempfile.TemporaryDirectory() as tmp:
        for label, part in parts.items():
            source = Path(tmp) / "part.md"
            source.write_text(part, encoding="utf-8")
            runs = []
            for _ in range(ROUNDS):
                child = ["--cli-child"] if through_cli else ["--child", "markdown"]
                out = subprocess.run([sys.executable, __file__, *child,
                                      str(source)], capture_output=True, text=True,
                                     env=subprocess_env(), check=True).stdout.split()
                runs.append((float(out[0]), int(out[1]), float(out[2])))
            best, count, _ = min(runs)
            cpu = min(r[2] for r in runs)
            mb = len(part.encode("utf-8")) / 1e6
            print(f"{label}: {mb:.3f} MB in {best:.3f} s = {mb / best:.2f} MB/s wall, "
                  f"{cpu:.3f} s = {mb / cpu:.2f} MB/s CPU, {count} findings")


def cold(path: Path) -> None:
    """``jpterms check FILE -q --jobs 1`` timed as a user runs it: a new process each time."""
    import subprocess

    from _common import subprocess_env

    command = [sys.executable, "-m", "jpterms.cli", "check", str(path), "-q", "--jobs", "1"]
    env = subprocess_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as after `pip install`
    first = subprocess.run(command, capture_output=True, env=env)  # fills cache and bytecode
    if first.returncode not in (0, 1):  # 1: findings; anything else is no check to time
        said = first.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BadArgument(f"{path}: `jpterms check` exits {first.returncode}"
                          + (f": {said[-1]}" if said else ""))
    runs = []
    for _ in range(ROUNDS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        runs.append((wall, cpu))
    wall = min(r[0] for r in runs)
    cpu = min(r[1] for r in runs)
    mb = path.stat().st_size / 1e6
    print(f"cold `jpterms check {path.name}`: {mb:.3f} MB in {wall:.3f} s = {mb / wall:.2f} MB/s "
          f"wall, {cpu:.3f} s = {mb / cpu:.2f} MB/s CPU (new process each, best of {ROUNDS})")


def tree_env(src: Path) -> dict[str, str]:
    """The children's environment for running the jpterms in ``src`` (a tree's ``src``
    folder): first on the path, whatever jpterms this process imported (an editable install
    of another worktree would otherwise be measured on both sides), with bytecode written."""
    from _common import subprocess_env

    env = subprocess_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), os.environ.get("PYTHONPATH")) if p)
    return env


def cold_against(paths: list[Path], baseline: Path, rounds: int) -> None:
    """:func:`cold` for this tree's jpterms and the one in ``baseline`` (a ``src`` folder),
    run in turn in each round (alternating which goes first), CPU time of each child."""
    import statistics
    import subprocess

    mine = tree_env(ROOT / "src")
    base = tree_env(baseline)
    print(f"before: {baseline}; after: {ROOT / 'src'} (this script's tree)")
    trees = [("before", base), ("after", mine)]

    def cpu(path: Path, env: dict[str, str]) -> float:
        command = [sys.executable, "-m", "jpterms.cli", "check", str(path), "-q", "--jobs", "1"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(command, capture_output=True, env=env)
        if done.returncode not in (0, 1):
            raise BadArgument(f"{path}: `jpterms check` exits {done.returncode}")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    for path in paths:
        for _, env in trees:
            cpu(path, env)  # fills the cache and writes the bytecode
    times: dict[tuple[str, Path], list[float]] = {(t, p): [] for t, _ in trees for p in paths}
    for n in range(rounds):
        for path in paths:
            for name, env in trees if n % 2 == 0 else trees[::-1]:
                times[name, path].append(cpu(path, env))
    for path in paths:
        mb = path.stat().st_size / 1e6
        (b_med, b_min), (a_med, a_min) = ((statistics.median(times[t, path]), min(times[t, path]))
                                          for t, _ in trees)
        print(f"cold `jpterms check {path.name}` ({mb:.3f} MB, {rounds} rounds alternating, "
              f"CPU): before median {b_med:.3f} s ({mb / b_med:.2f} MB/s), min {b_min:.3f} s; "
              f"after median {a_med:.3f} s ({mb / a_med:.2f} MB/s), min {a_min:.3f} s; "
              f"after/before {a_med / b_med:.3f}")


#: The child of :func:`stages`: ``jpterms check FILE -q --jobs 1`` through the CLI's
#: ``main`` in a fresh interpreter that imports nothing else first, with the CPU time of
#: each stage. Prints one JSON object.
_STAGES_CHILD = """
import time
started = time.process_time()  # the interpreter's own start-up
import contextlib, io, json, os, sys
spent = {}

def timed(name, function, listed=False):
    def run_timed(*args, **kwargs):
        at = time.process_time()
        try:
            result = function(*args, **kwargs)
            return list(result) if listed else result
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - at
    return run_timed

at = time.process_time()
import jpterms.cli as cli
import jpterms.check
import jpterms.rules as rules
from jpterms.report import Report
spent["imports"] = time.process_time() - at
cli._load = timed("reading + format", cli._load)
cli._glossary_for = timed("glossary", cli._glossary_for)
rules.FAMILIES = tuple(type(f)(f.name, f.rules, timed("rules: " + f.name, f.findings, True))
                       for f in rules.FAMILIES)
Report.write = timed("report", Report.write)
with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(["check", sys.argv[1], "-q", "--jobs", "1"])
total = time.process_time()
stages = {"start-up": started, **spent}
stages["other"] = total - sum(stages.values())
print(json.dumps({"stages": stages, "total": total, "exit": code}), flush=True)
os._exit(0)  # as the CLI exits
"""


def stages(paths: list[Path]) -> None:
    """:data:`_STAGES_CHILD` for each file, in a new process after one run that fills the
    cache and writes the bytecode; best of three by total CPU."""
    import json
    import subprocess

    from _common import subprocess_env

    env = subprocess_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", _STAGES_CHILD]
    for path in paths:
        runs = []
        for _ in range(ROUNDS + 1):
            done = subprocess.run([*command, str(path)], capture_output=True, env=env, text=True)
            if done.returncode != 0:
                raise BadArgument(f"{path}: the timed check failed: {done.stderr.strip()[-300:]}")
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        best = min(runs[1:], key=lambda r: r["total"])
        mb = path.stat().st_size / 1e6
        parts = ", ".join(f"{name} {cpu:.3f}" for name, cpu in best["stages"].items())
        print(f"stages of a cold `jpterms check {path.name}` ({mb:.3f} MB, CPU s, best of "
              f"{ROUNDS}): {parts}; total {best['total']:.3f} s = {mb / best['total']:.2f} MB/s")


def max_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes vs KiB


def main(argv: list[str]) -> int:
    if check is None:
        print("jpterms.check is not available in this version: nothing to measure")
        return 0
    if len(argv) > 3 and argv[1] == "--child":
        _child(argv[2], Path(argv[3]))
        return 0
    if len(argv) > 2 and argv[1] == "--cli-child":
        _cli_child(Path(argv[2]))
        return 0
    if len(argv) > 2 and argv[1] == "--stages":
        stages([input_file(a) for a in argv[2:]])
        return 0
    if len(argv) > 2 and argv[1] == "--halves":
        halves(input_file(argv[-1]), through_cli="--cli" in argv[2:-1])
        return 0
    if len(argv) > 2 and argv[1] == "--cold":
        args = argv[2:]
        options: dict[str, str] = {}
        for option in ("--against", "--rounds"):
            if option in args:
                at = args.index(option)
                if at + 1 >= len(args):
                    raise BadArgument(f"{option} needs a value")
                options[option] = args[at + 1]
                del args[at:at + 2]
        if not args:
            raise BadArgument("--cold needs a file")
        paths = [input_file(a) for a in args]
        if "--against" in options:
            rounds = options.get("--rounds", "7")
            if not rounds.isdigit() or int(rounds) < 1:
                raise BadArgument(f"--rounds {rounds}: a number of rounds, 1 or more")
            cold_against(paths, input_file(options["--against"], folder=True), int(rounds))
        else:
            for path in paths:
                cold(path)
        return 0
    if len(argv) > 1 and argv[1] == "--formats":
        formats(argv[2:])
        return 0
    path = input_file(argv[1]) if len(argv) > 1 else ARTICLE
    article = path.read_text(encoding="utf-8")
    small = build(article, SMALL_BYTES)
    large = build(article, LARGE_BYTES)
    small_mb = len(small.encode("utf-8")) / 1e6
    large_mb = len(large.encode("utf-8")) / 1e6
    print(f"article: {path} ({len(article.encode('utf-8')):,} bytes)")
    print(f"inputs: {small_mb:.3f} MB and {large_mb:.3f} MB ({large_mb / small_mb:.1f}x)")

    rss_before = max_rss_mib()
    start = time.perf_counter()
    check(small)
    print(f"warm-up check of {small_mb:.3f} MB: {time.perf_counter() - start:.2f} s")

    t_small, n_small = best_time(small)
    t_large, n_large = best_time(large)
    mbps = large_mb / t_large
    scaling = t_large / t_small
    print(f"{small_mb:.3f} MB: {t_small:.3f} s, {small_mb / t_small:.2f} MB/s, {n_small} findings")
    print(f"{large_mb:.3f} MB: {t_large:.3f} s, {mbps:.2f} MB/s, {n_large} findings")
    print(
        f"throughput: {mbps:.2f} MB/s (target >= {MBPS_TARGET} MB/s:"
        f" {'met' if mbps >= MBPS_TARGET else 'MISSED'})"
    )
    print(
        f"time ratio 1 MB / 100 KB: {scaling:.2f}x for {large_mb / small_mb:.1f}x the input"
        f" (target <= {SCALING_TARGET:.0f}x: {'met' if scaling <= SCALING_TARGET else 'MISSED'})"
    )

    gc.collect()
    tracemalloc.start()
    check(large)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"peak memory: max RSS {max_rss_mib():.0f} MiB (before warm-up {rss_before:.0f} MiB);"
        f" Python allocations during one {large_mb:.1f} MB check {peak / 2**20:.1f} MiB"
    )
    doubling_ratios()
    return 0


if __name__ == "__main__":
    sys.exit(run(main))
