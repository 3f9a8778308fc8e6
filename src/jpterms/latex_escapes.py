"""Write a fix into BibTeX in the accent style the file already uses.

A ``.bib`` file that spells ``s\\={o}bihin`` must not receive a raw ``ō`` from
``--fix``: older BibTeX and many styles mangle it, and the file's author chose
escapes. :func:`accent_style` finds the file's habit (``{\\=o}``, ``\\={o}`` or
``\\=o``, or raw Unicode) and :func:`escape` writes a replacement the same way.

>>> style = accent_style(r"title = {S\\={o}bihin yakumu sogo teikyo kyotei}")
>>> style
'\\\\{cmd}{{{base}}}'
>>> escape("sōgo teikyō", style)
's\\\\={o}go teiky\\\\={o}'
>>> accent_style("title = {Sōbihin}") is None
True
"""

from __future__ import annotations

import re
import unicodedata

#: Combining mark -> the LaTeX accent command that writes it.
ACCENT_COMMANDS = {
    "\u0304": "=",  # macron: ō
    "\u0302": "^",  # circumflex: ô
    "\u0301": "'",  # acute
    "\u0300": "`",  # grave
    "\u0308": '"',  # diaeresis
    "\u0303": "~",  # tilde
}
_CMD = "[=^'`\"~]"
#: (pattern, template) for each way of writing an accent, most specific first.
STYLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\{\\" + _CMD + r"[A-Za-z]\}"), "{{\\{cmd}{base}}}"),
    (re.compile(r"\\" + _CMD + r"\{[A-Za-z]\}"), "\\{cmd}{{{base}}}"),
    (re.compile(r"(?<!\{)\\" + _CMD + r"[A-Za-z](?!\})"), "\\{cmd}{base}"),
)
_RAW = re.compile("[" + "".join(
    unicodedata.normalize("NFC", v + m) for v in "aeiouAEIOU" for m in ACCENT_COMMANDS) + "]")


def accent_style(source: str) -> str | None:
    """The template of the accent escapes ``source`` uses most, or ``None`` when it
    writes accented letters as raw Unicode (or has none at all)."""
    counts = [(len(pattern.findall(source)), template) for pattern, template in STYLES]
    best, template = max(counts, key=lambda c: c[0])
    if best == 0 or len(_RAW.findall(source)) > best:
        return None
    return template


def escape(text: str, template: str) -> str:
    """``text`` with every accented Latin letter written with ``template``."""
    out: list[str] = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[:1], decomposed[1:]
        if len(marks) == 1 and marks in ACCENT_COMMANDS and base.isascii() and base.isalpha():
            out.append(template.format(cmd=ACCENT_COMMANDS[marks], base=base))
        else:
            out.append(char)
    return "".join(out)
