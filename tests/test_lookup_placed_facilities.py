"""A place and its facility named after it (公園, 道路, 交通, 停留場, 街道, 選挙区: ``facility``
rows of data/citation_words.tsv) are read as one word, the place's reading with the
facility's: not 講演 "lecture", 泥 "mud" or 骨 "bone" after a place. Real rows:
tests/data/lookup/aozora_titles_more.tsv (浅草公園) and tests/data/readings/jawiki_titles.tsv
and jawiki_draw.tsv (Wikipedia titles, queried as romanised with macrons stripped)."""

from __future__ import annotations

from jpterms import lookup


def test_a_place_and_its_facility() -> None:
    assert lookup("Asakusa koen")[0].kanji == "浅草公園"
    assert lookup("Kanzanji kaido")[0].kanji == "舘山寺街道"
    assert lookup("Matsuyama-machi teiryujo")[0].kanji == "松山町停留場"
    assert lookup("Kurikoma doro")[0].kanji == "栗駒道路"
    assert lookup("Arita kotsu")[0].kanji == "有田交通"
    assert lookup("Kagoshima senkyoku")[0].kanji == "鹿児島選挙区"


def test_a_persons_lecture_stays_a_lecture() -> None:
    # a person is no place: Soseki's 講演 keeps Mozc's reading
    assert lookup("Natsume Soseki koen")[0].kanji == "夏目漱石講演"


def test_land_and_water_named_after_a_place() -> None:
    # jawiki_draw.tsv rows, queried from their gold kana (benchmarks/measure_title_lookup.py)
    assert lookup("Zama kyuryo")[0].kanji == "座間丘陵"  # was 座間給料 "salary"
    assert lookup("Amami gunto")[0].kanji == "奄美群島"  # was 奄美郡と
    assert lookup("Kanmon kaikyo")[0].kanji == "関門海峡"
