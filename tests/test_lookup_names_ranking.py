"""Which spelling of a person's name lookup puts first, and what reaches its top five.

The queries are real rows of tests/data/lookup (Wikidata's scholars, writers and people of
history, Aozora Bunko's authors, Drixler's index; provenance in that folder's README), with
their macrons stripped as lookup_accuracy.py queries them. Each test failed before the
mechanism it names.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons
from jpterms.lattice import Edge, query_slots
from jpterms.reverse import ReverseEngine

DATA = Path(__file__).parent / "data" / "lookup"


def _query(file: str, japanese: str) -> str:
    """The macron-less romaji of the row of ``file`` whose Japanese is ``japanese``."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    return strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))


def _kanji(query: str, limit: int = 5) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query, limit=limit)]


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_authors.tsv", "辰野九紫"),  # Kyushi: 九紫, not 休止 "pause"
    ("wikidata_scholars.tsv", "中西洋"),  # Yo: 洋, not 用 "use"
])
def test_a_given_name_mozc_lists_beyond_the_cheapest_words_is_found(file: str,
                                                                    japanese: str) -> None:
    """The lattice keeps a few words per span, the cheapest of every kind; the given names
    Mozc lists for the last written word of a name are searched as well."""
    assert _kanji(_query(file, japanese))[0] == japanese


def test_the_given_names_mozc_lists_are_words_of_the_lattice() -> None:
    """The given names Mozc lists for *Kyushi* are words of the lattice of *Tatsuno
    Kyushi*, 九紫 among them (it was not: 休止 "pause", 給し, きゅうし filled the span),
    and the surnames it lists for *Tatsuno* (辰野, 龍野)."""
    engine = ReverseEngine()
    slots = query_slots("Tatsuno Kyushi")
    edges: list[list[Edge]] = [[] for _ in slots]
    engine._name_lookup.add_name_words(edges, slots)
    start = next(i for i, s in enumerate(slots) if s.word == 1)
    assert "九紫" in {e.written for e in edges[start]}
    assert {"辰野", "龍野"} <= {e.written for e in edges[0]}
    assert all(e.end == len(slots) for e in edges[start])


def test_an_untyped_jmnedict_name_is_a_given_name_after_a_surname() -> None:
    """JMnedict lists 茂時 without a type; after a surname it is priced as a given name,
    not as a noun, so 北条茂時 reaches the top five (補助茂時 "assistance" did before)."""
    results = _kanji(_query("wikidata_historical.tsv", "北条茂時"))
    assert "北条茂時" in results
    assert not any(k.startswith("補助") for k in results)


@pytest.mark.parametrize(("file", "japanese", "before"), [
    ("wikidata_writers.tsv", "林由香里", "林縁"),
    ("wikidata_writers.tsv", "柴田聡子", "柴田聖子"),
    ("aozora_authors.tsv", "森川義信", "森川由伸"),
])
def test_a_given_name_many_people_bear_comes_first(file: str, japanese: str,
                                                   before: str) -> None:
    """Among a reading's given names, the spelling more people bear (JMnedict's full names)
    comes first: Mozc ranks 縁 as a word before 由香里 as a name."""
    results = _kanji(_query(file, japanese))
    assert results[0] == japanese
    assert before in results  # still an answer, after it


@pytest.mark.parametrize(("query", "person"), [
    ("Date Masamune", "伊達政宗"),  # not 伊達正宗, a given name more people bear
    ("Fujikawa Yu", "富士川游"),  # Mozc's whole name, not 藤川優
])
def test_a_known_person_stays_first_whoever_else_bears_the_given_name(query: str,
                                                                     person: str) -> None:
    assert _kanji(query)[0] == person


def _western_rows(file: str, step: int) -> list[tuple[str, str, str]]:
    """(label, gold romaji, Japanese) of the rows whose English label is the name given
    name first (*Yoshio Fujino* for Fujino Yoshio), every ``step``-th."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")
                if r["label"].split() == r["gold_romaji"].split()[::-1]]
    return [(strip_macrons(unicodedata.normalize("NFC", r["label"])),
             strip_macrons(unicodedata.normalize("NFC", r["gold_romaji"])), r["japanese"])
            for r in rows[::step]]


def test_a_name_written_given_name_first_is_found_in_japanese_order() -> None:
    """Wikidata's English labels write names given name first, as English does (*Yoshio
    Fujino*): looked up, they give the name in Japanese order (藤野義雄, read Fujino Yoshio),
    never the two parts the wrong way round (義雄藤野). Over every third such label of the
    scholars' file: wherever the surname-first query finds the person first, the label
    finds them among its five too (before: none of 280 labels)."""
    rows = _western_rows("wikidata_scholars.tsv", 3)
    assert len(rows) >= 60
    found = both = 0
    for label, romaji, japanese in rows:
        if _kanji(romaji)[:1] != [japanese]:
            continue
        both += 1
        found += japanese in _kanji(label)
    assert both >= 15
    assert found >= 0.9 * both, (found, both)


def test_a_name_in_either_order_is_glossed_as_the_same_person() -> None:
    match = jpterms.lookup("Yoshio Fujino")[0]
    assert (match.kanji, match.romaji) == ("藤野義雄", "Fujino Yoshio")
    assert match.english == "Fujino (surname) Yoshio (given name)"
    assert [w.kanji for w in match.words] == ["藤野", "義雄"]


@pytest.mark.parametrize(("query", "first"), [
    ("Fujino Yoshio", "藤野義雄"),  # surname first, as written, stays so
    ("Tama Center", "多摩センター"),  # a station, not a person's name the other way round
    ("Shimazu Katsuhisa", "島津勝久"),  # Wikidata's label of a daimyo, surname first
])
def test_a_query_written_surname_first_keeps_its_order(query: str, first: str) -> None:
    assert _kanji(query)[0] == first


def _catalogue_headings() -> list[tuple[str, str]]:
    """(heading, kanji) of the personal names (100, 600, 700) of the real MARC records in
    tests/data/marc/real.xml that have an 880 partner: *Andō, Shōeki* and 安藤昌益."""
    import pymarc

    out = []
    for record in pymarc.parse_xml_to_array(str(Path(__file__).parent / "data" / "marc" /
                                                 "real.xml")):
        partners = {f.get_subfields("6")[0][:6]: f for f in record.get_fields("880")
                    if f.get_subfields("6")}
        for field in record.get_fields("100", "600", "700"):
            link = field.get_subfields("6")
            heading = field.get_subfields("a")
            partner = partners.get(f"{field.tag}-{link[0][4:6]}") if link else None
            if heading and partner is not None and partner.get_subfields("a"):
                kanji = partner.get_subfields("a")[0].strip(" ,.").replace(" ", "")
                out.append((unicodedata.normalize("NFC", heading[0]).strip(" ,."), kanji))
    return sorted(set(out))


def test_a_catalogue_heading_surname_comma_given_name() -> None:
    """Catalogues head a name *Surname, Given name* (MARC 100 *Andō, Shōeki*). Looked up
    with its macrons stripped, the heading is the name surname first: its kanji without a
    comma (安藤昌益, not 安藤、昌益 "Andō" and a word), the person first where JMnedict or Mozc
    knows them (7 of the 16: 安藤昌益, 知里真志保, 児玉幸多, 三田村鳶魚 ...)."""
    headings = [(h, k) for h, k in _catalogue_headings() if ", " in h]
    assert len(headings) >= 12
    first = 0
    for heading, kanji in headings:
        results = _kanji(strip_macrons(heading))
        assert results and not any("、" in r for r in results), heading
        first += results[0] == kanji
    assert first >= 6, first  # 7 of 16 now; with the comma read as a word, 2
    assert _kanji("Ando, Shoeki")[0] == "安藤昌益"


@pytest.mark.parametrize(("file", "japanese", "not_a_name"), [
    ("wikidata_writers.tsv", "三田了一", "見た良一"),  # Mita: 見た "saw" is no surname
    ("wikidata_scholars.tsv", "工藤祐舜", "工藤優駿"),  # 優駿 "fine racehorse"
])
def test_readings_that_are_no_name_come_after_names(file: str, japanese: str,
                                                     not_a_name: str) -> None:
    """A name whose best reading is a person's: its other readings that are no name (a
    verb, a noun) come after those that are, so the person's spellings come first (工藤祐舜
    is sixth since UniDic's given names, tied with the fifth: 宥俊 is listed, 祐舜 not)."""
    query = _query(file, japanese)
    assert not_a_name not in _kanji(query)
    assert japanese in _kanji(query, 10)


@pytest.mark.parametrize("query", ["Chuo Koron", "Kazama Shobo", "Iwanami Shoten"])
def test_readings_of_a_title_or_publisher_are_not_reordered_as_names(query: str) -> None:
    """A query shaped like a name whose best reading is no name keeps its order."""
    engine = ReverseEngine()
    assert [m.kanji for m in engine.search(query)] == \
        [p.written for p in engine.paths(query)][:5]


@pytest.mark.parametrize(("file", "japanese", "romaji"), [
    ("wikidata_writers.tsv", "三浦みどり", "Miura Midori"),
    ("wikidata_writers.tsv", "沢ちひろ", "Sawa Chihiro"),
])
def test_a_given_name_people_write_in_kana_joins_the_top_five(file: str, japanese: str,
                                                              romaji: str) -> None:
    """JMnedict lists みどり and ちひろ as given names written in kana alone: the best
    reading's surname with the given name in kana joins the top five (it did not: only
    kanji spellings 緑, 翠, 碧, 千尋, 千裕), glossed and romanised as a name."""
    query = _query(file, japanese)
    found = {m.kanji: m for m in jpterms.lookup(query)}
    assert japanese in found and next(iter(found)) != japanese
    assert found[japanese].english.endswith("(given name)")
    assert found[japanese].romaji == romaji


def test_a_given_name_written_only_in_kanji_gets_no_kana_spelling() -> None:
    """ふとし is a given name JMnedict lists only in kanji (太志, 太): no 木下ふとし."""
    query = _query("drixler_names.tsv", "木下太志")
    assert not any("ふとし" in m.kanji for m in jpterms.lookup(query, limit=10))


@pytest.mark.parametrize(("file", "japanese"), [
    ("wikidata_scholars.tsv", "畑井新喜司"),  # Shinkishi Hatai, not 新騎士畑井 "new knight"
    ("wikidata_historical.tsv", "野間仁根"),  # Hitone Noma, not 人値野間
])
def test_a_name_given_name_first_whose_order_as_written_is_no_name(file: str,
                                                                  japanese: str) -> None:
    """Where the order as written reads as no name at all, the name the other way round
    costs no more than it (it cost WESTERN_ORDER_COST more, and lost to 新騎士畑井)."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    label = strip_macrons(unicodedata.normalize("NFC", row["label"]))
    assert label.split() == strip_macrons(row["gold_romaji"]).split()[::-1]
    assert _kanji(label)[0] == japanese


def test_no_reading_that_is_no_name_comes_before_one_that_is() -> None:
    """The property behind the ordering, over every 25th writer's name of the dev file:
    where the first result of a two-word name reads as a person's name, no result that
    reads as no name comes before one that does."""
    engine = ReverseEngine()
    with (DATA / "wikidata_writers.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))[::25]
    checked = 0
    for row in rows:
        query = strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))
        paths = {p.written: p for p in engine.paths(query, limit=5, spare=5)}
        slots = query_slots(query)
        first = next(iter(paths.values()), None)
        if len(query.split()) != 2 or first is None or \
                not engine._name_lookup.reads_as_person(first, slots):
            continue
        names = [engine._name_lookup.reads_as_name(paths[m.kanji]) for m in engine.search(query)
                 if m.kanji in paths]
        assert names == sorted(names, reverse=True), (query, names)
        checked += 1
    assert checked >= 5


@pytest.mark.parametrize(("japanese", "namesake"), [
    ("玄侑宗久", "玄侑宋久"),  # (1956.4.28-) before (1956-)
    ("井上芳夫", "井上善雄"),  # (1926.9.8-) before (1946.9-); before 井上芳雄 (1979.7.6-)
])
def test_namesakes_jmnedict_prices_alike_go_by_their_dates(japanese: str, namesake: str) -> None:
    """Persons JMnedict lists that read a query at the same cost (Wikidata writers, *Genyu
    Sokyu*, *Inoue Yoshio*) come in order of how fully JMnedict dates them, then of birth:
    the spelling JMnedict dates to the day is first, its namesake after it."""
    found = _kanji(_query("wikidata_writers.tsv", japanese))
    assert found[0] == japanese
    assert namesake in found


def test_other_readings_keep_their_places_among_namesakes() -> None:
    """Only a run of equally priced JMnedict persons is reordered: what comes before or after
    it (a person Mozc composes, a common word) stays where its cost puts it."""
    from jpterms.name_evidence import order_namesakes

    engine = ReverseEngine()
    found = engine.paths("Inoue Yoshio", limit=4)
    namesakes = ["井上芳夫", "井上芳雄", "井上善雄"]  # (1926.9.8-), (1979.7.6-), (1946.9-)
    assert [p.written for p in found[:3]] == namesakes
    assert order_namesakes(found[3:]) == found[3:]
    assert [p.written for p in order_namesakes(found[::-1])][-3:] == namesakes


@pytest.mark.parametrize(("file", "japanese"), [
    ("aozora_authors.tsv", "林田清明"),  # Seimei: 清明, a surname to Mozc, given to UniDic
    ("wikidata_scholars.tsv", "小牧実繁"),  # Saneshige: 実繁, given to JMnedict
])
def test_a_surname_listed_as_a_given_name_too_reads_as_the_given_name(file: str,
                                                                    japanese: str) -> None:
    """A word Mozc lists only as a surname, which UniDic or JMnedict lists as a given name
    read so, joins the surname before it as a given name in a look-up: before, it paid
    Mozc's price of a surname after a surname and a commoner spelling came first."""
    assert _kanji(_query(file, japanese))[0] == japanese


def test_only_a_listed_given_name_is_taken_from_the_surnames() -> None:
    """Of the surnames that read the last written word, only a spelling UniDic or JMnedict
    lists as a given name read so takes the given name's context (清明 せいめい); one no
    dictionary lists as a given name (林田 read as Mozc's surname) keeps the surname's."""
    from jpterms.lattice import new_edge
    from jpterms.mozc_contexts import GIVEN_NAME_CONTEXT, SURNAME_CONTEXT
    engine = ReverseEngine()
    slots = query_slots("Hayashida Seimei")
    start = next(i for i, s in enumerate(slots) if s.word == 1)
    edges: list[list[Edge]] = [[] for _ in slots]
    edges[start] = [new_edge(start, len(slots), written, kana, SURNAME_CONTEXT, SURNAME_CONTEXT,
                             5000, "mozc")
                    for written, kana in (("清明", "せいめい"), ("林田", "はやしだ"))]
    moved = engine._name_lookup.surnames_as_given(edges, slots)[start]
    assert [(e.written, e.left, e.right, e.cost) for e in moved] == [
        ("清明", GIVEN_NAME_CONTEXT, GIVEN_NAME_CONTEXT, 5000),
        ("林田", SURNAME_CONTEXT, SURNAME_CONTEXT, 5000)]


def _label(file: str, japanese: str) -> str:
    """The macron-less English label (given name first) of the row of ``file`` whose
    Japanese is ``japanese``."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)
    return strip_macrons(unicodedata.normalize("NFC", row["label"]))


@pytest.mark.parametrize(("file", "japanese", "first"), [
    ("wikidata_writers.tsv", "暁佳奈", False),  # Kana Akatsuki: 神奈暁 first, then 暁佳奈
    # Itoku Tagaya: no one bears 伊徳 as a family name or 多賀谷 as a given name, while
    # people bear 多賀谷 as a family name: the person first (伊徳多賀谷 was)
    ("wikidata_historical.tsv", "多賀谷伊徳", True),
])  # 田内森三郎 (Morisaburo Tauchi) is now first: test_lookup_given_first_whole_name.py
def test_a_name_in_english_order_has_its_person_among_the_five(file: str, japanese: str,
                                                                first: bool) -> None:
    """A name written given name first (Wikidata's English labels) whose order as written
    also reads as a name, more cheaply, still has the person read the other way round among
    its five results: before, the other order was left out unless it read better."""
    query = _label(file, japanese)
    found = _kanji(query)
    assert japanese in found
    assert (found[0] == japanese) is first
    assert _kanji(_query(file, japanese))[0] == japanese  # surname first: first


def test_a_name_in_english_order_is_not_read_backwards_where_the_other_order_wins() -> None:
    """*Ryoichi Mita* (a Wikidata writer's label) reads better as 三田 + 良一 than as
    written; the readings as written that are the name the wrong way round, given name
    first (良一三田, 亮一三田: no one writes a name so in kanji), no longer fill its five:
    other spellings of the name do, the writer 三田了一 among them."""
    found = _kanji(_label("wikidata_writers.tsv", "三田了一"))
    assert found[0] == "三田良一"
    assert "三田了一" in found
    assert all(kanji.startswith("三田") for kanji in found), found


@pytest.mark.parametrize(("file", "japanese", "other"), [
    ("aozora_authors.tsv", "沼田一雅", "沼田一芽"),  # 雅 ends 69 given names read が, 芽 27
    ("wikidata_scholars.tsv", "三宅恒方", "三宅常賢"),
])
def test_given_names_only_jmnedict_lists_tie_by_their_kanji(file: str, japanese: str,
                                                            other: str) -> None:
    """Given names JMnedict alone lists cost the same (it gives no count); where two
    readings differ only there, the spelling whose kanji more of JMnedict's given names
    begin and end with, read so, comes first."""
    found = _kanji(_query(file, japanese))
    assert found[0] == japanese
    assert other in found


@pytest.mark.parametrize(("file", "japanese", "word"), [
    ("aozora_authors.tsv", "北村四海", "北村視界"),  # 視界 "field of view"
    ("wikidata_writers.tsv", "清水紫琴", "清水資金"),  # 資金 "funds"
])
def test_an_art_name_comes_before_a_common_word_in_a_look_up(file: str, japanese: str,
                                                            word: str) -> None:
    """In a look-up, a common word read as the given name costs more again than the
    checker charges it: the sculptor's and the writer's art names (号) come first, the
    common word after them."""
    found = _kanji(_query(file, japanese), 10)
    assert found[0] == japanese
    assert word in found[5:]  # still found, after the name's other spellings


def test_a_person_whose_given_name_no_dictionary_lists_goes_after_the_listed_one() -> None:
    """Aozora's *Sato Issai*: JMnedict lists 佐藤一斎 and 佐藤一斉 alike, undated, at the
    same price; 一斉 is the word "all at once", listed as no given name, so 佐藤一斉 comes
    after the spelling whose given name Mozc lists (一斎). Before, the lattice's order put
    佐藤一斉 first."""
    found = _kanji(_query("aozora_authors.tsv", "佐藤一斎"))
    assert found[:2] == ["佐藤一斎", "佐藤一斉"]


def test_a_whole_name_splits_into_listed_surname_and_given_name() -> None:
    """What decides both rules below: a surname read so (Mozc's or JMnedict's), then a
    given name Mozc, UniDic or JMnedict lists read so."""
    engine = ReverseEngine()
    assert engine._name_lookup.splits_as_name("佐藤一斎", "さとういっさい")
    assert not engine._name_lookup.splits_as_name("佐藤一斉", "さとういっさい")
    assert engine._name_lookup.splits_as_name("円山応挙", "まるやまおうきょ")
    assert not engine._name_lookup.splits_as_name("圓山応拳", "まるやまおうきょ")


@pytest.mark.parametrize(("query", "japanese", "variant"), [
    ("Maruyama Okyo", "円山応挙", "圓山応拳"),  # "Maruyamaoukyo", unclassified
    ("Tawaraya Sotatsu", "俵屋宗達", "俵谷宗達"),  # "Tawarayasoutatsu"
    ("Ito Jakuchu", "伊藤若冲", "伊藤若中"),  # "Itoujakuchuu"
])
def test_a_full_name_jmnedict_leaves_unclassified_is_a_person(query: str, japanese: str,
                                                              variant: str) -> None:
    """Painters JMnedict lists under their full names with no type (円山応挙 has the gloss
    "Maruyamaoukyo", like a place's) are persons in a look-up, where the name splits into
    a listed surname and given name: before, they cost as much as any unclassified name and
    the variant JMnedict does list as a person, whose given name no dictionary lists
    (応拳, 若中), came first."""
    found = _kanji(query, limit=3)
    assert found[0] == japanese
    assert variant in found


def test_hiragana_inside_a_written_word_of_a_name_goes_after() -> None:
    """Aozora's *Sanmonjiya Kinpira*: 三文字屋金平, not 三文字や金平, whose や is a particle
    written inside the surname's word. Before, the particle's reading was the cheapest. A
    given name written wholly in kana is a name people bear, not a piece: Drixler's *Suzuki
    Yuriko* keeps 鈴木ゆりこ among its five."""
    found = _kanji(_query("aozora_authors.tsv", "三文字屋金平"))
    assert found[0] == "三文字屋金平"
    assert "鈴木ゆりこ" in _kanji(_query("drixler_names.tsv", "鈴木由利子"))
