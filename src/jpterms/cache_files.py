"""The user cache folder where jpterms keeps the indexes it builds on first use.

The romaji lexicon, the reading index and the word-frequency tables are built from
the installed dictionaries once, saved here, and opened (memory-mapped) afterwards.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

__all__ = ["bytes_trie", "cache_dir", "installed_version", "paused_gc", "save_trie"]


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
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("jpterms", appauthor=False))


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
        os.replace(tmp, target)
    except (OSError, RuntimeError):
        pass
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


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
        folder = Path(spec.origin).parent.parent  # site-packages, holding module/__init__.py
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
