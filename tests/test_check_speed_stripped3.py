"""Work the checker no longer does twice: a key's rows, read once for its Hepburn forms,
serve its spellings and its written matches too.

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from jpterms.kana import strip_macrons
from jpterms.lexicon import KeyForms, Lexicon, romaji_key

_DATA = Path(__file__).parent / "data"


def _words() -> list[str]:
    """The distinct capitalised and romaji-looking words of tests/data's Markdown and text
    (with and without their macrons): names with hundreds of readings among them."""
    words: dict[str, None] = {}
    for path in sorted(_DATA.glob("*.md")) + sorted(_DATA.glob("unseen/*.md")):
        for word in re.findall(r"[A-Za-zāīūēōĀĪŪĒŌ]{3,}", path.read_text(encoding="utf-8")):
            words.setdefault(word)
            words.setdefault(strip_macrons(word))
    return list(words)[:1500]


@pytest.fixture(scope="module")
def words() -> list[str]:
    found = _words()
    assert len(found) >= 1000
    return found


def _fresh() -> Lexicon:
    base = Lexicon.default()
    return Lexicon(base._trie, base._glossary, mozc=base._mozc)


def test_spellings_after_key_forms_are_those_of_a_fresh_lexicon(words: list[str]) -> None:
    asked, fresh = _fresh(), _fresh()
    for word in words:
        asked.key_forms(word)
    many = 0
    for word in words:
        got = asked.spellings(word)
        assert got == fresh.spellings(word), word
        assert KeyForms.of(got) == fresh.key_forms(word), word
        assert asked.as_written(word) == fresh.as_written(word), word
        many += len(got) >= 100
    assert many >= 5  # names with hundreds of readings were among them


def test_a_key_read_for_its_forms_is_not_read_again_for_its_spellings(
        words: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = _fresh()
    read: list[str] = []
    rows = Lexicon._rows

    def counted(self: Lexicon, key: str) -> Iterator[tuple[str, str, str, str, str, float]]:
        read.append(key)
        return rows(self, key)

    monkeypatch.setattr(Lexicon, "_rows", counted)
    keys = {romaji_key(w) for w in words}
    for word in words:
        lexicon.key_forms(word)
    assert len(read) == len(keys)
    for word in words:
        lexicon.as_written(word)
        lexicon.spellings(word)
        lexicon.key_forms(word)
    assert len(read) == len(keys)  # was twice as many: every key's rows again
    assert not lexicon._rows_cache  # handed on to the spellings, not kept twice


class _CountingTrie:
    """The index, counting the keys whose records are read."""

    def __init__(self, trie: object) -> None:
        self.trie = trie
        self.read: list[str] = []

    def get(self, key: str, default: object = None) -> object:
        self.read.append(key)
        return self.trie.get(key, default)  # type: ignore[attr-defined]


def test_quick_answers_from_the_table_are_those_from_the_records(words: list[str]) -> None:
    base = Lexicon.default()
    assert base._quick is not None  # opened (or built) beside the index
    index = _CountingTrie(base._trie)
    tabled = Lexicon(index, base._glossary, mozc=base._mozc, quick=base._quick)
    plain = Lexicon(base._trie, base._glossary, mozc=base._mozc)  # no table: the records
    odd = ["Tōkyō", "kyōgi", "Yuki", "Sato", "shobo", "xqzv", "a\x00b", "ka\ud800", "n", "ō"]
    answers = set()
    for word in words + odd:
        try:
            expected = plain.quick_frequency(word)
        except UnicodeEncodeError:
            with pytest.raises(UnicodeEncodeError):
                tabled.quick_frequency(word)
            continue
        assert tabled.quick_frequency(word) == expected, word
        answers.add(expected)
    assert None in answers and 5.0 in answers and 0.0 in answers and len(answers) > 20
    # no record of the index was read, but where the table cannot answer (a NUL, which
    # marisa reads past; a lone surrogate, which both refuse)
    assert index.read == [romaji_key("a\x00b"), romaji_key("ka\ud800")]


def test_the_quick_table_is_built_once_beside_the_index(tmp_path: Path) -> None:
    from tests.test_lexicon import _mini_database

    from jpterms import cache_files
    from jpterms.lexicon import _quick_figure

    db = _mini_database(tmp_path / "mini.db")
    first = Lexicon.load(cache_dir=tmp_path, database=db, mozc=False)
    (index,) = tmp_path.glob("lexicon-mini-*.marisa")
    table = Lexicon.quick_path(index)
    assert cache_files.intact(table)
    keys = set(first._trie.keys())
    assert keys == {"toshi", "karatsu"}
    assert dict(first._quick.items()) == {k: (_quick_figure(first._trie.get(k)),) for k in keys}
    toshi = _quick_figure(first._trie.get("toshi"))
    assert toshi > 0.0 and first.quick_frequency("Karatsu") == 0.0
    built = table.stat().st_mtime_ns
    again = Lexicon.load(cache_dir=tmp_path, database=db, mozc=False)
    assert table.stat().st_mtime_ns == built  # opened, not built again
    assert dict(again._quick.items()) == dict(first._quick.items())
    table.write_bytes(b"not a trie")  # damaged: built again
    assert Lexicon.load(cache_dir=tmp_path, database=db, mozc=False).quick_frequency(
        "toshi") == toshi
    assert cache_files.intact(table)


def test_main_readings_are_the_commonest_eight_as_before(words: list[str]) -> None:
    from jpterms.lexicon import _SEP, _SOURCE_RANK, MOZC_READINGS, _main_readings

    def weighed(records: list[list[str]]) -> set[str]:  # every reading weighed and sorted
        best: dict[str, float] = {}
        for kana, _, _, source, *_, zipf in records:  # (the newspaper figure before zipf)
            weight = float(zipf) + (1.0 if source == "jmnedict" else 0.0)
            best[kana] = max(best.get(kana, -1.0), weight)
        return set(sorted(best, key=lambda k: -best[k])[:MOZC_READINGS])

    trie = Lexicon.default()._trie
    many = 0
    short = ["ko", "to", "so", "o", "do", "go", "ho", "no", "yo", "ro", "bo", "jo", "cho", "kyo",
             "ryo", "sho", "shu", "ju", "ku", "tsu", "fu", "su", "yu", "Yuki", "Kazuo", "Kaoru"]
    for key in {romaji_key(w) for w in [*words, *short]}:
        records = sorted((raw.decode("utf-8").split(_SEP) for raw in trie.get(key, ())),
                         key=lambda r: _SOURCE_RANK.get(r[3], 9))
        assert _main_readings(records) == weighed(records), key
        many += len({r[0] for r in records}) > MOZC_READINGS
    assert many >= 3  # keys with more readings than Mozc is asked about were among them
