"""Lookup never answers nonsense confidently (issue 10): a word that is no romanised
Japanese and no English loanword gives no match, never its letters echoed back into
kanji or kana; a query written in Japanese is looked up as it is written. Real rows of
tests/data/lookup."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import jpterms
from jpterms.cli import main
from jpterms.kana import strip_macrons, to_hiragana
from jpterms.lattice import written_words
from jpterms.romaji import parse_word

DATA = Path(__file__).parent / "data" / "lookup"
_LATIN = re.compile(r"[A-Za-z]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc-\u30ff]+")


def _rows(*names: str) -> list[dict[str, str]]:
    out = []
    for name in names:
        with (DATA / name).open(encoding="utf-8", newline="") as fh:
            out += [r for r in csv.DictReader(fh, delimiter="\t") if r.get("gold_romaji")]
    return out


def _not_romaji(query: str) -> bool:
    return any(not punct and parse_word(w) is None for w, punct, _ in written_words(query))


def test_nonsense_has_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert jpterms.lookup("xqzvwk") == []
    assert main(["lookup", "xqzvwk"]) == 1  # the documented "no match"
    assert "(no match)" in capsys.readouterr().out
    # Chinese and Korean authors in Aozora's list: their pinyin is no Japanese (瞿佑, whom
    # JMnedict does not list, has no match; 蒲松齢, whom it does, is found as pinyin)
    authors = {r["gold_romaji"]: r["japanese"] for r in _rows("aozora_authors.tsv")}
    for name in ("Qu You", "I Sang"):
        assert authors[name] and jpterms.lookup(name) == []
    assert [m.kanji for m in jpterms.lookup("Pu Songling")] == [authors["Pu Songling"]]


def test_real_queries_with_words_that_are_not_romaji() -> None:
    """Every dev query with a word that is not romaji (English in station names, pinyin):
    no result mixes Latin letters into kanji or kana, and the loanwords stay found."""
    dev = sorted(p.name for p in DATA.glob("*.tsv") if "heldout" not in p.name)
    rows = [r for r in _rows(*dev) if _not_romaji(strip_macrons(r["gold_romaji"]))]
    print(f"{len(rows)} queries with a word that is not romaji")
    found = 0
    for r in rows:
        results = jpterms.lookup(strip_macrons(r["gold_romaji"]))
        assert not any(_LATIN.search(m.kanji + m.kana) for m in results), r["gold_romaji"]
        found += any(m.kanji == r["japanese"] for m in results)
    print(f"right kanji among the results: {found}")
    assert len(rows) >= 10 and found >= 2  # 多摩センター, センター北: as before, none lost


def test_a_query_written_in_japanese_is_read_as_written() -> None:
    """Real names, titles and terms looked up in their own kanji: the kanji back, its
    kana as explain() reads it, romanize()'s Hepburn, and English."""
    rows = _rows("aozora_authors.tsv")[:25] + _rows("aozora_titles.tsv")[:25] + \
        _rows("jawiki_admin_terms.tsv")[:25]
    glossed = 0
    for r in rows:
        text = r["japanese"]
        (m,) = jpterms.lookup(text)
        assert m.kanji == text
        assert m.romaji == jpterms.romanize(text)
        read = "".join(to_hiragana(w.text if _KANA.fullmatch(w.text) else w.kana)
                       for w in jpterms.explain(text))  # は as written, not わ
        assert m.kana and "".join(_KANA.findall(m.kana)) == read, (text, m.kana, read)
        glossed += bool(m.english)
    assert glossed >= 0.8 * len(rows)
    top = jpterms.lookup("東京")[0]
    assert (top.kana, top.romaji, top.english) == ("とうきょう", "Tōkyō", "Tokyo")
    assert jpterms.lookup("夏目漱石")[0].english == "Natsume Sōseki (1867-1916)"
    assert jpterms.lookup("人間失格")[0].english.startswith("No Longer Human")


def test_kanji_written_among_romaji_are_read() -> None:
    """Kanji the query writes beside romaji (東京 daigaku) get their reading in the kana."""
    top = jpterms.lookup("東京 daigaku")[0]
    assert (top.kanji, top.kana) == ("東京大学", "とうきょうだいがく")


@pytest.mark.parametrize(("query", "kana", "romaji"), [
    ("JR東日本", "JRひがしにほん", "JR Higashinihon"),  # a company's name as it writes it
    ("iPS細胞", "iPSさいぼう", "iPS saibō"),
])
def test_latin_written_into_japanese_is_looked_up_as_written(query: str, kana: str,
                                                             romaji: str) -> None:
    (m,) = jpterms.lookup(query)
    assert (m.kanji, m.kana, m.romaji) == (query, kana, romaji)
    assert m.romaji == jpterms.romanize(query)


@pytest.mark.parametrize(("query", "kanji"), [
    ("PHP Kenkyujo", "PHP研究所"),  # Drixler's bibliography: "(PHP Kenkyūjo, 1983)"
    ("NHK Shuppan", "NHK出版"),
    ("JR Namba", "JR難波"),
])
def test_a_bodys_capital_letters_stay_in_its_name(query: str, kanji: str) -> None:
    """Publishers and companies write their capitals in Japanese too: the letters are
    kept, as they were before no-romaji words were dropped; letters alone are no answer."""
    assert jpterms.lookup(query)[0].kanji == kanji
    assert jpterms.lookup("IBM") == []
