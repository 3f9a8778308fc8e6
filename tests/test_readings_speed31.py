"""Readings' hot path does less work per span, with the same readings (session 31).

A resolver opens Mozc's set of written forms once and keeps it (it asked
``MozcWrittenForms.default()``, a lock and an import, for every span it looked at), and
``has_kanji`` tells a short text's kanji without a call per character. Speed itself is
measured in ``benchmarks/bench_romanize_parts.py``; these tests count work, never time.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from tests.conftest import reading_gold

from jpterms.kana import _KANJI_MARKS, has_kanji, is_kanji
from jpterms.mozc_written import MozcWrittenForms
from jpterms.romanize import Romanizer


def _rows(name: str, count: int) -> list[str]:
    return list(itertools.islice(reading_gold(name), count))


def test_a_resolver_opens_mozc_written_forms_once(
        record_calls: Callable[[object, str], list[Any]]) -> None:
    rows = _rows("jawiki_titles.tsv", 60) + _rows("jawiki_temples.tsv", 60)
    Romanizer().preload()  # (the set itself is loaded: only the asking is counted)
    opened = record_calls(MozcWrittenForms, "default")
    romanizer = Romanizer()
    for text in rows:
        romanizer.explain(text)
    assert len(opened) <= 1


def test_has_kanji_is_is_kanji_of_any_character() -> None:
    edges = ["\u33ff", "\u3400", "\u9fff", "\ua000", "\uf8ff", "\uf900", "\ufaff",
             "\ufb00", "\U0001ffff", "\U00020000", "\U0003ffff", "\U00040000",
             *_KANJI_MARKS, "ヵ", "ゝ", "ー", "A", ""]
    texts = [*edges, *_rows("jawiki_schools.tsv", 200), *_rows("aozora_dev.tsv", 200)]
    texts += [a + b for a, b in itertools.product(edges, repeat=2)]
    texts += [t[i:i + 3] for t in texts[:400] for i in range(len(t))]
    for text in texts:
        assert has_kanji(text) == any(map(is_kanji, text)), text
