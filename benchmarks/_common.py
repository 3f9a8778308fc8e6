"""What the benchmark scripts share: the repository root, jpterms, child-process env, and
the handling of their arguments (a bad one is one line and exit status 2, as in the CLI)."""

from __future__ import annotations

import argparse
import codecs
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

try:  # an installed (or editable) jpterms; else the source tree next to us
    import jpterms
except ImportError:  # pragma: no cover - depends on how the repo was set up
    sys.path.insert(0, str(ROOT / "src"))
    import jpterms


def subprocess_env() -> dict[str, str]:
    """The environment for child interpreters: they must import the same jpterms."""
    env = dict(os.environ)
    package_parent = str(Path(jpterms.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    return env


class BadArgument(argparse.ArgumentTypeError):
    """An argument a benchmark cannot use (a missing file, a folder, not UTF-8 text, no
    rows): :func:`run` reports it in one line with exit status 2, not a traceback (and
    argparse too, when :func:`input_file` is an argument's ``type``)."""


def input_file(arg: str | os.PathLike[str], *, folder: bool = False) -> Path:
    """``arg`` as a UTF-8 text file to read (or, with ``folder``, a folder to look in),
    else :class:`BadArgument` saying why: missing, a folder, unreadable or not UTF-8."""
    path = Path(arg)
    if path.is_dir():
        if folder:
            return path
        raise BadArgument(f"{arg}: is a folder, not a file")
    decoder = codecs.getincrementaldecoder("utf-8")()
    read = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
                read += len(chunk)
            decoder.decode(b"", final=True)
    except FileNotFoundError:
        raise BadArgument(f"{arg}: no such file") from None
    except OSError as error:
        raise BadArgument(f"{arg}: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise BadArgument(f"{arg}: not UTF-8 text (byte {read + error.start}: "
                          f"{error.reason})") from None
    return path


def need_rows(rows: Sequence[object], path: Path, columns: str) -> None:
    """:class:`BadArgument` if ``rows`` (read from ``path``) is empty: the file has no
    rows with ``columns`` (a table of another layout, or an empty file)."""
    if not rows:
        raise BadArgument(f"{path}: no rows with the columns {columns}")


def warm_and_rounds(lines: list[str], path: Path, most_warm: int,
                    rounds: int) -> tuple[list[str], list[list[str]]]:
    """``lines`` cut into the lines that warm up (``most_warm`` at most, and at most a fifth
    of them: the bundled sample has 300) and ``rounds`` parts of the rest, each timed
    once; :class:`BadArgument` where too few are left to time.

    >>> warm, parts = warm_and_rounds([str(i) for i in range(10)], Path("x"), 300, 3)
    >>> warm, parts
    (['0', '1'], [['2', '5', '8'], ['3', '6', '9'], ['4', '7']])
    """
    warmup = min(most_warm, len(lines) // 5)
    unseen = lines[warmup:]
    if len(unseen) < rounds:
        raise BadArgument(f"{path}: {len(lines)} distinct lines, too few to time "
                          f"(at least {rounds + 1} needed)")
    return lines[:warmup], [unseen[i::rounds] for i in range(rounds)]


def take_depth(args: list[str], default: int, low: int, high: int, what: str) -> int:
    """The number after ``--depth`` in ``args`` (both removed from ``args``), from ``low``
    to ``high``, else ``default``; anything else is :class:`BadArgument` naming ``what`` is
    counted.

    >>> args = ["dev", "--depth", "20"]
    >>> take_depth(args, 0, 5, 300, "results"), args
    (20, ['dev'])
    """
    if "--depth" not in args:
        return default
    at = args.index("--depth")
    value = args[at + 1] if at + 1 < len(args) else ""
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadArgument(f"--depth needs a number of {what} from {low} to {high}, not {value!r}")
    del args[at:at + 2]
    return int(value)


def take_misses(argv: list[str]) -> tuple[int, list[str]]:
    """The number after ``--misses`` in ``argv`` (0 where none) and ``argv`` without the
    two; a missing or non-numeric value is :class:`BadArgument`.

    >>> take_misses(["measure", "--misses", "5", "a.tsv"])
    (5, ['measure', 'a.tsv'])
    """
    if "--misses" not in argv:
        return 0, argv
    i = argv.index("--misses")
    try:
        misses = int(argv[i + 1])
    except (IndexError, ValueError):
        raise BadArgument("--misses takes a number") from None
    return misses, argv[:i] + argv[i + 2:]


def run(main: Callable[[list[str]], int | None], argv: list[str] | None = None) -> int:
    """``main(argv)``'s exit status; a bad argument, a file that cannot be read or is not
    UTF-8, or a child process failing on it gives one line on standard error and exit
    status 2 instead of a traceback."""
    argv = sys.argv if argv is None else argv
    try:
        return main(argv) or 0
    except BadArgument as error:
        message = str(error)
    except UnicodeDecodeError as error:
        message = f"a file is not UTF-8 text ({error.reason} at byte {error.start})"
    except OSError as error:
        message = f"{error.filename}: {error.strerror}" if error.filename else str(error)
    except subprocess.CalledProcessError as error:  # a child given the bad input
        said = (error.stderr or b"").strip()
        said = said.decode("utf-8", "replace") if isinstance(said, bytes) else said
        message = f"a child process failed (exit {error.returncode})" + (
            f": {said.splitlines()[-1]}" if said else "")
    print(f"{Path(argv[0]).name}: error: {message}", file=sys.stderr)
    return 2


_MACRONLESS = str.maketrans("āīūēōâîûêôĀĪŪĒŌÂÎÛÊÔ", "aiueoaiueoAIUEOAIUEO")
_CIRCUMFLEX = str.maketrans("âîûêôÂÎÛÊÔ", "āīūēōĀĪŪĒŌ")


def layout(text: str, *, no_macrons: bool = False) -> tuple[str, str, str]:
    """Romaji taken apart: its letters (case folded, apostrophes dropped; macrons too
    with ``no_macrons``), what stands after each letter ('-' a hyphen, ' ' a space or any
    other mark between words, '.' nothing) and which letters are capitals ('A' or 'a'), as
    three strings of one place per letter, so that two romanisations whose letters agree
    can be compared for division and for capitals separately.

    >>> layout("Nagano-ken Kitayamada-mura")
    ('naganokenkitayamadamura', '.....-.. .........-....', 'AaaaaaaaaAaaaaaaaaaaaaa')
    >>> layout("Shin’ichi", no_macrons=True)
    ('shinichi', '........', 'Aaaaaaaa')
    """
    import re
    import unicodedata

    text = unicodedata.normalize("NFC", text).translate(_CIRCUMFLEX)
    if no_macrons:
        text = text.translate(_MACRONLESS)
    letters: list[str] = []
    after: list[str] = []
    for piece in re.split(r"([^\w'’]+)", text):
        if not piece:
            continue
        if not re.match(r"[\w'’]", piece):  # a run of marks between words
            if after:
                after[-1] = "-" if "-" in piece and not piece.strip("-") else " "
            continue
        for char in piece.replace("’", "'").replace("'", "").replace("_", ""):
            letters.append(char)
            after.append("")
    if after:
        after[-1] = ""
    word = "".join(letters)
    return (word.casefold(), "".join(a or "." for a in after),
            "".join("A" if c.isupper() else "a" for c in word))


__all__ = ["ROOT", "BadArgument", "input_file", "jpterms", "layout", "need_rows", "run",
           "subprocess_env"]
