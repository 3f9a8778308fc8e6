"""Reverse lookup: the seed's must_map cases and the dev_titles figures."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import dev_titles

import jpterms
from jpterms.cli import main
from jpterms.kana import strip_macrons
from jpterms.romanize import spells_kana


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s or "")


def test_seed_must_map(seed_expected: dict, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[type-arg]
    misses = []
    for case in seed_expected["must_map"]:
        assert main(["lookup", "--format", "json", case["romaji"]]) == 0
        results = json.loads(capsys.readouterr().out)["results"]
        top = results[:1] if case.get("top1") else results[:5]

        def good(r: dict, case: dict = case) -> bool:  # type: ignore[type-arg]
            if "kanji" in case and _nfkc(r["kanji"]) != _nfkc(case["kanji"]):
                return False
            return "english" not in case or case["english"].casefold() in r["english"].casefold()

        if not any(good(r) for r in top):
            misses.append(case["id"])
    assert misses == []


def test_dev_titles_without_macrons() -> None:
    rows = dev_titles()
    top1 = top5 = gloss = 0
    for row in rows:
        want = _nfkc(row["kanji"])
        query = strip_macrons(row["hepburn"])
        query = query[:1].upper() + query[1:]
        results = jpterms.lookup(query)
        kanji = [_nfkc(m.kanji) for m in results]
        top1 += bool(kanji) and kanji[0] == want
        top5 += want in kanji
        gloss += bool(results) and bool(results[0].english.strip())
        if not kanji or kanji[0] != want:
            print(f"MISS {query!r}: want {want} got {kanji[:3]}")
    n = len(rows)
    print(f"lookup: top1 {top1}/{n} = {top1 / n:.0%}, top5 {top5 / n:.0%}, gloss {gloss / n:.0%}")
    assert top1 / n >= 0.90
    assert top5 / n >= 0.95
    assert gloss / n >= 0.95


@pytest.mark.parametrize(("query", "kanji"), [
    ("Kyôgi", "協議"),  # circumflex
    ("kyougi", "協議"),  # ou spelling
    ("KYOGI", "協議"),  # case
    ("Gemba", "玄葉"),  # traditional Hepburn m
    ("Sinbun", "新聞"),  # Kunrei-shiki
    ("Eikoku-bosho", "英国防相"),  # hyphen
    ("Hammondo", "ハモンド"),  # typo
])
def test_query_spellings(query: str, kanji: str) -> None:
    assert kanji in [m.kanji for m in jpterms.lookup(query)]


def test_title_has_word_breakdown() -> None:
    top = jpterms.lookup("Nichiei saiba kyogi no kaisai nit suite")[0]
    assert "".join(w.kanji for w in top.words) == top.kanji
    assert "開催" in [w.kanji for w in top.words]
    assert "cyber" in top.english.casefold()


def test_bad_limit_and_empty_query() -> None:
    assert jpterms.lookup("") == []
    assert jpterms.lookup("kyogi", limit=0) == []
    assert main(["lookup", "-n", "0", "kyogi"]) == 2


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_lookup_never_raises(text: str) -> None:
    assert isinstance(jpterms.lookup(text), list)


def test_round_trip_on_titles_outside_the_glossary() -> None:
    """Forty titles written for this test (not in dev_titles): romanise, drop the macrons,
    look up. The first twenty suggested some of the title words the glossary gained, so
    the figure is an estimate, not a held-out measurement."""
    from pathlib import Path

    titles = [t.strip() for t in (Path(__file__).parent / "data" / "titles_roundtrip.txt")
              .read_text(encoding="utf-8").splitlines() if t.strip()]
    top1 = 0
    for kanji in titles:
        query = strip_macrons(jpterms.romanize(kanji))
        got = [_nfkc(m.kanji) for m in jpterms.lookup(query)]
        top1 += bool(got) and got[0] == _nfkc(kanji)
        if not got or got[0] != _nfkc(kanji):
            print(f"MISS {query!r}: want {kanji} got {got[:2]}")
    print(f"round trip: top1 {top1}/{len(titles)}")
    assert top1 / len(titles) >= 0.75


# --- The whole-query search (jpterms.reverse, jpterms.lattice) --------------------------

LOOKUP_DATA = Path(__file__).parent / "data" / "lookup"


def _real_rows(name: str) -> list[dict[str, str]]:
    import csv

    with (LOOKUP_DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _kanji_key(text: str) -> str:
    import re

    return re.sub(r"[\s「」『』“”\"'’:：・,，、。.\-（）()]", "", _nfkc(text))


@pytest.mark.parametrize(("query", "kanji"), [
    ("dainiji sekai taisen", "第二次世界大戦"),  # a compound over three written words, no digit
    ("Chuo Koron Shinsha", "中央公論新社"),  # publisher: a name + 新社
    ("nihon gaiko shi", "日本外交史"),  # 史 "history" ends the title, not 氏 or 死
    ("Hara Takushi", "原卓志"),  # surname + given name, not 腹 + タクシー
    ("Kobo Daishi", "弘法大師"),  # a person
    ("Ichijo Shobo", "一条書房"),  # publisher: a name + 書房
    ("Kazama Shobo", "風間書房"),
    ("Nihon Koten Zenshu Kankokai", "日本古典全集刊行会"),  # + 刊行会
    ("Shin-Yokohama", "新横浜"),  # a hyphen is a word boundary (not shi-nyo)
    ("Tenpyo-shoho", "天平勝宝"),
    ("Dai Nippon Teikoku", "大日本帝国"),  # 大, not 第
    ("Nihonjin to Amerikajin", "日本人とアメリカ人"),
    ("Senkaku Shoto o meguru josei", "尖閣諸島をめぐる情勢"),  # o is を
])
def test_whole_query_first(query: str, kanji: str) -> None:
    assert jpterms.lookup(query)[0].kanji == kanji


def test_real_nbest_differs_and_offers_alternatives() -> None:
    results = jpterms.lookup("kyogi")
    kanji = [m.kanji for m in results]
    assert len(kanji) == len(set(kanji)) == 5
    assert {"協議", "虚偽"} <= set(kanji)  # consultation and falsehood both offered
    assert [m.score for m in results] == sorted((m.score for m in results), reverse=True)


_SMALL = set("ぁぃぅぇぉゃゅょゎっァィゥェォャュョヮッ")


def _well_formed(query: str, m: jpterms.Match) -> list[str]:
    problems = []
    for w in m.words or (m,):
        if w.kanji[:1] in _SMALL or w.kanji[:1] == "ー":
            problems.append(f"{w.kanji} starts with {w.kanji[0]}")
    if not any(ch.isdigit() for ch in query) and any(ch.isdigit() for ch in _nfkc(m.kanji)):
        problems.append(f"{m.kanji} has a digit")
    for i, ch in enumerate(m.kanji):
        if ch == "ー" and (i == 0 or not "\u30a1" <= m.kanji[i - 1] <= "\u30fa"):
            problems.append(f"{m.kanji}: ー after {m.kanji[i - 1:i] or 'nothing'}")
    return problems


def _sample_queries() -> list[str]:
    queries = [strip_macrons(r["gold_romaji"]) for r in _real_rows("marc_pairs.tsv")]
    queries += [strip_macrons(r["gold_romaji"]) for r in _real_rows("hdic_terms.tsv")[::4]]
    return [*queries, "Ruiju Myogisho no kenkyu", "Dainikan", "dai 2 kan", "Shin-Aomori"]


def test_results_are_well_formed_and_romanised_as_romanize_does() -> None:
    """Over ~100 real queries and all their results: no orphan small kana, no digit the
    query did not write, ー only after katakana; the reported Hepburn spells the result's
    own kana, and it is exactly what the glossary's romaniser makes of the kanji wherever
    that spells the same kana (lookup and romanize agree). Where romanize reads the kanji
    otherwise (東京大顎: *ōago*), the romaji is romanize's with that word read as found
    (not where a digit stands among the kanji: 大2巻 is romanize's *Ō 2-kan*)."""
    glossary = jpterms.Glossary.bundled()
    romanizer = glossary.romanizer()
    problems = []
    checked = reread = 0
    for query in _sample_queries():
        for m in jpterms.lookup(query, glossary=glossary):
            problems += _well_formed(query, m)
            plain = romanizer.romanize(m.kanji)
            if not spells_kana(m.romaji, m.kana) and not any(map(str.isdigit, m.kanji)):
                problems.append(f"{m.kanji} {m.kana}: {m.romaji!r} spells other kana")
            if spells_kana(plain, m.kana) and m.romaji != plain:
                problems.append(f"{m.kanji}: {m.romaji!r} != {plain!r}")
            if m.romaji != plain:
                reread += 1
                if m.romaji.lower().split() == plain.lower().split():
                    problems.append(f"{m.kanji}: {m.romaji!r} only cased otherwise")
            checked += 1
    assert checked > 300
    assert reread > 10  # romanize reads many results' kanji another way
    assert problems == []


def test_nihonjin_romaji_agrees_with_romanize() -> None:
    top = jpterms.lookup("Nihonjin to Amerikajin")[0]
    assert top.romaji == jpterms.romanize(top.kanji)


def test_user_glossary_has_its_own_engine_and_is_not_pinned(tmp_path: Path) -> None:
    import gc
    import weakref

    row = "Hemirikku\t減密陸\tへみりっく\tHemirikku (test term)\tterm\t\t\n"
    path = tmp_path / "user.tsv"
    path.write_text("hepburn\tkanji\tkana\tenglish\tkind\tvariants\tnote\n" + row,
                    encoding="utf-8")
    glossary = jpterms.Glossary.load([path])
    top = jpterms.lookup("Hemirikku", glossary=glossary)[0]
    assert (top.kanji, top.english) == ("減密陸", "Hemirikku (test term)")
    assert "減密陸" not in [m.kanji for m in jpterms.lookup("Hemirikku")]
    engine = weakref.ref(glossary.reverse_engine)
    assert engine() is not jpterms.Glossary.bundled().reverse_engine
    del glossary, top
    gc.collect()
    assert engine() is None  # nothing in the process keeps a user's glossary alive


def test_stations_from_a_real_list() -> None:
    """JR East and other railways' station names as their signage writes them
    (tests/data/lookup/stations_miehorts.tsv), macrons stripped: right kanji first."""
    rows = _real_rows("stations_miehorts.tsv")[:120]
    firsts = [jpterms.lookup(strip_macrons(r["gold_romaji"]))[:1] for r in rows]
    top1 = sum(_kanji_key(first[0].kanji) == _kanji_key(r["japanese"])
               for first, r in zip(firsts, rows, strict=True) if first)  # DisneySea: none
    print(f"stations: top1 {top1}/{len(rows)}")
    assert top1 / len(rows) >= 0.8


def test_catalogue_names_titles_publishers() -> None:
    """Names, titles and publishers a cataloguer romanised (tests/data/lookup/marc_pairs.tsv,
    several in pre-war kanji no lookup can guess): right kanji in the top five."""
    rows = _real_rows("marc_pairs.tsv") + _real_rows("cite_non_english.tsv")
    top5 = 0
    for r in rows:
        got = [_kanji_key(m.kanji) for m in jpterms.lookup(strip_macrons(r["gold_romaji"]))]
        top5 += _kanji_key(r["japanese"]) in got
    print(f"catalogue: top5 {top5}/{len(rows)}")
    assert top5 / len(rows) >= 0.5


def test_english_words_in_station_names_become_loanwords() -> None:
    """Real station names (stations_miehorts.tsv) mixing Japanese and English: the English
    word is the katakana loanword JMdict glosses with it and that sounds like it."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("stations_miehorts.tsv")}
    for name in ("Tama Center", "Center Kita"):
        assert jpterms.lookup(name)[0].kanji == rows[name]
    # Grandberry is a name no dictionary has: no reading echoes its letters back
    # (南町田Grandberryパーク is not the station's name, 南町田グランベリーパーク)
    assert jpterms.lookup("Minami-machida Grandberry Park") == []
    from jpterms.english_loans import katakana_for

    assert katakana_for("Mall") == ("モール",)  # not ショッピングセンター, which does not sound like it
    assert jpterms.lookup("IBM") == []  # no loanword fits: no match, not the letters echoed


def test_a_written_long_vowel_is_not_a_glossary_near_miss() -> None:
    """Ookayama (大岡山, JR signage writes oo) is not the glossary's Okayama; a hyphen joins
    a place's parts, not a surname and a given name (Shin-Fuji 新富士, not 森 富士)."""
    assert jpterms.lookup("Ookayama")[0].kanji == "大岡山"
    assert jpterms.lookup("Okayama")[0].kanji == "岡山"
    assert jpterms.lookup("Shin-Fuji")[0].kanji == "新富士"


def test_numbered_volumes_and_years() -> None:
    """A number with a citation counter written as one word is that number (HDIC's
    *Ruiju Myogisho, Daiikkan*: 第一巻; *Nijugokan*: 二十五巻, not 二重互換), while a word
    that merely sounds like one stays a word (HDIC's *jukugo*: 熟語, not 十九号)."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("hdic_terms.tsv")}
    assert _kanji_key(jpterms.lookup("Ruiju Myogisho, Daiikkan")[0].kanji).endswith("第一巻")
    assert jpterms.lookup("jukugo")[0].kanji == rows["jukugo"] == "熟語"
    assert jpterms.lookup("Nijugokan")[0].kanji == "二十五巻"
    assert jpterms.lookup("Meiji sanjukyunen")[0].kanji == "明治三十九年"
    assert jpterms.lookup("Daiku")[0].kanji == "大工"  # not 第九


def test_moraic_n_without_its_apostrophe() -> None:
    """Aozora writes 石川欣一 "Ishikawa Kinichi" and 榎南謙一 "Enami Kenichi"
    (aozora_authors.tsv): a written ni after a vowel may be ん + い."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("aozora_authors.tsv")}
    got = jpterms.lookup("Ishikawa Kinichi")
    assert rows["Ishikawa Kinichi"] in [m.kanji for m in got]
    assert all(m.kana.endswith("きんいち") for m in got[1:3])
    assert jpterms.lookup("Enami Kenichi")[0].kana.endswith("けんいち")
    assert jpterms.lookup("Nikki")[0].kanji == "日記"  # a plain ni stays に


def test_aozora_titles_and_authors() -> None:
    """A literary catalogue's titles (their kana readings in Hepburn, macrons stripped) and
    authors (Aozora's own macron-less romaji): the right kanji among the five."""
    rows = _real_rows("aozora_titles.tsv") + _real_rows("aozora_authors.tsv")
    top1 = top5 = 0
    for r in rows:
        got = [_kanji_key(m.kanji) for m in jpterms.lookup(r["gold_romaji"])]
        top1 += bool(got) and got[0] == _kanji_key(r["japanese"])
        top5 += _kanji_key(r["japanese"]) in got
    print(f"aozora: top1 {top1}/{len(rows)} top5 {top5}/{len(rows)}")
    assert top1 / len(rows) >= 0.45
    assert top5 / len(rows) >= 0.65


def test_particles_written_onto_their_word() -> None:
    """Aozora's file names write a particle onto the word before it (aozora_filenames.tsv:
    *chichio ushinau hanashi* 父を失う話, *chiisaki monoe* 小さき者へ)."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("aozora_filenames.tsv")}
    for query in ("Chichio ushinau hanashi", "Chiisaki monoe"):
        assert jpterms.lookup(query)[0].kanji == rows[query]
    assert jpterms.lookup("Kawa")[0].kana == "かわ"  # a word ending in wa is still a word
    # a name's -o is not を (marc_pairs.tsv: Nozu Shibuo 野津渋生)
    assert not any(m.kanji.endswith("を") for m in jpterms.lookup("Nozu Shibuo"))


def test_a_counter_after_a_digit() -> None:
    """ALA-LC writes volumes with digits (*dai 2-kan*, *Dai 3-go*): the counter after the
    digit is the volume's, not its homophone (第2巻, not 第2館)."""
    assert jpterms.lookup("dai 2-kan")[0].kanji == "第2巻"
    assert jpterms.lookup("Dai 3-go")[0].kanji == "第3号"
    assert jpterms.lookup("dai 2-ban")[0].kanji == "第2版"
    assert jpterms.lookup("Hakubunkan")[0].kanji == "博文館"  # no digit: the publisher


def test_a_name_is_read_as_a_name() -> None:
    """In "Surname Given", the given name is a name, not a common word (Aozora's *Saito
    Ryokuu*: 斎藤緑雨, not 領空 "airspace"); a person JMnedict describes with dates beats
    a homophone it only lists (丸山真男 "Maruyama Masao (1914-)" before 丸山昌朗); a
    written particle does not start a compound (Aozora's *Seinen to shi*: 青年と死)."""
    rows = {r["gold_romaji"]: r["japanese"] for r in
            _real_rows("aozora_authors.tsv") + _real_rows("aozora_titles.tsv")}
    assert jpterms.lookup("Saito Ryokuu")[0].kanji == rows["Saito Ryokuu"]
    assert jpterms.lookup("Maruyama Masao")[0].kanji == "丸山真男"
    assert rows["Seinen to shi"] in [m.kanji for m in jpterms.lookup("Seinen to shi")]


def test_a_person_is_not_read_as_a_dictionary_alias() -> None:
    """JMnedict lists aliases under a person's reading (管家 "Kanke" read すがわらみちざね,
    源の頼朝 read without its の): the person's own name, which Mozc knows too, comes first."""
    assert jpterms.lookup("Sugawara Michizane")[0].kanji == "菅原道真"
    assert jpterms.lookup("Minamoto Yoritomo")[0].kanji == "源頼朝"
    assert jpterms.lookup("Natsume Soseki")[0].kanji == "夏目漱石"


def test_a_clan_name_without_its_genitive() -> None:
    """Catalogues write 阿倍仲麻呂 (JMnedict: あべのなかまろ) as *Abe Nakamaro*
    (marc_pairs.tsv): Mozc lists the person read with its の and no one read without it,
    so the name read with its の comes first, before JMnedict's variant 安倍仲麿 (which it
    describes, read あべなかまろ, but Mozc lacks)."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("marc_pairs.tsv")}
    got = jpterms.lookup("Abe Nakamaro")
    assert got[0].kanji == rows["Abe Nakamaro"] and got[0].kana == "あべのなかまろ"
    assert got[0].romaji == jpterms.romanize(got[0].kanji) == "Abe no Nakamaro"
    assert "安倍仲麿" in [m.kanji for m in got]
    # JMnedict types 蘇我馬子 a given name; Mozc lists the person (before: 曽我 + 馬子)
    top = jpterms.lookup("Soga Umako")[0]
    assert (top.kanji, top.romaji) == ("蘇我馬子", "Soga no Umako")


def test_a_word_written_without_a_capital_is_not_a_name() -> None:
    """A name read from a word the query writes in lower case costs more: HDIC's *jinbu*
    is 人部 (the radical), not the surname 神部; Aozora's file name *Kagono kotori* is
    籠の小鳥, not the person 加護野小鳥. Written with a capital, the name may still win."""
    rows = {r["gold_romaji"]: r["japanese"] for r in
            _real_rows("hdic_terms.tsv") + _real_rows("aozora_filenames.tsv")}
    for query in ("jinbu", "Kagono kotori"):
        assert jpterms.lookup(query)[0].kanji == rows[query]
    assert jpterms.lookup("Jinbu")[0].kanji == "神部"


def test_a_hyphen_joins_no_person() -> None:
    """A hyphen joins a compound's parts: HDIC's *Go-on* is 呉音 (the reading), not the
    person JMnedict names ごおん; a place may still span one (*Shin-Yokohama* 新横浜)."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("hdic_terms.tsv")}
    assert jpterms.lookup("Go-on")[0].kanji == rows["Go-on"]
    assert jpterms.lookup("Shin-Yokohama")[0].kanji == "新横浜"


def test_a_glossary_family_name_is_no_word_in_lower_case() -> None:
    """The glossary's family names cut from its people's rows (甘利 of 甘利明) read a
    word written in lower case no more cheaply than Mozc's other names: Aozora's
    *Bungeiteki na, amari ni bungeiteki na* (文芸的な、余りに文芸的な) reads *amari ni* as
    the adverb, not as the minister's family name + に. The capitalised name keeps it."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("aozora_titles.tsv")}
    query = "Bungeiteki na, amari ni bungeiteki na"
    assert query in rows
    found = [m.kanji for m in jpterms.lookup(query)]
    assert "甘利" not in found[0]
    assert _kanji_key(rows[query]) in [_kanji_key(k) for k in found]
    assert jpterms.lookup("Amari Akira")[0].kanji == "甘利明"


def test_a_title_suffix_ends_a_glued_title() -> None:
    """A one-kana title suffix (記, 伝, 考) written onto a title's last word ends the title:
    Aozora's *Jimokuki* is 耳目記, not 耳目期 ("period"). Not in a person's name, whose
    last word is a given name (*Gigado Ashiyuki*: no 足湯記)."""
    rows = {r["gold_romaji"]: r["japanese"] for r in _real_rows("aozora_titles.tsv")}
    assert jpterms.lookup("Jimokuki")[0].kanji == rows["Jimokuki"]
    assert not jpterms.lookup("Gigado Ashiyuki")[0].kanji.endswith("記")
