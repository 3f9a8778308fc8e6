"""Footnote markers that do not match the notes they point to (``footnote`` kind).

Footnote structure spans the whole document, so this rule reads the full text
rather than one segment at a time. It collects the markers in the running
text (``(footnote:ⅳ)``, ``(footnote:4)``, ``[4]``, ``⁴`` and Markdown's
``[^4]``), finds the notes list (the numbered list after the last paragraph
that carries a marker, or Markdown's ``[^4]:`` definitions) and compares the
two:

* ``JP801`` a marker cited twice where a listed note is never cited and would
  fit exactly there (``ⅴ ⅵ ⅵ ⅷ`` with notes 1–8: the second ``ⅵ`` is ``ⅶ``);
* ``JP802`` a marker out of order (``1 3 2 4``);
* ``JP803`` a marker with no note, or a note that is never cited.

Citing a note again on purpose is fine; it is only reported when a note is
missing at that very place.

>>> from jpterms.document import Document
>>> from jpterms.rules.base import Context
>>> text = "A.(footnote:1) B.(footnote:1) C.(footnote:3)\\n\\n1. x\\n2. y\\n3. z\\n"
>>> [(f.code, f.text, f.suggestions) for f in findings(Context(Document.from_text(text)))]
[('JP801', '(footnote:1)', ('(footnote:2)',))]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jpterms.findings import Finding
from jpterms.rules.base import Context, Rule

KIND = "footnote"

DUPLICATE = Rule(
    code="JP801",
    kind=KIND,
    name="duplicate-footnote-marker",
    summary="A footnote marker is repeated where a note that is never cited belongs.",
    bad=(
        "Tokyo and London signed a memorandum.(footnote:ⅰ)\n"
        "They held a cyber dialogue.(footnote:ⅱ) The ministers met.(footnote:ⅱ)\n"
        "\n"
        "  1. Ministry of Defense, memorandum.\n"
        "  2. Ministry of Foreign Affairs, dialogue.\n"
        "  3. Ministry of Internal Affairs, joint statement.\n",
        "The memo was signed.[^1] The dialogue followed.[^1]\n"
        "\n"
        "[^1]: Memorandum.\n"
        "[^2]: Dialogue.\n",
    ),
    good=(
        "Tokyo and London signed a memorandum.(footnote:ⅰ)\n"
        "They held a cyber dialogue.(footnote:ⅱ) The ministers met.(footnote:ⅲ)\n"
        "\n"
        "  1. Ministry of Defense, memorandum.\n"
        "  2. Ministry of Foreign Affairs, dialogue.\n"
        "  3. Ministry of Internal Affairs, joint statement.\n",
        # Citing the same note again is fine when no note is left out.
        "The memo was signed.[1] It was reaffirmed later.[1] A dialogue followed.[2]\n"
        "\n"
        "[1] Ministry of Defense, memorandum.\n"
        "[2] Ministry of Foreign Affairs, dialogue.\n",
    ),
)

OUT_OF_ORDER = Rule(
    code="JP802",
    kind=KIND,
    name="footnote-out-of-order",
    summary="Footnote markers are not numbered in the order they appear.",
    bad=(
        "The memo was signed.¹ The dialogue followed.³ The ministers met.²\n"
        "\n"
        "1. Memorandum.\n"
        "2. Dialogue.\n"
        "3. Joint statement.\n",
        "First.(footnote:ⅰ) Second.(footnote:ⅲ) Third.(footnote:ⅱ)\n",
    ),
    good=(
        "The memo was signed.¹ The dialogue followed.² The ministers met.³\n"
        "\n"
        "1. Memorandum.\n"
        "2. Dialogue.\n"
        "3. Joint statement.\n",
    ),
)

UNMATCHED = Rule(
    code="JP803",
    kind=KIND,
    name="footnote-without-note",
    summary="A footnote marker has no note in the notes list, or a note is never cited.",
    bad=(
        "The memo was signed.(footnote:1) The dialogue followed.(footnote:2)\n\n1. Memorandum.\n",
        "The memo was signed.(footnote:1)\n\n1. Memorandum.\n2. Dialogue.\n",
        "The memo was signed.[^memo]\n\n[^memo-2012]: Memorandum of June 3, 2012.\n",
    ),
    good=(
        "The memo was signed.(footnote:1) The dialogue followed.(footnote:2)\n"
        "\n"
        "1. Memorandum.\n"
        "2. Dialogue.\n",
        "The memo was signed.[^memo]\n\n[^memo]: Memorandum of June 3, 2012.\n",
        # A numbered list with no markers anywhere is not a notes list.
        "Steps:\n\n1. Open the file.\n2. Check it.\n\nThat is all.\n",
    ),
)

RULES: tuple[Rule, ...] = (DUPLICATE, OUT_OF_ORDER, UNMATCHED)

# --------------------------------------------------------------------------
# Numerals
# --------------------------------------------------------------------------

_SMALL_ROMAN = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
_CAPITAL_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ASCII_ROMAN = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN_VALUES = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def numeral_value(numeral: str) -> int | None:
    """The value of a footnote numeral, or None.

    >>> [numeral_value(n) for n in ("7", "ⅶ", "Ⅶ", "vii", "XII", "¹²", "x7")]
    [7, 7, 7, 7, 12, 12, None]
    """
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    if len(numeral) == 1 and numeral in _SMALL_ROMAN:
        return _SMALL_ROMAN.index(numeral) + 1
    if len(numeral) == 1 and numeral in _CAPITAL_ROMAN:
        return _CAPITAL_ROMAN.index(numeral) + 1
    if numeral and all(c in _SUPERSCRIPT for c in numeral):
        return int("".join(str(_SUPERSCRIPT.index(c)) for c in numeral))
    if numeral and _ASCII_ROMAN.fullmatch(numeral.lower()):
        total, rest = 0, numeral.lower()
        for value, letters in _ROMAN_VALUES:
            while rest.startswith(letters):
                total += value
                rest = rest[len(letters) :]
        return total
    return None


def _roman(value: int) -> str:
    out = []
    for amount, letters in _ROMAN_VALUES:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def format_numeral(value: int, like: str) -> str:
    """``value`` written in the numeral style of ``like``.

    >>> [format_numeral(7, like) for like in ("6", "ⅵ", "Ⅵ", "vi", "VI", "⁶")]
    ['7', 'ⅶ', 'Ⅶ', 'vii', 'VII', '⁷']
    """
    if like.isascii() and like.isdigit():
        return str(value)
    if like[0] in _SMALL_ROMAN:
        return _SMALL_ROMAN[value - 1] if 1 <= value <= 12 else _roman(value)
    if like[0] in _CAPITAL_ROMAN:
        return _CAPITAL_ROMAN[value - 1] if 1 <= value <= 12 else _roman(value).upper()
    if like[0] in _SUPERSCRIPT:
        return "".join(_SUPERSCRIPT[int(d)] for d in str(value))
    return _roman(value).upper() if like.isupper() else _roman(value)


# --------------------------------------------------------------------------
# Markers and notes
# --------------------------------------------------------------------------

_ROMAN_CLASS = f"[{_SMALL_ROMAN}{_CAPITAL_ROMAN}]"
_PAREN_MARKER = re.compile(
    rf"(?P<pre>\((?:footnote|fn)\s*:?\s*)(?P<num>\d{{1,3}}|{_ROMAN_CLASS}|[ivxlcIVXLC]{{1,7}})"
    r"(?P<post>\s*\))",
    re.IGNORECASE,
)
_BRACKET_MARKER = re.compile(  # the look-behind after the bracket: the engine skips to "["
    r"(?P<pre>\[)(?<![!\[\]\\]\[)(?P<num>[1-9]\d{0,2})(?P<post>\])(?![:\[_]|\((?!\)))"
)  # "[14]()": a link to nothing, an extract's citation; "[1]_": reStructuredText's (below)
# "[3][4]": citations run together, as Wikipedia and its extracts write them. The single
# marker above refuses a bracket next to another ("[text][1]" is a Markdown link), so a
# run of two or more numbered brackets is read as one marker each, unless the document
# defines one of them as a link reference ("[4]: https://...").
# (the look-behind after the first bracket, as above: the engine then skips to "[")
_BRACKET_RUN = re.compile(r"\[(?<![!\]\\\d_]\[)[1-9]\d{0,2}\](?:\[[1-9]\d{0,2}\])+(?![(:\[])")
_BRACKET_IN_RUN = re.compile(r"\[(?P<num>[1-9]\d{0,2})\]")
_LINK_DEFINITION = re.compile(r"^[ ]{0,3}\[([1-9]\d{0,2})\]:", re.MULTILINE)
_LONE_BRACKET = re.compile(r"^[ \t]*\[(?P<n>[1-9]\d{0,2})\][ \t]*$", re.MULTILINE)
_SUPER_MARKER = re.compile(rf"(?P<pre>)(?P<num>[{_SUPERSCRIPT}]+)(?P<post>)")
#: Signs written in superscript beside superscript digits: a formula or a score, not a note.
_SUPERSCRIPT_SIGNS = frozenset("⁽⁾⁻⁺⁼")
_UNIT_BEFORE = re.compile(r"(?:\d|\b(?:[kcmdµμ]?m|ft|in|s|x|y|n|e|cm|km))$")
_MD_REF = re.compile(r"(?P<pre>\[\^)(?P<num>[^\]\s]+)(?P<post>\])(?!:)")
_MD_DEF = re.compile(r"^[ ]{0,3}(?P<pre>\[\^)(?P<num>[^\]\s]+)(?P<post>\]):", re.MULTILINE)
#: reStructuredText's footnotes: a reference ``[1]_`` (``[#note]_``, or ``[#]_`` and ``[*]_``
#: numbered by the renderer), and the note ``.. [1] text``.
_RST_REF = re.compile(r"(?P<pre>\[)(?P<num>[1-9]\d{0,2}|#[\w-]*|\*)(?P<post>\]_)(?![\w])")
_RST_DEF = re.compile(r"^[ \t]*\.\.[ \t]+(?P<pre>\[)(?P<num>[1-9]\d{0,2}|#[\w-]*|\*)(?P<post>\])",
                      re.MULTILINE)
_NOTE_ITEM = re.compile(
    r"^[ \t]*(?:"
    rf"(?P<pre>)(?P<num>\d{{1,3}}|{_ROMAN_CLASS}|[ivx]{{1,6}})(?P<post>[.)])"
    r"|\((?P<paren>\d{1,3})\)"
    r"|\[(?P<bracket>\d{1,3})\]"
    rf"|(?P<sup>[{_SUPERSCRIPT}]+)"
    r")[ \t][^\S\n]*\S"  # (a no-break space may follow the space: "[130] \xa0 Cauuet")
    # "[7]" alone on its line: a note whose text is missing (Wikipedia's extracts drop
    # their citation templates), still the note the marker points to
    r"|^[ \t]*\[(?P<empty>[1-9]\d{0,2})\][ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Marker:
    """A footnote marker (or a note's label) in the source."""

    start: int
    end: int
    #: The numeral or label as written (``ⅵ``, ``12``, ``memo``).
    label: str
    #: What marker and note are matched on: the number, or the label's casefold.
    key: int | str
    #: The text around the numeral, to write a corrected marker.
    pre: str = ""
    post: str = ""
    #: Whether markers of this style are expected in ascending order.
    ordered: bool = True
    #: A note whose text is missing (``[7]`` alone on its line): a marker may point to
    #: it, but it is not reported when nothing cites it, as nothing is lost.
    empty: bool = False

    @property
    def value(self) -> int | None:
        return self.key if isinstance(self.key, int) else None

    def rewritten(self, value: int) -> str:
        """This marker with its number replaced by ``value``."""
        return f"{self.pre}{format_numeral(value, self.label)}{self.post}"


def _marker(m: re.Match[str], ordered: bool = True) -> Marker | None:
    label = m.group("num")
    value = numeral_value(label)
    if value is None:
        return None
    return Marker(m.start(), m.end(), label, value, m.group("pre"), m.group("post"), ordered)


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _numbered_markers(text: str) -> list[Marker]:
    """Markers of the numbered family, in text order."""
    found: list[Marker] = []
    for m in _PAREN_MARKER.finditer(text):
        if (marker := _marker(m)) is not None:
            found.append(marker)
    for m in _BRACKET_MARKER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip() in ("", ".."):
            continue  # "[1] Author, title": an item of a citation list (".. [1]" in RST)
        # Numeric citation styles may list references alphabetically: no order check.
        if (marker := _marker(m, ordered=False)) is not None:
            found.append(marker)
    runs = [m for m in _BRACKET_RUN.finditer(text) if "][" in m.group()]
    if runs:
        links = set(_LINK_DEFINITION.findall(text))
        for run in runs:
            line_start = text.rfind("\n", 0, run.start()) + 1
            numbers = _BRACKET_IN_RUN.findall(run.group())
            if not text[line_start : run.start()].strip() or links.intersection(numbers):
                continue  # a citation list's item, or Markdown reference links
            for m in _BRACKET_IN_RUN.finditer(text, run.start(), run.end()):
                value = int(m.group("num"))
                found.append(Marker(m.start(), m.end(), m.group("num"), value, "[", "]", False))
    superscripts = any(c in text for c in _SUPERSCRIPT)  # most texts have none
    for m in _SUPER_MARKER.finditer(text) if superscripts else ():
        before = text[max(0, m.start() - 3) : m.start()]
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not before or before[-1].isspace() or not text[line_start : m.start()].strip():
            continue
        if _UNIT_BEFORE.search(before) or text[m.end() : m.end() + 1].isalnum():
            continue  # km², x², 10³
        if before[-1] in _SUPERSCRIPT_SIGNS or text[m.end() : m.end() + 1] in _SUPERSCRIPT_SIGNS:
            continue  # a tie-break's score, 7–6⁽⁷⁻⁴⁾, or a formula: x⁻¹, 2⁽ⁿ⁾
        if (marker := _marker(m)) is not None:
            found.append(marker)
    found.sort(key=lambda k: k.start)
    return found


@dataclass(frozen=True)
class _Item:
    line: int
    start: int  # offset of the item label
    end: int
    value: int
    label: str
    empty: bool = False
    #: How the label is written: "num" (3. or 3)), "paren" ((3)), "bracket" ([3], and a
    #: note whose text is missing), "sup" (³).
    kind: str = "num"


#: What a line that is a note item may begin with (or with a space or tab before it, or a
#: digit of any script: ``\d``): a line beginning otherwise is not matched against
#: :data:`_NOTE_ITEM` (most lines of a text, each a regex call).
#: What a line's first character after its spaces and tabs must be for _NOTE_ITEM to match
#: there: after a line end (the regex engine skips ahead to each), or at the text's start.
_NOTE_LINE = re.compile(rf"\n[ \t]*[\d{_SMALL_ROMAN}{_CAPITAL_ROMAN}ivx(\[{_SUPERSCRIPT}]")
_NOTE_LINE_START = re.compile(_NOTE_LINE.pattern[2:])


def _note_lines(text: str, starts: Sequence[int]) -> list[int]:
    """The lines (indexes in ``starts``) that may hold a note's label: a line whose first
    character after spaces and tabs is a digit, a roman numeral, a bracket or a superscript
    digit, found by one scan of the text (PDF-extracted text indents thousands of lines).

    >>> text = "Prose.\\n  12. A note\\n\\tnot one\\n[3] Another"
    >>> _note_lines(text, _line_starts(text))
    [1, 3]
    """
    found = [0] if _NOTE_LINE_START.match(text) else []
    found += [bisect.bisect_left(starts, m.start() + 1) for m in _NOTE_LINE.finditer(text)]
    return found


def _note_items(text: str, starts: Sequence[int]) -> list[_Item]:
    items = []
    for line in _note_lines(text, starts):
        start = starts[line]
        stop = text.find("\n", start)
        m = _NOTE_ITEM.match(text, start, len(text) if stop == -1 else stop)
        if m is None:
            continue
        groups = ("num", "paren", "bracket", "sup", "empty")
        name = next(g for g in groups if m.group(g) is not None)
        value = numeral_value(m.group(name))
        if value is None or value == 0:
            continue
        label_start = m.start(name) - (1 if name in ("paren", "bracket", "empty") else 0)
        label_end = m.end(name) + 1 if name != "sup" else m.end(name)
        items.append(_Item(line, label_start, label_end, value, m.group(name), name == "empty",
                           "bracket" if name == "empty" else name))
    return items


def _notes_list(
    text: str, markers: list[Marker]
) -> tuple[dict[int | str, Marker] | None, tuple[int, int]]:
    """The numbered notes list after the last marker, and the span of text it covers."""
    starts = _line_starts(text)
    items = _note_items(text, starts)
    item_lines = {item.line for item in items}
    marker_lines = [bisect.bisect_right(starts, k.start) - 1 for k in markers]
    # The last marker outside list items; a marker inside a note does not count,
    # unless every marker stands in list items (a numbered list citing notes).
    prose_lines = [line for line in marker_lines if line not in item_lines] or marker_lines
    after = [item for item in items if item.line > max(prose_lines)]
    if not after:
        return None, (0, 0)
    # Numbering starting again (a list, then the notes) begins a new list: keep the last.
    first = 0
    for i in range(1, len(after)):
        if after[i].value <= after[i - 1].value:
            first = i
    run = after[first:]
    # A label written another way begins another list too (an RFC's references [1]-[3],
    # then its sections "7.  Security Considerations"): keep the part the markers cite most.
    parts = [[run[0]]]
    for item in run[1:]:
        if item.kind == parts[-1][-1].kind:
            parts[-1].append(item)
        else:
            parts.append([item])
    if len(parts) > 1:
        cited = {k.key for k in markers}
        run = max(parts, key=lambda part: sum(item.value in cited for item in part))
    notes: dict[int | str, Marker] = {}
    for item in run:
        notes.setdefault(
            item.value,
            Marker(item.start, item.end, item.label, item.value, empty=item.empty),
        )
    last_line = run[-1].line
    end = starts[last_line + 1] if last_line + 1 < len(starts) else len(text)
    return notes, (run[0].start, end)


def _markdown(text: str) -> tuple[list[Marker], dict[int | str, Marker]]:
    if "[^" not in text:
        return [], {}  # (most texts: the definitions' pattern tries every line's start)
    refs = []
    for m in _MD_REF.finditer(text):
        label = m.group("num")
        value = numeral_value(label) if label.isdigit() else None
        key: int | str = value if value is not None else label.casefold()
        refs.append(Marker(m.start(), m.end(), label, key, m.group("pre"), m.group("post")))
    defs: dict[int | str, Marker] = {}
    for m in _md_definitions(text):
        label = m.group("num")
        value = numeral_value(label) if label.isdigit() else None
        key = value if value is not None else label.casefold()
        defs.setdefault(key, Marker(m.start(), m.end() - 1, label, key))
    return refs, defs


def _md_definitions(text: str) -> Iterator[re.Match[str]]:
    """What ``_MD_DEF.finditer(text)`` finds, tried only at the lines where a ``[^`` stands
    after at most three spaces (the pattern, tried at every line's start, took ~5 ms of 1 MB).

    >>> [m.group("num") for m in _md_definitions("A.[^1]\\n[^1]: Sato.\\n   [^n]: Abe.\\n    [^x]: no")]
    ['1', 'n']
    """
    at = text.find("[^")
    while at != -1:
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start <= 3 and text[line_start:at] == " " * (at - line_start):
            m = _MD_DEF.match(text, line_start)
            if m is not None:
                yield m
        at = text.find("[^", at + 2)


def _restructured(text: str) -> tuple[list[Marker], dict[int | str, Marker]]:
    """reStructuredText's footnote references and notes (``[1]_``, ``.. [1]``), or none
    where the renderer numbers some (``[#]_``, ``[*]_``: their numbers are not written).
    A note may be cited again anywhere, and in any order, as the writer numbers it.

    >>> refs, notes = _restructured("Rejected [4]_ and patched [1]_.\\n\\n.. [1] Patch.\\n.. [4] Rejection.\\n")
    >>> [k.label for k in refs], sorted(notes)
    (['4', '1'], [1, 4])
    """
    if "]_" not in text:
        return [], {}
    refs = []
    for m in _RST_REF.finditer(text):
        label = m.group("num")
        if label in ("#", "*"):
            return [], {}
        key: int | str = int(label) if label.isdigit() else label.casefold()
        refs.append(Marker(m.start(), m.end(), label, key, m.group("pre"), m.group("post"), False))
    defs: dict[int | str, Marker] = {}
    for m in _RST_DEF.finditer(text):
        label = m.group("num")
        if label in ("#", "*"):
            return [], {}
        key = int(label) if label.isdigit() else label.casefold()
        defs.setdefault(key, Marker(m.start("pre"), m.end("post"), label, key))
    return refs, defs


# --------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Indices of one longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []  # tails[k]: index ending the best run of length k + 1
    tail_values: list[int] = []  # values[tails[k]], kept beside it (not rebuilt per value)
    previous: list[int] = [-1] * len(values)
    for i, v in enumerate(values):
        lo = bisect.bisect_left(tail_values, v)
        if lo > 0:
            previous[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
            tail_values.append(v)
        else:
            tails[lo] = i
            tail_values[lo] = v
    keep: set[int] = set()
    i = tails[-1] if tails else -1
    while i != -1:
        keep.add(i)
        i = previous[i]
    return keep


def _compare(
    ctx: Context,
    markers: list[Marker],
    notes: dict[int | str, Marker] | None,
) -> Iterator[Finding]:
    """Findings for one family of markers against its notes (None: no notes list): the
    markers with no note or cited twice (:func:`_unmatched`), the first citations out of
    order (:func:`_out_of_order`), and the notes never cited."""
    missing = _never_cited(markers, notes)
    flagged: set[int] = set()
    yield from _unmatched(ctx, markers, notes, missing, flagged)
    yield from _out_of_order(ctx, markers, flagged)
    if notes is not None:
        for key in missing:
            note = notes[key]
            message = f"note {note.label} is never cited in the text"
            yield ctx.make(note.start, note.end, UNMATCHED, message)


def _never_cited(markers: list[Marker],
                 notes: dict[int | str, Marker] | None) -> list[int | str]:
    """The keys of the notes no marker cites, numbers first; with no notes list, the
    gaps in the run of numbered markers, where they are a run at all.

    >>> _never_cited([], None)
    []
    """
    cited = {k.key for k in markers}
    numbers = sorted(k for k in cited if isinstance(k, int))
    if notes is not None:
        return sorted(
            (k for k in notes if k not in cited and not notes[k].empty),
            key=lambda k: (isinstance(k, str), str(k)),
        )
    if numbers and 2 * len(numbers) > numbers[-1] - numbers[0] + 1:
        # No notes list: the gaps in the run of markers are the never-cited notes, but
        # only where the markers are a run at all (most numbers of their span cited);
        # sparse ones are indexes, ``README.rst[14]`` ... ``[42]``, not footnotes.
        return [n for n in range(numbers[0], numbers[-1]) if n not in cited]
    return []


def _fitting(markers: list[Marker], i: int, free_numbers: list[int]) -> int | None:
    """A never-cited note number (of ``free_numbers``) that fits between the neighbours of
    marker ``i``."""
    low = markers[i - 1].value if i > 0 else 0
    high = markers[i + 1].value if i + 1 < len(markers) else None
    if low is None:
        return None
    for n in free_numbers:
        if low < n and (high is None or n < high):
            return n
    return None


def _unmatched(ctx: Context, markers: list[Marker], notes: dict[int | str, Marker] | None,
               missing: list[int | str], flagged: set[int]) -> Iterator[Finding]:
    """Findings for the markers that cite no note of the notes list, or cite one again,
    rewritten to a never-cited note that fits where there is one (taken out of
    ``missing``); each such marker's index goes into ``flagged``."""
    free_numbers = [n for n in missing if isinstance(n, int)]
    counts: dict[int | str, int] = {}
    for k in markers:
        counts[k.key] = counts.get(k.key, 0) + 1
    for i, k in enumerate(markers):
        unknown = notes is not None and k.key not in notes
        if not unknown and counts[k.key] < 2:
            continue
        n = _fitting(markers, i, free_numbers)
        if n is not None:
            free_numbers.remove(n)
            missing.remove(n)
            flagged.add(i)
            if unknown:
                message = f"footnote {k.label} has no note; note {n} is never cited"
                yield ctx.make(k.start, k.end, UNMATCHED, message, (k.rewritten(n),))
            else:
                message = f"footnote {k.label} is cited again where note {n}, never cited, belongs"
                yield ctx.make(k.start, k.end, DUPLICATE, message, (k.rewritten(n),))
        elif unknown:
            flagged.add(i)
            message = f"footnote {k.label} has no note in the notes list"
            yield ctx.make(k.start, k.end, UNMATCHED, message)


def _out_of_order(ctx: Context, markers: list[Marker],
                  flagged: set[int]) -> Iterator[Finding]:
    """Findings for the first citations of notes that are out of ascending order (those
    off the longest increasing run), each named after the nearest kept one before it
    (else after it); markers already ``flagged`` are left out."""
    seen: set[int | str] = set()
    firsts: list[int] = []
    for i, k in enumerate(markers):
        if k.key not in seen and k.value is not None and k.ordered and i not in flagged:
            firsts.append(i)
        seen.add(k.key)
    values = [markers[i].value or 0 for i in firsts]
    keep = _longest_increasing(values)
    lowest = min(values, default=1)
    contiguous = sorted(values) == list(range(lowest, lowest + len(values)))
    kept_before, kept_after = _nearest_kept(len(firsts), keep)
    for rank, i in enumerate(firsts):
        if rank in keep:
            continue
        k = markers[i]
        before, after = kept_before[rank], kept_after[rank]
        if before is not None:
            message = f"footnote {k.label} comes after footnote {markers[firsts[before]].label}"
        else:
            assert after is not None  # keep holds one rank at least
            message = f"footnote {k.label} comes before footnote {markers[firsts[after]].label}"
        expected = lowest + rank if contiguous else None
        suggestions = (k.rewritten(expected),) if expected is not None else ()
        yield ctx.make(k.start, k.end, OUT_OF_ORDER, message, suggestions)


def _nearest_kept(size: int, keep: set[int]
                  ) -> tuple[list[int | None], list[int | None]]:
    """The nearest rank of ``keep`` before and after each of ``size`` ranks, in two passes
    (not a scan of every rank for each marker out of order).

    >>> _nearest_kept(4, {0, 2})
    ([None, 0, 0, 2], [2, 2, None, None])
    """
    kept_before: list[int | None] = []
    last: int | None = None
    for rank in range(size):
        kept_before.append(last)
        if rank in keep:
            last = rank
    kept_after: list[int | None] = [None] * size
    last = None
    for rank in range(size - 1, -1, -1):
        kept_after[rank] = last
        if rank in keep:
            last = rank
    return kept_before, kept_after


#: An array indexed from zero (``args[0]``): footnotes are numbered from one, code is not.
_ZERO_INDEX = re.compile(r"\w\[0\]")
_QUOTES = {"'": "'", '"': '"', "`": "`", "‘": "’", "“": "”"}


def _indexes_from_zero(text: str) -> bool:
    """Whether :data:`_ZERO_INDEX` is found in ``text``: each ``[0]`` is looked at (found
    at C speed) instead of every character of the text (regex's ``\\w``: alphanumeric
    or ``_``).

    >>> _indexes_from_zero("args[0] = a"), _indexes_from_zero("[0] and ([0])")
    (True, False)
    """
    at = text.find("[0]", 1)
    while at != -1:
        before = text[at - 1]
        if before.isalnum() or before == "_":
            return True
        at = text.find("[0]", at + 1)
    return False


def _mentioned_or_indexed(text: str, markers: list[Marker]) -> list[Marker]:
    """The markers less the brackets that cite nothing: one quoted as a literal (the job
    labeled '[4]'), and, in a text that indexes arrays from zero anywhere, a bracket glued
    to a name (``args[1]``, ``element_types[1] = NULL``).

    >>> text = "args[0] = a; args[1] = b; see note.[2] The job '[3]'."
    >>> [k.label for k in _mentioned_or_indexed(text, _numbered_markers(text))]
    ['2']
    """
    indexes = _indexes_from_zero(text)
    kept = []
    for k in markers:
        if k.pre == "[" and k.start:
            before = text[k.start - 1]
            if indexes and (before.isalnum() or before == "_"):
                continue
            if before in _QUOTES and text.startswith(_QUOTES[before], k.end):
                continue
        kept.append(k)
    return kept


def _cites_by_number(markers: list[Marker]) -> bool:
    """Whether bracketed markers cite a numbered list of references, as an RFC or a paper
    in a numeric style does, rather than notes: their first citations are out of order in
    two places or more (references are numbered by their list, cited in any order and as
    often as needed, and some are listed for reading, never cited), so nothing is said
    of a marker "cited again" or a reference "never cited". Notes are numbered as the text
    first cites them.

    >>> text = "Labels [1] stack [2] as in [5], [9] and [4]; see [3] and [6], [1]."
    >>> _cites_by_number(_numbered_markers(text))
    True
    >>> _cites_by_number(_numbered_markers("A.[1] B.[2] C.[2] D.[4]"))
    False
    """
    if any(k.pre != "[" for k in markers):
        return False
    seen: set[int | str] = set()
    firsts: list[int] = []
    for k in markers:
        if k.key not in seen and k.value is not None:
            firsts.append(k.value)
        seen.add(k.key)
    return len(firsts) - len(_longest_increasing(firsts)) >= 2


#: How a note item that is surely a note opens: "[3]", "(3)", "³" (not "3." or "3)").
_NOTE_OPENERS = frozenset("[(" + _SUPERSCRIPT)


def _one_style(markers: list[Marker]) -> list[Marker]:
    """The markers of the style that writes the most numbers (brackets, superscripts, or
    ``(footnote:…)``), where more than one occurs: a text cites its notes one way, and
    the odd others are something else, a quotation's own note number (``Chrestus,⁷⁵``
    in a text that cites ``[24]``), a manuscript's siglum (``B²``) or a verse number.

    >>> text = "Rome.[1] Chrestus,⁷⁵ he said.[2]"
    >>> [k.label for k in _one_style(_numbered_markers(text))]
    ['1', '2']
    >>> text = "Order _p_², _p_³ and _p_² again.[1] Abelian.[2] Cyclic.[3]"
    >>> [k.label for k in _one_style(_numbered_markers(text))]
    ['1', '2', '3']
    """
    styles: dict[str, set[int | str]] = {}
    for k in markers:
        styles.setdefault(k.pre[:1], set()).add(k.key)
    if len(styles) < 2:
        return markers
    # counted by the numbers each style writes: notes are numbered on, while powers
    # repeat (p², p³ beside notes [1] to [11])
    ranked = sorted(map(len, styles.values()), reverse=True)
    if ranked[0] == ranked[1]:
        return markers  # no style prevails
    style = max(styles, key=lambda pre: len(styles[pre]))
    return [k for k in markers if k.pre[:1] == style]


_BRACKETED = re.compile(r"\[([1-9]\d{0,2})\]")
_SUPERSCRIPTED = re.compile(f"[{_SUPERSCRIPT}]+")


def _cited_as_written(before: str, notes: dict[int | str, Marker],
                      cited: set[int | str]) -> dict[int | str, Marker]:
    """The notes less those whose number the text before them writes in brackets or in
    superscript where no marker was read: an extract's ``1989[26][27]``, ``_Grokster,
    Ltd._[5][6]``, a run of citations alone on its line or ``the 1420⁷ Law`` still cites
    them, so they are not "never cited".

    >>> notes = {n: Marker(0, 1, str(n), n) for n in (1, 2, 3)}
    >>> sorted(_cited_as_written("A.[1] Won in 1989[2][3].", notes, {1}))
    [1]
    """
    written = {int(m.group(1)) for m in _BRACKETED.finditer(before)}
    # and in superscript where no marker was read: after a number ("the 1420⁷ Law"), as
    # a power is written
    written.update(numeral_value(m.group(0)) or 0 for m in _SUPERSCRIPTED.finditer(before))
    if written <= cited:
        return notes
    return {k: v for k, v in notes.items() if k in cited or k not in written}


def _checked_text(ctx: Context) -> str | None:
    """The whole text to read, with Markdown code blanked; None for structured input and
    for a LaTeX document, whose reader decodes its source (its notes are ``\\footnote{..}``,
    numbered by LaTeX itself: no marker there is the writer's to get wrong)."""
    doc = ctx.document
    if len(doc.segments) != 1:
        return None if doc.segments else doc.source
    segment = doc.segments[0]
    if segment.offsets is not None or segment.start != 0 or len(segment.text) != len(doc.source):
        return None  # BibTeX, CSL-JSON: fields, not a running text with notes; LaTeX
    return segment.text


def findings(ctx: Context) -> Iterator[Finding]:
    """Footnote findings for the whole document."""
    text = _checked_text(ctx)
    if not text:
        return
    markers = _one_style(_mentioned_or_indexed(text, _numbered_markers(text)))
    if markers:
        notes, (start, end) = _notes_list(text, markers)
        if notes is not None:
            # "[17]" alone on a line before the notes list: a citation set on its own
            # line (after a picture or a list in an extract), not a note
            alone = [
                Marker(
                    m.start("n") - 1,
                    m.end("n") + 1,
                    m.group("n"),
                    int(m.group("n")),
                    "[",
                    "]",
                    False,
                )
                for m in _LONE_BRACKET.finditer(text, 0, start)
            ]
            markers = sorted([*markers, *alone], key=lambda k: k.start) if alone else markers
        # A marker-like "[2]" inside a note is part of the note, not a citation.
        markers = [k for k in markers if not start <= k.start < end]
        cited = {k.key for k in markers}
        if notes is not None and 2 * len(cited & notes.keys()) < len(cited):
            notes = None  # most markers have no item there: a list of steps, not the notes
        listed = [] if notes is None else [key for key, note in notes.items()
                                           if text[note.start] not in _NOTE_OPENERS]
        if listed and len(listed) == len(notes or ()) and all(k.pre == "[" for k in markers) \
                and 2 * len(cited.intersection(listed)) <= len(listed):
            # a list numbered "1." half of whose items no bracket cites: a list of steps
            # after a stray bracket (a C array's digits[1] in a manual), not the notes ("[3]"
            # and "³" items are notes whatever cites them; "(footnote:1)" is a marker surely)
            notes = None
        if notes is not None:
            # "[695]" beside notes numbered to 19: a year or a page in brackets
            top = max((k for k in notes if isinstance(k, int)), default=0)
            markers = [k for k in markers if k.pre != "[" or (k.value or 0) <= max(2 * top, 9)]
            # (read in the source as written: an extract's indented lines, which Markdown
            # takes for code, still cite a note: "Award[62]" in a list of works)
            notes = _cited_as_written(ctx.document.source[:start], notes,
                                      {k.key for k in markers})
        if markers and not _cites_by_number(markers):
            yield from _compare(ctx, markers, notes)
    refs, defs = _restructured(text)
    if refs and defs:
        yield from _compare(ctx, refs, defs)
    refs, defs = _markdown(text)
    if refs and defs:
        # Markdown's notes need both halves in one text: references with no definition
        # at all are not notes (a regular expression's [^0-9] in a manual), and a file of
        # definitions alone is the notes of a text kept in other files (a spec's
        # endnotes.md), as references alone are that text
        yield from _compare(ctx, refs, defs)
