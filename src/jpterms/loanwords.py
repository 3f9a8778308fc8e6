"""The source-language spelling of katakana loanwords, from UniDic through cutlet.

UniDic records, for many loanwords and foreign names, the word they come from
(ハモンド is Hammond, サイバー is cyber). cutlet reads that field; this module
asks it for whole katakana words, so that lookup and the variant rule can set
the English spelling of a katakana name beside its romanisation (Hamondo).

>>> foreign_spelling("ハモンド"), foreign_spelling("サイバーセキュリティ")
('Hammond', 'cyber security')
>>> foreign_spelling("カツ") is None, foreign_spelling("東京") is None
(True, True)
"""

from __future__ import annotations

import threading
from typing import Any, ClassVar

from jpterms.kana import is_katakana_word

__all__ = ["LoanwordSpeller", "foreign_spelling"]


class LoanwordSpeller:
    """Spells katakana words as the foreign words they come from (cutlet, loaded on first use)."""

    _shared: ClassVar[LoanwordSpeller | None] = None
    _shared_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self._cutlet: Any = None
        self._lock = threading.Lock()
        self._cache: dict[str, str | None] = {}

    @classmethod
    def shared(cls) -> LoanwordSpeller:
        """The one speller of this process."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def spell(self, katakana: str) -> str | None:
        """The foreign spelling of a katakana word, or None when UniDic has none for
        every part of it (a name is capitalised as UniDic writes it: Hammond)."""
        if not is_katakana_word(katakana):
            return None
        if katakana in self._cache:
            return self._cache[katakana]
        with self._lock:
            if self._cutlet is None:
                import cutlet

                self._cutlet = cutlet.Cutlet()
            from cutlet.cutlet import has_foreign_lemma

            nodes = [n for n in self._cutlet.tagger(katakana) if n.surface != "・"]
            spelled = None
            if nodes and all(has_foreign_lemma(n) for n in nodes):
                spelled = " ".join(str(n.feature.lemma).split("-", 1)[1] for n in nodes)
        if len(self._cache) < 50_000:
            self._cache[katakana] = spelled
        return spelled


def foreign_spelling(katakana: str) -> str | None:
    """The foreign word a katakana loanword or name spells (ハモンド → Hammond), or None."""
    return LoanwordSpeller.shared().spell(katakana)
