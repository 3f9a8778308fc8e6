"""Lookup of a person's name that Mozc lists as one word and JMnedict does not, against
a person JMnedict lists read the same by name alone (no dates, no role) and Mozc does not:
the whole name Mozc lists comes first
(:meth:`jpterms.name_lookup.NameLookup.listed_names_first`)."""

from __future__ import annotations

import jpterms
from lookup_rows import query_for


def _kanji(query: str) -> list[str]:
    return [m.kanji for m in jpterms.lookup(query)]


def test_a_name_mozc_lists_whole_before_a_bare_jmnedict_spelling() -> None:
    """JMnedict's 二條昭実, 津軽信牧 and 石川欣 give no dates; Mozc lists 二条昭実, 津軽信枚
    and 石川欣一 whole. JMnedict's spellings stay among the five."""
    for file, gold, other in (("wikidata_historical.tsv", "二条昭実", "二條昭実"),
                              ("wikidata_historical.tsv", "津軽信枚", "津軽信牧"),
                              ("aozora_authors.tsv", "石川欣一", "石川欣"),
                              ("aozora_authors.tsv", "中村研一", "中村健一")):
        found = _kanji(query_for(file, gold))
        assert found[0] == gold, found
        assert other in found, found


def test_a_described_person_keeps_its_place() -> None:
    """斎藤茂吉 is "Saitou Mokichi (1882-1953)" in JMnedict: Mozc's 斉藤茂吉 stays after it;
    so does Mozc's 本多利明 after the dated 本田敏秋, though before the bare 本田利明."""
    assert _kanji("Saito Mokichi")[0] == "斎藤茂吉"
    found = _kanji("Honda Toshiaki")
    assert found[:3] == ["本田敏秋", "本多利明", "本田利明"], found


def test_a_mozc_name_jmnedict_reads_otherwise_still_moves() -> None:
    """JMnedict lists 井上寛 only as いのうえかん; Mozc's 井上寛 いのうえひろし is a name JMnedict
    lacks, so it moves before the bare JMnedict person 井上宏 and stays among the five."""
    assert "井上寛" in _kanji("Inoue Hiroshi")


def test_a_described_person_before_a_bare_namesake() -> None:
    """JMnedict describes 保田與重郎 (1910-81) and only lists 安田与重郎, read the same: the
    described person comes first, though 與 is an old form. A bare spelling that is the
    same name in modern forms (柳田国男 beside the described 柳田國男) keeps its place."""
    for query in (query_for("wikidata_writers.tsv", "保田與重郎"), "Yojuroh Yasuda"):
        found = _kanji(query)
        assert found[:2] == ["保田與重郎", "安田与重郎"], found
    assert _kanji("Yanagita Kunio")[:2] == ["柳田国男", "柳田國男"]


def test_a_whole_name_mozc_lists_in_old_forms_before_its_modern_spelling() -> None:
    """Mozc lists 會川昇 and 坂東眞理子 as whole names, and neither 会川昇 nor 坂東真理子: the
    old forms come first, the modern spellings second
    (:meth:`jpterms.name_lookup.NameLookup.mozc_person_first`); 三遊亭円朝, which Mozc lists as well as
    三遊亭圓朝, stays first."""
    for file, gold, modern in (("wikidata_writers.tsv", "會川昇", "会川昇"),
                               ("wikidata_scholars.tsv", "坂東眞理子", "坂東真理子")):
        found = _kanji(query_for(file, gold))
        assert found[:2] == [gold, modern], found
    assert _kanji("San'yutei Encho")[0] == "三遊亭円朝"
