"""Lookup's lattice, made cheaper, reads every query as before: its Edges equal the
dataclass's own, and :func:`jpterms.lattice.n_best` finds the paths the plain search
(kept here as the oracle, as it was before it was made faster) finds on the lattices of
real queries. It also counts work: only the words kept become Edges.

Speed is measured in ``benchmarks/bench_check.py --cold`` and ``benchmarks/bench_lookup.py``;
these tests prove equivalence and count work, never time.
"""

from __future__ import annotations

import csv
import dataclasses
import heapq
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from jpterms import lattice
from jpterms.glossary import Glossary
from jpterms.kana import is_hiragana, is_katakana_letter
from jpterms.lattice import (
    _NUMERALS,
    _SMALL_KANA,
    _SOKUON,
    BEAM_WIDTH,
    ORPHAN_COST,
    Edge,
    _orphan,
)
from jpterms.reverse import ReverseEngine

LOOKUP = Path(__file__).parent / "data" / "lookup"

#: Title windows the checker read in real bibliographies written without macrons, as it
#: reads them (two words either side of the word in question).
TITLE_WINDOWS = [
    "Shinshu Hitachi shishi", "Chusei no minshu seikatsu to", "Shinsho no horan,",
    "ga Omoshiroi hodo Wakaru Hon", "keizai: shutai kinko to shijo", "Wakun no Shoten no Kinshitsusei",
    "okeru  Azumabito un  ni Tsuite", "horei, densho, hodo", "Moshi Teisen  Koten Kaisetsu",
    "Hon  Daihannyakyo Jisho  to ni", "Kinsei Otsuki-mura no", "Toyama Joshi Tanki",
]


def _queries(name: str, count: int) -> list[tuple[str, str | None]]:
    with (LOOKUP / name).open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("gold_romaji")][:count]
    kinds = {"title": "title", "author": "name", "publisher": "publisher"}
    out: list[tuple[str, str | None]] = []
    for r in rows:
        query = r["gold_romaji"].translate(str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO"))
        out += [(query, None), (query, kinds.get(r.get("kind") or ""))]
    return out


def _reference_beam(states: dict[Any, tuple[int, tuple[Edge, ...]]], beam: int,
                    contexts: int) -> list[Any]:
    kept = []
    per_written: dict[str, int] = {}
    items: Any = states.items()
    if len(states) > 4 * beam * contexts:
        items = heapq.nsmallest(4 * beam * contexts, items, key=lambda kv: kv[1][0])
    for item in sorted(items, key=lambda kv: kv[1][0]):
        written = item[0][0]
        count = per_written.get(written, 0)
        if count >= contexts or (not count and len(per_written) >= beam):
            continue
        per_written[written] = count + 1
        kept.append(item)
    return kept


def _reference_n_best(edges: Sequence[Sequence[Edge]], matrix: Sequence[int], width: int,
                      limit: int = 5, beam: int = 5, contexts: int = 2,
                      bound: Any = None, mixed: Any = None, numeral: Any = None,
                      adnominal: Any = None, endings: Sequence[int] = ()) -> list[lattice.Path]:
    """n_best as it was: every path a tuple, every charge tested on every extension."""
    n = len(edges)
    binds = bound.binds if bound is not None else ()
    refunds = bound.refunds if bound is not None else {}
    inside = mixed.inside if mixed is not None else ()
    prefixes = mixed.prefixes if mixed is not None else ()
    mixed_cost = mixed.cost if mixed is not None else 0
    before_number = numeral.prefixes if numeral is not None else ()
    numbers = numeral.numbers if numeral is not None else ()
    unnumbered_cost = numeral.cost if numeral is not None else 0
    plain_nouns = adnominal.plain_nouns if adnominal is not None else ()
    na_cost = adnominal.cost if adnominal is not None else 0
    states: list[dict[tuple[str, int], tuple[int, tuple[Edge, ...]]]] = [
        {} for _ in range(n + 1)]
    states[0][("", 0)] = (0, ())
    for p in range(n):
        if not states[p]:
            continue
        kept = [(written, right, cost, path)
                for (written, right), (cost, path) in _reference_beam(states[p], beam, contexts)]
        cutoff = kept[0][2] + BEAM_WIDTH
        kept = [k for k in kept if k[2] <= cutoff]
        sokuon_ends = any(k[0][-1:] in _SOKUON for k in kept)
        for edge in edges[p]:
            target = states[edge.end]
            first = edge.written[:1]
            after_kanji = bool(inside) and inside[p] and is_katakana_letter(edge.written[:1])
            small = first in _SMALL_KANA
            after_sokuon = sokuon_ends and not small and not "\u3041" <= first <= "\u30ff"
            unnumbered = bool(before_number) and not (
                numbers[edge.left] or edge.source == "number" or first.isdigit() or
                first in _NUMERALS)
            refund = refunds.get(edge.left, 0) if refunds else 0
            na = bool(plain_nouns) and edge.written == "な"
            if refund and (edge.source != "mozc" or not all(map(is_hiragana, edge.written))):
                refund = 0
            for written, right, cost, path in kept:
                total = cost + matrix[right + width * edge.left] + edge.cost
                if refund and binds[right]:
                    total -= refund
                if after_kanji and written and not is_katakana_letter(written[-1]) and \
                        not prefixes[right]:
                    total += mixed_cost
                if unnumbered and before_number[right]:
                    total += unnumbered_cost
                if na and plain_nouns[right]:
                    total += na_cost
                if (small and _orphan(written[-1:], first)) or (
                        after_sokuon and written[-1:] in _SOKUON):
                    total += ORPHAN_COST
                key = (written + edge.written, edge.right)
                old = target.get(key)
                if old is None or old[0] > total:
                    target[key] = (total, (*path, edge))
    best: dict[str, lattice.Path] = {}
    for (written, right), (cost, path) in states[n].items():
        total = cost + matrix[right] + (endings[right] if endings else 0)
        if written not in best or best[written].cost > total:
            best[written] = lattice.Path(total, path)
    return sorted(best.values(), key=lambda p: p.cost)[:limit]


@pytest.fixture(scope="module")
def searches() -> list[tuple[tuple[Any, ...], dict[str, Any], list[lattice.Path]]]:
    """Every n_best search made to read the real queries: (args, keywords, answer)."""
    made: list[tuple[tuple[Any, ...], dict[str, Any], list[lattice.Path]]] = []
    real = lattice.n_best  # (the reverse engine imports it where it builds a lattice)

    def recording(*args: Any, **kwargs: Any) -> list[lattice.Path]:
        found = real(*args, **kwargs)
        made.append((args, kwargs, found))
        return found

    lattice.n_best = recording  # type: ignore[assignment]
    try:
        titles = ReverseEngine(Glossary([]))
        for window in TITLE_WINDOWS:
            titles.paths(window, limit=1, kind="title")
        engine = Glossary.bundled().reverse_engine
        for query, kind in [*_queries("aozora_titles.tsv", 8), *_queries("catalogue_pairs.tsv", 8),
                            *_queries("wikidata_writers.tsv", 4),
                            ("Aniki no yo na kokoromochi", "title"), ("Egakareta hana", None),
                            ("Nihon shoki dai 2-kan", None), ("Torokko", None),
                            ("Taisho juninen no seiji", None), ("Sanjusanno mukashibanashi", None),
                            ("Nijugokan", None), ("Kikai na saikai", "title"),
                            ("Dainihon shiryo", None), ("Shin ruru", None), ("Keberu", None)]:
            engine.search(query, kind=kind)
    finally:
        lattice.n_best = real
    return made


def test_n_best_finds_what_the_plain_search_finds(
        searches: list[tuple[tuple[Any, ...], dict[str, Any], list[lattice.Path]]]) -> None:
    assert len(searches) >= 40
    for args, kwargs, found in searches:
        assert found == _reference_n_best(*args, **kwargs)
        assert [repr(p) for p in found] == [repr(p) for p in _reference_n_best(*args, **kwargs)]


def test_the_searches_take_every_charge(
        searches: list[tuple[tuple[Any, ...], dict[str, Any], list[lattice.Path]]]) -> None:
    """The oracle is tested where it matters: lattices with the charges n_best now tests
    only where a kept hypothesis can take them (な after a noun, an ending after its stem,
    a number's prefix), and lattices of more states than the beam's sort keeps."""
    edges = [e for args, _, _ in searches for row in args[0] for e in row]
    assert any(e.written == "な" for e in edges)
    assert any(e.source == "number" for e in edges)
    assert any(is_katakana_letter(e.written[:1]) for e in edges)
    assert sum(len(row) for args, _, _ in searches for row in args[0]) > 5_000


def test_an_edge_made_directly_is_the_dataclass_edge() -> None:
    made = lattice.new_edge(3, 5, "東京", "とうきょう", 1851, 1851, 2400, "mozc")
    plain = Edge(3, 5, "東京", "とうきょう", 1851, 1851, 2400, "mozc")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert type(made) is Edge
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.cost = 0  # type: ignore[misc]
    named = lattice.new_edge(0, 2, "太田", "おおた", 2, 2, 10, "jmnedict", "surname")
    assert named == Edge(0, 2, "太田", "おおた", 2, 2, 10, "jmnedict", "surname")
    assert named.priced(-5) == dataclasses.replace(named, cost=-5)


def test_only_the_words_the_lattice_keeps_become_edges(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = ReverseEngine(Glossary([]))
    made = []
    real = lattice.new_edge

    def counting(*args: Any) -> Edge:
        made.append(args)
        return real(*args)

    monkeypatch.setattr(lattice, "new_edge", counting)
    slots = lattice.query_slots("Chusei no minshu seikatsu to Kinsei Otsuki-mura no")
    edges = lattice.build_lattice(slots, engine._mozc, engine._costed_words(),
                                  engine._glossary_prefixes, engine._glossary_words,
                                  engine._aligned_words, memo=None, keep=engine._kept_words,
                                  stems=engine._stems, prefix_extra=engine._number_prefix)
    kept = sum(1 for row in edges for e in row if e.source != "text")
    assert kept > 100
    assert len(made) == kept  # every Edge made is one the lattice returns


def test_the_words_joined_before_a_run_are_the_searchs() -> None:
    """_joined_before reads backwards what _JOINED_BEFORE.search finds: every string of up
    to five characters over a letter, a space, a line break and a comma, at every end and
    reach; random longer ones; and every position of real documents at the rule's reach."""
    import itertools
    import random

    from jpterms.rules.citation_macrons import _JOINED_BEFORE, _joined_before

    def search(text: str, end: int, reach: int = 200) -> str | None:
        found = _JOINED_BEFORE.search(text, max(0, end - reach), end)
        return found.group(0) if found else None

    for size in range(6):
        for chars in itertools.product("a \n,", repeat=size):
            text = "".join(chars)
            for end in range(size + 1):
                for reach in range(size + 2):
                    assert _joined_before(text, end, reach) == search(text, end, reach)
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice("ab  \n,.") for _ in range(40))
        for end in range(41):
            for reach in (3, 12, 200):
                assert _joined_before(text, end, reach) == search(text, end, reach), text
    checked = 0
    for path in sorted((Path(__file__).parent / "data").rglob("*.md"))[:8]:
        text = path.read_text(encoding="utf-8")[:12_000]
        for end in range(len(text) + 1):
            found = search(text, end)
            assert _joined_before(text, end) == found, (path, end)
            checked += found is not None
    assert checked > 1_000


def test_note_items_are_found_on_the_lines_that_may_hold_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """_note_items matches _NOTE_ITEM only on lines that begin as a note item may; it finds
    the items matching every line finds (the same function with every line let through):
    on real documents and on a line for every first character a note item may have (each
    digit of every script among them)."""
    import sys

    from jpterms.rules import footnotes
    from jpterms.rules.footnotes import (
        _CAPITAL_ROMAN,
        _SMALL_ROMAN,
        _SUPERSCRIPT,
        _line_starts,
        _note_items,
    )

    def every_line(text: str, starts: list[int]) -> list[Any]:
        with monkeypatch.context() as patched:
            patched.setattr(footnotes, "_note_lines",
                            lambda text, starts: range(len(starts)))
            return _note_items(text, starts)

    digits = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()]
    heads = sorted(f"{_SMALL_ROMAN}{_CAPITAL_ROMAN}ivx([{_SUPERSCRIPT} \t") + digits + [
        "a", "-", "*", "#", "I", "1"]
    synthetic = "\n".join(f"{h}. Note text\n{h}) more\n[{h}] x\n({h}) y\n{h}\n \t{h}. z"
                          for h in heads) + "\n[7]\n  [12]  \n¹ A note\nⅣ. Fourth\niv. fourth\n"
    texts = [synthetic, *(p.read_text(encoding="utf-8") for p in
                          sorted((Path(__file__).parent / "data").rglob("*.md"))[:12])]
    total = 0
    for text in texts:
        starts = _line_starts(text)
        found = _note_items(text, starts)
        assert found == every_line(text, starts)
        total += len(found)
    assert total > 100


def test_an_array_index_from_zero_is_found_as_the_regex_finds_it() -> None:
    from jpterms.rules.footnotes import _ZERO_INDEX, _indexes_from_zero

    for code in range(0x10000):  # every character of the BMP before [0], and alone
        text = f"x {chr(code)}[0] y"
        assert _indexes_from_zero(text) == (_ZERO_INDEX.search(text) is not None), hex(code)
    for text in ("[0]", "[0][0]", " [0]", "a[0", "[[0]", "é[0]", "_[0]", "٣[0]", ""):
        assert _indexes_from_zero(text) == (_ZERO_INDEX.search(text) is not None), text
    for path in sorted((Path(__file__).parent / "data").rglob("*.md"))[:30]:
        text = path.read_text(encoding="utf-8")
        assert _indexes_from_zero(text) == (_ZERO_INDEX.search(text) is not None), path


def test_a_year_is_found_where_the_plain_pattern_finds_it() -> None:
    """_YEAR, its word boundary tested behind the first digit, matches where the pattern
    with the boundary first matches: random strings of digits, letters and marks, and every
    line of real documents, searched from every start."""
    import random
    import re

    from jpterms.citation_lines import _YEAR

    plain = re.compile(
        r"\b(?:1[0-9]{3}|20[0-9]{2})(?<!#\d{4})(?<!pull/\d{4})(?<!issues/\d{4})[a-z]?\b")

    def spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text, start)]

    rng = random.Random(8)
    for _ in range(3_000):
        text = "".join(rng.choice("1220090a _#/x.١٢é") for _ in range(rng.randint(0, 14)))
        for start in range(len(text) + 1):
            assert spans(_YEAR, text, start) == spans(plain, text, start), (text, start)
    for text in ("pull/1999 issues/2001 #2020 1999a 2099 2100 1000b x1999 1999x ١٩٩٩ _2000",):
        assert spans(_YEAR, text) == spans(plain, text)
    found = 0
    for path in sorted((Path(__file__).parent / "data").rglob("*.md"))[:20]:
        text = path.read_text(encoding="utf-8")
        assert spans(_YEAR, text) == spans(plain, text), path
        found += len(spans(plain, text))
    assert found > 100
