"""Genre words a title ends in (data/citation_words.tsv: 通史 "a general history", 考察,
概論, 入門, 論文集, 秘話): after the words of a title they are preferred to their
homophones (津市, the city). The row is real: a Wikipedia title of
tests/data/readings/jawiki_titles.tsv, looked up as benchmarks/measure_title_lookup.py
makes its query from the title's gold kana."""

import csv
from pathlib import Path

import jpterms
from reading_rows import gold_kana


def test_a_general_history_after_its_country() -> None:
    title = "台湾通史"
    query = jpterms.Romanizer().romanize_as(title, [(title, gold_kana("jawiki_titles.tsv", title))])
    assert query == "Taiwan tsūshi"
    assert jpterms.lookup("Taiwan tsushi")[0].kanji == title  # was 台湾津市


def test_genre_words_the_table_gives() -> None:
    rows = [r for r in csv.reader(
        (Path(jpterms.__file__).parent / "data" / "citation_words.tsv").open(encoding="utf-8"),
        delimiter="\t") if r and not r[0].startswith("#")]
    titles = {(r[1], r[0]) for r in rows if r[2] == "title"}
    assert {("通史", "つうし"), ("概論", "がいろん"), ("考察", "こうさつ"),
            ("游記", "ゆうき")} <= titles
