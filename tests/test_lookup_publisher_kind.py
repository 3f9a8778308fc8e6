"""``kind="publisher"``: a publisher, company or body the sources know comes before common
words read the same. Without the hint, the common word may stay first (研究者 for
*Kenkyusha* is a word anyone may look up; a noun and 者 no dictionary lists no longer does,
tests/test_lookup_company_sha.py). Names as a cataloguer's WorldCat clean-up list
romanises them (Kenkyūsha, Sanseidō, Shōbunsha), macrons stripped."""

import csv
from pathlib import Path

import pytest

import jpterms
from jpterms.kana import strip_macrons


@pytest.mark.parametrize(("query", "publisher", "word"), [
    ("Kenkyusha", "研究社", "研究者"),  # JMnedict's company; Mozc lists it as a common noun
    ("Sanseido", "三省堂", "酸性度"),  # JMnedict's company, Mozc's proper noun
])
def test_a_publisher_comes_first_when_the_caller_says_so(
        query: str, publisher: str, word: str) -> None:
    hinted = [m.kanji for m in jpterms.lookup(query, kind="publisher")]
    assert hinted[0] == publisher
    assert word in hinted  # the common word is still among the five
    assert jpterms.lookup(query)[0].kanji == word  # no hint: as before


def test_one_of_the_publishers_read_so_comes_first() -> None:
    # Shōbunsha: 尚文社, 昭文社 and 晶文社 are all in data/publishers.tsv; 処分者 is a word
    hinted = [m.kanji for m in jpterms.lookup("Shobunsha", kind="publisher")]
    assert hinted[0] in {"尚文社", "昭文社", "晶文社"}
    assert {"尚文社", "昭文社", "晶文社"} <= set(hinted)


@pytest.mark.parametrize(("query", "publisher"), [
    ("Seidosha", "青土社"),  # was 制度社
    ("Kaizosha", "改造社"),  # was 改造車 "remodelled car"
    ("Toshindo", "東信堂"),  # was 都心度
])
def test_a_publisher_a_dictionary_lists_dearer_is_read_as_the_publisher(
        query: str, publisher: str) -> None:
    """JMnedict lists these houses among its names, at a name's price: dearer than the
    publisher table's, which now decides, with or without the hint. The dictionaries' old
    kanji forms keep their cost (紀伊國屋書店 after 紀伊国屋書店)."""
    assert jpterms.lookup(query)[0].kanji == publisher
    assert jpterms.lookup(query, kind="publisher")[0].kanji == publisher
    found = [m.kanji for m in jpterms.lookup("Kinokuniyashoten")]
    assert found.index("紀伊国屋書店") < found.index("紀伊國屋書店")


@pytest.mark.parametrize(("query", "kanji"), [
    ("Shuppansha", "出版社"),  # a common noun no publisher list holds stays first
    ("Iwanami Shoten", "岩波書店"),
    ("Yoshikawa Kobunkan", "吉川弘文館"),
])
def test_other_queries_keep_their_first_answer(query: str, kanji: str) -> None:
    assert jpterms.lookup(query, kind="publisher")[0].kanji == kanji


def test_a_company_ending_in_sha_is_read_with_sha_company() -> None:
    """Every one-word name ending in -sha of tests/data/lookup/jawiki_publishers.tsv
    (publishers and bodies of Japanese Wikipedia), looked up as a publisher, is first read
    with 社 "company", not with its homophone 者 "person" that Mozc composes as cheaply
    (健康社 or the gold 研光社, never 健康者 "healthy person", for *Kenkosha*)."""
    path = Path(__file__).parent / "data" / "lookup" / "jawiki_publishers.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        queries = [strip_macrons(r["gold_romaji"]) for r in csv.DictReader(fh, delimiter="\t")]
    one_word = [q for q in queries if " " not in q and q.lower().endswith("sha")]
    assert len(one_word) >= 10
    for query in one_word:
        assert jpterms.lookup(query, kind="publisher")[0].kanji.endswith("社"), query
    # no hint: JMdict's word stays (健康者); 規制者, which no dictionary lists, no longer
    # does (tests/test_lookup_company_sha.py)
    assert jpterms.lookup("Kenkosha")[0].kanji == "健康者"
