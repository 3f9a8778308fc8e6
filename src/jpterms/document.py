"""A document to check: its full text plus the segments worth checking.

Every input format (plain text, Markdown, BibTeX, CSL-JSON) becomes a
:class:`Document`. A :class:`Segment` is a piece of text to check together with
the map from its characters back to offsets in the source, so findings point at
the right line and column of the original file even when the segment was
decoded (LaTeX accents, JSON escapes) or cut out of a larger file.

>>> doc = Document.from_text("one\\ntwo kyogi\\n", path="a.txt")
>>> doc.position(8)
(2, 5)
>>> doc.segments[0].source_offset(4)
4
>>> Document.from_text("one\\rtwo\\r\\nthree").position(9)  # a bare CR ends a line too
(3, 1)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n?|\n")

#: A segment of running prose, where names may go without macrons.
PROSE = "prose"
#: A segment that is a citation title (BibTeX ``title``, CSL ``title``).
TITLE = "title"
#: The title of what holds a work: a journal, a book, a series, a proceedings volume.
CONTAINER = "container"
#: A publisher's name (Yoshikawa Kōbunkan).
PUBLISHER = "publisher"
#: A place of publication (Tōkyō).
PLACE = "place"
#: A person's name (an author, an editor): never divided into words or syllables.
NAME = "name"
#: Segment roles of a whole field held to the romanisation style, checked as one title.
TITLE_ROLES = frozenset({TITLE, CONTAINER, PUBLISHER})
#: A field in Japanese script (a BibTeX ``title_ja``, ``origtitle`` ...): the original
#: that a romanised field of the same entry stands for. No rule checks it as romaji.
ORIGINAL = "original"
#: Segment roles of every kind.
ROLES = (PROSE, TITLE, CONTAINER, PUBLISHER, PLACE, NAME, ORIGINAL)
#: A span role inside a segment: emphasised text (Markdown ``*…*`` or ``_…_``).
EMPHASIS = "emphasis"


@dataclass(frozen=True)
class Segment:
    """Text to check, with a map from its characters to source offsets.

    ``offsets`` is ``None`` when the text stands in the source unchanged from
    ``start``; otherwise it holds the source offset of every character plus
    one for the end (``len(offsets) == len(text) + 1``). ``role`` says what
    the text is (:data:`ROLES`), ``field`` where it came from (``booktitle``,
    ``container-title``), and ``spans`` marks pieces of it the reader knows more
    about: ``(start, end, role)`` in :attr:`text`, such as Markdown emphasis.
    """

    text: str
    start: int = 0
    role: str = PROSE
    offsets: tuple[int, ...] | None = None
    field: str = ""
    spans: tuple[tuple[int, int, str], ...] = ()
    #: The record the segment belongs to: a BibTeX entry's key, a CSL-JSON item's id.
    #: Segments of one entry share it, so a rule can pair a romanised title with the
    #: original-script title given in another field.
    entry: str = ""

    def source_offset(self, index: int) -> int:
        """The source offset of character ``index`` of :attr:`text`."""
        if self.offsets is None:
            return self.start + index
        index = max(0, min(index, len(self.offsets) - 1))
        return self.offsets[index]


@dataclass
class MappedText:
    """Text being decoded (LaTeX, JSON escapes), with the source offset of every character."""

    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)

    def add(self, text: str, offset: int) -> None:
        """Append ``text``, every character of it standing at source ``offset``."""
        self.chars.extend(text)
        self.offsets.extend([offset] * len(text))

    def add_run(self, text: str, offset: int) -> None:
        """Append ``text`` as it stands in the source from ``offset`` on."""
        self.chars.extend(text)
        self.offsets.extend(range(offset, offset + len(text)))

    def segment(self, end: int, role: str, field: str = "", entry: str = "") -> Segment:
        """The decoded text as a segment; ``end`` is the source offset after it."""
        text = "".join(self.chars)
        start = self.offsets[0] if self.offsets else end
        return Segment(text, start, role, (*self.offsets, end), field, (), entry)


@dataclass(frozen=True)
class Document:
    """A whole source file and the segments of it that are checked."""

    source: str
    segments: tuple[Segment, ...]
    path: str = "-"
    _line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    #: The prose as it reads once a reader has decoded the source's escapes (a LaTeX
    #: document's ``Ky\\=oto`` reads ``Kyōto``); None when the source reads as it stands.
    decoded: str | None = field(default=None, repr=False, compare=False)

    @property
    def written(self) -> str:
        """The text whose habits are the writer's (long marks, apostrophes): the source,
        or the prose a reader decoded from it.

        >>> Document("Ky\\\\=oto", (), decoded="Kyōto").written, Document.from_text("Tōkyō").written
        ('Kyōto', 'Tōkyō')
        """
        return self.source if self.decoded is None else self.decoded

    @classmethod
    def from_text(cls, text: str, path: str = "-", role: str = PROSE) -> Document:
        """A plain-text document checked as one segment."""
        return cls(source=text, segments=(Segment(text, 0, role),), path=path)

    def _starts(self) -> tuple[int, ...]:
        """Offsets where lines start; a line ends at LF, CRLF or a bare CR."""
        if not self._line_starts:
            source = self.source
            if "\r" in source:
                starts = [0, *(m.end() for m in _LINE_BREAK.finditer(source))]
            else:
                starts = [0]
                find = source.find
                i = find("\n")
                while i != -1:
                    starts.append(i + 1)
                    i = find("\n", i + 1)
            object.__setattr__(self, "_line_starts", tuple(starts))
        return self._line_starts

    def line_span(self, offset: int) -> tuple[int, int]:
        """Source offsets of the start and end (before its line break) of the line
        holding ``offset``.

        >>> Document.from_text("ab\\rcd\\r\\nef").line_span(4)
        (3, 5)
        """
        starts = self._starts()
        line = bisect.bisect_right(starts, offset) - 1
        end = starts[line + 1] if line + 1 < len(starts) else len(self.source)
        while end > starts[line] and self.source[end - 1] in "\r\n":
            end -= 1
        return starts[line], end

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset, counted in code points."""
        starts = self._starts()
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """The source offset of a 1-based (line, column)."""
        starts = self._starts()
        return starts[line - 1] + column - 1
