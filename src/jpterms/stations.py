"""Station names by reading, as a look-up asks for them: the bundled list first
(``data/stations.tsv``), then JMnedict's, one reading at a time, kept in a bounded cache.

>>> stations = Stations([["はら", "原"]], lambda reading: ("腹",) if reading == "はら" else ())
>>> stations.get("はら")
('原', '腹')
"""

from __future__ import annotations

from collections.abc import Callable

from jpterms.lru import LRU

__all__ = ["Stations"]


class Stations:
    """Station names by reading: the listed rows (reading, name) first, as the list writes
    them, then the names of the same reading ``more`` gives (JMnedict's, asked one reading
    at a time) that the list lacks. JMnedict's names are written with ケ, so a listed name
    written with ヶ stands for the same station.

    >>> more = {"はたがや": ("幡ケ谷",), "はら": ("腹",), "ふじ": ("富士",)}
    >>> stations = Stations([["はたがや", "幡ヶ谷"], ["はら", "原"]],
    ...                     lambda reading: more.get(reading, ()))
    >>> stations.get("はたがや"), stations.get("はら"), stations.get("ふじ"), stations.get("げんば")
    (('幡ヶ谷',), ('原', '腹'), ('富士',), ())
    """

    def __init__(self, listed: list[list[str]],
                 more: Callable[[str], tuple[str, ...]], size: int = 20_000) -> None:
        self._listed: dict[str, list[str]] = {}
        for reading, name, *_ in listed:
            names = self._listed.setdefault(reading, [])
            if name not in names:
                names.append(name)
        self._more = more
        self._found = LRU(size)

    def get(self, reading: str) -> tuple[str, ...]:
        """The names of the stations read ``reading`` (hiragana), listed ones first."""
        found: tuple[str, ...] | None = self._found.get(reading)
        if found is None:
            names = self._listed.get(reading, [])
            folded = {name.replace("ヶ", "ケ") for name in names}
            found = (*names, *(name for name in self._more(reading) if name not in folded))
            self._found.put(reading, found)
        return found
