"""What the reading tests ask of :meth:`jpterms.Romanizer.explain`: the kana it chose."""

from __future__ import annotations

from jpterms.romanize import Romanizer


def kana_of(romanizer: Romanizer, text: str) -> str:
    """The kana ``romanizer`` reads ``text`` with, word after word, as written."""
    return "".join(w.kana for w in romanizer.explain(text))
