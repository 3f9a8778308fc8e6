"""A compiled pattern that records the texts it is asked about, for the speed tests that
count work (never time): which texts a search, match, substitution or scan reached."""

from __future__ import annotations

import re
from collections.abc import Iterator


class CountingPattern:
    """``pattern``'s search, match, sub and finditer, each text asked recorded in ``asked``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.asked: list[str] = []

    def search(self, text: str) -> re.Match[str] | None:
        self.asked.append(text)
        return self.pattern.search(text)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.asked.append(text)
        return self.pattern.match(text, pos)

    def sub(self, repl: object, text: str) -> str:
        self.asked.append(text)
        return self.pattern.sub(repl, text)  # type: ignore[call-overload,no-any-return]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.asked.append(text)
        return self.pattern.finditer(text)
