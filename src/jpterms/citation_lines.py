"""Where a document cites: citation lines, bibliography sections and the entries in them.

Running prose may write Japanese names without macrons (Shinzo Abe, Tokyo); the checker
holds a word outside a romanised title to the style only where it stands in a citation.
A citation line is a line no longer than a note with a year and an italic or quoted
title (:func:`_citation_line`); a line longer than a note is judged piece by piece
(:class:`CitationLines`). A section headed *References* or *Bibliography* holds entries
that wrap their year or title onto other lines (:func:`wrapped_entry_lines`). Text only:
nothing here reads a word's language or spelling.

>>> _citation_line('Sato, *Nihon no kyogi* (Tokyo: Iwanami Shoten, 1990).')
True
>>> _citation_line('Sato wrote about the kyogi in 1990.')
False
>>> overlaps(merged([(5, 9), (0, 3)]), 2, 4)
True
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import repeat

from jpterms.citations import inside
from jpterms.document import Segment


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined (for :func:`overlaps`).

    >>> merged([(5, 9), (0, 3), (2, 4), (9, 10)])
    [(0, 4), (5, 9), (9, 10)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
#: A line longer than this is prose, not a citation (a note is shorter).
_CITATION_LINE = 500
#: A year: not an issue's or pull request's number (#1845, .../pull/1845, .../issues/1888), as
#: a changelog cites them (looked behind once four digits are found: as fast as no look)
#: A year (1000-2099) standing alone. The word boundary before it is tested just behind its
#: first digit, so that every match begins with a literal 1 or 2 and the regex engine skips
#: ahead to those characters (with ``\b`` first it tried every character of the text).
_YEAR = re.compile(
    r"(?:1(?<=\b1)[0-9]{3}|2(?<=\b2)0[0-9]{2})(?<!#\d{4})(?<!pull/\d{4})(?<!issues/\d{4})[a-z]?\b")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?![\s*_])([^*_\n]{2,300}?)(?<![\s*_])\1(?![\w*])")


_BIBLIOGRAPHY_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|\*\*|__)?(?:select(?:ed)?[ \t]+)?"
    r"(?:bibliography|references|works[ \t]+cited|further[ \t]+reading|reading[ \t]+list|参考文献)"
    r"[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
#: What ends such a section: the next heading (Markdown, or a line that is bold alone).
_NEXT_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|\*\*[^\n]*\*\*[ \t]*$|__[^\n]*__[ \t]*$)",
                           re.MULTILINE)


def held_to_style(segment: Segment, titles: list[tuple[int, int]],
                  entries: list[tuple[int, int]] | None, fielded: bool,
                  cited: Callable[[int, int], bool], start: int, end: int) -> bool:
    """Whether ``segment.text[start:end]`` is a citation's word held to the style outside
    the titles: in a field, on a line of a wrapped entry, or on a citation line."""
    first = segment.source_offset(start)
    if inside(first, titles):
        return False  # a title: analysed whole
    return fielded or (entries is not None and inside(first, entries)) or cited(start, end)


def _bibliography_sections(source: str) -> list[tuple[int, int]]:
    """The spans of sections headed *Bibliography*, *References*, *Works cited* (or
    参考文献): every line there is an entry or the wrapped part of one, even where
    the entry's year or title mark went onto another line.

    >>> text = "Intro 1990.\\n\\n## References\\n\\nKato. *Nihon*\\n\\n(Tokyo, 1990).\\n\\n## Next\\n"
    >>> [text[s:e].split() for s, e in _bibliography_sections(text)]
    [['Kato.', '*Nihon*', '(Tokyo,', '1990).']]
    """
    out = []
    for heading in _heading_ends(source):
        following = _NEXT_HEADING.search(source, heading)
        end = following.start() if following else len(source)
        prose = _PROSE_LINE.search(source, heading, end)  # a paragraph: the entries ended
        out.append((heading, prose.start() if prose else end))
    return out


def _heading_ends(source: str) -> list[int]:
    """Where each heading :data:`_BIBLIOGRAPHY_HEADING` finds ends, in order: the pattern
    is tried only at the start of the lines that hold one of its words, found in the text
    lower-cased (tried at every character, as ``finditer`` does, it took 19 ms of 1 MB).

    >>> _heading_ends("Intro.\\n## REFERENCES\\nSato.\\nFurther reading\\nMore reading")
    [20, 42]
    """
    if any(c in source for c in _CASE_FOLDS):
        return [m.end() for m in _BIBLIOGRAPHY_HEADING.finditer(source)]
    # the words are found in the text's UTF-8 bytes, lower-cased: bytes.lower() changes
    # ASCII letters only, and no other letter lower-cases to one (but those of
    # _CASE_FOLDS) or to more than one, so the same lines hold them as in the text
    # lower-cased, which took 4-7 ms of 1 MB written with macrons (a letter at a time)
    data = source.encode("utf-8", "surrogatepass")
    lowered = data.lower()
    starts = set()
    for word in _HEADING_WORDS:
        encoded = word.encode("utf-8")
        at = lowered.find(encoded)
        while at != -1:
            starts.add(lowered.rfind(b"\n", 0, at) + 1)
            at = lowered.find(encoded, at + 1)
    return [m.end() for m in map(_BIBLIOGRAPHY_HEADING.match, repeat(source),
                                 _character_offsets(data, sorted(starts))) if m is not None]


def _character_offsets(data: bytes, offsets: list[int]) -> list[int]:
    """Where each of the sorted ``offsets`` into ``data`` (UTF-8, each at a character's
    start) stands in the text ``data`` encodes.

    >>> _character_offsets("Tōkyō\\nKyōto".encode(), [0, 8])
    [0, 6]
    """
    out, last, at = [], 0, 0
    for offset in offsets:
        at += len(data[last:offset].decode("utf-8", "surrogatepass"))
        out.append(at)
        last = offset
    return out


#: One of these stands, lower-cased, in every heading :data:`_BIBLIOGRAPHY_HEADING` finds.
_HEADING_WORDS = ("bibliography", "references", "works", "further", "reading", "参考文献")
#: Letters a case-blind pattern takes for i, s or k that lower-case to no such letter (or,
#: for İ, to two characters): where one stands, every line is tried.
_CASE_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def wrapped_entry_lines(source: str) -> list[tuple[int, int]]:
    """The lines of bibliography sections (:func:`_bibliography_sections`) that belong to
    an entry: a short line with a year, or within two lines of one (an entry wraps its
    title and its year onto several lines). Other lines there are left to prose.

    >>> text = "## References\\n\\nSato. “Jukyu seiki no kenkyu”\\n\\n(Tokyo, 1990).\\n"
    >>> [text[s:e] for s, e in wrapped_entry_lines(text)]
    ['Sato. “Jukyu seiki no kenkyu”', '(Tokyo, 1990).']
    """
    out = []
    for begin, end in _bibliography_sections(source):
        lines = [(m.start(), m.end()) for m in _NON_BLANK_LINE.finditer(source, begin, end)]
        short = [e - s <= _CITATION_LINE for s, e in lines]
        # each run of up to three short lines under the heading: an entry with its year?
        windows = [all(short[i:i + 3]) and
                   bool(_YEAR.search(source, s, lines[min(i + 2, len(lines) - 1)][1]))
                   for i, (s, _) in enumerate(lines)]
        for i, (s, e) in enumerate(lines):
            if short[i] and any(windows[j] for j in range(max(0, i - 2), i + 1)):
                out.append((s, e))
    return out


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted, disjoint ``spans`` overlaps ``[start, end)``."""
    i = bisect.bisect_left(spans, (start, start)) - 1
    return any(s < end and start < e for s, e in spans[max(i, 0):i + 3])


_NON_BLANK_LINE = re.compile(r"^[^\n]*\S[^\n]*", re.MULTILINE)
#: A line longer than a note is prose (see :data:`_CITATION_LINE`).
_PROSE_LINE = re.compile(rf"^[^\n]{{{_CITATION_LINE + 1},}}", re.MULTILINE)


def is_bibliography(source: str) -> bool:
    """A document most of whose lines read as citations (see :func:`_in_citation`): a
    bibliography or reading list, where every romanised name, publisher and place is held
    to the style, even on a line an entry wraps onto."""
    lines = [line for line in source.splitlines() if len(line.strip()) > 3]
    if len(lines) < 5:
        return False
    total, cited = len(lines), 0
    needed = total / 2
    for judged, line in enumerate(lines, 1):
        cited += _citation_line(line)
        if cited >= needed or cited + (total - judged) < needed:
            break  # the lines judged so far decide it either way
    return cited >= needed


def citation_stretches(text: str, stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches (whole lines no run crosses) where a run may lie on a citation line:
    a line of the stretch is short enough and the stretch holds a year and a title mark
    (every line a run covers is in one stretch, so no other run can pass
    :func:`_in_citation`). The other stretches' words need no verdict."""
    out = []
    for begin, end in stretches:
        lines = text[begin:end]
        if not may_cite(lines):
            continue
        if any(len(line) <= _CITATION_LINE for line in lines.split("\n")):
            out.append((begin, end))
            continue
        # long lines only (a note that cites several works between its sentences): the
        # pieces that read as citations (no run crosses a piece's end, see :func:`_pieces`)
        at = begin
        for line in lines.split("\n"):
            if _IMPRINT.search(line) or _TITLE_THEN_DATE.search(line):
                out.extend((at + s, at + e) for s, e in _pieces(line)
                           if _cited_piece(line[s:e]))
            at += len(line) + 1
    return out


def entry_stretches(segment: Segment, text: str, entries: list[tuple[int, int]],
                    stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of a text that holds a bibliography's entries where a run may lie in an
    entry (``entries``: source spans of its lines) or on a citation line: a stretch that
    overlaps an entry whole, any other as :func:`citation_stretches` keeps it. A run lies
    in one stretch, so no run elsewhere starts in an entry or passes :func:`_in_citation`:
    the words of the rest of the text (its prose) need no verdict."""
    out = []
    for begin, end in stretches:
        if end > begin and overlaps(entries, segment.source_offset(begin),
                                    segment.source_offset(end - 1) + 1):
            out.append((begin, end))
        else:
            out.extend(citation_stretches(text, [(begin, end)]))
    return out


#: Where and by whom a cited work was published, and when: "(Tokyo: Shōbunsha, 1979".
_IMPRINT = re.compile(r"[A-Z][^\s:;,()]{1,30}:[ \t]+[^:;()\n]{2,60}?,[ \t]*(?:1[0-9]{3}|20[0-9]{2})\b")


#: A title and its date or imprint in brackets after it: "*Hokuchiku zakkō* (1675)",
#: "*Nihon to Shanhai* (Shanghai: Tairiku Shinpōsha, 1943)".
_TITLE_THEN_DATE = re.compile(r"[*_”\"][ \t]*[,.]?[ \t]*\\?\([^()\n]{0,60}?\b(?:1[0-9]{3}|20[0-9]{2})\b")


def _cited_piece(piece: str) -> bool:
    """A piece of a long line (see :func:`_pieces`) that is a citation: a title mark, a
    year, and the work's imprint (place: publisher, year) or its date in brackets after
    the title, as a note gives them; prose between the citations is not held to the
    style."""
    return _citation_line(piece) and bool(_IMPRINT.search(piece) or _TITLE_THEN_DATE.search(piece))


#: Where a piece of a long line ends: a full stop, semicolon, question or exclamation mark
#: before a space (every run ends there too).
_PIECE_END = re.compile(r"[;.?!](?=\s)")


def _pieces(line: str) -> list[tuple[int, int]]:
    """The pieces of a line longer than a note, cut after each sentence's or clause's end
    (``; ``, ``. ``): a note citing several works, and prose between them, is judged a
    piece at a time.

    >>> line = "See Sato, *Nihon* (Tokyo, 1990); Abe, *Kyoto* (1991). It rained."
    >>> [line[s:e] for s, e in _pieces(line)]
    ['See Sato, *Nihon* (Tokyo, 1990);', ' Abe, *Kyoto* (1991).', ' It rained.']
    """
    out, start = [], 0
    for m in _PIECE_END.finditer(line):
        out.append((start, m.end()))
        start = m.end()
    if start < len(line):
        out.append((start, len(line)))
    return out


def _citation_line(line: str) -> bool:
    return len(line) <= _CITATION_LINE and \
        ("*" in line or "_" in line or "“" in line or '"' in line) and bool(_YEAR.search(line))


def may_cite(text: str) -> bool:
    """Whether some lines of ``text`` may read as a citation (:func:`_citation_line` needs a
    year and an italic or quoted title): without both anywhere, none can."""
    # (the marks of _citation_line, each looked for at C speed: 9,000 texts a 1 MB check)
    return ("*" in text or "_" in text or "“" in text or '"' in text) and \
        bool(_YEAR.search(text))


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, (len(text) if last == -1 else last)


def _in_citation(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``text[start:end]`` reads as a citation: a year and an
    italic or quoted title on a line no longer than a note (a paragraph of prose that
    quotes a title is prose)."""
    first, last = _line_bounds(text, start, end)
    return _citation_line(text[first:last])


class CitationLines:
    """:func:`_in_citation` for the runs of one text, each span of lines judged once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._judged: dict[tuple[int, int], bool] = {}
        self._emphasis: dict[tuple[int, int], list[tuple[int, int]]] = {}
        #: the last line found (first, last): a long line's runs find it again at no cost
        self._line = (0, -1)
        #: a long line's pieces (see :func:`_pieces`) and where each starts, by the line
        self._pieces: dict[tuple[int, int], tuple[list[int], list[tuple[int, int]]]] = {}

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """:func:`_line_bounds`, without scanning a long line again for each of its runs
        (a single line of 8 MB took 31 s, a quarter of it 2.6 s)."""
        first, last = self._line
        if first <= start and end <= last:
            return first, last
        bounds = _line_bounds(self._text, start, end)
        if "\n" not in self._text[start:end]:
            self._line = bounds  # one line
        return bounds

    def __call__(self, start: int, end: int) -> bool:
        bounds = self._bounds(start, end)
        if bounds[1] - bounds[0] > _CITATION_LINE and "\n" not in self._text[start:end]:
            # a line longer than a note: the piece of it that holds the words
            cut = self._pieces.get(bounds)
            if cut is None:
                pieces = _pieces(self._text[bounds[0]:bounds[1]])
                cut = self._pieces[bounds] = ([s for s, _ in pieces], pieces)
            i = bisect.bisect_right(cut[0], start - bounds[0]) - 1
            if i >= 0 and start - bounds[0] < cut[1][i][1]:
                s, e = cut[1][i]
                bounds = (bounds[0] + s, bounds[0] + e)
            found = self._judged.get(bounds)
            if found is None:
                found = self._judged[bounds] = _cited_piece(self._text[bounds[0]:bounds[1]])
            return found
        found = self._judged.get(bounds)
        if found is None:
            found = self._judged[bounds] = _citation_line(self._text[bounds[0]:bounds[1]])
        return found

    def emphasised(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside *emphasis* on its lines (each span
        of lines scanned once: a long line holds many runs). Offsets are the text's, on
        every line alike (a word on a paragraph's later line counts as on its first)."""
        first, last = self._bounds(start, end)
        spans = self._emphasis.get((first, last))
        if spans is None:
            spans = self._emphasis[first, last] = [
                (m.start(2), m.end(2)) for m in _EMPHASIS.finditer(self._text, first, last)]
        return any(s <= start and end <= e for s, e in spans)
