"""The user cache folder where jpterms keeps the indexes it builds on first use.

The romaji lexicon, the reading index and the word-frequency tables are built from
the installed dictionaries once, saved here, and opened (memory-mapped) afterwards.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "save_trie"]


def cache_dir() -> Path:
    """The platform's user cache folder for jpterms (platformdirs)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("jpterms", appauthor=False))


def save_trie(trie: Any, target: Path) -> None:
    """Save a marisa trie to ``target`` atomically: written beside it, then renamed, so
    that another process never opens half a file. A read-only or full cache folder is
    no error: the caller keeps the trie in memory only."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        trie.save(str(tmp))
        os.replace(tmp, target)
    except OSError:
        pass
