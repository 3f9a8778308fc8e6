"""Lookup answers are well formed (issue 10): no result among the five holds a sokuon
(small tsu) as a word of its own, cut off from the kana whose consonant it doubles
(見|っ|つの指輪, 波|っ|ちゃん, 莉|っ|しゃ), and the romaji each reports spells its kana.
Real rows of tests/data/lookup."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons
from jpterms.romanize import spells_kana

DATA = Path(__file__).parent / "data" / "lookup"


def _queries(name: str, written: set[str]) -> list[str]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return [r["gold_romaji"] for r in csv.DictReader(fh, delimiter="\t")
                if r.get("japanese") in written]


# Aozora titles whose romaji doubles a consonant: 三つの指環, 坊っちやん (*Bo tchan*), 列車
_DOUBLED = _queries("aozora_titles_more.tsv", {"三つの指環", "坊っちやん", "列車"})


def test_the_rows_are_there() -> None:
    assert sorted(_DOUBLED) == ["Bo tchan", "Mittsu no yubiwa", "Ressha"]


@pytest.mark.parametrize("query", _DOUBLED)
def test_no_sokuon_is_a_word_alone(query: str) -> None:
    found = jpterms.lookup(query)
    assert found
    for m in found:
        assert all(w.kanji not in ("っ", "ッ") for w in m.words), (m.kanji, m.words)


# Aozora titles that quote a title: the romaji each result reports spells its kana, as
# for a title without quotes (“富嶽百景”女 read じょ: *jo*, not *onna*)
_QUOTED = _queries("aozora_titles.tsv", {
    "『富嶽百景』序", "『文学論』序", "「侏儒の言葉」の序", "木下杢太郎『唐草表紙』序"}) + _queries(
    "aozora_titles_more.tsv", {"高浜虚子著『鶏頭』序"})


def test_the_quoted_rows_are_there() -> None:
    assert len(_QUOTED) == 5 and all("“" in q for q in _QUOTED)


@pytest.mark.parametrize("query", _QUOTED)
def test_romaji_spells_the_kana_in_quotes(query: str) -> None:
    found = jpterms.lookup(query)
    assert len(found) == 5
    for m in found:
        assert spells_kana(m.romaji, m.kana), (m.kanji, m.kana, m.romaji)


# A sokuon doubles the consonant of the kana after it, in the same script: not a vowel,
# nasal or glide (nor は in hiragana: 真っは "Mawwa"), not a kana of the other script
# (ジャーッそう, 凝っフィ絵). Queries from the English Wikipedia articles Katakana
# (*Mahha*, the example of a doubled h), Hiragana (*zasshi*) and Francis Xavier (*Jasso*):
# the wikidev development documents (SOURCES.md, pubs19); Aozora's *Ressha* 列車 (no レッしゃ).
_CANNOT_DOUBLE = re.compile(
    "っ[あいうえおなにぬねのまみむめもやゆよらりるれろわをんはひふへほ\u30a1-\u30fa]"
    "|ッ[アイウエオナニヌネノマミムメモヤユヨラリルレロワヲンー\u3041-\u3096]")


@pytest.mark.parametrize("query", ["Mahha", "zasshi", "Jasso", "Ressha"])
def test_a_sokuon_doubles_what_follows(query: str) -> None:
    found = jpterms.lookup(query)
    assert found
    assert not [m.kanji for m in found if _CANNOT_DOUBLE.search(m.kanji)]


# Aozora titles with *e* written after *no*: 子規の画 (Soseki), 支那の画 (Akutagawa)
_NOUN_E = _queries("aozora_titles_more.tsv", {"子規の画"}) + _queries("aozora_titles.tsv",
                                                                      {"支那の画"})


@pytest.mark.parametrize("query", _NOUN_E)
def test_e_after_no_is_no_particle(query: str) -> None:
    # nothing says の + へ: the e after the genitive is a noun (絵, 画), as the source's is
    assert query in ("Shiki no e", "Shina no e") and len(_NOUN_E) == 2
    found = jpterms.lookup(query)
    assert found
    assert all("のへ" not in m.kana and not m.romaji.endswith(" he") for m in found), \
        [(m.kanji, m.romaji) for m in found]
    assert found[0].kana.endswith("のえ") and found[0].romaji.endswith(" no e")


# Aozora titles ending in a particle written as it sounds: 川端康成へ (e), 僕は (wa)
_SOUNDED = _queries("aozora_titles.tsv", {"川端康成へ"}) + _queries("aozora_titles_more.tsv",
                                                                   {"僕は"})


@pytest.mark.parametrize("query", _SOUNDED)
def test_a_sounded_particle_begins_no_other_word(query: str) -> None:
    # the e of *Kawabata yasunari e* is へ, and no word read へ (経) that romanises *he*
    assert query in ("Kawabata yasunari e", "Boku wa") and len(_SOUNDED) == 2
    found = jpterms.lookup(query)
    assert found and found[0].romaji.lower() == query.lower()
    misread = {"e": "he", "wa": "ha"}[query.split()[-1]]
    for m in found:
        assert misread not in m.romaji.lower().split(), (m.kanji, m.romaji)


# Aozora titles with an ha inside a word, or a particle written onto its word (wa, e)
_SPELLED = _queries("aozora_titles_more.tsv", {"母", "春の枯葉", "三つの指環"}) + _queries(
    "aozora_filenames.tsv", {"私の父と母", "挿話", "小さき者へ", "惜みなく愛は奪う"})


def _letters(romaji: str) -> str:
    return re.sub(r"[^a-z]", "", strip_macrons(romaji).lower())


@pytest.mark.parametrize("query", _SPELLED)
def test_ha_wa_and_e_read_as_written(query: str) -> None:
    # no 葉は read *Ha wa* for *Haha*, nor 指派 *yubiha* for *yubiwa*, 者経 *mono he* for *monoe*
    assert len(_SPELLED) == 7
    written = _letters(query)
    for m in jpterms.lookup(query):
        read = _letters(m.romaji)
        assert read == written or (
            read.replace("wa", "ha") != written.replace("wa", "ha") and
            read.replace("he", "e") != written.replace("he", "e")), (m.kanji, m.romaji)


def test_kanji_after_katakana_inside_a_written_word_is_charged() -> None:
    # a kanji word after katakana inside one written word costs what katakana after kanji
    # does, unless it is a suffix (アメリカ人): HDIC's *onchu* 音注 comes among the five,
    # and モン前, ド仏縁 leave them
    from lookup_rows import query_for

    query = query_for("hdic_terms.tsv", "音注")
    assert "音注" in [m.kanji for m in jpterms.lookup(query)]
    assert "モン前" not in [m.kanji for m in jpterms.lookup("Monzen")]
    assert "ド仏縁" not in [m.kanji for m in jpterms.lookup("Dobutsuen")]
    assert jpterms.lookup("Amerikajin")[0].kanji == "アメリカ人"
    assert jpterms.lookup("Minmeishobo")[0].kanji == "民明書房"
