"""A lookup result: the Japanese a romanised query stands for, with its reading and English.

A :class:`Match` is immutable. Its ``romaji``, ``english`` and ``words`` may be
given as zero-argument functions, computed on first use and then kept: ranking
five readings of a title costs only the search, and romanising and glossing the
readings a caller never reads costs nothing.

>>> m = Match("協議", "きょうぎ", lambda: "Kyōgi", "consultation", "mozc", 0.8)
>>> m.romaji, m == Match("協議", "きょうぎ", "Kyōgi", "consultation", "mozc", 0.8)
('Kyōgi', True)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["LOOKUP_KINDS", "Match"]

#: What a caller may say a looked-up query is (``kind=``): a work's title, a person's name,
#: a place (a station, a town), a publisher or other body. None leaves it to the query.
LOOKUP_KINDS = ("title", "name", "place", "publisher")

_Lazy = str | Callable[[], str]


class Match:
    """One lookup result: kanji, kana, correct Hepburn, English, source and score."""

    __slots__ = ("_english", "_romaji", "_words", "kana", "kanji", "score", "source")

    kanji: str
    kana: str
    source: str
    score: float

    def __init__(self, kanji: str, kana: str, romaji: _Lazy, english: _Lazy, source: str,
                 score: float,
                 words: tuple[Match, ...] | Callable[[], tuple[Match, ...]] = ()) -> None:
        for name, value in (("kanji", kanji), ("kana", kana), ("_romaji", romaji),
                            ("_english", english), ("source", source), ("score", score),
                            ("_words", words)):
            object.__setattr__(self, name, value)

    def _value(self, slot: str) -> Any:
        value = object.__getattribute__(self, slot)
        if callable(value):
            value = value()
            object.__setattr__(self, slot, value)
        return value

    @property
    def romaji(self) -> str:
        """Modified Hepburn of :attr:`kanji` read as :attr:`kana`, divided and capitalised
        as :func:`jpterms.romanize` writes it."""
        value: str = self._value("_romaji")
        return value

    @property
    def english(self) -> str:
        """English: the glossary's, else JMdict's or JMnedict's, else composed from the words."""
        value: str = self._value("_english")
        return value

    @property
    def words(self) -> tuple[Match, ...]:
        """For a title, the match for each word; empty otherwise."""
        value: tuple[Match, ...] = self._value("_words")
        return value

    def replace(self, **changes: Any) -> Match:
        """A copy with some fields changed (``m.replace(score=0.5)``); a field not yet
        computed stays so (the copy computes it if read).

        >>> made = []
        >>> m = Match("協議", "きょうぎ", lambda: made.append(1) or "Kyōgi", "", "mozc", 0.8)
        >>> m.replace(score=0.4).score, made
        (0.4, [])
        """
        fields = {"kanji": self.kanji, "kana": self.kana,
                  "romaji": object.__getattribute__(self, "_romaji"),
                  "english": object.__getattribute__(self, "_english"), "source": self.source,
                  "score": self.score, "words": object.__getattribute__(self, "_words")}
        fields.update(changes)
        return Match(**fields)

    def _fields(self) -> dict[str, Any]:
        return {"kanji": self.kanji, "kana": self.kana, "romaji": self.romaji,
                "english": self.english, "source": self.source, "score": self.score,
                "words": self.words}

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Match is immutable: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Match):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((self.kanji, self.kana, self.romaji, self.english, self.source, self.score,
                     self.words))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields().items())
        return f"Match({inner})"

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (worker processes) with its values
        f = self._fields()
        return (Match, (f["kanji"], f["kana"], f["romaji"], f["english"], f["source"],
                        f["score"], f["words"]))

    def as_dict(self) -> dict[str, Any]:
        """The JSON form used by ``jpterms lookup --format json``."""
        out: dict[str, Any] = {
            "kanji": self.kanji, "kana": self.kana, "romaji": self.romaji,
            "english": self.english, "source": self.source, "score": round(self.score, 3),
        }
        if self.words:
            out["words"] = [w.as_dict() for w in self.words]
        return out
