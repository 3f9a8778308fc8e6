"""Dictionary entries set aside in a test, so that a name the lists give whole is read as
a name no list knows would be (the way the place and name rules were measured)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from jpterms.reading_index import ReadingIndex
from jpterms.readings import ReadingResolver

if TYPE_CHECKING:
    import pytest


def hide_entries(monkeypatch: pytest.MonkeyPatch, hidden: Collection[str], *,
                 mozc: bool = True) -> None:
    """JMdict's and JMnedict's entries for the spellings ``hidden`` set aside, and (with
    ``mozc``) Mozc's whole words written so, for the rest of the test."""
    listed = ReadingIndex.readings
    monkeypatch.setattr(ReadingIndex, "readings",
                        lambda self, written: () if written in hidden else listed(self, written))
    if mozc:
        words = ReadingResolver.mozc_readings
        monkeypatch.setattr(ReadingResolver, "mozc_readings",
                            lambda self, written: () if written in hidden
                            else words(self, written))
