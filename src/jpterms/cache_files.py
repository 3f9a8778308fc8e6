"""The user cache folder where jpterms keeps the indexes it builds on first use.

The romaji lexicon, the reading index and the word-frequency tables are built from
the installed dictionaries once, saved here, and opened (memory-mapped) afterwards.
A wheel built with jpterms' build hook (``hatch_build.py``) ships them already built, in
``jpterms/data/built/`` (:func:`shipped_file`): a file there whose name (layout and data
versions) matches the one the user cache would hold is opened instead, and nothing is
built on the first run.

Each cache file has a sum beside it (``NAME.sum``: its length and CRC-32), written
before the file is renamed into place, so whoever sees a file finds its sum. A loader
opens a file only when :func:`intact` finds it matching its sum, and builds it again
otherwise. A memory-mapped trie is not checked by marisa: a damaged one (bit rot, a
stray write, a file from elsewhere) gave wrong readings, tracebacks or a segmentation
fault, none of which a ``try`` can catch in time.

Reading a file through to its sum costs time at every start (about 17 ms for the files a
``jpterms check`` opens), so a file found intact is stamped: ``NAME.stamp`` beside it (for
a wheel's file, in the user cache's ``stamps`` folder) records which file it was (device,
inode, modification and change times) and the sum it matched. While the file and its sum
are those the stamp names, it is not read again; a file changed in any way (rewritten,
replaced, truncated, its times reset: the change time moves whatever a writer does) is
read through again. A file changed within :data:`STAMP_AGE` seconds is not stamped yet: a
change in the same tick of the file system's clock would leave its times as they were.
"""

from __future__ import annotations

import gc
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["bytes_trie", "cache_dir", "installed_version", "intact", "paused_gc", "save_trie",
           "seal", "shipped_file", "stamp_path", "sum_path"]

#: Where a wheel keeps the cache files built when it was built (see ``hatch_build.py``). A
#: string: pathlib is imported only where a path is made (``jpterms romanize 東京`` opens no
#: cache file, and importing pathlib and urllib.parse costs 4 ms of its start-up).
SHIPPED: str | os.PathLike[str] = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                               "data", "built")

#: The first word of a sum file, naming its layout.
_SUM_LAYOUT = "jpterms-cache-sum-1"
#: The most a sum or stamp file holds (its one line is far shorter).
_SUM_LIMIT = 400
#: The first word of a stamp file, naming its layout.
_STAMP_LAYOUT = "jpterms-cache-stamp-1"
#: A file is stamped only when it was last changed this many seconds ago or more (a file
#: system's clock ticks every few milliseconds, and coarser on some: a change in the tick
#: of the stamp would leave the file's times as the stamp has them).
STAMP_AGE = 2.0


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run a cache build without the cyclic garbage collector: a build makes a million
    tuples and strings, none in a cycle, and the collector would walk them again and
    again (about 0.5 s of each index's first build). Collection is switched back on
    afterwards only if it was on before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def bytes_trie(entries: list[str]) -> Any:
    """A marisa ``BytesTrie`` of ``entries``, each a key, a NUL and its value: the trie
    ``BytesTrie((key, value.encode()) ...)`` makes, built from one encoding of them all
    (its own bytes, key + b"\\xff" + value, made in three passes over the lot rather than
    a million small encodings). An entry holding a line break or a second NUL makes it
    go pair by pair. ``entries`` is emptied: its memory goes before the trie is built.

    >>> sorted(v.decode() for v in bytes_trie(["to\\x00都", "to\\x00戸", "ie\\x00家"])["to"])
    ['戸', '都']
    """
    import marisa_trie

    text = "\n".join(entries)
    if text.count("\n") != len(entries) - 1 or text.count("\x00") != len(entries):
        pairs = [entry.split("\x00", 1) for entry in entries]
        entries.clear()
        return marisa_trie.BytesTrie((key, value.encode("utf-8")) for key, value in pairs)
    entries.clear()
    lines = text.encode("utf-8").replace(b"\x00", b"\xff").split(b"\n")
    del text
    binary = marisa_trie.BinaryTrie(lines)
    del lines
    return marisa_trie.BytesTrie().frombytes(binary.tobytes())


def cache_dir() -> Path:
    """The platform's user cache folder for jpterms (platformdirs)."""
    from pathlib import Path

    from platformdirs import user_cache_dir

    return Path(user_cache_dir("jpterms", appauthor=False))


def shipped_file(name: str) -> Path | None:
    """The cache file ``name`` as built into the installed wheel, if it is there and
    :func:`intact`; None for a source checkout, an editable install, or a file built from
    other data versions than the installed ones (its name differs then: it is built in
    the user cache as ever).

    >>> shipped_file("no-such-file.marisa") is None
    True
    """
    from pathlib import Path

    path = Path(SHIPPED) / name
    return path if intact(path) else None


def save_trie(trie: Any, target: Path) -> None:
    """Save a marisa trie to ``target`` atomically: written beside it, then renamed, so
    that another process never opens half a file. A read-only or full cache folder is
    no error: the caller keeps the trie in memory only (marisa reports a failed write as
    a ``RuntimeError``). A file left half written, by a failure or an interruption, is
    removed, so that a full disk is not filled further by the next runs."""
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        trie.save(str(tmp))
        seal(tmp, target)
    except (OSError, RuntimeError):
        pass
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def sum_path(path: Path) -> Path:
    """The file holding the length and checksum of the cache file at ``path``."""
    return path.with_name(f"{path.name}.sum")


def _open_regular(path: Path) -> int | None:
    """A descriptor of ``path`` opened for reading if it is a regular file, else None
    (never blocking on a FIFO, nor following it to a device)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def _checksum(fd: int) -> tuple[int, int]:
    """The length and CRC-32 of the open file ``fd``, read through a memory map (no
    copy: about 5 GB/s from the page cache)."""
    import mmap
    import zlib

    size = os.fstat(fd).st_size
    if size == 0:
        return 0, 0
    with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as mapped:
        return size, zlib.crc32(mapped)


def _sum_line(fd: int) -> str:
    size, crc = _checksum(fd)
    return f"{_SUM_LAYOUT} {size} {crc:08x}\n"


def seal(tmp: Path, target: Path) -> None:
    """Put the finished cache file ``tmp`` in ``target``'s place, with its sum: the sum
    first (written beside its place and renamed), then the file, so that a process
    seeing the file at ``target`` also finds its sum. Raises OSError (``tmp`` is left
    for the caller to remove)."""
    fd = _open_regular(tmp)
    if fd is None:
        raise OSError(f"{tmp}: not a regular file")
    try:
        line = _sum_line(fd)
    except ValueError as error:  # mmap refused
        raise OSError(str(error)) from error
    finally:
        os.close(fd)
    sums = sum_path(target)
    sums_tmp = sums.with_name(f"{sums.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        sums_tmp.write_text(line, encoding="ascii")
        os.replace(sums_tmp, sums)
    finally:
        with suppress(OSError):
            sums_tmp.unlink(missing_ok=True)
    os.replace(tmp, target)


def stamp_path(path: Path) -> Path:
    """The file recording that the cache file at ``path`` was found intact: beside it, or
    for a file of the wheel (whose folder is not the user's to write) in the user cache,
    named by the wheel's folder too (two installations do not share it)."""
    from pathlib import Path

    if path.parent == Path(SHIPPED):
        import zlib

        folder = zlib.crc32(os.fsencode(path.parent))
        return cache_dir() / "stamps" / f"{folder:08x}-{path.name}.stamp"
    return path.with_name(f"{path.name}.stamp")


def _stamp_line(st: os.stat_result, expected: str) -> str:
    """What a stamp holds: which file (device, inode, modification and change times, to
    the nanosecond) was found to match the sum line ``expected``."""
    return (f"{_STAMP_LAYOUT} {st.st_dev} {st.st_ino} {st.st_mtime_ns} {st.st_ctime_ns} "
            f"{expected}")


def _read_small(path: Path) -> str | None:
    """The start of the regular file at ``path`` (a sum or a stamp), or None."""
    fd = _open_regular(path)
    if fd is None:
        return None
    try:
        return os.read(fd, _SUM_LIMIT).decode("ascii", "replace")
    except OSError:
        return None
    finally:
        os.close(fd)


def _stamp(path: Path, line: str) -> None:
    """Write the stamp ``line`` for ``path`` (atomically; a folder that cannot be written is
    no error: the file is read through again next time)."""
    target = stamp_path(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(line, encoding="ascii")
        os.replace(tmp, target)
    except OSError:
        pass
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def intact(path: Path) -> bool:
    """Whether ``path`` is a regular file whose length and CRC-32 are those its sum file
    gives: checked when a cache file is opened (about 4 ms for the 20 MB lexicon), or
    taken from the file's stamp when it is the very file found intact before (see the
    module's notes). False for a missing, damaged, truncated or unsummed file, or one that
    is not a regular file (a FIFO, a device, a folder): the caller builds it again.

    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "t.tmp").write_bytes(b"a table")
    >>> seal(folder / "t.tmp", folder / "t.bin")
    >>> intact(folder / "t.bin")
    True
    >>> _ = (folder / "t.bin").write_bytes(b"a tablE")
    >>> intact(folder / "t.bin"), intact(folder / "missing.bin")
    (False, False)
    """
    expected = _read_small(sum_path(path))
    if expected is None:
        return False
    fields = expected.split()
    if len(fields) != 3 or fields[0] != _SUM_LAYOUT:
        return False
    fd = _open_regular(path)
    if fd is None:
        return False
    try:
        before = os.fstat(fd)
        if str(before.st_size) != fields[1]:
            return False  # truncated or grown: no need to read it
        stamp = _stamp_line(before, expected)
        if _read_small(stamp_path(path)) == stamp:
            return True  # the very file found intact before
        if _sum_line(fd) != expected:
            return False
        after = os.fstat(fd)
    except (OSError, ValueError):
        return False
    finally:
        os.close(fd)
    import time

    changed = max(after.st_mtime_ns, after.st_ctime_ns)
    if _stamp_line(after, expected) == stamp and changed < time.time_ns() - STAMP_AGE * 1e9:
        _stamp(path, stamp)
    return True


def installed_version(distribution: str, module: str) -> str:
    """The installed version of ``distribution`` (imported as ``module``), for a cache
    file's name: read from the ``Version:`` line of its ``.dist-info/METADATA`` beside the
    module, which is what :func:`importlib.metadata.version` reads, without importing the
    module or importlib.metadata (about 20 ms of every start-up). Anything unusual (no
    such folder, two of them, an egg) is asked of importlib.metadata; "0" if unknown.

    >>> from importlib.metadata import version
    >>> installed_version("wordfreq", "wordfreq") == version("wordfreq")
    True
    """
    from importlib.util import find_spec

    try:
        spec = find_spec(module)
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.origin and spec.submodule_search_locations is not None:
        # site-packages, holding module/__init__.py
        folder = os.path.dirname(os.path.dirname(spec.origin))
        prefix = distribution.replace("-", "_").lower() + "-"
        try:
            found = [entry.path for entry in os.scandir(folder) if entry.is_dir()
                     and entry.name.lower().startswith(prefix)
                     and entry.name.endswith(".dist-info")]
            if len(found) == 1:
                with open(os.path.join(found[0], "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if line.startswith("Version:"):
                            return line[len("Version:"):].strip()
                        if not line.strip():
                            break  # the headers end at the first blank line
        except OSError:
            pass
    from importlib.metadata import version

    try:
        return version(distribution)
    except Exception:  # an unknown version just means "rebuild"
        return "0"
