"""Old-form spellings offered among a look-up's five (:mod:`jpterms.written_variants`): the
last slot, where the reading there is weak, holds the spelling in old forms (the Jōyō
table's bracketed 舊字體: 壽, 愼, 澤) that Mozc lists, with the same reading, for a
stronger result or its words.

The queries are real rows of tests/data/lookup (development files only), their macrons
stripped as lookup_accuracy.py strips them: Wikidata's people (Q-items in that folder's
README: 山極壽一, a primatologist; 中村愼一, in wikidata_historical and names_english_forms),
whose sources write old forms that the search reads as modern ones.
"""

from __future__ import annotations

import csv

import pytest
from tests.lookup_rows import DATA, query_for

import jpterms
from jpterms.dictionaries import mozc_entries
from jpterms.kana import strip_macrons
from jpterms.match import Match
from jpterms.package_data import read_char_table
from jpterms.romanize import spells_kana
from jpterms.written_variants import SLOT_SHARE, WrittenVariants

_OLD = read_char_table("joyo_old_forms.tsv")


@pytest.mark.parametrize(("file", "japanese", "modern"), [
    ("wikidata_scholars.tsv", "山極壽一", "山極寿一"),
    ("wikidata_historical.tsv", "中村愼一", "中村慎一"),
    ("names_english_forms.tsv", "中村愼一", "中村慎一"),
])
def test_the_source_old_spelling_of_a_strong_reading_is_among_the_five(
        file: str, japanese: str, modern: str) -> None:
    results = jpterms.lookup(query_for(file, japanese))
    kanji = [m.kanji for m in results]
    assert japanese in kanji and kanji.index(modern) < kanji.index(japanese)
    old, new = results[kanji.index(japanese)], results[kanji.index(modern)]
    assert (old.kana, old.romaji) == (new.kana, new.romaji) and old.romaji == jpterms.romanize(old.kanji)
    # JMnedict lists the person in modern forms: the old spelling is glossed as a name, not
    # as that person (no dates), and comes from Mozc, which lists its parts so spelled
    surname, given = old.romaji.split()
    assert (old.english, old.source) == (f"{surname} (surname) {given} (given name)", "mozc")


def _sample_queries() -> list[str]:
    """The queries of the development rows whose Japanese writes a Jōyō old form, and of
    every fifth row besides."""
    queries = []
    for path in sorted(DATA.glob("*.tsv")):
        if path.stem.endswith("_heldout") or path.stem.startswith("stations"):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("gold_romaji")]
        queries += [strip_macrons(r["gold_romaji"]) for i, r in enumerate(rows)
                    if i % 5 == 0 or any(ord(ch) in _OLD for ch in r["japanese"])]
    return queries


def test_each_offered_spelling_respells_a_result_the_search_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Over about 550 development rows (each written in old forms, and a fifth of the
    rest): the first result is the search's
    own; a result the search did not give is the old-form spelling of one it did (same
    reading; same source and English, or a name listed whole respelled as Mozc's family
    and given names, glossed as those), each of its kanji that differ an old form of the other's,
    and its romaji romanize's where that spells the reading; it stands last of five, or
    right after that result."""
    queries = _sample_queries()
    offered = [jpterms.lookup(q) for q in queries]
    monkeypatch.setattr(WrittenVariants, "offer", lambda self, r, romanize, depth: r[:depth])
    plain = [jpterms.lookup(q) for q in queries]
    added = 0
    assert len(queries) > 500
    for query, with_old, without in zip(queries, offered, plain, strict=True):
        assert with_old[:1] == without[:1], query
        found = {m.kanji: m for m in without}
        for i, m in enumerate(with_old):
            if m.kanji in found:
                continue
            added += 1
            source = next(s for s in with_old if s.kanji in found and s.kana == m.kana
                          and s.kanji.translate(_OLD) == m.kanji.translate(_OLD))
            if m.english == source.english:
                assert m.source == source.source
            else:  # a name listed whole, respelled as a family name and a given name
                assert m.source == "mozc" and not m.words, (query, m.kanji)
                assert m.english.endswith(" (given name)") and "(surname)" in m.english
            assert all(a == b or _OLD.get(ord(a)) == b
                       for a, b in zip(m.kanji, source.kanji, strict=True))
            plain = jpterms.romanize(m.kanji)
            assert m.romaji == (plain if spells_kana(plain, m.kana) else source.romaji), query
            assert i == 4 or with_old[i - 1].kanji == source.kanji, (query, m.kanji)
    assert added >= 5


def test_an_offered_word_is_a_spelling_mozc_lists_with_its_reading() -> None:
    variants = WrittenVariants.default()
    for written, kana in (("沢", "さわ"), ("寿一", "じゅいち"), ("慎一", "しんいち"), ("斎藤", "さいとう")):
        for old in variants.old_spellings(written, kana):
            assert old in dict(mozc_entries(kana)) and old.translate(_OLD) == written
    assert variants.old_spellings("東京", "とうきょう") == ()
    assert "埜口" not in variants.old_spellings("野口", "のぐち")  # 埜: a variant, no Jōyō old form


def _match(kanji: str, kana: str, score: float) -> Match:
    return Match(kanji, kana, "", "", "mozc", score)


def test_the_last_slot_goes_to_an_old_spelling_only_where_it_is_weak() -> None:
    variants = WrittenVariants.default()
    romanize = jpterms.Glossary.bundled().reverse_engine.romanize
    strong = [_match(k, "なかざわ", 0.8) for k in ("中沢", "仲沢", "中佐和", "長沢", "永沢")]
    assert variants.offer(strong, romanize, 5) == strong
    weak = [*strong[:4], _match("那珂沢", "なかざわ", 0.8 * SLOT_SHARE / 2)]
    assert [m.kanji for m in variants.offer(weak, romanize, 5)] == [
        "中沢", "仲沢", "中佐和", "長沢", "中澤"]
    short = [_match("中沢", "なかざわ", 0.8), _match("長沢", "ながさわ", 0.5)]
    assert [m.kanji for m in variants.offer(short, romanize, 5)][:2] == ["中沢", "中澤"]
