"""No kanji is left in the output, and what no dictionary reads is a guess (issue 9).

Real cases: 櫸 (Keyaki) is a title in a Princeton catalogue record (pulibrary/orangelight@
033325fb5, document 99118600973506421); 秌場準一 is a name in a catalogue record (秌 is a
variant of 秋); 谷幹々 (Tani Kankan, a painter) and 新島々 (a station, しんしましま) are rows of
tests/data/lookup/wikidata_historical.tsv and tests/data/readings/stations_all.tsv, where the
tokenizer cuts the 々 off from its kanji.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from jpterms.kanji_fallback import UNREAD, KanjiFallback
from jpterms.reading_index import ReadingIndex
from jpterms.romanize import Romanizer

DATA = Path(__file__).parent / "data"
KANJI = re.compile("[\u3005\u3006\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {row["japanese"]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_a_variant_no_dictionary_reads_is_read_as_the_kanji_it_varies() -> None:
    r = Romanizer()
    assert r.romanize("櫸") == "Keyaki"
    assert r.romanize("秌場準一") == "Akiba Jun'ichi"
    (word,) = r.explain("櫸")
    assert word.is_guess and "variant" in word.source
    first = r.explain("秌場準一")[0]
    assert first.is_guess and first.kana == "あきば"
    # the same words in their usual spelling are no guesses
    assert not r.explain("欅")[0].is_guess


def test_an_iteration_mark_cut_off_from_its_kanji_repeats_it() -> None:
    r = Romanizer()
    painter = _rows(DATA / "lookup" / "wikidata_historical.tsv")["谷幹々"]
    assert r.romanize("谷幹々") == painter["gold_romaji"]  # Tani Kankan
    assert r.explain("谷幹々")[-1].is_guess
    station = _rows(DATA / "readings" / "stations_all.tsv")["新島々"]
    assert [w.kana for w in r.explain("新島々")] == [station["kana"]]  # しんしましま
    # words the dictionaries know keep their own reading
    assert (r.romanize("佐々木"), r.romanize("時々")) == ("Sasaki", "Tokidoki")


def test_a_character_nothing_reads_is_a_visible_gap_never_a_kanji() -> None:
    r = Romanizer()
    assert r.romanize("𪚲") == UNREAD
    (word,) = r.explain("𪚲")
    assert word.is_guess and word.source == "unread"
    assert r.romanize("〆") == "Shime"  # JMdict reads the mark
    for text in ("々", "〆", "𪚲", "櫸", "秌場準一", "四季の海鮮魚々味"):
        assert not KANJI.search(r.romanize(text)), text


def test_the_variant_table_leads_from_unread_kanji_to_read_ones() -> None:
    fallback = KanjiFallback()
    index = ReadingIndex.default()
    table = fallback._table()
    assert len(table) > 20_000
    for variant, standard in list(table.items())[::500]:  # a sample: every 500th row
        assert not any(index.kanji(variant)), variant
        assert any(index.kanji(standard)), standard


def test_a_publishers_reading_is_put_only_on_characters_it_reads() -> None:
    # SKK's proper-noun dictionary (jpterms/data/publishers.tsv) reads 財経詳報社
    # ざいけいしゅっぱんしゃ; 詳報 is never しゅっぱん, so the table's reading is not used
    # (it was spread over 経詳報: "Zai Keishuppan Sha").
    from jpterms.gazetteer import publisher_readings
    from jpterms.kanji_fallback import reading_fits

    assert publisher_readings()["財経詳報社"] == "ざいけいしゅっぱんしゃ"
    r = Romanizer()
    assert r.romanize("財経詳報社") == "Zaikei shōhōsha"
    assert all("publishers" not in w.source for w in r.explain("財経詳報社"))
    # publishers whose table reading fits their characters keep it
    assert r.romanize("吉川弘文館") == "Yoshikawa Kōbunkan"
    assert reading_fits("南雲堂フェニックス", "なんうんどうふぇにっくす", r.readings)
    assert reading_fits("創出版", "つくるしゅっぱん", r.readings)
