"""Which files ``jpterms check DIR`` checks: a recursive walk that respects
``.gitignore`` files and ``--exclude`` / ``--extend-exclude`` patterns.

In a folder, jpterms checks Markdown (``.md``, ``.markdown``), BibTeX (``.bib``), RIS
(``.ris``) and CSL-JSON chosen by name (``*.csl.json``, ``*.csljson``, or ``references.json``,
``bibliography.json``, ``refs.json``, ``citations.json``): never every ``.json`` or
``.txt`` (``package.json``, ``requirements.txt``). A file named on the command line
is always checked, whatever its name or the exclusions.

>>> is_checked_by_default("docs/notes.md"), is_checked_by_default("package.json")
(True, False)
>>> is_checked_by_default("zotero.csl.json"), is_checked_by_default("requirements.txt")
(True, False)
>>> ignored = GitIgnore.parse(["*.log", "!keep.log", "build/", "/top.md", "docs/**/draft*"])
>>> [ignored.matches(p, d) for p, d in [("a.log", False), ("keep.log", False),
...  ("x/build", True), ("x/build", False), ("top.md", False), ("x/top.md", False),
...  ("docs/a/b/draft1.md", False)]]
[True, False, True, None, True, None, True]
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

#: Folders never entered (like ruff's defaults), whatever the patterns say.
DEFAULT_EXCLUDE: tuple[str, ...] = (
    ".git", ".hg", ".svn", ".bzr", ".venv", "venv", ".tox", ".nox", ".mypy_cache",
    ".ruff_cache", ".pytest_cache", "__pycache__", "node_modules", "site-packages",
    "__pypackages__", "_build", "build", "dist", "site",
)
CHECKED_SUFFIXES: tuple[str, ...] = (".md", ".markdown", ".bib", ".ris")
CSL_JSON_SUFFIXES: tuple[str, ...] = (".csl.json", ".csljson", ".csl-json")
CSL_JSON_NAMES: frozenset[str] = frozenset(
    {"references.json", "bibliography.json", "refs.json", "citations.json", "library.json"})


def is_checked_by_default(path: str) -> bool:
    """Whether a file found in a folder walk is one jpterms checks."""
    name = os.path.basename(path).lower()
    return (name.endswith(CHECKED_SUFFIXES) or name.endswith(CSL_JSON_SUFFIXES)
            or name in CSL_JSON_NAMES)


def _glob_to_regex(pattern: str) -> str:
    """A gitignore glob (``*``, ``?``, ``[...]``, ``**``) as a regular expression."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("/.*")
            i += 3
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                out.append(f"[{'^' + body[1:] if body.startswith('!') else body}]")
                i = end
        elif c == "\\" and i + 1 < len(pattern):
            i += 1
            out.append(re.escape(pattern[i]))
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str]
    negated: bool
    directory_only: bool


@dataclass(frozen=True)
class GitIgnore:
    """The rules of one ``.gitignore``, matched against paths relative to its folder."""

    rules: tuple[_Rule, ...]

    @classmethod
    def parse(cls, lines: Iterable[str]) -> GitIgnore:
        rules = []
        for raw in lines:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            line = line.rstrip(" ") if not line.endswith("\\ ") else line
            negated = line.startswith("!")
            if negated:
                line = line[1:]
            directory_only = line.endswith("/")
            line = line.rstrip("/")
            anchored = "/" in line
            line = line.lstrip("/")
            body = _glob_to_regex(line)
            regex = re.compile(body if anchored else f"(?:.*/)?{body}")
            rules.append(_Rule(regex, negated, directory_only))
        return cls(tuple(rules))

    @classmethod
    def read(cls, path: str) -> GitIgnore:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return cls.parse(handle)
        except OSError:
            return cls(())

    def matches(self, relative: str, is_dir: bool) -> bool | None:
        """True (ignored), False (re-included by ``!``) or None (no rule applies)."""
        verdict: bool | None = None
        for rule in self.rules:
            if rule.directory_only and not is_dir:
                continue
            if rule.regex.fullmatch(relative):
                verdict = not rule.negated
        return verdict


def _excluded(path: str, patterns: Sequence[str], root: str) -> bool:
    """Whether a walked file or folder matches an exclusion glob: a pattern without a
    slash matches its name, one with a slash its path relative to ``root``."""
    name = os.path.basename(path)
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root)).replace(os.sep, "/")
    for pattern in patterns:
        pat = pattern.rstrip("/")
        if fnmatch.fnmatchcase(relative if "/" in pat else name, pat):
            return True
    return False


def discover(paths: Sequence[str], *, exclude: Sequence[str] = (),
             extend_exclude: Sequence[str] = (), root: str = ".",
             respect_gitignore: bool = True) -> Iterator[str]:
    """The files to check for the command-line ``paths``, in a stable order.

    ``exclude`` replaces :data:`DEFAULT_EXCLUDE`; ``extend_exclude`` adds to it.
    """
    patterns = [*(exclude or DEFAULT_EXCLUDE), *extend_exclude]
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            yield path  # named on the command line: always checked (as ruff does)
            continue
        yield from _walk(path, patterns, root, respect_gitignore)


def _walk(top: str, patterns: Sequence[str], root: str, respect_gitignore: bool
          ) -> Iterator[str]:
    # Each level keeps the .gitignore files above it: (folder, rules) pairs.
    stack: list[tuple[str, tuple[tuple[str, GitIgnore], ...]]] = [
        (top, _enclosing_gitignores(top) if respect_gitignore else ())]
    while stack:
        folder, ignores = stack.pop()
        if respect_gitignore and os.path.isfile(os.path.join(folder, ".gitignore")):
            ignores = (*ignores, (folder, GitIgnore.read(os.path.join(folder, ".gitignore"))))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            is_dir = entry.is_dir()
            if _excluded(entry.path, patterns, root) or _ignored(entry.path, is_dir, ignores):
                continue
            if is_dir:
                if not entry.is_symlink():
                    subfolders.append((entry.path, ignores))
            elif entry.is_file() and is_checked_by_default(entry.name):
                yield entry.path
        stack.extend(reversed(subfolders))


def _ignored(path: str, is_dir: bool, ignores: Iterable[tuple[str, GitIgnore]]) -> bool:
    verdict = False
    for folder, rules in ignores:
        relative = os.path.relpath(path, folder).replace(os.sep, "/")
        answer = rules.matches(relative, is_dir)
        if answer is not None:
            verdict = answer
    return verdict


def _enclosing_gitignores(top: str) -> tuple[tuple[str, GitIgnore], ...]:
    """The .gitignore files above ``top`` up to the repository root (a folder with .git)."""
    found: list[tuple[str, GitIgnore]] = []
    folder = os.path.abspath(top)
    while True:
        parent = os.path.dirname(folder)
        if os.path.exists(os.path.join(folder, ".git")) or parent == folder:
            break
        folder = parent
        if os.path.isfile(os.path.join(folder, ".gitignore")):
            found.append((folder, GitIgnore.read(os.path.join(folder, ".gitignore"))))
    return tuple(reversed(found))
