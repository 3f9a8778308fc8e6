"""``LanguageGuesser.stretches`` cuts a text where no run of romanised words can cross a
line end. It asks the words at a line's ends only where punctuation there leaves the
answer open (a quote or emphasis mark opening it, an apostrophe ending it); these tests
prove the cuts are the ones asking every line gives, and count the questions, never time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jpterms import language
from jpterms.language import LanguageGuesser

_DATA = Path(__file__).parent / "data"


def _every_line_asked(text: str) -> list[tuple[int, int]]:
    """The cuts when each line's first and last word are asked (the reference)."""
    out: list[tuple[int, int]] = []
    begin = at = 0
    ends_run = False
    for line in text.split("\n"):
        words = line.split(None, 1)
        if words:
            if at > begin and (ends_run or language._breaks_before(words[0])):
                out.append((begin, at))
                begin = at
            ends_run = language._breaks_after(line.rsplit(None, 1)[-1])
        at += len(line) + 1
    if begin < len(text) or not out:
        out.append((begin, len(text)))
    return out


def _texts() -> list[str]:
    edges = ["", "\n", "a", "(a\nb)", "‘a’\n*b*\nc'\nd’\n'e\n", "x.\n\n  (y\u3000z.)\n\xa0w",
             "Abe, Shinzō. *Utsukushii kuni e*.\nTōkyō: Bungei\nShunjū", "...\n'\n’\n"]
    return [p.read_text(encoding="utf-8") for p in sorted(_DATA.rglob("*.md"))] + edges


def test_the_cuts_are_those_of_every_line_asked() -> None:
    for text in _texts():
        assert LanguageGuesser.stretches(text) == _every_line_asked(text), repr(text[:60])


def test_only_lines_whose_ends_leave_it_open_are_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    before, after = language._breaks_before, language._breaks_after

    def count(ask):  # type: ignore[no-untyped-def]
        def counted(raw: str) -> bool:
            asked.append(raw)
            return ask(raw)  # type: ignore[no-any-return]
        return counted

    monkeypatch.setattr(language, "_breaks_before", count(before))
    monkeypatch.setattr(language, "_breaks_after", count(after))
    lines = 0
    for text in _texts():
        LanguageGuesser.stretches(text)
        lines += sum(1 for line in text.split("\n") if line.strip())
    assert lines > 1000
    assert len(asked) * 4 < lines, (len(asked), lines)  # each line's two ends were asked
