"""Faster paths under the checker's title analysis give the answers of the paths they
replace (Mozc's costs read straight from its dictionary, a segment's cost looked up,
each written word's key made once per title, explanations kept).

Speed itself is measured in ``benchmarks/bench_check.py --cold``; these tests prove
equivalence and count work, never time.
"""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

from jpterms import dictionaries, title_analysis
from jpterms.glossary import Glossary
from jpterms.kana import fold_romaji, strip_macrons
from jpterms.romaji import parse_word

romanize_module = importlib.import_module("jpterms.romanize")

_DATA = Path(__file__).parent / "data"


def _dev_titles() -> list[dict[str, str]]:
    with (_DATA / "dev_titles.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_mozc_costs_are_the_costs_medie_reads() -> None:
    trie = dictionaries._mozc_trie()
    kana = [chr(c) for c in range(0x3041, 0x3094)]
    readings = [a + b for a in kana[::2] for b in kana[::5]]
    readings += ["こう", "しょう", "かん", "き", "はし", "きょうぎ", "とうきょう", "さいばー",
                 "ぢぢぢ", "\ud800", "abc"]
    beyond = 0
    for reading in readings:
        expected: dict[str, int] = {}
        for hit in trie.search(reading, 255):
            expected[hit["feature"]] = min(expected.get(hit["feature"], 1 << 30), int(hit["cost"]))
        got = dictionaries.mozc_costs(reading)
        assert list(got.items()) == list(expected.items()), reading  # same order too
        beyond += len(trie.search(reading, 255)) > 60
    assert beyond >= 5  # readings with more entries than mozc_entries reads


def test_conversion_cost_is_the_scan_of_mozc_entries() -> None:
    def scanned(segments: tuple[tuple[str, str], ...], per_segment: int = 3000) -> int:
        total = 0
        for reading, written in segments:
            costs = [c for w, c in dictionaries.mozc_entries(reading) if w == written]
            total += (min(costs) if costs else 12000) + per_segment
        return total

    checked = 0
    for row in _dev_titles():
        for word in strip_macrons(row["hepburn"]).lower().split():
            syllables = parse_word(word)
            if syllables is None:
                continue
            for spelling, _ in title_analysis._spellings(syllables, False, 8):
                segments = dictionaries.mozc_convert(spelling)
                assert dictionaries.conversion_cost(segments) == scanned(segments), spelling
                assert dictionaries.conversion_cost(segments, 0) == scanned(segments, 0)
                checked += 1
    odd = (("きょうぎ", "協議"), ("きょうぎ", "無い語"), ("", ""), ("ぢぢぢ", "ぢぢぢ"))
    assert dictionaries.conversion_cost(odd) == scanned(odd)
    assert checked > 200


def _spans_as_before(raw: list[tuple[str, int, int]], i: int,
                     glossary: Glossary) -> list[title_analysis.WordAnalysis] | None:
    """The glossary span as found before each word's key was made once per title."""
    for n in range(min(5, len(raw) - i), 1, -1):
        group = raw[i : i + n]
        if any(parse_word(w) is None for w, _, _ in group):
            continue
        key = "".join(fold_romaji(w) for w, _, _ in group).replace("'", "").replace("-", "")
        if glossary.by_key.get(key):
            return title_analysis._glossary_span(raw[i : i + n], 0, glossary)
    return None


def test_glossary_spans_from_keys_made_once_are_the_spans_found_before() -> None:
    glossary = Glossary.bundled()
    texts = [row["hepburn"] for row in _dev_titles()]
    texts += [strip_macrons(t) for t in texts]
    texts += ["Genba Koichiro to Hammond", "Nichiei saiba kyogi: Genba Koichiro gaimu daijin",
              "Abe Shinzo naikaku sori daijin to Genba", "nit suite Genba Koichiro"]
    found = 0
    for text in texts:
        raw = title_analysis._split_words(text)
        keys = [fold_romaji(w) if parse_word(w) is not None else None for w, _, _ in raw]
        for i in range(len(raw)):
            got = title_analysis._glossary_span(raw, i, glossary, keys)
            assert got == title_analysis._glossary_span(raw, i, glossary), (text, i)
            assert got == _spans_as_before(raw, i, glossary), (text, i)
            found += got is not None
    assert found >= 2


def test_explanations_kept_are_the_explanations_made_afresh(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # (櫸, which no dictionary reads, first: refine's answers after it may differ, and the
    # explanations are kept apart by whether such a word had been seen)
    texts = ["櫸の木", *[row["kanji"] for row in _dev_titles() if len(row["kanji"]) <= 64][:40]]
    texts += ["山田孝雄", "田中彧雄", "3日前に", "天文5年", "日英サイバー協議", "東京\n大阪"]
    kept = romanize_module.Romanizer()
    kept.explain("櫸")
    first = [kept.explain(t) for t in texts]
    runs = 0
    real = kept._explain_run

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal runs
        runs += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(kept, "_explain_run", counted)
    again = [kept.explain(t) for t in texts]
    assert again == first
    assert runs == 0  # every short text's explanation was kept
    again[0].clear()  # each caller gets its own list
    assert kept.explain(texts[0]) == first[0]
    long_text = "近世社会経済史料" * 10
    kept.explain(long_text)
    kept.explain(long_text)
    assert runs == 2  # a long text is not kept (no memory grows with a long input)
    fresh = romanize_module.Romanizer()
    fresh.explain("櫸")
    assert [fresh.explain(t) for t in texts] == first


def _real_words() -> tuple[str, list[str]]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(_DATA.glob("**/*.md"))[:40])
    text += "\n" + strip_macrons(text)
    return text, sorted(set(text.split()))[:20_000]


def test_letters_of_plain_words_are_the_pattern_s() -> None:
    import re

    from jpterms.kana import normalize_romaji
    from jpterms.spelling import _letters

    def by_pattern(word: str) -> str:
        return re.sub(r"[^a-zāīūēō]", "", normalize_romaji(word).lower())

    _, words = _real_words()
    odd = ["", "Tōkyō", "KYOTO", "shin'yō", "Ito-Kato", "ｔｏｋｙｏ", "Kyôto", "1868", "ſ", "Straße",
           "a\u0304", "İstanbul", "K", "naïve", "Œuvre", "x" * 300]
    assert len(words) > 1000
    for word in [*words, *odd]:
        assert _letters(word) == by_pattern(word), word


def test_kept_lexicon_keys_are_the_keys_made_afresh() -> None:
    from jpterms.lexicon import romaji_key

    _, words = _real_words()
    words += ["Tōkyō", "Ohno", "Zen-kindai", "Shimbun", "shin’yō", "Kyôgi", "", "ｔｏｋｙｏ"]
    for word in words:
        assert romaji_key(word) == romaji_key.__wrapped__(word), word


def test_one_capitalised_word_is_its_whole_match() -> None:
    from jpterms.rules.publisher_names import _CAPITALISED, _CAPITALISED_WORD, _capitalised_words

    text, _ = _real_words()
    text += "\nChuo Koron Sha, Iwanami Shoten; San’yusha-Kaisha and O'Neill Nihon-Keizai"
    single = 0
    for m in _CAPITALISED.finditer(text):
        expected = [(w.group(0), m.start() + w.start(), m.start() + w.end())
                    for w in _CAPITALISED_WORD.finditer(m.group(0))]
        assert _capitalised_words(m) == expected, m.group(0)
        single += len(expected) == 1
    assert single > 1000
