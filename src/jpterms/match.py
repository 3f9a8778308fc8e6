"""A lookup result: the Japanese a romanised query stands for, with its reading and English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Match"]


@dataclass(frozen=True)
class Match:
    """One lookup result."""

    kanji: str
    kana: str
    romaji: str
    english: str
    source: str
    score: float
    words: tuple[Match, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The JSON form used by ``jpterms lookup --format json``."""
        out: dict[str, Any] = {
            "kanji": self.kanji, "kana": self.kana, "romaji": self.romaji,
            "english": self.english, "source": self.source, "score": round(self.score, 3),
        }
        if self.words:
            out["words"] = [w.as_dict() for w in self.words]
        return out
