"""Lookup of names and publishers: real catalogue and index rows (tests/data/lookup/)."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons
from jpterms.name_evidence import NameEvidence
from jpterms.publishers import Publishers, build
from jpterms.reading_index import ReadingIndex

DATA = Path(__file__).parent / "data" / "lookup"


def _row(file: str, japanese: str) -> dict[str, str]:
    """The row of a development file whose Japanese is ``japanese``."""
    with (DATA / file).open(encoding="utf-8", newline="") as fh:
        return next(r for r in csv.DictReader(fh, delimiter="\t") if r["japanese"] == japanese)


def _query(row: dict[str, str]) -> str:
    return strip_macrons(unicodedata.normalize("NFC", row["gold_romaji"]))


@pytest.mark.parametrize(("file", "japanese"), [
    ("marc_pairs.tsv", "弘文堂"),  # Kōbundō: Mozc has only 光文堂
])
def test_a_publisher_no_dictionary_has_is_found_first(file: str, japanese: str) -> None:
    row = _row(file, japanese)
    top = jpterms.lookup(_query(row))[0]
    assert top.kanji == japanese
    assert top.romaji == jpterms.romanize(top.kanji)  # lookup and romanize agree


def test_a_publisher_over_two_written_words() -> None:
    # HDIC's bibliography cites 風間書房 as "Kazama Shobō" (shared biblio_and_misc rows).
    assert jpterms.lookup("Kazama Shobo")[0].kanji == "風間書房"
    assert jpterms.lookup("Kyuko Shoin")[0].kanji == "汲古書院"


def test_a_lower_case_word_is_not_read_as_a_publisher() -> None:
    assert all(m.source != "publisher" for m in jpterms.lookup("kobundo"))


def test_the_shipped_publisher_table() -> None:
    publishers = Publishers.bundled()
    assert len(publishers) > 800
    assert [p.written for p in publishers.spellings("Kōbundō")] == ["弘文堂", "高文堂"]
    assert publishers.spellings("Koubundou") == publishers.spellings("kobundo")


def test_build_keeps_only_publishers_written_in_kanji_and_kana() -> None:
    lines = ["しちょうしゃ /思潮社;[出版社名]現代詩専門/",
             "えぬえいちけいしゅっぱん /NHK出版;[出版社名]/",
             "げんだいしぶんこ /現代詩文庫;思潮社/"]
    assert [(p.written, p.kana) for p in build(lines)] == [("思潮社", "しちょうしゃ")]


@pytest.mark.parametrize("japanese", ["太田典礼", "太田素子"])
def test_a_surname_people_bear_beats_one_read_otherwise(japanese: str) -> None:
    # Drixler's index: Ōta Tenrei, Ōta Motoko. Mozc reads 織田 おた cheaply, but every
    # person JMnedict names 織田 is おだ or おりた, and 81 named 太田 are おおた.
    row = _row("drixler_names.tsv", japanese)
    assert jpterms.lookup(_query(row))[0].kanji == japanese


def test_name_evidence_counts_people() -> None:
    evidence = NameEvidence(ReadingIndex.default())
    assert evidence.adjustment("中村", "なかむら", family=True) < \
        evidence.adjustment("本庄", "ほんじょう", family=True) < 0
    assert evidence.adjustment("織田", "おた", family=True) > 0
    assert evidence.adjustment("書籍", "しょせき", family=False) == 0  # no one: no evidence
    assert evidence.adjustment("ナカムラ", "なかむら", family=True) == 0


def test_the_commonest_spellings_are_told_apart_by_their_bearers() -> None:
    # 伊藤 いとう: 261 people in JMnedict, 上田 うえだ 86; both once capped at 63 alike.
    evidence = NameEvidence(ReadingIndex.default())
    assert evidence.adjustment("伊藤", "いとう", family=True) < \
        evidence.adjustment("上田", "うえだ", family=True) < 0
    # Wikidata's scholars: Itō Tōru 伊藤徹 (94 people bear 徹 とおる, 26 透)
    row = _row("wikidata_scholars.tsv", "伊藤徹")
    assert jpterms.lookup(_query(row))[0].kanji == "伊藤徹"


def test_a_one_kanji_surname_no_one_bears_is_the_word_it_is() -> None:
    # Wikidata's writers: Ochi Shiho 越智志帆. Mozc lists 落 "fall" read おち as a surname,
    # more cheaply than 越智, but no person JMnedict names bears 落; 林 many do.
    evidence = NameEvidence(ReadingIndex.default())
    assert evidence.adjustment("落", "おち", family=True) > 0
    assert evidence.adjustment("林", "はやし", family=True) < 0
    row = _row("wikidata_writers.tsv", "越智志帆")
    found = [m.kanji for m in jpterms.lookup(_query(row))]
    assert found[0].startswith("越智") and "越智志帆" in found


def test_a_publisher_mozc_knows_beats_the_bare_citation_word() -> None:
    # Drixler's bibliography cites "Kokusho Kankōkai" (国書刊行会, which Mozc lists): the
    # bare citation word 刊行会 must not carry a homophone (酷暑, "fierce heat") before it.
    assert jpterms.lookup("Kokusho Kankokai")[0].kanji == "国書刊行会"


@pytest.mark.parametrize("japanese", ["平山忠兵衛", "浦井平兵衛"])
def test_a_given_name_in_hyoe_written_bei(japanese: str) -> None:
    # Drixler's index: Hirayama Chūbei, Urai Heibei. 兵衛 is read べえ; historians and
    # catalogues write it -bei, which the lattice reads べい only (中米, 平米).
    row = _row("drixler_names.tsv", japanese)
    assert jpterms.lookup(_query(row))[0].kanji == japanese


def test_a_modern_given_name_in_hei_stays_first() -> None:
    top = [m.kanji for m in jpterms.lookup("Kawai Yohei")]
    assert top[0] == "河合洋平"


def test_a_given_name_is_not_a_glossary_word() -> None:
    """After a surname, the last word of a name is a given name: the catalogue's *Adachi
    Seifu* (安達淸風) is read as a surname and 清風, not as 足立 + the glossary's 政府
    "government"; its modern spelling is among the first two."""
    from jpterms.old_forms import old_forms

    row = _row("marc_pairs.tsv", "安達淸風")
    found = [m.kanji for m in jpterms.lookup(_query(row))]
    assert not found[0].endswith("政府")
    assert row["japanese"].translate(old_forms()) in found[:2]


def test_a_body_word_ends_a_body_name() -> None:
    """省 (ministry) and 庁 (agency) end the names of government bodies that author and
    publish: Wikipedia's *Tetsudocho* is 鉄道庁, not 鉄道 + 著. Like a publisher's word, one
    is preferred only where a name ends: Aozora's *Takahama Kyoshi cho keito jo* keeps 著
    ("by") after the author, and a town stays a town (*Tadotsu-cho* 多度津町)."""
    row = _row("jawiki_admin_terms.tsv", "鉄道庁")
    assert jpterms.lookup(_query(row))[0].kanji == "鉄道庁"
    assert jpterms.lookup("Takahama Kyoshi cho keito jo")[0].kanji.startswith("高浜虚子著")
    assert jpterms.lookup("Tadotsu-cho")[0].kanji == "多度津町"


def test_a_person_described_under_the_reading_the_query_spells() -> None:
    """JMnedict describes a person (dates, a role) under one reading of the name: 村上龍 is
    "Murakami Ryuu (1952.2-)", while 村上隆 describes Murakami Takashi and merely lists the
    reading りゅう. For *Murakami Ryu* (a writer's row) the person described as read comes
    first; the other stays among the five."""
    row = _row("wikidata_writers.tsv", "村上龍")
    found = [m.kanji for m in jpterms.lookup(_query(row))]
    assert found[0] == "村上龍" and "村上隆" in found
