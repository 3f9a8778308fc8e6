"""UniDic's given names: a second dictionary's word that a spelling is a given name read so.

A name lookup offers every spelling of a given name that Mozc or JMnedict knows, and
Mozc also lists pieces no one is named (茂索 もさく, 亮中 りょうちゅう) about as cheaply
as the names people bear. UniDic, the dictionary the romaniser's tagger reads
(``unidic-lite``), lists some 31,000 given names with their readings, chosen from
corpora of real text: a spelling it lists as a given name read that way is one people
bear. :class:`UniDicNames` answers that question from a small ``marisa-trie`` file,
built once from unidic-lite's ``sys.dic`` (about a second: only the person-name entries
are read) into the user's cache directory, memory-mapped after that. A read-only or
missing cache directory only means the list is kept in memory.

>>> names = UniDicNames.default()
>>> names.given("良忠", "りょうちゅう"), names.given("亮中", "りょうちゅう")
(True, False)
"""

from __future__ import annotations

import mmap
import threading
from pathlib import Path
from typing import Any, ClassVar

from jpterms.cache_builds import open_saved_trie
from jpterms.cache_files import cache_dir as user_cache_folder
from jpterms.cache_files import installed_version, save_trie
from jpterms.kana import to_hiragana

__all__ = ["UniDicNames"]

#: Bump when the layout of the file changes: older files are then ignored.
FORMAT = 1
_SEP = "\x1f"
#: MeCab's ``sys.dic`` header: ten 32-bit fields (the sizes of its parts among them) and
#: the character set, 32 bytes.
_HEADER_SIZE = 10 * 4 + 32
#: What the feature string of a given name in UniDic says: 名詞,固有名詞,人名,名,…
_GIVEN_FEATURE = ",固有名詞,人名,名,"
#: UniDic's fields: the written form (orth) and its reading in katakana (kana).
_ORTH = 8
_KANA = 17


def _dictionary() -> Path:
    import unidic_lite

    return Path(unidic_lite.DICDIR) / "sys.dic"


def _given_names(path: Path) -> list[str]:
    """``written`` + separator + reading (hiragana) of every given name in the MeCab
    dictionary ``path``: the feature strings that say 人名,名 (the header gives the
    character set; the features are the file's last part, NUL-ended strings)."""
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        charset = bytes(data[40:_HEADER_SIZE]).split(b"\0")[0].decode("ascii") or "utf-8"
        mark = _GIVEN_FEATURE.encode(charset)
        found: set[str] = set()
        at = data.find(mark, _HEADER_SIZE)
        while at >= 0:
            start = data.rfind(b"\0", 0, at) + 1
            end = data.find(b"\0", at)
            fields = data[start:end].decode(charset, "replace").split(",")
            if len(fields) > _KANA and fields[_ORTH] and fields[_KANA]:
                found.add(fields[_ORTH] + _SEP + to_hiragana(fields[_KANA]))
            at = data.find(mark, end)
    return sorted(found)


class UniDicNames:
    """Whether UniDic lists a spelling as a given name read one way (thread-safe)."""

    _default: ClassVar[UniDicNames | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, trie: Any) -> None:
        self._trie = trie

    @classmethod
    def default(cls) -> UniDicNames:
        """The list in the user's cache directory, built there on first use (loaded once)."""
        with cls._lock:
            if cls._default is None:
                cls._default = cls.load()
            return cls._default

    @classmethod
    def load(cls, cache_dir: str | Path | None = None,
             dictionary: Path | None = None) -> UniDicNames:
        """Open the list's file in ``cache_dir`` (default: the user cache), building it
        from ``dictionary`` (default: unidic-lite's ``sys.dic``) if needed."""
        import marisa_trie

        folder = Path(cache_dir) if cache_dir is not None else user_cache_folder()
        path = cls.path(folder)
        saved = open_saved_trie(path, marisa_trie.Trie, shipped=cache_dir is None)
        if saved is not None:
            return cls(saved)
        try:
            entries = _given_names(dictionary or _dictionary())
        except (ImportError, OSError, ValueError):  # no UniDic: no evidence, either way
            return cls(marisa_trie.Trie())
        trie = marisa_trie.Trie(entries)
        save_trie(trie, path)  # a read-only cache folder: the list stays in memory only
        return cls(trie)

    @staticmethod
    def path(folder: Path) -> Path:
        """The list's file in ``folder`` for this layout and unidic-lite version."""
        version = installed_version("unidic-lite", "unidic_lite").replace("/", "_")
        return folder / f"unidic-given-f{FORMAT}-{version}.marisa"

    def given(self, written: str, kana: str) -> bool:
        """Whether UniDic lists ``written`` as a given name read ``kana`` (hiragana).

        >>> UniDicNames.default().given("泰一", "やすいち"), UniDicNames.default().given("保一", "やすいち")
        (True, False)
        """
        return written + _SEP + kana in self._trie

    def __len__(self) -> int:
        return len(self._trie)
