"""pykakasi's kanji table, read one first character at a time from a cache file.

pykakasi keeps its kanji readings in one pickled dictionary (``kanwadict4.db``, 9.7 MB)
that it loads whole, about 0.4 s of CPU, the first time it converts anything. Its
algorithm asks that table only ``.get(ord(first_char))``. So the first run on an
installation saves the table as an SQLite file in jpterms' cache folder, one row per
first character (the entries marshalled), and later runs hand pykakasi a mapping that
reads only the rows asked for. The readings are the same objects pykakasi would have
built: the cache is a copy of its own table, keyed by pykakasi's version and the table
file's content digest as pykakasi's installation recorded it (its ``RECORD``), so that
every installation of one pykakasi shares one cache file.

Anything unexpected (another pykakasi layout, a read-only or full cache folder, a
damaged cache file) falls back to pykakasi's own loading, with the same readings.

>>> KakasiReader().reading("東京")
'トウキョウ'
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
from contextlib import suppress
from importlib import import_module
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from typing import TYPE_CHECKING, Any

from jpterms.cache_builds import CompanionBuild
from jpterms.cache_files import cache_dir, installed_version, intact, seal, stamp_path, sum_path

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["FORMAT", "KakasiReader", "KanwaRows", "build_table_cache", "cache_path", "install",
           "table_cache_path"]

#: The layout of the cache file; a change makes every installation build a new one.
FORMAT = 1
#: Code points pykakasi treats as kanji (what ``_kakasi_reading`` asks about).
_KANJI = (("\u3400", "\u9fff"), ("\uf900", "\ufaff"))


def cache_path(source: Path, folder: Path) -> Path:
    """The cache file for pykakasi's table at ``source``: named by the format, pykakasi's
    version and the table's content, so that a new pykakasi (or a changed table) is read
    afresh, and every virtualenv holding the same pykakasi shares one file. The content is
    the table's SHA-256 as pykakasi's installation recorded it (its ``RECORD``, which the
    installer checked against the file), read in a millisecond rather than hashed in 20;
    where no record names the file, its size and modification time (one file per
    installation, as before: a copy made by hand has no record)."""
    stat = source.stat()
    version = installed_version("pykakasi", "pykakasi").replace("/", "_")
    digest = _recorded_digest(source, stat.st_size)
    content = digest if digest else f"{stat.st_size}-{stat.st_mtime_ns}"
    return folder / f"kanwa-f{FORMAT}-{version}-{content}.sqlite"


def _recorded_digest(source: Path, size: int) -> str:
    """The first 16 characters of ``source``'s SHA-256 (URL-safe base64, as wheels write it)
    in the ``RECORD`` of the installed distribution holding it, or "" if no record names it
    with this size (a file changed since it was installed is not the recorded one)."""
    from pathlib import Path

    site = source.parent.parent.parent  # site-packages, holding pykakasi/data/<table>
    try:
        relative = source.relative_to(site).as_posix()
        records = [Path(entry.path) / "RECORD" for entry in os.scandir(site)
                   if entry.name.endswith(".dist-info") and entry.is_dir()
                   and entry.name.lower().startswith(source.parent.parent.name.lower() + "-")]
        for record in records:
            with open(record, encoding="utf-8") as lines:
                for line in lines:
                    name, _, rest = line.rstrip("\n").partition(",")
                    if name == relative:
                        digest, _, length = rest.partition(",")
                        if digest.startswith("sha256=") and length == str(size):
                            return digest[len("sha256="):][:16]
                        return ""
    except (OSError, ValueError):
        pass
    return ""


class KanwaRows:
    """A read-only mapping from a code point to pykakasi's entries for words beginning
    with it, read from the cache file on demand (each row once). Should the file turn
    out unreadable, the whole table is loaded from pykakasi's own file instead."""

    def __init__(self, path: Path, source: Path) -> None:
        self.path = path
        self.source = source
        self._rows: dict[int, Any] = {}
        self._whole: dict[int, Any] | None = None
        self._lock = threading.Lock()
        import sqlite3

        self._conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                     check_same_thread=False)
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if row is None or row[0] != str(FORMAT):
            self._conn.close()
            raise sqlite3.DatabaseError(f"{path}: not a format {FORMAT} cache")

    def get(self, key: int, default: Any = None) -> Any:
        """pykakasi's entries for words beginning with code point ``key``, or ``default``."""
        import sqlite3

        with self._lock:
            if self._whole is not None:
                return self._whole.get(key, default)
            if key not in self._rows:
                try:
                    row = self._conn.execute("SELECT entries FROM kanwa WHERE code = ?",
                                             (key,)).fetchone()
                    self._rows[key] = None if row is None else marshal.loads(row[0])
                except (sqlite3.Error, ValueError, EOFError, TypeError):
                    self._whole = _load(self.source)
                    self._conn.close()
                    _unlink(self.path)  # damaged: the next run builds it again
                    return self._whole.get(key, default)
            found = self._rows[key]
            return default if found is None else found


def _load(source: Path) -> dict[int, Any]:
    """pykakasi's whole table, loaded as pykakasi loads it."""
    import pickle

    with open(source, "rb") as table:
        loaded: dict[int, Any] = pickle.load(table)  # pykakasi's own file, as it reads it
    return loaded


def _unlink(path: Path) -> None:
    with suppress(OSError):
        path.unlink()


def _save(table: dict[int, Any], target: Path) -> None:
    """Write the cache file atomically (beside it, then renamed). A read-only or full
    cache folder is no error: this run keeps the table in memory."""
    import sqlite3

    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute("CREATE TABLE kanwa (code INTEGER PRIMARY KEY, entries BLOB)")
            conn.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
            conn.executemany("INSERT INTO kanwa VALUES (?, ?)",
                             ((code, marshal.dumps(entries)) for code, entries in table.items()))
            conn.commit()
        finally:
            conn.close()
        seal(tmp, target)
    except (OSError, sqlite3.Error, ValueError):
        pass
    finally:  # a file half written (a full disk, an interruption) is not left behind
        _unlink(tmp)
        _unlink(tmp.with_name(f"{tmp.name}-journal"))


def install(state: dict[str, Any], source: Path, folder: Path) -> str:
    """Give pykakasi's shared table state (``Kanwa._shared_state``) its table before
    pykakasi loads it: the cache file's rows if there is one ("cache"), else the table
    loaded now and saved for next time ("built"). "plain" when the state already holds
    a table or does not look like pykakasi's (pykakasi then loads as it always does).
    """
    import pickle
    import sqlite3

    if "_jisyo_table" not in state or state["_jisyo_table"] is not None:
        return "plain"
    try:
        path = cache_path(source, folder)
    except OSError:
        return "plain"
    if CompanionBuild.wait_for(path):
        try:
            state["_jisyo_table"] = KanwaRows(path, source)
            return "cache"
        except sqlite3.Error:
            _unlink(path)
    try:
        table = _load(source)
    except (OSError, pickle.UnpicklingError, EOFError):
        return "plain"
    if not isinstance(table, dict):
        return "plain"
    state["_jisyo_table"] = table
    _save(table, path)
    if path.exists():
        _remove_per_install_copies(source, path)
    return "built"


def _remove_per_install_copies(source: Path, kept: Path) -> None:
    """Remove the copies of this very table that earlier jpterms versions kept, one per
    installation (named by the table's size and each installation's modification time):
    ``kept`` now serves them all. Only files of this format, pykakasi version and table
    size go, and only once a file named by the recorded digest is in place."""
    from pathlib import Path

    version = installed_version("pykakasi", "pykakasi").replace("/", "_")
    try:
        size = source.stat().st_size
        if not _recorded_digest(source, size):
            return  # kept is itself named by size and time: it replaces no other
        prefix = f"kanwa-f{FORMAT}-{version}-{size}-"
        stale = [entry.path for entry in os.scandir(kept.parent)
                 if entry.name.startswith(prefix) and entry.name.endswith(".sqlite")
                 and entry.name[len(prefix):-len(".sqlite")].isdigit()]
    except OSError:
        return
    for name in stale:
        _unlink(Path(name))
        _unlink(sum_path(Path(name)))
        _unlink(stamp_path(Path(name)))


#: The package name pykakasi's converter modules are loaded under (see :func:`_pykakasi_modules`).
_PRIVATE = "jpterms._pykakasi"


def _pykakasi_modules() -> tuple[Any, Any]:
    """pykakasi's ``kakasi`` module (its converter) and ``kanji`` module (its table), read
    from pykakasi's own folder as submodules of a package name of jpterms' own
    (``jpterms._pykakasi``): their relative imports resolve there, and pykakasi's package
    ``__init__`` is not run. That ``__init__`` loads the legacy API, whose ``deprecated``
    → ``wrapt`` → ``asyncio`` imports cost about 0.035 s of CPU, more than the converter
    itself. ``sys.modules["pykakasi"]`` is never touched (an ``import pykakasi`` anywhere
    else, in any thread, loads pykakasi whole, as always); the same source files run, so
    the converter is pykakasi's (``pykakasi.kakasi().convert`` calls this very
    ``Kakasi().convert``).
    """
    package = sys.modules.get(_PRIVATE)
    if package is None:
        found = find_spec("pykakasi")  # finds the folder, runs nothing
        if found is None or not found.submodule_search_locations or not found.origin:
            raise ImportError("pykakasi is not a package")
        # pykakasi's own __init__ as the origin, so that its data files are found from
        # there (importlib.resources); the module is made, never executed
        spec = spec_from_file_location(_PRIVATE, found.origin, submodule_search_locations=list(
            found.submodule_search_locations))
        if spec is None:
            raise ImportError("pykakasi is not a package")
        package = module_from_spec(spec)
        sys.modules.setdefault(_PRIVATE, package)  # two threads at once: one package
    return import_module(f"{_PRIVATE}.kakasi"), import_module(f"{_PRIVATE}.kanji")


def _table_source() -> Path | None:
    """pykakasi's kanji table file, or None for another pykakasi layout."""
    from pathlib import Path

    try:  # pykakasi's internals (2.x): any other layout is left to pykakasi
        config: Any = _pykakasi_modules()[1].Configurations
        return Path(config.dictpath(config.jisyo_kanwa))
    except (ImportError, AttributeError, TypeError):
        return None


def table_cache_path(folder: Path) -> Path | None:
    """Where :func:`install` keeps pykakasi's table in ``folder`` (None: another layout)."""
    source = _table_source()
    try:
        return cache_path(source, folder) if source is not None else None
    except OSError:
        return None


def build_table_cache(folder: Path) -> None:
    """Write the cache file of pykakasi's table into ``folder`` if it is missing or not
    :func:`~jpterms.cache_files.intact` (damaged, or unsummed), as :func:`install` would on
    first use (for a child process building the first run's
    files ahead of need)."""
    source = _table_source()
    path = table_cache_path(folder)
    if source is not None and path is not None and not intact(path):
        install({"_jisyo_table": None}, source, folder)


class KakasiReader:
    """pykakasi's katakana readings of kanji words, its converter made on first need
    (its table read through the cache, see :func:`install`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        #: How pykakasi's table was found: "cache", "built" or "plain" ("" before use).
        self.table_source = ""
        self._kakasi: Any = None
        self._lock = threading.Lock()

    def _converter(self) -> Any:
        from pathlib import Path

        try:  # pykakasi's internals (2.x): any other layout is left to pykakasi
            converter, kanji = _pykakasi_modules()
            make: Any = converter.Kakasi  # what pykakasi.kakasi().convert calls
            state = kanji.Kanwa._shared_state
            config = kanji.Configurations
            source = Path(config.dictpath(config.jisyo_kanwa))
        except (ImportError, AttributeError, TypeError):
            import pykakasi

            self.table_source = "plain"
            return pykakasi.kakasi()  # type: ignore[no-untyped-call]
        folder = self.folder if self.folder is not None else cache_dir()
        self.table_source = (install(state, source, folder) if isinstance(state, dict)
                             else "plain")
        return make()

    def reading(self, surface: str) -> str:
        """pykakasi's katakana reading of a word with kanji in it, or "" (none, or not all
        of it read)."""
        if not any(lo <= c <= hi for c in surface for lo, hi in _KANJI):
            return ""
        with self._lock:
            if self._kakasi is None:
                self._kakasi = self._converter()
            parts = self._kakasi.convert(surface)
        if "".join(p["orig"] for p in parts) != surface or not all(p["kana"] for p in parts):
            return ""
        return "".join(str(p["kana"]) for p in parts)
