"""The curated glossary: ``data/glossary.tsv`` plus any files the user adds.

A glossary file is UTF-8, tab-separated, with this header row::

    hepburn  kanji  kana  english  kind  variants  note

``kana`` is the reading in hiragana with spaces between words, ``hepburn``
must equal :func:`jpterms.kana.kana_to_romaji` of it (case aside), and
``variants`` lists other spellings people write, separated by ``|``. In a
Japanese person's ``kanji`` a single space marks where the family name ends;
it is not part of the name. Lines starting with ``#`` are comments.

>>> g = Glossary.bundled()
>>> e = g.by_kanji["外務省"][0]
>>> e.hepburn, e.english
('Gaimushō', 'Ministry of Foreign Affairs')
>>> g.check_text("hepburn\\tkanji\\tkana\\tenglish\\tkind\\tvariants\\tnote\\nKyogi\\t協議\\tきょうぎ\\tx\\tterm\\t\\t\\n")
[(2, "hepburn 'Kyogi' does not match the reading きょうぎ, which romanises to 'kyōgi'")]
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from jpterms.errors import GlossaryError
from jpterms.kana import fold_romaji, is_kana, kana_to_romaji, normalize_romaji, to_hiragana

if TYPE_CHECKING:
    from pathlib import Path

    from jpterms.reverse import ReverseEngine
    from jpterms.romanize import Romanizer

COLUMNS = ("hepburn", "kanji", "kana", "english", "kind", "variants", "note")
KINDS = ("org", "law", "title", "term", "person", "place", "newspaper", "foreign-name")
#: The longest spelling a row may give (the bundled glossary's longest is 48 characters):
#: the romaniser keeps every beginning of every spelling, so one row of 100,000 kanji
#: took gigabytes.
MAX_SPELLING = 200
#: Kinds whose romanised form is a proper noun and is capitalised.
PROPER_KINDS = frozenset({"org", "law", "person", "place", "newspaper", "foreign-name"})


@dataclass(frozen=True)
class Entry:
    """One glossary row."""

    hepburn: str
    kanji: str
    kana: str
    english: str
    kind: str
    variants: tuple[str, ...] = ()
    note: str = ""
    source: str = "glossary"
    line: int = 0

    @property
    def written(self) -> str:
        """The kanji as written, without the family/given-name marker space."""
        return self.kanji.replace(" ", "")

    @property
    def reading(self) -> str:
        """The reading in hiragana without word spaces."""
        return self.kana.replace(" ", "")

    @property
    def key(self) -> str:
        """The folded romaji key (no macrons, no spaces) used for matching."""
        return fold_romaji(self.hepburn).replace(" ", "").replace("'", "").replace("-", "")

    def family_name(self) -> Entry | None:
        """For a person written ``玄葉 光一郎``, the entry for the family name alone."""
        if self.kind != "person" or " " not in self.kanji or " " not in self.kana:
            return None
        family = self.kanji.split(" ")[0]
        reading = self.kana.split(" ")[0]
        hepburn = self.hepburn.split(" ")[0]
        variants = tuple(last for v in self.variants if (last := v.split(" ")[-1]) != hepburn)
        return Entry(hepburn, family, reading, f"{self.english} (family name)", "person",
                     tuple(dict.fromkeys(variants)), self.note, self.source, self.line)


def _shown(value: str, limit: int = 60) -> str:
    """``value`` for a message, its start only when it is long."""
    return value if len(value) <= limit else f"{value[:limit]}… ({len(value):,} characters)"


def _quoted(value: str, limit: int = 60) -> str:
    """``value`` quoted for a message, its start only when it is long (a 5 MB cell made a
    5 MB error line).

    >>> _quoted("Kyogi"), _quoted("a" * 100, limit=4)
    ("'Kyogi'", "'aaaa'… (100 characters)")
    """
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value):,} characters)"


def _problems_in_row(fields: list[str], lineno: int) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    if len(fields) != len(COLUMNS):
        return [(lineno, f"expected {len(COLUMNS)} tab-separated columns, found {len(fields)}")]
    hepburn, kanji, kana, english, kind, _variants, _note = fields
    for name, value in (("hepburn", hepburn), ("kanji", kanji), ("kana", kana)):
        if not value.strip():
            problems.append((lineno, f"empty {name} column"))
    if len(kanji) > MAX_SPELLING:
        problems.append((lineno, f"kanji column of {len(kanji):,} characters is no term's "
                                 f"spelling (at most {MAX_SPELLING})"))
    if kind not in KINDS:
        problems.append((lineno, f"kind {_quoted(kind)} is not one of {', '.join(KINDS)}"))
    if kana and not is_kana(kana):
        problems.append((lineno, f"reading {_quoted(kana)} is not kana (hiragana, ー and "
                                 "spaces)"))
    elif kana and hepburn:
        expected = kana_to_romaji(kana)
        # ALA-LC hyphenates some suffixes (Aichi-ken); the hyphen is not a letter.
        if normalize_romaji(hepburn).replace("-", "").casefold() != expected.casefold():
            problems.append((lineno, f"hepburn {_quoted(hepburn)} does not match the reading "
                                     f"{_shown(kana)}, which romanises to {_quoted(expected)}"))
    if not english.strip():
        problems.append((lineno, "empty english column"))
    return problems


def parse(text: str, source: str = "glossary", *, validate: bool = True) -> list[Entry]:
    """Parse and validate glossary text; raise :class:`GlossaryError` listing every problem.

    Nothing is half-loaded: either every row is valid or nothing is returned.
    ``validate=False`` checks only the shape of each row: it is for the bundled
    glossary, which the test suite validates in full, so that start-up does not
    romanise every row again.
    """
    problems: list[tuple[int, str]] = []
    entries: list[Entry] = []
    lines = text.lstrip("\ufeff").splitlines()
    header_seen = False
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(f.strip() for f in fields) != COLUMNS:
                problems.append((lineno, "header must be: " + "\t".join(COLUMNS)))
                break
            continue
        row_problems = (_problems_in_row(fields, lineno) if validate or len(fields) != len(COLUMNS)
                        else [])
        problems.extend(row_problems)
        if row_problems:
            continue
        entries.append(_row_entry(fields, source, lineno))
    if not header_seen and not problems:
        problems.append((1, "empty glossary: the header row is missing"))
    if validate:
        problems.extend(_cross_row_problems(entries))
    if problems:
        raise GlossaryError(source, sorted(problems))
    return entries


def _row_entry(fields: list[str], source: str, lineno: int) -> Entry:
    """The entry of one row's seven fields (their shape checked by the caller)."""
    hepburn, kanji, kana, english, kind, variants, note = map(str.strip, fields)
    return Entry(normalize_romaji(hepburn), kanji, kana, english, kind,
                 tuple(v.strip() for v in variants.split("|") if v.strip())
                 if variants else (),  # (most rows list none)
                 note, source, lineno)


#: The line breaks other than ``\n`` that ``str.splitlines`` (and so :func:`parse`) breaks
#: a line at: a text holding one is parsed whole before it is read for spellings.
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _written_rows(text: str) -> tuple[list[int], list[str], list[int]] | None:
    """Where each row of glossary ``text`` starts; each row's written form, then the
    family name's of each row that gives one (:meth:`Entry.family_name`); and the numbers
    of those rows: the rows read as :func:`parse` reads them, without making their
    entries. None for a text :func:`parse` would not take (or whose lines it would count
    otherwise): it is parsed whole, which tells what is wrong.

    >>> _written_rows("hepburn\\tkanji\\tkana\\tenglish\\tkind\\tvariants\\tnote\\n"
    ...               "Genba Kōichirō\\t玄葉 光一郎\\tげんば こういちろう\\tx\\tperson\\t\\t\\n")
    ([46], ['玄葉光一郎', '玄葉'], [0])
    """
    if any(other in text for other in _OTHER_BREAKS):
        return None
    starts: list[int] = []
    written: list[str] = []
    families: list[str] = []
    family_rows: list[int] = []
    header_seen = False
    at, size = 0, len(text)
    while at <= size:  # (line by line: no list of every line)
        end = text.find("\n", at)
        end = size if end < 0 else end
        raw, start, at = text[at:end], at, end + 1
        if not raw.strip() or raw.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            if tuple(f.strip() for f in raw.split("\t")) != COLUMNS:
                return None
            continue
        if raw.count("\t") != len(COLUMNS) - 1:
            return None
        _, kanji, kana, _, kind, _ = raw.split("\t", 5)
        kanji, kana = kanji.strip(), kana.strip()
        if kind.strip() == "person" and " " in kanji and " " in kana:
            families.append(kanji.split(" ")[0])
            family_rows.append(len(starts))
        starts.append(start)
        written.append(kanji.replace(" ", ""))
    if not header_seen:
        return None
    return starts, written + families, family_rows


def _cross_row_problems(entries: list[Entry]) -> list[tuple[int, str]]:
    problems: list[tuple[int, str]] = []
    seen: dict[tuple[str, str], int] = {}
    canonical = {fold_romaji(e.hepburn): e for e in entries}
    for e in entries:
        key = (e.written, e.reading)
        if key in seen:
            problems.append((e.line, f"duplicate entry {e.kanji} ({e.kana}), first on line {seen[key]}"))
        else:
            seen[key] = e.line
        for variant in e.variants:
            other = canonical.get(fold_romaji(variant))
            if other is not None and other.written != e.written and \
                    normalize_romaji(variant) == other.hepburn:
                problems.append((e.line, f"variant {_quoted(variant)} is the canonical form of "
                                         f"{other.kanji} on line {other.line}"))
    return problems


def bundled_text() -> str:
    """The text of the glossary that ships with jpterms (``glossary.tsv``)."""
    import os

    # A wheel installs the file beside this module; an editable install or a source
    # checkout keeps it at the repository root. importlib.resources is the last resort
    # (a zipped install): it is not imported otherwise, to keep start-up small.
    from jpterms.package_data import decoded

    here = os.path.dirname(os.path.abspath(__file__))
    for candidate in (os.path.join(here, "data", "glossary.tsv"),
                      os.path.join(here, os.pardir, os.pardir, "data", "glossary.tsv")):
        if os.path.isfile(candidate):
            with open(candidate, "rb") as handle:
                return decoded(handle.read())
    from importlib import resources

    return resources.files("jpterms").joinpath("data/glossary.tsv").read_text(encoding="utf-8")


def read_file(path: str | Path) -> str:
    """Read a glossary file the way every input is read (UTF-8 or a BOM; one-line errors)."""
    from jpterms.files import read_path

    return read_path(str(path))


class Glossary:
    """Entries from the bundled glossary and any user files, indexed for lookup.

    >>> g = Glossary.bundled()
    >>> [e.written for e in g.by_key.get("hamondo", [])]
    ['ハモンド']
    """

    _bundled: Glossary | None = None
    _lock = threading.Lock()

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: tuple[Entry, ...] | None = tuple(entries)
        #: The text of a glossary whose rows are parsed on first use (:meth:`unparsed`),
        #: and the name its entries give as their source.
        self._text = ""
        self._source = ""
        #: Once that text's rows are read for :meth:`spellings` (not parsed): where each
        #: row starts, the spellings, and the numbers of the rows that give a family name.
        self._rows_read = False
        self._row_starts: list[int] = []
        self._written: list[str] = []
        self._family_rows: list[int] = []
        #: The line number of each of those rows, counted once when an entry is first made
        #: from a row, and the entries made so (every romaniser of the glossary shares them).
        self._row_lines: list[int] | None = None
        self._spelled: dict[int, Entry] = {}
        self._parse_lock = threading.Lock()
        self._romanizers: dict[str, Romanizer] = {}
        self._romanizers_lock = threading.Lock()

    @classmethod
    def unparsed(cls, text: str, source: str = "glossary") -> Glossary:
        """The glossary of ``text``, parsed as :func:`parse` does without ``validate``
        when its entries are first asked for. Until then the romaniser reads only its
        spellings, and makes the entry of a spelling it meets from that row alone:
        ``jpterms romanize 東京`` makes one entry, not 1,697.

        >>> g = Glossary.unparsed(bundled_text())
        >>> g.spelled_entry(dict(g.spellings())["外務省"]).english, g._entries is None
        ('Ministry of Foreign Affairs', True)
        >>> g.by_kanji["外務省"][0] == g.spelled_entry(dict(g.spellings())["外務省"])
        True
        """
        glossary = cls(())
        glossary._entries = None
        glossary._text, glossary._source = text.lstrip("\ufeff"), source
        return glossary

    @property
    def entries(self) -> tuple[Entry, ...]:
        """Every row's entry, in order (an :meth:`unparsed` glossary's parsed now)."""
        entries = self._entries
        if entries is None:
            with self._parse_lock:
                if self._entries is None:
                    self._entries = tuple(parse(self._text, self._source, validate=False))
                entries = self._entries
        return entries

    def spellings(self) -> list[tuple[str, int]]:
        """Each entry's written form (:attr:`Entry.written`), then each family name's
        (:meth:`Entry.family_name`), with its number in that order: the order of
        :attr:`by_kanji`, whose first entry of a spelling is that of its first number.
        An :meth:`unparsed` glossary stays so: only its rows' written forms are read.

        >>> g = Glossary.bundled()
        >>> numbers = dict(g.spellings()[::-1])  # (the first of each spelling)
        >>> g.spelled_entry(numbers["玄葉"]) == g.by_kanji["玄葉"][0]
        True
        """
        with self._parse_lock:
            if self._entries is None and not self._rows_read:
                rows = _written_rows(self._text)
                if rows is not None:
                    self._row_starts, self._written, self._family_rows = rows
                    self._rows_read = True
            written = self._written if self._rows_read else None
        if written is None:
            written = [e.written for e in self._with_family_names]
        return [(spelling, number) for number, spelling in enumerate(written)]

    def spelled_entry(self, number: int) -> Entry:
        """The entry of :meth:`spellings`' ``number``: a family name's is the entry
        :meth:`Entry.family_name` makes of its person's row. An :meth:`unparsed`
        glossary's is made from its row alone, equal to the one :attr:`entries` has."""
        if self._entries is not None:
            return self._with_family_names[number]
        entry = self._spelled.get(number)
        if entry is None:
            rows = len(self._row_starts)  # (read by spellings(), which gave the number)
            if number < rows:
                entry = self._row_entry(number)
            else:
                family = self._row_entry(self._family_rows[number - rows]).family_name()
                assert family is not None  # (_written_rows took the row for one)
                entry = family
            self._spelled[number] = entry
        return entry

    def is_family_name(self, number: int) -> bool:
        """Whether :meth:`spellings`' ``number`` is a family name cut from a person's
        row rather than a row of the glossary."""
        rows = len(self._row_starts) if self._entries is None else len(self._entries)
        return number >= rows

    def _row_entry(self, row: int) -> Entry:
        """The entry of an :meth:`unparsed` glossary's ``row`` (counted from 0), made
        from its line alone."""
        text, start = self._text, self._row_starts[row]
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        return _row_entry(line.split("\t"), self._source, self._row_line(row))

    def _row_line(self, row: int) -> int:
        """The line number of an :meth:`unparsed` glossary's ``row`` (the lines of every
        row counted in one pass over the text, the first time one is asked for)."""
        lines = self._row_lines
        if lines is None:
            text, lines, line, at = self._text, [], 1, 0
            for start in self._row_starts:
                line += text.count("\n", at, start)
                at = start
                lines.append(line)
            self._row_lines = lines
        return lines[row]

    def romanizer(self, system: str = "hepburn") -> Romanizer:
        """The romaniser that reads with this glossary: every romanisation made for a
        document checked or a query looked up with this glossary goes through it.
        One per system, built on first use and kept with the glossary.

        >>> g = Glossary.bundled()
        >>> g.romanizer() is g.romanizer(), g.romanizer().romanize("玄葉光一郎")
        (True, 'Genba Kōichirō')
        """
        with self._romanizers_lock:
            romanizer = self._romanizers.get(system)
            if romanizer is None:
                from jpterms.romanize import Romanizer

                romanizer = self._romanizers[system] = Romanizer(system, self)
            return romanizer

    @property
    def is_bundled(self) -> bool:
        """Whether this is the :meth:`bundled` glossary itself (not loading it to tell)."""
        return self is type(self)._bundled

    @classmethod
    def bundled(cls) -> Glossary:
        """The glossary shipped with jpterms (loaded once)."""
        with cls._lock:
            if cls._bundled is None:
                # validated in full by tests/test_glossary.py, not at every start-up
                cls._bundled = cls.unparsed(bundled_text(), "jpterms:glossary.tsv")
            return cls._bundled

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), *, bundled: bool = True) -> Glossary:
        """The bundled glossary (unless ``bundled=False``) followed by user files.

        User entries come first in every index, so they win over bundled ones.
        """
        entries: list[Entry] = []
        for path in paths:
            entries.extend(parse(read_file(path), str(path)))
        if bundled:
            entries.extend(cls.bundled().entries)
        return cls(entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @staticmethod
    def check_text(text: str, source: str = "glossary") -> list[tuple[int, str]]:
        """Every (line, reason) problem in glossary text; empty when it is valid."""
        try:
            parse(text, source)
        except GlossaryError as exc:
            return exc.problems
        return []

    @cached_property
    def _with_family_names(self) -> tuple[Entry, ...]:
        extra = [f for e in self.entries if (f := e.family_name()) is not None]
        return self.entries + tuple(extra)

    @cached_property
    def by_kanji(self) -> dict[str, list[Entry]]:
        """Entries by written form (kanji or kana as written, no marker space)."""
        index: dict[str, list[Entry]] = {}
        for e in self._with_family_names:
            index.setdefault(e.written, []).append(e)
        return index

    @cached_property
    def by_reading(self) -> dict[str, list[Entry]]:
        """Entries by hiragana reading without spaces."""
        index: dict[str, list[Entry]] = {}
        for e in self._with_family_names:
            index.setdefault(to_hiragana(e.reading), []).append(e)
        return index

    @cached_property
    def by_key(self) -> dict[str, list[Entry]]:
        """Entries by folded romaji key, for the canonical form and every variant."""
        index: dict[str, list[Entry]] = {}
        for e in self._with_family_names:
            keys = [e.key] + [_fold_key(v) for v in e.variants]
            for key in dict.fromkeys(keys):
                index.setdefault(key, []).append(e)
        return index

    @cached_property
    def reverse_engine(self) -> ReverseEngine:
        """The romaji-to-Japanese engine for this glossary (built on first use, then kept
        with the glossary: its caches live and die with it)."""
        from jpterms.reverse import ReverseEngine

        return ReverseEngine(self)

    @cached_property
    def by_english(self) -> dict[str, list[Entry]]:
        """Entries by case-folded English name (the official name)."""
        index: dict[str, list[Entry]] = {}
        for e in self.entries:
            index.setdefault(e.english.casefold(), []).append(e)
        return index


def _fold_key(text: str) -> str:
    return fold_romaji(text).replace(" ", "").replace("'", "").replace("-", "")
