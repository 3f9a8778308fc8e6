"""wordfreq's frequency tables, kept in the user cache directory in a form that opens at once.

``wordfreq.get_frequency_dict`` unpacks a compressed list into a Python dict every time a
process asks for it (English "best": ~0.07 s; Japanese "best": ~0.05 s; importing wordfreq
itself: ~0.09 s). A check run in a new process paid all of it. Here each table is written
once, the first time it is needed, as a ``marisa-trie`` ``RecordTrie`` of
(word -> frequency as a double) in the user cache directory (:mod:`platformdirs`),
keyed by wordfreq's version, and later processes map the file in a few milliseconds.
The frequencies are wordfreq's own floats, stored exactly, so every answer is the one
``get_frequency_dict(...).get(word, 0.0)`` gives.

>>> table = FrequencyTable.open("en", "best")
>>> from wordfreq import get_frequency_dict
>>> table.get("population") == get_frequency_dict("en", "best")["population"]
True
>>> table.get("xqzzv")
0.0
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jpterms.cache_builds import open_saved_trie
from jpterms.cache_files import cache_dir as user_cache_folder
from jpterms.cache_files import save_trie

__all__ = ["FrequencyTable", "zipf"]

def zipf(frequency: float) -> float:
    """A frequency on wordfreq's Zipf scale, to one decimal (0 for none).

    >>> zipf(1e-6), zipf(0.0)
    (3.0, 0.0)
    """
    return round(math.log10(frequency * 1e9), 1) if frequency > 0 else 0.0


#: Bump when the file layout changes.
FORMAT = 1
_RECORD = "<d"


class FrequencyTable:
    """One of wordfreq's frequency tables (or the highest figure of several), read-only."""

    #: How many tables were built from wordfreq (rather than opened) in this process.
    builds = 0

    def __init__(self, trie: Any) -> None:
        self._trie = trie

    @classmethod
    def open(cls, lang: str, wordlist: str = "best", *,
             cache_dir: str | Path | None = None) -> FrequencyTable:
        """wordfreq's table for ``lang``, from the cache (built there first if missing)."""
        return cls.highest((lang,), wordlist, cache_dir=cache_dir)

    @classmethod
    def highest(cls, langs: Iterable[str], wordlist: str = "best", *,
                cache_dir: str | Path | None = None) -> FrequencyTable:
        """For each word, the highest frequency any of ``langs``' tables gives it."""
        import marisa_trie

        langs = tuple(langs)
        folder = Path(cache_dir) if cache_dir is not None else user_cache_folder()
        path = cls.path(langs, wordlist, folder)
        saved = open_saved_trie(path, lambda: marisa_trie.RecordTrie(_RECORD),
                                shipped=cache_dir is None)
        return cls(saved if saved is not None else cls._build(langs, wordlist, path))

    @staticmethod
    def path(langs: tuple[str, ...], wordlist: str, folder: Path) -> Path:
        """The cache file of ``langs``' table in ``folder``."""
        return folder / f"wordfreq-{'+'.join(langs)}-{wordlist}-{_fingerprint()}.marisa"

    @classmethod
    def _build(cls, langs: tuple[str, ...], wordlist: str, target: Path) -> Any:
        import marisa_trie
        from wordfreq import get_frequency_dict

        cls.builds += 1
        best: dict[str, float]
        if len(langs) == 1:  # one table: its own dict, not copied a word at a time
            best = get_frequency_dict(langs[0], wordlist)
        else:
            best = {}
            for lang in langs:
                for word, freq in get_frequency_dict(lang, wordlist).items():
                    if freq > best.get(word, 0.0):
                        best[word] = freq
        trie = marisa_trie.RecordTrie(_RECORD, ((w, (f,)) for w, f in best.items()
                                                if w and f > 0.0))
        save_trie(trie, target)  # a read-only cache folder: the table stays in memory only
        return trie

    def get(self, word: str, default: float = 0.0) -> float:
        """The word's frequency (a probability), or ``default`` when the table lacks it."""
        if "\x00" in word:
            return default  # no word holds one, and marisa reads past it
        try:
            found = self._trie.get(word)
        except UnicodeEncodeError:  # a lone surrogate: no word either
            return default
        return float(found[0][0]) if found else default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word, -1.0) >= 0.0

    def __len__(self) -> int:
        return len(self._trie)




@functools.cache  # asked once per table; reading package metadata costs ~1 ms a time
def _fingerprint() -> str:
    from jpterms.cache_files import installed_version

    return f"f{FORMAT}-{installed_version('wordfreq', 'wordfreq')}".replace("/", "_")
