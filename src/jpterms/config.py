"""Configuration: ``[tool.jpterms]`` in ``pyproject.toml``, or a ``jpterms.toml`` /
``.jpterms.toml``, found per checked file like ruff does.

For each file, the nearest folder upwards holding a configuration wins; in one
folder ``.jpterms.toml`` comes before ``jpterms.toml``, which comes before
``pyproject.toml``. A ``pyproject.toml`` without a ``[tool.jpterms]`` table is
skipped (it is not even parsed unless it mentions jpterms, so an unrelated broken
one never stops jpterms). In ``jpterms.toml`` the keys stand at the top level.
Paths in a configuration (glossaries, exclusions, per-file ignores) are relative
to the folder that holds it.

Unknown keys and wrong types are errors; a single string is accepted where a
list is expected.

>>> s = Settings.from_table({"select": "JP101", "style": "plain"}, source="demo.toml")
>>> s.select, s.style
(('JP101',), 'plain')
>>> Settings.from_table({"select": [1]}, source="demo.toml")
Traceback (most recent call last):
...
jpterms.errors.JptermsError: demo.toml: 'select' must be a list of strings, not [1]
>>> Settings.from_table({"selct": ["JP101"]}, source="demo.toml")
Traceback (most recent call last):
...
jpterms.errors.JptermsError: demo.toml: unknown key 'selct' (did you mean 'select'?)
"""

from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field
from typing import Any

from jpterms.errors import JptermsError

#: Configuration file names, in the order one folder's files are tried.
CONFIG_NAMES: tuple[str, ...] = (".jpterms.toml", "jpterms.toml", "pyproject.toml")
STYLES: tuple[str, ...] = ("modified", "traditional", "plain")

_LIST_KEYS = ("select", "ignore", "extend-glossary", "exclude", "extend-exclude")
KEYS: tuple[str, ...] = ("style", *_LIST_KEYS, "per-file-ignores", "max-file-size")


def _string_list(value: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise JptermsError(f"{source}: {key!r} must be a list of strings, not {value!r}")


@dataclass(frozen=True)
class Settings:
    """The settings that apply to a file (defaults when no configuration is found)."""

    style: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_glossary: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    max_file_size: float | None = None
    #: The folder relative paths are resolved against, and the file read (if any).
    root: str = "."
    source: str | None = field(default=None, compare=False)

    @classmethod
    def from_table(cls, table: dict[str, Any], *, source: str,
                   root: str = ".") -> Settings:
        """Validate a ``[tool.jpterms]`` table (or a jpterms.toml) into settings."""
        if not isinstance(table, dict):
            raise JptermsError(f"{source}: [tool.jpterms] must be a table")
        values: dict[str, Any] = {}
        for key, value in table.items():
            if key not in KEYS:
                import difflib

                close = difflib.get_close_matches(key, KEYS, 1)
                hint = f" (did you mean {close[0]!r}?)" if close else (
                    f" (known keys: {', '.join(KEYS)})")
                raise JptermsError(f"{source}: unknown key {key!r}{hint}")
            name = key.replace("-", "_")
            if key == "style":
                if value not in STYLES:
                    raise JptermsError(f"{source}: 'style' must be one of "
                                       f"{', '.join(STYLES)}, not {value!r}")
                values[name] = value
            elif key == "max-file-size":
                if (isinstance(value, bool) or not isinstance(value, (int, float))
                        or not 0 < value * 1e6 < float("inf")):  # TOML has nan and inf
                    raise JptermsError(f"{source}: 'max-file-size' must be a positive "
                                       f"number of megabytes, not {value!r}")
                if value * 1e6 < 1:  # as --max-file-size: less than a byte refused every file
                    raise JptermsError(f"{source}: 'max-file-size' must be at least one "
                                       f"byte (0.000001 MB), not {value!r}")
                values[name] = float(value)
            elif key == "per-file-ignores":
                if not isinstance(value, dict):
                    raise JptermsError(f"{source}: 'per-file-ignores' must be a table of "
                                       f"pattern = [codes], not {value!r}")
                values[name] = tuple(
                    (pattern, _string_list(codes, f"per-file-ignores.{pattern}", source))
                    for pattern, codes in value.items())
            else:
                values[name] = _string_list(value, key, source)
        return cls(**values, root=root, source=source)

    def resolve(self, relative: str) -> str:
        """A path from the configuration, relative to its folder."""
        return os.path.join(self.root, relative)

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """The per-file ignores that match ``path`` (a glob on its path relative to the
        configuration's folder, or on its name).

        >>> s = Settings(per_file_ignores=(("docs/*.md", ("JP101",)),), root="/repo")
        >>> s.ignores_for("/repo/docs/a.md"), s.ignores_for("/repo/b.md")
        (('JP101',), ())
        """
        if not self.per_file_ignores:
            return ()
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, os.path.abspath(self.root)).replace(os.sep, "/")
        name = os.path.basename(absolute)
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores:
            if fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(name, pattern):
                codes.extend(ignored)
        return tuple(codes)


def _toml(path: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # Python 3.10
        import tomli as tomllib
    try:
        with open(path, encoding="utf-8") as handle:
            data: dict[str, Any] = tomllib.loads(handle.read())
    except (OSError, UnicodeDecodeError) as exc:
        raise JptermsError(f"{_shown(path)}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise JptermsError(f"{_shown(path)}: invalid TOML ({exc})") from None
    return data


def _shown(path: str) -> str:
    """A configuration file's name for messages: relative to the current folder when
    it lies below it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return path
    return path if relative.startswith("..") else relative


def read_config(path: str) -> Settings | None:
    """The settings in one file, or ``None`` for a pyproject.toml without jpterms."""
    root = os.path.dirname(path) or "."
    shown = _shown(path)
    if os.path.basename(path) == "pyproject.toml":
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                raw = handle.read()
        except OSError:
            return None
        if "jpterms" not in raw:
            return None  # not ours: never parsed, so a broken one cannot stop us
        tool = _toml(path).get("tool", {})
        if not isinstance(tool, dict) or "jpterms" not in tool:
            return None
        return Settings.from_table(tool["jpterms"], source=shown, root=root)
    return Settings.from_table(_toml(path), source=shown, root=root)


class ConfigFinder:
    """Finds the settings for each file, caching one answer per folder.

    ``explicit`` (``--config``) applies to every file; ``isolated`` (``--isolated``)
    ignores every configuration file.
    """

    def __init__(self, *, explicit: str | None = None, isolated: bool = False) -> None:
        self._fixed: Settings | None = None
        if explicit is not None:
            if not os.path.isfile(explicit):
                what = "not a regular file" if os.path.exists(explicit) else "no such file"
                raise JptermsError(f"{explicit}: {what}; no configuration read")
            self._fixed = read_config(explicit) or Settings(
                root=os.path.dirname(explicit) or ".", source=explicit)
        elif isolated:
            self._fixed = Settings()
        self._by_folder: dict[str, Settings] = {}

    def for_folder(self, folder: str) -> Settings:
        """The settings that apply to files in ``folder``."""
        if self._fixed is not None:
            return self._fixed
        folder = os.path.realpath(folder)
        walked: list[str] = []
        found = Settings()
        candidate = folder
        while True:
            if candidate in self._by_folder:
                found = self._by_folder[candidate]
                break
            walked.append(candidate)
            settings = next((s for s in (read_config(os.path.join(candidate, name))
                                         for name in CONFIG_NAMES
                                         if os.path.isfile(os.path.join(candidate, name)))
                             if s), None)
            if settings is not None:
                found = settings
                break
            parent = os.path.dirname(candidate)
            if parent == candidate:
                break
            candidate = parent
        for seen in walked:
            self._by_folder[seen] = found
        return found

    def for_file(self, path: str) -> Settings:
        """The settings for a checked file (``-`` means the current folder)."""
        folder = os.getcwd() if path == "-" else os.path.dirname(path)
        return self.for_folder(folder or os.getcwd())
