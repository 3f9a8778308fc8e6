"""Japanese era names (年号) and their standard readings.

An era name is a closed class: the table holds 248, 大化 (645) to 令和 (the Northern
Court's 正慶, 1332–33, which its source lacks, from Japanese Wikipedia), each with one standard
reading that scholarship and catalogues use (天文 Tenbun, 治安 Jian, 大永 Daiei). Several
are also common words or names read another way (天文 tenmon "astronomy", 治安 chian
"public order"), so the reading here applies only where the text shows an era; see
:meth:`jpterms.readings.ReadingResolver.refine`.

>>> eras = EraTable.bundled()
>>> eras.reading("天文"), eras.reading("大永"), eras.reading("東京")
('てんぶん', 'だいえい', None)
>>> eras.readings("承徳")
('じょうとく', 'しょうとく')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from jpterms.package_data import read_rows

__all__ = ["EraTable"]


class EraTable:
    """Era names, written in kanji, and their readings in hiragana (standard one first)."""

    def __init__(self, rows: Iterable[tuple[str, tuple[str, ...]]],
                 spans: Iterable[tuple[str, int, int]] = ()) -> None:
        self._readings: dict[str, tuple[str, ...]] = {}
        for written, readings in rows:
            self._readings.setdefault(written, readings)
        #: the years each era name ran (first, last), one span per court that used it
        self._spans: dict[str, tuple[tuple[int, int], ...]] = {}
        for written, first, last in spans:
            self._spans[written] = (*self._spans.get(written, ()), (first, last))
        #: the longest era name, in characters (天平感宝: 4)
        self.longest = max((len(w) for w in self._readings), default=0)
        #: the characters era names begin with (a cheap test before a look-up)
        self.starts = frozenset(w[0] for w in self._readings)

    @classmethod
    def bundled(cls) -> EraTable:
        """The table shipped in ``jpterms/data/eras.tsv`` (an era still running ends in 9999)."""
        rows = read_rows("eras.tsv")
        return cls(((row[0], tuple(row[1].split("/"))) for row in rows),
                   ((row[0], int(row[2]), int(row[3]) if len(row) > 3 and row[3] else 9999)
                    for row in rows))

    def __contains__(self, written: object) -> bool:
        return written in self._readings

    def __len__(self) -> int:
        return len(self._readings)

    def __iter__(self) -> Iterator[str]:
        """The era names, in the table's order."""
        return iter(self._readings)

    def readings(self, written: str) -> tuple[str, ...]:
        """Every reading the table gives ``written``, the standard one first; () if it is
        no era name."""
        return self._readings.get(written, ())

    def years(self, written: str) -> tuple[tuple[int, int], ...]:
        """The years the era written ``written`` ran, (first, last), one span for each
        court that used it; () if it is no era name or the table was given no years.

        >>> EraTable.bundled().years("天保"), EraTable.bundled().years("建武")
        (((1831, 1845),), ((1334, 1336), (1334, 1338)))
        """
        return self._spans.get(written, ())

    def reading(self, written: str) -> str | None:
        """The standard reading of the era written ``written``, or None."""
        found = self._readings.get(written)
        return found[0] if found else None
